package org.zhnorm.model;

import java.util.List;
import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.checkerframework.checker.nullness.qual.Nullable;

/** A section of a document: a heading's span, a lead paragraph, an enumeration item or an interview turn. */
@DefaultSchema(JavaFieldSchema.class)
public class Section {
  public String docId = "";
  public String sectionId = "";
  public int ordinal;
  public int level;
  /** body, heading, lead, enumeration, question or answer. */
  public String kind = "";
  public @Nullable String speaker;
  public @Nullable String heading;
  public String text = "";
  /** Code-point offsets of the section in the document text: text = doc.text[start, end). */
  public int start;
  public int end;
  public List<String> tokens = List.of();
  public List<String> posTags = List.of();
  public List<Entity> entities = List.of();
  public String pubMonth = "unknown";
  /** The document's place, for claims whose sentences name none. */
  public @Nullable String docProvince;
  public @Nullable String docCity;
  public @Nullable String docCounty;
  /** The currency a bare 元 has in this document (ISO 4217) and the rule that gave it (Currencies). */
  public String docCurrency = "CNY";
  public String docCurrencyFrom = "default";

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Section s && sectionId.equals(s.sectionId) && text.equals(s.text);
  }

  @Override
  public int hashCode() {
    return sectionId.hashCode();
  }
}
