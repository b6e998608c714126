package dev.ftpfixture.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ftpfixture.FtpServer;
import java.io.File;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.Timeout;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Commons Net is optional: the extension, and a test that uses it, run in a class loader that
 * has this module's whole test class path except Commons Net.
 */
@Timeout(60)
class WithoutCommonsNetTest {

  /** Runs in the class loader without Commons Net; it names no Commons Net type. */
  @FtpServerTest
  @FtpFile(path = "/a.txt", content = "hello")
  public static class Example {
    @FtpInject FtpConnection connection;

    /** TestInfo makes the extension ask itself whether it resolves a type it does not know. */
    @Test
    void theExtensionServesFilesAndInjects(FtpServer ftp, TestInfo info) throws Exception {
      try (InputStream in = new URL(ftp.url("/a.txt")).openStream()) {
        assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("hello");
      }
      assertThat(connection.port()).isEqualTo(ftp.port());
    }

    @Test
    void commonsNetIsReallyAbsent() {
      assertThatThrownBy(() -> Class.forName("org.apache.commons.net.ftp.FTPClient"))
          .isInstanceOf(ClassNotFoundException.class);
    }
  }

  /** Loaded in the isolated class loader: runs the example there and sums up what happened. */
  public static final class IsolatedRun {
    public static String run(String exampleClass) throws ClassNotFoundException {
      var tests = EngineTestKit.engine("junit-jupiter")
          .configurationParameter("junit.jupiter.execution.parallel.enabled", "false")
          .selectors(org.junit.platform.engine.discovery.DiscoverySelectors.selectClass(
              Class.forName(exampleClass)))
          .execute().allEvents();
      return tests.succeeded().count() + " succeeded, " + tests.failed().count() + " failed"
          + Engine.failureMessages(tests);
    }
  }

  @Test
  void theExtensionRunsWithoutCommonsNetOnTheClassPath() throws Exception {
    List<URL> urls = new ArrayList<>();
    String classPath = System.getProperty("surefire.test.class.path",
        System.getProperty("java.class.path"));
    for (String entry : classPath.split(File.pathSeparator)) {
      if (!entry.isBlank() && !new File(entry).getName().startsWith("commons-net")) {
        urls.add(new File(entry).toURI().toURL());
      }
    }
    assertThat(urls).as("the test class path").hasSizeGreaterThan(5);

    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    try (URLClassLoader isolated = new URLClassLoader(urls.toArray(URL[]::new),
        ClassLoader.getPlatformClassLoader())) {
      assertThatThrownBy(() -> isolated.loadClass("org.apache.commons.net.ftp.FTPClient"))
          .isInstanceOf(ClassNotFoundException.class);
      thread.setContextClassLoader(isolated);
      Object summary = isolated.loadClass(IsolatedRun.class.getName())
          .getMethod("run", String.class).invoke(null, Example.class.getName());
      // engine, class and two tests
      assertThat(summary).isEqualTo("4 succeeded, 0 failed[]");
    } finally {
      thread.setContextClassLoader(previous);
    }
  }
}
