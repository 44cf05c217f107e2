package org.zhnorm.io.html;

import java.util.regex.Pattern;

/** Character counts the extractor weighs lines and texts by. */
final class Chars {
  /** A run of whitespace, the no-break, ideographic and zero-width spaces included. */
  static final Pattern WS = Pattern.compile("[\\s\\u00A0\\u3000\\u200B\\uFEFF]+");

  private Chars() {}

  /** Non-space characters (a surrogate pair counts once). */
  static int count(CharSequence s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isLowSurrogate(c)) {
        n++;
      }
    }
    return n;
  }

  static int letters(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  /** Chinese sentence punctuation: ，。！？；、：“”. */
  static int punctuation(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      switch (s.charAt(i)) {
        case '，', '。', '！', '？', '；', '、', '：', '“', '”' -> n++;
        default -> {}
      }
    }
    return n;
  }
}
