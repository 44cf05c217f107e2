package org.zhnorm.text.extract;

import java.math.BigDecimal;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.zhnorm.text.segment.Token;

/**
 * Decides which quantities are claims. Not claims (each rule is a named reason, see {@link
 * #reason}):
 *
 * <ul>
 *   <li>time points: years ({@code 2020年}, {@code 二○○一年}, {@code xxxx年}, {@code 公元前3000年},
 *       Republic-of-China years {@code 民国100年}, in a Taiwan document a plain {@code 40年}–{@code 130年},
 *       a year followed by a month {@code 110年3月}, or by 底/初/末), decades and centuries ({@code 90年代}, {@code 21世纪}; unit kind label);
 *   <li>time frames: a duration followed by 来/以来/里/中/间/期间/前/以前 ({@code 三年来}, {@code
 *       在过去10年里}, {@code 5年前}) or preceded by 未来/今后 ({@code 未来五年}); a duration before
 *       后 ({@code 10年后}) is the length of a wait and stays a claim;
 *   <li>rankings and ordinals: {@code 第一}, {@code 前三名}, session numbers {@code 市委五届二次全会};
 *   <li>model and version numbers: a number right after a Latin letter ({@code PM2.5}, {@code YE4});
 *       a time of day ({@code 3：35升空}); an address ({@code 驾桥村四组});
 *       a power, voltage, data or frequency rating right before a noun names a class ({@code
 *       100MW农光互补发电项目}, {@code 500kV变电站}); a redacted word before a figure of the same unit
 *       ({@code 示xx户xxxx余户});
 *   <li>names: numbers inside 《…》 or a short “…” without sentence punctuation ({@code “三个坚持”}),
 *       programme names ({@code 三年行动}), attribute labels ({@code 十亿元镇}), place names built
 *       from a Chinese numeral and a classifier ({@code 五棵树镇}, {@code 八家子村}), and words the
 *       segmenter knows as idioms or set phrases holding a numeral and classifier ({@code 三番五次});
 *   <li>the bare numerals 一/二 as articles or ordinals ({@code 一批}, {@code 二次}) unless a
 *       qualifier word, a half or a unit such as 倍/成 makes them counts ({@code 不到一天}, {@code 一年半}, {@code 一倍});
 *       Chinese numerals starting with 百/千/万 ({@code 百名}, {@code 千亩}) unless qualified ({@code
 *       近千元});
 *   <li>subject qualifiers: a bounded quantity before 的, or a bounded age before a noun ({@code
 *       35岁以下的}, {@code 35岁以下年轻干部}, {@code 5万元以下的村}), describes a group; shares are
 *       always claims;
 *   <li>restatements: a bound repeated in a parenthesis opened by 含/包括 ({@code 100万元（含100万元）});
 *   <li>a rate base: 1 of a measure unit followed in its clause by another quantity ({@code
 *       1平方米可以定植种苗30多株});
 *   <li>page furniture: a reading, visitor or comment count on a line without sentence punctuation.
 * </ul>
 */
final class ClaimFilters {
  /** The reason given to a bounded group description, which stays in the next claim's subject. */
  static final String SUBJECT_QUALIFIER = "subject qualifier";
  private static final String LABEL_NOUNS = "镇县乡村";
  private static final String CLAUSE_END = "，,；;：:。！？!?\n";
  private static final String SENTENCE_PUNCT = "。！？!?";
  private static final int MIN_YEAR = 1000;
  private static final int MAX_YEAR = 2100;
  private static final int MAX_NAME_QUOTE = 12;
  static final int ROC_MIN = 40;
  static final int ROC_MAX = 130;
  /** Technical ratings that, written right before a noun, name a class of product or facility. */
  private static final java.util.Set<String> DESIGNATION_KINDS = java.util.Set.of("power", "voltage", "data", "frequency");

  private final ClaimWords words;
  private final QuantityParser parser;

  ClaimFilters(ClaimWords words, QuantityParser parser) {
    this.words = words;
    this.parser = parser;
  }

