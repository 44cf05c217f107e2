package org.zhnorm.text.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.zhnorm.text.extract.Gazetteer;

/**
 * Removes SEO place-name lists ({@code 镇沅| 穆棱市| 同德县| …}): a line of six or more short tokens
 * separated by {@code |}, {@code 丨}, {@code ｜} or {@code ∣}, at least 60% of which resolve in the
 * administrative-division gazetteer ({@link Gazetteer#resolves}, the claim extractor's). Decided by shape and
 * gazetteer, not by a list of names.
 */
final class PlaceNameSpamRule extends LineRule {
  static final String ID = "place-name-spam";
  private static final Pattern SEP = Pattern.compile("\\s*[|丨｜∣]\\s*");
  private final Gazetteer gazetteer;

  PlaceNameSpamRule(Gazetteer gazetteer) {
    super(ID, "Drops a line of 6+ short '|'/'丨'-separated tokens of which 60%+ are administrative divisions"
        + " (full names or stems in the bundled gazetteer), e.g. 镇沅| 穆棱市| 同德县| 靖远县| …");
    this.gazetteer = gazetteer;
  }

  boolean isPlaceList(String line) {
    String[] raw = SEP.split(line);
    List<String> tokens = new ArrayList<>();
    for (String t : raw) {
      if (!t.isBlank()) {
        tokens.add(t.strip());
      }
    }
    if (tokens.size() < 6) {
      return false;
    }
    int places = 0;
    for (String t : tokens) {
      if (t.length() > 12) {
        return false;
      }
      if (gazetteer.resolves(t)) {
        places++;
      }
    }
    return places * 10 >= tokens.size() * 6;
  }

  @Override
  public List<String> apply(List<String> lines, RuleContext ctx) {
    List<String> out = new ArrayList<>(lines.size());
    for (String line : lines) {
      if ((line.indexOf('|') >= 0 || line.indexOf('丨') >= 0 || line.indexOf('｜') >= 0 || line.indexOf('∣') >= 0)
          && isPlaceList(line)) {
        ctx.removed(ID, line);
      } else {
        out.add(line);
      }
    }
    return out;
  }
}
