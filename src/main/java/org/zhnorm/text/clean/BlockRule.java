package org.zhnorm.text.clean;

/** A rule that looks at runs of neighbouring lines. */
abstract class BlockRule extends ScopedRule {
  BlockRule(String id, String description) {
    super(id, Scope.BLOCK, description);
  }
}
