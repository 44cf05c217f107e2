package org.zhnorm.text.convert;

/**
 * A converted text. {@code script} is the detected script of the input (simplified, traditional,
 * traditional-tw, traditional-hk, mixed); {@code chain} the OpenCC chain applied, or {@code none}.
 */
public record Conversion(String text, String script, String chain) {}
