package org.zhnorm.model;

import java.util.Objects;
import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * An input that did not become a document: the file, where in it, the stage that rejected it and why.
 * Written as one JSON line to {@code output/dead_letter/}.
 */
@DefaultSchema(JavaFieldSchema.class)
public final class DeadLetter {
  public final String source;
  /** Byte offset or line number where known, -1 otherwise. */
  public final long offset;
  /** read, clean, convert, segment, sections or claims. */
  public final String stage;
  /** A stable short reason id, for grouping. */
  public final String reason;
  /** A human-readable explanation. */
  public final String detail;

  @SchemaCreate
  public DeadLetter(String source, long offset, String stage, String reason, String detail) {
    this.source = source;
    this.offset = offset;
    this.stage = stage;
    this.reason = reason;
    this.detail = detail;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof DeadLetter d
        && source.equals(d.source)
        && offset == d.offset
        && stage.equals(d.stage)
        && reason.equals(d.reason)
        && detail.equals(d.detail);
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, offset, stage, reason);
  }

  @Override
  public String toString() {
    return stage + "/" + reason + " " + source + "@" + offset + ": " + detail;
  }
}
