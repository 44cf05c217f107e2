package org.zhnorm.io.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;
import org.zhnorm.text.dates.PageDates;

/**
 * Extracts the main content of an HTML page as block-structured text, plus title and publish-date
 * candidates. Immutable and thread-safe.
 *
 * <p>Method:
 *
 * <ol>
 *   <li>Parse with jsoup (a crawl envelope {@code <text id=… title=…>} around the page is taken
 *       off first), drop non-text elements and hidden elements.
 *   <li>Linearize the body into lines: every block element, {@code <br>} and a newline inside
 *       {@code <pre>} ends a line; each line remembers its innermost block element, its linked
 *       letters and its Chinese punctuation outside links. A row of a data table ({@link
 *       DataTables}) is one line, its cells joined by tabs.
 *   <li>Weigh each line: positive for prose (length, punctuation, few links), negative for link
 *       lists, short unpunctuated fragments and anything inside a chrome-hinted element
 *       (nav/footer/comment/share/…, see {@code class-hints.txt}).
 *   <li>Take the run of consecutive lines with the largest total weight: prose outweighs the few
 *       short lines inside an article, while the link lists around it end the run.
 *   <li>If that run covers a listing of dated records of the same DOM shape (blog posts, forum
 *       floors: sibling containers, or repeated dated header lines), keep the first record.
 *   <li>Cut the run's tail back to the smallest element around its heaviest line that holds
 *       {@link #CORE_SHARE} of its prose (footers and legal notices after the article), then
 *       widen it to the first and last data-table row inside that element: a data table is part
 *       of the article even where its short rows ended the run (a table row weighs nothing, and
 *       keeps its links).
 *   <li>Emit the run's lines in document order, minus link-list lines, chrome-hinted blocks and the
 *       title line (the title is its own field).
 * </ol>
 */
public final class HtmlExtractor {
  static final Set<String> BLOCK =
      Set.of(
          "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
          "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
          "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "html", "li", "main", "menu", "nav",
          "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead",
          "tr", "ul");
  private static final String DROP =
      "script,style,noscript,iframe,select,option,textarea,button,input,svg,canvas,object,embed,"
          + "template,map,head,link,meta";
  private static final Pattern ENVELOPE =
      Pattern.compile("^\\s*<text\\s+((?:[^>\"]|\"[^\"]*\")*)>", Pattern.CASE_INSENSITIVE);
  private static final Pattern ATTR =
      Pattern.compile("(\\w+)=\"([^\"]*)\"");
  private static final Pattern HIDDEN =
      Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden", Pattern.CASE_INSENSITIVE);
  /** Class names that by convention mean display:none (collapsed "read more" parts, templates). */
  private static final Pattern HIDDEN_CLASS =
      Pattern.compile("(?:^|[\\s_-])(?:hidden|hide|d-none|display-none)"
              + "(?!-?(?:xs|sm|md|lg|xl|phone|mobile|tablet|desktop|pc|print)\\b)(?:$|[\\s_-])",
          Pattern.CASE_INSENSITIVE);
  static final Pattern WS = Pattern.compile("[\\s\\u00A0\\u3000\\u200B\\uFEFF]+");
  /** Between the cells of a data table's row while it is built (a control character, not \\s). */
  static final char CELL = '\u001F';
  static final Pattern CELLS = Pattern.compile(" ?\u001F ?");

  /** Share of the text run's positive weight its core element must hold. */
  static final double CORE_SHARE = 0.8;

  private final ClassHints hints;

  private HtmlExtractor(ClassHints hints) {
    this.hints = hints;
  }

  /** The extractor with the bundled hints (one shared instance; it holds no mutable state). */
  public static HtmlExtractor standard() {
    return Standard.INSTANCE;
  }

  private static final class Standard {
    static final HtmlExtractor INSTANCE = new HtmlExtractor(ClassHints.load());
  }

