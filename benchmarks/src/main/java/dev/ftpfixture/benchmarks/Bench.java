package dev.ftpfixture.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPFile;

/**
 * Measures ftpfixture, MockFtpServer, Apache FtpServer and two raw floors side by side, all
 * driven by Commons Net on 127.0.0.1, and writes {@code results/latest.md} and {@code .json}.
 *
 * <pre>
 * java -jar benchmarks/target/ftpfixture-benchmarks.jar            # full run, a few minutes
 * java -jar benchmarks/target/ftpfixture-benchmarks.jar --quick    # smoke run, under a minute
 *     [--only 2,3,5] [--out DIR] [--no-readme]
 * </pre>
 *
 * <p>Contestants take their samples in turns (the order rotates every round), so that a load
 * that comes and goes on a shared machine touches all of them alike and the ratios stay stable.
 */
public final class Bench {

  private static final int BIG = 64 << 20;
  private static final int SMALL = 1024;
  private static final List<Contestant> ALL = Report.COLUMNS;

  /**
   * How many samples: warm-up rounds, measured rounds, and a time budget per contestant for
   * each (the warm-up's is half the measured one's unless given).
   */
  record Plan(int warmup, int rounds, int minSamples, long budgetMillis, long warmupMillis) {
    Plan(int warmup, int rounds, int minSamples, long budgetMillis) {
      this(warmup, rounds, minSamples, budgetMillis, budgetMillis / 2);
    }

    /** The same plan with a warm-up of its own: rounds, and a time budget per contestant. */
    Plan warmingUp(int rounds, long millis) {
      return new Plan(rounds, this.rounds, minSamples, budgetMillis, millis);
    }
  }

  /** One contestant's set-up for one measure; each sample returns one value per row. */
  interface Trial extends AutoCloseable {
    double[] sample() throws Exception;

    @Override
    default void close() throws Exception {}
  }

  interface TrialFactory {
    Trial open(Contestant c) throws Exception;
  }

  private final boolean quick;
  private final Set<String> only;
  private final List<Row> rows = new ArrayList<>();
  private final byte[] big = Payload.random(BIG, 42);
  private final byte[] small = Payload.random(SMALL, 43);

  private Bench(boolean quick, Set<String> only) {
    this.quick = quick;
    this.only = only;
  }

