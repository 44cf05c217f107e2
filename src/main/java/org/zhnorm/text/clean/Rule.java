package org.zhnorm.text.clean;

import java.util.List;

/**
 * One cleaning rule: a small function from the document's lines to new lines, with one job. It
 * reports what it removed, changed, extracted or flagged to the {@link RuleContext}; it keeps no
 * state between documents, so one instance serves every thread.
 */
public interface Rule {

  /** How much text a rule looks at when it decides. */
  enum Scope {
    /** rewrites spans inside a line */
    INLINE,
    /** keeps or drops whole lines, one at a time */
    LINE,
    /** looks at runs of neighbouring lines */
    BLOCK,
    /** looks at the whole document (title, position in the page) */
    DOCUMENT;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** Stable id used in counters, traces, reports, docs and tests. */
  String id();

  Scope scope();

  /** One sentence for docs/RULES.md: what the rule removes or extracts. */
  String description();

  /** Applies the rule. {@code lines} are trimmed and non-empty; so must the returned lines be. */
  List<String> apply(List<String> lines, RuleContext ctx);
}
