package dev.ftpfixture.benchmarks;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.ftpfixture.FtpServer;
import dev.ftpfixture.junit5.FtpServerTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * Measure 8: N test methods through the JUnit Platform Launcher, each with a fresh server from
 * {@code @FtpServerTest}, against the same N without the extension. Every invocation of the
 * template is a test method with its own lifecycle (before/after-each callbacks, its own store),
 * exactly what a class of N {@code @Test} methods gets.
 */
final class ExtensionBench {

  static final String COUNT = "ftpfixture.bench.tests";

  /** One run of a class: its wall time and each test's own duration. */
  record Run(double wallMillis, List<Double> perTestMillis) {}

  private ExtensionBench() {}

  static Run run(Class<?> testClass, int tests) {
    LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
        .selectors(selectClass(testClass))
        .configurationParameter(COUNT, Integer.toString(tests))
        // Sequential, like a class without @Execution(CONCURRENT): per-test cost, not overlap.
        .configurationParameter("junit.jupiter.execution.parallel.enabled", "false")
        .build();
    Launcher launcher = LauncherFactory.create();
    SummaryGeneratingListener summary = new SummaryGeneratingListener();
    Timing timing = new Timing();
    long start = System.nanoTime();
    launcher.execute(request, summary, timing);
    double wall = (System.nanoTime() - start) / 1e6;
    var s = summary.getSummary();
    if (s.getTestsSucceededCount() != tests || s.getTotalFailureCount() != 0) {
      StringBuilder why = new StringBuilder();
      s.getFailures().stream().limit(3).forEach(f -> why.append("\n  ").append(f.getException()));
      throw new IllegalStateException(testClass.getSimpleName() + ": "
          + s.getTestsSucceededCount() + " of " + tests + " tests passed" + why);
    }
    return new Run(wall, timing.durations);
  }

  /** Each test's time from its start to its end event (the extension's callbacks inside). */
  private static final class Timing implements TestExecutionListener {
    private final Map<String, Long> started = new ConcurrentHashMap<>();
    final List<Double> durations = new ArrayList<>();

    @Override
    public void executionStarted(TestIdentifier id) {
      if (id.isTest()) {
        started.put(id.getUniqueId(), System.nanoTime());
      }
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
      Long t = started.remove(id.getUniqueId());
      if (t != null) {
        synchronized (durations) {
          durations.add((System.nanoTime() - t) / 1e6);
        }
      }
    }
  }

  /** Invokes the template as many times as the launcher's configuration says. */
  static final class Repeat implements TestTemplateInvocationContextProvider {
    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
      return true;
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(
        ExtensionContext context) {
      int n = context.getConfigurationParameter(COUNT).map(Integer::parseInt).orElse(1);
      return IntStream.rangeClosed(1, n).mapToObj(i -> new TestTemplateInvocationContext() {
        @Override
        public String getDisplayName(int invocationIndex) {
          return "test " + invocationIndex;
        }
      });
    }
  }

  /** N tests, each given a fresh server by the extension. */
  @FtpServerTest
  static class WithExtension {
    @TestTemplate
    @ExtendWith(Repeat.class)
    void test(FtpServer ftp) {
      if (!ftp.isRunning() || ftp.port() <= 0) {
        throw new AssertionError("no running server: " + ftp);
      }
    }
  }

  /** The same N tests with nothing: the cost of JUnit itself. */
  static class WithoutExtension {
    @TestTemplate
    @ExtendWith(Repeat.class)
    void test() {
      if (Thread.currentThread().isInterrupted()) {
        throw new AssertionError("interrupted");
      }
    }
  }
}
