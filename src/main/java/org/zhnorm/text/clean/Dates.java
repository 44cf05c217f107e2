package org.zhnorm.text.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;

/** Finds and normalizes publish times to ISO-8601 with the source's precision. */
final class Dates {
  /** A date with optional time and weekday; groups: year, month, day, hour, minute, second. */
  static final Pattern DATE = Pattern.compile(
      "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?"
          + "(?:\\s*[T ]?\\s*(\\d{1,2})\\s*[:：时時]\\s*(\\d{2})(?:\\s*[:：分]\\s*(\\d{2})\\s*秒?)?(?:\\s*分)?)?"
          + "(?:\\s*[(（]?\\s*(?:星期|週|周|礼拜|禮拜)[一二三四五六日天]\\s*[)）]?)?");
  /**
   * Slash dates with the year last ({@code 06/02/2022 - 13:48}, {@code 9/17/2004 5:54:13 AM}). Day
   * first, as Chinese-language pages of European and most Asian outlets write it, unless the second
   * number cannot be a month (over 12): then month first, the US way.
   */
  static final Pattern SLASH_DATE = Pattern.compile(
      "(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{4})(?:\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([AaPp][Mm])?)?");
  static final Pattern MONTH = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*月?(?![\\d日])");

  private Dates() {}

  /** Normalizes a date found at the start of {@code m}'s match, or null when it is not a valid date. */
  static @Nullable String iso(Matcher m) {
    int y = Integer.parseInt(m.group(1));
    int mo = Integer.parseInt(m.group(2));
    int d = Integer.parseInt(m.group(3));
    if (y < 1900 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > 31) {
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

  private static @Nullable String slashDate(Matcher m) {
    int a = Integer.parseInt(m.group(1));
    int b = Integer.parseInt(m.group(2));
    int y = Integer.parseInt(m.group(3));
    boolean monthFirst = b > 12;
    int mo = monthFirst ? a : b;
    int d = monthFirst ? b : a;
    if (y < 1900 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > 31) {
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

  /** Normalizes a whole date string (hint or field value); null when none is found. */
  static @Nullable String normalize(@Nullable String text) {
    if (text == null) {
      return null;
    }
    Matcher m = DATE.matcher(text);
    if (m.find()) {
      return iso(m);
    }
    Matcher us = SLASH_DATE.matcher(text);
    if (us.find()) {
      return slashDate(us);
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
