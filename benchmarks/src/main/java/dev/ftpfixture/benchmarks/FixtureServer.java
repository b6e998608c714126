package dev.ftpfixture.benchmarks;

import dev.ftpfixture.FtpServer;

/** ftpfixture as a contestant; its own class, so that other contestants never load it. */
final class FixtureServer {

  private FixtureServer() {}

  static Contestant.Server start() {
    FtpServer ftp = FtpServer.builder().user("bench", "bench").start();
    return new Contestant.Server() {
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
}
