package org.zhnorm.text.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.zhnorm.text.Budget;
import org.zhnorm.text.segment.Token;
import org.zhnorm.text.segment.WordSegmenter;

/**
 * Finds quantitative claims: every sentence that states a quantity gives one {@link ClaimSpan} per
 * quantity that is a claim. The parts:
 *
 * <ul>
 *   <li>{@link Numerals} reads a number (Arabic, full-width, thousands separators, Chinese numerals,
 *       {@code 百分之…}, mixed {@code 2亿6,550万}, approximate numerals {@code 一两/十几/数百} as
 *       ranges, {@code x}-masks);
 *   <li>{@link QuantityParser} adds the unit ({@link UnitTable}, longest match; prices {@code
 *       元/千瓦时}), ranges ({@code 3至5年}, {@code 10元到25元}) and the {@link Qualifier} from the
 *       words around it ({@link ClaimWords});
 *   <li>{@link ClaimFilters} drops what is not a claim (years, dates, decades, time frames,
 *       rankings, ordinals, model numbers, names, page furniture, …);
 *   <li>{@link SubjectFinder} finds the noun phrase the quantity counts from the segmenter's words
 *       and tags;
 *   <li>{@link Currencies} gives money its ISO 4217 currency (a bare 元 from the document's region).
 * </ul>
 *
 * <p>Year: the year the claim refers to is the nearest year written before the quantity in its
 * sentence (for a span {@code 2019年至2021年…累计135亿元} that is the span's end, 2021: the figure is
 * the total up to it), else the first year written after it in the sentence, else the first year
 * of the section heading, else null. Years are 4-digit Arabic (1000–2100) or Chinese digits before
 * 年, and Republic-of-China years {@code 民国N年} (1911 + N; in a Taiwan document, whose bare 元 is
 * TWD, also a plain {@code 110年}).
 *
 * <p>Immutable and thread-safe; build once with {@link #standard()}.
 */
public final class ClaimExtractor {
  private static final String SENTENCE_END = "。！？!?；;\n";
  private static final Pattern YEAR = Pattern.compile("(民国|民國)?([0-9]{4}|[0-9]{1,3}|[零〇○一二三四五六七八九]{4}|[一二三四五六七八九十百]{1,4})年");
  /** The most characters a {@link #YEAR} match holds before its 年 (民国 and four digits). */
  private static final int YEAR_REACH = 6;
  private static final int MIN_YEAR = 1900;
  private static final int MAX_YEAR = 2100;
  private static final int ROC_BASE = 1911;

  private final Gazetteer gazetteer;
  private final QuantityParser parser;
  private final ClaimFilters filters;
  private final SubjectFinder subjects;

  private ClaimExtractor(UnitTable units, Gazetteer gazetteer, ClaimWords words) {
    this.gazetteer = gazetteer;
    this.parser = new QuantityParser(units, words);
    this.filters = new ClaimFilters(words, parser);
    this.subjects = new SubjectFinder(words);
  }

  /** Loads the bundled units table, word lists and gazetteer once. */
  public static ClaimExtractor standard() {
    return new ClaimExtractor(UnitTable.load(), Gazetteer.load(), ClaimWords.load());
  }

  /**
   * Claims of a section, segmenting it with the pipeline's {@link WordSegmenter}; a bare 元 takes
   * the region the section's own text gives ({@link Currencies#regionOf}).
   */
  public List<ClaimSpan> extract(String sectionText, @Nullable String heading) {
    return extract(sectionText, heading, WordSegmenter.load().segment(sectionText), Currencies.regionOf(null, null, sectionText));
  }

  /**
   * Claims of a section whose words are {@code tokens} (offsets into {@code sectionText}), in a
   * document of {@code region}.
   */
  public List<ClaimSpan> extract(String sectionText, @Nullable String heading, List<Token> tokens, Currencies.Region region) {
    List<ClaimSpan> out = new ArrayList<>();
    Integer headingYear = heading == null ? null : firstYear(heading);
    String context = heading == null ? sectionText : heading + "\n" + sectionText;
    int s = 0;
    int tk = 0;
    while (s < sectionText.length()) {
      Budget.check();
      int e = s;
      while (e < sectionText.length() && SENTENCE_END.indexOf(sectionText.charAt(e)) < 0) {
        e++;
      }
      int end = Math.min(e + 1, sectionText.length());
      String raw = sectionText.substring(s, end);
      int lead = raw.length() - raw.stripLeading().length();
      String sentence = raw.strip();
      int offset = s + lead;
      while (tk < tokens.size() && tokens.get(tk).start() < offset) {
        tk++;
      }
      int tkEnd = tk;
      while (tkEnd < tokens.size() && tokens.get(tkEnd).start() < offset + sentence.length()) {
        tkEnd++;
      }
      if (!sentence.isEmpty()) {
        sentenceClaims(sentence, offset, tokens.subList(tk, tkEnd), headingYear, context, region, out);
      }
      s = end;
    }
    return distinct(out);
  }

