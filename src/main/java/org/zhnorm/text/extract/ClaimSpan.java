package org.zhnorm.text.extract;

import java.math.BigDecimal;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * One quantity stated in a sentence.
 *
 * @param sentence the whole sentence
 * @param sentenceStart character offset of the sentence within the section text
 * @param start character offset of the quantity's text within the section text (add the section's
 *     start for a document offset)
 * @param subject what is counted or measured ({@code 培育致富带头人}, {@code 村年均运转经费})
 * @param value the quantity in the base unit ({@code 16.59万元} is 165900); null when redacted or
 *     a range
 * @param valueText the quantity as written ({@code 16.59万元})
 * @param unit base unit (元, 人, 户, 人次, 个, 亩, 米, %, ...; 名 and 位 are counted as 人)
 * @param unitKind the unit's kind (from the units table, org/zhnorm/extract/units.tsv; price for a
 *     compound money-per-unit); every kind is listed in docs/SCHEMA.md
 * @param qualifier exact, approximate, at_least, at_most, range
 * @param lower lower bound in the base unit (null when open; approximate claims have no bounds)
 * @param upper upper bound in the base unit (null when open)
 * @param currency ISO 4217 code of a money or price claim, else empty
 * @param currencyFrom the rule that gave the currency: unit, source, script, place, default; empty
 *     when not money
 * @param year the year the claim refers to (see {@link ClaimExtractor}), else null
 * @param redacted true for {@code xx}-masked figures, which carry no value
 * @param places places mentioned in the sentence, resolved through the gazetteer
 */
public record ClaimSpan(
    String sentence,
    int sentenceStart,
    int start,
    String subject,
    @Nullable BigDecimal value,
    String valueText,
    String unit,
    String unitKind,
    String qualifier,
    @Nullable BigDecimal lower,
    @Nullable BigDecimal upper,
    String currency,
    String currencyFrom,
    @Nullable Integer year,
    boolean redacted,
    List<Place> places) {}