  /**
   * A line of the linearized page.
   *
   * @param chars non-space characters
   * @param letters letters (Han and alphabetic) of the line; link density is taken over letters, so
   *     a date or bullet after a linked headline does not dilute it
   * @param linkLetters letters inside {@code <a href>}
   * @param punct Chinese sentence punctuation outside links
   * @param chrome inside an element whose nearest class/id hint is chrome
   * @param tabular inside a data table ({@link DataTables}): a row (cells joined by tabs) or caption
   */
  record Line(
      String text,
      Element owner,
      int chars,
      int letters,
      int linkLetters,
      int punct,
      boolean chrome,
      boolean tabular) {
    double linkDensity() {
      return letters == 0 ? 0 : (double) linkLetters / letters;
    }
  }

  /** Extracts title, date and main text. Never throws on malformed HTML; empty text when none. */
  public HtmlPage extract(String html, @Nullable String baseUrl) {
    String envelopeTitle = null;
    String envelopeUrl = null;
    Matcher env = ENVELOPE.matcher(html);
    if (env.find()) {
      Matcher a = ATTR.matcher(env.group(1));
      while (a.find()) {
        if (a.group(1).equalsIgnoreCase("title")) {
          envelopeTitle = org.jsoup.parser.Parser.unescapeEntities(a.group(2), true);
        } else if (a.group(1).equalsIgnoreCase("id")) {
          envelopeUrl = a.group(2);
        }
      }
      html = html.substring(env.end());
      int close = html.toLowerCase(java.util.Locale.ROOT).lastIndexOf("</text>");
      if (close >= 0) {
        html = html.substring(0, close);
      }
    }
    String url = baseUrl != null ? baseUrl : envelopeUrl;
    Document doc = Jsoup.parse(html, url == null ? "" : url);
    String title = Titles.find(doc, envelopeTitle);
    StructuredData structured = StructuredData.of(doc);

    Element body = doc.body();
    body.select(DROP).remove();
    for (Element e : body.select("[style],[hidden],[class]")) {
      if (e.hasAttr("hidden")
          || HIDDEN.matcher(e.attr("style")).find()
          || HIDDEN_CLASS.matcher(e.className()).find()) {
        e.remove();
      }
    }
    List<Line> lines = linearize(body);
    List<String> dropped = new ArrayList<>();
    int[] span = articleSpan(lines);
    String source = "run";
    String text = emit(lines, span, title, dropped);
    if (ArticleGuard.suspect(text)) {
      // the heaviest run is tiny, or a notice/rules/comment block: try the next candidate run
      // outside it, then what the page states about itself
      int[] next = articleSpan(without(lines, span));
      List<String> nextDropped = new ArrayList<>();
      String nextText = next[0] < 0 ? "" : emit(lines, next, title, nextDropped);
      boolean notice = count(text) >= ArticleGuard.MIN_CHARS;
      if (!ArticleGuard.suspect(nextText) && (notice || count(nextText) > count(text))) {
        text = nextText;
        span = next;
        dropped = nextDropped;
        source = "next-run";
      } else if (structured.articleBody() != null && count(structured.articleBody()) > count(text)) {
        text = structured.articleBody() + "\n";
        source = "json-ld";
      } else if (structured.description() != null
          && count(text) < ArticleGuard.MIN_CHARS
          && count(structured.description()) > count(text)) {
        text = structured.description() + "\n";
        source = "description";
      }
    }
    int tail = ArticleGuard.noticeTail(text);
    if (tail < text.length()) {
      for (String l : text.substring(tail).split("\n")) {
        dropped.add("notice block after the article: " + l);
      }
      text = text.substring(0, tail);
    }
    if (text.isEmpty()) {
      // no run of lines scored as an article (a tiny page, a list): keep every non-chrome line
      // rather than lose the page; the cleaning rules still run on it
      StringBuilder all = new StringBuilder();
      for (Line l : lines) {
        if (keep(l)) {
          all.append(l.text()).append('\n');
        }
      }
      text = all.toString();
      source = "all-lines";
    }
    String date = structured.published();
    if (date == null) {
      date = PageDates.nearTitle(texts(lines), title, span[0], span[1]);
    }
    String noArticle = count(text) < ArticleGuard.NO_ARTICLE_CHARS
        ? "no article: " + count(text) + " characters of text after the run, the next candidate, JSON-LD and"
            + " og:description (" + lines.size() + " lines on the page)"
        : null;
    return new HtmlPage(title, date, text, noArticle, source, List.copyOf(dropped));
  }

