package org.zhnorm.text.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Drops a line that is only a small number (a counter or page widget) in the first or last lines of the document. */
final class StrayNumberRule extends DocumentRule {
  static final String ID = "stray-number";
  private static final Pattern NUMBER = Pattern.compile("[0-9]{1,4}");

  StrayNumberRule() {
    super(ID, "Drops a line holding only a 1-4 digit number within the first 4 or last 2 lines (the stray 1 under the date).");
  }

  @Override
  public List<String> apply(List<String> lines, RuleContext ctx) {
    List<String> out = new ArrayList<>(lines.size());
    // count from below the title line the title rule (later in the chain) will remove, so that a
    // second pass, where that line is gone, sees the same window
    int top = TitleRule.takesFirstLine(lines, ctx) ? 1 : 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      boolean edge = i - top < 4 || i >= lines.size() - 2;
      if (edge && lines.size() > 1 && NUMBER.matcher(line).matches()) {
        ctx.removed(ID, line);
      } else {
        out.add(line);
      }
    }
    return out;
  }
}
