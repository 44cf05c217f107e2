package org.zhnorm.text.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.zhnorm.text.Budget;

/**
 * Finds quantitative claims: every sentence that states a quantity gives one {@link ClaimSpan}
 * per quantity.
 *
 * <p>A quantity is a number ({@link ChineseNumber}: Arabic, full-width, Chinese numerals, {@code
 * 百分之…}, or an {@code x}-mask such as {@code x.x}) with optional 多/余 and scale (万/亿/千/百)
 * followed by a unit from {@link UnitTable} (longest match) or by %. Conventions (see also
 * src/test/resources/gold/seed_claims.tsv):
 *
 * <ul>
 *   <li>Qualifiers: {@code 约/大约/近/将近/接近 … 左右} approximate (no bounds); {@code 多/余/以上/超过/逾}
 *       at_least (lower = value); {@code 以下/不到/不足/以内} at_most (upper = value); {@code 3-5年},
 *       {@code 3至5年} range (lower, upper; value null).
 *   <li>A 4-digit number before 年 ({@code 2020年}, {@code 二○○一年}, {@code xxxx年}; Arabic ones
   *       only from 1000 to 2100 or after 公元前) is a year: it
 *       sets the claim's year and is not itself a claim. Otherwise the year is the first year in
 *       the sentence, else in the heading.
 *   <li>Subject qualifiers: a bounded age ({@code 35岁以下}) or a bounded quantity followed by 的
 *       ({@code 5万元以下的村}) describes a group, not a claim; it stays in the subject of the claim
 *       that follows ({@code 35岁以下的占34.1%} has subject {@code 35岁以下的}). Shares are always claims.
 *   <li>Vague magnitudes ({@code 几十万元}) are not claims.
   *   <li>Not claims: numbers inside 《…》 or inside “…” without sentence punctuation (names of
 *       campaigns; quoted speech with ，。 does count), ordinals ({@code 第一}), the bare
 *       numerals 一/二 (一批, 一村一品, 二次; counts use 两), Chinese numerals starting with 百/千/万 (百名…, 千亩…, idioms),
 *       quantities naming a programme ({@code 三年行动}) or a period ({@code 三年来}), attribute labels
 *       ({@code 十亿元镇}), and masks before 村 (a redacted village name, {@code xx村}).
 *   <li>Two adjacent Chinese digits ({@code 三四个}) are a range (3 to 4); 方 and 村 count only after
   *       Arabic digits ({@code 三方} is three parties, {@code 木四村} a name).
   *   <li>Redacted figures ({@code x.x亿元}, {@code xx个}) are claims with redacted = true and no value.
 * </ul>
 *
 * <p>Immutable and thread-safe; build once with {@link #standard()}.
 */
public final class ClaimExtractor {
  private static final Pattern SUBJECT_HEAD = Pattern.compile("^[、，,和与及并的”）)\\s]+");
  private static final Pattern SUBJECT_TAIL = Pattern.compile("[、，,和与及“（(\\s]+$");
  private static final Pattern NUMBER =
      Pattern.compile(
          "(百分之)?([xX]+(?:\\.[xX]+)?|[0-9０-９]+(?:,[0-9]{3})*(?:[.．][0-9０-９]+)?"
              + "|[零〇○一二两三四五六七八九十][零〇○一二两三四五六七八九十百千万亿]*)");
  private static final Pattern RANGE_SEP = Pattern.compile("[-—–~～至到]");
  private static final String SCALES = "万亿千百";
  private static final String SENTENCE_END = "。！？!?；;\n";
  private static final String CLAUSE_END = "，,；;：:。！？!?\n";
  private static final List<String> APPROX_BEFORE = List.of("大约", "将近", "接近", "约", "近");
  private static final List<String> AT_LEAST_BEFORE = List.of("超过", "多于", "逾");
  private static final List<String> AT_MOST_BEFORE = List.of("不到", "不足", "少于");
  private static final List<String> NAME_SUFFIXES = List.of("行动", "计划", "规划", "工程", "战略");
  private static final String LABEL_NOUNS = "镇县乡村";
  /** Units that are ordinary words after Chinese numerals or masks (三方 = three parties, xx村 = a name). */
  private static final java.util.Set<String> ARABIC_ONLY_UNITS = java.util.Set.of("方", "村");
  private static final List<String> SUBJECT_TRAILING =
      List.of(
          "达到了", "增加到", "增长到", "提高到", "下降到", "达到", "共计", "累计", "总计", "合计", "增加", "增长",
          "下降", "提高", "减少", "突破", "超过", "不到", "不足", "大约", "将近", "接近", "达", "为", "是", "占",
          "约", "近", "共", "有", "逾", "了");
  private static final Pattern YEAR = Pattern.compile("([0-9]{4}|[零〇○一二三四五六七八九]{4})年");

