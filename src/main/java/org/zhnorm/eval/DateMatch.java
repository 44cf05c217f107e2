package org.zhnorm.eval;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Publish-date comparison at day precision.
 *
 * <p>A date is read as {@code month/day/year} when the text starts with that, else as its first
 * {@code year[-/.年]month[-/.月]day} (month and day optional). A gold
 * value with no four-digit year ({@code UNKNOWN}, or the dataset's typo {@code UNKNWON}) means "no
 * date": a prediction is then correct only when it is absent (null, blank or itself without a year).
 * Otherwise the prediction is correct when it agrees with the gold on every field the gold has, down
 * to the day (times are ignored); a prediction coarser than the gold is wrong.
 */
public final class DateMatch {
  private static final Pattern DATE =
      Pattern.compile(
          "((?:19|20)\\d\\d)(?:\\s*[-/.年]\\s*(\\d{1,2})(?:\\s*[-/.月]\\s*(\\d{1,2}))?)?");

  /** month/day/year, only when the text starts with it ({@code 9/17/2004 5:54:13 AM}). */
  private static final Pattern US =
      Pattern.compile("^\\s*(\\d{1,2})/(\\d{1,2})/((?:19|20)\\d\\d)(?!\\d)");

  private DateMatch() {}

  /** A date reduced to year, month, day; month/day 0 when not given. */
  public record Ymd(int year, int month, int day) {
    public int precision() {
      return day > 0 ? 3 : month > 0 ? 2 : 1;
    }

    @Override
    public String toString() {
      return switch (precision()) {
        case 3 -> String.format("%04d-%02d-%02d", year, month, day);
        case 2 -> String.format("%04d-%02d", year, month);
        default -> String.format("%04d", year);
      };
    }
  }

  /** Parses the first date in {@code text}; empty when there is none. */
  public static Optional<Ymd> parse(@Nullable String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher us = US.matcher(text);
    if (us.find()) {
      int mo = Integer.parseInt(us.group(1));
      int d = Integer.parseInt(us.group(2));
      if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31) {
        return Optional.of(new Ymd(Integer.parseInt(us.group(3)), mo, d));
      }
    }
    Matcher m = DATE.matcher(text);
    while (m.find()) {
      int y = Integer.parseInt(m.group(1));
      int mo = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
      int d = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
      if (mo > 12) {
        continue;
      }
      if (d > 31 || mo == 0) {
        d = 0;
      }
      return Optional.of(new Ymd(y, mo, d));
    }
    return Optional.empty();
  }

  /** Whether {@code predicted} matches {@code gold} under the rule in the class comment. */
  public static boolean matches(@Nullable String predicted, @Nullable String gold) {
    Optional<Ymd> g = parse(gold);
    Optional<Ymd> p = parse(predicted);
    if (g.isEmpty()) {
      return p.isEmpty();
    }
    if (p.isEmpty()) {
      return false;
    }
    Ymd gy = g.get();
    Ymd py = p.get();
    if (gy.year() != py.year()) {
      return false;
    }
    if (gy.month() > 0 && gy.month() != py.month()) {
      return false;
    }
    return gy.day() == 0 || gy.day() == py.day();
  }
}
