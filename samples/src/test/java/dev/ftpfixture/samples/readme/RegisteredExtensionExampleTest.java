package dev.ftpfixture.samples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ftpfixture.FtpServer;
import dev.ftpfixture.junit5.FtpServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

// The README's @RegisterExtension example, compiled and run as written (ReadmeTest checks).
@Execution(ExecutionMode.SAME_THREAD)
class RegisteredExtensionExampleTest {

@RegisterExtension
static FtpServerExtension ftp = FtpServerExtension.builder()
    .user("bob", "pw")
    .seedDirectory("classpath:ftp-seed/")
    .file("/inbox/a.txt", "hello")
    .perClass()
    .build();

  @Test
  void servesTheBuildersFiles(FtpServer server) {
    assertThat(server.username()).isEqualTo("bob");
    assertThat(server.files().readString("/inbox/a.txt")).isEqualTo("hello");
    assertThat(server.files().readString("/inbox/seeded.txt")).startsWith("seeded from");
  }
}
