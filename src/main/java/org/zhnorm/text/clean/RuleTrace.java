package org.zhnorm.text.clean;

/** One change a rule made: {@code action} is removed, extracted, changed or flagged; {@code text} the text concerned. */
public record RuleTrace(String ruleId, String action, String text) {}
