package dev.ftpfixture.benchmarks;

import java.io.IOException;
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

/**
 * Apache FtpServer embedded as PEERS.md describes: 127.0.0.1 for control and data, a temp
 * directory as home, 64 logins allowed (its default of 10 refuses the 11th client), no delay
 * after a failed login.
 */
final class ApacheServer {

  private ApacheServer() {}

  static Contestant.Server start() throws Exception {
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
    return new Contestant.Server() {
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
