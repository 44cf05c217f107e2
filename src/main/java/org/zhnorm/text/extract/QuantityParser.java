package org.zhnorm.text.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Finds every quantity of a sentence: a numeral ({@link Numerals}), its unit from {@link UnitTable}
 * (longest match; {@code %}; a price {@code 元/千瓦时} or {@code 元每吨}), a range with a second
 * numeral ({@code 3至5年}, {@code 10元到25元}, {@code 15%至20%}, {@code 10%～12%}), and the
 * qualifier words around it ({@link ClaimWords}). Whether a quantity is a claim is decided later
 * ({@link ClaimFilters}). Immutable.
 */
final class QuantityParser {
  private static final String RANGE_SEP = "-—–~～至到－";
  /** Currency words written before the number (人民币100元 is CNY whatever the region). */
  private static final Map<String, String> CURRENCY_BEFORE =
      Map.of("人民币", "CNY", "港币", "HKD", "港元", "HKD", "新台币", "TWD", "台币", "TWD", "美金", "USD", "澳门币", "MOP");
  /** Denominators of a price that are not units of the table (元/月, 元/日). */
  private static final java.util.Set<String> PRICE_PER = java.util.Set.of("月", "日", "年", "股", "桶", "度");

  private final UnitTable units;
  private final ClaimWords words;

  QuantityParser(UnitTable units, ClaimWords words) {
    this.units = units;
    this.words = words;
  }

  /** The quantities of {@code norm} (the sentence after {@link ChineseNumber#normalize1to1}). */
  List<Quantity> quantities(String sentence, String norm) {
    List<Quantity> out = new ArrayList<>();
    int i = 0;
    while (i < norm.length()) {
      if (!Numerals.startsAt(norm, i) || continuesNumber(norm, i)) {
        i++;
        continue;
      }
      Quantity q = quantityAt(sentence, norm, i);
      if (q != null) {
        out.add(q);
        i = q.end();
      } else {
        Numerals.Numeral n = Numerals.read(norm, i, p -> unitAt(norm, p) != null);
        i = n == null ? i + 1 : Math.max(i + 1, n.end());
      }
    }
    return out;
  }

  /** True if the character at {@code i} continues a number begun before it (the 5 of 25). */
  private static boolean continuesNumber(String s, int i) {
    if (i == 0) {
      return false;
    }
    char c = s.charAt(i);
    char prev = s.charAt(i - 1);
    boolean digit = (c >= '0' && c <= '9') || c == 'x' || c == 'X';
    boolean prevDigit = (prev >= '0' && prev <= '9') || prev == 'x' || prev == 'X';
    boolean separatorAfterDigit = (prev == '.' || prev == ',') && i >= 2 && Character.isDigit(s.charAt(i - 2));
    boolean chineseAfterArabic = Character.isDigit(prev) && "零〇○一二两三四五六七八九".indexOf(c) >= 0; // 二00四年
    return (digit && (prevDigit || separatorAfterDigit)) || chineseAfterArabic;
  }

  private UnitTable.@Nullable Unit unitAt(String norm, int p) {
    return p >= norm.length() ? null : units.longestAt(norm, p);
  }

  /** The unit read at p: the unit row, the written name and where it ends. */
  private record UnitMatch(UnitTable.Unit unit, String name, String base, String kind, int end, boolean half, boolean more) {}

  private @Nullable UnitMatch unitAfter(String norm, int p, Numerals.Numeral n) {
    if (n.percentWords()) {
      return new UnitMatch(units.get("%"), "%", "%", "share", p, false, false);
    }
    if (p < norm.length() && norm.charAt(p) == '%') {
      return new UnitMatch(units.get("%"), "%", "%", "share", p + 1, false, false);
    }
    if (n.shape() == Numerals.Shape.MASKED && n.text().indexOf('/') >= 0) {
      return new UnitMatch(units.get("%"), "%", "%", "share", p, false, false); // x/x以上: a redacted fraction
    }
    int q = p;
    if (q + 1 < norm.length() && (norm.charAt(q) == ' ' || norm.charAt(q) == '\u00a0') && !n.chinese()) {
      q++; // "57 项"
    }
    // 3个多小时, 一个半小时, 5个多月: the qualifier sits inside the unit 个…
    if (q + 2 < norm.length() && norm.charAt(q) == '个' && "多余半".indexOf(norm.charAt(q + 1)) >= 0) {
      UnitTable.Unit u = units.longestAt("个" + norm.substring(q + 2), 0);
      if (u != null && u.unit().length() > 1) {
        boolean half = norm.charAt(q + 1) == '半';
        return new UnitMatch(u, u.unit(), u.base(), u.kind(), q + 1 + u.unit().length(), half, !half);
      }
    }
    // 两个人, 三个人: people counted with 个
    if (q + 1 < norm.length() && norm.charAt(q) == '个' && norm.charAt(q + 1) == '人' && !norm.startsWith("个人次", q)) {
      UnitTable.Unit u = units.get("人");
      return new UnitMatch(u, "人", u.base(), u.kind(), q + 2, false, false);
    }
    UnitTable.Unit u = unitAt(norm, q);
    if (u == null) {
      return null;
    }
    if (u.arabicOnly() && (n.chinese() || n.shape() == Numerals.Shape.MASKED)) {
      return null; // 三方 (three parties), 木四村, xx村 (a redacted name)
    }
    int end = q + u.unit().length();
    if (u.kind().equals("money")) {
      // a price: 元/千瓦时, 元／吨, 万元每亩
      int r = end;
      if (r < norm.length() && (norm.charAt(r) == '/' || norm.charAt(r) == '／' || norm.charAt(r) == '每')) {
        UnitTable.Unit per = unitAt(norm, r + 1);
        String perName = per != null && !per.kind().equals("money") ? per.unit()
            : r + 1 < norm.length() && PRICE_PER.contains(norm.substring(r + 1, r + 2)) ? norm.substring(r + 1, r + 2) : null;
        if (perName != null) {
          String perBase = per != null && per.multiplier().compareTo(BigDecimal.ONE) == 0 ? per.base() : perName;
          return new UnitMatch(u, u.unit() + "/" + perName, u.base() + "/" + perBase, "price", r + 1 + perName.length(), false, false);
        }
      }
    }
    return new UnitMatch(u, u.unit(), u.base(), u.kind(), end, false, false);
  }

