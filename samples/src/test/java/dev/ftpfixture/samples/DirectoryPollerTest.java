package dev.ftpfixture.samples;

import static dev.ftpfixture.assertj.FtpAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ftpfixture.FtpServer;
import dev.ftpfixture.junit5.FtpFile;
import dev.ftpfixture.junit5.FtpServerTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** A background poller: the test waits on the journal and the files, never sleeps. */
@FtpServerTest
@FtpFile(path = "/inbox/orders-1.csv", content = "1")
@FtpFile(path = "/inbox/orders-2.csv", content = "2")
class DirectoryPollerTest {

  @Test
  void picksUpEveryFileAndMovesItToDone(FtpServer ftp) {
    Map<String, String> received = new ConcurrentHashMap<>();
    try (DirectoryPoller poller = new DirectoryPoller(ftp.host(), ftp.port(), ftp.username(),
        ftp.password())) {
      poller.start("/inbox", "/done", 50,
          (name, bytes) -> received.put(name, new String(bytes, StandardCharsets.UTF_8)));

      ftp.awaitFile("/done/orders-2.csv", Duration.ofSeconds(10));
      ftp.journal().awaitCommand("RNTO /done/orders-1.csv", Duration.ofSeconds(10));

      // A file that arrives later is picked up by a later poll.
      ftp.files().write("/inbox/orders-3.csv", "3");
      ftp.awaitFile("/done/orders-3.csv", Duration.ofSeconds(10));
    }
    assertThat(received).containsOnlyKeys("orders-1.csv", "orders-2.csv", "orders-3.csv");
    assertThat(ftp).hasDirectory("/inbox").containsExactlyNames();
  }
}
