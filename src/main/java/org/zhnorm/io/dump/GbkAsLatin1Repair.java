package org.zhnorm.io.dump;

import java.nio.charset.Charset;
import java.util.List;

/** The {@code gbk-as-latin1} repair (docs/REPAIRS.md). */
final class GbkAsLatin1Repair implements RepairChain.Repair {
  @Override
  public String id() {
    return "gbk-as-latin1";
  }

  @Override
  public String description() {
    return "a line of GBK (or Big5) bytes read as Latin-1/cp1252 is re-decoded; taken only if it decodes strictly and ≥90% of its non-ASCII characters (all, for short lines) are in the frequency list";
  }

  @Override
  public String example() {
    return "`¸ü¶à¾«Ð£Ð¡Ëµ` -> `更多精校小说`";
  }

  @Override
  public String apply(String text, long[] count) {
    return gbkAsLatin1(text, count);
  }

  private static final Charset CP1252 = Charset.forName("windows-1252");

  static String gbkAsLatin1(String text, long[] count) {
    if (text.chars().noneMatch(c -> c >= 0xC0 && c <= 0xFF)) {
      return text;
    }
    String[] lines = text.split("\n", -1);
    boolean changed = false;
    for (int i = 0; i < lines.length; i++) {
      String fixed = latin1Line(lines[i]);
      if (fixed != null) {
        lines[i] = fixed;
        count[0]++;
        changed = true;
      }
    }
    return changed ? String.join("\n", lines) : text;
  }

  /** The GB18030 (or Big5) text whose bytes were read as Latin-1/cp1252 to give {@code line}. */
  static String latin1Line(String line) {
    if (line.chars().filter(c -> c >= 0xC0 && c <= 0xFF).count() < 2) {
      return null;
    }
    byte[] b = new byte[line.length()];
    for (int k = 0; k < line.length(); k++) {
      char c = line.charAt(k);
      if (c < 0x100) {
        b[k] = (byte) c;
      } else {
        byte[] e = CP1252.newEncoder().canEncode(c) ? String.valueOf(c).getBytes(CP1252) : null;
        if (e == null || e.length != 1) {
          return null;
        }
        b[k] = e[0];
      }
    }
    for (Charset cs : List.of(RepairText.GB, CharsetResolver.big5())) {
      String s = RepairText.strictDecode(b, cs);
      if (s == null) {
        continue;
      }
      long n = s.codePoints().filter(c -> c >= 0x80 && !Character.isWhitespace(c)).count();
      long good = s.codePoints().filter(c -> c >= 0x80 && !Character.isWhitespace(c) && CharData.frequency(c) > 0).count();
      if (n > 0 && good >= 0.9 * n && (n >= 10 || good == n)) {
        return s;
      }
    }
    return null;
  }
}
