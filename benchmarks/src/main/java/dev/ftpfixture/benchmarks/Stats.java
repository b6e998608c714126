package dev.ftpfixture.benchmarks;

import java.util.Arrays;
import java.util.List;

/**
 * Order statistics of the samples of one contestant in one measure. {@code p90} is the 90th
 * percentile on the bad side: the slowest tenth of times, or the lowest tenth of throughputs.
 */
record Stats(int n, double median, double p90, double min, double max, double[] samples) {

  static Stats of(List<Double> values, boolean higherIsBetter) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    if (sorted.length == 0) {
      throw new IllegalArgumentException("no samples");
    }
    double p90 = higherIsBetter ? percentile(sorted, 0.10) : percentile(sorted, 0.90);
    return new Stats(sorted.length, percentile(sorted, 0.5), p90, sorted[0],
        sorted[sorted.length - 1], values.stream().mapToDouble(Double::doubleValue).toArray());
  }

  /** Linear interpolation between the closest ranks. */
  static double percentile(double[] sorted, double q) {
    if (sorted.length == 1) {
      return sorted[0];
    }
    double rank = q * (sorted.length - 1);
    int lower = (int) Math.floor(rank);
    int upper = Math.min(sorted.length - 1, lower + 1);
    return sorted[lower] + (rank - lower) * (sorted[upper] - sorted[lower]);
  }

  @Override
  public String toString() {
    return "Stats{n=" + n + ", median=" + median + ", p90=" + p90 + ", min=" + min + ", max="
        + max + ", samples=" + Arrays.toString(samples) + "}";
  }
}
