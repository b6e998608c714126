package dev.ftpfixture.junit5;

import dev.ftpfixture.FtpServer;
import dev.ftpfixture.Personality;
import dev.ftpfixture.Tls;
import dev.ftpfixture.User;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * How to start a server, from {@link FtpServerTest} or the builder: one place that maps options
 * to {@link FtpServer.Builder} calls, so an option is added here once for both.
 *
 * @param anonymous the anonymous account, or null when anonymous login is off
 * @param port 0 for a free port
 * @param passivePorts {@code "FROM-TO"}, or blank for any free port
 * @param dataTimeout null for the server's default (as are the other nulls and zeros)
 * @param tls FTPS, or null for plain FTP
 * @param where what configured it, for error messages
 */
record ServerConfig(
    List<User> users,
    User anonymous,
    String host,
    int port,
    String passivePorts,
    Duration dataTimeout,
    Duration idleTimeout,
    boolean foreignDataAddresses,
    int maxLineLength,
    int journalCapacity,
    String greeting,
    Tls tls,
    Lifecycle lifecycle,
    List<Seeding.Seed> seeds,
    Personality personality,
    String where) {

  static ServerConfig from(FtpServerTest a, Class<?> declaredOn) {
    String where = "@FtpServerTest on " + declaredOn.getName();
    List<User> users = new ArrayList<>();
    for (FtpUser u : a.users()) {
      try {
        User user = User.of(u.name(), u.password()).withHome(u.home());
        user = u.readOnly() ? user.readOnly() : user;
        users.add(u.jailed() ? user.jailed() : user);
      } catch (IllegalArgumentException e) {
        throw new ExtensionConfigurationException(where + ": @FtpUser(name = \"" + u.name()
            + "\"): " + e.getMessage(), e);
      }
    }
    ServerConfig config = new ServerConfig(List.copyOf(users),
        a.anonymous() ? defaultAnonymous() : null, a.host(), a.port(), a.passivePorts(),
        millis(a.dataTimeoutMillis()), millis(a.idleTimeoutMillis()),
        a.allowForeignDataAddresses(), a.maxLineLength(), a.journalCapacity(), a.greeting(),
        tls(a.tls()), a.lifecycle(), List.of(), a.personality().personality(), where);
    config.builder(); // fails now, naming the annotation, rather than in every test
    return config;
  }

  private static Tls tls(TlsMode mode) {
    return switch (mode) {
      case NONE -> null;
      case EXPLICIT -> Tls.explicit();
      case EXPLICIT_REQUIRED -> Tls.explicit().required();
      case IMPLICIT -> Tls.implicit();
    };
  }

  static User defaultAnonymous() {
    return User.of(User.ANONYMOUS, "").readOnly();
  }

  private static Duration millis(long millis) {
    return millis == 0 ? null : Duration.ofMillis(millis);
  }

  boolean perClass() {
    return lifecycle == Lifecycle.PER_CLASS;
  }

  /** A server builder with every option applied; bad values fail naming {@link #where}. */
  FtpServer.Builder builder() {
    try {
      FtpServer.Builder builder = FtpServer.builder().host(host).port(port)
          .allowForeignDataAddresses(foreignDataAddresses)
          .personality(personality);
      users.forEach(builder::user);
      if (anonymous != null) {
        builder.anonymous(anonymous);
      }
      if (!passivePorts.isBlank()) {
        String[] range = passivePorts.split("-", 2);
        try {
          int from = Integer.parseInt(range[0].strip());
          builder.passivePorts(from, range.length == 1 ? from : Integer.parseInt(range[1].strip()));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("passivePorts must be \"FROM-TO\": " + passivePorts, e);
        }
      }
      if (dataTimeout != null) {
        builder.dataTimeout(dataTimeout);
      }
      if (idleTimeout != null) {
        builder.idleTimeout(idleTimeout);
      }
      if (maxLineLength != 0) {
        builder.maxLineLength(maxLineLength);
      }
      if (journalCapacity != 0) {
        builder.journalCapacity(journalCapacity);
      }
      if (!greeting.isEmpty()) {
        builder.greeting(greeting);
      }
      if (tls != null) {
        builder.tls(tls);
      }
      return builder;
    } catch (IllegalArgumentException e) {
      throw new ExtensionConfigurationException(where + ": " + e.getMessage(), e);
    }
  }

  FtpServer start() {
    FtpServer.Builder builder = builder();
    try {
      return builder.start();
    } catch (UncheckedIOException e) {
      throw new ExtensionConfigurationException(where + ": " + e.getCause().getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new ExtensionConfigurationException(where + ": " + e.getMessage(), e); // a TLS option
    }
  }
}
