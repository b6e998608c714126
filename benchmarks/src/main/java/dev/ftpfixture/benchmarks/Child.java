package dev.ftpfixture.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.net.ftp.FTPClient;

/**
 * What the measures that need a fresh JVM run in it: {@code cold <contestant>} (1),
 * {@code firsts <contestant>} (4e) and {@code heap <contestant>} (9). Prints one
 * {@code RESULT key value} line per figure.
 */
public final class Child {

  private Child() {}

  public static void main(String[] args) throws Exception {
    long started = System.nanoTime(); // first: the cold start counts from here
    Bench.quietLoggers();
    Contestant contestant = Contestant.named(args[1]);
    switch (args[0]) {
      case "cold" -> cold(contestant, started);
      case "heap" -> heap(contestant);
      case "firsts" -> firsts(contestant);
      default -> throw new IllegalArgumentException("unknown child task " + args[0]);
    }
    System.out.flush();
    // The peers leave non-daemon threads behind (MockFtpServer) or take time to wind down.
    System.exit(0);
  }

  /** From the first line of main (class loading included) to the first successful login. */
  private static void cold(Contestant contestant, long started) throws Exception {
    try (Contestant.Server server = contestant.start()) {
      FTPClient client = Clients.login(server.port());
      long loggedIn = System.nanoTime();
      System.out.println("RESULT cold_ms " + (loggedIn - started) / 1e6);
      Clients.quit(client);
    }
  }

  static final int FIRSTS = 50;

  /** The median of the first {@value #FIRSTS} 1 KB STOR+RETR round trips of this JVM. */
  private static void firsts(Contestant contestant) throws Exception {
    byte[] small = Payload.random(1024, 43);
    double median;
    try (Contestant.Server server = contestant.start()) {
      FTPClient client = Clients.forTransfers(server.port());
      median = Clients.medianRoundTrip(client, "small.bin", small, FIRSTS);
      Clients.quit(client);
    }
    System.out.println("RESULT firsts_ms " + median);
  }

  private static final int IDLE_SERVERS = 8;
  private static final int FILE_SIZE = 64 << 20;

  /**
   * Heap held by an idle server (the mean of {@value #IDLE_SERVERS}, after one warm-up server so
   * that class initialization is not counted), and by the 64 MB file a client stored in one.
   */
  private static void heap(Contestant contestant) throws Exception {
    byte[] small = Payload.random(4096, 7);
    try (Contestant.Server warm = contestant.start()) {
      FTPClient client = Clients.forTransfers(warm.port());
      Clients.store(client, "warm.bin", small);
      Clients.retrieve(client, "warm.bin", small);
      Clients.quit(client);
    }
    long base = usedAfterGc();
    List<Contestant.Server> idle = new ArrayList<>();
    for (int i = 0; i < IDLE_SERVERS; i++) {
      idle.add(contestant.start());
    }
    long withIdle = usedAfterGc();
    for (Contestant.Server s : idle) {
      s.close();
    }
    idle.clear();
    double perServer = (withIdle - base) / (double) IDLE_SERVERS;
    System.out.println("RESULT idle_bytes " + perServer);

    byte[] big = Payload.random(FILE_SIZE, 11);
    long before = usedAfterGc();
    try (Contestant.Server server = contestant.start()) {
      FTPClient client = Clients.forTransfers(server.port());
      Clients.store(client, "big.bin", big);
      Clients.quit(client);
      client = null;
      long holding = usedAfterGc();
      Payload.requireEqual(server.read("big.bin"), big, "the stored file");
      System.out.println("RESULT file_bytes " + (holding - before - perServer));
    }
    Reference.reachabilityFence(big);
  }

  /** Heap in use once collections stop freeing anything (the least of a few full GCs). */
  static long usedAfterGc() throws InterruptedException {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long least = Long.MAX_VALUE;
    for (int i = 0; i < 4; i++) {
      System.gc();
      Thread.sleep(50); // lets the reference handler and cleaners run between collections
      least = Math.min(least, memory.getHeapMemoryUsage().getUsed());
    }
    return least;
  }
}
