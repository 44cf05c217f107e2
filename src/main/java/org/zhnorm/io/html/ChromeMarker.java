package org.zhnorm.io.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Marks lines whose nearest class/id-hinted ancestor is chrome ({@link ClassHints}). A chrome hint on
 * an element that holds half of the page's letters or more is a layout wrapper's name, not chrome,
 * and is ignored.
 */
final class ChromeMarker {
  private final ClassHints hints;

  ChromeMarker(ClassHints hints) {
    this.hints = hints;
  }

  List<Line> mark(List<Line> lines) {
    Map<Element, Integer> hintOf = new IdentityHashMap<>();
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
        int h = hintOf.computeIfAbsent(x, hints::of);
        if (h > 0) {
          break;
        }
        if (h < 0 && letters.get(x)[0] * 2L < total) {
          chrome = true;
          break;
        }
      }
      out.add(chrome ? l.asChrome(true) : l);
    }
    return out;
  }
}
