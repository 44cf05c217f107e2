package org.zhnorm.text.clean;

import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Page metadata found by the cleaning rules. {@code pubTime} is ISO-8601 with the source's precision
 * ({@code 2023-06-21T16:01:29}, {@code 2023-06-21T16:01}, {@code 2023-06-21}, {@code 2023-06}).
 * {@code foundBy} maps each non-null field name (title, pub_time, source_name, editor, reporter,
 * author) to the id of the rule that found it.
 */
public record Metadata(
    @Nullable String title,
    @Nullable String pubTime,
    @Nullable String sourceName,
    @Nullable String editor,
    @Nullable String reporter,
    @Nullable String author,
    Map<String, String> foundBy) {}
