package dev.ftpfixture.junit5;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
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
    return builder.execute();
  }

  /** The key-value pairs of every report entry published. */
  static List<Map<String, String>> reportEntries(Events events) {
    return events.reportingEntryPublished().stream()
        .map(e -> e.getPayload(ReportEntry.class).orElseThrow().getKeyValuePairs())
        .toList();
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
