package org.zhnorm.text.corpus;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Keys of a document's lines for boilerplate counting: whitespace dropped, digit runs folded to
 * {@code 0} (so {@code 浏览次数：123} and {@code 浏览次数：98} are one line), hashed to 64 bits.
 * Lines shorter than {@link #MIN_CHARS} characters are not keyed: too short to call boilerplate.
 */
public final class LineKeys {
  public static final int MIN_CHARS = 4;

  private LineKeys() {}

  /** The distinct keys of the text's lines, in order. */
  public static Set<Long> of(String text) {
    Set<Long> keys = new LinkedHashSet<>();
    for (String line : text.split("\n")) {
      Long k = key(line);
      if (k != null) {
        keys.add(k);
      }
    }
    return keys;
  }

  /** The key of one line, or null when it is too short to count. */
  public static Long key(String line) {
    StringBuilder sb = new StringBuilder(line.length());
    boolean inDigits = false;
    int chars = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isWhitespace(c) || c == '\u3000') {
        continue;
      }
      boolean digit = Character.isDigit(c);
      if (digit) {
        if (!inDigits) {
          sb.append('0');
        }
      } else {
        sb.append(c);
      }
      inDigits = digit;
      chars++;
    }
    return chars < MIN_CHARS ? null : Hashing64.hash(sb);
  }

  /** How many documents of a host must hold a line for it to be that host's boilerplate. */
  public static long threshold(long hostDocuments, int minDocuments, double minShare) {
    return Math.max(minDocuments, (long) Math.ceil(minShare * hostDocuments));
  }
}
