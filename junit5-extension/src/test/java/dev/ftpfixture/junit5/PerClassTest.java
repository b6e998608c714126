package dev.ftpfixture.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ftpfixture.FtpServer;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.net.ftp.FTPClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/** One server for the class: same port, put back to the first test's state unless kept. */
@FtpServerTest(lifecycle = Lifecycle.PER_CLASS)
@FtpFile(path = "/seeded.txt", content = "seed")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Execution(ExecutionMode.SAME_THREAD) // tests share one server
@Timeout(60)
class PerClassTest {

  private static final Instant SET_UP_TIME = Instant.parse("2020-01-02T03:04:05Z");
  private static final AtomicInteger PORT = new AtomicInteger();
  @FtpInject static FtpServer shared;
  @FtpInject static FtpConnection connection;

  private final FtpServer fromConstructor;

  PerClassTest(FtpServer server) {
    this.fromConstructor = server;
  }

  @BeforeAll
  static void serverIsUpBeforeAll(FtpServer ftp, FTPClient client) throws Exception {
    PORT.set(ftp.port());
    assertThat(shared).isSameAs(ftp);
    assertThat(connection.port()).isEqualTo(ftp.port());
    assertThat(ftp.files().readString("/seeded.txt")).isEqualTo("seed");
    // What a framework's start-up might do: it stays for every test.
    assertThat(client.makeDirectory("/made-in-before-all")).isTrue();
    ftp.files().write("/written-in-before-all.txt", "x").setLastModified(
        "/written-in-before-all.txt", SET_UP_TIME);
  }

  @AfterAll
  static void theServerIsStillUpAfterAll(FtpServer ftp) {
    assertThat(ftp).isSameAs(shared);
    assertThat(ftp.isRunning()).isTrue();
  }

  @Test
  @Order(1)
  void firstTestChangesThings(FtpServer ftp) throws Exception {
    assertThat(ftp).isSameAs(fromConstructor);
    assertThat(ftp.port()).isEqualTo(PORT.get());
    assertThat(ftp.journal().commands()).as("@BeforeAll's commands are not this test's").isEmpty();
    ftp.files().write("/left-behind.txt", "x").delete("/seeded.txt")
        .write("/written-in-before-all.txt", "changed");
    ftp.faults().on("NOOP").reply(500, "no");
    try (Client client = new Client(FtpConnection.of(ftp), true)) {
      assertThat(client.ftp.sendNoOp()).isFalse();
    }
  }

  @Test
  @Order(2)
  void secondTestFindsTheFirstTestsStateAgain(FtpServer ftp) throws Exception {
    assertThat(ftp.port()).isEqualTo(PORT.get());
    assertThat(ftp.files().exists("/left-behind.txt")).isFalse();
    assertThat(ftp.files().readString("/seeded.txt")).isEqualTo("seed");
    assertThat(ftp.files().isDirectory("/made-in-before-all")).isTrue();
    assertThat(ftp.files().readString("/written-in-before-all.txt")).isEqualTo("x");
    assertThat(java.nio.file.Files.getLastModifiedTime(
        ftp.files().path("/written-in-before-all.txt")).toInstant()).isEqualTo(SET_UP_TIME);
    assertThat(ftp.faults().rules()).isEmpty();
    assertThat(ftp.journal().commands()).isEmpty();
    ftp.files().write("/kept.txt", "kept");
  }

  @Test
  @Order(3)
  @FtpKeepState
  void aTestThatKeepsStateSeesWhatTheOneBeforeLeft(FtpServer ftp) {
    assertThat(ftp.files().readString("/kept.txt")).isEqualTo("kept");
  }

  @Nested
  class InheritingTheOuterServer {
    @Test
    void usesTheSameServer(FtpServer ftp) {
      assertThat(ftp).isSameAs(shared);
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
