package dev.ftpfixture.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ftpfixture.FtpServer;
import dev.ftpfixture.User;
import dev.ftpfixture.journal.RecordedSession;
import dev.ftpfixture.journal.SessionEnd;
import java.net.URISyntaxException;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPReply;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every server option, from the annotation and from the builder, seen through a client. */
@Timeout(60)
class ServerOptionsTest {

  @Nested
  @FtpServerTest(
      users = {
          @FtpUser(name = "carol", password = "pw", home = "/home/carol", jailed = true),
          @FtpUser(name = "dave", password = "pw", readOnly = true)},
      anonymous = true,
      greeting = "Options test ready.",
      passivePorts = "21000-21099",
      dataTimeoutMillis = 300,
      idleTimeoutMillis = 2_000,
      maxLineLength = 100,
      journalCapacity = 10)
  @FtpSeed(value = "target/test-classes/ftp-seed", target = "/home/carol/copied")
  class FromTheAnnotation extends ConfiguredServer {}

  @Nested
  class FromTheBuilder extends ConfiguredServer {
    @RegisterExtension
    FtpServerExtension ftp = FtpServerExtension.builder()
        .user(User.of("carol", "pw").withHome("/home/carol").jailed())
        .user(User.of("dave", "pw").readOnly())
        .anonymous()
        .greeting("Options test ready.")
        .passivePorts(21_000, 21_099)
        .dataTimeout(Duration.ofMillis(300))
        .idleTimeout(Duration.ofSeconds(2))
        .maxLineLength(100)
        .journalCapacity(10)
        .seedDirectory(testResource("ftp-seed"), "/home/carol/copied")
        .build();
  }

  /** The same checks for both ways of configuring. */
  abstract static class ConfiguredServer {
    @Test
    void usersAreJailedReadOnlyOrAnonymousAsDeclared(FtpServer server) throws Exception {
      FTPClient carol = login(server, "carol");
      assertThat(carol.printWorkingDirectory()).isEqualTo("/home/carol");
      assertThat(carol.changeWorkingDirectory("/")).as("jailed").isFalse();
      carol.disconnect();

      FTPClient dave = login(server, "dave");
      assertThat(dave.makeDirectory("/nope")).as("read-only").isFalse();
      assertThat(dave.getReplyCode()).isEqualTo(550);
      dave.disconnect();

      FTPClient anonymous = login(server, "anonymous");
      assertThat(anonymous.makeDirectory("/nope")).as("anonymous is read-only").isFalse();
      anonymous.disconnect();
    }

    @Test
    void greetsWithTheConfiguredText(FtpServer server) throws Exception {
      FTPClient client = new FTPClient();
      client.setDefaultTimeout(10_000);
      client.connect(server.host(), server.port());
      assertThat(client.getReplyString()).contains("Options test ready.");
      client.disconnect();
    }

    @Test
    void passivePortsComeFromTheRangeAndTheDataTimeoutApplies(FtpServer server)
        throws Exception {
      server.files().write("/home/carol/f.txt", "x");
      FTPClient client = login(server, "carol");
      assertThat(client.pasv()).isEqualTo(FTPReply.ENTERING_PASSIVE_MODE);
      Matcher pasv = Pattern.compile("\\(\\d+,\\d+,\\d+,\\d+,(\\d+),(\\d+)\\)")
          .matcher(client.getReplyString());
      assertThat(pasv.find()).as(client.getReplyString()).isTrue();
      assertThat(Integer.parseInt(pasv.group(1)) * 256 + Integer.parseInt(pasv.group(2)))
          .isBetween(21_000, 21_099);
      assertThat(client.sendCommand("RETR", "f.txt")).isEqualTo(150);
      // No data connection comes: after the configured 300 ms the transfer gives up.
      assertThat(client.getReply()).isEqualTo(425);
      assertThat(client.getReplyString()).contains("300 ms");
      client.disconnect();
    }

    @Test
    void aSilentSessionEndsAfterTheIdleTimeout(FtpServer server) throws Exception {
      FTPClient client = login(server, "carol");
      server.journal().awaitCondition(() -> server.journal().sessions().stream()
          .map(RecordedSession::endedBy).anyMatch(SessionEnd.IDLE_TIMEOUT::equals),
          Duration.ofSeconds(20), "the idle timeout");
      client.disconnect();
    }

    @Test
    void longLinesAreRefusedAndTheJournalKeepsWhatItWasToldTo(FtpServer server)
        throws Exception {
      FTPClient client = login(server, "carol");
      assertThat(client.sendCommand("NOOP " + "x".repeat(200))).isEqualTo(500);
      for (int i = 0; i < 10; i++) {
        assertThat(client.sendNoOp()).as("the session goes on").isTrue();
      }
      assertThat(server.journal().droppedEntries()).isPositive();
      client.disconnect();
    }

    @Test
    void aFileSystemTreeIsCopiedIn(FtpServer server) {
      assertThat(server.files().readString("/home/carol/copied/inbox/seeded.txt"))
          .isEqualTo("from the class path\n");
    }
  }

  private static FTPClient login(FtpServer server, String user) throws Exception {
    FTPClient client = new FTPClient();
    client.setDefaultTimeout(10_000);
    client.connect(server.host(), server.port());
    assertThat(client.login(user, "pw")).as(client.getReplyString()).isTrue();
    return client;
  }

  static String testResource(String name) {
    try {
      return Paths.get(ServerOptionsTest.class.getClassLoader().getResource(name).toURI())
          .toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