  /** Null if quantity {@code i} is a claim, else the reason it is not. */
  @Nullable String reason(String sentence, String norm, List<Quantity> qs, int i, List<Token> tokens) {
    return reason(sentence, norm, qs, i, tokens, false);
  }

  /**
   * As {@link #reason(String, String, List, int, List)}; {@code taiwan} when the document is from
   * Taiwan, where a bare {@code 110年} is a Republic-of-China year.
   */
  @Nullable String reason(String sentence, String norm, List<Quantity> qs, int i, List<Token> tokens, boolean taiwan) {
    Quantity q = qs.get(i);
    if (taiwan && isRocYear(q)) {
      return "year (Republic of China)";
    }
    Numerals.Numeral n = q.numeral();
    String before = norm.substring(0, q.start());
    String rest = norm.substring(q.end());
    if (q.unit().isLabel()) {
      return "time point or rank (" + q.unit().unit() + ")";
    }
    if (isYear(q, before, rest)) {
      return "year";
    }
    if (before.endsWith("第")) {
      return "ordinal";
    }
    if (!before.isEmpty()) {
      char prev = before.charAt(before.length() - 1);
      if (prev == '.' || prev == '/' || ((prev >= 'a' && prev <= 'z') || (prev >= 'A' && prev <= 'Z'))) {
        return "model or version number";
      }
      if ((prev == ':' || prev == '：') && before.length() >= 2 && Character.isDigit(before.charAt(before.length() - 2))) {
        return "time of day (3：35)";
      }
      if ((before.endsWith("村") || before.endsWith("社区")) && ("组".equals(q.unitName()) || "队".equals(q.unitName()))) {
        return "address (村四组)";
      }
      if (prev == '几') {
        return "order of magnitude";
      }
    }
    if (n.bareOne() && !parser.qualifiedBefore(before) && !q.unitName().equals("倍") && !q.unitName().equals("成")
        && q.qualifier() != Qualifier.APPROXIMATE && !q.unitName().endsWith("百分点") && q.text().indexOf('半') < 0) {
      return "article or ordinal 一/二";
    }
    if (n.leadingScale() && !parser.qualifiedBefore(before)) {
      return "idiom or class name (百名, 千亩)";
    }
    if (n.digitString()) {
      return "digit string (a year)";
    }
    if (q.unitName().equals("成") && wordStartingAt(tokens, q.end() - 1) > 1) {
      return "成 opening a word (五成员国, 三成为)";
    }
    if ((q.unitName().equals("名") || q.unitName().equals("位")) && before.endsWith("前")) {
      return "ranking";
    }
    if (("届".equals(q.unitName()) || "次".equals(q.unitName()) || "期".equals(q.unitName())) && !rest.isEmpty()
        && "一二三四五六七八九十".indexOf(rest.charAt(0)) >= 0) {
      return "ordinal session (五届二次全会)";
    }
    if (q.numeral().shape() == Numerals.Shape.MASKED && i + 1 < qs.size() && qs.get(i + 1).start() == q.end()
        && qs.get(i + 1).unitName().equals(q.unitName())) {
      return "redacted word (示xx户xxxx余户)";
    }
    if (DESIGNATION_KINDS.contains(q.kind()) && nounAt(tokens, q.end())) {
      return "rating as a designation (100MW农光互补发电项目, 500kV变电站)";
    }
    if (insideNameQuote(norm, q.start())) {
      return "inside a name";
    }
    if (words.startingAt(rest, 0, "name_suffixes") != null) {
      return "programme name";
    }
    if (q.kind().equals("duration")) {
      String frame = words.startingAt(rest, 0, "frame_after");
      if (frame != null && !(frame.equals("中") && rest.startsWith("中心"))) {
        return "time frame (" + frame + ")";
      }
      if (words.endingOf(before, "frame_before") != null) {
        return "time frame (" + words.endingOf(before, "frame_before") + ")";
      }
    }
    if (!q.kind().equals("count") && !q.kind().equals("people") && !rest.isEmpty() && LABEL_NOUNS.indexOf(rest.charAt(0)) >= 0) {
      return "attribute label (十亿元镇)";
    }
    if (n.chinese() && lexicalized(tokens, q)) {
      return "part of an idiom or set phrase (三番五次, 三天两头)";
    }
    if (n.chinese() && placeName(rest, tokens, q.end())) {
      return "place name";
    }
    if (q.boundedSuffix() && !q.kind().equals("share") && (rest.startsWith("的") || (q.kind().equals("age") && nounAt(tokens, q.end())))) {
      return SUBJECT_QUALIFIER + " (35岁以下的)";
    }
    if (restatement(norm, q, qs, i)) {
      return "restated bound";
    }
    if (rateBase(norm, q, qs, i)) {
      return "rate base (1平方米…)";
    }
    if (furniture(norm, q)) {
      return "page furniture";
    }
    return null;
  }

