package org.zhnorm.text.dates;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Finds dates in text and normalizes them to ISO-8601 with the source's precision: {@code 2005},
 * {@code 2005-03}, {@code 2005-03-21}, {@code 2005-03-21T11:21}, {@code 2005-03-21T11:21:07}.
 *
 * <p>Slash dates follow one convention (the package's, {@link #SLASH_DATE}): year first is Y/M/D;
 * year last is D/M/Y unless the middle number is over 12, then M/D/Y.
 */
public final class Dates {
  private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");
  /**
   * Year, month, day with an optional time of day and weekday, in the separators Chinese pages use
   * ({@code 2005-03-21 11:21}, {@code 2005/3/21}, {@code 2005.03.21}, {@code 2005年3月21日11时21分},
   * {@code 2022年02月13日 07:48（星期日）}). Groups: year, month, day, hour, minute, second.
   */
  public static final Pattern DATE = Pattern.compile(
      "(?<!\\d)((?:19|20)\\d{2})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})(?!\\d)\\s*日?"
          + "(?:\\s*[T ]?\\s*(\\d{1,2})\\s*[:：时時]\\s*(\\d{2})(?:\\s*[:：分]\\s*(\\d{2})\\s*秒?)?(?:\\s*分)?)?"
          + "(?:\\s*[(（]?\\s*(?:星期|週|周|礼拜|禮拜)[一二三四五六日天]\\s*[)）]?)?");
  /**
   * A slash date with the year last, with an optional time of day ({@code 06/02/2022 - 13:48},
   * {@code 9/17/2004 5:54:13 AM}). Day first ({@code 06/02/2022} is 6 February: cn_web_gold
   * 0ef8393b; {@code 25/6/2012} on BBC中文网; {@code 7/5/2005 9:23:57 PM} is 7 May on cn_web_gold
   * 05e98007), unless the middle number cannot be a month: then month first ({@code 9/17/2004}).
   * Groups: first number, second number, year, hour, minute, second, AM/PM.
   */
  public static final Pattern SLASH_DATE = Pattern.compile(
      "(?<![\\d/])(\\d{1,2})/(\\d{1,2})/((?:19|20)\\d{2})(?![\\d/])"
          + "(?:\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\s*([AaPp][Mm]))?)?");
  /** A year and month only ({@code 2003年5月}, {@code 2003-05}); groups: year, month. */
  public static final Pattern MONTH =
      Pattern.compile("(?<!\\d)((?:19|20)\\d{2})\\s*[-/.年]\\s*(\\d{1,2})\\s*月?(?![\\d日])");
  /** A year and month written out, as a short source note gives it: {@code 1998年3月号}. */
  public static final Pattern YEAR_MONTH = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}年\\d{1,2}月");

  private Dates() {}

  /** Whether {@code s} names a year of this or the last century (a date attribute worth reading). */
  public static boolean mentionsYear(@Nullable String s) {
    return s != null && YEAR.matcher(s).find();
  }

  /** Whether a {@link #DATE} match carries a time of day. */
  public static boolean hasTime(Matcher dateMatch) {
    return dateMatch.group(4) != null;
  }

  /** The first date in {@code s} as written (a {@link #DATE}, else a {@link #SLASH_DATE}), or null. */
  public static @Nullable String find(String s) {
    Matcher m = DATE.matcher(s);
    if (m.find()) {
      return m.group().strip();
    }
    Matcher slash = SLASH_DATE.matcher(s);
    return slash.find() ? slash.group().strip() : null;
  }

  /** Normalizes the {@link #DATE} {@code m} matched, or null when it is not a valid date. */
  public static @Nullable String iso(Matcher m) {
    int y = Integer.parseInt(m.group(1));
    int mo = Integer.parseInt(m.group(2));
    int d = Integer.parseInt(m.group(3));
    if (!valid(y, mo, d)) {
      return null;
    }
    String out = String.format("%04d-%02d-%02d", y, mo, d);
    if (m.group(4) != null) {
      int h = Integer.parseInt(m.group(4));
      int mi = Integer.parseInt(m.group(5));
      if (h > 23 || mi > 59) {
        return out;
      }
      out += String.format("T%02d:%02d", h, mi);
      if (m.group(6) != null && Integer.parseInt(m.group(6)) <= 59) {
        out += String.format(":%02d", Integer.parseInt(m.group(6)));
      }
    }
    return out;
  }

  /** Normalizes the {@link #SLASH_DATE} {@code m} matched by the package's convention, or null. */
  static @Nullable String slashIso(Matcher m) {
    int a = Integer.parseInt(m.group(1));
    int b = Integer.parseInt(m.group(2));
    int y = Integer.parseInt(m.group(3));
    boolean monthFirst = b > 12;
    int mo = monthFirst ? a : b;
    int d = monthFirst ? b : a;
    if (!valid(y, mo, d)) {
      return null;
    }
    String out = String.format("%04d-%02d-%02d", y, mo, d);
    if (m.group(4) != null) {
      int h = Integer.parseInt(m.group(4));
      String ampm = m.group(7);
      if (ampm != null && ampm.equalsIgnoreCase("pm") && h < 12) {
        h += 12;
      } else if (ampm != null && ampm.equalsIgnoreCase("am") && h == 12) {
        h = 0;
      }
      if (h <= 23) {
        out += String.format("T%02d:%s", h, m.group(5));
        if (m.group(6) != null) {
          out += ":" + m.group(6);
        }
      }
    }
    return out;
  }

  private static boolean valid(int y, int mo, int d) {
    return y >= 1900 && y <= 2100 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31;
  }

  /**
   * Normalizes the first date in a string (a page's date hint, a metadata field's value): a full
   * date, else a slash date, else a year and month; null when there is none.
   */
  public static @Nullable String normalize(@Nullable String text) {
    if (text == null) {
      return null;
    }
    Matcher m = DATE.matcher(text);
    if (m.find()) {
      return iso(m);
    }
    Matcher slash = SLASH_DATE.matcher(text);
    if (slash.find()) {
      return slashIso(slash);
    }
    Matcher mm = MONTH.matcher(text);
    if (mm.find()) {
      int y = Integer.parseInt(mm.group(1));
      int mo = Integer.parseInt(mm.group(2));
      if (y >= 1900 && y <= 2100 && mo >= 1 && mo <= 12) {
        return String.format("%04d-%02d", y, mo);
      }
    }
    return null;
  }
}
