package dev.ftpfixture.samples.readme;

import static dev.ftpfixture.assertj.FtpAssertions.assertThat;

import dev.ftpfixture.FtpServer;
import dev.ftpfixture.junit5.FtpDirectory;
import dev.ftpfixture.junit5.FtpServerTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.apache.commons.net.ftp.FTPClient;
import org.junit.jupiter.api.Test;

// The README's injected FTPClient example, compiled and run as written (ReadmeTest checks).
@FtpServerTest
class FtpClientExampleTest {

    @Test
    @FtpDirectory("/outbox")
    void storesWithAReadyClient(FTPClient client, FtpServer ftp) throws Exception {
        byte[] report = "total,3\n".getBytes(StandardCharsets.UTF_8);
        client.storeFile("/outbox/report.csv", new ByteArrayInputStream(report));

        assertThat(ftp).hasFile("/outbox/report.csv").hasContent("total,3\n");
    }
}
