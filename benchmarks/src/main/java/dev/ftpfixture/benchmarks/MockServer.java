package dev.ftpfixture.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import org.mockftpserver.fake.FakeFtpServer;
import org.mockftpserver.fake.UserAccount;
import org.mockftpserver.fake.filesystem.DirectoryEntry;
import org.mockftpserver.fake.filesystem.FileEntry;
import org.mockftpserver.fake.filesystem.UnixFakeFileSystem;

/** MockFtpServer's FakeFtpServer with one user; home {@code /home} in its Unix file system. */
final class MockServer {

  private MockServer() {}

  static Contestant.Server start() {
    FakeFtpServer server = new FakeFtpServer();
    server.setServerControlPort(0);
    UnixFakeFileSystem fs = new UnixFakeFileSystem();
    fs.add(new DirectoryEntry("/home"));
    server.setFileSystem(fs);
    server.addUserAccount(new UserAccount("bench", "bench", "/home"));
    server.start();
    return new Contestant.Server() {
      @Override
      public int port() {
        return server.getServerControlPort();
      }

      @Override
      public void seed(String name, byte[] content) {
        FileEntry entry = new FileEntry("/home/" + name);
        entry.setContents(content);
        fs.add(entry);
      }

      @Override
      public void mkdir(String name) {
        fs.add(new DirectoryEntry("/home/" + name));
      }

      @Override
      public byte[] read(String name) throws IOException {
        try (InputStream in = ((FileEntry) fs.getEntry("/home/" + name)).createInputStream()) {
          return in.readAllBytes();
        }
      }

      @Override
      public void close() {
        server.stop();
      }
    };
  }
}
