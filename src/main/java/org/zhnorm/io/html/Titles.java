package org.zhnorm.io.html;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Title candidate: h1 agreeing with the page title, else og:title or {@code <title>} minus the site name. */
final class Titles {
  /** A separator before a trailing site/section name: {@code _ | ｜ — –}, or a hyphen/dot with spaces. */
  private static final Pattern TRAILING =
      Pattern.compile("(?:\\s*(?:_+|\\||｜|—+|–|-{2,})\\s*|\\s+[-·:]\\s+|-(?!\\d))([^_|｜—–]{1,16}|[\\w.-]+\\.[a-zA-Z]{2,6})$");

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
    if (!og.isEmpty()) {
      return stripSite(og);
    }
    if (!raw.isEmpty()) {
      return stripSite(raw);
    }
    Element h1 = doc.selectFirst("h1");
    if (h1 != null && !clean(h1.text()).isEmpty()) {
      return clean(h1.text());
    }
    return null;
  }

  /** Removes trailing short {@code _site}, {@code -site}, {@code | site} parts while a real title remains. */
  static String stripSite(String title) {
    String t = title;
    while (true) {
      Matcher m = TRAILING.matcher(t);
      if (!m.find()) {
        return t;
      }
      String rest = t.substring(0, m.start()).strip();
      if (rest.codePointCount(0, rest.length()) < 2) {
        return t;
      }
      t = rest;
    }
  }

  private static String clean(@Nullable String s) {
    return s == null ? "" : s.replaceAll("[\\s\\u00A0\\u3000]+", " ").strip();
  }
}
