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
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.zhnorm.text.extract.ClaimExtractor;
import org.zhnorm.text.extract.ClaimSpan;
import org.zhnorm.text.extract.SectionSpan;
import org.zhnorm.text.extract.Sectioner;

/**
 * Precision, recall and per-field accuracy of {@link ClaimExtractor} (run section by section after
 * {@link Sectioner}) against a hand-checked gold file. Two formats are read (see the headers of
 * org/zhnorm/eval/seed_claims.tsv and org/zhnorm/eval/dev_claims.tsv):
 *
 * <ul>
 *   <li>seed format, 9 columns: doc, sentence, value_text, value, unit, kind, qualifier, subject,
 *       redacted; the subject is the article's whole phrase;
 *   <li>dev format, 12 columns: doc, sentence, value_text, value, lower, upper, unit, kind,
 *       qualifier, currency, subject, redacted; the subject is the head noun, alternatives
 *       separated by {@code |}, empty when the sentence names none.
 * </ul>
 *
 * <p>Matching: a claim matches a gold row of the same document when the sentences agree (equal
 * after removing whitespace, or one of at least 8 characters contains the other: a section boundary
 * may cut a sentence and dev rows may give a unique part of it) and the values agree (ranges: both
 * bounds; redacted rows: the written text). Rows are paired first where the units agree too, then
 * on value alone, so that a wrong unit counts against unit accuracy rather than twice against P and
 * R. Each gold row matches at most one claim.
 *
 * <p>Among matched pairs: unit accuracy (same base unit), qualifier accuracy, currency accuracy
 * (rows with a currency), subject accuracy. A subject is right when, for a dev row, it is a noun
 * phrase of at most {@value #MAX_SUBJECT} characters that contains one of the heads (or both are
 * empty); for a seed row, when one of the two phrases contains the other (at least 2 characters).
 * {@code valueExact}: among claims that agree with a gold row on sentence, unit and written text,
 * the share whose value is exactly the gold value.
 */
public final class ClaimEvaluation {
  /** Longest subject (characters) that still counts as a noun phrase naming a dev row's head. */
  static final int MAX_SUBJECT = 12;

  private static final Pattern SPACE = Pattern.compile("\\s+");

  /**
   * One row of a gold file.
   *
   * @param lower lower bound (dev format; for seed rows derived from the qualifier)
   * @param upper upper bound
   * @param currency ISO 4217 code, empty when not money or not annotated
   * @param subject the subject phrase (seed format) or heads separated by | (dev format)
   * @param subjectHeads true for the dev format
   */
  public record GoldClaim(
      String doc,
      String sentence,
      String valueText,
      @Nullable BigDecimal value,
      @Nullable BigDecimal lower,
      @Nullable BigDecimal upper,
      String unit,
      String kind,
      String qualifier,
      String currency,
      String subject,
      boolean subjectHeads,
      boolean redacted) {

    /** A seed-format row (no bounds, no currency, whole-phrase subject). */
    public GoldClaim(
        String doc, String sentence, String valueText, @Nullable BigDecimal value, String unit, String kind,
        String qualifier, String subject, boolean redacted) {
      this(doc, sentence, valueText, value, null, null, unit, kind, qualifier, "", subject, false, redacted);
    }

    boolean isRange() {
      return value == null && !redacted;
    }
  }

