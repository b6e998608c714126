package dev.ftpfixture.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ftpfixture.FtpServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
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
      .directory("/outbox")
      .perClass()
      .build();

  private static int portAtStart;

  @BeforeAll
  static void theServerIsReachableStatically() {
    // What a Spring @DynamicPropertySource supplier or a Camel route builder would do.
    portAtStart = ftp.server().port();
    assertThat(portAtStart).isPositive();
  }

  @Test
  void servesTheClassPathSeedAndTheBuilderFiles(FtpServer server) throws Exception {
    assertThat(server).isSameAs(ftp.server());
    assertThat(server.port()).isEqualTo(portAtStart);
    try (Client client = new Client(FtpConnection.of(server), true)) {
      assertThat(client.read("/inbox/seeded.txt")).isEqualTo("from the class path\n");
      assertThat(client.read("/README")).isEqualTo("readme\n");
      assertThat(client.read("/inbox/extra.txt")).isEqualTo("extra");
    }
    assertThat(server.username()).isEqualTo("bob");
    assertThat(server.files().isDirectory("/outbox")).isTrue();
  }

  @Test
  void aPerMethodRegisteredExtensionHasNoStaticServer() {
    FtpServerExtension perMethod = FtpServerExtension.builder().build();
    assertThatThrownBy(perMethod::server).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("perClass()");
  }
}
