package org.zhnorm.text.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Removes BOM and zero-width characters, turns no-break spaces into spaces, trims lines, drops blank ones. */
final class NormalizeWhitespaceRule extends LineRule {
  static final String ID = "normalize-whitespace";
  private static final Pattern INVISIBLE = Pattern.compile("[\\uFEFF\\u200B-\\u200D\\u2060\\u00AD]");

  NormalizeWhitespaceRule() {
    super(ID, "Removes BOM, zero-width characters and soft hyphens, maps no-break spaces to spaces, strips"
        + " indentation (including full-width spaces) and drops blank lines.");
  }

  @Override
  public List<String> apply(List<String> lines, RuleContext ctx) {
    List<String> out = new ArrayList<>(lines.size());
    for (String line : lines) {
      String t = line;
      if (INVISIBLE.matcher(t).find()) {
        String r = INVISIBLE.matcher(t).replaceAll("");
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
}
