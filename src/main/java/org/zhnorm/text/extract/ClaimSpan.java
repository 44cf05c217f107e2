package org.zhnorm.text.extract;

import java.math.BigDecimal;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * One quantity stated in a sentence.
 *
 * @param sentence the whole sentence
 * @param start character offset of the quantity's text within the section text
 * @param subject what is counted or measured ({@code 培育致富带头人}, {@code 村年均运转经费})
 * @param value the quantity in the base unit ({@code 16.59万元} is 165900); null when redacted
 * @param valueText the quantity as written ({@code 16.59万元})
 * @param unit base unit (元, 名, 人, 个, 亩, %, ...)
 * @param unitKind money, people, count, area, weight, share, age, duration, date, other
 * @param qualifier exact, approximate, at_least, at_most, range
 * @param lower lower bound in the base unit (null when open)
 * @param upper upper bound in the base unit (null when open)
 * @param year the year or start year the sentence or section gives, else null
 * @param redacted true for {@code xx}-masked figures, which carry no value
 * @param places places mentioned in the sentence, resolved through the gazetteer
 */
public record ClaimSpan(
    String sentence,
    int start,
    String subject,
    @Nullable BigDecimal value,
    String valueText,
    String unit,
    String unitKind,
    String qualifier,
    @Nullable BigDecimal lower,
    @Nullable BigDecimal upper,
    @Nullable Integer year,
    boolean redacted,
    List<Place> places) {}