  private static boolean isYear(Quantity q, String before, String rest) {
    if (!q.unit().unit().equals("年")) {
      return false;
    }
    Numerals.Numeral n = q.numeral();
    if (before.endsWith("公元前") || before.endsWith("公元") || before.endsWith("民国") || before.endsWith("民國")) {
      return true;
    }
    if (n.digitString() || (n.shape() == Numerals.Shape.MASKED && n.text().length() == 4)) {
      return true;
    }
    if (!n.chinese() && n.low() != null && n.text().length() == 4 && inYearRange(n.low())) {
      return true;
    }
    if (q.qualifier() == Qualifier.RANGE && q.upper() != null && !n.chinese() && inYearRange(q.upper()) && inYearRange(q.lower())) {
      return true; // 2019年至2021年
    }
    // a year followed by a month or by 底/初/末 is a date (ROC: 110年3月5日, 110年底)
    if (!rest.isEmpty() && "底初末".indexOf(rest.charAt(0)) >= 0) {
      return true;
    }
    int k = 0;
    while (k < rest.length() && (Character.isDigit(rest.charAt(k)) || "一二三四五六七八九十".indexOf(rest.charAt(k)) >= 0)) {
      k++;
    }
    return k > 0 && k < rest.length() && rest.charAt(k) == '月' && q.text().indexOf('个') < 0;
  }

  /**
   * True if the segmenter made the Chinese numeral and its unit part of a longer word that is not a
   * noun phrase: the word holding the numeral begins before it (三番五次), or is an idiom, set
   * phrase, adverb or adjective reaching past the unit (三天两头). Noun words (两件事) still count.
   */
  private static boolean lexicalized(List<Token> tokens, Quantity q) {
    int numStart = q.numeral().start();
    int unitEnd = q.numeral().end() + q.unit().unit().length();
    for (Token t : tokens) {
      if (t.start() <= numStart && numStart < t.end()) {
        // a word holding more than the figure: an idiom or set phrase (i, l), an adverb or adjective;
        // a noun word such as 两件事 or 三家村民 still counts
        String p = t.pos();
        boolean idiomatic = p.startsWith("i") || p.startsWith("l") || p.startsWith("d") || p.startsWith("a");
        return (t.start() < numStart || t.end() > unitEnd) && (idiomatic || t.start() < numStart);
      }
    }
    return false;
  }

  /** Length of the word that starts exactly at {@code offset}, else 0. */
  private static int wordStartingAt(List<Token> tokens, int offset) {
    for (Token t : tokens) {
      if (t.start() == offset) {
        return t.word().length();
      }
    }
    return 0;
  }

  /** True if a noun (not a verbal noun) starts exactly at {@code offset}: 35岁以下年轻干部. */
  private static boolean nounAt(List<Token> tokens, int offset) {
    for (Token t : tokens) {
      if (t.start() == offset) {
        return t.pos().startsWith("n") || t.pos().startsWith("b") || t.pos().startsWith("a");
      }
    }
    return false;
  }

  /** In a Taiwan document, a plain {@code 40年}–{@code 130年} is a Republic-of-China year (110年 = 2021). */
  static boolean isRocYear(Quantity q) {
    Numerals.Numeral n = q.numeral();
    return q.unit().unit().equals("年") && !n.chinese() && n.shape() == Numerals.Shape.EXACT && q.qualifier() == Qualifier.EXACT
        && q.text().matches("[0-9]{2,3}年") && n.low().intValue() >= ROC_MIN && n.low().intValue() <= ROC_MAX;
  }

