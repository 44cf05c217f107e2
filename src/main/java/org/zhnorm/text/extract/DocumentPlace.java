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
    count(title == null ? List.of() : extractor.places(title), TITLE_WEIGHT, provinces, places, byCode);
    count(extractor.places(text.length() > HEAD ? text.substring(0, HEAD) : text), 1, provinces, places, byCode);
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

  private static void count(List<Place> found, int weight, Map<String, Integer> provinces,
      Map<String, Integer> places, Map<String, Place> byCode) {
    for (Place p : found) {
      if (p.province() == null) {
        continue;
      }
      provinces.merge(p.province(), weight, Integer::sum);
      places.merge(p.code(), weight, Integer::sum);
      byCode.putIfAbsent(p.code(), p);
    }
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
