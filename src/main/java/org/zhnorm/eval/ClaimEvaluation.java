package org.zhnorm.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.zhnorm.text.extract.ClaimExtractor;
import org.zhnorm.text.extract.ClaimSpan;
import org.zhnorm.text.extract.SectionSpan;
import org.zhnorm.text.extract.Sectioner;

/**
 * Precision and recall of {@link ClaimExtractor} (run section by section after {@link Sectioner})
 * against a hand-checked gold file (format: header of src/test/resources/gold/seed_claims.tsv).
 *
 * <p>A claim matches a gold row of the same document when the sentences agree (equal after
 * removing whitespace, or one contains the other, since a section boundary may cut a sentence),
 * the units agree, and the values are equal (for redacted rows: the written text). Each gold row
 * matches at most one claim. {@code valueExact} is computed separately: among claims that agree
 * with a gold row on sentence, unit and written text, the share whose value is exactly the gold
 * value.
 *
 * <p>Usage: {@code ClaimEvaluation GOLD.tsv SEEDS_DIR} where SEEDS_DIR holds {@code NNN.txt} per
 * seed id of the gold file.
 */
public final class ClaimEvaluation {

  /** One row of the gold file. */
  public record GoldClaim(
      String doc,
      String sentence,
      String valueText,
      @Nullable BigDecimal value,
      String unit,
      String kind,
      String qualifier,
      String subject,
      boolean redacted) {}

  /** Counts for one document (or all). */
  public record Score(String doc, int gold, int predicted, int matched, int valueChecked, int valueExact, int subjectExact) {
    public double precision() {
      return predicted == 0 ? 1.0 : (double) matched / predicted;
    }

    public double recall() {
      return gold == 0 ? 1.0 : (double) matched / gold;
    }

    public double valueExactRate() {
      return valueChecked == 0 ? 1.0 : (double) valueExact / valueChecked;
    }

    Score plus(Score o) {
      return new Score(
          "overall",
          gold + o.gold,
          predicted + o.predicted,
          matched + o.matched,
          valueChecked + o.valueChecked,
          valueExact + o.valueExact,
          subjectExact + o.subjectExact);
    }
  }

  /** Per-document scores, the overall score and the unmatched claims and gold rows. */
  public record Result(List<Score> perDoc, Score overall, List<String> falsePositives, List<String> falseNegatives) {}

  private final Sectioner sectioner;
  private final ClaimExtractor extractor;

  public ClaimEvaluation(Sectioner sectioner, ClaimExtractor extractor) {
    this.sectioner = sectioner;
    this.extractor = extractor;
  }

  /** Reads a gold file: '#' comment lines, a header line, then 9 tab-separated columns. */
  public static List<GoldClaim> readGold(Reader reader) throws IOException {
    List<GoldClaim> out = new ArrayList<>();
    BufferedReader r = new BufferedReader(reader);
    String line;
    boolean header = true;
    int no = 0;
    while ((line = r.readLine()) != null) {
      no++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (header) {
        header = false;
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 9) {
        throw new IOException("gold line " + no + ": expected 9 tab-separated columns, got " + f.length);
      }
      out.add(
          new GoldClaim(
              f[0], f[1], f[2], f[3].isEmpty() ? null : new BigDecimal(f[3]), f[4], f[5], f[6], f[7], Boolean.parseBoolean(f[8])));
    }
    return out;
  }

  /** All claims of a document: section by section, each with its heading. */
  public List<ClaimSpan> claims(String text) {
    List<ClaimSpan> out = new ArrayList<>();
    for (SectionSpan s : sectioner.split(text)) {
      out.addAll(extractor.extract(text.substring(s.start(), s.end()), s.heading()));
    }
    return out;
  }

