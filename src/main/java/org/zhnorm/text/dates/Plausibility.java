package org.zhnorm.text.dates;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Whether a date can be a page's publish date: not after the run's date (a typo such as 2098, a
 * countdown's target), and not a birth or death date (a biography's {@code 1976年4月25日出生}, a life
 * span {@code 1881年9月25日—1936年10月19日}, an open one {@code 1976年4月25日 [3] － ）}, an infobox's
 * {@code 出生 ( 1976-04-25 ) 1976年4月25日 （ 45岁）}).
 */
public final class Plausibility {
  /** Words right before a date that make it a birth or death date, or the dash ending a life span. */
  private static final Pattern LIFE_BEFORE = Pattern.compile(
      "(?:出生|生于|生於|诞生于|誕生於|生日|出生日期|卒于|卒於|逝世于|逝世於|病逝于|病逝於)\\s*[:：]?\\s*[(（]?\\s*$|[—－–~～]$");
  /** Words right after a date that make it a birth or death date, or the dash starting a life span. */
  private static final Pattern LIFE_AFTER = Pattern.compile("^\\s*(?:出生|生|诞生|誕生|逝世|去世|病逝|卒)(?:[，,。；;）)]|$|于|於)"
      // the dash of a life span, after a wiki's citation marks (1976年4月25日 [3] － ）), or the age (（ 45岁）)
      + "|^(?:\\s*\\[[0-9]{1,3}\\])*\\s*[—－–~～]|^\\s*[（(]\\s*[0-9]{1,3}\\s*(?:岁|歲|周岁|週歲)");

  private Plausibility() {}

  /** The latest plausible publish date: the day after the run's date (UTC), for time zones ahead of it. */
  public static LocalDate latestPubDate() {
    return LocalDate.now(ZoneOffset.UTC).plusDays(1);
  }

  /** An ISO date, month, year or date-time no later than {@link #latestPubDate()}; other text passes. */
  public static boolean plausible(String iso) {
    String day = iso.length() >= 10 ? iso.substring(0, 10)
        : iso.length() == 7 ? iso + "-01" : iso.length() == 4 ? iso + "-01-01" : null;
    if (day == null) {
      return true;
    }
    try {
      return !LocalDate.parse(day).isAfter(latestPubDate());
    } catch (DateTimeParseException e) {
      return true;
    }
  }

  /** The date at {@code [start, end)} of {@code line} has a birth or death word next to it, or starts or ends a life span. */
  public static boolean lifeDate(String line, int start, int end) {
    String before = line.substring(Math.max(0, start - 8), start);
    String after = line.substring(end, Math.min(line.length(), end + 12));
    return LIFE_BEFORE.matcher(before).find() || LIFE_AFTER.matcher(after).find();
  }
}
