package dev.ftpfixture.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ftpfixture.FtpServer;
import dev.ftpfixture.journal.RecordedSession;
import dev.ftpfixture.journal.SessionEnd;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.commons.net.ftp.FTPClient;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

/** A connected, logged-in Commons Net client, injected and closed after the test. */
@FtpServerTest(users = @FtpUser(name = "alice", password = "secret", home = "/home/alice"))
@FtpFile(path = "/home/alice/a.txt", content = "hello")
@Timeout(60)
class FtpClientInjectionTest {

  @FtpInject FTPClient fromField;

  @Test
  void aParameterIsConnectedAndLoggedInAsTheFirstUser(FTPClient client, FtpServer ftp)
      throws Exception {
    assertThat(client.isConnected()).isTrue();
    assertThat(client.printWorkingDirectory()).isEqualTo("/home/alice");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(client.retrieveFile("a.txt", out)).as(client.getReplyString()).isTrue(); // active
    assertThat(out.toString("UTF-8")).isEqualTo("hello");
    assertThat(ftp.journal().sessions()).extracting(RecordedSession::user)
        .containsOnly("alice");
  }

  @Test
  void aFieldGetsItsOwnClientOnTheSameServer(FTPClient client, FtpServer ftp) throws Exception {
    assertThat(fromField).isNotSameAs(client);
    assertThat(fromField.sendNoOp()).isTrue();
    assertThat(ftp.journal().sessions()).hasSize(2);
  }

  @Test
  void itTransfersInBinaryType(FTPClient client, FtpServer ftp) throws Exception {
    byte[] bytes = {'a', '\r', '\n', 'b', '\n', (byte) 0xff};
    client.enterLocalPassiveMode();
    assertThat(client.storeFile("bin", new ByteArrayInputStream(bytes))).isTrue();
    assertThat(ftp.files().readBytes("/home/alice/bin")).isEqualTo(bytes);
  }

  @Nested
  @FtpServerTest(anonymous = true)
  class OnAnAnonymousOnlyServer {
    @Test
    void itLogsInAnonymously(FTPClient client, FtpServer ftp) throws Exception {
      assertThat(client.sendNoOp()).isTrue();
      assertThat(ftp.journal().sessions()).extracting(RecordedSession::user)
          .containsOnly("anonymous");
    }
  }

  // ---- through the engine: what happens after the test -------------------------------------

  @FtpServerTest
  static class PerMethodExample {
    static final AtomicReference<FtpServer> SERVER = new AtomicReference<>();

    @Test
    void usesAClient(FTPClient client, FtpServer ftp) throws Exception {
      SERVER.set(ftp);
      assertThat(client.sendNoOp()).isTrue();
    }
  }

  @FtpServerTest(lifecycle = Lifecycle.PER_CLASS)
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class PerClassExample {
    @Test
    @Order(1)
    void usesAClient(FTPClient client) throws Exception {
      assertThat(client.sendNoOp()).isTrue();
    }

    @Test
    @Order(2)
    void findsNoSessionLeftFromTheTestBefore(FtpServer ftp) {
      assertThat(ftp.journal().sessions()).isEmpty();
    }
  }

  @Test
  void theClientSaysQuitWhenTheTestEnds() {
    Engine.run(PerMethodExample.class).testEvents().assertStatistics(s -> s.succeeded(1));

    FtpServer server = PerMethodExample.SERVER.get();
    assertThat(server.isRunning()).isFalse();
    assertThat(server.journal().sessions()).extracting(RecordedSession::endedBy)
        .containsExactly(SessionEnd.QUIT);
  }

  @Test
  void aSharedServerIsRidOfTheClientBeforeTheNextTest() {
    Engine.run(PerClassExample.class).testEvents().assertStatistics(s -> s.succeeded(2));
  }
}
