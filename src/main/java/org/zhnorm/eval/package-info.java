/**
 * Evaluation against gold sets. No Beam imports.
 *
 * <ul>
 *   <li>{@link org.zhnorm.eval.TextScore}: precision, recall, F1 of a text against a gold text by
 *       character-bigram multiset overlap, whitespace ignored, both sides in Simplified script.
 *   <li>{@link org.zhnorm.eval.DateMatch}: publish date right at day precision (or the gold's
 *       coarser precision); gold {@code UNKNOWN} wants no prediction.
 *   <li>{@link org.zhnorm.eval.GoldSet}: the {@code original/ cleaned/ author/ date/} layout.
 *   <li>{@link org.zhnorm.eval.GoldEvaluation}: per-page rows, overall (micro: bigram counts summed
 *       over pages) and mean (macro: mean of per-page values), date accuracy, a printable table.
 *   <li>{@link org.zhnorm.eval.DevSets}: trafilatura with/without snippets and the expected texts
 *       of readability, newspaper, newspaper4k, goose3.
 * </ul>
 */
package org.zhnorm.eval;
