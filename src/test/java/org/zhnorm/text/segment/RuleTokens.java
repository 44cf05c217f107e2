package org.zhnorm.text.segment;

import java.util.ArrayList;
import java.util.List;

/** Builds adjacent tokens from "word/pos" strings ("_" before a word leaves one space before it). */
final class RuleTokens {
  private RuleTokens() {}

  static List<Token> of(String... wordPos) {
    List<Token> out = new ArrayList<>();
    int at = 0;
    for (String wp : wordPos) {
      if (wp.startsWith("_")) {
        wp = wp.substring(1);
        at++;
      }
      int slash = wp.lastIndexOf('/');
      String w = wp.substring(0, slash);
      out.add(new Token(w, wp.substring(slash + 1), at));
      at += w.length();
    }
    return out;
  }

  static String text(List<Token> tokens) {
    StringBuilder b = new StringBuilder();
    for (Token t : tokens) {
      while (b.length() < t.start()) {
        b.append(' ');
      }
      b.append(t.word());
    }
    return b.toString();
  }

  static List<String> show(List<Token> tokens) {
    return tokens.stream().map(t -> t.word() + "/" + t.pos()).toList();
  }
}
