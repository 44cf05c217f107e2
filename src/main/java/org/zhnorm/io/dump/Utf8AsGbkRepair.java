package org.zhnorm.io.dump;

import java.nio.charset.StandardCharsets;

/** The {@code utf8-as-gbk} repair (docs/REPAIRS.md). */
final class Utf8AsGbkRepair implements RepairChain.Repair {
  /** The longest stretch tried, in chars. */
  private static final int MAX_WINDOW = 400;

  @Override
  public String id() {
    return "utf8-as-gbk";
  }

  @Override
  public String description() {
    return "a stretch of double-byte characters whose GBK bytes are valid UTF-8, holding a character not in the frequency list, is re-decoded as UTF-8 if every resulting character is common";
  }

  @Override
  public String example() {
    return "`婢虫床` -> `澳洲`";
  }

  @Override
  public String apply(String text, long[] count) {
    return utf8AsGbk(text, count);
  }

  static String utf8AsGbk(String text, long[] count) {
    return utf8Windows(text, true, count);
  }

  /**
   * Finds stretches of double-byte GBK characters whose bytes are valid UTF-8 ending on a
   * character boundary, hold at least one rare character and decode to at least two characters.
   * With {@code repair}, replaces those whose UTF-8 reading is all common characters and counts
   * them; without, counts the characters of the stretches that could not be verified.
   */
  static String utf8Windows(String text, boolean repair, long[] count) {
    byte[] bytes = null;
    StringBuilder out = null;
    int copied = 0;
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c < 0x80 || Character.isSurrogate(c)) {
        i++;
        continue;
      }
      int first = RepairText.GB2[c];
      if (first < 0 || (first & 0xFF) < 0x80) {
        i++;
        continue;
      }
      // longest prefix from i whose GB18030 bytes are valid UTF-8 on a character boundary
      if (bytes == null) {
        bytes = new byte[2 * MAX_WINDOW];
      }
      int length = 0;
      int need = 0;
      int end = -1;
      int endLength = 0;
      boolean rare = false;
      boolean rareAtEnd = false;
      for (int j = i; j < n && j - i < MAX_WINDOW; j++) {
        char d = text.charAt(j);
        int code = d < 0x80 ? -1 : RepairText.GB2[d];
        if (code < 0) {
          break;
        }
        need = utf8Step(need, code >>> 8);
        if (need >= 0) {
          need = utf8Step(need, code & 0xFF);
        }
        if (need < 0) {
          break;
        }
        bytes[length++] = (byte) (code >>> 8);
        bytes[length++] = (byte) code;
        rare |= CharData.frequency(d) == 0;
        if (need == 0) {
          end = j + 1;
          endLength = length;
          rareAtEnd = rare;
        }
      }
      if (end < 0 || !rareAtEnd) {
        i++;
        continue;
      }
      // the window's GB18030 bytes (every char has a two-byte code), read as UTF-8. Their structure is
      // checked above; what else is malformed (overlong, surrogate) decodes to U+FFFD, which is not CJK
      // and fails the test below, as a strict decoder's refusal would.
      String decoded = new String(bytes, 0, endLength, StandardCharsets.UTF_8);
      // Chinese read as GBK decodes back to CJK (three-byte UTF-8); two-byte UTF-8 (Latin, Greek,
      // Cyrillic) appears by accident in ordinary GBK text, so it does not count.
      if (decoded.codePoints().filter(Utf8AsGbkRepair::isCjk).count() < 2
          || !decoded.codePoints().allMatch(cp -> cp < 0x80 || isCjk(cp))) {
        i++;
        continue;
      }
      boolean common = decoded.codePoints().allMatch(cp -> cp < 0x80 || CharData.frequency(cp) > 0);
      if (repair && common) {
        if (out == null) {
          out = new StringBuilder(n);
        }
        out.append(text, copied, i).append(decoded);
        copied = end;
        count[0]++;
      } else if (!repair && !common) {
        count[0] += end - i;
      }
      i = end;
    }
    if (out == null) {
      return text;
    }
    return out.append(text, copied, n).toString();
  }

  /**
   * One byte of a UTF-8 sequence: the continuation bytes still needed after it (a lead byte sets
   * them, a continuation byte takes one), or -1 when the byte cannot stand there.
   */
  private static int utf8Step(int need, int v) {
    if (need == 0) {
      if (v >= 0xC2 && v <= 0xDF) {
        return 1;
      } else if (v >= 0xE0 && v <= 0xEF) {
        return 2;
      } else if (v >= 0xF0 && v <= 0xF4) {
        return 3;
      }
      return -1;
    }
    return v >= 0x80 && v <= 0xBF ? need - 1 : -1;
  }

  private static boolean isCjk(int cp) {
    return (cp >= 0x2E80 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFF00 && cp <= 0xFFEF);
  }
}
