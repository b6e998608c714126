package dev.ftpfixture.samples.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ftpfixture.FtpServer;
import dev.ftpfixture.Personality;
import dev.ftpfixture.junit5.FtpFile;
import dev.ftpfixture.junit5.FtpServerTest;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPFile;
import org.junit.jupiter.api.Test;

// The README's @FtpServerTest personality example, compiled and run as written (ReadmeTest checks).
@FtpServerTest(personality = Personality.Preset.IIS)
@FtpFile(path = "/Inbox/Orders.csv", content = "id,qty\n1,3\n")
class WindowsServerTest {

    @Test
    void readsAWindowsListing(FtpServer ftp) throws Exception {
        FTPClient client = new FTPClient();
        client.connect(ftp.host(), ftp.port());
        client.login(ftp.username(), ftp.password());

        FTPFile[] files = client.listFiles("/inbox"); // SYST says Windows_NT: the DOS parser
        assertEquals("Orders.csv", files[0].getName());
        assertTrue(files[0].getRawListing().endsWith("                   11 Orders.csv"));
        client.disconnect();
    }
}
