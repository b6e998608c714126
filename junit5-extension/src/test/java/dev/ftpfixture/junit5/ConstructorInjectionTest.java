package dev.ftpfixture.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ftpfixture.FtpServer;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.platform.testkit.engine.Events;

/**
 * Constructors get the server of their class's context. A per-class server works there; a
 * per-method one does not exist yet when JUnit resolves a constructor with the class's context,
 * which it does by default on every JUnit from 5.10 to 6.x.
 */
@Timeout(60)
class ConstructorInjectionTest {

  private static final String SCOPE =
      "junit.jupiter.extensions.testinstantiation.extensioncontextscope.default";

  @FtpServerTest
  static class PerMethodExample {
    private final FtpServer fromConstructor;

    PerMethodExample(FtpServer server) {
      this.fromConstructor = server;
    }

    @Test
    void seesItsOwnServer(FtpServer server) {
      assertThat(fromConstructor).isSameAs(server);
    }
  }

  /**
   * If this fails, JUnit now gives constructors the test method's context by default (as its
   * Javadoc announces): the per-method constructor case works, and the README should say so.
   */
  @Test
  void aPerMethodServerInAConstructorFailsByDefaultWithAClearMessage() {
    Events tests = Engine.run(PerMethodExample.class).testEvents();

    assertThat(Engine.failureMessages(tests)).singleElement().asString()
        .contains("PerMethodExample(dev.ftpfixture.FtpServer)")
        .contains("the server is per test method")
        .contains("lifecycle = PER_CLASS")
        .contains(SCOPE);
  }

  @Test
  void withTestMethodScopeAConstructorGetsTheTestsOwnServer() {
    assumeTrue(jupiterHasInstantiationScopes(), "the scope parameter exists from Jupiter 5.12");

    Engine.run(PerMethodExample.class, Map.of(SCOPE, "test_method")).testEvents()
        .assertStatistics(stats -> stats.succeeded(1));
  }

  private static boolean jupiterHasInstantiationScopes() {
    try {
      Class.forName("org.junit.jupiter.api.extension.TestInstantiationAwareExtension");
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
