package org.zhnorm.model;

import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.checkerframework.checker.nullness.qual.Nullable;

/** A document as read from the dump: decoded, repaired, not yet cleaned. */
@DefaultSchema(JavaFieldSchema.class)
public class RawDocument {
  /** Stable id: a hash of the source path (relative to the input root) and the offset. */
  public String docId = "";
  /** The file the document came from. */
  public String sourceUri = "";
  /** Byte offset or line number of the document in its file. */
  public long offset;
  /** text, html, jsonl, warc or wet. */
  public String format = "";
  public @Nullable String url;
  public @Nullable String titleHint;
  public @Nullable String dateHint;
  public String text = "";
  public String charset = "";
  public String charsetReason = "";
  public Map<String, Long> repairs = Map.of();
  public double damageScore;
  public List<String> flags = List.of();

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof RawDocument r && docId.equals(r.docId) && text.equals(r.text);
  }

  @Override
  public int hashCode() {
    return docId.hashCode();
  }
}
