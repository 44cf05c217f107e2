package org.zhnorm.eval;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.util.HashMap;
import java.util.Map;

/**
 * Overlap of an output text with a gold text, by character bigrams.
 *
 * <p>Both texts are converted to Simplified script (opencc4j), all whitespace (including U+3000
 * and no-break spaces) is removed, and each is turned into the multiset of its adjacent code-point
 * pairs (a one-character text counts as one unigram). {@code overlap} is the multiset intersection
 * size, so precision = overlap / predicted and recall = overlap / gold.
 *
 * <p>Empty cases: both empty scores 1.0 everywhere; one side empty scores 0.
 *
 * @param overlap bigrams shared by output and gold (multiset intersection)
 * @param predicted bigrams in the output
 * @param gold bigrams in the gold text
 */
public record TextScore(long overlap, long predicted, long gold) {

  public TextScore {
    if (overlap < 0 || predicted < 0 || gold < 0 || overlap > predicted || overlap > gold) {
      throw new IllegalArgumentException(
          "inconsistent counts: overlap=" + overlap + " predicted=" + predicted + " gold=" + gold);
    }
  }

  /** Scores {@code output} against {@code gold}. Null counts as empty. */
  public static TextScore of(String output, String gold) {
    Map<String, Integer> out = bigrams(output);
    Map<String, Integer> ref = bigrams(gold);
    long overlap = 0;
    for (Map.Entry<String, Integer> e : out.entrySet()) {
      Integer g = ref.get(e.getKey());
      if (g != null) {
        overlap += Math.min(g, e.getValue());
      }
    }
    return new TextScore(overlap, total(out), total(ref));
  }

  /** Sum of several scores: micro-averaging over bigrams. */
  public TextScore plus(TextScore other) {
    return new TextScore(overlap + other.overlap, predicted + other.predicted, gold + other.gold);
  }

  public static TextScore zero() {
    return new TextScore(0, 0, 0);
  }

  public double precision() {
    if (predicted == 0) {
      return gold == 0 ? 1.0 : 0.0;
    }
    return (double) overlap / predicted;
  }

  public double recall() {
    if (gold == 0) {
      return predicted == 0 ? 1.0 : 0.0;
    }
    return (double) overlap / gold;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }

  /** The text as it is compared: Simplified script, whitespace removed. */
  public static String normalize(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    String simple = ZhConverterUtil.toSimple(text);
    StringBuilder sb = new StringBuilder(simple.length());
    simple
        .codePoints()
        .filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && cp != 0xFEFF)
        .forEach(sb::appendCodePoint);
    return sb.toString();
  }

  static Map<String, Integer> bigrams(String text) {
    String s = normalize(text);
    Map<String, Integer> counts = new HashMap<>();
    int[] cps = s.codePoints().toArray();
    if (cps.length == 1) {
      counts.put(new String(cps, 0, 1), 1);
    }
    for (int i = 0; i + 1 < cps.length; i++) {
      counts.merge(new String(cps, i, 2), 1, Integer::sum);
    }
    return counts;
  }

  private static long total(Map<String, Integer> m) {
    long n = 0;
    for (int v : m.values()) {
      n += v;
    }
    return n;
  }
}
