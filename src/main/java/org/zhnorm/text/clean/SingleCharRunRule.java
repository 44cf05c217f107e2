package org.zhnorm.text.clean;

import java.util.ArrayList;
import java.util.List;

/** Drops runs of three or more one-character lines: a vertical widget flattened one character per line. */
final class SingleCharRunRule extends BlockRule {
  static final String ID = "single-char-run";

  SingleCharRunRule() {
    super(ID, "Drops runs of 3+ consecutive lines of one character each (vertical widgets such as 分/享/到).");
  }

  @Override
  public List<String> apply(List<String> lines, RuleContext ctx) {
    List<String> out = new ArrayList<>(lines.size());
    int i = 0;
    while (i < lines.size()) {
      int j = i;
      while (j < lines.size() && lines.get(j).codePointCount(0, lines.get(j).length()) == 1) {
        j++;
      }
      if (j - i >= 3) {
        ctx.removed(ID, String.join("", lines.subList(i, j)));
        i = j;
      } else if (j > i) {
        out.addAll(lines.subList(i, j));
        i = j;
      } else {
        out.add(lines.get(i++));
      }
    }
    return out;
  }
}
