package dev.ftpfixture.samples;

import static dev.ftpfixture.assertj.FtpAssertions.assertThat;

import dev.ftpfixture.FtpServer;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The same fixture as a plain AutoCloseable: what JUnit 4, TestNG or a main method would do. */
class WithoutJUnitExtensionTest {

  @Test
  void tryWithResourcesIsAllItTakes() throws Exception {
    try (FtpServer ftp = FtpServer.builder().user("alice", "secret").start()) {
      ftp.files().write("/inbox/a.txt", "hello");

      new ReportUploader(ftp.host(), ftp.port(), "alice", "secret", Duration.ofSeconds(5))
          .upload("/outbox", "b.txt", "done");

      assertThat(ftp).hasFile("/outbox/b.txt").hasContent("done");
      assertThat(ftp).hasFile("/inbox/a.txt").hasContent("hello");
    }
  }
}
