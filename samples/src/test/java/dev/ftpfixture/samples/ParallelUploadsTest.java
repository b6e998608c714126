package dev.ftpfixture.samples;

import static dev.ftpfixture.assertj.FtpAssertions.assertThat;

import dev.ftpfixture.FtpServer;
import dev.ftpfixture.junit5.FtpDirectory;
import dev.ftpfixture.junit5.FtpServerTest;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Per-method servers share nothing, so tests that use them can run at the same time. This build
 * turns JUnit's parallel mode on for every module (the root pom's Surefire configuration, the
 * same as {@code junit.jupiter.execution.parallel.enabled = true} in a
 * {@code junit-platform.properties}); {@code CONCURRENT} here says these tests may overlap.
 *
 * <p>The latch makes the overlap real rather than hoped for: each test waits until both have
 * their servers running, then uploads; each server still sees exactly its own session and file.
 * (Two, because JUnit's default pool has a worker per core, and CI machines have two.)
 */
@FtpServerTest
@FtpDirectory("/outbox")
@Execution(ExecutionMode.CONCURRENT)
class ParallelUploadsTest {

  private static final CountDownLatch ALL_RUNNING = new CountDownLatch(2);

  @Test
  void uploadsTheFirstReport(FtpServer ftp) throws Exception {
    uploadOnceAllAreRunning(ftp, "first.csv", "a,1\n");
  }

  @Test
  void uploadsTheSecondReport(FtpServer ftp) throws Exception {
    uploadOnceAllAreRunning(ftp, "second.csv", "b,2\n");
  }

  private static void uploadOnceAllAreRunning(FtpServer ftp, String name, String content)
      throws Exception {
    ALL_RUNNING.countDown();
    // Bounded: with parallel execution off (or too few worker threads) the tests still pass,
    // one after another, once the wait runs out.
    ALL_RUNNING.await(2, TimeUnit.SECONDS);

    new ReportUploader(ftp.host(), ftp.port(), "test", "test", Duration.ofSeconds(5))
        .upload("/outbox", name, content);

    assertThat(ftp).hasFile("/outbox/" + name).hasContent(content);
    assertThat(ftp).hasDirectory("/outbox").containsExactlyNames(name);
    assertThat(ftp.journal()).hasSessionCount(1).hasNoFailedTransfer();
  }
}
