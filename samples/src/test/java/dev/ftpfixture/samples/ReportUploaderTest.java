package dev.ftpfixture.samples;

import static dev.ftpfixture.assertj.FtpAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ftpfixture.FtpServer;
import dev.ftpfixture.junit5.FtpDirectory;
import dev.ftpfixture.junit5.FtpServerTest;
import dev.ftpfixture.junit5.FtpUser;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The tests a user writes for an uploader: happy path, and each way the server can say no. */
@FtpServerTest(users = @FtpUser(name = "reports", password = "s3cret"))
class ReportUploaderTest {

  private static ReportUploader uploader(FtpServer ftp, String password) {
    return new ReportUploader(ftp.host(), ftp.port(), "reports", password, Duration.ofSeconds(5));
  }

  @Test
  @FtpDirectory("/outbox")
  void uploadsTheReportAndRenamesItIntoPlace(FtpServer ftp) throws Exception {
    uploader(ftp, "s3cret").upload("/outbox", "report.csv", "total,3\n");

    assertThat(ftp).hasFile("/outbox/report.csv").hasContent("total,3\n");
    assertThat(ftp).doesNotHaveFile("/outbox/report.csv.part");
    assertThat(ftp.journal())
        .hasCommand("STOR report.csv.part", 150)
        .hasCommand("RNTO report.csv", 250)
        .hasNoFailedTransfer()
        .hasSessionCount(1);
  }

  @Test
  void createsTheTargetDirectoryWhenItIsMissing(FtpServer ftp) throws Exception {
    uploader(ftp, "s3cret").upload("/new-dir", "report.csv", "x");

    assertThat(ftp).hasDirectory("/new-dir").containsExactlyNames("report.csv");
    assertThat(ftp.journal()).hasCommand("MKD /new-dir", 257);
  }

  @Test
  void aWrongPasswordIsReportedAsALoginFailure(FtpServer ftp) {
    assertThatThrownBy(() -> uploader(ftp, "wrong").upload("/outbox", "r.csv", "x"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("login failed: 530");
    assertThat(ftp.journal()).doesNotHaveCommand("STOR");
  }

  @Test
  void a421AtLoginIsAFailureNotAHang(FtpServer ftp) {
    ftp.faults().on("PASS").reply(421, "Too many users, try later.");

    assertThatThrownBy(() -> uploader(ftp, "s3cret").upload("/outbox", "r.csv", "x"))
        .isInstanceOf(IOException.class);
  }

  @Test
  void aFullDiskIsAnUploadFailure(FtpServer ftp) {
    ftp.faults().on("STOR").reply(452, "Insufficient storage space.");

    assertThatThrownBy(() -> uploader(ftp, "s3cret").upload("/outbox", "r.csv", "x"))
        .hasMessageContaining("upload failed: 452");
    assertThat(ftp).doesNotHaveFile("/outbox/r.csv");
  }

  @Test
  void aSlowServerTripsTheClientTimeout(FtpServer ftp) {
    ftp.faults().on("CWD").delay(Duration.ofSeconds(3));
    ReportUploader impatient = new ReportUploader(ftp.host(), ftp.port(), "reports", "s3cret",
        Duration.ofMillis(300));

    assertThatThrownBy(() -> impatient.upload("/outbox", "r.csv", "x"))
        .isInstanceOf(SocketTimeoutException.class);
  }
}
