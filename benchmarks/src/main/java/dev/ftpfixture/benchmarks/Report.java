package dev.ftpfixture.benchmarks;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The results as a Markdown table (for people and the README) and as JSON (for tools). */
final class Report {

  static final List<Contestant> COLUMNS = List.of(Contestant.FTPFIXTURE, Contestant.MOCK,
      Contestant.APACHE, Contestant.RAW, Contestant.RAW_JIMFS);

  private Report() {}

  /** Three significant digits, or whole numbers from 100 on: 0.412, 12.3, 1,612. */
  static String number(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return String.valueOf(v);
    }
    if (v == 0) {
      return "0";
    }
    if (Math.abs(v) >= 100) {
      return String.format("%,d", Math.round(v));
    }
    return new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros().toPlainString();
  }

  /** Steal from this share of the CPU time on is worth a reader's notice beside the figures. */
  static final double NOTABLE_STEAL_PERCENT = 5;

  /** The row's note, and the CPU steal during its samples where that was notable. */
  static String notes(Row row) {
    List<String> notes = new java.util.ArrayList<>();
    if (!row.note.isEmpty()) {
      notes.add(row.note);
    }
    if (row.stealPercent >= NOTABLE_STEAL_PERCENT) {
      notes.add(String.format(java.util.Locale.ROOT,
          "the hypervisor took %.0f%% of the CPU time during its samples", row.stealPercent));
    }
    return notes.isEmpty() ? "" : " (" + String.join("; ", notes) + ")";
  }

  static String markdown(List<Row> rows, Map<String, String> machine) {
    StringBuilder md = new StringBuilder();
    md.append("| # | measure | unit |");
    for (Contestant c : COLUMNS) {
      md.append(' ').append(c.label).append(" |");
    }
    md.append(" ftpfixture / best peer | ftpfixture / raw-jimfs | ftpfixture / raw | bar | met |\n");
    md.append("|---|---|---|");
    md.append("---|".repeat(COLUMNS.size()));
    md.append("---|---|---|---|---|\n");
    for (Row row : rows) {
      md.append("| ").append(row.number).append(" | ").append(row.title)
          .append(notes(row)).append(" | ")
          .append(row.unit).append(row.higherIsBetter ? " ↑" : "").append(" |");
      for (Contestant c : COLUMNS) {
        Stats s = row.stats.get(c);
        md.append(' ');
        if (s != null) {
          md.append("**").append(number(s.median())).append("**");
          if (s.n() > 1) {
            md.append(" (").append(number(s.p90())).append("; ").append(number(s.min()))
                .append("–").append(number(s.max())).append(')');
          }
        } else {
          md.append(row.absent.getOrDefault(c, ""));
        }
        md.append(" |");
      }
      Optional<Contestant> best = row.bestPeer();
      md.append(' ').append(best.flatMap(row::ratio).map(r -> number(r) + "× " + best.get().label)
          .orElse("")).append(" |");
      md.append(' ').append(row.ratio(Contestant.RAW_JIMFS).map(r -> number(r) + "×").orElse(""))
          .append(" |");
      md.append(' ').append(row.ratio(Contestant.RAW).map(r -> number(r) + "×").orElse(""))
          .append(" |");
      Optional<Row.Verdict> verdict = row.verdict();
      md.append(' ').append(verdict.map(Row.Verdict::target).orElse("")).append(" |");
      md.append(' ').append(verdict.map(v -> (v.met() ? "yes" : "**no**")
          + (v.comment().isEmpty() ? "" : ", " + v.comment())).orElse("")).append(" |\n");
    }
    md.append("\nCells: **median** (p90; min–max) after warm-up. p90 is on the bad side (the slowest"
        + " tenth of times, the lowest tenth of throughputs); ↑ marks a unit where more is better."
        + " Ratios are of medians.\n");
    md.append("Machine: ").append(machine.get("summary")).append('\n');
    return md.toString();
  }

  static String json(List<Row> rows, Map<String, String> machine) {
    StringBuilder js = new StringBuilder("{\n  \"machine\": {");
    boolean first = true;
    for (Map.Entry<String, String> e : machine.entrySet()) {
      js.append(first ? "\n" : ",\n").append("    ").append(quote(e.getKey())).append(": ")
          .append(quote(e.getValue()));
      first = false;
    }
    js.append("\n  },\n  \"measures\": [");
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      js.append(i == 0 ? "\n" : ",\n").append("    {\"number\": ").append(quote(row.number))
          .append(", \"id\": ").append(quote(row.id))
          .append(", \"title\": ").append(quote(row.title))
          .append(", \"note\": ").append(quote(row.note))
          .append(", \"unit\": ").append(quote(row.unit))
          .append(", \"higherIsBetter\": ").append(row.higherIsBetter)
          .append(", \"cpuStealPercent\": ").append(plain(row.stealPercent))
          .append(",\n      \"results\": {");
      boolean firstResult = true;
      for (Contestant c : COLUMNS) {
        Stats s = row.stats.get(c);
        String absent = row.absent.get(c);
        if (s == null && absent == null) {
          continue;
        }
        js.append(firstResult ? "\n" : ",\n").append("        ").append(quote(c.label)).append(": ");
        firstResult = false;
        if (s == null) {
          js.append("{\"absent\": ").append(quote(absent)).append('}');
          continue;
        }
        js.append("{\"n\": ").append(s.n()).append(", \"median\": ").append(plain(s.median()))
            .append(", \"p90\": ").append(plain(s.p90()))
            .append(", \"min\": ").append(plain(s.min()))
            .append(", \"max\": ").append(plain(s.max()))
            .append(", \"samples\": [");
        for (int k = 0; k < s.samples().length; k++) {
          js.append(k == 0 ? "" : ", ").append(plain(s.samples()[k]));
        }
        js.append("]}");
      }
      js.append("\n      }");
      Optional<Contestant> best = row.bestPeer();
      if (best.isPresent() && row.ratio(best.get()).isPresent()) {
        js.append(",\n      \"bestPeer\": ").append(quote(best.get().label))
            .append(", \"ratioToBestPeer\": ").append(plain(row.ratio(best.get()).get()));
      }
      row.ratio(Contestant.RAW).ifPresent(r -> js.append(", \"ratioToRaw\": ").append(plain(r)));
      row.ratio(Contestant.RAW_JIMFS).ifPresent(
          r -> js.append(", \"ratioToRawJimfs\": ").append(plain(r)));
      row.verdict().ifPresent(v -> js.append(",\n      \"bar\": ").append(quote(v.target()))
          .append(", \"met\": ").append(v.met())
          .append(", \"comment\": ").append(quote(v.comment())));
      js.append('}');
    }
    js.append("\n  ]\n}\n");
    return js.toString();
  }

  private static String plain(double v) {
    return Double.isFinite(v) ? new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros()
        .toPlainString() : "null";
  }

  static String quote(String s) {
    StringBuilder q = new StringBuilder("\"");
    for (char ch : (s == null ? "" : s).toCharArray()) {
      switch (ch) {
        case '"' -> q.append("\\\"");
        case '\\' -> q.append("\\\\");
        case '\n' -> q.append("\\n");
        case '\r' -> q.append("\\r");
        case '\t' -> q.append("\\t");
        default -> {
          if (ch < 0x20) {
            q.append(String.format("\\u%04x", (int) ch));
          } else {
            q.append(ch);
          }
        }
      }
    }
    return q.append('"').toString();
  }
}
