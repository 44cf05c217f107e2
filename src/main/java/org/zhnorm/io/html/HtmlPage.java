package org.zhnorm.io.html;

import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A page reduced to its text.
 *
 * @param title the page's title, the scored choice among its head titles and headings ({@link Titles}), else null
 * @param date a publish-date candidate from meta tags or time elements, as found, else null
 * @param text the main content as block-structured text: one paragraph, heading or list item per line
 * @param noArticle null when the page has an article; else why not (the page is a dead letter, {@link
 *     #NO_ARTICLE}, not a stub)
 * @param source where the text came from: {@code run} (the page's heaviest run of lines), {@code
 *     next-run} (the next candidate, the first being a notice or comment block or tiny), {@code
 *     json-ld} (the page's JSON-LD articleBody), {@code description} (og:description), {@code
 *     all-lines} (no run scored as an article: every non-chrome line)
 * @param dropped the page's lines the extractor left out, each as {@code reason: text} (for {@code
 *     zhnorm explain})
 */
public record HtmlPage(
    @Nullable String title,
    @Nullable String date,
    String text,
    @Nullable String noArticle,
    String source,
    List<String> dropped) {
  /** Dead-letter reason for a page without an article. */
  public static final String NO_ARTICLE = "no-article";

  public HtmlPage(@Nullable String title, @Nullable String date, String text) {
    this(title, date, text, null, "run", List.of());
  }
}
