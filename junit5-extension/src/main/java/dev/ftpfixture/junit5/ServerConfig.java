package dev.ftpfixture.junit5;

import dev.ftpfixture.FtpServer;
import dev.ftpfixture.Tls;
import dev.ftpfixture.User;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/** Everything needed to start a server the way a test asked, from annotations or the builder. */
record ServerConfig(
    List<User> users,
    boolean anonymous,
    String host,
    String passivePorts,
    Duration dataTimeout,
    Duration idleTimeout,
    boolean foreignDataAddresses,
    Tls tls,
    Lifecycle lifecycle,
    List<Seeding.Seed> seeds) {

  static ServerConfig from(FtpServerTest a, Class<?> declaredOn) {
    List<User> users = new java.util.ArrayList<>();
    for (FtpUser u : a.users()) {
      String where = declaredOn.getName() + " @FtpUser(name = \"" + u.name() + "\")";
      User user;
      try {
        user = User.of(u.name(), u.password()).withHome(u.home());
      } catch (IllegalArgumentException e) {
        throw new ExtensionConfigurationException(where + ": " + e.getMessage(), e);
      }
      users.add(u.readOnly() ? (u.jailed() ? user.readOnly().jailed() : user.readOnly())
          : (u.jailed() ? user.jailed() : user));
    }
    return new ServerConfig(users, a.anonymous(), a.host(), a.passivePorts(),
        a.dataTimeoutMillis() > 0 ? Duration.ofMillis(a.dataTimeoutMillis()) : null,
        a.idleTimeoutMillis() > 0 ? Duration.ofMillis(a.idleTimeoutMillis()) : null,
        a.allowForeignDataAddresses(), tls(a.tls()), a.lifecycle(), List.of());
  }

  private static Tls tls(TlsMode mode) {
    return switch (mode) {
      case NONE -> null;
      case EXPLICIT -> Tls.explicit();
      case EXPLICIT_REQUIRED -> Tls.explicit().required();
      case IMPLICIT -> Tls.implicit();
    };
  }

  FtpServer start(String where) {
    FtpServer.Builder builder = FtpServer.builder().host(host)
        .allowForeignDataAddresses(foreignDataAddresses);
    users.forEach(builder::user);
    if (anonymous) {
      builder.anonymous();
    }
    try {
      if (!passivePorts.isBlank()) {
        String[] range = passivePorts.split("-", 2);
        int from = Integer.parseInt(range[0].trim());
        builder.passivePorts(from, range.length == 2 ? Integer.parseInt(range[1].trim()) : from);
      }
    } catch (RuntimeException e) {
      throw new ExtensionConfigurationException(where + ": passivePorts must be \"FROM-TO\": "
          + passivePorts, e);
    }
    if (dataTimeout != null) {
      builder.dataTimeout(dataTimeout);
    }
    if (idleTimeout != null) {
      builder.idleTimeout(idleTimeout);
    }
    if (tls != null) {
      builder.tls(tls);
    }
    return builder.start();
  }
}
