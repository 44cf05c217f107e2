package org.zhnorm.text.clean;

import java.util.ArrayList;
import java.util.List;

/** A rule that rewrites spans inside each line; lines that become empty are dropped. */
abstract class InlineRule extends ScopedRule {
  InlineRule(String id, String description) {
    super(id, Scope.INLINE, description);
  }

  /** Returns the rewritten line (the same instance when nothing changed). */
  abstract String rewrite(String line, RuleContext ctx);

  @Override
  public List<String> apply(List<String> lines, RuleContext ctx) {
    List<String> out = new ArrayList<>(lines.size());
    for (String line : lines) {
      String r = rewrite(line, ctx).strip();
      if (!r.isEmpty()) {
        out.add(r);
      }
    }
    return out;
  }
}
