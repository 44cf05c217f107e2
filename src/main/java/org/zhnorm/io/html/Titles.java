package org.zhnorm.io.html;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Title candidate: an h1 agreeing with the page title; else og:title or {@code <title>} minus the
 * site name, unless an h1 is clearly longer (the head title was only the site's name).
 */
final class Titles {
  /** A separator before a trailing site/section name: {@code _ | ｜ — –}, or a hyphen/dot with spaces. */
  private static final Pattern TRAILING =
      Pattern.compile("(?:\\s*(?:_+|\\||｜|—+|–|-{2,}|»|<)\\s*|\\s+[-·:]\\s+|-(?!\\d))([^_|｜—–]{1,16}|[\\w.-]+\\.[a-zA-Z]{2,6})$");

  private Titles() {}

  static @Nullable String find(Document doc, @Nullable String envelopeTitle) {
    String raw = clean(doc.title());
    if (raw.isEmpty() && envelopeTitle != null) {
      raw = clean(envelopeTitle);
    }
    String og = "";
    Element ogEl = doc.selectFirst("meta[property=og:title],meta[name=og:title]");
    if (ogEl != null) {
      og = clean(ogEl.attr("content"));
    }
    for (Element h1 : doc.select("h1")) {
      String h = clean(h1.text());
      if (h.length() >= 2 && ((!raw.isEmpty() && raw.contains(h)) || (!og.isEmpty() && og.contains(h)))) {
        return h;
      }
    }
    String fromHead = !og.isEmpty() ? stripSite(og) : !raw.isEmpty() ? stripSite(raw) : "";
    // <title> that is only the site's name ("TVBS", "即時新聞"): a longer h1 is the headline.
    for (Element h1 : doc.select("h1")) {
      String h = clean(h1.text());
      int n = h.codePointCount(0, h.length());
      if (n >= 8 && n <= 80 && n > fromHead.codePointCount(0, fromHead.length()) + 4) {
        return h;
      }
    }
    if (!fromHead.isEmpty()) {
      return fromHead;
    }
    Element h1 = doc.selectFirst("h1");
    if (h1 != null && !clean(h1.text()).isEmpty()) {
      return clean(h1.text());
    }
    return null;
  }

  /** A leading short site/section name: {@code 千龙网--北京--标题}, {@code 多维博客 » 标题}. */
  private static final Pattern LEADING =
      Pattern.compile("^([^_|｜—–»<>]{1,8})(?:\\s*(?:_+|\\||｜|—+|-{2,}|»|&raquo;|>)\\s*)");

  /**
   * Removes trailing short {@code _site}, {@code -site}, {@code | site} parts while a real title
   * remains, then leading short {@code site--}/{@code site »} parts before a longer rest.
   */
  static String stripSite(String title) {
    String t = stripTrailing(title.replace("&raquo;", "»"));
    while (true) {
      Matcher m = LEADING.matcher(t);
      if (!m.find()) {
        return t;
      }
      String rest = t.substring(m.end()).strip();
      if (rest.codePointCount(0, rest.length()) < 8) {
        return t;
      }
      t = rest;
    }
  }

  private static String stripTrailing(String title) {
    String t = title;
    while (true) {
      Matcher m = TRAILING.matcher(t);
      if (!m.find()) {
        return t;
      }
      String rest = t.substring(0, m.start()).strip();
      int restLen = rest.codePointCount(0, rest.length());
      String seg = m.group(1);
      boolean domain = seg.matches("[\\w.-]+\\.[a-zA-Z]{2,6}");
      if (restLen < 2 || (!domain && restLen * 2 < seg.codePointCount(0, seg.length()))) {
        return t;
      }
      t = rest;
    }
  }

  private static String clean(@Nullable String s) {
    return s == null ? "" : s.replaceAll("[\\s\\u00A0\\u3000]+", " ").strip();
  }
}
