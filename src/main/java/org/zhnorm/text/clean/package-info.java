/**
 * Plain-Java cleaning rules with stable ids, composed into an ordered chain, with metadata extraction
 * and traces. No Beam imports.
 *
 * <p>{@link org.zhnorm.text.clean.Cleaner#standard()} builds the chain named in the resource
 * {@code org/zhnorm/clean/chain.txt} (the one place the order is declared) from the rules registered
 * in {@link org.zhnorm.text.clean.Rules}. Rule data (line patterns under {@code lines/}, word lists,
 * metadata keys, pinyin syllables, the administrative-division gazetteer) lives beside it, each file
 * with a header comment, sorted, checked by {@code RuleDataTest}. docs/RULES.md is rendered from the
 * rules by {@link org.zhnorm.text.clean.RulesCatalog}.
 */
package org.zhnorm.text.clean;
