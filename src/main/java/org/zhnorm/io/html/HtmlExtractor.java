package org.zhnorm.io.html;

import org.checkerframework.checker.nullness.qual.Nullable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Extracts a page's text from its HTML. (First version: the body's block elements, one per line.) */
public final class HtmlExtractor {
  public static HtmlExtractor standard() {
    return new HtmlExtractor();
  }

  public HtmlPage extract(String html, @Nullable String baseUrl) {
    Document doc = Jsoup.parse(html, baseUrl == null ? "" : baseUrl);
    doc.select("script,style,noscript").remove();
    StringBuilder out = new StringBuilder();
    for (Element e : doc.body().select("p,h1,h2,h3,h4,li,td,div:not(:has(div,p))")) {
      String t = e.ownText().strip();
      if (!t.isEmpty()) {
        out.append(t).append('\n');
      }
    }
    String title = doc.title().isBlank() ? null : doc.title().strip();
    return new HtmlPage(title, null, out.toString());
  }
}
