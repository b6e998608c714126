package dev.ftpfixture.samples.readme;

import static dev.ftpfixture.assertj.FtpAssertions.assertThat;
import static dev.ftpfixture.journal.TransferMatcher.upload;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ftpfixture.FtpServer;
import dev.ftpfixture.journal.RecordedTransfer;
import dev.ftpfixture.samples.ReportUploader;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

// The README's plain (no extension) examples, compiled and run as written (ReadmeTest checks).
class PlainExamplesTest {

@Test
void uploadsTheReport() throws Exception {
    try (FtpServer ftp = FtpServer.builder().user("alice", "secret").start()) {
        ftp.files().write("/inbox/orders.csv", "id,qty\n1,3\n");

        new ReportUploader(ftp.host(), ftp.port(), "alice", "secret", Duration.ofSeconds(5))
            .upload("/outbox", "report.csv", "total,3\n"); // your code, any FTP client

        assertEquals("total,3\n", ftp.files().readString("/outbox/report.csv"));
    }
}

  @Test
  void journalExample() throws Exception {
    try (FtpServer ftp = FtpServer.start()) {
      // An upload in the background, as a scheduled job would do it.
      CompletableFuture<Void> job = CompletableFuture.runAsync(() -> {
        try {
          new ReportUploader(ftp.host(), ftp.port(), ftp.username(), ftp.password(),
              Duration.ofSeconds(5)).upload("/outbox", "report.csv", "total,3\n");
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });

// Code that uploads in the background (a poller, a scheduled job, a Camel route): wait, never sleep.
ftp.awaitFile("/outbox/report.csv", Duration.ofSeconds(5)); // exists, and no upload is writing it
RecordedTransfer t = ftp.journal().awaitTransfer(upload().to("/outbox/report.csv.part"), Duration.ofSeconds(5));
assertThat(t).isCompleted().hasBytes(8); // uploaded under a temporary name, then renamed

      job.join();

assertThat(ftp).hasFile("/outbox/report.csv").hasContent("total,3\n");
assertThat(ftp.journal()).hasCommand("RNTO report.csv")
                         .hasNoFailedTransfer()
                         .hasSessionCount(1);
    }
  }

  @Test
  void faultsExample() {
    try (FtpServer ftp = FtpServer.start()) {
ftp.faults().on("RETR").path("/inbox/*.csv").once().dropDataConnectionAfter(1024);
ftp.faults().on("STOR").reply(452, "Insufficient storage space.");
ftp.faults().on("PASS").times(2).reply(421, "Too many users.");
ftp.faults().onConnect().delay(Duration.ofSeconds(2));
ftp.faults().on("LIST").stallDataConnection();               // the client's read timeout fires
ftp.faults().on("SITE").argument("WHO").handle(call -> call.reply(200, "alice bob"));

ftp.faults().on("RETR").throttle(100_000);                   // one rule per part of a transfer:
ftp.faults().on("RETR").lateFinalReply(Duration.ofSeconds(1)); // slow data, then a late 226
ftp.faults().onAnyCommand().path("/archive/**").readOnly();  // 550 for STOR, DELE... in there

      org.assertj.core.api.Assertions.assertThat(ftp.faults().rules()).hasSize(9);
    }
  }
}
