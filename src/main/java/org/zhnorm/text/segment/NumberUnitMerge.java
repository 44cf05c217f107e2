package org.zhnorm.text.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Rule {@code number-unit}: merges a number written with digits and what completes it into one
 * token: decimal parts split by the segmenter ({@code ３４ ． １}), magnitude and approximation
 * characters ({@code 1400 多 万元}, {@code 10 余 万元}), then at most one unit or measure word
 * ({@code 309名}, {@code 1.08亿元}, {@code 34.1%}, {@code 2023年}). Years spelled with Chinese digits
 * ({@code 二○○一年}) and Chinese-numeral days after a month ({@code 十二月 三十一日}) are merged too,
 * as PKU does for dates. Only adjacent tokens merge (no whitespace in between). Pure function.
 */
final class NumberUnitMerge {
  static final String ID = "number-unit";

  /** Chinese digits of a year such as 二○○一. */
  private static final String YEAR_DIGITS = "〇○零一二三四五六七八九";
  /** Chinese digits one to nine. */
  private static final String ONE_TO_NINE = "一二三四五六七八九";
  /** Magnitude and approximation words that may follow a number before its unit. */
  private static final Set<String> MAGNITUDE = Set.of(
      "十", "百", "千", "万", "亿", "万亿", "千万", "百万", "十万", "多", "余", "几");
  /** Units and measure words accepted in addition to any token HanLP tags q, qt or qv. */
  private static final Set<String> UNITS = Set.of(
      "%", "％", "‰", "年", "月", "日", "号", "时", "点", "分", "秒", "岁", "元", "万元", "亿元", "人", "户",
      "名", "个", "次", "家", "项", "亩", "吨", "米", "公里", "千米", "平方米", "平方公里", "立方米", "公斤",
      "千克", "斤", "倍", "天", "周", "届", "期", "批", "余人", "余户", "余名", "余元",
      "MW", "kW", "KW", "kWh", "GW", "km", "kg", "G", "GB", "MB", "TB", "m²", "㎡");
  /** Longest unit token we accept from HanLP's q* tags (keeps odd long "q" words out). */
  private static final int MAX_UNIT_LENGTH = 3;

  private NumberUnitMerge() {}

  static List<Token> apply(List<Token> in) {
    List<Token> out = new ArrayList<>(in.size());
    int i = 0;
    while (i < in.size()) {
      int end = mergeEnd(in, i);
      if (end == i + 1) {
        out.add(in.get(i));
      } else {
        StringBuilder word = new StringBuilder();
        for (int k = i; k < end; k++) {
          word.append(in.get(k).word());
        }
        Token last = in.get(end - 1);
        boolean hasUnit = isUnit(last) && !isPercent(last.word());
        out.add(new Token(word.toString(), hasUnit ? "mq" : "m", in.get(i).start()));
      }
      i = end;
    }
    return out;
  }

  /** Index one past the last token merged with token {@code i} (i + 1 if nothing merges). */
  private static int mergeEnd(List<Token> t, int i) {
    Token first = t.get(i);
    char c = first.word().charAt(0);
    if (!digit(c) && c != '十' && YEAR_DIGITS.indexOf(c) < 0) {
      return i + 1; // the usual case: neither a number, nor a Chinese year or day
    }
    if (chineseYear(first.word())) {
      return adjacent(t, i + 1) && t.get(i + 1).word().equals("年") ? i + 2 : i + 1;
    }
    if (chineseDay(first.word())) {
      boolean afterMonth = i > 0 && adjacent(t, i) && t.get(i - 1).word().endsWith("月");
      boolean day = adjacent(t, i + 1) && (t.get(i + 1).word().equals("日") || t.get(i + 1).word().equals("号"));
      return afterMonth && day ? i + 2 : i + 1;
    }
    if (!number(first.word())) {
      return i + 1;
    }
    int j = i + 1;
    // decimal part split off by the segmenter: 34 ． 1
    while (j + 1 < t.size() && adjacent(t, j) && adjacent(t, j + 1)
        && decimalPoint(t.get(j).word())
        && digitsOnly(t.get(j + 1).word())) {
      j += 2;
    }
    while (j < t.size() && adjacent(t, j) && MAGNITUDE.contains(t.get(j).word())) {
      j++;
    }
    if (j < t.size() && adjacent(t, j) && isUnit(t.get(j))) {
      j++;
    }
    return j;
  }

  private static boolean digit(char c) {
    return c >= '0' && c <= '9' || c >= '０' && c <= '９';
  }

  /** Digits, and groups of digits joined by one of {@code . ． ,} ({@code [0-9０-９]+([.．,][0-9０-９]+)*}). */
  static boolean number(String w) {
    int n = w.length();
    if (n == 0 || !digit(w.charAt(0)) || !digit(w.charAt(n - 1))) {
      return false;
    }
    for (int k = 1; k < n - 1; k++) {
      char c = w.charAt(k);
      if (!digit(c) && !((c == '.' || c == '．' || c == ',') && digit(w.charAt(k + 1)))) {
        return false;
      }
    }
    return true;
  }

  /** One or more digits ({@code [0-9０-９]+}). */
  static boolean digitsOnly(String w) {
    if (w.isEmpty()) {
      return false;
    }
    for (int k = 0; k < w.length(); k++) {
      if (!digit(w.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** A lone {@code .} or {@code ．}. */
  static boolean decimalPoint(String w) {
    return w.length() == 1 && (w.charAt(0) == '.' || w.charAt(0) == '．');
  }

  /** Two to four Chinese year digits ({@code [〇○零一二三四五六七八九]{2,4}}). */
  static boolean chineseYear(String w) {
    if (w.length() < 2 || w.length() > 4) {
      return false;
    }
    for (int k = 0; k < w.length(); k++) {
      if (YEAR_DIGITS.indexOf(w.charAt(k)) < 0) {
        return false;
      }
    }
    return true;
  }

  /** A day of the month in Chinese numerals, 一 to 三十九 (一, 十, 十二, 二十, 三十一, ...). */
  static boolean chineseDay(String w) {
    switch (w.length()) {
      case 1:
        return w.charAt(0) == '十' || ONE_TO_NINE.indexOf(w.charAt(0)) >= 0;
      case 2:
        return tens(w.charAt(0)) && w.charAt(1) == '十' || w.charAt(0) == '十' && ONE_TO_NINE.indexOf(w.charAt(1)) >= 0;
      case 3:
        return tens(w.charAt(0)) && w.charAt(1) == '十' && ONE_TO_NINE.indexOf(w.charAt(2)) >= 0;
      default:
        return false;
    }
  }

  private static boolean tens(char c) {
    return c == '二' || c == '三';
  }

  /** Token {@code j} starts exactly where token {@code j - 1} ends. */
  private static boolean adjacent(List<Token> t, int j) {
    return j > 0 && j < t.size() && t.get(j - 1).end() == t.get(j).start();
  }

  private static boolean isUnit(Token tok) {
    String w = tok.word();
    if (UNITS.contains(w)) {
      return true;
    }
    String pos = tok.pos();
    return (pos.equals("q") || pos.equals("qt") || pos.equals("qv")) && w.length() <= MAX_UNIT_LENGTH;
  }

  private static boolean isPercent(String w) {
    return w.equals("%") || w.equals("％") || w.equals("‰");
  }
}
