package org.zhnorm.io.dump;

/** The {@code gbk-byte-shift} repair (docs/REPAIRS.md). */
final class GbkByteShiftRepair implements RepairChain.Repair {
  @Override
  public String id() {
    return "gbk-byte-shift";
  }

  @Override
  public String description() {
    return "after a `?` or U+FFFD, a run that re-encodes to GBK (a `€` is the lone byte 0x80 of cp936; ASCII punctuation counts as its full-width form) is re-decoded with one restored lead byte; taken only if every character of the result is in the frequency list and the restored character is at least twice as frequent as any other candidate (never a guess)";
  }

  @Override
  public String example() {
    return "`?！八木€”` (or `?!八木€”`) -> `。“四線”`";
  }

  @Override
  public String apply(String text, long[] count) {
    return gbkByteShift(text, count);
  }

  /** The longest stretch of shifted characters gbk-byte-shift tries to restore after one '?'. */
  static final int MAX_SHIFT_RUN = 16;

  static String gbkByteShift(String text, long[] count) {
    StringBuilder out = null;
    int copied = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '?' && c != '\uFFFD') {
        continue;
      }
      int end = i + 1;
      while (end < text.length() && end - i <= 200 && shiftRunChar(text.charAt(end))) {
        end++;
      }
      if (end - (i + 1) < 3) {
        continue;
      }
      // the shifted stretch ends where decoding falls back into step, so the run may go on into
      // good text: take the longest prefix (up to MAX_SHIFT_RUN characters) that verifies
      // ASCII after the first character is a single byte: decoding is back in step before it
      int limit = Math.min(end - (i + 1), MAX_SHIFT_RUN);
      for (int k = i + 2; k < i + 1 + limit; k++) {
        if (text.charAt(k) < 0x80) {
          limit = k - (i + 1);
          break;
        }
      }
      String fixed = null;
      for (int len = limit; len >= 3 && fixed == null; len--) {
        fixed = unshift(text.substring(i + 1, i + 1 + len));
        if (fixed != null) {
          end = i + 1 + len;
        }
      }
      if (fixed == null) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length());
      }
      out.append(text, copied, i).append(fixed);
      copied = end;
      count[0]++;
      i = end - 1;
    }
    if (out == null) {
      return text;
    }
    return out.append(text, copied, text.length()).toString();
  }

  private static boolean shiftRunChar(char c) {
    if (c < 0x80) {
      return c > 0x20 && !Character.isLetterOrDigit(c) && c != '?';
    }
    return !Character.isWhitespace(c) && c != '\uFFFD' && c != '？' && !Character.isSurrogate(c);
  }

  /** Re-decodes {@code run} with one lost GBK lead byte restored; null unless verified and unique. */
  static String unshift(String run) {
    boolean suspect = false;
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    for (int k = 0; k < run.length(); k++) {
      char c = run.charAt(k);
      if (c == '€') {
        bytes.write(0x80); // cp936 decodes a lone 0x80 as the euro sign
        suspect = true;
        continue;
      }
      char w = c < 0x80 ? (char) (c + 0xFEE0) : c; // full-width form (may have been folded upstream)
      byte[] b = RepairText.encode2(w);
      if (b == null) {
        return null;
      }
      bytes.writeBytes(b);
      if (c >= 0x80 && CharData.frequency(c) == 0) {
        suspect = true;
      }
    }
    if (!suspect) {
      return null;
    }
    byte[] shifted = bytes.toByteArray();
    String best = null;
    long bestFreq = 0;
    long secondFreq = 0;
    byte[] candidate = new byte[shifted.length + 1];
    System.arraycopy(shifted, 0, candidate, 1, shifted.length);
    java.nio.charset.CharsetDecoder gb = RepairText.strictDecoder(RepairText.GB);
    for (int lead = 0x81; lead <= 0xFE; lead++) {
      candidate[0] = (byte) lead;
      String s = RepairText.strictDecode(candidate, gb);
      if (s == null || s.isEmpty()) {
        continue;
      }
      boolean common = s.codePoints().allMatch(cp -> CharData.frequency(cp) > 0);
      if (!common) {
        continue;
      }
      long f = CharData.frequency(s.codePointAt(0));
      if (f > bestFreq) {
        secondFreq = bestFreq;
        bestFreq = f;
        best = s;
      } else if (f > secondFreq) {
        secondFreq = f;
      }
    }
    // Never guess: the restored character must be clearly the most frequent candidate.
    if (best == null || bestFreq < 2 * secondFreq) {
      return null;
    }
    return best;
  }
}
