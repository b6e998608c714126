package dev.ftpfixture.benchmarks;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The least an FTP server can do for the measured clients: greeting, login, PWD, TYPE, PASV,
 * STOR, RETR, NOOP, QUIT, on plain blocking sockets with TCP_NODELAY, a thread per session and
 * transfers on the session thread. No checks, no journal, no listing. In memory it is the limit of
 * this machine; over Jimfs (made per start, as ftpfixture does) it is the floor of any server
 * built like ftpfixture.
 */
final class MiniFtpServer implements Contestant.Server {

  private static final int BUFFER = 64 * 1024;

  /** Where the files go. */
  private interface Store {
    void write(String name, InputStream in) throws IOException;

    void read(String name, OutputStream out) throws IOException;

    void close() throws IOException;
  }

  private final ServerSocket listener;
  private final Store store;
  private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
  private final Set<Thread> threads = ConcurrentHashMap.newKeySet();
  private volatile boolean closed;

  private MiniFtpServer(Store store) throws IOException {
    this.store = store;
    this.listener = new ServerSocket();
    listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
    start(this::acceptLoop);
  }

  static MiniFtpServer inMemory() throws IOException {
    Map<String, Chunks> files = new ConcurrentHashMap<>();
    return new MiniFtpServer(new Store() {
      @Override
      public void write(String name, InputStream in) throws IOException {
        files.put(name, Chunks.readFrom(in));
      }

      @Override
      public void read(String name, OutputStream out) throws IOException {
        Chunks chunks = files.get(name);
        if (chunks == null) {
          throw new IOException("no such file: " + name);
        }
        chunks.writeTo(out);
      }

      @Override
      public void close() {
        files.clear();
      }
    });
  }

  static MiniFtpServer onJimfs() throws IOException {
    FileSystem fs = newJimfs();
    return new MiniFtpServer(new Store() {
      @Override
      public void write(String name, InputStream in) throws IOException {
        try (OutputStream out = Files.newOutputStream(fs.getPath("/" + name))) {
          copy(in, out);
        }
      }

      @Override
      public void read(String name, OutputStream out) throws IOException {
        try (InputStream in = Files.newInputStream(fs.getPath("/" + name))) {
          copy(in, out);
        }
      }

      @Override
      public void close() throws IOException {
        fs.close();
      }
    });
  }

  /** The Jimfs set-up ftpfixture uses, so that raw-jimfs pays what ftpfixture pays. */
  static FileSystem newJimfs() {
    Configuration config = Configuration.unix().toBuilder()
        .setAttributeViews("basic", "owner", "posix", "unix")
        .setDefaultAttributeValue("owner:owner", "ftp")
        .setDefaultAttributeValue("posix:group", "ftp")
        .setWorkingDirectory("/")
        .build();
    return Jimfs.newFileSystem(config);
  }

  static void copy(InputStream in, OutputStream out) throws IOException {
    byte[] buffer = new byte[BUFFER];
    for (int n; (n = in.read(buffer)) >= 0; ) {
      out.write(buffer, 0, n);
    }
  }

  /** Bytes in 64 KiB pieces: stored without the copies a growing array would cost. */
  static final class Chunks {
    private final List<byte[]> pieces = new ArrayList<>();
    private long size;

    static Chunks readFrom(InputStream in) throws IOException {
      Chunks chunks = new Chunks();
      while (true) {
        byte[] piece = new byte[BUFFER];
        int filled = in.readNBytes(piece, 0, piece.length);
        if (filled > 0) {
          chunks.pieces.add(filled == piece.length ? piece : java.util.Arrays.copyOf(piece, filled));
          chunks.size += filled;
        }
        if (filled < piece.length) {
          return chunks;
        }
      }
    }

    void writeTo(OutputStream out) throws IOException {
      for (byte[] piece : pieces) {
        out.write(piece);
      }
      out.flush();
    }

