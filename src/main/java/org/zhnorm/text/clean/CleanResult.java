package org.zhnorm.text.clean;

import java.util.List;
import java.util.Map;

/**
 * The outcome of cleaning one document.
 *
 * @param text the cleaned text, one paragraph or heading per line
 * @param metadata metadata extracted from the removed chrome and the page
 * @param removedChars rule id to number of characters the rule removed
 * @param hits rule id to number of times the rule fired (removed, changed, extracted or flagged)
 * @param flags document-level flags (for example {@code redacted}, {@code damaged-redaction})
 * @param traces every change, in order; filled only when tracing was asked for
 */
public record CleanResult(
    String text,
    Metadata metadata,
    Map<String, Long> removedChars,
    Map<String, Long> hits,
    List<String> flags,
    List<RuleTrace> traces) {}
