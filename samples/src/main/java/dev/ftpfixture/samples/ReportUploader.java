package dev.ftpfixture.samples;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPReply;

/**
 * The kind of code people test: logs in, goes to the target directory (creating it when
 * missing), uploads under a temporary name and renames it into place, so a reader on the other
 * side never sees half a report. Uses Commons Net in its default (active) mode.
 */
public final class ReportUploader {

  private final String host;
  private final int port;
  private final String user;
  private final String password;
  private final Duration timeout;

  public ReportUploader(String host, int port, String user, String password, Duration timeout) {
    this.host = host;
    this.port = port;
    this.user = user;
    this.password = password;
    this.timeout = timeout;
  }

  /** Uploads {@code content} as {@code directory/name}. */
  public void upload(String directory, String name, String content) throws IOException {
    FTPClient ftp = new FTPClient();
    ftp.setConnectTimeout((int) timeout.toMillis());
    ftp.setDefaultTimeout((int) timeout.toMillis());
    ftp.setDataTimeout(timeout);
    try {
      ftp.connect(host, port);
      if (!FTPReply.isPositiveCompletion(ftp.getReplyCode())) {
        throw new IOException("server refused the connection: " + ftp.getReplyString().trim());
      }
      if (!ftp.login(user, password)) {
        throw new IOException("login failed: " + ftp.getReplyString().trim());
      }
      ftp.setFileType(FTP.BINARY_FILE_TYPE);
      if (!ftp.changeWorkingDirectory(directory)) {
        if (!ftp.makeDirectory(directory) || !ftp.changeWorkingDirectory(directory)) {
          throw new IOException("cannot use directory " + directory + ": "
              + ftp.getReplyString().trim());
        }
      }
      String temporary = name + ".part";
      if (!ftp.storeFile(temporary,
          new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)))) {
        throw new IOException("upload failed: " + ftp.getReplyString().trim());
      }
      if (!ftp.rename(temporary, name)) {
        throw new IOException("rename failed: " + ftp.getReplyString().trim());
      }
      ftp.logout();
    } finally {
      if (ftp.isConnected()) {
        ftp.disconnect();
      }
    }
  }
}