  private @Nullable Quantity quantityAt(String sentence, String norm, int start) {
    Numerals.Numeral n = Numerals.read(norm, start, p -> unitAt(norm, p) != null);
    if (n == null) {
      return null;
    }
    UnitMatch um = unitAfter(norm, n.end(), n);
    Numerals.Numeral upperNumeral = null;
    int p = um == null ? n.end() : um.end();
    // range: a second numeral after 至/到/-/～, with the same unit kind (or the first without a unit)
    if (p < norm.length() && RANGE_SEP.indexOf(norm.charAt(p)) >= 0 && p + 1 < norm.length() && Numerals.startsAt(norm, p + 1)
        && n.shape() != Numerals.Shape.RANGE && !changeFrom(norm, start)) {
      Numerals.Numeral n2 = Numerals.read(norm, p + 1, x -> unitAt(norm, x) != null);
      if (n2 != null && !n2.percentWords() && n2.shape() != Numerals.Shape.RANGE && n2.chinese() == n.chinese()) {
        UnitMatch um2 = unitAfter(norm, n2.end(), n2);
        if (um2 != null && (um == null || um.kind().equals(um2.kind()))) {
          upperNumeral = n2;
          if (um == null) {
            um = um2;
          }
          p = um2.end();
        }
      }
    }
    if (um == null) {
      um = peopleWithoutUnit(norm, n);
    }
    if (um == null) {
      return null;
    }
    UnitTable.Unit unit = um.unit();
    BigDecimal mult = unit.multiplier();
    Qualifier qualifier;
    BigDecimal low = n.low();
    BigDecimal high = n.high();
    boolean redacted = n.shape() == Numerals.Shape.MASKED;
    if (upperNumeral != null) {
      qualifier = Qualifier.RANGE;
      BigDecimal firstLow = n.low();
      if (firstLow != null && !n.chinese() && n.scale().isEmpty() && !upperNumeral.scale().isEmpty()) {
        firstLow = firstLow.multiply(scaleValue(upperNumeral.scale())); // 3-5万亩: the scale applies to both ends
      }
      low = firstLow;
      high = upperNumeral.shape() == Numerals.Shape.MASKED ? null : upperNumeral.low();
      redacted = redacted || upperNumeral.shape() == Numerals.Shape.MASKED;
    } else {
      qualifier = switch (n.shape()) {
        case RANGE -> Qualifier.RANGE;
        case AT_LEAST -> Qualifier.AT_LEAST;
        case MASKED -> n.text().indexOf('余') >= 0 || n.text().indexOf('多') >= 0 ? Qualifier.AT_LEAST : Qualifier.EXACT; // xx余名
        default -> Qualifier.EXACT;
      };
    }
    if (um.half() && low != null) {
      low = Numerals.plusHalf(low);
      high = high == null ? null : Numerals.plusHalf(high);
    }
    if (um.more() && qualifier == Qualifier.EXACT) {
      qualifier = Qualifier.AT_LEAST;
    }
    int end = p;
    // after the unit: 3年半, 4年多, 以上, 左右, 内
    if (end < norm.length() && norm.charAt(end) == '半' && um.kind().equals("duration") && qualifier != Qualifier.RANGE && low != null) {
      low = Numerals.plusHalf(low);
      high = high == null ? null : Numerals.plusHalf(high);
      end++;
    } else if (end < norm.length() && (norm.charAt(end) == '多' || norm.charAt(end) == '余') && qualifier == Qualifier.EXACT
        && !um.kind().equals("share")) {
      qualifier = Qualifier.AT_LEAST; // 4年多, 两年多
      end++;
    }
    boolean bounded = false;
    String w;
    if ((w = words.startingAt(norm, end, "at_least_after")) != null) {
      qualifier = qualifier == Qualifier.RANGE ? qualifier : Qualifier.AT_LEAST;
      end += w.length();
      bounded = true;
    } else if ((w = words.startingAt(norm, end, "at_most_after")) != null) {
      qualifier = qualifier == Qualifier.RANGE ? qualifier : Qualifier.AT_MOST;
      end += w.length();
      bounded = true;
    } else if ((w = words.startingAt(norm, end, "approximate_after")) != null) {
      qualifier = qualifier == Qualifier.RANGE ? qualifier : Qualifier.APPROXIMATE;
      end += w.length();
    } else if (isMeasure(um.kind()) && (w = words.startingAt(norm, end, "at_most_after_measure")) != null) {
      qualifier = qualifier == Qualifier.RANGE ? qualifier : Qualifier.AT_MOST;
      end += w.length();
      bounded = true;
    }
    if (qualifier == Qualifier.EXACT) {
      qualifier = qualifierBefore(norm.substring(0, start), qualifier);
    }
    BigDecimal value = null;
    BigDecimal lower = null;
    BigDecimal upper = null;
    if (!redacted && low != null) {
      BigDecimal v = strip(low.multiply(mult));
      switch (qualifier) {
        case EXACT -> {
          value = v;
          lower = v;
          upper = v;
        }
        case AT_LEAST -> {
          value = v;
          lower = v;
        }
        case AT_MOST -> {
          value = v;
          upper = v;
        }
        case APPROXIMATE -> value = v;
        case RANGE -> {
          lower = v;
          upper = high == null ? null : strip(high.multiply(mult));
        }
        default -> throw new IllegalStateException(qualifier.name());
      }
    }
    String currencyWord = null;
    String currency = unit.currency();
    if (currency != null) {
      for (Map.Entry<String, String> e : CURRENCY_BEFORE.entrySet()) {
        if (norm.startsWith(e.getKey(), Math.max(0, start - e.getKey().length())) && start >= e.getKey().length()) {
          currencyWord = e.getKey();
          if (UnitTable.REGION.equals(currency)) {
            currency = e.getValue();
          }
        }
      }
    }
    return new Quantity(start, end, sentence.substring(start, end), n, unit, um.name(), um.base(), um.kind(), currency, currencyWord,
        qualifier, value, lower, upper, redacted, bounded);
  }

