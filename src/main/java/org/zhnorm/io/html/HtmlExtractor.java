package org.zhnorm.io.html;

import java.util.ArrayList;
import java.util.List;
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
 * <p>Steps ({@link #extract}):
 *
 * <ol>
 *   <li>Take a crawl envelope {@code <text id=… title=…>} off ({@link Envelope}), parse with jsoup;
 *       choose the title among the page's and the crawl record's candidates ({@link Titles}), read what the page states about itself ({@link
 *       StructuredData}: JSON-LD article body, description, published date) while its head and
 *       scripts are there; drop non-text and hidden elements.
 *   <li>Linearize the body into {@link Line}s ({@link LineVisitor}): every block element, {@code
 *       <br>} and a newline inside {@code <pre>} ends a line; a row of a data table ({@link
 *       DataTables}) is one line, its cells joined by tabs. Mark the lines inside a chrome-hinted
 *       element (nav/footer/comment/share/…, see {@code class-hints.txt}; {@link ChromeMarker}).
 *   <li>Find the article's span ({@link ArticleSpan}): each line weighs positive for prose (length,
 *       punctuation, few links), negative for link lists, short unpunctuated fragments and chrome;
 *       the run of consecutive lines with the largest total weight wins, prose outweighing the few
 *       short lines inside an article while the link lists around it end the run. A run over a
 *       listing of dated records of the same DOM shape (blog posts, forum floors) keeps its first
 *       record ({@link Listings}).
 *   <li>Emit the span's text ({@link SpanText}): cut after the smallest element around its heaviest
 *       line that holds {@link ArticleSpan#CORE_SHARE} of its prose (footers and legal notices after
 *       the article), widened to that element's data-table rows, minus link lists, chrome and the
 *       title line (the title is its own field).
 *   <li>Guard the choice ({@link ArticleGuard}): a tiny text or a notice/rules/comment block gives
 *       way to the next candidate span, else the JSON-LD article body, else the description; a notice
 *       block after the article is cut; no article at all keeps every non-chrome line.
 *   <li>The date: the one the markup states, else the one near the title ({@link PageDates}).
 * </ol>
 */
public final class HtmlExtractor {
  private static final String DROP =
      "script,style,noscript,iframe,select,option,textarea,button,input,svg,canvas,object,embed,"
          + "template,map,head,link,meta";
  private static final Pattern HIDDEN =
      Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden", Pattern.CASE_INSENSITIVE);
  /** Class names that by convention mean display:none (collapsed "read more" parts, templates). */
  private static final Pattern HIDDEN_CLASS =
      Pattern.compile("(?:^|[\\s_-])(?:hidden|hide|d-none|display-none)"
              + "(?!-?(?:xs|sm|md|lg|xl|phone|mobile|tablet|desktop|pc|print)\\b)(?:$|[\\s_-])",
          Pattern.CASE_INSENSITIVE);

  private final ChromeMarker chrome;

  private HtmlExtractor(ClassHints hints) {
    this.chrome = new ChromeMarker(hints);
  }

  /** The extractor with the bundled hints (one shared instance; it holds no mutable state). */
  public static HtmlExtractor standard() {
    return Standard.INSTANCE;
  }

  private static final class Standard {
    static final HtmlExtractor INSTANCE = new HtmlExtractor(ClassHints.load());
  }

  /** The text chosen as the page's article, where it came from, and what was left out. */
  private record Choice(String text, Span span, String source, List<String> dropped) {}

  /** Extracts title, date and main text. Never throws on malformed HTML; empty text when none. */
  public HtmlPage extract(String html, @Nullable String baseUrl) {
    return extract(html, baseUrl, null);
  }

  /**
   * As {@link #extract(String, String)}, with the title the crawl record states (a crawl envelope's
   * title the reader took off, a record's title field) as one more title candidate ({@link Titles}).
   */
  public HtmlPage extract(String html, @Nullable String baseUrl, @Nullable String recordTitle) {
    Envelope envelope = Envelope.of(html);
    String url = baseUrl != null ? baseUrl : envelope.url();
    Document doc = Jsoup.parse(envelope.html(), url == null ? "" : url);
    String title = Titles.find(doc, envelope.title() != null ? envelope.title() : recordTitle);
    StructuredData structured = StructuredData.of(doc);
    List<Line> lines = linearize(visibleBody(doc));
    Choice article = guarded(lines, title, structured);
    String date = structured.published();
    if (date == null) {
      date = PageDates.nearTitle(texts(lines), title, article.span().first(), article.span().last());
    }
    int n = Chars.count(article.text());
    String noArticle = n < ArticleGuard.NO_ARTICLE_CHARS
        ? "no article: " + n + " characters of text after the run, the next candidate, JSON-LD and"
            + " og:description (" + lines.size() + " lines on the page)"
        : null;
    return new HtmlPage(title, date, article.text(), noArticle, article.source(), List.copyOf(article.dropped()));
  }

  /** The body without non-text elements and without elements hidden by attribute, style or class. */
  private static Element visibleBody(Document doc) {
    Element body = doc.body();
    body.select(DROP).remove();
    for (Element e : body.select("[style],[hidden],[class]")) {
      if (e.hasAttr("hidden")
          || HIDDEN.matcher(e.attr("style")).find()
          || HIDDEN_CLASS.matcher(e.className()).find()) {
        e.remove();
      }
    }
    return body;
  }

  List<Line> linearize(Element body) {
    List<Line> lines = new ArrayList<>();
    NodeTraversor.traverse(new LineVisitor(lines, new DataTables()), body);
    return chrome.mark(lines);
  }

  /**
   * The heaviest span's text, unless {@link ArticleGuard} suspects it: then the next candidate span
   * outside it, else what the page states about itself; then a notice block after the article is
   * cut, and a page with no article at all keeps every non-chrome line.
   */
  private static Choice guarded(List<Line> lines, @Nullable String title, StructuredData structured) {
    Span span = ArticleSpan.find(lines);
    List<String> dropped = new ArrayList<>();
    String source = "run";
    String text = SpanText.of(lines, span, title, dropped);
    if (ArticleGuard.suspect(text)) {
      // the heaviest run is tiny, or a notice/rules/comment block: try the next candidate run
      // outside it, then what the page states about itself
      Span next = ArticleSpan.find(ArticleSpan.without(lines, span));
      List<String> nextDropped = new ArrayList<>();
      String nextText = next.found() ? SpanText.of(lines, next, title, nextDropped) : "";
      boolean notice = Chars.count(text) >= ArticleGuard.MIN_CHARS;
      if (!ArticleGuard.suspect(nextText) && (notice || Chars.count(nextText) > Chars.count(text))) {
        text = nextText;
        span = next;
        dropped = nextDropped;
        source = "next-run";
      } else if (structured.articleBody() != null && Chars.count(structured.articleBody()) > Chars.count(text)) {
        text = structured.articleBody() + "\n";
        source = "json-ld";
      } else if (structured.description() != null
          && Chars.count(structured.description()) > Chars.count(text)
          && (Chars.count(text) < ArticleGuard.MIN_CHARS || !ArticleGuard.suspect(structured.description()))) {
        // a tiny text takes a longer description; a notice (a disclaimer left where the article was)
        // takes one that is no notice itself
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
        if (l.kept()) {
          all.append(l.text()).append('\n');
        }
      }
      text = all.toString();
      source = "all-lines";
    }
    return new Choice(text, span, source, dropped);
  }

  /** The lines' texts, as a view. */
  private static List<String> texts(List<Line> lines) {
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
}