  /** The claims of one sentence; {@code sectionTokens} are its tokens at offsets in the section. */
  private void sentenceClaims(
      String sentence, int offset, List<Token> sectionTokens, @Nullable Integer headingYear, String context,
      Currencies.Region region, List<ClaimSpan> out) {
    String norm = ChineseNumber.normalize1to1(sentence);
    List<Quantity> all = parser.quantities(sentence, norm);
    if (all.isEmpty()) {
      return; // most sentences: no quantity, so no tokens at sentence offsets are made
    }
    List<Token> tokens = new ArrayList<>(sectionTokens.size());
    for (Token t : sectionTokens) {
      tokens.add(new Token(t.word(), t.pos(), t.start() - offset));
    }
    List<Quantity> qs = new ArrayList<>();
    List<Quantity> groups = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      String reason = filters.reason(sentence, norm, all, i, tokens, taiwan(region));
      if (reason == null) {
        qs.add(all.get(i));
      } else if (reason.startsWith(ClaimFilters.SUBJECT_QUALIFIER)) {
        groups.add(all.get(i));
      }
    }
    if (qs.isEmpty()) {
      return;
    }
    List<String> subs = new ArrayList<>(subjects.subjects(sentence, tokens, qs));
    for (int i = 0; i < qs.size(); i++) {
      subs.set(i, withGroup(sentence, groups, qs.get(i), subs.get(i)));
    }
    List<Place> places = gazetteer.find(sentence, context);
    List<int[]> years = years(sentence, taiwan(region));
    for (int i = 0; i < qs.size(); i++) {
      Quantity q = qs.get(i);
      Qualifier qualifier = q.qualifier();
      java.math.BigDecimal lower = q.lower();
      java.math.BigDecimal upper = q.upper();
      if (i > 0 && qualifier == Qualifier.EXACT && inParenthesisAfter(sentence, qs.get(i - 1), q)
          && (qs.get(i - 1).qualifier() == Qualifier.AT_MOST || qs.get(i - 1).qualifier() == Qualifier.AT_LEAST)) {
        // 不超过3万元（按季9万元）: the alternative in the parenthesis has the same bound
        qualifier = qs.get(i - 1).qualifier();
        lower = qualifier == Qualifier.AT_LEAST ? q.value() : null;
        upper = qualifier == Qualifier.AT_MOST ? q.value() : null;
      }
      Currencies.Region currency = Currencies.of(q, region);
      out.add(
          new ClaimSpan(
              sentence,
              offset,
              offset + q.start(),
              subs.get(i),
              q.value(),
              q.text(),
              q.base(),
              q.kind(),
              qualifier.label(),
              lower,
              upper,
              currency.currency(),
              currency.from(),
              yearFor(years, q.start(), headingYear),
              q.redacted(),
              places));
    }
  }

  /**
   * A group description before the subject stays in it (seed convention): 10万元以上的村达到了72.8%
   * has subject 10万元以上的村, 35岁以下的占34.1% has subject 35岁以下的.
   */
  private static String withGroup(String sentence, List<Quantity> groups, Quantity q, String subject) {
    for (Quantity g : groups) {
      int de = g.end();
      if (de >= q.start() || sentence.charAt(de) != '的') {
        continue;
      }
      String between = sentence.substring(de + 1, q.start());
      if (between.chars().anyMatch(c -> "，,；;：:。！？!?".indexOf(c) >= 0)) {
        continue;
      }
      if (subject.isEmpty()) {
        return sentence.substring(g.start(), de + 1);
      }
      if (sentence.startsWith(subject, de + 1)) {
        return sentence.substring(g.start(), de + 1) + subject;
      }
    }
    return subject;
  }

  private static boolean taiwan(Currencies.Region region) {
    return region.currency().equals("TWD");
  }

  private static boolean inParenthesisAfter(String sentence, Quantity prev, Quantity q) {
    String between = sentence.substring(prev.end(), q.start());
    return !between.isEmpty() && (between.charAt(0) == '（' || between.charAt(0) == '(') && between.length() <= 4;
  }

  /**
   * Claims with repeated text written once: when a sentence appears again in the document, its
   * claims equal in sentence, written value, value, bounds, unit, qualifier and subject keep the
   * first; the same figure stated twice within one sentence stays two claims.
   */
  public static List<ClaimSpan> distinct(List<ClaimSpan> claims) {
    Map<String, ClaimSpan> seen = new LinkedHashMap<>();
    List<String> keys = keys(claims);
    for (int i = 0; i < claims.size(); i++) {
      seen.putIfAbsent(keys.get(i), claims.get(i));
    }
    return List.copyOf(seen.values());
  }

  /**
   * The identity of each claim for {@link #distinct}: sentence, the figure's offset within it,
   * written value, value, bounds, unit, qualifier and subject. A repeated sentence gives the same
   * keys; two figures of one sentence never do.
   */
  public static List<String> keys(List<ClaimSpan> claims) {
    List<String> out = new ArrayList<>(claims.size());
    for (ClaimSpan c : claims) {
      out.add(String.join("\u0001", c.sentence(), Integer.toString(c.start() - c.sentenceStart()), c.valueText(),
          String.valueOf(c.value()), String.valueOf(c.lower()), String.valueOf(c.upper()), c.unit(), c.qualifier(), c.subject()));
    }
    return out;
  }

  /**
   * Places named in {@code text} (for example a document title, to group claims whose sentences
   * name no place), resolved through the gazetteer with {@code text} as context.
   */
  public List<Place> places(String text) {
    return gazetteer.find(text, text);
  }

  /** The first year stated in {@code text} ({@code 2020年}, {@code 二○○一年}, {@code 民国100年}), else null. */
  static @Nullable Integer year(String text) {
    return firstYear(text);
  }

  private static @Nullable Integer firstYear(String text) {
    for (int[] y : years(text, false)) {
      return y[1];
    }
    return null;
  }

  /** The year for a quantity at {@code pos}: nearest before it, else first after, else the heading's. */
  private static @Nullable Integer yearFor(List<int[]> years, int pos, @Nullable Integer headingYear) {
    Integer before = null;
    Integer after = null;
    for (int[] y : years) {
      if (y[0] < pos) {
        before = y[1];
      } else if (after == null) {
        after = y[1];
      }
    }
    return before != null ? before : after != null ? after : headingYear;
  }

  /** {start, year} of every year written in {@code text}. */
  private static List<int[]> years(String text, boolean taiwan) {
    List<int[]> out = new ArrayList<>();
    Matcher m = null;
    int from = 0; // where the search goes on: the end of the last match
    // a match ends at a 年 and starts at most YEAR_REACH characters before it (no part of it can hold a
    // 年 but the last): searching a short region before each 年 finds what a search of the whole text
    // finds, without trying the pattern at every position of the text
    for (int nian = text.indexOf('年'); nian >= 0; nian = text.indexOf('年', nian + 1)) {
      if (m == null) {
        m = YEAR.matcher(text);
      }
      m.region(Math.max(from, nian - YEAR_REACH), nian + 1);
      if (!m.find()) {
        continue;
      }
      from = m.end();
      if (m.start() > 0 && Character.isDigit(text.charAt(m.start() - 1))) {
        continue;
      }
      boolean roc = m.group(1) != null;
      String digits = m.group(2);
      int y;
      try {
        y = ChineseNumber.parse(digits).intValueExact();
      } catch (ArithmeticException | NumberFormatException e) {
        continue;
      }
      boolean plainRoc = taiwan && digits.matches("[0-9]{2,3}") && y >= ClaimFilters.ROC_MIN && y <= ClaimFilters.ROC_MAX;
      if (roc || plainRoc) {
        y += ROC_BASE;
      } else if (!(digits.length() == 4)) {
        continue; // 3年, 十年: durations
      }
      if (y >= MIN_YEAR && y <= MAX_YEAR) {
        out.add(new int[] {m.start(), y});
      }
    }
    return out;
  }
}
