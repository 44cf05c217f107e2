package org.zhnorm.text.clean;

import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * What the reader learned about a page before cleaning: its URL, the HTML {@code <title>} or crawl
 * envelope title, and a date from HTML meta tags or the crawler's record. Any of them may be null.
 */
public record PageHints(@Nullable String url, @Nullable String title, @Nullable String date) {
  public static final PageHints NONE = new PageHints(null, null, null);
}
