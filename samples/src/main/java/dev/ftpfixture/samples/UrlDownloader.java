package dev.ftpfixture.samples;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.time.Duration;

/** Downloads with nothing but the JDK: {@code ftp://user:password@host:port/path}. */
public final class UrlDownloader {

  private final Duration timeout;

  public UrlDownloader(Duration timeout) {
    this.timeout = timeout;
  }

  public byte[] download(String url) throws IOException {
    URLConnection connection = new URL(url).openConnection();
    connection.setConnectTimeout((int) timeout.toMillis());
    connection.setReadTimeout((int) timeout.toMillis());
    try (InputStream in = connection.getInputStream()) {
      return in.readAllBytes();
    }
  }
}
