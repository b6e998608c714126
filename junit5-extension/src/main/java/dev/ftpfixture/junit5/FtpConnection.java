package dev.ftpfixture.junit5;

import dev.ftpfixture.FtpServer;

/**
 * What a client needs to connect: host, port, user, password, and a ready {@code ftp://} URL.
 * A value: it stays valid for as long as its server runs.
 *
 * <pre>{@code
 * @FtpInject static FtpConnection ftp; // with a per-class server
 * ... new ImportJob(ftp.host(), ftp.port(), ftp.username(), ftp.password()) ...
 * }</pre>
 *
 * @param host the address ({@code 127.0.0.1})
 * @param port the control port
 * @param username the first user's name ({@code anonymous} when only anonymous login is on)
 * @param password the first user's password
 * @param url {@code ftp://user:password@host:port/}
 */
public record FtpConnection(String host, int port, String username, String password, String url) {

  static FtpConnection of(FtpServer server) {
    return new FtpConnection(server.host(), server.port(), server.username(), server.password(),
        server.url());
  }

  /** The password is left out, so a connection can be printed. */
  @Override
  public String toString() {
    return "FtpConnection[" + username + "@" + host + ":" + port + "]";
  }
}
