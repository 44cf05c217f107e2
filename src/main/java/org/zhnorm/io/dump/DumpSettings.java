package org.zhnorm.io.dump;

import java.util.List;

/**
 * Field names read from JSON dumps; for each role the first field present with a non-empty string
 * value wins. {@code contentFields} hold plain text, {@code htmlFields} hold HTML (extracted with
 * HtmlExtractor) and are used only when no content field is present.
 */
public record DumpSettings(
    List<String> urlFields,
    List<String> titleFields,
    List<String> contentFields,
    List<String> htmlFields,
    List<String> dateFields) implements java.io.Serializable {
  public DumpSettings {
    urlFields = List.copyOf(urlFields);
    titleFields = List.copyOf(titleFields);
    contentFields = List.copyOf(contentFields);
    htmlFields = List.copyOf(htmlFields);
    dateFields = List.copyOf(dateFields);
  }

  /** url; title; content, text, raw_content; html; date, date_download (cc_net and ChineseWebText). */
  public static DumpSettings defaults() {
    return new DumpSettings(
        List.of("url"),
        List.of("title"),
        List.of("content", "text", "raw_content"),
        List.of("html"),
        List.of("date", "date_download"));
  }
}
