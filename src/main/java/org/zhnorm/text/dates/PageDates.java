package org.zhnorm.text.dates;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A page's publish date found in its lines of text (when its markup states none): the date near the
 * title, skipping the post headers of a forum thread. Returns the date as written; {@link
 * Dates#normalize} turns it into ISO-8601.
 */
public final class PageDates {
  /**
   * A floor of a forum thread as its post header names it: 第 3 楼, 3楼, 3#, 楼主 (the opening post),
   * 沙发/板凳/地板 (the first replies), 楼层.
   */
  static final Pattern FLOOR =
      Pattern.compile("第\\s*\\d+\\s*[楼樓]|(?<![\\d号號])\\d{1,4}\\s*[楼樓#]|[楼樓](?:主|层|層)|沙[发發]|板凳|地板");
  private static final Pattern LABEL =
      Pattern.compile("发布|时间|日期|发表|更新|published|date|posted", Pattern.CASE_INSENSITIVE);

  /**
   * A post or record header's date and time of day: {@code 2005-08-28 20:56}, {@code 2012年3月5日 (一) 10:21}
   * (up to three non-digits between the date and the time, so a weekday or separator may sit there).
   */
  private static final Pattern DATED_HEADER =
      Pattern.compile("(?:19|20)\\d{2}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}\\D{0,3}\\d{1,2}:\\d{2}");

  private PageDates() {}

  /** Whether the line holds a date with a time of day, as the header of a post or listed record does. */
  public static boolean hasDateAndTime(String line) {
    return DATED_HEADER.matcher(line).find();
  }

  /** Whether the line holds a date ({@link Dates#DATE}). */
  public static boolean hasDate(String line) {
    return Dates.DATE.matcher(line).find();
  }

  /** A forum post header: a short line with a date and time of day and a floor (第 2 楼, 楼主, 3#). */
  public static boolean isFloorHeader(String line) {
    if (line.length() > 80 || !FLOOR.matcher(line).find()) {
      return false;
    }
    Matcher m = Dates.DATE.matcher(line);
    return m.find() && Dates.hasTime(m);
  }

  /** How many forum post headers the lines hold (two or more: a thread of posts, not one article). */
  public static int floorHeaders(List<String> lines) {
    int n = 0;
    for (String l : lines) {
      if (isFloorHeader(l)) {
        n++;
      }
    }
    return n;
  }

  /**
   * A date in the lines around the start of the main region {@code [first, last]}: from the title
   * line (or a few lines before the region) to a few lines into it. A labelled line (发布时间/日期/…)
   * wins over a bare date. Else a labelled date, or a short year-and-month source note, just after
   * the region's end. On a forum thread (two or more post headers with a floor, see {@link
   * #isFloorHeader}) the post headers' dates are left out: each is one post's time, and the thread
   * has no single publish time.
   */
  public static @Nullable String nearTitle(List<String> lines, @Nullable String title, int first, int last) {
    if (lines.isEmpty()) {
      return null;
    }
    boolean thread = floorHeaders(lines) >= 2;
    int anchor = Math.max(first, 0);
    int start = Math.max(0, anchor - 15);
    if (title != null && !title.isEmpty()) {
      for (int i = Math.max(0, anchor - 40); i < Math.min(lines.size(), anchor + 4); i++) {
        if (lines.get(i).contains(title)) {
          start = Math.min(start, i);
          break;
        }
      }
    }
    int end = Math.min(lines.size(), anchor + 7);
    String bare = null;
    for (int i = start; i < end; i++) {
      String t = lines.get(i);
      String d = Dates.find(t);
      if (d == null || thread && isFloorHeader(t)) {
        // a thread's floors each carry their post's time: none of them is the page's publish time
        continue;
      }
      if (LABEL.matcher(t).find()) {
        return d;
      }
      if (bare == null || i <= anchor) {
        bare = d;
      }
    }
    if (bare != null) {
      return bare;
    }
    if (last >= 0) {
      for (int i = Math.min(lines.size(), last + 4) - 1; i >= Math.max(0, last - 3); i--) {
        String t = lines.get(i);
        String d = Dates.find(t);
        if (d != null && LABEL.matcher(t).find() && !(thread && isFloorHeader(t))) {
          return d;
        }
        Matcher m = Dates.YEAR_MONTH.matcher(t);
        if (d == null && i <= last + 2 && t.length() <= 40 && m.find()) {
          return m.group().strip();
        }
      }
    }
    return null;
  }
}