  private static final int MIN_YEAR = 1900;
  private static final int MAX_YEAR = 2100;

  private final UnitTable units;
  private final Gazetteer gazetteer;

  private ClaimExtractor(UnitTable units, Gazetteer gazetteer) {
    this.units = units;
    this.gazetteer = gazetteer;
  }

  /** Loads the bundled units table and gazetteer once. */
  public static ClaimExtractor standard() {
    return new ClaimExtractor(UnitTable.load(), Gazetteer.load());
  }

  /** A quantity found in a sentence (offsets into the sentence). */
  private record Quantity(
      int start,
      int end,
      String text,
      UnitTable.Unit unit,
      @Nullable BigDecimal value,
      String qualifier,
      @Nullable BigDecimal lower,
      @Nullable BigDecimal upper,
      boolean redacted,
      boolean claim) {}

  public List<ClaimSpan> extract(String sectionText, @Nullable String heading) {
    List<ClaimSpan> out = new ArrayList<>();
    Integer headingYear = heading == null ? null : year(heading);
    String context = heading == null ? sectionText : heading + "\n" + sectionText;
    int s = 0;
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
      if (!sentence.isEmpty()) {
        List<Quantity> qs = quantities(sentence);
        if (qs.stream().anyMatch(Quantity::claim)) {
          Integer y = year(sentence);
          if (y == null) {
            y = headingYear;
          }
          List<Place> places = gazetteer.find(sentence, context);
          for (int i = 0; i < qs.size(); i++) {
            Quantity q = qs.get(i);
            if (!q.claim()) {
              continue;
            }
            out.add(
                new ClaimSpan(
                    sentence,
                    s + lead + q.start(),
                    subject(sentence, qs, i),
                    q.value(),
                    q.text(),
                    q.unit().base(),
                    q.unit().kind(),
                    q.qualifier(),
                    q.lower(),
                    q.upper(),
                    y,
                    q.redacted(),
                    places));
          }
        }
      }
      s = end;
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

  /** The first year stated in {@code text} ({@code 2020年}, {@code 二○○一年}), else null. */
  static @Nullable Integer year(String text) {
    Matcher m = YEAR.matcher(text);
    while (m.find()) {
      if (m.start() > 0 && Character.isDigit(text.charAt(m.start() - 1))) {
        continue;
      }
      int y = ChineseNumber.parse(m.group(1)).intValueExact();
      if (y >= MIN_YEAR && y <= MAX_YEAR) {
        return y;
      }
    }
    return null;
  }

  private List<Quantity> quantities(String sentence) {
    String norm = ChineseNumber.normalize1to1(sentence);
    List<Quantity> out = new ArrayList<>();
    Matcher m = NUMBER.matcher(norm);
    int from = 0;
    while (from < norm.length() && m.find(from)) {
      Quantity q = quantityAt(sentence, norm, m);
      if (q != null) {
        out.add(q);
        from = q.end();
      } else {
        from = m.end();
      }
    }
    return out;
  }

  private @Nullable Quantity quantityAt(String sentence, String norm, Matcher m) {
    int start = m.start();
    boolean percentWords = m.group(1) != null;
    String num = m.group(2);
    boolean chinese = !percentWords && isChineseNumeral(num);
    boolean masked = num.indexOf('x') >= 0 || num.indexOf('X') >= 0;
    if (start > 0) {
      char prev = norm.charAt(start - 1);
      // ordinals (第一), the tail of a dotted or slashed token (3.2., x/x)
      if (prev == '第' || prev == '.' || prev == '/') {
        return null;
      }
      if (prev == '几') {
        return null; // 几十万元: an order of magnitude, not a stated figure
      }
      if (masked && Character.isLetter(prev) && prev < 0x80) {
        return null; // "xx" inside a Latin word
      }
    }
    // 一批/一村一品, 二次/二级 (counts use 两, bare 一/二 are articles or ordinals); 百名/千亩/万亩 are idioms
    if (chinese && (num.equals("一") || num.equals("二") || num.charAt(0) == '百' || num.charAt(0) == '千' || num.charAt(0) == '万')) {
      return null;
    }
    int p = m.end();
    String qualifier = "exact";
    BigDecimal upperNumber = null;
    String upperText = null;
    StringBuilder numText = new StringBuilder(num);
    if (!percentWords) {
      // range: 3-5年, 3至5年
      if (p < norm.length() && RANGE_SEP.matcher(norm.substring(p, p + 1)).matches()) {
        Matcher m2 = NUMBER.matcher(norm);
        if (m2.find(p + 1) && m2.start() == p + 1 && m2.group(1) == null) {
          int q = m2.end();
          String n2 = m2.group(2);
          StringBuilder n2b = new StringBuilder(n2);
          while (q < norm.length() && SCALES.indexOf(norm.charAt(q)) >= 0 && !isChineseNumeral(n2)) {
            n2b.append(norm.charAt(q));
            q++;
          }
          if (unitAt(norm, q) != null || (q < norm.length() && norm.charAt(q) == '%')) {
            upperText = n2b.toString();
            String scale = upperText.substring(n2.length());
            if (!chinese && !scale.isEmpty()) {
              numText.append(scale); // 3-5万元: the scale applies to both ends
            }
            if (n2.indexOf('x') < 0 && ChineseNumber.isNumber(upperText)) {
              upperNumber = ChineseNumber.parse(upperText);
            }
            qualifier = "range";
            p = q;
          }
        }
      }
      if (!qualifier.equals("range")) {
        if (p < norm.length() && (norm.charAt(p) == '多' || norm.charAt(p) == '余')) {
          qualifier = "at_least";
          p++;
        }
        int scaleStart = p;
        while (!chinese && p < norm.length() && SCALES.indexOf(norm.charAt(p)) >= 0 && units.longestAt(norm, p) == null) {
          p++;
        }
        // 1400多万元: the scale belongs to the number, 多 qualifies it
        numText.append(norm, scaleStart, p);
        if (p < norm.length() && (norm.charAt(p) == '多' || norm.charAt(p) == '余')) {
          qualifier = "at_least";
          p++;
        }
      }
    }
    UnitTable.Unit unit;
    if (percentWords) {
      unit = units.get("%");
    } else if (p < norm.length() && (norm.charAt(p) == '%' || norm.charAt(p) == '％')) {
      unit = units.get("%");
      p++;
    } else {
      unit = unitAt(norm, p);
      if (unit == null && p + 1 < norm.length() && (norm.charAt(p) == ' ' || norm.charAt(p) == '\u00a0')) {
        unit = unitAt(norm, p + 1); // "57 项"
        if (unit != null) {
          p++;
        }
      }
      if (unit == null) {
        return null;
      }
      p += unit.unit().length();
    }
    int end = p;
    // a 4-digit number before 年 is a year (2020年, 二○○一年, xxxx年, 公元前3000年), not a duration;
    // other 4-digit amounts of years (同最近的5000年相比) are durations
    if (unit.unit().equals("年") && norm.substring(0, start).endsWith("公元前")) {
      return null;
    }
    if (unit.unit().equals("年") && num.length() == 4 && (!chinese || isDigitString(num))) {
      if (masked || chinese) {
        return null;
      }
      int v = Integer.parseInt(num);
      if (v >= 1000 && v <= MAX_YEAR) {
        return null;
      }
    }
    if ((masked || chinese) && ARABIC_ONLY_UNITS.contains(unit.unit())) {
      return null; // xx村, 木四村: a (redacted) village name; 三方: three parties, not cubic metres
    }
    BigDecimal digitPairLow = null;
    if (chinese && isDigitString(num) && num.length() >= 2) {
      // 三四个, 七八天: "three or four"; other Chinese digit strings are only years
      int a = "零一二三四五六七八九".indexOf(num.charAt(0));
      int b = "零一二三四五六七八九".indexOf(num.charAt(1));
      if (num.length() != 2 || a < 1 || b != a + 1) {
        return null;
      }
      digitPairLow = BigDecimal.valueOf(a);
      upperNumber = BigDecimal.valueOf(b);
      qualifier = "range";
    }
    // trailing qualifiers
    String after = norm.substring(end);
    boolean boundedSuffix = false;
    if (after.startsWith("以上") || after.startsWith("之上")) {
      qualifier = qualifier.equals("range") ? qualifier : "at_least";
      end += 2;
      boundedSuffix = true;
    } else if (after.startsWith("以下") || after.startsWith("以内") || after.startsWith("之内")) {
      qualifier = qualifier.equals("range") ? qualifier : "at_most";
      end += 2;
      boundedSuffix = true;
    } else if (after.startsWith("左右")) {
      qualifier = qualifier.equals("range") ? qualifier : "approximate";
      end += 2;
    }
    String before = norm.substring(0, start);
    if (qualifier.equals("exact")) {
      if (endsWithAny(before, APPROX_BEFORE)) {
        qualifier = "approximate";
      } else if (endsWithAny(before, AT_LEAST_BEFORE)) {
        qualifier = "at_least";
      } else if (endsWithAny(before, AT_MOST_BEFORE)) {
        qualifier = "at_most";
      }
    }
    boolean claim = true;
    String rest = norm.substring(end);
    if (insideNameQuote(norm, start)) {
      claim = false;
    } else if (startsWithAny(rest, NAME_SUFFIXES)) {
      claim = false; // 三年行动: a programme's name
    } else if (unit.kind().equals("duration") && rest.startsWith("来")) {
      claim = false; // 三年来: a period
    } else if (!unit.kind().equals("count") && !unit.kind().equals("people") && !rest.isEmpty()
        && LABEL_NOUNS.indexOf(rest.charAt(0)) >= 0) {
      claim = false; // 十亿元镇: an attribute label
    } else if (boundedSuffix && !unit.kind().equals("share") && (unit.kind().equals("age") || rest.startsWith("的"))) {
      claim = false; // 35岁以下的 / 5万元以下的村: a subject qualifier
    }
    String text = sentence.substring(start, end);
    BigDecimal value = null;
    BigDecimal lower = null;
    BigDecimal upper = null;
    boolean redacted = masked;
    if (!masked) {
      if (digitPairLow == null && !ChineseNumber.isNumber(numText.toString())) {
        return null; // 0万万, 十十: digits and scales that do not form a number
      }
      BigDecimal n = (digitPairLow != null ? digitPairLow : ChineseNumber.parse(numText.toString())).multiply(unit.multiplier());
      value = strip(n);
      if (qualifier.equals("range")) {
        lower = value;
        upper = upperNumber == null ? null : strip(upperNumber.multiply(unit.multiplier()));
        value = null;
        if (upperText != null && upperNumber == null) {
          redacted = true;
        }
      }
    } else if (qualifier.equals("range")) {
      value = null;
    }
    if (value != null) {
      switch (qualifier) {
        case "exact" -> {
          lower = value;
          upper = value;
        }
        case "at_least" -> lower = value;
        case "at_most" -> upper = value;
        default -> {}
      }
    }
    return new Quantity(start, end, text, unit, value, qualifier, lower, upper, redacted, claim);
  }

  private UnitTable.@Nullable Unit unitAt(String norm, int p) {
    if (p >= norm.length()) {
      return null;
    }
    return units.longestAt(norm, p);
  }

  private static BigDecimal strip(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  private static boolean isChineseNumeral(String s) {
    char c = s.charAt(0);
    return !(c >= '0' && c <= '9') && c != 'x' && c != 'X';
  }

  private static boolean isDigitString(String s) {
    for (int i = 0; i < s.length(); i++) {
      if ("零〇○一二三四五六七八九".indexOf(s.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * True if {@code pos} is inside a quoted name: 《…》, or “…”/「…」 without sentence punctuation
   * (“三个坚持”, “一年建设、两年巩固”). Quoted speech (“25天成苗后，就可以移栽。”) is not a name.
   */
  private static boolean insideNameQuote(String s, int pos) {
    int open = -1;
    int book = 0;
    for (int i = 0; i < pos; i++) {
      char c = s.charAt(i);
      if (c == '“' || c == '「') {
        open = i;
      } else if ((c == '”' || c == '」') && open >= 0) {
        open = -1;
      } else if (c == '《') {
        book++;
      } else if (c == '》' && book > 0) {
        book--;
      }
    }
    if (book > 0) {
      return true;
    }
    if (open < 0) {
      return false;
    }
    int close = pos;
    while (close < s.length() && s.charAt(close) != '”' && s.charAt(close) != '」') {
      close++;
    }
    for (int i = open + 1; i < close; i++) {
      if ("，,。！？!?；;：:".indexOf(s.charAt(i)) >= 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean endsWithAny(String s, List<String> words) {
    for (String w : words) {
      if (s.endsWith(w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWithAny(String s, List<String> words) {
    for (String w : words) {
      if (s.startsWith(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The subject of quantity {@code i}: the words between the previous claim (or the clause start)
   * and the quantity, without trailing verbs of measure (达到, 为, 占 …); for a count or people
   * quantity written before its noun ({@code 打造20个村级集体经济示范点}), the words after it.
   */
  private static String subject(String sentence, List<Quantity> qs, int i) {
    Quantity q = qs.get(i);
    int from = q.start();
    while (from > 0 && CLAUSE_END.indexOf(sentence.charAt(from - 1)) < 0) {
      from--;
    }
    for (int j = i - 1; j >= 0; j--) {
      if (qs.get(j).claim() && qs.get(j).end() > from) {
        from = qs.get(j).end();
        break;
      }
    }
    String before = trimSubject(sentence.substring(from, q.start()));
    int to = q.end();
    while (to < sentence.length() && CLAUSE_END.indexOf(sentence.charAt(to)) < 0 && sentence.charAt(to) != '、') {
      to++;
    }
    if (i + 1 < qs.size() && qs.get(i + 1).start() < to && qs.get(i + 1).claim()) {
      to = qs.get(i + 1).start();
    }
    String after = trimSubject(sentence.substring(q.end(), to));
    if (after.startsWith("的")) {
      after = after.substring(1);
    }
    boolean countable = q.unit().kind().equals("count") || q.unit().kind().equals("people");
    if (countable && after.length() >= 2) {
      return after;
    }
    return before;
  }

  private static String trimSubject(String s) {
    String t = SUBJECT_TAIL.matcher(SUBJECT_HEAD.matcher(s.strip()).replaceAll("")).replaceAll("");
    if (t.startsWith("“") && t.indexOf('”') < 0) {
      t = t.substring(1); // a quote opened before the figure: “25天成苗后
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (String w : SUBJECT_TRAILING) {
        if (t.endsWith(w) && t.length() > w.length()) {
          t = t.substring(0, t.length() - w.length());
          changed = true;
        }
      }
    }
    return t.strip();
  }
}
