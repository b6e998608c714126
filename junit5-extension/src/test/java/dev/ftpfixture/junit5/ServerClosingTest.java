package dev.ftpfixture.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ftpfixture.FtpServer;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.Events;

/**
 * Every server is closed when its scope ends, even when a seed failed, and a bad seed fails the
 * test with a message naming the annotation and the path. Each example listens on a loopback
 * address of its own, so that a server left running would be found there.
 */
@Timeout(60)
class ServerClosingTest {

  private static final String AUTOCLOSE = "junit.jupiter.extensions.store.close.autocloseable.enabled";

  @FtpServerTest(host = "127.0.0.71")
  @FtpFile(path = "/a.txt", resource = "no/such/resource")
  static class ClassSeedFails {
    @Test
    void neverRuns() {}
  }

  @FtpServerTest(host = "127.0.0.72")
  static class MethodSeedFails {
    @Test
    @FtpSeed(value = "classpath:no-such-dir/", target = "/in")
    void neverRuns() {}
  }

  @FtpServerTest(host = "127.0.0.73", lifecycle = Lifecycle.PER_CLASS)
  @FtpFile(path = "/a.txt", resource = "no/such/resource")
  static class PerClassSeedFails {
    @Test
    void neverRuns() {}
  }

  static class BuilderSeedFails {
    @RegisterExtension
    static FtpServerExtension ftp = FtpServerExtension.builder().host("127.0.0.74")
        .fileFromResource("/a.bin", "no/such/resource").perClass().build();

    @Test
    void neverRuns() {}
  }

  @FtpServerTest(host = "127.0.0.75")
  static class PerMethodWithoutStoreAutoClose {
    @Test
    void runs(FtpServer ftp) {
      assertThat(ftp.isRunning()).isTrue();
    }
  }

  @FtpServerTest(host = "127.0.0.76", lifecycle = Lifecycle.PER_CLASS)
  static class PerClassWithoutStoreAutoClose {
    @Test
    void runs(FtpServer ftp) {
      assertThat(ftp.isRunning()).isTrue();
    }
  }

  @Test
  void aFailingClassSeedFailsEachTestNamingItAndClosesTheServer() {
    Events tests = Engine.run(ClassSeedFails.class).testEvents();

    tests.assertStatistics(stats -> stats.failed(1));
    assertThat(Engine.failureMessages(tests)).singleElement().asString()
        .contains("@FtpFile(path = \"/a.txt\", resource = \"no/such/resource\") on "
            + ClassSeedFails.class.getName())
        .contains("no class-path resource no/such/resource");
    assertThat(Engine.serversListeningOn("127.0.0.71")).isEmpty();
  }

  @Test
  void aFailingMethodSeedFailsTheTestNamingItAndClosesTheServer() {
    Events tests = Engine.run(MethodSeedFails.class).testEvents();

    assertThat(Engine.failureMessages(tests)).singleElement().asString()
        .contains("@FtpSeed(value = \"classpath:no-such-dir/\", target = \"/in\") on "
            + MethodSeedFails.class.getName() + ".neverRuns()");
    assertThat(Engine.serversListeningOn("127.0.0.72")).isEmpty();
  }

  @Test
  void aFailingSeedOfAPerClassServerFailsTheClassAndClosesTheServer() {
    Events all = Engine.run(PerClassSeedFails.class).allEvents();

    assertThat(Engine.failureMessages(all)).anySatisfy(message -> assertThat(message)
        .contains("@FtpFile(path = \"/a.txt\", resource = \"no/such/resource\")"));
    assertThat(Engine.serversListeningOn("127.0.0.73")).isEmpty();
  }

  @Test
  void aFailingBuilderSeedNamesTheBuilderCallAndClosesTheServer() {
    Events all = Engine.run(BuilderSeedFails.class).allEvents();

    assertThat(Engine.failureMessages(all)).anySatisfy(message -> assertThat(message)
        .contains("fileFromResource(\"/a.bin\", \"no/such/resource\")")
        .contains("no class-path resource no/such/resource"));
    assertThat(Engine.serversListeningOn("127.0.0.74")).isEmpty();
  }

  @Test
  void serversAreClosedWhenJUnitIsToldNotToCloseAutoCloseables() {
    Engine.run(PerMethodWithoutStoreAutoClose.class, Map.of(AUTOCLOSE, "false")).testEvents()
        .assertStatistics(stats -> stats.succeeded(1));
    Engine.run(PerClassWithoutStoreAutoClose.class, Map.of(AUTOCLOSE, "false")).testEvents()
        .assertStatistics(stats -> stats.succeeded(1));

    assertThat(Engine.serversListeningOn("127.0.0.75")).isEmpty();
    assertThat(Engine.serversListeningOn("127.0.0.76")).isEmpty();
  }

  @Test
  void theLeakProbeFindsARunningServer() {
    try (FtpServer running = FtpServer.builder().host("127.0.0.77").start()) {
      assertThat(Engine.serversListeningOn("127.0.0.77")).containsExactly(running.port());
    }
    assertThat(Engine.serversListeningOn("127.0.0.77")).isEmpty();
  }
}
