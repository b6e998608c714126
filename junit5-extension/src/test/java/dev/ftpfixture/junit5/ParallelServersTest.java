package dev.ftpfixture.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ftpfixture.FtpServer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.Timeout;
import org.junit.platform.testkit.engine.Events;

/**
 * With JUnit's parallel execution on, per-method servers share nothing: tests that run at the
 * same moment each have their own port, files and journal.
 */
@Timeout(60)
class ParallelServersTest {

  @FtpServerTest
  @FtpFile(path = "/seed.txt", content = "seed")
  static class ConcurrentExample {
    /** Two tests at a time meet here, so each pair has both servers running at once. */
    static final CyclicBarrier PAIR = new CyclicBarrier(2);

    @FtpInject FtpConnection connection;

    /** Six repetitions, run concurrently: the barrier would time out if they were not. */
    @RepeatedTest(6)
    void ownsItsServer(FtpServer ftp, RepetitionInfo repetition, TestReporter reporter)
        throws Exception {
      String me = "repetition " + repetition.getCurrentRepetition();
      ftp.files().write("/mine.txt", me);
      PAIR.await(20, TimeUnit.SECONDS);
      try (Client client = new Client(connection, false)) {
        assertThat(client.read("/mine.txt")).isEqualTo(me);
        assertThat(client.ftp.listNames("/")).containsExactlyInAnyOrder("seed.txt", "mine.txt");
      }
      assertThat(ftp.journal().sessions()).hasSize(1);
      reporter.publishEntry("port", String.valueOf(ftp.port()));
    }
  }

  @Test
  void testsRunningAtOnceHaveServersOfTheirOwn() {
    Events tests = Engine.run(ConcurrentExample.class, Map.of(
        "junit.jupiter.execution.parallel.enabled", "true",
        "junit.jupiter.execution.parallel.mode.default", "concurrent",
        "junit.jupiter.execution.parallel.config.strategy", "fixed",
        "junit.jupiter.execution.parallel.config.fixed.parallelism", "4")).testEvents();

    tests.assertStatistics(stats -> stats.succeeded(6).failed(0));
    List<String> ports = Engine.reportEntries(tests).stream().map(e -> e.get("port")).toList();
    assertThat(ports).hasSize(6).doesNotHaveDuplicates();
  }
}
