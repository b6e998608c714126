package dev.ftpfixture.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ftpfixture.FtpServer;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/** One server for the class: same port, files reset between tests unless kept. */
@FtpServerTest(lifecycle = Lifecycle.PER_CLASS)
@FtpFile(path = "/seeded.txt", content = "seed")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Execution(ExecutionMode.SAME_THREAD) // tests share one server
@Timeout(60)
class PerClassTest {

  private static final AtomicInteger PORT = new AtomicInteger();
  @FtpInject static FtpServer shared;

  @BeforeAll
  static void serverIsUpBeforeAll(FtpServer ftp) {
    PORT.set(ftp.port());
    assertThat(shared).isSameAs(ftp);
    assertThat(ftp.files().readString("/seeded.txt")).isEqualTo("seed");
  }

  @Test
  @Order(1)
  void firstTestChangesThings(FtpServer ftp) throws Exception {
    assertThat(ftp.port()).isEqualTo(PORT.get());
    ftp.files().write("/left-behind.txt", "x").delete("/seeded.txt");
    ftp.faults().on("NOOP").reply(500, "no");
    try (Client client = new Client(FtpConnection.of(ftp), true)) {
      assertThat(client.ftp.sendNoOp()).isFalse();
    }
  }

  @Test
  @Order(2)
  void secondTestFindsTheSeededStateAgain(FtpServer ftp) throws Exception {
    assertThat(ftp.port()).isEqualTo(PORT.get());
    assertThat(ftp.files().exists("/left-behind.txt")).isFalse();
    assertThat(ftp.files().readString("/seeded.txt")).isEqualTo("seed");
    assertThat(ftp.faults().rules()).isEmpty();
    assertThat(ftp.journal().commands()).isEmpty();
    ftp.files().write("/kept.txt", "kept");
  }

  @Test
  @Order(3)
  @FtpKeepFiles
  void aTestThatKeepsFilesSeesWhatTheOneBeforeLeft(FtpServer ftp) {
    assertThat(ftp.files().readString("/kept.txt")).isEqualTo("kept");
  }

  @Nested
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  class InheritingTheOuterServer {
    @Test
    void usesTheSameServer(FtpServer ftp) {
      assertThat(ftp.port()).isEqualTo(PORT.get());
      assertThat(ftp.files().readString("/seeded.txt")).isEqualTo("seed");
    }
  }

  @Nested
  @FtpServerTest(users = @FtpUser(name = "nested", password = "pw"))
  @FtpFile(path = "/nested-only.txt", content = "n")
  class WithItsOwnServer {
    @Test
    void getsAnotherServerWithItsOwnConfiguration(FtpServer ftp) {
      assertThat(ftp.port()).isNotEqualTo(PORT.get());
      assertThat(ftp.username()).isEqualTo("nested");
      assertThat(ftp.files().exists("/nested-only.txt")).isTrue();
      assertThat(ftp.files().exists("/seeded.txt")).isFalse();
    }
  }
}
