package dev.ftpfixture.samples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ftpfixture.FtpServer;
import dev.ftpfixture.Tls;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import javax.net.ssl.SSLContext;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

// The README's FTPS options and trust material, compiled and run as written (ReadmeTest checks).
class FtpsOptionsTest {

  @Test
  void optionsAndTrustMaterial(@TempDir Path dir) throws Exception {
Tls tls = Tls.explicit()                        // or Tls.implicit(): TLS from the first byte
    .required()                                 // USER and PASS before AUTH TLS get 530
    .protocols("TLSv1.3", "TLSv1.2")            // the default
    .requireSessionReuse();                     // data connections must resume the session (522)
try (FtpServer ftp = FtpServer.builder().tls(tls).start()) {
    X509TrustManager trust = ftp.tls().trustManager();  // FTPSClient.setTrustManager(trust)
    KeyStore trustStore = ftp.tls().trustStore();       // for clients configured with a trust store
    SSLContext context = ftp.tls().clientContext();     // any JSSE client, e.g. new FTPSClient(context)
    Path pem = ftp.tls().writeCertificatePem(dir.resolve("ca.pem"));  // curl --cacert ca.pem

      assertThat(trust.getAcceptedIssuers()).containsExactly(ftp.tls().certificate());
      assertThat(trustStore.size()).isEqualTo(1);
      assertThat(context.getProtocol()).isEqualTo("TLS");
      assertThat(Files.readString(pem)).startsWith("-----BEGIN CERTIFICATE-----");

    // ... the code under test, given whichever of these its client takes ...
}
  }

  @Test
  void tlsFaults() {
    try (FtpServer ftp = FtpServer.builder().tls(Tls.implicit()).start()) {
ftp.faults().on("AUTH").failTlsHandshake();                    // 234, then handshake_failure
ftp.faults().on("RETR").once().presentWrongHostCertificate();  // on that data connection
ftp.faults().onConnect().failTlsHandshake();                   // implicit FTPS

      assertThat(ftp.faults().rules()).hasSize(3);
    }
  }
}
