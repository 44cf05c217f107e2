package org.zhnorm.io.html;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.jsoup.parser.Parser;

/**
 * A crawl envelope around a page, {@code <text id=URL title=… encoding=…>…</text>} (cn_web_gold's
 * crawler), taken off: the page inside, and the title and URL the crawler recorded.
 *
 * @param html the page without the envelope (the whole input when there is none)
 * @param title the envelope's title attribute, entities decoded, or null
 * @param url the envelope's id attribute (the page's URL), or null
 */
record Envelope(String html, @Nullable String title, @Nullable String url) {
  private static final Pattern START =
      Pattern.compile("^\\s*<text\\s+((?:[^>\"]|\"[^\"]*\")*)>", Pattern.CASE_INSENSITIVE);
  private static final Pattern ATTR = Pattern.compile("(\\w+)=\"([^\"]*)\"");

  static Envelope of(String html) {
    Matcher env = START.matcher(html);
    if (!env.find()) {
      return new Envelope(html, null, null);
    }
    String title = null;
    String url = null;
    Matcher a = ATTR.matcher(env.group(1));
    while (a.find()) {
      if (a.group(1).equalsIgnoreCase("title")) {
        title = Parser.unescapeEntities(a.group(2), true);
      } else if (a.group(1).equalsIgnoreCase("id")) {
        url = a.group(2);
      }
    }
    String page = html.substring(env.end());
    int close = page.toLowerCase(Locale.ROOT).lastIndexOf("</text>");
    return new Envelope(close >= 0 ? page.substring(0, close) : page, title, url);
  }
}
