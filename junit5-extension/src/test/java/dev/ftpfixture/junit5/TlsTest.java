package dev.ftpfixture.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ftpfixture.FtpServer;
import dev.ftpfixture.Tls;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPSClient;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** FTPS from the annotation and from the registered extension. */
@Timeout(60)
class TlsTest {

  @Nested
  @FtpServerTest(tls = TlsMode.EXPLICIT_REQUIRED)
  @FtpFile(path = "/a.txt", content = "secret stuff")
  class Annotated {
    @Test
    void explicitRequiredTlsServesAnFtpsClientAndRefusesPlainLogin(FtpServer ftp)
        throws Exception {
      assertThat(download(new FTPSClient(), ftp)).isEqualTo("secret stuff");
      FTPClient plain = new FTPClient();
      plain.setDefaultTimeout(10_000);
      plain.connect(ftp.host(), ftp.port());
      try {
        assertThat(plain.login(ftp.username(), ftp.password())).isFalse();
        assertThat(plain.getReplyCode()).isEqualTo(530);
      } finally {
        plain.disconnect();
      }
      assertThat(ftp.tls().isRequired()).isTrue();
    }
  }

  @Nested
  class Registered {
    @RegisterExtension
    final FtpServerExtension ext = FtpServerExtension.builder().tls(Tls.implicit())
        .file("/a.txt", "implicit").build();

    @Test
    void implicitTlsComesFromTheBuilder(FtpServer ftp) throws Exception {
      assertThat(ftp.url()).startsWith("ftps://");
      assertThat(download(new FTPSClient(true), ftp)).isEqualTo("implicit");
      assertThat(ftp.journal().transfers().get(0).isProtected()).isTrue();
    }
  }

  private static String download(FTPSClient client, FtpServer ftp) throws IOException {
    client.setTrustManager(ftp.tls().trustManager());
    client.setDefaultTimeout(10_000);
    client.connect(ftp.host(), ftp.port());
    try {
      assertThat(client.login(ftp.username(), ftp.password())).isTrue();
      client.execPBSZ(0);
      client.execPROT("P");
      client.enterLocalPassiveMode();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      assertThat(client.retrieveFile("/a.txt", out)).isTrue();
      return out.toString(StandardCharsets.UTF_8);
    } finally {
      client.disconnect();
    }
  }
}
