package dev.ftpfixture.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An FTP client that is nothing but sockets: PASV, STOR and RETR with 64 KiB writes and reads,
 * to tell the server's throughput from Commons Net's.
 */
final class RawFtpClient implements AutoCloseable {

  private static final Pattern PASV = Pattern.compile("(\\d+),(\\d+),(\\d+),(\\d+),(\\d+),(\\d+)");

  private final Socket control;
  private final BufferedReader in;
  private final OutputStream out;

  RawFtpClient(int port) throws IOException {
    control = new Socket(InetAddress.getLoopbackAddress(), port);
    control.setTcpNoDelay(true);
    in = new BufferedReader(new InputStreamReader(control.getInputStream(),
        StandardCharsets.ISO_8859_1));
    out = control.getOutputStream();
    expect(reply(), 2);
    send("USER " + Contestant.Server.USER);
    expect(reply(), 3);
    send("PASS " + Contestant.Server.PASSWORD);
    expect(reply(), 2);
    send("TYPE I");
    expect(reply(), 2);
  }

  void store(String name, byte[] content) throws IOException {
    try (Socket data = passive()) {
      send("STOR " + name);
      expect(reply(), 1);
      Payload.writeInPieces(content, data.getOutputStream());
    }
    expect(reply(), 2);
  }

  void retrieve(String name, byte[] expected) throws IOException {
    try (Socket data = passive()) {
      send("RETR " + name);
      expect(reply(), 1);
      Payload.check(data.getInputStream(), expected);
    }
    expect(reply(), 2);
  }

  private Socket passive() throws IOException {
    send("PASV");
    String reply = reply();
    expect(reply, 2);
    Matcher m = PASV.matcher(reply.substring(4));
    if (!m.find()) {
      throw new IOException("no address in " + reply);
    }
    int port = Integer.parseInt(m.group(5)) * 256 + Integer.parseInt(m.group(6));
    Socket data = new Socket(InetAddress.getLoopbackAddress(), port);
    data.setTcpNoDelay(true);
    return data;
  }

  private void send(String line) throws IOException {
    out.write((line + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
  }

  /** The next reply, reading through the lines of a multi-line one. */
  private String reply() throws IOException {
    String first = in.readLine();
    if (first == null) {
      throw new IOException("connection closed");
    }
    if (first.length() > 3 && first.charAt(3) == '-') {
      String end = first.substring(0, 3) + " ";
      for (String line; (line = in.readLine()) != null; ) {
        if (line.startsWith(end)) {
          return first.substring(0, 3) + " " + line.substring(4);
        }
      }
      throw new IOException("connection closed in a multi-line reply");
    }
    return first;
  }

  private static void expect(String reply, int kind) throws IOException {
    if (reply.isEmpty() || reply.charAt(0) != (char) ('0' + kind)) {
      throw new IOException("unexpected reply: " + reply);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      send("QUIT");
      reply();
    } finally {
      control.close();
    }
  }
}
