package org.zhnorm.text.extract;

import java.util.regex.Pattern;
import java.math.BigDecimal;

/**
 * Parses a written number exactly to a {@link BigDecimal}.
 *
 * <p>Accepted shapes (after full-width digits, full-width point and thousands separators are
 * normalised):
 *
 * <ul>
 *   <li>Arabic, optionally with a decimal part: {@code 17947}, {@code 72.8}, {@code 1,234}
 *   <li>Arabic or Chinese followed by scales: {@code 1.08亿}, {@code 16.59万}, {@code 3千}, {@code
 *       一万二千}
 *   <li>Chinese numerals with positional units: {@code 三十五}, {@code 一千二百}, {@code 十}
 *   <li>Chinese digit strings, with {@code ○}/{@code 〇}/{@code 零} as zero: {@code 二○○一} is 2001
 *   <li>{@code 百分之三十五} is 35 (percentage points; the caller knows the unit is %)
 * </ul>
 *
 * <p>Qualifier words (多, 余, 约 ...) and units are not part of a number; the claim extractor removes
 * them first. Anything else throws {@link NumberFormatException}.
 */
public final class ChineseNumber {
  private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");
  private static final Pattern DECIMAL = Pattern.compile("\\d+(\\.\\d+)?");
  private static final String DIGITS = "零〇○一二两三四五六七八九";
  private static final BigDecimal WAN = BigDecimal.valueOf(10_000L);
  private static final BigDecimal YI = BigDecimal.valueOf(100_000_000L);

  private ChineseNumber() {}

  /**
   * A text tried as a number is not one: callers try many strings (every run of digits and numerals of
   * a sentence) and catch this as an answer, so it carries no stack trace, whose walk cost more than
   * the parse.
   */
  private static final class NotANumber extends NumberFormatException {
    private static final long serialVersionUID = 1L;

    NotANumber(String message) {
      super(message);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
      return this;
    }
  }

