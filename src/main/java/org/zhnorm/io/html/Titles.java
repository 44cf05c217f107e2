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
      Pattern.compile("(?:\\s*(?:_+|\\||｜|—+|–|-{2,}|»|<)\\s*|\\s+[-·:]\\s+|(?<![A-Za-z])-(?!\\d))([^_|｜—–]{1,16}|[\\w.-]+\\.[a-zA-Z]{2,6})$");

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
    String fromHead = !og.isEmpty() ? stripSite(og) : !raw.isEmpty() ? stripSite(raw) : "";
    if (rejected(fromHead)) {
      fromHead = "";
    }
    for (Element h1 : doc.select("h1")) {
      String h = clean(h1.text());
      // an h1 that is only the site part of the head title (the blog's name) is not the headline
      boolean sitePart = !fromHead.isEmpty() && !fromHead.contains(h);
      if (h.length() >= 2 && !rejected(h) && !sitePart
          && ((!raw.isEmpty() && raw.contains(h)) || (!og.isEmpty() && og.contains(h)))) {
        return h;
      }
    }
    // <title> that is only the site's name ("TVBS", "即時新聞"): a longer h1 is the headline.
    for (Element h1 : doc.select("h1")) {
      String h = clean(h1.text());
      int n = h.codePointCount(0, h.length());
      if (n >= 8 && n <= 80 && n > fromHead.codePointCount(0, fromHead.length()) + 4 && !rejected(h)) {
        return h;
      }
    }
    if (!fromHead.isEmpty()) {
      return fromHead;
    }
    for (Element h1 : doc.select("h1")) {
      if (!clean(h1.text()).isEmpty() && !rejected(clean(h1.text()))) {
        return clean(h1.text());
      }
    }
    return null;
  }

  private static final java.util.Set<String> SECTIONS = java.util.Set.copyOf(HtmlData.words("/org/zhnorm/html/section-names.txt"));
  /** A title candidate's leading label: 主题: …, 标题：… (forum and CMS headers). */
  private static final Pattern LABEL = Pattern.compile("^(?:主题|主題|标题|標題|帖子|Subject|Title|RE|Re)\\s*[:：]\\s*");
  private static final Pattern ITEMS = Pattern.compile("[\\s|｜/>»·]+");

  /**
   * A candidate that is no title: a section or channel name ({@code section-names.txt}), or a
   * navigation bar (five or more items of at most four characters).
   */
  static boolean rejected(String candidate) {
    String c = candidate.strip();
    if (c.isEmpty() || SECTIONS.contains(c)) {
      return !c.isEmpty();
    }
    String[] items = ITEMS.split(c);
    if (items.length >= 5) {
      int shortItems = 0;
      for (String i : items) {
        if (i.codePointCount(0, i.length()) <= 4) {
          shortItems++;
        }
      }
      return shortItems * 5 >= items.length * 4;
    }
    return false;
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
    String t = s == null ? "" : s.replaceAll("[\\s\\u00A0\\u3000]+", " ").strip();
    return LABEL.matcher(t).replaceFirst("");
  }
}
