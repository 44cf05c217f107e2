package org.zhnorm.io.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Linearizes a page body into {@link Line}s: every block element, {@code <br>} and a
 * newline inside {@code <pre>} ends a line; each line remembers its innermost block element, its
 * letters, linked letters and Chinese punctuation outside links. A data table's row ({@link
 * DataTables}) is one line, its cells joined by tabs.
 */
final class LineVisitor implements NodeVisitor {
  /** Elements that end a line where they start and where they end. */
  static final Set<String> BLOCK =
      Set.of(
          "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
          "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
          "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "html", "li", "main", "menu", "nav",
          "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead",
          "tr", "ul");
  /** Between the cells of a data table's row while it is built (a control character, not \\s). */
  private static final char CELL = '\u001F';
  private static final Pattern CELLS = Pattern.compile(" ?\u001F ?");
  private final List<Line> lines;
  private final DataTables tables;

  LineVisitor(List<Line> lines, DataTables tables) {
    this.lines = lines;
    this.tables = tables;
  }

  private final StringBuilder cur = new StringBuilder();
  private int letters;
  private int links;
  private int punct;
  private int linkDepth;
  private int preDepth;
  private final List<Element> blocks = new ArrayList<>();

  @Override
  public void head(Node node, int depth) {
    if (node instanceof TextNode t && preDepth > 0 && t.getWholeText().indexOf('\n') >= 0) {
      String[] parts = t.getWholeText().split("\\r?\\n", -1);
      for (int i = 0; i < parts.length; i++) {
        if (i > 0) {
          flush();
        }
        addText(parts[i]);
      }
    } else if (node instanceof TextNode t) {
      addText(t.getWholeText());
    } else if (node instanceof Element e) {
      String tag = e.normalName();
      if (tag.equals("pre")) {
        preDepth++;
      }
      if (tag.equals("br")) {
        flush();
      } else if (tag.equals("a") && e.hasAttr("href")) {
        linkDepth++;
      } else if (isDataCell(e)) {
        if (!cur.isEmpty()) {
          cur.append(CELL);
        }
      } else if (BLOCK.contains(tag)) {
        flush();
        blocks.add(e);
      } else if (tag.equals("img") && !cur.isEmpty()) {
        cur.append(' ');
      }
    }
  }

  void addText(String raw) {
    String s = Chars.WS.matcher(raw).replaceAll(" ");
    if (!s.isBlank()) {
      cur.append(s);
      int l = Chars.letters(s);
      letters += l;
      if (linkDepth > 0) {
        links += l;
      } else {
        punct += Chars.punctuation(s);
      }
    } else if (!cur.isEmpty()) {
      cur.append(' ');
    }
  }

  @Override
  public void tail(Node node, int depth) {
    if (node instanceof Element e) {
      String tag = e.normalName();
      if (tag.equals("pre")) {
        preDepth--;
      }
      if (tag.equals("a") && e.hasAttr("href")) {
        linkDepth--;
      } else if (isDataCell(e)) {
        // a data table's row is one line: the cell ends, the row goes on
      } else if (BLOCK.contains(tag)) {
        flush();
        blocks.remove(blocks.size() - 1);
      }
    }
  }

  boolean isDataCell(Element e) {
    String tag = e.normalName();
    return (tag.equals("td") || tag.equals("th")) && tables.inDataTable(e);
  }

  void flush() {
    String text = Chars.WS.matcher(cur).replaceAll(" ").strip();
    text = CELLS.matcher(text).replaceAll("\t");
    int n = Chars.count(text);
    if (n > 0 && !blocks.isEmpty()) {
      Element owner = blocks.get(blocks.size() - 1);
      lines.add(
          new Line(
              text, owner, n, letters, links, punct, false, tables.inDataTable(owner)));
    }
    cur.setLength(0);
    letters = 0;
    links = 0;
    punct = 0;
  }
}