  /** Counts for one document (or all). */
  public record Score(
      String doc,
      int gold,
      int predicted,
      int matched,
      int valueChecked,
      int valueExact,
      int subjectOk,
      int unitOk,
      int qualifierOk,
      int currencyChecked,
      int currencyOk) {
    public double precision() {
      return predicted == 0 ? 1.0 : (double) matched / predicted;
    }

    public double recall() {
      return gold == 0 ? 1.0 : (double) matched / gold;
    }

    public double valueExactRate() {
      return valueChecked == 0 ? 1.0 : (double) valueExact / valueChecked;
    }

    public double subjectAccuracy() {
      return matched == 0 ? 1.0 : (double) subjectOk / matched;
    }

    public double unitAccuracy() {
      return matched == 0 ? 1.0 : (double) unitOk / matched;
    }

    public double qualifierAccuracy() {
      return matched == 0 ? 1.0 : (double) qualifierOk / matched;
    }

    public double currencyAccuracy() {
      return currencyChecked == 0 ? 1.0 : (double) currencyOk / currencyChecked;
    }

    /** Kept for callers of the seed report: subjects judged right. */
    public int subjectExact() {
      return subjectOk;
    }

    Score plus(Score o) {
      return new Score(
          "overall",
          gold + o.gold,
          predicted + o.predicted,
          matched + o.matched,
          valueChecked + o.valueChecked,
          valueExact + o.valueExact,
          subjectOk + o.subjectOk,
          unitOk + o.unitOk,
          qualifierOk + o.qualifierOk,
          currencyChecked + o.currencyChecked,
          currencyOk + o.currencyOk);
    }
  }

  /**
   * Per-document scores, the overall score, the unmatched claims and gold rows, and the matched
   * pairs that got a field wrong ({@code field\tgold\tpredicted\tsentence}).
   */
  public record Result(
      List<Score> perDoc, Score overall, List<String> falsePositives, List<String> falseNegatives, List<String> fieldErrors) {}

  private final Sectioner sectioner;
  private final ClaimExtractor extractor;

  public ClaimEvaluation(Sectioner sectioner, ClaimExtractor extractor) {
    this.sectioner = sectioner;
    this.extractor = extractor;
  }