    byte[] toArray() {
      byte[] all = new byte[Math.toIntExact(size)];
      int at = 0;
      for (byte[] piece : pieces) {
        System.arraycopy(piece, 0, all, at, piece.length);
        at += piece.length;
      }
      return all;
    }
  }

  private void start(Runnable body) {
    Thread thread = new Thread(() -> {
      try {
        body.run();
      } finally {
        threads.remove(Thread.currentThread());
      }
    }, "mini-ftp");
    thread.setDaemon(true);
    threads.add(thread);
    thread.start();
  }

  private void acceptLoop() {
    while (!closed) {
      Socket socket;
      try {
        socket = listener.accept();
      } catch (IOException e) {
        return;
      }
      sockets.add(socket);
      start(() -> session(socket));
    }
  }

  private void session(Socket socket) {
    ServerSocket passive = null;
    try (socket) {
      socket.setTcpNoDelay(true);
      BufferedReader in = new BufferedReader(
          new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
      OutputStream out = socket.getOutputStream();
      reply(out, "220 mini ready.");
      for (String line; (line = in.readLine()) != null; ) {
        int space = line.indexOf(' ');
        String verb = (space < 0 ? line : line.substring(0, space)).toUpperCase(Locale.ROOT);
        String arg = space < 0 ? "" : line.substring(space + 1);
        switch (verb) {
          case "USER" -> reply(out, "331 Password.");
          case "PASS" -> reply(out, "230 Logged in.");
          case "PWD", "XPWD" -> reply(out, "257 \"/\"");
          case "TYPE" -> reply(out, "200 Type set.");
          case "NOOP" -> reply(out, "200 OK.");
          case "PASV", "EPSV" -> {
            if (passive != null) {
              passive.close();
            }
            passive = new ServerSocket(0, 1, socket.getLocalAddress());
            int port = passive.getLocalPort();
            reply(out, verb.equals("EPSV") ? "229 Entering Extended Passive Mode (|||" + port + "|)"
                : "227 Entering Passive Mode (127,0,0,1," + (port >> 8) + "," + (port & 255) + ")");
          }
          case "STOR", "RETR" -> {
            if (passive == null) {
              reply(out, "425 Use PASV first.");
              continue;
            }
            reply(out, "150 Opening BINARY mode data connection.");
            try (ServerSocket p = passive; Socket data = p.accept()) {
              passive = null;
              data.setTcpNoDelay(true);
              if (verb.equals("STOR")) {
                store.write(arg, data.getInputStream());
              } else {
                OutputStream dataOut = data.getOutputStream();
                store.read(arg, dataOut);
                dataOut.flush();
              }
            } catch (IOException e) {
              reply(out, "426 Transfer failed: " + e.getMessage());
              continue;
            }
            reply(out, "226 Transfer complete.");
          }
          case "QUIT" -> {
            reply(out, "221 Bye.");
            return;
          }
          default -> reply(out, "502 Not implemented.");
        }
      }
    } catch (IOException e) {
      // client gone
    } finally {
      sockets.remove(socket);
      if (passive != null) {
        try {
          passive.close();
        } catch (IOException ignored) {
          // closing anyway
        }
      }
    }
  }

  private static void reply(OutputStream out, String text) throws IOException {
    out.write((text + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
  }

  @Override
  public int port() {
    return listener.getLocalPort();
  }

  @Override
  public void seed(String name, byte[] content) throws IOException {
    store.write(name, new java.io.ByteArrayInputStream(content));
  }

  @Override
  public void mkdir(String name) {
    throw new UnsupportedOperationException("the raw responder has no directories");
  }

  @Override
  public byte[] read(String name) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    store.read(name, out);
    return out.toByteArray();
  }

  @Override
  public void close() throws Exception {
    closed = true;
    listener.close();
    for (Socket s : sockets) {
      s.close();
    }
    for (Thread t : List.copyOf(threads)) {
      t.join(5_000);
    }
    store.close();
  }
}
