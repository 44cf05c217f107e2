package org.zhnorm.text.segment;

import java.util.List;
import java.util.function.BinaryOperator;
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

  /**
   * Joins neighbours in place among the tokens from index {@code from} on (one window's; those before
   * are left alone): each token is offered with the last one kept to {@code join}, which returns the
   * two as one token, or null to keep both.
   */
  static void joinInPlace(List<Token> tokens, int from, BinaryOperator<@Nullable Token> join) {
    int kept = from;
    for (int i = from; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      Token joined = kept > from ? join.apply(tokens.get(kept - 1), t) : null;
      if (joined != null) {
        tokens.set(kept - 1, joined);
      } else {
        tokens.set(kept++, t);
      }
    }
    tokens.subList(kept, tokens.size()).clear();
  }
}