  public static void main(String[] args) throws Exception {
    quietLoggers();
    boolean quick = false;
    boolean readme = true;
    Path out = null;
    Set<String> only = new LinkedHashSet<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--quick" -> quick = true;
        case "--no-readme" -> readme = false;
        case "--out" -> out = Paths.get(args[++i]);
        case "--only" -> only.addAll(Arrays.asList(args[++i].split(",")));
        default -> {
          System.err.println("usage: [--quick] [--only 1,2,...,9] [--out DIR] [--no-readme]");
          System.exit(2);
        }
      }
    }
    Path module = moduleDirectory();
    if (out == null) {
      out = quick || !only.isEmpty() ? module.resolve("target/results") : module.resolve("results");
    }
    String loadBefore = loadAverage();
    long start = System.nanoTime();
    Bench bench = new Bench(quick, only);
    bench.runAll();
    long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
    Map<String, String> machine = machine(quick, loadBefore, loadAverage(), seconds);
    String md = "# ftpfixture benchmarks\n\n" + Report.markdown(bench.rows, machine);
    Files.createDirectories(out);
    Files.writeString(out.resolve("latest.md"), md);
    Files.writeString(out.resolve("latest.json"), Report.json(bench.rows, machine));
    System.out.println();
    System.out.println(md);
    System.out.println("written: " + out.resolve("latest.md") + ", " + out.resolve("latest.json"));
    if (readme && !quick && only.isEmpty()) {
      updateReadme(module.resolveSibling("README.md"), Report.markdown(bench.rows, machine));
    }
    System.exit(0); // the peers leave non-daemon threads behind
  }

  /** Before any logger exists: the peers' noise would cost time and bury the table. */
  static void quietLoggers() {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    System.setProperty("org.slf4j.simpleLogger.log.org.apache.ftpserver", "off");
    System.setProperty("org.slf4j.simpleLogger.log.org.apache.mina", "off");
    System.setProperty("org.slf4j.simpleLogger.log.org.mockftpserver", "off");
  }

  private boolean selected(String number) {
    return only.isEmpty() || only.contains(number);
  }

  private void runAll() throws Exception {
    if (selected("1")) {
      cold();
    }
    if (selected("2")) {
      warmCycle();
    }
    if (selected("3")) {
      session();
    }
    if (selected("4")) {
      smallRoundTrip();
      smallRoundTripBackToBack();
      smallRoundTripFirsts();
    }
    if (selected("5")) {
      throughput();
    }
    if (selected("6")) {
      listings();
    }
    if (selected("7")) {
      concurrent();
    }
    if (selected("8")) {
      extension();
    }
    if (selected("9")) {
      heap();
    }
  }

  private Plan plan(int warmup, int rounds, long budgetMillis, int quickWarmup, int quickRounds,
      long quickBudget) {
    return quick ? new Plan(quickWarmup, quickRounds, 2, quickBudget)
        : new Plan(warmup, rounds, 5, budgetMillis);
  }

  // ---- the engine ---------------------------------------------------------------------------

  /**
   * Takes samples from each contestant in turns and fills the rows (one per value a sample
   * returns). A contestant that fails is reported with its error and left out of the rest.
   */
  private void measure(List<Row> measured, List<Contestant> who, Plan plan, TrialFactory factory) {
    String title = measured.get(0).number + " " + measured.get(0).title;
    System.out.printf("%s: %s%n", title, plan);
    Map<Contestant, Trial> trials = new EnumMap<>(Contestant.class);
    Map<Contestant, List<double[]>> samples = new EnumMap<>(Contestant.class);
    Map<Contestant, Long> spent = new EnumMap<>(Contestant.class);
    Map<Contestant, Long> warmSpent = new EnumMap<>(Contestant.class);
    for (Contestant c : who) {
      try {
        trials.put(c, factory.open(c));
        samples.put(c, new ArrayList<>());
        spent.put(c, 0L);
        warmSpent.put(c, 0L);
      } catch (Exception e) {
        fail(measured, c, e);
      }
    }
    long budget = TimeUnit.MILLISECONDS.toNanos(plan.budgetMillis());
    long warmBudget = TimeUnit.MILLISECONDS.toNanos(plan.warmupMillis());
    long[] cpuAtStart = null;
    for (int round = -plan.warmup(); round < plan.rounds(); round++) {
      if (round == 0) {
        settle();
        cpuAtStart = cpuTimes();
      }
      List<Contestant> order = new ArrayList<>(trials.keySet());
      if (!order.isEmpty()) {
        java.util.Collections.rotate(order, Math.floorMod(round, order.size()));
      }
      boolean any = false;
      for (Contestant c : order) {
        boolean warming = round < 0;
        if (warming && warmSpent.get(c) > warmBudget) {
          continue;
        }
        if (!warming && samples.get(c).size() >= plan.minSamples() && spent.get(c) > budget) {
          continue;
        }
        any = true;
        long t0 = System.nanoTime();
        try {
          double[] v = trials.get(c).sample();
          long took = System.nanoTime() - t0;
          if (warming) {
            warmSpent.merge(c, took, Long::sum);
          } else {
            samples.get(c).add(v);
            spent.merge(c, took, Long::sum);
          }
        } catch (Exception e) {
          fail(measured, c, e);
          closeQuietly(trials.remove(c));
        }
      }
      if (!any && round >= 0) {
        break;
      }
    }
    double steal = stealPercent(cpuAtStart, cpuTimes());
    for (Row row : measured) {
      row.stealPercent = steal;
    }
    for (Map.Entry<Contestant, Trial> e : trials.entrySet()) {
      closeQuietly(e.getValue());
      List<double[]> taken = samples.get(e.getKey());
      for (int i = 0; i < measured.size(); i++) {
        int index = i;
        List<Double> values = taken.stream().map(v -> v[index]).filter(d -> !Double.isNaN(d))
            .toList();
        if (!values.isEmpty()) {
          Row row = measured.get(i);
          row.stats.put(e.getKey(), Stats.of(values, row.higherIsBetter));
        }
      }
    }
    for (Row row : measured) {
      StringBuilder line = new StringBuilder("  " + row.number + " " + row.title + ":");
      for (Contestant c : who) {
        Stats s = row.stats.get(c);
        line.append(' ').append(c.label).append('=')
            .append(s == null ? row.absent.getOrDefault(c, "-")
                : Report.number(s.median()) + " (n=" + s.n() + ")");
      }
      if (!Double.isNaN(steal)) {
        line.append(String.format(" (CPU steal %.1f%%)", steal));
      }
      System.out.println(line);
    }
    rows.addAll(measured);
  }

  /**
   * Sockets in TIME_WAIT above which the samples wait for some to expire. Each connection leaves
   * one for a minute, and a bind to port 0 searches the ephemeral range past them. With 18,000
   * to 20,000 (of the range's 28,000) a 1 KB round trip took 6 to 7 ms in some runs, raw's and
   * ftpfixture's alike, most of it in the kernel's port search (a perf profile), against 1 to 1.5
   * ms with fewer than 14,000. Otherwise a warm-up of thousands of transfers, or the measures
   * before, would choose the machine that the samples run on.
   */
  private static final int TIME_WAIT_LIMIT = 8_000;

  /** TIME_WAIT lasts 60 s on Linux: a few more and the count has fallen as far as it can. */
  private static final long SETTLE_MILLIS = 65_000;

  /** Before the samples: waits (bounded) until the sockets in TIME_WAIT are below the limit. */
  private static void settle() {
    long t0 = System.nanoTime();
    int count = timeWaits();
    int first = count;
    while (count > TIME_WAIT_LIMIT && millisSince(t0) < SETTLE_MILLIS) {
      try {
        Thread.sleep(500); // a poll on the kernel's count, which falls as sockets expire
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      count = timeWaits();
    }
    if (first > TIME_WAIT_LIMIT) {
      System.out.printf("  waited %.1f s for sockets in TIME_WAIT: %,d, then %,d%n",
          millisSince(t0) / 1e3, first, count);
    }
  }

  /**
   * The machine's CPU time so far ({@code /proc/stat}, first line): its total, then the part
   * the hypervisor gave to other guests (steal); null where unknown.
   */
  static long[] cpuTimes() {
    try (BufferedReader in = Files.newBufferedReader(Paths.get("/proc/stat"))) {
      // "cpu  user nice system idle iowait irq softirq steal guest guest_nice"
      String[] fields = in.readLine().trim().split("\\s+");
      if (fields.length < 9 || !fields[0].equals("cpu")) {
        return null;
      }
      long total = 0;
      for (int i = 1; i <= 8; i++) {
        total += Long.parseLong(fields[i]);
      }
      return new long[] {total, Long.parseLong(fields[8])};
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * The share of the machine's CPU time that went to other guests between two readings: where
   * it is high, every contestant's samples were slowed by something outside the run.
   */
  static double stealPercent(long[] before, long[] after) {
    if (before == null || after == null || after[0] <= before[0]) {
      return Double.NaN;
    }
    return 100.0 * (after[1] - before[1]) / (after[0] - before[0]);
  }

  /** Sockets in TIME_WAIT on this machine (state 06 in /proc/net/tcp*), or 0 where unknown. */
  static int timeWaits() {
    int count = 0;
    for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
      try (BufferedReader in = Files.newBufferedReader(Paths.get(table))) {
        in.readLine(); // the header
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          // "  sl  local_address rem_address   st ...": the state is the fourth field
          String[] fields = line.trim().split("\\s+", 5);
          if (fields.length > 3 && fields[3].equals("06")) {
            count++;
          }
        }
      } catch (IOException | RuntimeException e) {
        // no such table (no IPv6, not Linux): nothing to wait for there
      }
    }
    return count;
  }

  private static void fail(List<Row> measured, Contestant c, Exception e) {
    String message = "failed: " + e.getClass().getSimpleName()
        + (e.getMessage() == null ? "" : ": " + e.getMessage().strip().replace('\n', ' '));
    System.out.println("  " + c.label + " " + message);
    for (Row row : measured) {
      row.absent.put(c, message.replace("|", "/"));
    }
  }

  private static void closeQuietly(AutoCloseable c) {
    if (c == null) {
      return;
    }
    try {
      c.close();
    } catch (Exception e) {
      System.out.println("  closing failed: " + e);
    }
  }

  private static double millisSince(long t0) {
    return (System.nanoTime() - t0) / 1e6;
  }

  private static double mbPerSecond(long bytes, long t0) {
    return bytes / 1e6 / ((System.nanoTime() - t0) / 1e9);
  }

  // ---- 1: cold start ------------------------------------------------------------------------

  private void cold() {
    Row inJvm = new Row("1", "cold", "cold: fresh JVM, first line of main() to first login done",
        "ms", false).bar(Row.vsBestPeer(1.0, 1.0));
    Row process = new Row("1b", "cold-process", "cold: process launch to first login done (JVM"
        + " boot included)", "ms", false);
    measure(List.of(inJvm, process), ALL, plan(1, 8, 30_000, 1, 2, 10_000), c -> () -> {
      long t0 = System.nanoTime();
      AtomicReference<Long> seen = new AtomicReference<>();
      Map<String, Double> results = child("cold", c, List.of(), () -> seen.set(System.nanoTime()));
      return new double[] {results.get("cold_ms"), (seen.get() - t0) / 1e6};
    });
  }

  /**
   * Runs {@link Child} in a fresh JVM with this class path, returns its {@code RESULT} lines.
   * {@code onFirstResult} runs when the first one arrives (for the launch-to-login time).
   */
  private static Map<String, Double> child(String task, Contestant c, List<String> jvmOptions,
      Runnable onFirstResult) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(jvmOptions);
    command.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn");
    command.add("-Dorg.slf4j.simpleLogger.log.org.apache.ftpserver=off");
    command.add("-Dorg.slf4j.simpleLogger.log.org.apache.mina=off");
    command.add("-Dorg.slf4j.simpleLogger.log.org.mockftpserver=off");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Child.class.getName());
    command.add(task);
    command.add(c.name());
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    Map<String, Double> results = new HashMap<>();
    StringBuilder output = new StringBuilder();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
        StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        if (line.startsWith("RESULT ")) {
          if (results.isEmpty()) {
            onFirstResult.run();
          }
          String[] parts = line.split(" ");
          results.put(parts[1], Double.parseDouble(parts[2]));
        } else if (output.length() < 2000) {
          output.append(line).append('\n');
        }
      }
    }
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IOException("child " + task + " " + c + " did not end");
    }
    if (p.exitValue() != 0 || results.isEmpty()) {
      throw new IOException("child " + task + " " + c + " exited " + p.exitValue() + ": " + output);
    }
    return results;
  }

  // ---- 2: warm cycle ------------------------------------------------------------------------

  private void warmCycle() {
    Row row = new Row("2", "warm-cycle", "warm cycle: start, connect, login, QUIT, close", "ms",
        false).bar(Row.vsBestPeer(0.2, 1.2));
    measure(List.of(row), ALL, plan(20, 60, 4_000, 3, 10, 1_000), c -> () -> {
      long t0 = System.nanoTime();
      try (Contestant.Server server = c.start()) {
        Clients.quit(Clients.login(server.port()));
      }
      return new double[] {millisSince(t0)};
    });
  }

  // ---- 3: session ---------------------------------------------------------------------------

  private void session() {
    Row row = new Row("3", "session", "session on a running server: connect, login, PWD, QUIT",
        "ms", false).bar(Row.vsBestPeer(0.5, 1.2));
    measure(List.of(row), ALL, plan(50, 300, 4_000, 5, 20, 1_000), c -> {
      Contestant.Server server = c.start();
      return new Trial() {
        @Override
        public double[] sample() throws Exception {
          long t0 = System.nanoTime();
          FTPClient client = Clients.login(server.port());
          String pwd = client.printWorkingDirectory();
          Clients.quit(client);
          double ms = millisSince(t0);
          if (pwd == null) {
            throw new IOException("PWD failed: " + client.getReplyString());
          }
          return new double[] {ms};
        }

        @Override
        public void close() throws Exception {
          server.close();
        }
      };
    });
    Row noop = new Row("3b", "noop", "one command on a logged-in session: NOOP round trip", "ms",
        false);
    measure(List.of(noop), ALL, plan(200, 1000, 2_000, 20, 100, 500), c -> {
      Contestant.Server server = c.start();
      FTPClient client = Clients.login(server.port());
      return new Trial() {
        @Override
        public double[] sample() throws Exception {
          long t0 = System.nanoTime();
          Clients.require(client.sendNoOp(), client, "NOOP");
          return new double[] {millisSince(t0)};
        }

        @Override
        public void close() throws Exception {
          Clients.quit(client);
          server.close();
        }
      };
    });
  }

  // ---- 4: small round trip ------------------------------------------------------------------

  private void smallRoundTrip() {
    Row total = new Row("4", "small-round-trip", "1 KB STOR then RETR, passive, binary, on one"
        + " logged-in session", "ms", false).bar(Row.atMost(2.0));
    Row stor = new Row("4b", "small-stor", "of which the 1 KB STOR", "ms", false);
    Row retr = new Row("4c", "small-retr", "of which the 1 KB RETR", "ms", false);
    // Warmed up until the JIT has compiled the path: ftpfixture's median after 20, 300, 1,000,
    // 2,000 and 3,000 round trips (sampled 20 ms apart, as when the contestants take turns) was
    // 6.7, 3.6, 2.3, 1.7 and 1.5 ms, raw-jimfs's 2.1 after 20 and 1.2 after 3,000. 4e is the
    // round trip before that.
    Plan plan = plan(20, 200, 5_000, 3, 20, 1_000);
    if (!quick) {
      plan = plan.warmingUp(WARM_ROUND_TRIPS, 6_000);
      total.note("after up to " + String.format("%,d", WARM_ROUND_TRIPS)
          + " round trips or 6 s of warm-up each");
    }
    measure(List.of(total, stor, retr), ALL, plan, c -> {
      Contestant.Server server = c.start();
      FTPClient client = Clients.forTransfers(server.port());
      return new Trial() {
        @Override
        public double[] sample() throws Exception {
          long t0 = System.nanoTime();
          Clients.store(client, "small.bin", small);
          long t1 = System.nanoTime();
          Clients.retrieve(client, "small.bin", small);
          long t2 = System.nanoTime();
          return new double[] {(t2 - t0) / 1e6, (t1 - t0) / 1e6, (t2 - t1) / 1e6};
        }

        @Override
        public void close() throws Exception {
          Payload.requireEqual(server.read("small.bin"), small, c.label + " small.bin");
          Clients.quit(client);
          server.close();
        }
      };
    });
  }

  /**
   * Measure 4 again, with no other server's work between one round trip and the next: the
   * contestants take turns by batches of {@value #BATCH}, and a sample is a batch's median. Set
   * beside 4, it tells what a round trip costs a server that is busy from what it costs one that
   * has sat idle while others ran (threads to wake, caches to refill), which 4 measures.
   */
  private void smallRoundTripBackToBack() {
    Row row = new Row("4d", "small-round-trip-back-to-back", "1 KB STOR then RETR as 4, in"
        + " batches of " + BATCH + " back to back (a sample: a batch's median)", "ms", false);
    measure(List.of(row), List.of(Contestant.FTPFIXTURE, Contestant.RAW, Contestant.RAW_JIMFS),
        plan(40, 120, 6_000, 4, 10, 1_000), c -> {
          Contestant.Server server = c.start();
          FTPClient client = Clients.forTransfers(server.port());
          return new Trial() {
            @Override
            public double[] sample() throws Exception {
              return new double[] {Clients.medianRoundTrip(client, "small.bin", small, BATCH)};
            }

            @Override
            public void close() throws Exception {
              Payload.requireEqual(server.read("small.bin"), small, c.label + " small.bin");
              Clients.quit(client);
              server.close();
            }
          };
        });
  }

  private static final int BATCH = 25;
  private static final int WARM_ROUND_TRIPS = 3_000;

  /**
   * Measure 4 as a short test JVM meets it: the first {@value Child#FIRSTS} round trips of a
   * fresh JVM, whose code is still interpreted or being compiled. 4 warms up first, as its bar
   * asks; this row tells what that warm-up hides.
   */
  private void smallRoundTripFirsts() {
    Row row = new Row("4e", "small-round-trip-fresh-jvm", "1 KB STOR then RETR as 4, the first "
        + Child.FIRSTS + " in a fresh JVM (a sample: their median; one JVM a sample)", "ms", false);
    measure(List.of(row), ALL, plan(0, 3, 60_000, 0, 1, 30_000), c -> () -> new double[] {
        child("firsts", c, List.of(), () -> {}).get("firsts_ms")});
  }

  // ---- 5: throughput ------------------------------------------------------------------------

  private void throughput() {
    Row storRaw = new Row("5c", "stor-64mb-raw-client", "64 MB STOR through a raw-socket client",
        "MB/s", true);
    Row retrRaw = new Row("5d", "retr-64mb-raw-client", "64 MB RETR through a raw-socket client",
        "MB/s", true);
    Row stor = new Row("5", "stor-64mb", "64 MB STOR, binary, passive, 64 KiB buffers", "MB/s",
        true).bar(Row.vsRaw(0.8, storRaw));
    Row retr = new Row("5b", "retr-64mb", "64 MB RETR, binary, passive, 64 KiB buffers", "MB/s",
        true).bar(Row.vsRaw(0.8, retrRaw));
    stor.note("raw: a plain socket copy, no FTP");
    Plan plan = plan(2, 7, 8_000, 1, 2, 3_000);
    measure(List.of(stor, retr), ALL, plan, c -> c == Contestant.RAW ? plainCopy() : new Trial() {
      final Contestant.Server server = c.start();
      final FTPClient client = Clients.forTransfers(server.port());

      @Override
      public double[] sample() throws Exception {
        long t0 = System.nanoTime();
        Clients.store(client, "big.bin", big);
        double up = mbPerSecond(BIG, t0);
        Payload.requireEqual(server.read("big.bin"), big, c.label + " big.bin");
        long t1 = System.nanoTime();
        Clients.retrieve(client, "big.bin", big);
        return new double[] {up, mbPerSecond(BIG, t1)};
      }

      @Override
      public void close() throws Exception {
        Clients.quit(client);
        server.close();
      }
    });
    measure(List.of(storRaw, retrRaw), ALL, plan, c -> c == Contestant.RAW ? plainCopy()
        : new Trial() {
          final Contestant.Server server = c.start();
          final RawFtpClient client = new RawFtpClient(server.port());

          @Override
          public double[] sample() throws Exception {
            long t0 = System.nanoTime();
            client.store("big.bin", big);
            double up = mbPerSecond(BIG, t0);
            Payload.requireEqual(server.read("big.bin"), big, c.label + " big.bin");
            long t1 = System.nanoTime();
            client.retrieve("big.bin", big);
            return new double[] {up, mbPerSecond(BIG, t1)};
          }

          @Override
          public void close() throws Exception {
            client.close();
            server.close();
          }
        });
  }

  private Trial plainCopy() throws IOException {
    PlainCopy copy = new PlainCopy(big);
    return new Trial() {
      @Override
      public double[] sample() throws Exception {
        long t0 = System.nanoTime();
        copy.store(big);
        double up = mbPerSecond(BIG, t0);
        Payload.requireEqual(copy.held(), big, "plain copy");
        long t1 = System.nanoTime();
        copy.retrieve(big);
        return new double[] {up, mbPerSecond(BIG, t1)};
      }

      @Override
      public void close() throws Exception {
        copy.close();
      }
    };
  }

  // ---- 6: listings --------------------------------------------------------------------------

  private void listings() {
    Row list = new Row("6", "list-1000", "LIST of a 1,000-file directory (Commons Net parses it)",
        "ms", false);
    Row mlsd = new Row("6b", "mlsd-1000", "MLSD of the same directory", "ms", false);
    Plan plan = plan(5, 30, 4_000, 2, 5, 1_000);
    TrialFactory factory = c -> new Trial() {
      final Contestant.Server server = seeded(c);
      final FTPClient client = Clients.forTransfers(server.port());

      @Override
      public double[] sample() throws Exception {
        long t0 = System.nanoTime();
        FTPFile[] files = client.listFiles("many");
        double ms = millisSince(t0);
        requireThousand(files, c, "LIST");
        return new double[] {ms};
      }

      @Override
      public void close() throws Exception {
        Clients.quit(client);
        server.close();
      }
    };
    measure(List.of(list), Contestant.FTP_SERVERS, plan, factory);
    mlsd.absent.put(Contestant.MOCK, "no MLSD (502)");
    measure(List.of(mlsd), List.of(Contestant.FTPFIXTURE, Contestant.APACHE), plan,
        c -> new Trial() {
          final Contestant.Server server = seeded(c);
          final FTPClient client = Clients.forTransfers(server.port());

          @Override
          public double[] sample() throws Exception {
            long t0 = System.nanoTime();
            FTPFile[] files = client.mlistDir("many");
            double ms = millisSince(t0);
            requireThousand(files, c, "MLSD");
            return new double[] {ms};
          }

          @Override
          public void close() throws Exception {
            Clients.quit(client);
            server.close();
          }
        });
  }

  private static Contestant.Server seeded(Contestant c) throws Exception {
    Contestant.Server server = c.start();
    server.mkdir("many");
    byte[] content = "0123456789".getBytes(StandardCharsets.US_ASCII);
    for (int i = 0; i < 1000; i++) {
      server.seed(String.format("many/file-%04d.txt", i), content);
    }
    return server;
  }

  private static void requireThousand(FTPFile[] files, Contestant c, String what)
      throws IOException {
    long named = files == null ? 0 : Arrays.stream(files).filter(f -> f != null
        && f.getName() != null && f.getName().startsWith("file-") && f.getSize() == 10).count();
    if (named != 1000) {
      throw new IOException(what + " on " + c.label + " gave " + named + " of 1000 files");
    }
  }

  // ---- 7: concurrent sessions ---------------------------------------------------------------

  private void concurrent() {
    int clients = quick ? 4 : 16;
    int sessions = quick ? 10 : 50;
    Row wall = new Row("7", "concurrent", clients + " clients × " + sessions + " sessions (login,"
        + " STOR 4 KB, RETR, QUIT): wall", "s", false).bar(Row.atMostBestPeer());
    Row errors = new Row("7b", "concurrent-errors", "… failed sessions of " + clients * sessions,
        "count", false).bar(row -> {
          Stats s = row.stats.get(Contestant.FTPFIXTURE);
          return new Row.Verdict("0 in every run", s.max() == 0, "");
        });
    Plan plan = quick ? new Plan(0, 1, 1, 1_000) : new Plan(0, 3, 1, 12_000);
    measure(List.of(wall, errors), ALL, plan, c -> {
      Contestant.Server server = c.start();
      runSessions(server, 2, 5); // warms this server's paths; the JIT is warm from earlier measures
      return new Trial() {
        @Override
        public double[] sample() throws Exception {
          long t0 = System.nanoTime();
          int failed = runSessions(server, clients, sessions);
          return new double[] {millisSince(t0) / 1000, failed};
        }

        @Override
        public void close() throws Exception {
          server.close();
        }
      };
    });
  }

  /** Runs the sessions; returns how many failed (an exception, or bytes that differ). */
  private static int runSessions(Contestant.Server server, int clients, int sessions)
      throws InterruptedException {
    AtomicInteger failed = new AtomicInteger();
    AtomicReference<String> firstError = new AtomicReference<>();
    CountDownLatch go = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < clients; t++) {
      int client = t;
      byte[] content = Payload.random(4096, 100 + t);
      Thread thread = new Thread(() -> {
        try {
          go.await();
        } catch (InterruptedException e) {
          return;
        }
        for (int i = 0; i < sessions; i++) {
          String name = "c" + client + "-" + i + ".bin";
          try {
            FTPClient ftp = Clients.forTransfers(server.port());
            try {
              Clients.store(ftp, name, content);
              Clients.retrieve(ftp, name, content);
            } finally {
              Clients.quit(ftp);
            }
          } catch (IOException | RuntimeException e) {
            failed.incrementAndGet();
            firstError.compareAndSet(null, e.toString());
          }
        }
      }, "bench-client-" + t);
      threads.add(thread);
      thread.start();
    }
    go.countDown();
    for (Thread thread : threads) {
      thread.join(TimeUnit.MINUTES.toMillis(3));
    }
    if (firstError.get() != null) {
      System.out.println("    first failure: " + firstError.get());
    }
    return failed.get();
  }

  // ---- 8: the JUnit extension ---------------------------------------------------------------

  private void extension() {
    int tests = quick ? 200 : 1000;
    Row added = new Row("8", "extension", tests + " test methods through the JUnit Platform"
        + " Launcher, each with a fresh server from @FtpServerTest: added time per test", "ms",
        false).bar(Row.atMost(2.0));
    Row perTest = new Row("8b", "extension-per-test", "… one such test, start to end event"
        + " (JUnit's own cost included)", "ms", false);
    List<Double> baseline = new ArrayList<>();
    measure(List.of(added, perTest), List.of(Contestant.FTPFIXTURE),
        quick ? new Plan(1, 2, 2, 60_000) : new Plan(1, 5, 5, 120_000), c -> new Trial() {
          int round;

          @Override
          public double[] sample() {
            // Alternating which goes first, so neither always runs on a warmer machine.
            boolean withFirst = round++ % 2 == 0;
            ExtensionBench.Run first = ExtensionBench.run(withFirst
                ? ExtensionBench.WithExtension.class : ExtensionBench.WithoutExtension.class, tests);
            ExtensionBench.Run second = ExtensionBench.run(withFirst
                ? ExtensionBench.WithoutExtension.class : ExtensionBench.WithExtension.class, tests);
            ExtensionBench.Run with = withFirst ? first : second;
            ExtensionBench.Run without = withFirst ? second : first;
            double[] durations = with.perTestMillis().stream().mapToDouble(Double::doubleValue)
                .sorted().toArray();
            baseline.add(without.wallMillis() / tests);
            return new double[] {(with.wallMillis() - without.wallMillis()) / tests,
                Stats.percentile(durations, 0.5)};
          }
        });
    if (baseline.size() > 1) {
      // The first entry is the warm-up round's.
      double median = Stats.of(baseline.subList(1, baseline.size()), false).median();
      added.note("JUnit alone: " + Report.number(median) + " ms per test");
    }
  }

  // ---- 9: heap ------------------------------------------------------------------------------

  private void heap() {
    Row idle = new Row("9", "heap-idle", "heap held by an idle server (mean of 8, after GC)",
        "KiB", false).bar(Row.atMost(1024));
    Row file = new Row("9b", "heap-64mb", "heap held for a 64 MiB file stored by STOR", "MiB",
        false).bar(Row.atMost(64 * 1.1));
    file.note("ratio to the file's size = value / 64");
    measure(List.of(idle, file), ALL, quick ? new Plan(0, 1, 1, 60_000) : new Plan(0, 3, 3, 60_000),
        c -> () -> {
          Map<String, Double> r = child("heap", c, List.of("-XX:+UseSerialGC", "-Xmx1g"), () -> {});
          return new double[] {r.get("idle_bytes") / 1024, r.get("file_bytes") / (1 << 20)};
        });
  }

  // ---- where and on what ----------------------------------------------------------------------

  private static Path moduleDirectory() {
    try {
      Path here = Paths.get(Bench.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      for (Path p = here; p != null; p = p.getParent()) {
        if (p.getFileName() != null && p.getFileName().toString().equals("benchmarks")
            && Files.exists(p.resolve("pom.xml"))) {
          return p;
        }
      }
    } catch (Exception e) {
      // fall through to the working directory
    }
    Path cwd = Paths.get("").toAbsolutePath();
    return Files.isDirectory(cwd.resolve("benchmarks")) ? cwd.resolve("benchmarks") : cwd;
  }

  private static String loadAverage() {
    try {
      return Files.readString(Paths.get("/proc/loadavg")).strip();
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static Map<String, String> machine(boolean quick, String loadBefore, String loadAfter,
      long seconds) {
    Map<String, String> m = new LinkedHashMap<>();
    String cpu = "unknown CPU";
    String memory = "";
    try {
      cpu = Files.readAllLines(Paths.get("/proc/cpuinfo")).stream()
          .filter(l -> l.startsWith("model name")).findFirst()
          .map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse(cpu);
      memory = Files.readAllLines(Paths.get("/proc/meminfo")).stream()
          .filter(l -> l.startsWith("MemTotal")).findFirst()
          .map(l -> Math.round(Long.parseLong(l.replaceAll("\\D", "")) / 1024.0 / 1024.0) + " GiB")
          .orElse("");
    } catch (IOException | RuntimeException e) {
      // not Linux: leave them out
    }
    m.put("date", DateTimeFormatter.ISO_INSTANT.format(Instant.now().atOffset(ZoneOffset.UTC)
        .withNano(0)));
    m.put("mode", quick ? "quick (smoke run: few samples)" : "full");
    m.put("cpu", cpu);
    m.put("cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
    m.put("memory", memory);
    m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
        + System.getProperty("os.arch"));
    m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
    m.put("client", "Apache Commons Net " + version(FTPClient.class, "3.x") + " FTPClient");
    m.put("loadBefore", loadBefore);
    m.put("loadAfter", loadAfter);
    m.put("seconds", Long.toString(seconds));
    m.put("summary", m.get("date") + ", " + m.get("mode") + ", " + cpu + ", " + m.get("cores")
        + " cores, " + memory + ", " + m.get("os") + ", " + m.get("java") + "; client "
        + m.get("client") + "; load average before " + loadBefore + ", after " + loadAfter
        + "; run took " + seconds + " s.");
    return m;
  }

  private static String version(Class<?> type, String fallback) {
    String v = type.getPackage().getImplementationVersion();
    return v == null ? fallback : v;
  }

  private static void updateReadme(Path readme, String table) throws IOException {
    String begin = "<!-- benchmarks:begin -->";
    String end = "<!-- benchmarks:end -->";
    if (!Files.exists(readme)) {
      return;
    }
    String text = Files.readString(readme);
    int from = text.indexOf(begin);
    int to = text.indexOf(end);
    if (from < 0 || to < from) {
      System.out.println("README has no " + begin + " marker; table not copied there");
      return;
    }
    Files.writeString(readme, text.substring(0, from + begin.length()) + "\n" + table
        + text.substring(to));
    System.out.println("table copied into " + readme);
  }
}