  /**
   * 40余失地农民: an Arabic figure with 余/多 and no unit, right before a noun for people (its last
   * character one of [people_suffixes] within the next few characters), counts people.
   */
  private @Nullable UnitMatch peopleWithoutUnit(String norm, Numerals.Numeral n) {
    if (n.chinese() || n.shape() != Numerals.Shape.AT_LEAST || n.end() >= norm.length()) {
      return null;
    }
    for (int k = n.end(); k < Math.min(norm.length(), n.end() + 6); k++) {
      char c = norm.charAt(k);
      if (!Character.isLetter(c) || c < 0x3400) {
        return null;
      }
      if (words.contains("people_suffixes", String.valueOf(c)) && k > n.end()) {
        UnitTable.Unit u = units.get("人");
        return new UnitMatch(u, "人", u.base(), u.kind(), n.end(), false, false);
      }
    }
    return null;
  }

  /** 从10%到20%, 由3家增至5家: a change from one figure to another, two claims rather than a range. */
  private static boolean changeFrom(String norm, int start) {
    return start > 0 && (norm.charAt(start - 1) == '从' || norm.charAt(start - 1) == '由');
  }

  private static boolean isMeasure(String kind) {
    return kind.equals("duration") || kind.equals("length") || kind.equals("area");
  }

  /** The qualifier the words before the number give (the longest word of the three lists wins). */
  private Qualifier qualifierBefore(String before, Qualifier q) {
    if (before.endsWith("最近") || before.endsWith("附近")) {
      return q; // "recent", "nearby": not 近 = nearly
    }
    String approx = words.endingOf(before, "approximate_before");
    String least = words.endingOf(before, "at_least_before");
    String most = words.endingOf(before, "at_most_before");
    int a = approx == null ? 0 : approx.length();
    int l = least == null ? 0 : least.length();
    int m = most == null ? 0 : most.length();
    if (m > 0 && m >= l && m >= a) {
      return Qualifier.AT_MOST;
    }
    if (l > 0 && l >= a) {
      return Qualifier.AT_LEAST;
    }
    if (a > 0) {
      return Qualifier.APPROXIMATE;
    }
    return q;
  }

  /** True if a qualifier word ends {@code before} (used to accept 不到一天, 近千元). */
  boolean qualifiedBefore(String before) {
    return qualifierBefore(before, Qualifier.EXACT) != Qualifier.EXACT || before.endsWith("上");
  }

  private static BigDecimal scaleValue(String scale) {
    BigDecimal v = BigDecimal.ONE;
    for (int k = 0; k < scale.length(); k++) {
      v = v.multiply(switch (scale.charAt(k)) {
        case '万' -> BigDecimal.valueOf(10_000);
        case '亿' -> BigDecimal.valueOf(100_000_000);
        case '千' -> BigDecimal.valueOf(1_000);
        case '百' -> BigDecimal.valueOf(100);
        default -> BigDecimal.ONE;
      });
    }
    return v;
  }

  static BigDecimal strip(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }
}
