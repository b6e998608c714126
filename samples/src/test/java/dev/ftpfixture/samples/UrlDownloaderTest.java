package dev.ftpfixture.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ftpfixture.FtpServer;
import dev.ftpfixture.junit5.FtpFile;
import dev.ftpfixture.junit5.FtpServerTest;
import java.io.FileNotFoundException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@FtpServerTest
@FtpFile(path = "/pub/prices.csv", content = "sku,price\nA1,9.99\n")
class UrlDownloaderTest {

  private final UrlDownloader downloader = new UrlDownloader(Duration.ofSeconds(5));

  @Test
  void downloadsWithTheJdkAlone(FtpServer ftp) throws Exception {
    byte[] content = downloader.download(ftp.url("/pub/prices.csv"));

    assertThat(new String(content, StandardCharsets.UTF_8)).isEqualTo("sku,price\nA1,9.99\n");
  }

  @Test
  void aMissingFileIsFileNotFound(FtpServer ftp) {
    assertThatThrownBy(() -> downloader.download(ftp.url("/pub/missing.csv")))
        .isInstanceOf(FileNotFoundException.class);
  }
}
