package dev.ftpfixture.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ftpfixture.FtpFiles;
import dev.ftpfixture.FtpServer;
import dev.ftpfixture.fault.Faults;
import dev.ftpfixture.journal.Journal;
import java.io.ByteArrayInputStream;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@FtpServerTest(users = @FtpUser(name = "alice", password = "secret"))
@FtpFile(path = "/inbox/orders.csv", content = "id,qty\n1,3\n")
@FtpFile(path = "/inbox/overridden.txt", content = "class")
@FtpDirectory("/outbox")
@Timeout(60)
class FtpServerTestTest {

  private FtpServer fromBeforeEach;
  @FtpInject private FtpServer field;
  @FtpInject private FtpConnection connection;

  @BeforeEach
  void setUp(FtpServer server) {
    this.fromBeforeEach = server;
  }

  @AfterEach
  void tearDown(FtpServer server) {
    assertThat(server).isSameAs(field);
    assertThat(server.isRunning()).as("still running in @AfterEach").isTrue();
  }

  @Test
  @FtpFile(path = "/inbox/overridden.txt", content = "method")
  @FtpFile(path = "/inbox/data.bin", resource = "fixtures/small.bin")
  @FtpFile(path = "/inbox/latin1.txt", content = "café", charset = "ISO-8859-1")
  void injectsOneServerEverywhereAndSeedsClassThenMethodFiles(FtpServer ftp, FileSystem fs,
      FtpFiles files, Journal journal, Faults faults, FtpConnection facts) throws Exception {
    assertThat(ftp).isSameAs(fromBeforeEach).isSameAs(field);
    assertThat(fs).isSameAs(ftp.fileSystem());
    assertThat(files).isSameAs(ftp.files());
    assertThat(journal).isSameAs(ftp.journal());
    assertThat(faults).isSameAs(ftp.faults());
    assertThat(facts).isEqualTo(connection);
    assertThat(facts.host()).isEqualTo("127.0.0.1");
    assertThat(facts.port()).isEqualTo(ftp.port());
    assertThat(facts.username()).isEqualTo("alice");
    assertThat(facts.password()).isEqualTo("secret");
    assertThat(facts.url()).isEqualTo("ftp://alice:secret@127.0.0.1:" + ftp.port() + "/");
    assertThat(facts.toString()).doesNotContain("secret");

    try (Client client = new Client(connection, false)) { // active mode, Commons Net's default
      assertThat(client.read("/inbox/orders.csv")).isEqualTo("id,qty\n1,3\n");
      assertThat(client.read("/inbox/overridden.txt")).isEqualTo("method");
    }
    assertThat(Files.readAllBytes(fs.getPath("/inbox/data.bin")))
        .containsExactly(0x00, 0x01, 0x02, 0xff);
    assertThat(files.readBytes("/inbox/latin1.txt")).containsExactly('c', 'a', 'f', 0xe9);
    assertThat(files.isDirectory("/outbox")).isTrue();
  }

  @Test
  void eachTestGetsAFreshServer(FtpServer ftp) throws Exception {
    assertThat(ftp.files().exists("/outbox/marker")).isFalse();
    try (Client client = new Client(connection, true)) {
      assertThat(client.ftp.storeFile("/outbox/marker", new ByteArrayInputStream(new byte[1])))
          .isTrue();
    }
    assertThat(ftp.journal().sessions()).hasSize(1);
  }

  @Test
  void andAnotherFreshOne(FtpServer ftp) throws Exception {
    eachTestGetsAFreshServer(ftp);
  }

  @RepeatedTest(3)
  void repeatedTestsGetFreshServersToo(FtpServer ftp) {
    assertThat(ftp.files().exists("/repeat")).isFalse();
    ftp.files().write("/repeat", "x");
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "b", "c"})
  void parameterizedTestsGetFreshServers(String name, FtpServer ftp) {
    assertThat(ftp.files().list("/")).containsExactlyInAnyOrder("inbox", "outbox");
    ftp.files().write("/" + name, name);
  }
}
