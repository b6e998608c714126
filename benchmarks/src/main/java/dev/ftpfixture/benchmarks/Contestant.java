package dev.ftpfixture.benchmarks;

import java.util.List;

/**
 * One of the servers measured side by side. Each starts with user {@code bench}/{@code bench},
 * listening on 127.0.0.1 (MockFtpServer cannot choose: it listens on every interface, and the
 * client still connects to 127.0.0.1), and names files relative to that user's home.
 *
 * <p>Each constant only calls into its own class, so that a cold start in a fresh JVM loads the
 * classes of the contestant it measures and no other's.
 */
enum Contestant {

  FTPFIXTURE("ftpfixture") {
    @Override
    Server start() {
      return FixtureServer.start();
    }
  },

  MOCK("MockFtpServer") {
    @Override
    Server start() {
      return MockServer.start();
    }
  },

  APACHE("Apache FtpServer") {
    @Override
    Server start() throws Exception {
      return ApacheServer.start();
    }
  },

  /** A minimal FTP responder on plain sockets, files in memory: the machine's limit. */
  RAW("raw") {
    @Override
    Server start() throws Exception {
      return MiniFtpServer.inMemory();
    }
  },

  /** The same responder over a Jimfs file system made per start: the floor of a Jimfs server. */
  RAW_JIMFS("raw-jimfs") {
    @Override
    Server start() throws Exception {
      return MiniFtpServer.onJimfs();
    }
  };

  static final List<Contestant> PEERS = List.of(MOCK, APACHE);
  static final List<Contestant> FTP_SERVERS = List.of(FTPFIXTURE, MOCK, APACHE);

  final String label;

  Contestant(String label) {
    this.label = label;
  }

  abstract Server start() throws Exception;

  static Contestant named(String name) {
    return valueOf(name.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
  }

  /** A running server of one contestant. */
  interface Server extends AutoCloseable {
    String HOST = "127.0.0.1";
    String USER = "bench";
    String PASSWORD = "bench";

    int port();

    void seed(String name, byte[] content) throws Exception;

    void mkdir(String name) throws Exception;

    byte[] read(String name) throws Exception;

    @Override
    void close() throws Exception;
  }
}
