package dev.ftpfixture.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ftpfixture.FtpServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.commons.net.ftp.FTPClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.platform.testkit.engine.Events;

/**
 * What the extension reports through the engine: a failing test publishes its server's
 * transcript; a passing one publishes nothing; a per-class server tells only the failing test's
 * part.
 */
@Timeout(60)
class EngineReportsTest {

  static void talk(FtpServer ftp, String command) throws Exception {
    FTPClient client = new FTPClient();
    client.setDefaultTimeout(10_000);
    client.connect(ftp.host(), ftp.port());
    client.login("test", "test");
    client.sendCommand(command);
    client.logout();
    client.disconnect();
    ftp.journal().awaitNoOpenSession(Duration.ofSeconds(10));
  }

  @FtpServerTest
  static class FailingExample {
    @Test
    void passes(FtpServer ftp) throws Exception {
      talk(ftp, "SYST");
    }

    @Test
    void failsAfterTalkingToTheServer(FtpServer ftp) throws Exception {
      talk(ftp, "NOOP");
      throw new AssertionError("the code under test did the wrong thing");
    }
  }

  @FtpServerTest
  static class PassingExample {
    @Test
    void one(FtpServer ftp) throws Exception {
      talk(ftp, "NOOP");
    }

    @Test
    void two(FtpServer ftp) throws Exception {
      talk(ftp, "SYST");
    }
  }

  @FtpServerTest(lifecycle = Lifecycle.PER_CLASS)
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class PerClassExample {
    @Test
    @Order(1)
    void passesAfterSyst(FtpServer ftp) throws Exception {
      talk(ftp, "SYST");
    }

    @Test
    @Order(2)
    void failsAfterNoop(FtpServer ftp) throws Exception {
      talk(ftp, "NOOP");
      throw new AssertionError("wrong");
    }
  }

  @FtpServerTest(lifecycle = Lifecycle.PER_CLASS)
  static class FailingSetUpExample {
    @BeforeAll
    static void frameworkFailsToStart(FtpServer ftp) throws Exception {
      talk(ftp, "FEAT");
      throw new IllegalStateException("the framework did not start");
    }

    @Test
    void neverRuns() {}
  }

  @FtpServerTest // per method: nothing to inject into @BeforeAll
  static class PerMethodServerInBeforeAll {
    @BeforeAll
    static void wantsTheServer(FtpServer ftp) {}

    @Test
    void neverRuns() {}
  }

  @Test
  void aFailingTestPublishesItsServersTranscript() {
    Events tests = Engine.run(FailingExample.class).testEvents();

    tests.assertStatistics(stats -> stats.succeeded(1).failed(1));
    List<Map<String, String>> entries = Engine.reportEntries(tests);
    assertThat(entries).singleElement().satisfies(e -> {
      assertThat(e.get("ftpfixture.server")).startsWith("FtpServer{127.0.0.1:");
      assertThat(e.get("ftpfixture.transcript"))
          .contains("> USER test").contains("> PASS ****").contains("> NOOP").contains("< 200")
          .doesNotContain("SYST");
    });
  }

  @Test
  void aFailingTestGetsTheSequenceDiagramAttachedWhereJupiterTakesFiles() throws Exception {
    assumeTrue(Engine.jupiterPublishesFiles(), "extensions can attach files from Jupiter 5.12");

    Events tests = Engine.run(FailingExample.class).testEvents();

    assertThat(Engine.publishedFiles(tests)).singleElement().satisfies(file -> {
      assertThat(file.getFileName()).hasToString(FtpServerExtension.DIAGRAM_FILE);
      assertThat(Files.readString(file, StandardCharsets.UTF_8))
          .startsWith("<!DOCTYPE html>").contains("<svg").contains("NOOP")
          .doesNotContain("SYST");
    });
  }

  @Test
  void passingTestsPublishNothing() {
    Events all = Engine.run(PassingExample.class).allEvents();

    all.assertStatistics(stats -> stats.failed(0));
    assertThat(all.succeeded().count()).isEqualTo(4); // engine, class, two tests
    assertThat(Engine.reportEntries(all)).isEmpty();
    assertThat(Engine.publishedFiles(all)).isEmpty();
  }

  @Test
  void aSharedServerTellsOnlyTheFailingTestsSessions() {
    Events tests = Engine.run(PerClassExample.class).testEvents();

    tests.assertStatistics(stats -> stats.succeeded(1).failed(1));
    assertThat(Engine.reportEntries(tests)).singleElement()
        .satisfies(e -> assertThat(e.get("ftpfixture.transcript"))
            .contains("> NOOP").doesNotContain("SYST"));
  }

  @Test
  void aFailingClassSetUpPublishesWhatThePerClassServerSaw() {
    Events containers = Engine.run(FailingSetUpExample.class).containerEvents();

    assertThat(Engine.failureMessages(containers)).contains("the framework did not start");
    assertThat(Engine.reportEntries(containers)).singleElement()
        .satisfies(e -> assertThat(e.get("ftpfixture.transcript")).contains("> FEAT"));
  }

  @Test
  void aPerMethodServerAskedForInBeforeAllFailsWithAClearMessage() {
    Events events = Engine.run(PerMethodServerInBeforeAll.class).allEvents();

    assertThat(Engine.failureMessages(events)).singleElement().asString()
        .contains("wantsTheServer")
        .contains("the server is per test method")
        .contains("lifecycle = PER_CLASS");
  }
}
