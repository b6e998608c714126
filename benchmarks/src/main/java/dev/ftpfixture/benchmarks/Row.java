package dev.ftpfixture.benchmarks;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** One line of the results: one measure, every contestant's samples, and the bar it must meet. */
final class Row {

  /** How a bar judged ftpfixture's figure. */
  record Verdict(String target, boolean met, String comment) {}

  /** The bar of the benchmarks issue for one measure. */
  interface Bar {
    Verdict judge(Row row);
  }

  final String number;
  final String id;
  final String title;
  final String unit;
  final boolean higherIsBetter;
  final Map<Contestant, Stats> stats = new EnumMap<>(Contestant.class);
  final Map<Contestant, String> absent = new EnumMap<>(Contestant.class);
  Bar bar;
  String note = "";
  /** The CPU time the hypervisor gave elsewhere while the samples ran, in %; NaN if unknown. */
  double stealPercent = Double.NaN;

  Row(String number, String id, String title, String unit, boolean higherIsBetter) {
    this.number = number;
    this.id = id;
    this.title = title;
    this.unit = unit;
    this.higherIsBetter = higherIsBetter;
  }

  Row bar(Bar bar) {
    this.bar = bar;
    return this;
  }

  Row note(String note) {
    this.note = note;
    return this;
  }

  Optional<Double> median(Contestant c) {
    Stats s = stats.get(c);
    return s == null ? Optional.empty() : Optional.of(s.median());
  }

  /** The better median of the two peers, and which one it is. */
  Optional<Contestant> bestPeer() {
    Contestant best = null;
    for (Contestant peer : Contestant.PEERS) {
      Stats s = stats.get(peer);
      if (s != null && (best == null || better(s.median(), stats.get(best).median()))) {
        best = peer;
      }
    }
    return Optional.ofNullable(best);
  }

  boolean better(double a, double b) {
    return higherIsBetter ? a > b : a < b;
  }

  /** ftpfixture's median over another contestant's, when both were measured. */
  Optional<Double> ratio(Contestant other) {
    Optional<Double> ours = median(Contestant.FTPFIXTURE);
    Optional<Double> theirs = median(other);
    if (ours.isEmpty() || theirs.isEmpty() || theirs.get() == 0) {
      return Optional.empty();
    }
    return Optional.of(ours.get() / theirs.get());
  }

  Optional<Verdict> verdict() {
    return bar == null || median(Contestant.FTPFIXTURE).isEmpty()
        ? Optional.empty() : Optional.of(bar.judge(this));
  }

  // ---- the bars ----------------------------------------------------------------------------

  /**
   * At most {@code factor} times the best peer; where that lies below the raw-jimfs floor of the
   * same run, {@code floorFactor} times the floor instead (PEERS.md).
   */
  static Bar vsBestPeer(double factor, double floorFactor) {
    return row -> {
      double ours = row.median(Contestant.FTPFIXTURE).orElseThrow();
      Contestant peer = row.bestPeer().orElse(null);
      if (peer == null) {
        return new Verdict("n/a", false, "no peer measured");
      }
      double target = factor * row.median(peer).orElseThrow();
      String how = "≤ " + Report.number(factor) + "× " + peer.label;
      Optional<Double> floor = row.median(Contestant.RAW_JIMFS);
      if (floor.isPresent() && target < floor.get()) {
        target = floorFactor * floor.get();
        how = "≤ " + Report.number(floorFactor) + "× raw-jimfs floor (" + Report.number(factor)
            + "× " + peer.label + " = " + Report.number(factor * row.median(peer).orElseThrow())
            + " is below the floor)";
      }
      return new Verdict(how + ": " + Report.number(target) + " " + row.unit, ours <= target,
          "");
    };
  }

  static Bar atMost(double limit) {
    return row -> {
      double ours = row.median(Contestant.FTPFIXTURE).orElseThrow();
      return new Verdict("≤ " + Report.number(limit) + " " + row.unit, ours <= limit, "");
    };
  }

  /**
   * At least {@code factor} times the raw copy; when Commons Net falls short, the row measured
   * with the raw-socket client says whether the server or the client is the limit.
   */
  static Bar vsRaw(double factor, Row rawClientRow) {
    return row -> {
      double ours = row.median(Contestant.FTPFIXTURE).orElseThrow();
      double raw = row.median(Contestant.RAW).orElseThrow();
      double target = factor * raw;
      String text = "≥ " + Report.number(factor) + "× raw: " + Report.number(target) + " "
          + row.unit;
      if (ours >= target) {
        return new Verdict(text, true, "");
      }
      if (rawClientRow != null) {
        Optional<Double> server = rawClientRow.median(Contestant.FTPFIXTURE);
        Optional<Double> rawAgain = rawClientRow.median(Contestant.RAW);
        if (server.isPresent() && rawAgain.isPresent() && server.get() >= factor * rawAgain.get()) {
          return new Verdict(text, true, "client-limited: the server moves "
              + Report.number(server.get()) + " " + row.unit + " to a raw-socket client ("
              + Report.number(server.get() / rawAgain.get()) + "× raw)");
        }
      }
      Optional<Double> floor = row.median(Contestant.RAW_JIMFS);
      if (floor.isPresent() && floor.get() < target) {
        return new Verdict(text, false, "so is the raw-jimfs floor ("
            + Report.number(floor.get() / raw) + "× raw); ftpfixture is "
            + Report.number(ours / floor.get()) + "× that floor");
      }
      return new Verdict(text, false, "");
    };
  }

  /** At most the best peer's figure (for the concurrent wall time). */
  static Bar atMostBestPeer() {
    return vsBestPeer(1.0, 1.0);
  }
}
