package org.zhnorm.text.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Drops every line that one of the rule's patterns matches in full. The patterns live in
 * {@code lines/<rule-id>.txt}; each is written so that it cannot reach into a long sentence. A
 * {@link LinePrefilter} hands a line only to the patterns whose required literals it contains and
 * whose length bound it fits; the result is the same as running every pattern.
 */
final class PatternLineRule extends LineRule {
  /** Off only in the test that compares the chain's output with and without the prefilter. */
  static volatile boolean prefilter = true;
  private final List<Pattern> patterns;
  private final @Nullable LinePrefilter filter;

  PatternLineRule(String id, String description) {
    this(id, description, "lines/" + id + ".txt");
  }

  /** A rule (or a block rule's line test) whose patterns live in another resource. */
  PatternLineRule(String id, String description, String resource) {
    super(id, description);
    this.patterns = RuleData.patterns(resource);
    this.filter = patterns.size() <= 64 ? new LinePrefilter(patterns) : null;
  }

  boolean matches(String line) {
    if (filter == null || !prefilter) {
      for (Pattern p : patterns) {
        if (p.matcher(line).matches()) {
          return true;
        }
      }
      return false;
    }
    for (long c = filter.candidates(line); c != 0; c &= c - 1) {
      if (patterns.get(Long.numberOfTrailingZeros(c)).matcher(line).matches()) {
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
