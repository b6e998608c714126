package dev.ftpfixture.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ftpfixture.FtpServer;
import dev.ftpfixture.Personality;
import dev.ftpfixture.Personality.Preset;
import org.apache.commons.net.ftp.FTPFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The personality chosen on the annotation is the one the server plays. */
@FtpServerTest(personality = Preset.IIS)
@FtpFile(path = "/in/a.csv", content = "12345")
@Timeout(60)
class PersonalityTest {

  @Test
  void theAnnotatedPersonalityAnswers(FtpServer ftp, FtpConnection connection) throws Exception {
    assertThat(ftp.personality()).isSameAs(Personality.IIS);
    try (Client client = new Client(connection, true)) {
      assertThat(client.ftp.getSystemType()).isEqualTo("Windows_NT");
      FTPFile[] files = client.ftp.listFiles("/IN"); // case-insensitive, as on Windows
      assertThat(files).extracting(FTPFile::getName).containsExactly("a.csv");
      assertThat(files[0].getRawListing()).endsWith("                    5 a.csv");
    }
  }
}
