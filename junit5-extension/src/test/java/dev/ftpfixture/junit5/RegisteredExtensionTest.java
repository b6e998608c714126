package dev.ftpfixture.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ftpfixture.FtpServer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/** Configured in code, one server for the class, reachable from static context. */
@Execution(ExecutionMode.SAME_THREAD)
@Timeout(60)
class RegisteredExtensionTest {

  @RegisterExtension
  static FtpServerExtension ftp = FtpServerExtension.builder()
      .user("bob", "pw")
      .seedDirectory("classpath:ftp-seed/")
      .file("/inbox/extra.txt", "extra")
      .file("/inbox/latin1.txt", "café", StandardCharsets.ISO_8859_1)
      .fileFromResource("/inbox/data.bin", "fixtures/small.bin")
      .directory("/outbox")
      .perClass()
      .build();

  @FtpInject static FtpConnection connection;
  private static int portAtStart;

  @BeforeAll
  static void theServerIsReachableStatically() {
    // What a Spring @DynamicPropertySource supplier or a Camel route builder would do.
    portAtStart = connection.port();
    assertThat(portAtStart).isPositive();
  }

  @Test
  void servesTheSeedsOfTheBuilder(FtpServer server) throws Exception {
    assertThat(server.port()).isEqualTo(portAtStart);
    try (Client client = new Client(FtpConnection.of(server), true)) {
      assertThat(client.read("/inbox/seeded.txt")).isEqualTo("from the class path\n");
      assertThat(client.read("/README")).isEqualTo("readme\n");
      assertThat(client.read("/inbox/extra.txt")).isEqualTo("extra");
    }
    assertThat(server.username()).isEqualTo("bob");
    assertThat(server.files().readBytes("/inbox/latin1.txt")).containsExactly('c', 'a', 'f', 0xe9);
    assertThat(server.files().readBytes("/inbox/data.bin")).containsExactly(0, 1, 2, 0xff);
    assertThat(server.files().isDirectory("/outbox")).isTrue();
  }

  @Test
  void aBadOptionFailsWhenTheExtensionIsBuilt() {
    assertThatThrownBy(() -> FtpServerExtension.builder().dataTimeout(Duration.ZERO).build())
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessageContaining("FtpServerExtension.builder()")
        .hasMessageContaining("dataTimeout");
    assertThatThrownBy(() -> FtpServerExtension.builder().file("relative.txt", "x"))
        .hasMessageContaining("file(\"relative.txt\")")
        .hasMessageContaining("must be absolute");
  }
}
