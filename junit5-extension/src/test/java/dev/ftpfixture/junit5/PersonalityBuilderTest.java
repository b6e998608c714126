package dev.ftpfixture.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ftpfixture.FtpServer;
import dev.ftpfixture.Personality;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A preset changed in code comes through the extension's builder. */
@Timeout(60)
class PersonalityBuilderTest {

  @RegisterExtension
  FtpServerExtension ftp = FtpServerExtension.builder()
      .personality(Personality.VSFTPD.withSystem("UNIX emulated by a test"))
      .build();

  @Test
  void theServerPlaysTheChangedPreset(FtpServer server, FtpConnection connection)
      throws Exception {
    assertThat(server.personality().name()).isEqualTo("vsftpd");
    try (Client client = new Client(connection, false)) {
      assertThat(client.ftp.getSystemType()).isEqualTo("UNIX emulated by a test");
      assertThat(client.ftp.sendCommand("MLSD")).isEqualTo(500);
    }
  }
}
