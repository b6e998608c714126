package dev.ftpfixture.samples;

import static dev.ftpfixture.journal.TransferMatcher.download;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ftpfixture.FtpServer;
import dev.ftpfixture.journal.Outcome;
import dev.ftpfixture.journal.RecordedTransfer;
import dev.ftpfixture.junit5.FtpServerTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@FtpServerTest
class RetryingDownloaderTest {

  private static byte[] bigFile() {
    byte[] content = new byte[1 << 20];
    new Random(42).nextBytes(content);
    return content;
  }

  @Test
  void resumesWithRestAfterTheDataConnectionDrops(FtpServer ftp, @TempDir Path dir)
      throws Exception {
    byte[] content = bigFile();
    ftp.files().write("/inbox/big.bin", content);
    ftp.faults().on("RETR").once().dropDataConnectionAfter(64 * 1024);

    Path target = dir.resolve("big.bin");
    int attempts = new RetryingDownloader(ftp.host(), ftp.port(), ftp.username(), ftp.password(), 3)
        .fetch("/inbox/big.bin", target);

    assertThat(attempts).isEqualTo(2);
    assertThat(Files.readAllBytes(target)).isEqualTo(content);
    assertThat(ftp.journal().transfers()).extracting(RecordedTransfer::outcome)
        .containsExactly(Outcome.FAULT, Outcome.COMPLETED);
    assertThat(ftp.journal().transfers().get(1).restartOffset()).isEqualTo(64 * 1024);
    assertThat(ftp.journal().awaitTransfer(download().completed(), java.time.Duration.ofSeconds(5))
        .bytes()).isEqualTo(content.length - 64 * 1024);
  }

  @Test
  void givesUpWhenEveryAttemptBreaks(FtpServer ftp, @TempDir Path dir) {
    ftp.files().write("/inbox/big.bin", bigFile());
    ftp.faults().on("RETR").dropDataConnectionAfter(1000);

    assertThatThrownBy(() -> new RetryingDownloader(ftp.host(), ftp.port(), ftp.username(),
        ftp.password(), 3).fetch("/inbox/big.bin", dir.resolve("x")))
        .hasMessageContaining("gave up after 3 attempts");
    assertThat(ftp.journal().transfers()).hasSize(3);
  }

  @Test
  void aRefusedRetrIsNotMistakenForSuccess(FtpServer ftp, @TempDir Path dir) {
    ftp.files().write("/inbox/big.bin", bigFile());
    ftp.faults().on("RETR").reply(550, "Permission denied.");

    assertThatThrownBy(() -> new RetryingDownloader(ftp.host(), ftp.port(), ftp.username(),
        ftp.password(), 1).fetch("/inbox/big.bin", dir.resolve("x")))
        .hasRootCauseMessage("RETR refused: 550 Permission denied.");
  }
}
