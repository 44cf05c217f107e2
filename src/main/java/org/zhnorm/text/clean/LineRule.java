package org.zhnorm.text.clean;

/** A rule that keeps or drops whole lines, one at a time. */
abstract class LineRule extends ScopedRule {
  LineRule(String id, String description) {
    super(id, Scope.LINE, description);
  }
}