  /** The lines' texts, as a view. */
  static List<String> texts(List<Line> lines) {
    return new java.util.AbstractList<>() {
      @Override
      public String get(int i) {
        return lines.get(i).text();
      }

      @Override
      public int size() {
        return lines.size();
      }
    };
  }

  /** The article's lines: heaviest run, cut to the first record/post. */
  private static int[] articleSpan(List<Line> lines) {
    return firstPost(lines, firstRecord(lines, bestSpan(lines)));
  }

  /** The lines with those of {@code span} made chrome, so the next heaviest run is found. */
  private static List<Line> without(List<Line> lines, int[] span) {
    if (span[0] < 0) {
      return lines;
    }
    List<Line> out = new ArrayList<>(lines);
    for (int i = span[0]; i <= span[1]; i++) {
      Line l = lines.get(i);
      out.set(i, new Line(l.text(), l.owner(), l.chars(), l.letters(), l.linkLetters(), l.punct(), true, false));
    }
    return out;
  }

  /**
   * The text of a span: widened to its core element's data-table rows, cut after the core
   * element, minus link lists, chrome and the title line; what is left out goes to {@code dropped}.
   */
  private String emit(List<Line> lines, int[] span, @Nullable String title, List<String> dropped) {
    int first = span[0];
    int last = span[1];
    int coreEnd = last;
    if (first >= 0) {
      Element core = core(lines, first, last);
      while (coreEnd > first && !within(lines.get(coreEnd).owner(), core)) {
        coreEnd--;
      }
      // the article's data tables are part of it even where their short rows ended the run:
      // reach out to the first and last table row inside the core element
      for (int i = 0; i < first; i++) {
        if (lines.get(i).tabular() && within(lines.get(i).owner(), core)) {
          first = i;
          break;
        }
      }
      for (int i = lines.size() - 1; i > coreEnd; i--) {
        if (lines.get(i).tabular() && within(lines.get(i).owner(), core)) {
          coreEnd = i;
          last = Math.max(last, i);
          break;
        }
      }
    }
    StringBuilder text = new StringBuilder();
    String titleKey = title == null ? "" : WS.matcher(title).replaceAll("");
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
              && WS.matcher(l.text()).replaceAll("").equals(titleKey);
      if (isTitle) {
        dropped.add("title line: " + l.text());
      } else if (keep(l)) {
        text.append(l.text()).append('\n');
      } else {
        dropped.add((l.chrome() ? "chrome class/id hint: " : "link list: ") + l.text());
      }
    }
    return text.toString();
  }

  private boolean keep(Line l) {
    if (l.chrome()) {
      return false;
    }
    // links in a data table's cells name the entities it lists; the table as a whole is not a
    // link list (DataTables), so its rows stay
    return l.tabular() || l.linkDensity() < 0.6 || l.punct() >= 2;
  }

  List<Line> linearize(Element body) {
    List<Line> lines = new ArrayList<>();
    DataTables tables = new DataTables();
    Map<Element, Integer> hintCache = new IdentityHashMap<>();
    NodeTraversor.traverse(new LineVisitor(lines, tables), body);
    return markChrome(lines, hintCache);
  }

  /**
   * Marks lines whose nearest class/id-hinted ancestor is chrome. A chrome hint on an element that
   * holds half of the page's letters or more is a layout wrapper's name, not chrome, and is ignored.
   */
  private List<Line> markChrome(List<Line> lines, Map<Element, Integer> hintCache) {
    Map<Element, int[]> letters = new IdentityHashMap<>();
    long total = 0;
    for (Line l : lines) {
      total += l.letters();
      for (Element x = l.owner(); x != null; x = x.parent()) {
        letters.computeIfAbsent(x, k -> new int[1])[0] += l.letters();
      }
    }
    List<Line> out = new ArrayList<>(lines.size());
    for (Line l : lines) {
      boolean chrome = false;
      for (Element x = l.owner(); x != null; x = x.parent()) {
        int h = hintCache.computeIfAbsent(x, hints::of);
        if (h > 0) {
          break;
        }
        if (h < 0 && letters.get(x)[0] * 2L < total) {
          chrome = true;
          break;
        }
      }
      out.add(
          chrome
              ? new Line(
                  l.text(), l.owner(), l.chars(), l.letters(), l.linkLetters(), l.punct(), true,
                  l.tabular())
              : l);
    }
    return out;
  }

  static double weight(Line l) {
    int n = l.chars();
    if (l.chrome()) {
      return -n;
    }
    if (l.tabular()) {
      // a data table's row is neither prose nor chrome: it does not end the run around it
      return l.punct() == 0 ? 0 : n + 5.0 * l.punct();
    }
    double ld = l.linkDensity();
    if (ld > 0.5) {
      return -n;
    }
    if (l.punct() == 0) {
      return n < 20 ? -0.25 * n : 0.3 * n * (1 - ld);
    }
    return (n + 5.0 * l.punct()) * (1 - ld);
  }

  /**
   * The run of consecutive lines with the largest total weight (first, last; -1, -1 when no line
   * weighs more than zero). Prose outweighs the short chrome lines between its paragraphs, while the
   * link lists and fragments around the article pull the run's ends back to it.
   */
  static int[] bestSpan(List<Line> lines) {
    double best = 0;
    int bestFirst = -1;
    int bestLast = -1;
    double run = 0;
    int runFirst = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (run <= 0) {
        run = 0;
        runFirst = i;
      }
      run += weight(lines.get(i));
      if (run > best) {
        best = run;
        bestFirst = runFirst;
        bestLast = i;
      }
    }
    return new int[] {bestFirst, bestLast};
  }

  /**
   * The smallest element around the heaviest line that holds {@link #CORE_SHARE} of the span's
   * positive weight. Lines at the end of the span after it (a footer's legal notice, a box the run
   * crept into) are left out; lines before it are kept (abstracts, lead paragraphs in their own
   * container), the cleaning rules handle bylines there.
   */
  static Element core(List<Line> lines, int first, int last) {
    double total = 0;
    int heaviest = first;
    for (int i = first; i <= last; i++) {
      double w = weight(lines.get(i));
      total += Math.max(0, w);
      if (w > weight(lines.get(heaviest))) {
        heaviest = i;
      }
    }
    Map<Element, double[]> inside = new IdentityHashMap<>();
    for (int i = first; i <= last; i++) {
      double w = Math.max(0, weight(lines.get(i)));
      for (Element x = lines.get(i).owner(); x != null; x = x.parent()) {
        inside.computeIfAbsent(x, k -> new double[1])[0] += w;
      }
    }
    Element x = lines.get(heaviest).owner();
    while (x.parent() != null && inside.get(x)[0] < CORE_SHARE * total) {
      x = x.parent();
    }
    return x;
  }

  private static boolean within(Element e, Element ancestor) {
    for (Element x = e; x != null; x = x.parent()) {
      if (x == ancestor) {
        return true;
      }
    }
    return false;
  }

  /**
   * When the span runs over a listing of records (blog posts, forum floors: two or more sibling
   * containers of the same tag and class, each of several lines with a date among its first lines),
   * keeps only the first record with prose in it.
   */
  static int[] firstRecord(List<Line> lines, int[] span) {
    if (span[0] < 0) {
      return span;
    }
    Element lca = null;
    for (int i = span[0]; i <= span[1]; i++) {
      if (weight(lines.get(i)) > 0) {
        lca = lca == null ? lines.get(i).owner() : commonAncestor(lca, lines.get(i).owner());
      }
    }
    if (lca == null) {
      return span;
    }
    List<int[]> groups = new ArrayList<>();
    List<Element> heads = new ArrayList<>();
    for (int i = span[0]; i <= span[1]; i++) {
      Element child = childOf(lca, lines.get(i).owner());
      if (child == null) {
        continue;
      }
      if (!heads.isEmpty() && heads.get(heads.size() - 1) == child) {
        groups.get(groups.size() - 1)[1] = i;
      } else {
        heads.add(child);
        groups.add(new int[] {i, i});
      }
    }
    List<Integer> records = new ArrayList<>();
    for (int g = 0; g < groups.size(); g++) {
      int[] r = groups.get(g);
      if (r[1] - r[0] < 2) {
        continue;
      }
      boolean dated = false;
      double w = 0;
      for (int i = r[0]; i <= r[1]; i++) {
        dated |= i - r[0] < 4 && PageDates.hasDate(lines.get(i).text());
        w += weight(lines.get(i));
      }
      if (dated && w > 0) {
        records.add(g);
      }
    }
    if (records.size() < 2) {
      return span;
    }
    Element first = heads.get(records.get(0));
    for (int g : records) {
      Element h = heads.get(g);
      if (!h.normalName().equals(first.normalName()) || !h.className().equals(first.className())) {
        return span;
      }
    }
    int[] r = groups.get(records.get(0));
    return new int[] {r[0], r[1]};
  }

  /**
   * When the span holds two or more dated header lines of the same DOM shape (same tag and class:
   * forum floor headers, blog post bylines) with prose after each, keeps the first post only: up to
   * the first header when prose precedes it (the first post's own header lies before the span),
   * else up to the second.
   */
  static int[] firstPost(List<Line> lines, int[] span) {
    if (span[0] < 0) {
      return span;
    }
    Map<String, List<Integer>> bySignature = new java.util.LinkedHashMap<>();
    for (int i = span[0]; i <= span[1]; i++) {
      Line l = lines.get(i);
      if (l.chars() <= 60 && l.punct() <= 2 && PageDates.hasDateAndTime(l.text())) {
        String sig = l.owner().normalName() + "." + l.owner().className();
        bySignature.computeIfAbsent(sig, k -> new ArrayList<>()).add(i);
      }
    }
    for (List<Integer> heads : bySignature.values()) {
      if (heads.size() < 2) {
        continue;
      }
      boolean proseAfterEach = true;
      for (int h = 0; h < heads.size() && proseAfterEach; h++) {
        int end = h + 1 < heads.size() ? heads.get(h + 1) : span[1] + 1;
        proseAfterEach = hasProse(lines, heads.get(h) + 1, end);
      }
      if (!proseAfterEach) {
        continue;
      }
      int cut = hasProse(lines, span[0], heads.get(0)) ? heads.get(0) : heads.get(1);
      return new int[] {span[0], cut - 1};
    }
    return span;
  }

  private static boolean hasProse(List<Line> lines, int from, int to) {
    for (int i = from; i < to; i++) {
      if (lines.get(i).punct() >= 2 && weight(lines.get(i)) > 20) {
        return true;
      }
    }
    return false;
  }

  private static Element commonAncestor(Element a, Element b) {
    Set<Element> up = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element x = a; x != null; x = x.parent()) {
      up.add(x);
    }
    for (Element x = b; x != null; x = x.parent()) {
      if (up.contains(x)) {
        return x;
      }
    }
    return a;
  }

  /** The child of {@code ancestor} on the way down to {@code e}; null when e is not below it. */
  private static @Nullable Element childOf(Element ancestor, Element e) {
    for (Element x = e; x != null; x = x.parent()) {
      if (x.parent() == ancestor) {
        return x;
      }
    }
    return null;
  }

  static int count(CharSequence s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isLowSurrogate(c)) {
        n++;
      }
    }
    return n;
  }

  static int letters(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  static int punctuation(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      switch (s.charAt(i)) {
        case '，', '。', '！', '？', '；', '、', '：', '“', '”' -> n++;
        default -> {}
      }
    }
    return n;
  }
}
