package org.zhnorm.io.html;

import java.util.IdentityHashMap;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.jsoup.nodes.Element;

/**
 * Tells data tables (a grid of values: statistics, filmographies, infoboxes, award lists) from
 * layout tables (the page grid of older sites) and navigation tables (menus of links). Rows of a
 * data table are content: the extractor keeps them, cells joined by tabs, whatever their links.
 *
 * <p>The test follows Mozilla Readability's {@code _markDataTables}: {@code role=presentation} or
 * {@code datatable=0} is layout; a summary, a caption, {@code th}/{@code thead}/{@code tfoot}/
 * {@code col}/{@code colgroup} mark a data table; otherwise 10+ rows, 5+ columns or more than 10
 * cells (rows times columns) do. Two stricter conditions keep old table-layout pages out: a table holding another table
 * is layout whatever its markup (Readability checks that after th), and a grid needs two rows and
 * two columns. A table whose letters are mostly inside links is navigation, not data.
 *
 * <p>Not thread-safe: one instance per extracted page (it caches per table element).
 */
final class DataTables {
  private final Map<Element, Boolean> cache = new IdentityHashMap<>();

  /** The nearest enclosing table of {@code e} (e itself when it is one), else null. */
  static @Nullable Element tableOf(Element e) {
    for (Element x = e; x != null; x = x.parent()) {
      if (x.normalName().equals("table")) {
        return x;
      }
    }
    return null;
  }

  /** Whether the nearest table around {@code e} is a data table. */
  boolean inDataTable(Element e) {
    Element t = tableOf(e);
    return t != null && isData(t);
  }

  boolean isData(Element table) {
    return cache.computeIfAbsent(table, DataTables::test);
  }

  static boolean test(Element table) {
    if (table.attr("role").equalsIgnoreCase("presentation") || table.attr("datatable").equals("0")) {
      return false;
    }
    if (!table.select("table table").isEmpty() || table.select("table").size() > 1) {
      return false;
    }
    int rows = 0;
    int columns = 0;
    for (Element tr : table.select("tr")) {
      int inRow = 0;
      for (Element cell : tr.children()) {
        String tag = cell.normalName();
        if (tag.equals("td") || tag.equals("th")) {
          inRow += span(cell.attr("colspan"));
        }
      }
      if (inRow > 0) {
        rows++;
        columns = Math.max(columns, inRow);
      }
    }
    if (rows < 2 || columns < 2) {
      return false;
    }
    int letters = Chars.letters(table.text());
    int linked = 0;
    for (Element a : table.select("a[href]")) {
      linked += Chars.letters(a.text());
    }
    if (letters == 0 || linked * 2 > letters) {
      return false;
    }
    boolean marked =
        !table.attr("summary").isBlank()
            || table.select("caption").stream().anyMatch(Element::hasText)
            || !table.select("th,thead,tfoot,col,colgroup").isEmpty();
    return marked || rows >= 10 || columns > 4 || rows * columns > 10;
  }

  private static int span(String attr) {
    try {
      int n = Integer.parseInt(attr.strip());
      return n >= 1 && n <= 100 ? n : 1;
    } catch (NumberFormatException e) {
      return 1;
    }
  }
}
