package org.zhnorm.text.extract;

/**
 * How a claim's number bounds the true quantity; {@link #label()} is the value of the claims
 * table's {@code qualifier} column.
 */
public enum Qualifier {
  /** The figure as stated: lower = upper = value. */
  EXACT("exact"),
  /** 约/近/左右/上下: value is the figure, no bounds. */
  APPROXIMATE("approximate"),
  /** 超过/逾/以上/多/余: lower = value, no upper bound. */
  AT_LEAST("at_least"),
  /** 不超过/不到/以下/以内: upper = value, no lower bound. */
  AT_MOST("at_most"),
  /** 3至5年, 10元到25元, 三四个, 十几年: lower and upper, no value. */
  RANGE("range");

  private final String label;

  Qualifier(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
