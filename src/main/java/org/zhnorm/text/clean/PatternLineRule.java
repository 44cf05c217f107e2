package org.zhnorm.text.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Drops every line that one of the rule's patterns matches in full. The patterns live in
 * {@code lines/<rule-id>.txt}; each is written so that it cannot reach into a long sentence.
 */
final class PatternLineRule implements Rule {
  private final String id;
  private final String description;
  private final List<Pattern> patterns;

  PatternLineRule(String id, String description) {
    this.id = id;
    this.description = description;
    this.patterns = RuleData.patterns("lines/" + id + ".txt");
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public Scope scope() {
    return Scope.LINE;
  }

  @Override
  public String description() {
    return description;
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
        ctx.removed(id, line);
      } else {
        out.add(line);
      }
    }
    return out;
  }
}
