package dev.ftpfixture.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.ftpfixture.FtpServer;
import java.util.List;
import java.util.Map;
import org.apache.commons.net.ftp.FTPClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * Runs small test classes through the real engine, as a user's build would, to check what the
 * extension reports when things go wrong. The inner classes are not run on their own (their
 * names do not end in Test).
 */
class EngineReportsTest {

  @FtpServerTest
  static class FailingExample {
    @Test
    void failsAfterTalkingToTheServer(FtpServer ftp) throws Exception {
      FTPClient client = new FTPClient();
      client.connect(ftp.host(), ftp.port());
      client.login("test", "test");
      client.sendNoOp();
      client.disconnect();
      ftp.journal().awaitNoOpenSession(java.time.Duration.ofSeconds(10));
      throw new AssertionError("the code under test did the wrong thing");
    }
  }

  @FtpServerTest // per method: nothing to inject into @BeforeAll
  static class PerMethodServerInBeforeAll {
    @BeforeAll
    static void wantsTheServer(FtpServer ftp) {}

    @Test
    void neverRuns() {}
  }

  @Test
  void aFailingTestPublishesTheTranscript() {
    Events tests = EngineTestKit.engine("junit-jupiter")
        .configurationParameter("junit.jupiter.execution.parallel.enabled", "false")
        .selectors(selectClass(FailingExample.class))
        .execute()
        .testEvents();

    tests.assertStatistics(stats -> stats.failed(1));
    List<Map<String, String>> entries = tests.reportingEntryPublished().stream()
        .map(e -> e.getPayload(ReportEntry.class).orElseThrow().getKeyValuePairs())
        .toList();
    assertThat(entries).anySatisfy(e -> assertThat(e.get("ftpfixture.transcript"))
        .contains("> USER test").contains("> PASS ****").contains("> NOOP").contains("< 200"));
    assertThat(entries).anySatisfy(e -> assertThat(e.get("ftpfixture.server"))
        .startsWith("FtpServer{127.0.0.1:"));
  }

  @Test
  void aPerMethodServerAskedForInBeforeAllFailsWithAClearMessage() {
    Events events = EngineTestKit.engine("junit-jupiter")
        .configurationParameter("junit.jupiter.execution.parallel.enabled", "false")
        .selectors(selectClass(PerMethodServerInBeforeAll.class))
        .execute()
        .allEvents();

    assertThat(events.failed().stream()
        .map(e -> e.getPayload(org.junit.platform.engine.TestExecutionResult.class).orElseThrow()
            .getThrowable().orElseThrow().getMessage()))
        .anySatisfy(message -> assertThat(message)
            .contains("per-method server exists only for test methods")
            .contains("PER_CLASS"));
  }
}
