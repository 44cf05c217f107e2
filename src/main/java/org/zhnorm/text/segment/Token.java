package org.zhnorm.text.segment;

import org.checkerframework.checker.nullness.qual.Nullable;

/** A word with its part-of-speech tag (HanLP/PKU tag set) and its character offset in the text. */
public record Token(String word, String pos, int start) {

  public int end() {
    return start + word.length();
  }

  /** place, organization or person for entity tags (ns*, nt*, nr*), else null. */
  public @Nullable String entityType() {
    return entityTypeOf(pos);
  }

  /** place, organization or person for an entity tag (ns*, nt*, nr*), else null. */
  public static @Nullable String entityTypeOf(String pos) {
    if (pos.startsWith("ns")) {
      return "place";
    }
    if (pos.startsWith("nt")) {
      return "organization";
    }
    if (pos.startsWith("nr")) {
      return "person";
    }
    return null;
  }
}
