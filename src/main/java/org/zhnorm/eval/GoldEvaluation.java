package org.zhnorm.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Scores pipeline output against a {@link GoldSet}: text by {@link TextScore} (character bigrams)
 * and publish date by {@link DateMatch}.
 *
 * <p>Two averages are reported. <b>Overall</b> is the micro average: bigram counts summed over all
 * pages, then precision/recall/F1 (long pages weigh more). <b>Mean</b> is the macro average: the
 * plain mean of the per-page values. A page missing from the output maps scores as empty output.
 */
public final class GoldEvaluation {
  private GoldEvaluation() {}

  /** One page's result. */
  public record Row(
      String id,
      TextScore score,
      @Nullable String goldDate,
      @Nullable String predictedDate,
      boolean dateCorrect) {}

  /** All pages plus averages. */
  public record Report(List<Row> rows) {
    public TextScore micro() {
      TextScore t = TextScore.zero();
      for (Row r : rows) {
        t = t.plus(r.score());
      }
      return t;
    }

    /** Overall F1: micro average over all bigrams of all pages. */
    public double overallF1() {
      return micro().f1();
    }

    public double meanPrecision() {
      return rows.stream().mapToDouble(r -> r.score().precision()).average().orElse(0);
    }

    public double meanRecall() {
      return rows.stream().mapToDouble(r -> r.score().recall()).average().orElse(0);
    }

    public double meanF1() {
      return rows.stream().mapToDouble(r -> r.score().f1()).average().orElse(0);
    }

    public double minF1() {
      return rows.stream().mapToDouble(r -> r.score().f1()).min().orElse(0);
    }

    /** Share of pages whose date is right (pages without a gold date file are left out). */
    public double dateAccuracy() {
      long n = rows.stream().filter(r -> r.goldDate() != null).count();
      long ok = rows.stream().filter(r -> r.goldDate() != null && r.dateCorrect()).count();
      return n == 0 ? 1.0 : (double) ok / n;
    }

    /** A fixed-width table: one line per page, then the micro and macro lines. */
    public String toTable() {
      StringBuilder sb = new StringBuilder();
      sb.append(
          String.format(
              Locale.ROOT, "%-38s %6s %6s %6s  %-20s %-20s %s%n", "page", "P", "R", "F1",
              "gold date", "predicted date", "date"));
      for (Row r : rows) {
        sb.append(
            String.format(
                Locale.ROOT,
                "%-38s %6.3f %6.3f %6.3f  %-20s %-20s %s%n",
                r.id(),
                r.score().precision(),
                r.score().recall(),
                r.score().f1(),
                clip(r.goldDate()),
                clip(r.predictedDate()),
                r.goldDate() == null ? "-" : r.dateCorrect() ? "ok" : "WRONG"));
      }
      TextScore m = micro();
      sb.append(
          String.format(
              Locale.ROOT,
              "%-38s %6.3f %6.3f %6.3f%n",
              "OVERALL (micro, all bigrams)", m.precision(), m.recall(), m.f1()));
      sb.append(
          String.format(
              Locale.ROOT,
              "%-38s %6.3f %6.3f %6.3f%n",
              "MEAN (macro, per page)", meanPrecision(), meanRecall(), meanF1()));
      sb.append(
          String.format(
              Locale.ROOT,
              "pages=%d  min F1=%.3f  date accuracy=%.3f%n",
              rows.size(), minF1(), dateAccuracy()));
      return sb.toString();
    }

    private static String clip(@Nullable String s) {
      if (s == null) {
        return "(none)";
      }
      String t = s.replaceAll("\\s+", " ").strip();
      return t.length() > 20 ? t.substring(0, 20) : t;
    }
  }

  /**
   * Scores the output of every gold page.
   *
   * @param outputTextById the pipeline's final text per gold page ID (missing = empty)
   * @param outputDateById the pipeline's publish date per ID, any format DateMatch reads (missing =
   *     none)
   */
  public static Report score(
      Map<String, String> outputTextById, Map<String, String> outputDateById, GoldSet gold) {
    List<Row> rows = new ArrayList<>();
    for (GoldSet.Page p : gold.pages().values()) {
      String text = outputTextById.getOrDefault(p.id(), "");
      String date = outputDateById.get(p.id());
      rows.add(
          new Row(
              p.id(),
              TextScore.of(text, p.text()),
              p.date(),
              date,
              p.date() != null && DateMatch.matches(date, p.date())));
    }
    return new Report(List.copyOf(rows));
  }
}
