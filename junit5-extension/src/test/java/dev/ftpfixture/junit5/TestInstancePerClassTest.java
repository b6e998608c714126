package dev.ftpfixture.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ftpfixture.FtpServer;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/** With one test instance for the class (JUnit's PER_CLASS), both server lifecycles work. */
@Timeout(60)
class TestInstancePerClassTest {

  @Nested
  @FtpServerTest(lifecycle = Lifecycle.PER_CLASS)
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class WithAPerClassServer {
    private final FtpServer fromConstructor;
    private FtpServer fromBeforeAll;

    WithAPerClassServer(FtpServer server) {
      this.fromConstructor = server;
    }

    @BeforeAll
    void nonStaticBeforeAll(FtpServer server) {
      this.fromBeforeAll = server;
    }

    @Test
    void getsOneServerEverywhere(FtpServer server) {
      assertThat(server).isSameAs(fromConstructor).isSameAs(fromBeforeAll);
    }
  }

  @Nested
  @FtpServerTest
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class WithPerMethodServers {
    @FtpInject FtpServer field;
    private final Set<Integer> ports = new HashSet<>();

    @Test
    void one(FtpServer server) {
      assertThat(field).isSameAs(server);
      ports.add(server.port());
    }

    @Test
    void two(FtpServer server) {
      assertThat(field).isSameAs(server);
      ports.add(server.port());
    }

    @AfterAll
    void eachTestHadItsOwn() {
      assertThat(ports).hasSize(2);
    }
  }
}
