package dev.ftpfixture.samples.readme;

import static dev.ftpfixture.assertj.FtpAssertions.assertThat;

import dev.ftpfixture.FtpServer;
import dev.ftpfixture.junit5.FtpDirectory;
import dev.ftpfixture.junit5.FtpFile;
import dev.ftpfixture.junit5.FtpServerTest;
import dev.ftpfixture.junit5.FtpUser;
import dev.ftpfixture.samples.ReportUploader;
import java.time.Duration;
import org.junit.jupiter.api.Test;

// The README's first @FtpServerTest example, compiled and run as written (ReadmeTest checks).
@FtpServerTest(users = @FtpUser(name = "alice", password = "secret"))
@FtpFile(path = "/inbox/orders.csv", content = "id,qty\n1,3\n")
class UploadReportTest {

    @Test
    @FtpDirectory("/outbox")
    void uploadsTheReport(FtpServer ftp) throws Exception {
        new ReportUploader(ftp.host(), ftp.port(), "alice", "secret", Duration.ofSeconds(5))
            .upload("/outbox", "report.csv", "total,3\n");

        assertThat(ftp).hasFile("/outbox/report.csv").hasContent("total,3\n");
        assertThat(ftp.journal()).hasCommand("RNTO report.csv").hasNoFailedTransfer();
    }
}
