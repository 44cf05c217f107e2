package org.zhnorm.text.clean;

import java.util.ArrayList;
import java.util.List;

/** Removes BOM and zero-width characters, turns no-break spaces into spaces, trims lines, drops blank ones. */
final class NormalizeWhitespaceRule extends LineRule {
  static final String ID = "normalize-whitespace";

  NormalizeWhitespaceRule() {
    super(ID, "Removes BOM, zero-width characters and soft hyphens, maps no-break spaces to spaces, strips"
        + " indentation (including full-width spaces) and drops blank lines.");
  }

  @Override
  public List<String> apply(List<String> lines, RuleContext ctx) {
    List<String> out = new ArrayList<>(lines.size());
    for (String line : lines) {
      String t = line;
      if (hasInvisible(t)) {
        String r = withoutInvisible(t);
        ctx.changed(ID, t, r);
        t = r;
      }
      t = t.replace('\u00A0', ' ').replace('\t', ' ').strip();
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  /** BOM, zero-width space, non-joiner and joiner, word joiner, soft hyphen. */
  static boolean isInvisible(char c) {
    return c == '\uFEFF' || (c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\u00AD';
  }

  private static boolean hasInvisible(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      if (isInvisible(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static String withoutInvisible(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (!isInvisible(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }
}
