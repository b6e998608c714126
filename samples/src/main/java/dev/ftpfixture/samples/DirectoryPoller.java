package dev.ftpfixture.samples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPFile;

/**
 * A nightly-import style poller: every interval it lists an inbox, downloads each file, hands it
 * on, and moves it to a done directory. It runs in the background, as Camel and Spring
 * Integration pollers do, so its tests must wait rather than assert at once.
 */
public final class DirectoryPoller implements AutoCloseable {

  private final String host;
  private final int port;
  private final String user;
  private final String password;
  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
      r -> {
        Thread t = new Thread(r, "directory-poller");
        t.setDaemon(true);
        return t;
      });

  public DirectoryPoller(String host, int port, String user, String password) {
    this.host = host;
    this.port = port;
    this.user = user;
    this.password = password;
  }

  /** Polls {@code inbox} every {@code intervalMillis}, moving what it read to {@code done}. */
  public void start(String inbox, String done, long intervalMillis,
      BiConsumer<String, byte[]> handler) {
    scheduler.scheduleWithFixedDelay(() -> {
      try {
        pollOnce(inbox, done, handler);
      } catch (IOException e) {
        // a poller logs and tries again at the next tick
      }
    }, 0, intervalMillis, TimeUnit.MILLISECONDS);
  }

  List<String> pollOnce(String inbox, String done, BiConsumer<String, byte[]> handler)
      throws IOException {
    List<String> taken = new ArrayList<>();
    FTPClient ftp = new FTPClient();
    ftp.setDefaultTimeout(10_000);
    try {
      ftp.connect(host, port);
      if (!ftp.login(user, password)) {
        throw new IOException("login failed");
      }
      ftp.enterLocalPassiveMode();
      ftp.setFileType(FTP.BINARY_FILE_TYPE);
      for (FTPFile file : ftp.listFiles(inbox)) {
        if (!file.isFile()) {
          continue;
        }
        String path = inbox + "/" + file.getName();
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        if (ftp.retrieveFile(path, content)) {
          handler.accept(file.getName(), content.toByteArray());
          ftp.makeDirectory(done);
          ftp.rename(path, done + "/" + file.getName());
          taken.add(file.getName());
        }
      }
      ftp.logout();
    } finally {
      if (ftp.isConnected()) {
        ftp.disconnect();
      }
    }
    return taken;
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
  }
}
