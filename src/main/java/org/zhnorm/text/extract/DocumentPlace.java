package org.zhnorm.text.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The place a document is about: the province named most often in its title (which counts three
 * times) and the first {@link #HEAD} characters of its text, and within that province the most
 * specific place named most often. Claims whose sentences name no place fall back to it.
 */
public final class DocumentPlace {
  static final int HEAD = 3000;
  private static final int TITLE_WEIGHT = 3;
  private final ClaimExtractor extractor;

  public DocumentPlace(ClaimExtractor extractor) {
    this.extractor = extractor;
  }

  public @Nullable Place locate(@Nullable String title, String text) {
    Map<String, Integer> provinces = new HashMap<>();
    Map<String, Integer> places = new HashMap<>();
    Map<String, Place> byCode = new HashMap<>();
    String head = text.length() > HEAD ? text.substring(0, HEAD) : text;
    if (title != null) {
      count(extractor.places(title), title, TITLE_WEIGHT, provinces, places, byCode);
    }
    count(extractor.places(head), head, 1, provinces, places, byCode);
    String province = best(provinces);
    if (province == null) {
      return null;
    }
    Place chosen = null;
    int chosenScore = -1;
    for (Place p : byCode.values()) {
      if (!province.equals(p.province())) {
        continue;
      }
      int specificity = p.county() != null ? 2 : p.city() != null ? 1 : 0;
      int score = places.get(p.code()) * 10 + specificity;
      if (score > chosenScore || (score == chosenScore && p.code().compareTo(chosen.code()) < 0)) {
        chosen = p;
        chosenScore = score;
      }
    }
    return chosen;
  }

  /** Each place counts as often as its name stands in {@code text} (a passing 和县 once, 新宁县 every time). */
  private static void count(List<Place> found, String text, int weight, Map<String, Integer> provinces,
      Map<String, Integer> places, Map<String, Place> byCode) {
    for (Place p : found) {
      if (p.province() == null) {
        continue;
      }
      int n = weight * occurrences(text, p.name());
      provinces.merge(p.province(), n, Integer::sum);
      places.merge(p.code(), n, Integer::sum);
      byCode.putIfAbsent(p.code(), p);
    }
  }

  static int occurrences(String text, String name) {
    int n = 0;
    for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length())) {
      n++;
    }
    return Math.max(n, 1);
  }

  private static @Nullable String best(Map<String, Integer> counts) {
    String best = null;
    int bestCount = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      // most named wins; a tie goes to the smaller name, so the choice is deterministic
      if (e.getValue() > bestCount || (e.getValue() == bestCount && e.getKey().compareTo(best) < 0)) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    return best;
  }
}
