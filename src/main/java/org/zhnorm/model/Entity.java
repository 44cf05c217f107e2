package org.zhnorm.model;

import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;

/** A named entity in a section: place, organization or person, with code-point offsets in the document text. */
@DefaultSchema(JavaFieldSchema.class)
public final class Entity {
  public final String text;
  public final String type;
  public final int start;
  public final int end;

  @SchemaCreate
  public Entity(String text, String type, int start, int end) {
    this.text = text;
    this.type = type;
    this.start = start;
    this.end = end;
  }
}
