package org.zhnorm.model;

import java.math.BigDecimal;
import java.util.List;
import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.checkerframework.checker.nullness.qual.Nullable;

/** One quantity stated in a sentence; see docs/SCHEMA.md for the meaning of each column. */
@DefaultSchema(JavaFieldSchema.class)
public class Claim {
  public String claimId = "";
  public String docId = "";
  public String sectionId = "";
  public String sentence = "";
  public String subject = "";
  public @Nullable BigDecimal value;
  public String valueText = "";
  public String unit = "";
  public String unitKind = "";
  public String qualifier = "";
  public @Nullable BigDecimal lower;
  public @Nullable BigDecimal upper;
  /** ISO 4217 code of a money or price claim, else empty. */
  public String currency = "";
  /** unit, source, script, place or default (see docs/SCHEMA.md); empty when not money. */
  public String currencyFrom = "";
  public @Nullable Integer year;
  public boolean redacted;
  public List<String> places = List.of();
  public @Nullable String province;
  public @Nullable String city;
  public @Nullable String county;
  /** sentence (a place the sentence names), document (the document's place) or none. */
  public String placeFrom = "none";
  public String pubMonth = "unknown";

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Claim c && claimId.equals(c.claimId);
  }

  @Override
  public int hashCode() {
    return claimId.hashCode();
  }
}
