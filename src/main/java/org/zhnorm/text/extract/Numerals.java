package org.zhnorm.text.extract;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Reads one written number at a position of a sentence (already passed through {@link
 * ChineseNumber#normalize1to1}): Arabic with thousands separators and decimals, mixed with scales
 * ({@code 1.08亿}, {@code 2亿6,550万}, {@code 1400多万}), Chinese numerals ({@code 三十五}), {@code
 * 百分之…}, fractions {@code 三分之一} (a share, 33.33), {@code x}-masks ({@code x/x} a share),
 * {@code 半} before a duration, and approximate numerals that are ranges:
 * adjacent digits ({@code 一两, 两三, 三四, 三五}), {@code 十几} (11 to 19), {@code 几十}/{@code 数十}
 * (20 to 90), {@code 数百}, {@code 十几万}; {@code 上千} is a lower bound. Pure functions.
 */
final class Numerals {
  /** How a numeral bounds its value before any qualifier word is read. */
  enum Shape { EXACT, AT_LEAST, RANGE, MASKED }

  /**
   * A numeral at [start, end) of the sentence.
   *
   * @param low the value (EXACT, AT_LEAST) or the low end (RANGE); null when masked
   * @param high the high end of a RANGE, else equal to low (EXACT) or null
   * @param scale trailing scale characters written after the digits (万 in 5万), for ranges whose
   *     first end omits the scale ({@code 3-5万亩})
   * @param chinese written with Chinese numerals
   * @param bareOne the bare numeral 一 or 二 (一批, 二次), which is an article or ordinal unless a
   *     qualifier word or a unit such as 倍 makes it a count
   * @param leadingScale a Chinese numeral beginning with 百/千/万 (百名, 千亩: idioms and class names)
   * @param digitString a string of Chinese digits (二○○一), only ever a year
   */
  record Numeral(
      int start,
      int end,
      String text,
      Shape shape,
      @Nullable BigDecimal low,
      @Nullable BigDecimal high,
      String scale,
      boolean chinese,
      boolean percentWords,
      boolean bareOne,
      boolean leadingScale,
      boolean digitString) {}

  private static final Pattern ARABIC = Pattern.compile("[0-9]+(?:,[0-9]{3})*(?:\\.[0-9]+)?");
  private static final Pattern MASK = Pattern.compile("[xX]+(?:\\.[xX]+)?(?:/[xX]+)?");
  private static final String CHINESE = "零〇○一二两三四五六七八九十百千万亿几";
  private static final String DIGITS = "零〇○一二两三四五六七八九";
  private static final String SCALES = "万亿千百";
  private static final BigDecimal HALF = new BigDecimal("0.5");

  private Numerals() {}

  /** True if a numeral may begin at {@code i}. */
  static boolean startsAt(String s, int i) {
    char c = s.charAt(i);
    if ((c >= '0' && c <= '9') || c == 'x' || c == 'X' || s.startsWith("百分之", i)) {
      return true;
    }
    if (c == '数' || c == '上') {
      return i + 1 < s.length() && "十百千万亿".indexOf(s.charAt(i + 1)) >= 0;
    }
    return c == '半' || CHINESE.indexOf(c) >= 0;
  }

  /**
   * The numeral at {@code i}, or null. {@code unitAt} tells whether a unit starts at a position
   * (a scale character that begins a unit, as 千 in 千米, is not read as a scale).
   */
  static @Nullable Numeral read(String s, int i, java.util.function.IntPredicate unitAt) {
    if (s.startsWith("百分之", i)) {
      Numeral n = read(s, i + 3, unitAt);
      if (n == null || n.shape() == Shape.MASKED || n.percentWords()) {
        return null;
      }
      return new Numeral(i, n.end(), s.substring(i, n.end()), n.shape(), n.low(), n.high(), "", n.chinese(), true, false, false, false);
    }
    char c = s.charAt(i);
    if (c == 'x' || c == 'X') {
      Matcher m = MASK.matcher(s).region(i, s.length());
      if (!m.lookingAt()) {
        return null;
      }
      // xx余名, xxxx余万元, xx.xx万人: qualifier and scale as after digits
      int p = m.end();
      if (p < s.length() && (s.charAt(p) == '多' || s.charAt(p) == '余')) {
        p++;
      }
      int scaleStart = p;
      while (p < s.length() && SCALES.indexOf(s.charAt(p)) >= 0 && !unitAt.test(p)) {
        p++;
      }
      String scale = s.substring(scaleStart, p);
      if (p < s.length() && (s.charAt(p) == '多' || s.charAt(p) == '余') && !scale.isEmpty()) {
        p++;
      }
      return new Numeral(i, p, s.substring(i, p), Shape.MASKED, null, null, scale, false, false, false, false, false);
    }
    if (c >= '0' && c <= '9') {
      return arabic(s, i, unitAt);
    }
    if (c == '半') {
      if (i > 0 && "上下前后".indexOf(s.charAt(i - 1)) >= 0) {
        return null; // 上半年, 下半年: halves of a period, not half a year
      }
      return new Numeral(i, i + 1, "半", Shape.EXACT, HALF, HALF, "", true, false, false, false, false);
    }
    return chinese(s, i, unitAt);
  }

  private static @Nullable Numeral arabic(String s, int i, java.util.function.IntPredicate unitAt) {
    Matcher m = ARABIC.matcher(s).region(i, s.length());
    if (!m.lookingAt()) {
      return null;
    }
    StringBuilder text = new StringBuilder(m.group().replace(",", ""));
    int p = m.end();
    Shape shape = Shape.EXACT;
    if (p < s.length() && (s.charAt(p) == '多' || s.charAt(p) == '余')) {
      shape = Shape.AT_LEAST; // 1400多万, 10余万
      p++;
    }
    int scaleStart = text.length();
    while (p < s.length() && SCALES.indexOf(s.charAt(p)) >= 0 && !unitAt.test(p)) {
      text.append(s.charAt(p));
      char scale = s.charAt(p);
      p++;
      // 2亿6,550万: a lower part written in digits after 亿 (or 万), ending in its own scale
      if ((scale == '亿' || scale == '万') && p < s.length() && Character.isDigit(s.charAt(p))) {
        Matcher m2 = ARABIC.matcher(s).region(p, s.length());
        if (m2.lookingAt() && m2.end() < s.length() && SCALES.indexOf(s.charAt(m2.end())) >= 0 && s.charAt(m2.end()) != scale) {
          // its scale belongs to the number even where it begins a unit word (2亿6,550万元: 万 then 元)
          text.append(m2.group().replace(",", "")).append(s.charAt(m2.end()));
          p = m2.end() + 1;
        }
      }
    }
    String scale = scaleOf(text, scaleStart);
    if (shape == Shape.EXACT && p < s.length() && (s.charAt(p) == '多' || s.charAt(p) == '余') && !scale.isEmpty()) {
      shape = Shape.AT_LEAST; // 1400万多 (rare) or 3万余
      p++;
    }
    BigDecimal v;
    try {
      v = ChineseNumber.parse(text.toString());
    } catch (NumberFormatException e) {
      return null;
    }
    return new Numeral(i, p, s.substring(i, p), shape, v, shape == Shape.EXACT ? v : null, scale, false, false, false, false, false);
  }

  private static @Nullable Numeral chinese(String s, int i, java.util.function.IntPredicate unitAt) {
    int p = i;
    boolean vague = false;
    if (s.charAt(p) == '数') {
      vague = true;
      p++;
    }
    boolean upper = false; // 上千: "reaching a thousand", a lower bound
    if (s.charAt(p) == '上') {
      upper = true;
      p++;
    }
    int runStart = p;
    while (p < s.length() && CHINESE.indexOf(s.charAt(p)) >= 0 && !(p > runStart && SCALES.indexOf(s.charAt(p)) >= 0 && unitAt.test(p))) {
      p++;
    }
    if (p == runStart) {
      return null;
    }
    String run = s.substring(runStart, p);
    if (run.equals("几")) {
      return null; // 几个: "a few", no magnitude
    }
    if (!vague && !upper && s.startsWith("分之", p)) {
      // 三分之一: a fraction, as a share in %
      int q = p + 2;
      while (q < s.length() && CHINESE.indexOf(s.charAt(q)) >= 0 && s.charAt(q) != '几') {
        q++;
      }
      BigDecimal den = parseOrNull(run);
      BigDecimal num = q > p + 2 ? parseOrNull(s.substring(p + 2, q)) : null;
      if (den == null || num == null || den.signum() == 0) {
        return null;
      }
      BigDecimal v = num.multiply(BigDecimal.valueOf(100)).divide(den, 2, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros();
      return new Numeral(i, q, s.substring(i, q), Shape.EXACT, v, v, "", true, true, false, false, false);
    }
    String body = (vague ? "几" : "") + run;
    Shape shape = Shape.EXACT;
    BigDecimal low;
    BigDecimal high;
    boolean digitString = false;
    if (body.indexOf('几') >= 0) {
      low = parseOrNull(fillFew(body, true));
      high = parseOrNull(fillFew(body, false));
      shape = Shape.RANGE;
    } else if (run.length() == 2 && isDigit(run.charAt(0)) && isDigit(run.charAt(1)) && adjacent(run)) {
      low = ChineseNumber.parse(run.substring(0, 1));
      high = ChineseNumber.parse(run.substring(1));
      shape = Shape.RANGE; // 三四个, 一两年, 三五天
    } else if (run.length() >= 2 && allDigits(run)) {
      low = parseOrNull(run);
      high = low;
      digitString = true; // 二○○一: only a year
    } else {
      low = parseOrNull(run);
      high = low;
    }
    if (low == null || high == null) {
      return null;
    }
    if (upper) {
      if (shape != Shape.EXACT || "百千万亿".indexOf(run.charAt(0)) < 0) {
        return null;
      }
      shape = Shape.AT_LEAST;
      high = null;
    }
    if (shape == Shape.EXACT && !digitString && p < s.length() && (s.charAt(p) == '多' || s.charAt(p) == '余')) {
      int q = p + 1;
      StringBuilder scaled = new StringBuilder(run);
      while (q < s.length() && SCALES.indexOf(s.charAt(q)) >= 0 && !unitAt.test(q)) {
        scaled.append(s.charAt(q));
        q++;
      }
      BigDecimal v = parseOrNull(scaled.toString());
      if (v != null) {
        low = v;
        high = null;
        shape = Shape.AT_LEAST; // 三十多, 十多万
        p = q;
      }
    }
    boolean bareOne = !vague && !upper && (run.equals("一") || run.equals("二"));
    boolean leadingScale = !vague && !upper && "百千万".indexOf(run.charAt(0)) >= 0;
    return new Numeral(i, p, s.substring(i, p), shape, low, high, "", true, false, bareOne, leadingScale, digitString);
  }

  /** 几/数 as a units digit (十几) is 1..9, before a position (几十, 数百) 2..9. */
  private static String fillFew(String body, boolean low) {
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < body.length(); k++) {
      char c = body.charAt(k);
      if (c == '几') {
        boolean beforePosition = k + 1 < body.length() && "十百千万亿".indexOf(body.charAt(k + 1)) >= 0;
        b.append(low ? (beforePosition ? '二' : '一') : '九');
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static @Nullable BigDecimal parseOrNull(String s) {
    try {
      return ChineseNumber.parse(s);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static boolean isDigit(char c) {
    return DIGITS.indexOf(c) >= 0;
  }

  private static boolean allDigits(String s) {
    for (int k = 0; k < s.length(); k++) {
      if (!isDigit(s.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** 一两, 两三, 三四 … 八九, and 三五: two digits read as "a or b". */
  private static boolean adjacent(String run) {
    int a = ChineseNumber.parse(run.substring(0, 1)).intValue();
    int b = ChineseNumber.parse(run.substring(1)).intValue();
    return a >= 1 && (b == a + 1 || (a == 3 && b == 5));
  }

  /** Half added to a whole number of units: 3年半, 一个半小时. */
  static BigDecimal plusHalf(BigDecimal v) {
    return v.add(HALF);
  }

  /** The scale characters of text[from..]: all but ASCII digits and the decimal point. */
  private static String scaleOf(CharSequence text, int from) {
    StringBuilder out = new StringBuilder(2);
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < '0' || c > '9') && c != '.') {
        out.append(c);
      }
    }
    return out.toString();
  }
}
