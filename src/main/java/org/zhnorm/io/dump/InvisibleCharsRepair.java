package org.zhnorm.io.dump;

/** The {@code invisible-chars} repair (docs/REPAIRS.md). */
final class InvisibleCharsRepair implements RepairChain.Repair {
  @Override
  public String id() {
    return "invisible-chars";
  }

  @Override
  public String description() {
    return "removes BOM, zero-width and bidi controls, soft hyphen, C0/C1 controls (keeps `\\n`, `\\t`, `\\r`)";
  }

  @Override
  public String example() {
    return "`中\\u200B文` -> `中文`";
  }

  @Override
  public String apply(String text, long[] count) {
    return invisible(text, count);
  }

  static boolean isInvisible(int c) {
    return c == 0xFEFF || (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2060 && c <= 0x2064) || (c >= 0x206A && c <= 0x206F) || c == 0x00AD
        || c == 0x180E || (c >= 0xFFF9 && c <= 0xFFFB) || c == 0x7F || (c >= 0x80 && c <= 0x9F)
        || (c < 0x20 && c != '\n' && c != '\t' && c != '\r');
  }

  static String invisible(String text, long[] count) {
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isInvisible(c)) {
        if (sb == null) {
          sb = new StringBuilder(text.length()).append(text, 0, i);
        }
        count[0]++;
      } else if (sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? text : sb.toString();
  }
}
