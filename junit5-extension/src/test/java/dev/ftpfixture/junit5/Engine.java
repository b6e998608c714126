package dev.ftpfixture.junit5;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/**
 * Runs an example class through the real Jupiter engine, as a user's build would, with the
 * extension's own JUnit (5.10, 5.14 or 6.x: whichever this module runs on). The example classes
 * are static nested classes, which Surefire does not run by themselves.
 */
final class Engine {

  private Engine() {}

  static EngineExecutionResults run(Class<?> example) {
    return run(example, Map.of());
  }

  static EngineExecutionResults run(Class<?> example, Map<String, String> configuration) {
    EngineTestKit.Builder builder = EngineTestKit.engine("junit-jupiter")
        .configurationParameter("junit.jupiter.execution.parallel.enabled", "false")
        .selectors(selectClass(example));
    configuration.forEach(builder::configurationParameter);
    giveOutputDirectory(builder);
    return builder.execute();
  }

  /**
   * Gives the run a directory for published files, as Surefire or Gradle give a real run: the
   * test kit has none by default, so {@code publishFile} (Jupiter 5.12+) would fail. Set by
   * reflection, by whichever name this JUnit has ({@code outputDirectoryCreator} from 1.14/6.x,
   * {@code outputDirectoryProvider} in 1.12 and 1.13, nothing before).
   */
  private static void giveOutputDirectory(EngineTestKit.Builder builder) {
    String[][] apis = {
        {"outputDirectoryCreator", "org.junit.platform.engine.OutputDirectoryCreator"},
        {"outputDirectoryProvider", "org.junit.platform.engine.reporting.OutputDirectoryProvider"}};
    for (String[] api : apis) {
      Class<?> type;
      Method setter;
      try {
        type = Class.forName(api[1]);
        setter = EngineTestKit.Builder.class.getMethod(api[0], type);
      } catch (ReflectiveOperationException absent) {
        continue;
      }
      try {
        Path root = Files.createTempDirectory(
            Files.createDirectories(Path.of("target", "engine-output")), "run-");
        InvocationHandler directories = (proxy, method, args) -> switch (method.getName()) {
          case "getRootDirectory" -> root;
          case "createOutputDirectory" -> Files.createTempDirectory(root, "test-");
          case "toString" -> "output directories under " + root;
          case "hashCode" -> System.identityHashCode(proxy);
          case "equals" -> proxy == args[0];
          default -> throw new UnsupportedOperationException(method.getName());
        };
        setter.invoke(builder, Proxy.newProxyInstance(type.getClassLoader(),
            new Class<?>[] {type}, directories));
        return;
      } catch (IOException | ReflectiveOperationException e) {
        throw new IllegalStateException("cannot give the test kit an output directory", e);
      }
    }
  }

  /** The key-value pairs of every report entry published. */
  static List<Map<String, String>> reportEntries(Events events) {
    return events.reportingEntryPublished().stream()
        .map(e -> e.getPayload(ReportEntry.class).orElseThrow().getKeyValuePairs())
        .toList();
  }

  /**
   * The files published with {@code publishFile} (Jupiter 5.12 and later), read by name because
   * these tests also compile against 5.10, which has no file entries.
   */
  static List<Path> publishedFiles(Events events) {
    List<Path> files = new ArrayList<>();
    for (Event event : events.list()) {
      if (!event.getType().name().equals("FILE_ENTRY_PUBLISHED")) {
        continue;
      }
      Object entry = event.getPayload().orElseThrow();
      try {
        files.add((Path) entry.getClass().getMethod("getPath").invoke(entry));
      } catch (ReflectiveOperationException e) {
        throw new AssertionError("a file entry without getPath(): " + entry, e);
      }
    }
    return files;
  }

  /** Whether this JUnit lets extensions attach files to a test (5.12 and later). */
  static boolean jupiterPublishesFiles() {
    try {
      Class.forName("org.junit.jupiter.api.extension.MediaType");
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  /** The messages of every failure (tests and containers). */
  static List<String> failureMessages(Events events) {
    List<String> messages = new ArrayList<>();
    for (Event event : events.failed().list()) {
      event.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable)
          .ifPresent(t -> messages.add(String.valueOf(t.getMessage())));
    }
    return messages;
  }

  private static final Pattern LISTENER = Pattern.compile("ftpfixture-(\\d+)-listener");

  /**
   * The ports of servers still listening on {@code host}: for each listener thread alive, a
   * connection attempt to that port on {@code host}. Each test that looks for leaks binds its
   * example to a loopback address of its own (127.0.0.7x), so other tests' servers never answer.
   */
  static List<Integer> serversListeningOn(String host) {
    List<Integer> alive = new ArrayList<>();
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      Matcher m = LISTENER.matcher(thread.getName());
      if (!m.matches() || !thread.isAlive()) {
        continue;
      }
      int port = Integer.parseInt(m.group(1));
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress(host, port), 1_000);
        alive.add(port);
      } catch (IOException refused) {
        // not a server on this host
      }
    }
    return alive;
  }
}
