package dev.ftpfixture.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPReply;

/** Commons Net FTPClient, set up the same way for every contestant. */
final class Clients {

  private Clients() {}

  /** Connected and logged in, with timeouts so that no measure can hang. */
  static FTPClient login(int port) throws IOException {
    FTPClient client = new FTPClient();
    client.setConnectTimeout(10_000);
    client.setDefaultTimeout(30_000);
    client.setDataTimeout(Duration.ofSeconds(30));
    client.connect(Contestant.Server.HOST, port);
    if (!FTPReply.isPositiveCompletion(client.getReplyCode())) {
      client.disconnect();
      throw new IOException("greeting refused: " + client.getReplyString());
    }
    if (!client.login(Contestant.Server.USER, Contestant.Server.PASSWORD)) {
      client.disconnect();
      throw new IOException("login refused: " + client.getReplyString());
    }
    return client;
  }

  /** Logged in, passive, binary, 64 KiB buffers: ready to transfer. */
  static FTPClient forTransfers(int port) throws IOException {
    FTPClient client = login(port);
    client.enterLocalPassiveMode();
    client.setBufferSize(64 * 1024);
    require(client.setFileType(FTP.BINARY_FILE_TYPE), client, "TYPE I");
    return client;
  }

  static void quit(FTPClient client) throws IOException {
    try {
      client.logout();
    } finally {
      client.disconnect();
    }
  }

  static void store(FTPClient client, String name, byte[] content) throws IOException {
    require(client.storeFile(name, new ByteArrayInputStream(content)), client, "STOR " + name);
  }

  static void retrieve(FTPClient client, String name, byte[] expected) throws IOException {
    Payload.Checking check = new Payload.Checking(expected);
    require(client.retrieveFile(name, check), client, "RETR " + name);
    check.close();
  }

  /**
   * The median, in ms, of {@code count} round trips back to back, each a STOR of
   * {@code content} as {@code name} and a RETR that checks it (measures 4d and 4e).
   */
  static double medianRoundTrip(FTPClient client, String name, byte[] content, int count)
      throws IOException {
    double[] times = new double[count];
    for (int i = 0; i < count; i++) {
      long t0 = System.nanoTime();
      store(client, name, content);
      retrieve(client, name, content);
      times[i] = (System.nanoTime() - t0) / 1e6;
    }
    java.util.Arrays.sort(times);
    return times[count / 2];
  }

  static void require(boolean ok, FTPClient client, String what) throws IOException {
    if (!ok) {
      throw new IOException(what + " failed: " + client.getReplyString().strip());
    }
  }
}