  /** Reads a gold file: '#' comment lines, a header line, then 9 (seed) or 12 (dev) tab-separated columns. */
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
      try {
        if (f.length == 9) {
          out.add(new GoldClaim(f[0], f[1], f[2], decimal(f[3]), f[4], f[5], f[6], f[7], Boolean.parseBoolean(f[8])));
        } else if (f.length == 12) {
          out.add(new GoldClaim(f[0], f[1], f[2], decimal(f[3]), decimal(f[4]), decimal(f[5]), f[6], f[7], f[8], f[9], f[10], true,
              Boolean.parseBoolean(f[11])));
        } else {
          throw new IOException("gold line " + no + ": expected 9 (seed) or 12 (dev) tab-separated columns, got " + f.length);
        }
      } catch (NumberFormatException e) {
        throw new IOException("gold line " + no + ": bad number (" + e.getMessage() + ")", e);
      }
    }
    return out;
  }

  private static @Nullable BigDecimal decimal(String s) {
    return s.isEmpty() ? null : new BigDecimal(s);
  }

  /** All claims of a document: section by section, each with its heading. */
  public List<ClaimSpan> claims(String text) {
    List<ClaimSpan> out = new ArrayList<>();
    for (SectionSpan s : sectioner.split(text)) {
      out.addAll(extractor.extract(text.substring(s.start(), s.end()), s.heading()));
    }
    return ClaimExtractor.distinct(out);
  }

  /** Scores the extractor on {@code docs} (id -> text) against {@code gold}. */
  public Result evaluate(Map<String, String> docs, List<GoldClaim> gold) {
    List<Score> perDoc = new ArrayList<>();
    List<String> fps = new ArrayList<>();
    List<String> fns = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    Score overall = new Score("overall", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    for (Map.Entry<String, String> doc : new TreeMap<>(docs).entrySet()) {
      List<GoldClaim> g = gold.stream().filter(c -> c.doc().equals(doc.getKey())).toList();
      List<ClaimSpan> p = claims(doc.getValue());
      int[] pairOf = new int[p.size()];
      java.util.Arrays.fill(pairOf, -1);
      boolean[] used = new boolean[g.size()];
      for (int pass = 0; pass < 2; pass++) {
        for (int ci = 0; ci < p.size(); ci++) {
          if (pairOf[ci] >= 0) {
            continue;
          }
          ClaimSpan c = p.get(ci);
          for (int i = 0; i < g.size(); i++) {
            GoldClaim x = g.get(i);
            if (!used[i] && sameSentence(c.sentence(), x.sentence()) && sameValue(c, x) && (pass == 1 || c.unit().equals(x.unit()))) {
              used[i] = true;
              pairOf[ci] = i;
              break;
            }
          }
        }
      }
      int matched = 0;
      int subjectOk = 0;
      int unitOk = 0;
      int qualifierOk = 0;
      int currencyChecked = 0;
      int currencyOk = 0;
      for (int ci = 0; ci < p.size(); ci++) {
        ClaimSpan c = p.get(ci);
        if (pairOf[ci] < 0) {
          fps.add(doc.getKey() + "\t" + c.valueText() + "\t" + plain(c.value()) + "\t" + c.unit() + "\t" + c.sentence());
          continue;
        }
        GoldClaim x = g.get(pairOf[ci]);
        matched++;
        String where = doc.getKey() + "\t" + c.valueText();
        if (subjectOk(c.subject(), x)) {
          subjectOk++;
        } else {
          errors.add("subject\t" + x.subject() + "\t" + c.subject() + "\t" + where + "\t" + c.sentence());
        }
        if (c.unit().equals(x.unit())) {
          unitOk++;
        } else {
          errors.add("unit\t" + x.unit() + "\t" + c.unit() + "\t" + where);
        }
        if (c.qualifier().equals(x.qualifier())) {
          qualifierOk++;
        } else {
          errors.add("qualifier\t" + x.qualifier() + "\t" + c.qualifier() + "\t" + where + "\t" + c.sentence());
        }
        if (!x.currency().isEmpty()) {
          currencyChecked++;
          if (x.currency().equals(c.currency())) {
            currencyOk++;
          } else {
            errors.add("currency\t" + x.currency() + "\t" + c.currency() + "\t" + where);
          }
        }
      }
      for (int i = 0; i < g.size(); i++) {
        if (!used[i]) {
          GoldClaim x = g.get(i);
          String v = x.isRange() ? plain(x.lower()) + ".." + plain(x.upper()) : plain(x.value());
          fns.add(doc.getKey() + "\t" + x.valueText() + "\t" + v + "\t" + x.unit() + "\t" + x.sentence());
        }
      }
      // value exactness among claims that agree on sentence, unit and written text
      int checked = 0;
      int exact = 0;
      for (GoldClaim x : g) {
        if (x.redacted() || x.value() == null) {
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
      Score s = new Score(doc.getKey(), g.size(), p.size(), matched, checked, exact, subjectOk, unitOk, qualifierOk, currencyChecked, currencyOk);
      perDoc.add(s);
      overall = overall.plus(s);
    }
    return new Result(perDoc, overall, fps, fns, errors);
  }

  static boolean subjectOk(String predicted, GoldClaim g) {
    String p = squeeze(predicted);
    if (!g.subjectHeads()) {
      String x = squeeze(g.subject());
      return p.equals(x) || (p.length() >= 2 && (x.contains(p) || p.contains(x)));
    }
    if (g.subject().isEmpty()) {
      return p.isEmpty();
    }
    if (p.isEmpty() || p.length() > MAX_SUBJECT) {
      return false;
    }
    for (String head : g.subject().split("\\|")) {
      if (!head.isEmpty() && p.contains(head)) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameValue(ClaimSpan c, GoldClaim g) {
    if (g.redacted()) {
      return c.value() == null && squeeze(c.valueText()).equals(squeeze(g.valueText()));
    }
    if (g.isRange()) {
      return c.value() == null && same(c.lower(), g.lower()) && same(c.upper(), g.upper());
    }
    return c.value() != null && c.value().compareTo(g.value()) == 0;
  }

  private static boolean same(@Nullable BigDecimal a, @Nullable BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }

  private static boolean sameSentence(String a, String b) {
    String x = squeeze(a);
    String y = squeeze(b);
    return x.equals(y) || (Math.min(x.length(), y.length()) >= 8 && (x.contains(y) || y.contains(x)));
  }

  private static String squeeze(String s) {
    return SPACE.matcher(s).replaceAll("");
  }

  private static String plain(@Nullable BigDecimal v) {
    return v == null ? "" : v.toPlainString();
  }

  /** The header of {@link #summary} lines. */
  public static final String SUMMARY_HEADER = "set\tgold\tpredicted\tmatched\tP\tR\tunit\tqualifier\tcurrency\tsubject";

  /** One line: P, R and field accuracies of {@code s} under the name {@code set}. */
  public static String summary(String set, Score s) {
    return String.format(
        Locale.ROOT,
        "%s\t%d\t%d\t%d\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f",
        set, s.gold(), s.predicted(), s.matched(), s.precision(), s.recall(), s.unitAccuracy(), s.qualifierAccuracy(),
        s.currencyAccuracy(), s.subjectAccuracy());
  }

  /** Prints per-document and overall scores, then the misses and the field errors. */
  public static void print(Result r, PrintStream out) {
    out.println("doc\tgold\tpredicted\tmatched\tprecision\trecall\tvalue_exact\tunit\tqualifier\tcurrency\tsubject");
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
    for (String e : r.fieldErrors()) {
      out.println("WRONG\t" + e);
    }
  }

  private static String line(Score s) {
    return String.format(
        Locale.ROOT,
        "%s\t%d\t%d\t%d\t%.3f\t%.3f\t%d/%d\t%d/%d\t%d/%d\t%d/%d\t%d/%d",
        s.doc(), s.gold(), s.predicted(), s.matched(), s.precision(), s.recall(), s.valueExact(), s.valueChecked(),
        s.unitOk(), s.matched(), s.qualifierOk(), s.matched(), s.currencyOk(), s.currencyChecked(), s.subjectOk(), s.matched());
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

  /**
   * Texts of the gold rows' documents from a folder of {@code ID.txt} files whose names start with
   * the rows' doc ids (dev rows name a cn_web_gold page by the first 8 hex digits of its id).
   */
  public static Map<String, String> readDocsByPrefix(Path dir, List<String> ids) throws IOException {
    Map<String, String> all = readDocs(dir);
    Map<String, String> docs = new TreeMap<>();
    for (String id : ids) {
      List<String> hits = all.keySet().stream().filter(k -> k.startsWith(id)).toList();
      if (hits.size() != 1) {
        throw new IOException("gold page " + id + " names " + hits.size() + " files in " + dir + " (expected one)");
      }
      docs.put(id, all.get(hits.get(0)));
    }
    return docs;
  }

  /**
   * The pages a gold file covers: the ids of its {@code # pages:} comment line (so that a page
   * with no claims is scored too), else the docs of its rows.
   */
  public static List<String> readPages(Reader reader, List<GoldClaim> gold) throws IOException {
    BufferedReader r = new BufferedReader(reader);
    String line;
    while ((line = r.readLine()) != null) {
      if (line.startsWith("# pages:")) {
        return List.of(line.substring("# pages:".length()).trim().split("\\s+"));
      }
    }
    return gold.stream().map(GoldClaim::doc).distinct().toList();
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: ClaimEvaluation GOLD.tsv DOCS_DIR   (DOCS_DIR: ID.txt per gold doc, or files whose names start with it)");
      System.exit(2);
    }
    List<GoldClaim> gold;
    try (Reader r = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
      gold = readGold(r);
    }
    List<String> pages;
    try (Reader r = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
      pages = readPages(r, gold);
    }
    Map<String, String> docs = readDocsByPrefix(Path.of(args[1]), pages);
    Result result = new ClaimEvaluation(new Sectioner(), ClaimExtractor.standard()).evaluate(docs, gold);
    print(result, System.out);
    System.out.println(SUMMARY_HEADER);
    System.out.println(summary(args[0], result.overall()));
  }
}
