package dev.ftpfixture.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPClient;

/** A Commons Net client for a connection, closed by try-with-resources. */
final class Client implements AutoCloseable {

  final FTPClient ftp = new FTPClient();

  Client(FtpConnection connection, boolean passive) throws IOException {
    ftp.setDefaultTimeout(10_000);
    ftp.connect(connection.host(), connection.port());
    assertThat(ftp.login(connection.username(), connection.password())).isTrue();
    ftp.setFileType(FTP.BINARY_FILE_TYPE);
    if (passive) {
      ftp.enterLocalPassiveMode();
    }
  }

  String read(String path) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(ftp.retrieveFile(path, out)).as(ftp.getReplyString()).isTrue();
    return out.toString(java.nio.charset.StandardCharsets.UTF_8);
  }

  @Override
  public void close() throws IOException {
    ftp.disconnect();
  }
}
