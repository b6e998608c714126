package dev.ftpfixture.junit5;

import dev.ftpfixture.FtpServer;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPClient;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;

/**
 * The Commons Net client the extension injects. Only this class names Commons Net, and the
 * extension loads it only for a parameter or field whose type is {@code FTPClient} (which it
 * recognises by name), so it runs without Commons Net on the class path.
 */
final class FtpClients {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private FtpClients() {}

  /**
   * A client connected to {@code server} and logged in as its first user (or anonymous), in
   * binary type and Commons Net's default active mode; {@code scope}'s store closes it.
   */
  static Object connect(FtpServer server, ExtensionContext scope, String what) {
    FTPClient client = new FTPClient();
    client.setConnectTimeout((int) TIMEOUT.toMillis());
    client.setDefaultTimeout((int) TIMEOUT.toMillis());
    client.setDataTimeout(TIMEOUT);
    String user = server.username();
    String password = server.users().isEmpty() ? "ftpfixture@localhost" : server.password();
    try {
      client.connect(server.host(), server.port());
      if (!client.login(user, password)) {
        throw new ParameterResolutionException(what + ": " + server + " refused login as "
            + user + ": " + client.getReplyString().strip());
      }
      client.setFileType(FTP.BINARY_FILE_TYPE);
    } catch (IOException | RuntimeException e) {
      disconnect(client);
      if (e instanceof ParameterResolutionException p) {
        throw p;
      }
      throw new ParameterResolutionException(what + ": cannot connect to " + server + ": " + e, e);
    }
    Connection connection = new Connection(client, server, client.getLocalPort());
    scope.getStore(FtpServerExtension.NAMESPACE).put(connection, connection);
    return client;
  }

  private static void disconnect(FTPClient client) {
    try {
      client.disconnect();
    } catch (IOException ignored) {
      // closing anyway
    }
  }

  /** Closed by JUnit when its scope ends (and idempotent: JUnit 5.13+ may close it twice). */
  @SuppressWarnings("deprecation") // CloseableResource: what Jupiter before 5.13 closes
  private static final class Connection
      implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    private final FTPClient client;
    private final FtpServer server;
    private final int localPort;
    private final AtomicBoolean closed = new AtomicBoolean();

    Connection(FTPClient client, FtpServer server, int localPort) {
      this.client = client;
      this.server = server;
      this.localPort = localPort;
    }

    @Override
    public void close() {
      if (!closed.compareAndSet(false, true)) {
        return;
      }
      try {
        if (client.isConnected()) {
          client.logout();
        }
      } catch (IOException ignored) {
        // the test may have broken the connection on purpose
      }
      disconnect(client);
      if (server.isRunning()) {
        // A per-class server is reset before the next test: this session must have ended by then.
        server.journal().awaitCondition(() -> server.journal().sessions().stream()
            .noneMatch(s -> s.isOpen() && s.remote().getPort() == localPort),
            TIMEOUT, "the injected FTPClient's session (local port " + localPort + ") to end");
      }
    }

    @Override
    public String toString() {
      return "FTPClient from port " + localPort + " to " + server;
    }
  }
}
