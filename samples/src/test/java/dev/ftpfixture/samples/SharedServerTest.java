package dev.ftpfixture.samples;

import static dev.ftpfixture.assertj.FtpAssertions.assertThat;

import dev.ftpfixture.FtpServer;
import dev.ftpfixture.junit5.FtpDirectory;
import dev.ftpfixture.junit5.FtpServerTest;
import dev.ftpfixture.junit5.Lifecycle;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/** One server for the class: started once, reset to the seeded state before each test. */
@FtpServerTest(lifecycle = Lifecycle.PER_CLASS)
@FtpDirectory("/outbox")
@Execution(ExecutionMode.SAME_THREAD) // the tests share one server
class SharedServerTest {

  private static ReportUploader uploader(FtpServer ftp) {
    return new ReportUploader(ftp.host(), ftp.port(), ftp.username(), ftp.password(),
        Duration.ofSeconds(5));
  }

  @Test
  void firstUpload(FtpServer ftp) throws Exception {
    uploader(ftp).upload("/outbox", "a.csv", "a");
    assertThat(ftp).hasDirectory("/outbox").containsExactlyNames("a.csv");
  }

  @Test
  void secondUploadSeesAClearedServer(FtpServer ftp) throws Exception {
    uploader(ftp).upload("/outbox", "b.csv", "b");
    assertThat(ftp).hasDirectory("/outbox").containsExactlyNames("b.csv");
    assertThat(ftp.journal()).hasSessionCount(1);
  }
}
