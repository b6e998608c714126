package dev.ftpfixture.samples.readme;

import static dev.ftpfixture.assertj.FtpAssertions.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;

import dev.ftpfixture.FtpServer;
import dev.ftpfixture.junit5.FtpServerTest;
import dev.ftpfixture.junit5.TlsMode;
import java.io.ByteArrayInputStream;
import org.apache.commons.net.ftp.FTPSClient;
import org.junit.jupiter.api.Test;

// The README's FTPS example, compiled and run as written (ReadmeTest checks).
@FtpServerTest(tls = TlsMode.EXPLICIT_REQUIRED)
class FtpsUploadTest {

    @Test
    void uploadsOverFtps(FtpServer ftp) throws Exception {
        FTPSClient client = new FTPSClient();                 // explicit: AUTH TLS
        client.setTrustManager(ftp.tls().trustManager());     // trust the test certificate
        client.connect(ftp.host(), ftp.port());
        client.login(ftp.username(), ftp.password());
        client.execPBSZ(0);
        client.execPROT("P");                                 // protect the data connections
        client.enterLocalPassiveMode();
        client.storeFile("/report.csv", new ByteArrayInputStream("total,3\n".getBytes(UTF_8)));
        client.disconnect();

        assertThat(ftp).hasFile("/report.csv").hasContent("total,3\n");
        assertThat(ftp.journal().transfers().get(0)).isProtected().hasTlsProtocol("TLSv1.3");
    }
}
