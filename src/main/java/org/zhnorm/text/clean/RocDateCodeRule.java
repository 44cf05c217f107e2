package org.zhnorm.text.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drops the editorial date code Taiwanese wire stories end with: the Republic of China date as seven
 * digits, year (民國 80 to 129, i.e. 1991 to 2040), month and day, right after the last sentence
 * ({@code …指日可待。1030404} is 2014-04-04), or alone on the last line. Only a valid month and day
 * count, and only at the very end of the document.
 */
final class RocDateCodeRule extends DocumentRule {
  static final String ID = "roc-date-code";
  private static final Pattern CODE = Pattern.compile(
      "(?:(?<=[。！？!?」』”\"）)])|^)\\s*((?:0[89]|1[0-2])\\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01]))\\s*$");

  RocDateCodeRule() {
    super(ID, "Drops the 7-digit Republic-of-China date code a Taiwanese wire story ends with (…指日可待。1030404 is 2014-04-04),"
        + " after the last sentence or alone on the last line.");
  }

  @Override
  public List<String> apply(List<String> lines, RuleContext ctx) {
    int last = lines.size() - 1;
    while (last >= 0 && lines.get(last).isBlank()) {
      last--;
    }
    if (last < 1) {
      return lines;
    }
    Matcher m = CODE.matcher(lines.get(last));
    if (!m.find()) {
      return lines;
    }
    List<String> out = new ArrayList<>(lines);
    ctx.removed(ID, m.group(1));
    String kept = lines.get(last).substring(0, m.start()).stripTrailing();
    if (kept.isEmpty()) {
      out.remove(last);
    } else {
      out.set(last, kept);
    }
    return out;
  }
}
