package org.zhnorm.io.html;

import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A page reduced to its text.
 *
 * @param title the page title candidate (h1 or {@code <title>} without the site name), else null
 * @param date a publish-date candidate from meta tags or time elements, as found, else null
 * @param text the main content as block-structured text: one paragraph, heading or list item per line
 */
public record HtmlPage(@Nullable String title, @Nullable String date, String text) {}
