package org.zhnorm.text.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Drops every line that one of the rule's patterns matches in full. The patterns live in
 * {@code lines/<rule-id>.txt}; each is written so that it cannot reach into a long sentence.
 */
final class PatternLineRule extends LineRule {
  private final List<Pattern> patterns;

  PatternLineRule(String id, String description) {
    this(id, description, "lines/" + id + ".txt");
  }

  /** A rule (or a block rule's line test) whose patterns live in another resource. */
  PatternLineRule(String id, String description, String resource) {
    super(id, description);
    this.patterns = RuleData.patterns(resource);
  }

  boolean matches(String line) {
    for (Pattern p : patterns) {
      if (p.matcher(line).matches()) {
        return true;
      }
    }
    return false;
  }

  @Override
  public List<String> apply(List<String> lines, RuleContext ctx) {
    List<String> out = new ArrayList<>(lines.size());
    for (String line : lines) {
      if (matches(line)) {
        ctx.removed(id(), line);
      } else {
        out.add(line);
      }
    }
    return out;
  }
}
