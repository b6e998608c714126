package dev.ftpfixture.benchmarks;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dev.ftpfixture.FtpServer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystem;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import org.apache.ftpserver.ConnectionConfigFactory;
import org.apache.ftpserver.DataConnectionConfigurationFactory;
import org.apache.ftpserver.FtpServerFactory;
import org.apache.ftpserver.ftplet.Authority;
import org.apache.ftpserver.listener.Listener;
import org.apache.ftpserver.listener.ListenerFactory;
import org.apache.ftpserver.usermanager.ClearTextPasswordEncryptor;
import org.apache.ftpserver.usermanager.PropertiesUserManagerFactory;
import org.apache.ftpserver.usermanager.impl.BaseUser;
import org.apache.ftpserver.usermanager.impl.ConcurrentLoginPermission;
import org.apache.ftpserver.usermanager.impl.WritePermission;
import org.mockftpserver.fake.FakeFtpServer;
import org.mockftpserver.fake.UserAccount;
import org.mockftpserver.fake.filesystem.DirectoryEntry;
import org.mockftpserver.fake.filesystem.FileEntry;
import org.mockftpserver.fake.filesystem.UnixFakeFileSystem;

/**
 * One of the servers measured side by side. Each starts with user {@code bench}/{@code bench},
 * listening on 127.0.0.1 (MockFtpServer cannot choose: it listens on every interface, and the
 * client still connects to 127.0.0.1), and names files relative to that user's home.
 */
enum Contestant {

  FTPFIXTURE("ftpfixture") {
    @Override
    Server start() {
      FtpServer ftp = FtpServer.builder().user("bench", "bench").start();
      return new Server() {
        @Override
        public int port() {
          return ftp.port();
        }

        @Override
        public void seed(String name, byte[] content) {
          ftp.files().write("/" + name, content);
        }

        @Override
        public void mkdir(String name) {
          ftp.files().createDirectories("/" + name);
        }

        @Override
        public byte[] read(String name) {
          return ftp.files().readBytes("/" + name);
        }

        @Override
        public void close() {
          ftp.close();
        }
      };
    }
  },

  MOCK("MockFtpServer") {
    @Override
    Server start() {
      FakeFtpServer server = new FakeFtpServer();
      server.setServerControlPort(0);
      UnixFakeFileSystem fs = new UnixFakeFileSystem();
      fs.add(new DirectoryEntry("/home"));
      server.setFileSystem(fs);
      server.addUserAccount(new UserAccount("bench", "bench", "/home"));
      server.start();
      return new Server() {
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
  },

  APACHE("Apache FtpServer") {
    @Override
    Server start() throws Exception {
      Path home = Files.createTempDirectory("bench-apache-ftpserver");
      FtpServerFactory factory = new FtpServerFactory();
      ListenerFactory listenerFactory = new ListenerFactory();
      listenerFactory.setServerAddress("127.0.0.1");
      listenerFactory.setPort(0);
      DataConnectionConfigurationFactory data = new DataConnectionConfigurationFactory();
      data.setPassiveAddress("127.0.0.1");
      data.setPassiveExternalAddress("127.0.0.1");
      listenerFactory.setDataConnectionConfiguration(data.createDataConnectionConfiguration());
      Listener listener = listenerFactory.createListener();
      factory.addListener("default", listener);
      // Its defaults would refuse the 11th concurrent login and sleep 500 ms after a bad one.
      ConnectionConfigFactory connections = new ConnectionConfigFactory();
      connections.setMaxLogins(64);
      connections.setMaxThreads(64);
      connections.setLoginFailureDelay(0);
      connections.setAnonymousLoginEnabled(false);
      factory.setConnectionConfig(connections.createConnectionConfig());
      PropertiesUserManagerFactory users = new PropertiesUserManagerFactory();
      users.setPasswordEncryptor(new ClearTextPasswordEncryptor());
      BaseUser user = new BaseUser();
      user.setName("bench");
      user.setPassword("bench");
      user.setHomeDirectory(home.toString());
      user.setAuthorities(List.<Authority>of(new WritePermission(),
          new ConcurrentLoginPermission(64, 64)));
      var userManager = users.createUserManager();
      userManager.save(user);
      factory.setUserManager(userManager);
      org.apache.ftpserver.FtpServer server = factory.createServer();
      server.start();
      return new Server() {
        @Override
        public int port() {
          return listener.getPort();
        }

        @Override
        public void seed(String name, byte[] content) throws IOException {
          Files.write(home.resolve(name), content);
        }

        @Override
        public void mkdir(String name) throws IOException {
          Files.createDirectories(home.resolve(name));
        }

        @Override
        public byte[] read(String name) throws IOException {
          return Files.readAllBytes(home.resolve(name));
        }

        @Override
        public void close() throws IOException {
          server.stop();
          deleteTree(home);
        }
      };
    }
  },

  /** A minimal FTP responder on plain sockets, files in memory: the machine's limit. */
  RAW("raw") {
    @Override
    Server start() throws IOException {
      return MiniFtpServer.inMemory();
    }
  },

  /** The same responder over a Jimfs file system made per start: the floor of a Jimfs server. */
  RAW_JIMFS("raw-jimfs") {
    @Override
    Server start() throws IOException {
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

  boolean isPeer() {
    return PEERS.contains(this);
  }

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

  /** The Jimfs set-up ftpfixture uses, so raw-jimfs pays what ftpfixture pays. */
  static FileSystem newJimfs() {
    Configuration config = Configuration.unix().toBuilder()
        .setAttributeViews("basic", "owner", "posix", "unix")
        .setDefaultAttributeValue("owner:owner", "ftp")
        .setDefaultAttributeValue("posix:group", "ftp")
        .setWorkingDirectory("/")
        .build();
    return Jimfs.newFileSystem(config);
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
        Files.delete(dir);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
