package dev.ftpfixture.samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPClient;

/**
 * Downloads a large file and, when the data connection breaks, resumes where it stopped with
 * REST instead of starting over. Passive mode, as downloaders behind firewalls use.
 */
public final class RetryingDownloader {

  private final String host;
  private final int port;
  private final String user;
  private final String password;
  private final int attempts;

  public RetryingDownloader(String host, int port, String user, String password, int attempts) {
    this.host = host;
    this.port = port;
    this.user = user;
    this.password = password;
    this.attempts = attempts;
  }

  /** Fetches {@code remote} into {@code target}; returns how many attempts it took. */
  public int fetch(String remote, Path target) throws IOException {
    Files.deleteIfExists(target);
    Files.createFile(target);
    IOException last = null;
    for (int attempt = 1; attempt <= attempts; attempt++) {
      FTPClient ftp = new FTPClient();
      ftp.setDefaultTimeout(10_000);
      ftp.setDataTimeout(Duration.ofSeconds(10));
      try {
        ftp.connect(host, port);
        if (!ftp.login(user, password)) {
          throw new IOException("login failed: " + ftp.getReplyString().trim());
        }
        ftp.enterLocalPassiveMode();
        ftp.setFileType(FTP.BINARY_FILE_TYPE);
        long have = Files.size(target);
        ftp.setRestartOffset(have);
        boolean complete;
        try (InputStream in = ftp.retrieveFileStream(remote)) {
          if (in == null) {
            throw new IOException("RETR refused: " + ftp.getReplyString().trim());
          }
          try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.APPEND)) {
            in.transferTo(out);
          }
        }
        complete = ftp.completePendingCommand(); // 226, or 426 when the connection broke
        if (complete) {
          ftp.logout();
          return attempt;
        }
        last = new IOException("transfer incomplete: " + ftp.getReplyString().trim());
      } catch (IOException e) {
        last = e;
      } finally {
        if (ftp.isConnected()) {
          try {
            ftp.disconnect();
          } catch (IOException ignored) {
            // going to retry anyway
          }
        }
      }
    }
    throw new IOException("gave up after " + attempts + " attempts", last);
  }
}
