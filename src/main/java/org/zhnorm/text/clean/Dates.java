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

  /** Normalizes a whole date string (hint or field value); null when none is found. */
  static @Nullable String normalize(@Nullable String text) {
    if (text == null) {
      return null;
    }
    Matcher m = DATE.matcher(text);
    if (m.find()) {
      return iso(m);
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
