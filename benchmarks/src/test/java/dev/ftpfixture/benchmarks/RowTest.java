package dev.ftpfixture.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The arithmetic the table rests on: percentiles, ratios and the bars' floor rule. */
class RowTest {

  private static Row times(double ours, double mock, double apache, double floor) {
    Row row = new Row("2", "t", "t", "ms", false);
    row.stats.put(Contestant.FTPFIXTURE, Stats.of(List.of(ours), false));
    row.stats.put(Contestant.MOCK, Stats.of(List.of(mock), false));
    row.stats.put(Contestant.APACHE, Stats.of(List.of(apache), false));
    row.stats.put(Contestant.RAW_JIMFS, Stats.of(List.of(floor), false));
    return row;
  }

  @Test
  void p90IsOnTheBadSideForBothKindsOfUnit() {
    List<Double> values = List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0);
    Stats times = Stats.of(values, false);
    Stats rates = Stats.of(values, true);
    assertEquals(6.0, times.median());
    assertEquals(10.0, times.p90());
    assertEquals(2.0, rates.p90());
    assertEquals(1.0, times.min());
    assertEquals(11.0, times.max());
  }

  @Test
  void theBestPeerIsTheFasterOneAndRatiosAreOfMedians() {
    Row row = times(1.0, 60.0, 5.0, 0.9);
    assertEquals(Contestant.APACHE, row.bestPeer().orElseThrow());
    assertEquals(0.2, row.ratio(Contestant.APACHE).orElseThrow(), 1e-9);
  }

  @Test
  void aBarBelowTheFloorBecomesTwelveTenthsOfTheFloor() {
    // 0.2 x 5 ms = 1 ms lies below the 2 ms floor: the bar becomes 2.4 ms.
    Row.Verdict met = Row.vsBestPeer(0.2, 1.2).judge(times(2.3, 60, 5, 2));
    Row.Verdict missed = Row.vsBestPeer(0.2, 1.2).judge(times(2.5, 60, 5, 2));
    assertTrue(met.met(), met.toString());
    assertFalse(missed.met(), missed.toString());
    assertTrue(met.target().contains("2.4"), met.target());
  }

  @Test
  void numbersKeepThreeDigitsAndJsonEscapes() {
    assertEquals("0.412", Report.number(0.41234));
    assertEquals("1,612", Report.number(1612.4));
    assertEquals("\"a\\\"b\\n\"", Report.quote("a\"b\n"));
    String json = Report.json(List.of(times(1, 2, 3, 4)), Map.of("summary", "here"));
    assertTrue(json.contains("\"ftpfixture\": {\"n\": 1, \"median\": 1"), json);
  }

  @Test
  void stealIsTheShareOfTheMachinesCpuTimeAndIsShownOnlyWhereItIsNotable() {
    // total, steal: 1,000 jiffies passed, 80 of them stolen
    assertEquals(8.0, Bench.stealPercent(new long[] {10_000, 100}, new long[] {11_000, 180}),
        1e-9);
    assertTrue(Double.isNaN(Bench.stealPercent(null, new long[] {1, 0})));
    assertTrue(Double.isNaN(Bench.stealPercent(new long[] {5, 0}, new long[] {5, 0})));

    Row row = times(1.0, 60.0, 5.0, 0.9).note("warmed up");
    row.stealPercent = 2;
    assertEquals(" (warmed up)", Report.notes(row));
    row.stealPercent = 12.4;
    assertEquals(" (warmed up; the hypervisor took 12% of the CPU time during its samples)",
        Report.notes(row));
    String unknown = Report.json(List.of(times(1.0, 60.0, 5.0, 0.9)), Map.of());
    assertTrue(unknown.contains("\"cpuStealPercent\": null"), unknown);
    assertFalse(unknown.contains("NaN"), unknown);
  }
}
