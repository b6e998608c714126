package dev.ftpfixture.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * The same bytes over a plain loopback socket, no FTP: what this machine can move. One
 * connection per copy, as FTP opens one data connection per transfer. The first byte says the
 * way: {@code 'S'} sends the rest to the server (which answers one byte once it holds all of
 * it), {@code 'R'} asks the server for what it holds.
 */
final class PlainCopy implements AutoCloseable {

  private final ServerSocket listener;
  private final Thread thread;
  private final byte[] held;
  private volatile int size;

  PlainCopy(byte[] initial) throws IOException {
    held = initial.clone();
    size = held.length;
    listener = new ServerSocket();
    listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    thread = new Thread(this::serve, "plain-copy");
    thread.setDaemon(true);
    thread.start();
  }

  private void serve() {
    while (true) {
      try (Socket s = listener.accept()) {
        s.setTcpNoDelay(true);
        InputStream in = s.getInputStream();
        OutputStream out = s.getOutputStream();
        int op = in.read();
        if (op == 'S') {
          // Into memory that is already there: the least any server can do with the bytes.
          size = in.readNBytes(held, 0, held.length);
          if (in.read() >= 0) {
            throw new IOException("more bytes than the copy server holds");
          }
          out.write(1);
          out.flush();
        } else if (op == 'R') {
          for (int i = 0; i < size; i += Payload.PIECE) {
            out.write(held, i, Math.min(Payload.PIECE, size - i));
          }
          out.flush();
        }
      } catch (IOException e) {
        if (listener.isClosed()) {
          return;
        }
      }
    }
  }

  int port() {
    return listener.getLocalPort();
  }

  /** Sends {@code content}; returns once the server holds all of it. */
  void store(byte[] content) throws IOException {
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port())) {
      s.setTcpNoDelay(true);
      OutputStream out = s.getOutputStream();
      out.write('S');
      Payload.writeInPieces(content, out);
      s.shutdownOutput();
      if (s.getInputStream().read() != 1) {
        throw new IOException("the copy server did not confirm");
      }
    }
  }

  /** Reads what the server holds, checking every byte against {@code expected}. */
  void retrieve(byte[] expected) throws IOException {
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port())) {
      s.setTcpNoDelay(true);
      s.getOutputStream().write('R');
      s.getOutputStream().flush();
      Payload.check(s.getInputStream(), expected);
    }
  }

  byte[] held() {
    return java.util.Arrays.copyOf(held, size);
  }

  @Override
  public void close() throws Exception {
    listener.close();
    thread.join(5_000);
  }
}
