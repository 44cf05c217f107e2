package org.zhnorm.text.clean;

/** A rule that looks at the whole document (title, position in the page). */
abstract class DocumentRule extends ScopedRule {
  DocumentRule(String id, String description) {
    super(id, Scope.DOCUMENT, description);
  }
}
