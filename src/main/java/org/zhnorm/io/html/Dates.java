package org.zhnorm.io.html;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Publish-date candidates: meta tags and time elements, else a date in the lines near the title. */
final class Dates {
  private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");
  private static final Set<String> META_KEYS =
      Set.of(
          "article:published_time", "og:published_time", "og:release_date", "pubdate",
          "publishdate", "publish_date", "publication_date", "publishtime", "published_time",
          "datepublished", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date",
          "parsely-pub-date", "firstpublishedtime", "weibo:article:create_at");
  /** year-month-day with an optional time, in the separators Chinese pages use. */
  static final Pattern DATE =
      Pattern.compile(
          "(?<!\\d)(?:19|20)\\d{2}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}(?!\\d)\\s*日?"
              + "(?:\\s*\\d{1,2}[:：]\\d{2}(?:[:：]\\d{2})?)?");
  /** month/day/year as US-style CMSs print it: {@code 9/17/2004 5:54:13 AM}. */
  static final Pattern US_DATE =
      Pattern.compile(
          "(?<![\\d/])\\d{1,2}/\\d{1,2}/(?:19|20)\\d{2}(?![\\d/])"
              + "(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[AaPp][Mm])?)?");
  /** A year and month only, as a short source note after the text gives it: {@code 1998年3月号}. */
  static final Pattern YEAR_MONTH = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}年\\d{1,2}月");
  /**
   * A floor of a forum thread as its post header names it: 第 3 楼, 3楼, 3#, 楼主 (the opening post),
   * 沙发/板凳/地板 (the first replies), 楼层.
   */
  static final Pattern FLOOR =
      Pattern.compile("第\\s*\\d+\\s*[楼樓]|(?<![\\d号號])\\d{1,4}\\s*[楼樓#]|[楼樓](?:主|层|層)|沙[发發]|板凳|地板");
  private static final Pattern LABEL =
      Pattern.compile("发布|时间|日期|发表|更新|published|date|posted", Pattern.CASE_INSENSITIVE);

  private Dates() {}

  static @Nullable String fromMeta(Document doc) {
    for (Element m : doc.select("meta[content]")) {
      for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
        String key = m.attr(attr).toLowerCase(Locale.ROOT).strip();
        if (!key.isEmpty() && META_KEYS.contains(key) && hasDate(m.attr("content"))) {
          return m.attr("content").strip();
        }
      }
    }
    for (Element t : doc.select("time[datetime],[itemprop=datePublished]")) {
      for (String v : new String[] {t.attr("datetime"), t.attr("content"), t.text()}) {
        if (hasDate(v)) {
          return v.strip();
        }
      }
    }
    return null;
  }

  /** A forum post header: a short line with a date and time of day and a floor (第 2 楼, 楼主, 3#). */
  static boolean isFloorHeader(String line) {
    if (line.length() > 80 || !FLOOR.matcher(line).find()) {
      return false;
    }
    Matcher m = DATE.matcher(line);
    return m.find() && (m.group().indexOf(':') >= 0 || m.group().indexOf('：') >= 0);
  }

  /** How many forum post headers the page has (two or more: a thread of posts, not one article). */
  static int floorHeaders(List<HtmlExtractor.Line> lines) {
    int n = 0;
    for (HtmlExtractor.Line l : lines) {
      if (isFloorHeader(l.text())) {
        n++;
      }
    }
    return n;
  }

  private static boolean hasDate(String v) {
    return v != null && YEAR.matcher(v).find();
  }

  static @Nullable String firstDate(String s) {
    Matcher m = DATE.matcher(s);
    if (m.find()) {
      return m.group().strip();
    }
    Matcher us = US_DATE.matcher(s);
    return us.find() ? us.group().strip() : null;
  }

  /**
   * A date in the lines around the start of the main region: from the title line (or a few lines
   * before the region) to a few lines into it. A labelled line (发布时间/日期/…) wins over a bare date.
   * On a forum thread (two or more post headers with a floor, see {@link #isFloorHeader}) the post
   * headers' dates are left out: each is one post's time, and the thread has no single publish time.
   */
  static @Nullable String nearTitle(
      List<HtmlExtractor.Line> lines, @Nullable String title, int first, int last) {
    if (lines.isEmpty()) {
      return null;
    }
    boolean thread = floorHeaders(lines) >= 2;
    int anchor = Math.max(first, 0);
    int start = Math.max(0, anchor - 15);
    if (title != null && !title.isEmpty()) {
      for (int i = Math.max(0, anchor - 40); i < Math.min(lines.size(), anchor + 4); i++) {
        if (lines.get(i).text().contains(title)) {
          start = Math.min(start, i);
          break;
        }
      }
    }
    int end = Math.min(lines.size(), anchor + 7);
    String bare = null;
    for (int i = start; i < end; i++) {
      String t = lines.get(i).text();
      String d = firstDate(t);
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
        String t = lines.get(i).text();
        String d = firstDate(t);
        if (d != null && LABEL.matcher(t).find() && !(thread && isFloorHeader(t))) {
          return d;
        }
        Matcher m = YEAR_MONTH.matcher(t);
        if (d == null && i <= last + 2 && t.length() <= 40 && m.find()) {
          return m.group().strip();
        }
      }
    }
    return null;
  }
}
