package org.zhnorm.io.dump;

/** The {@code fullwidth-ascii} repair (docs/REPAIRS.md). */
final class FullwidthAsciiRepair implements RepairChain.Repair {
  @Override
  public String id() {
    return "fullwidth-ascii";
  }

  @Override
  public String description() {
    return "full-width Latin letters and digits to ASCII; full-width punctuation, `○` and `〇` are kept";
  }

  @Override
  public String example() {
    return "`ＧＤＰ５` -> `GDP5`";
  }

  @Override
  public String apply(String text, long[] count) {
    return fullwidthAscii(text, count);
  }

  static String fullwidthAscii(String text, long[] count) {
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean fw = (c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ');
      if (fw) {
        if (sb == null) {
          sb = new StringBuilder(text.length()).append(text, 0, i);
        }
        sb.append((char) (c - 0xFEE0));
        count[0]++;
      } else if (sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? text : sb.toString();
  }
}
