package org.zhnorm.text.segment;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a text into the bounded windows the segmenter works on: a window ends after a line break or a
 * sentence-final mark (。！？；!?;), and a run longer than {@link #MAX} characters without one is cut
 * at its last clause mark (，、：,:) or space before the limit, else at the limit itself (never inside
 * a surrogate pair, a run of digits or a run of Latin letters, when the run allows). So the work per
 * window is bounded, and the time to segment a document is linear in its length whatever its shape
 * (a minified one-line page, a data dump). Pure function.
 */
final class Windows {
  /** The longest window, in chars. Sentences of real text are far shorter (a few dozen chars). */
  static final int MAX = 400;

  private Windows() {}

  /** Window boundaries as [start, end) pairs covering {@code text}; blank windows are left out. */
  static List<int[]> of(String text) {
    List<int[]> out = new ArrayList<>(text.length() / 40 + 1);
    int n = text.length();
    int start = 0;
    while (start < n) {
      int end = nextEnd(text, start);
      if (!blank(text, start, end)) {
        out.add(new int[] {start, end});
      }
      start = end;
    }
    return out;
  }

  private static int nextEnd(String text, int start) {
    int n = text.length();
    int limit = Math.min(n, start + MAX);
    int soft = -1;
    for (int i = start; i < limit; i++) {
      char c = text.charAt(i);
      if (isHardEnd(c)) {
        return i + 1;
      }
      if (isSoftEnd(c)) {
        soft = i + 1;
      }
    }
    if (limit == n) {
      return n;
    }
    if (soft > start) {
      return soft;
    }
    return safeCut(text, start, limit);
  }

  /** {@code limit}, moved back to a point that splits no surrogate pair, digit run or Latin run (if there is one). */
  private static int safeCut(String text, int start, int limit) {
    for (int at = limit; at > start + MAX / 2; at--) {
      char before = text.charAt(at - 1);
      char after = text.charAt(at);
      if (Character.isHighSurrogate(before)) {
        continue;
      }
      if (isAlnum(before) && isAlnum(after)) {
        continue;
      }
      return at;
    }
    int at = limit;
    return Character.isHighSurrogate(text.charAt(at - 1)) ? at + 1 : at;
  }

  private static boolean isAlnum(char c) {
    return c < 0x80 ? Character.isLetterOrDigit(c) : (c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'ｚ');
  }

  static boolean isHardEnd(char c) {
    return c == '\n' || c == '。' || c == '！' || c == '？' || c == '；' || c == '!' || c == '?' || c == ';';
  }

  private static boolean isSoftEnd(char c) {
    return c == '，' || c == '、' || c == '：' || c == ',' || c == ':' || c == ' ' || c == '\u3000' || c == '\t';
  }

  private static boolean blank(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!WordSegmenter.isSpace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
