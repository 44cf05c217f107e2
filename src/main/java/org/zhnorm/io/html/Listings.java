package org.zhnorm.io.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.jsoup.nodes.Element;
import org.zhnorm.text.dates.PageDates;

/**
 * A span that runs over a listing of dated records (blog posts, forum floors) is cut to its first
 * record: the page is that record; the others are other posts or replies.
 */
final class Listings {
  private Listings() {}

  /**
   * When the span runs over a listing of records (two or more sibling containers of the same tag
   * and class, each of several lines with a date among its first lines), keeps only the first record
   * with prose in it.
   */
  static Span firstRecord(List<Line> lines, Span span) {
    if (!span.found()) {
      return span;
    }
    Element lca = null;
    for (int i = span.first(); i <= span.last(); i++) {
      if (lines.get(i).weight() > 0) {
        lca = lca == null ? lines.get(i).owner() : commonAncestor(lca, lines.get(i).owner());
      }
    }
    if (lca == null) {
      return span;
    }
    List<int[]> groups = new ArrayList<>();
    List<Element> heads = new ArrayList<>();
    for (int i = span.first(); i <= span.last(); i++) {
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
        w += lines.get(i).weight();
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
    return new Span(r[0], r[1]);
  }

  /**
   * When the span holds two or more dated header lines of the same DOM shape (same tag and class:
   * forum floor headers, blog post bylines) with prose after each, keeps the first post only: up to
   * the first header when prose precedes it (the first post's own header lies before the span),
   * else up to the second.
   */
  static Span firstPost(List<Line> lines, Span span) {
    if (!span.found()) {
      return span;
    }
    Map<String, List<Integer>> bySignature = new LinkedHashMap<>();
    for (int i = span.first(); i <= span.last(); i++) {
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
        int end = h + 1 < heads.size() ? heads.get(h + 1) : span.last() + 1;
        proseAfterEach = hasProse(lines, heads.get(h) + 1, end);
      }
      if (!proseAfterEach) {
        continue;
      }
      int cut = hasProse(lines, span.first(), heads.get(0)) ? heads.get(0) : heads.get(1);
      return new Span(span.first(), cut - 1);
    }
    return span;
  }

  private static boolean hasProse(List<Line> lines, int from, int to) {
    for (int i = from; i < to; i++) {
      if (lines.get(i).punct() >= 2 && lines.get(i).weight() > 20) {
        return true;
      }
    }
    return false;
  }

  private static Element commonAncestor(Element a, Element b) {
    Set<Element> up = Collections.newSetFromMap(new IdentityHashMap<>());
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
}