  private static boolean inYearRange(@Nullable BigDecimal v) {
    return v != null && v.scale() <= 0 && v.compareTo(BigDecimal.valueOf(MIN_YEAR)) >= 0 && v.compareTo(BigDecimal.valueOf(MAX_YEAR)) <= 0;
  }

  /**
   * 五棵树镇, 八家子村: a place suffix one or two characters after the unit, where the segmenter
   * did not make those characters a word of their own (棵树 straddles the unit, 子 is a bound
   * morpheme); 三个行政村 (行政村 a word) is a count.
   */
  private boolean placeName(String rest, List<Token> tokens, int unitEnd) {
    int suffix = -1;
    for (int k = 1; k <= 2 && k < rest.length(); k++) {
      char c = rest.charAt(k - 1);
      if (CLAUSE_END.indexOf(c) >= 0 || c == '、' || Character.isDigit(c)) {
        return false;
      }
      if (words.contains("place_suffixes", rest.substring(k, k + 1))) {
        suffix = k;
        break;
      }
    }
    if (suffix < 0) {
      return false;
    }
    for (Token t : tokens) {
      if (t.start() < unitEnd && t.end() > unitEnd) {
        return true; // 棵树
      }
      if (t.start() == unitEnd) {
        return t.end() <= unitEnd + suffix && (t.pos().startsWith("ng") || t.pos().startsWith("g") || t.pos().equals("x"));
      }
    }
    return false;
  }

  /** 100万元（含100万元）: the same figure inside a parenthesis opened by 含/包括 right after it. */
  private boolean restatement(String norm, Quantity q, List<Quantity> qs, int i) {
    int open = q.start() - 1;
    String opener = null;
    for (String w : words.get("restate_open")) {
      if (norm.startsWith(w, q.start() - w.length()) && q.start() - w.length() - 1 >= 0) {
        opener = w;
        open = q.start() - w.length() - 1;
        break;
      }
    }
    if (opener == null || (norm.charAt(open) != '（' && norm.charAt(open) != '(')) {
      return false;
    }
    return i > 0 && qs.get(i - 1).end() == open && q.value() != null && q.value().equals(qs.get(i - 1).value());
  }

  /** 1平方米可以定植种苗30多株: "per square metre", not a stated figure. */
  private static boolean rateBase(String norm, Quantity q, List<Quantity> qs, int i) {
    if (q.value() == null || q.value().compareTo(q.unit().multiplier()) != 0 || q.numeral().low() == null
        || q.numeral().low().compareTo(BigDecimal.ONE) != 0) {
      return false;
    }
    String k = q.kind();
    if (k.equals("count") || k.equals("people") || k.equals("money") || k.equals("share") || k.equals("price")) {
      return false;
    }
    for (int j = i + 1; j < qs.size(); j++) {
      for (int c = q.end(); c < qs.get(j).start(); c++) {
        if (CLAUSE_END.indexOf(norm.charAt(c)) >= 0) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  private boolean furniture(String norm, Quantity q) {
    for (int c = 0; c < norm.length(); c++) {
      if (SENTENCE_PUNCT.indexOf(norm.charAt(c)) >= 0) {
        return false;
      }
    }
    String before = norm.substring(Math.max(0, q.start() - 6), q.start());
    String after = norm.substring(q.end(), Math.min(norm.length(), q.end() + 4));
    for (String w : words.get("furniture")) {
      if (before.contains(w) || after.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True if {@code pos} is inside a name: 《…》, or a short “…”/「…」 without sentence punctuation
   * (“三个坚持”, “一年建设、两年巩固”). Quoted speech (“25天成苗后，就可以移栽。”) and long quotations
   * are not names.
   */
  static boolean insideNameQuote(String s, int pos) {
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
    boolean list = false;
    for (int i = open + 1; i < close; i++) {
      if ("，,。！？!?；;：:".indexOf(s.charAt(i)) >= 0) {
        return false;
      }
      list |= s.charAt(i) == '、';
    }
    return list || close - open - 1 <= MAX_NAME_QUOTE;
  }
}