  /** Parses {@code text}; throws {@link NumberFormatException} if it is not a number. */
  public static BigDecimal parse(String text) {
    String s = normalize(text);
    if (s.startsWith("百分之")) {
      s = s.substring(3);
    }
    if (s.isEmpty()) {
      throw new NotANumber("empty number: '" + text + "'");
    }
    BigDecimal v;
    if (s.length() > 1 && isChineseDigitString(s)) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < s.length(); i++) {
        sb.append(digitValue(s.charAt(i)));
      }
      v = new BigDecimal(sb.toString());
    } else {
      v = parseScaled(s, text);
    }
    return clean(v);
  }

  /** True if {@code text} parses. */
  public static boolean isNumber(String text) {
    try {
      parse(text);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** Full-width digits and point to ASCII; drops thousands separators between digit groups. */
  static String normalize(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '０' && c <= '９') {
        c = (char) ('0' + (c - '０'));
      } else if (c == '．') {
        c = '.';
      } else if (c == '，') {
        c = ',';
      }
      sb.append(c);
    }
    String s = sb.toString().strip();
    // thousands separators: "1,234,567" (groups of exactly three digits after each comma)
    if (THOUSANDS.matcher(s).lookingAt()) {
      s = s.replace(",", "");
    }
    return s;
  }

  /** Full-width digits, point and percent sign to ASCII, one char for one char (offsets survive). */
  public static String normalize1to1(String text) {
    char[] cs = text.toCharArray();
    for (int i = 0; i < cs.length; i++) {
      char c = cs[i];
      if (c >= '０' && c <= '９') {
        cs[i] = (char) ('0' + (c - '０'));
      } else if (c == '．') {
        cs[i] = '.';
      } else if (c == '％') {
        cs[i] = '%';
      } else if (c == '，' && isThousandsGroup(text, i)) {
        cs[i] = ','; // 35，000
      }
    }
    return new String(cs);
  }

  private static boolean isThousandsGroup(String text, int comma) {
    if (comma == 0 || comma + 3 >= text.length() || !isDigit(text.charAt(comma - 1))) {
      return false;
    }
    for (int k = 1; k <= 3; k++) {
      if (!isDigit(text.charAt(comma + k))) {
        return false;
      }
    }
    return comma + 4 >= text.length() || !isDigit(text.charAt(comma + 4));
  }

  private static boolean isDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
  }

  private static boolean isChineseDigitString(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (DIGITS.indexOf(s.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  private static int digitValue(char c) {
    switch (c) {
      case '零', '〇', '○' -> {
        return 0;
      }
      case '一' -> {
        return 1;
      }
      case '二', '两' -> {
        return 2;
      }
      case '三' -> {
        return 3;
      }
      case '四' -> {
        return 4;
      }
      case '五' -> {
        return 5;
      }
      case '六' -> {
        return 6;
      }
      case '七' -> {
        return 7;
      }
      case '八' -> {
        return 8;
      }
      case '九' -> {
        return 9;
      }
      default -> {
        return -1;
      }
    }
  }

  /** Splits on 亿 then 万: {@code a亿b} is a*1e8 + b, with a and b below 1e8. */
  private static BigDecimal parseScaled(String s, String original) {
    int yi = s.indexOf('亿');
    if (yi >= 0) {
      if (s.indexOf('亿', yi + 1) >= 0 || yi == 0) {
        throw new NotANumber("bad 亿 in '" + original + "'");
      }
      BigDecimal high = parseWan(s.substring(0, yi), original).multiply(YI);
      String rest = s.substring(yi + 1);
      return rest.isEmpty() ? high : high.add(parseWan(rest, original));
    }
    return parseWan(s, original);
  }

  private static BigDecimal parseWan(String s, String original) {
    int wan = s.indexOf('万');
    if (wan >= 0) {
      if (s.indexOf('万', wan + 1) >= 0 || wan == 0) {
        throw new NotANumber("bad 万 in '" + original + "'");
      }
      BigDecimal high = parseSmall(s.substring(0, wan), original).multiply(WAN);
      String rest = s.substring(wan + 1);
      return rest.isEmpty() ? high : high.add(parseSmall(rest, original));
    }
    return parseSmall(s, original);
  }

  /** A number below 万: Arabic decimal, or digits with 千/百/十 positions. */
  private static BigDecimal parseSmall(String s, String original) {
    if (s.isEmpty()) {
      throw new NotANumber("missing digits in '" + original + "'");
    }
    if (DECIMAL.matcher(s).matches()) {
      return new BigDecimal(s);
    }
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal current = null;
    int lastPosition = Integer.MAX_VALUE;
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        int j = i;
        while (j < s.length() && (Character.isDigit(s.charAt(j)) || s.charAt(j) == '.')) {
          j++;
        }
        if (current != null) {
          throw new NotANumber("two digits in a row in '" + original + "'");
        }
        current = new BigDecimal(s.substring(i, j));
        i = j;
        continue;
      }
      int d = digitValue(c);
      if (d == 0) {
        i++;
        continue; // 零 marks a gap: 一千零五
      }
      if (d > 0) {
        if (current != null) {
          throw new NotANumber("two digits in a row in '" + original + "'");
        }
        current = BigDecimal.valueOf(d);
        i++;
        continue;
      }
      int position =
          switch (c) {
            case '十' -> 10;
            case '百' -> 100;
            case '千' -> 1000;
            default -> throw new NotANumber("not a number: '" + original + "'");
          };
      if (position >= lastPosition) {
        throw new NotANumber("positions out of order in '" + original + "'");
      }
      lastPosition = position;
      total = total.add((current == null ? BigDecimal.ONE : current).multiply(BigDecimal.valueOf(position)));
      current = null;
      i++;
    }
    if (current != null) {
      total = total.add(current);
    }
    return total;
  }

  private static BigDecimal clean(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }
}
