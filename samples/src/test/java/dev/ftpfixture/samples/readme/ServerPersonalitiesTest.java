package dev.ftpfixture.samples.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.ftpfixture.FtpServer;
import dev.ftpfixture.ListingFormat;
import dev.ftpfixture.Personality;
import dev.ftpfixture.samples.DirectoryPoller;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.commons.net.ftp.FTPClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

// The README's personality examples, compiled and run as written (ReadmeTest checks).
class ServerPersonalitiesTest {

@ParameterizedTest
@EnumSource(Personality.Preset.class)
void importsFromEveryServerItWillMeet(Personality.Preset server) throws Exception {
    try (FtpServer ftp = FtpServer.builder().personality(server.personality()).start();
         DirectoryPoller poller = new DirectoryPoller(ftp.host(), ftp.port(), ftp.username(), ftp.password())) {
        ftp.files().write("/inbox/orders.csv", "id,qty\n1,3\n");
        List<String> imported = new CopyOnWriteArrayList<>();

        poller.start("/inbox", "/done", 50, (name, content) -> imported.add(name));

        ftp.awaitFile("/done/orders.csv", Duration.ofSeconds(5));
        assertEquals(List.of("orders.csv"), imported); // LIST parsed, RETR and RNFR/RNTO done
    }
}

  @Test
  void aPresetWithOneChange() throws Exception {
// IIS with its "four-digit years" option, and a stricter answer for a missing directory
Personality iis = Personality.IIS
    .withListing(new ListingFormat.Dos(true))
    .withReply(Personality.Message.LIST_MISSING, 450, "{path}: not found");

    try (FtpServer ftp = FtpServer.builder().personality(iis).start()) {
      ftp.files().write("/in/a.csv", "1");
      FTPClient client = new FTPClient();
      client.setDefaultTimeout(10_000);
      try {
        client.connect(ftp.host(), ftp.port());
        client.login(ftp.username(), ftp.password());
        client.enterLocalPassiveMode();
        assertEquals(10, client.listFiles("/in")[0].getRawListing().indexOf("  ")); // MM-dd-yyyy
        assertEquals(0, client.listFiles("/nope").length);
        assertEquals(450, client.getReplyCode());
        assertFalse(client.listFiles("/IN").length == 0); // still case-insensitive
      } finally {
        client.disconnect();
      }
    }
  }
}
