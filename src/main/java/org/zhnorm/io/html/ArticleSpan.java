package org.zhnorm.io.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Where the article lies among a page's lines: the run of consecutive lines with the largest total
 * {@link Line#weight}, cut to the first record of a listing ({@link Listings}), and the core element
 * around its heaviest line.
 */
final class ArticleSpan {
  /** Share of the text run's positive weight its core element must hold. */
  static final double CORE_SHARE = 0.8;

  private ArticleSpan() {}

  /** The article's lines: the heaviest run, cut to the first record or post of a listing. */
  static Span find(List<Line> lines) {
    return Listings.firstPost(lines, Listings.firstRecord(lines, heaviest(lines)));
  }

  /**
   * The run of consecutive lines with the largest total weight ({@link Span#NONE} when no line
   * weighs more than zero). Prose outweighs the short chrome lines between its paragraphs, while the
   * link lists and fragments around the article pull the run's ends back to it.
   */
  static Span heaviest(List<Line> lines) {
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
      run += lines.get(i).weight();
      if (run > best) {
        best = run;
        bestFirst = runFirst;
        bestLast = i;
      }
    }
    return new Span(bestFirst, bestLast);
  }

  /** The lines with those of {@code span} made chrome, so that the next heaviest run is found. */
  static List<Line> without(List<Line> lines, Span span) {
    if (!span.found()) {
      return lines;
    }
    List<Line> out = new ArrayList<>(lines);
    for (int i = span.first(); i <= span.last(); i++) {
      out.set(i, lines.get(i).asChrome(false));
    }
    return out;
  }

  /**
   * The smallest element around the span's heaviest line that holds {@link #CORE_SHARE} of the
   * span's positive weight. Lines at the end of the span after it (a footer's legal notice, a box
   * the run crept into) are left out; lines before it are kept (abstracts, lead paragraphs in their
   * own container), the cleaning rules handle bylines there.
   */
  static Element core(List<Line> lines, Span span) {
    double total = 0;
    int heaviest = span.first();
    for (int i = span.first(); i <= span.last(); i++) {
      double w = lines.get(i).weight();
      total += Math.max(0, w);
      if (w > lines.get(heaviest).weight()) {
        heaviest = i;
      }
    }
    Map<Element, double[]> inside = new IdentityHashMap<>();
    for (int i = span.first(); i <= span.last(); i++) {
      double w = Math.max(0, lines.get(i).weight());
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

  static boolean within(Element e, Element ancestor) {
    for (Element x = e; x != null; x = x.parent()) {
      if (x == ancestor) {
        return true;
      }
    }
    return false;
  }
}
