package org.zhnorm.text.clean;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The literal strings every match of a pattern contains (its {@link LinePatternFacts}), as a cheap
 * test before the pattern is run on a line: when {@link #mayFind} is false, {@code find()} and
 * {@code matches()} are false too. A pattern the analysis does not understand has no groups and
 * is always run.
 */
final class RequiredLiterals {
  private final List<Set<String>> groups;

  private RequiredLiterals(List<Set<String>> groups) {
    this.groups = groups;
  }

  static RequiredLiterals of(Pattern pattern) {
    return new RequiredLiterals(LinePatternFacts.of(pattern.pattern()).required());
  }

  /** Whether {@code line} holds a string of every required group (else the pattern cannot match in it). */
  boolean mayFind(String line) {
    for (Set<String> group : groups) {
      boolean found = false;
      for (String literal : group) {
        if (line.contains(literal)) {
          found = true;
          break;
        }
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  /** Whether the analysis found any required literal (for tests: a guard that never says no is no guard). */
  boolean selective() {
    return !groups.isEmpty();
  }
}