  /** Scores the extractor on {@code docs} (id -> text) against {@code gold}. */
  public Result evaluate(Map<String, String> docs, List<GoldClaim> gold) {
    List<Score> perDoc = new ArrayList<>();
    List<String> fps = new ArrayList<>();
    List<String> fns = new ArrayList<>();
    Score overall = new Score("overall", 0, 0, 0, 0, 0, 0);
    for (Map.Entry<String, String> doc : new TreeMap<>(docs).entrySet()) {
      List<GoldClaim> g = gold.stream().filter(c -> c.doc().equals(doc.getKey())).toList();
      List<ClaimSpan> p = claims(doc.getValue());
      boolean[] used = new boolean[g.size()];
      int matched = 0;
      int subjectExact = 0;
      for (ClaimSpan c : p) {
        int hit = -1;
        for (int i = 0; i < g.size() && hit < 0; i++) {
          if (!used[i] && sameSentence(c.sentence(), g.get(i).sentence()) && c.unit().equals(g.get(i).unit()) && sameValue(c, g.get(i))) {
            hit = i;
          }
        }
        if (hit >= 0) {
          used[hit] = true;
          matched++;
          if (c.subject().equals(g.get(hit).subject())) {
            subjectExact++;
          }
        } else {
          fps.add(doc.getKey() + "\t" + c.valueText() + "\t" + plain(c.value()) + "\t" + c.unit() + "\t" + c.sentence());
        }
      }
      for (int i = 0; i < g.size(); i++) {
        if (!used[i]) {
          GoldClaim x = g.get(i);
          fns.add(doc.getKey() + "\t" + x.valueText() + "\t" + plain(x.value()) + "\t" + x.unit() + "\t" + x.sentence());
        }
      }
      // value exactness among claims that agree on sentence, unit and written text
      int checked = 0;
      int exact = 0;
      for (GoldClaim x : g) {
        if (x.redacted()) {
          continue;
        }
        for (ClaimSpan c : p) {
          if (sameSentence(c.sentence(), x.sentence()) && c.unit().equals(x.unit()) && squeeze(c.valueText()).equals(squeeze(x.valueText()))) {
            checked++;
            if (c.value() != null && c.value().compareTo(x.value()) == 0) {
              exact++;
            }
            break;
          }
        }
      }
      Score s = new Score(doc.getKey(), g.size(), p.size(), matched, checked, exact, subjectExact);
      perDoc.add(s);
      overall = overall.plus(s);
    }
    return new Result(perDoc, overall, fps, fns);
  }

  private static boolean sameValue(ClaimSpan c, GoldClaim g) {
    if (g.redacted() || g.value() == null) {
      return c.value() == null && squeeze(c.valueText()).equals(squeeze(g.valueText()));
    }
    return c.value() != null && c.value().compareTo(g.value()) == 0;
  }

  private static boolean sameSentence(String a, String b) {
    String x = squeeze(a);
    String y = squeeze(b);
    return x.equals(y) || (Math.min(x.length(), y.length()) >= 8 && (x.contains(y) || y.contains(x)));
  }

  private static String squeeze(String s) {
    return s.replaceAll("\\s+", "");
  }

  private static String plain(@Nullable BigDecimal v) {
    return v == null ? "" : v.toPlainString();
  }

  /** Prints per-document and overall precision/recall, then the misses. */
  public static void print(Result r, PrintStream out) {
    out.println("doc\tgold\tpredicted\tmatched\tprecision\trecall\tvalue_exact\tsubject_exact");
    for (Score s : r.perDoc()) {
      out.println(line(s));
    }
    out.println(line(r.overall()));
    for (String fp : r.falsePositives()) {
      out.println("FP\t" + fp);
    }
    for (String fn : r.falseNegatives()) {
      out.println("FN\t" + fn);
    }
  }

  private static String line(Score s) {
    return String.format(
        Locale.ROOT,
        "%s\t%d\t%d\t%d\t%.3f\t%.3f\t%d/%d\t%d/%d",
        s.doc(), s.gold(), s.predicted(), s.matched(), s.precision(), s.recall(), s.valueExact(), s.valueChecked(), s.subjectExact(), s.matched());
  }

  /** Reads {@code NNN.txt} files of a folder as id -> text. */
  public static Map<String, String> readDocs(Path dir) throws IOException {
    Map<String, String> docs = new TreeMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList()) {
        String name = f.getFileName().toString();
        docs.put(name.substring(0, name.length() - 4), Files.readString(f, StandardCharsets.UTF_8));
      }
    }
    return docs;
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: ClaimEvaluation GOLD.tsv SEEDS_DIR");
      System.exit(2);
    }
    List<GoldClaim> gold;
    try (Reader r = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
      gold = readGold(r);
    }
    Map<String, String> docs = readDocs(Path.of(args[1]));
    Result result = new ClaimEvaluation(new Sectioner(), ClaimExtractor.standard()).evaluate(docs, gold);
    print(result, System.out);
  }
}
