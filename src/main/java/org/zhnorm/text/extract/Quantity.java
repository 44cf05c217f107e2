package org.zhnorm.text.extract;

import java.math.BigDecimal;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A quantity found in a sentence (offsets into the sentence), before the filters decide whether it
 * is a claim.
 *
 * @param unitName the unit as written, or the compound price unit ({@code 元/千瓦时})
 * @param base the base unit the value is in
 * @param kind the unit kind
 * @param currency ISO 4217 code the unit word names, {@link UnitTable#REGION} for a bare 元, null
 *     when not money
 * @param currencyWord a currency word written before the number (人民币100元), or null
 */
record Quantity(
    int start,
    int end,
    String text,
    Numerals.Numeral numeral,
    UnitTable.Unit unit,
    String unitName,
    String base,
    String kind,
    @Nullable String currency,
    @Nullable String currencyWord,
    Qualifier qualifier,
    @Nullable BigDecimal value,
    @Nullable BigDecimal lower,
    @Nullable BigDecimal upper,
    boolean redacted,
    boolean boundedSuffix) {}
