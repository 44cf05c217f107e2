package org.zhnorm.io.html;

import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.jsoup.nodes.Element;

/**
 * The text of an article span: widened to its core element's data-table rows, cut after the core
 * element ({@link ArticleSpan#core}), minus link lists, chrome and the title line; each line left
 * out goes to {@code dropped} with its reason.
 */
final class SpanText {
  private SpanText() {}

  static String of(List<Line> lines, Span span, @Nullable String title, List<String> dropped) {
    int first = span.first();
    int last = span.last();
    int coreEnd = last;
    if (span.found()) {
      Element core = ArticleSpan.core(lines, span);
      while (coreEnd > first && !ArticleSpan.within(lines.get(coreEnd).owner(), core)) {
        coreEnd--;
      }
      // the article's data tables are part of it even where their short rows ended the run:
      // reach out to the first and last table row inside the core element
      for (int i = 0; i < first; i++) {
        if (lines.get(i).tabular() && ArticleSpan.within(lines.get(i).owner(), core)) {
          first = i;
          break;
        }
      }
      for (int i = lines.size() - 1; i > coreEnd; i--) {
        if (lines.get(i).tabular() && ArticleSpan.within(lines.get(i).owner(), core)) {
          coreEnd = i;
          last = Math.max(last, i);
          break;
        }
      }
    }
    StringBuilder text = new StringBuilder();
    String titleKey = title == null ? "" : Chars.WS.matcher(title).replaceAll("");
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (first < 0 || i < first) {
        dropped.add("before the article run: " + l.text());
        continue;
      }
      if (i > coreEnd) {
        dropped.add((i <= last ? "after the run's core element: " : "after the article run: ") + l.text());
        continue;
      }
      boolean isTitle =
          !titleKey.isEmpty()
              && (i - first < 3 || last - i < 3)
              && Chars.WS.matcher(l.text()).replaceAll("").equals(titleKey);
      if (isTitle) {
        dropped.add("title line: " + l.text());
      } else if (l.kept()) {
        text.append(l.text()).append('\n');
      } else {
        dropped.add((l.chrome() ? "chrome class/id hint: " : "link list: ") + l.text());
      }
    }
    return text.toString();
  }
}
