package org.zhnorm.text.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Restores the middle dot that a lossy charset turned into {@code ?} inside a run of short Han
 * segments: {@code 紅?綠?藍} becomes {@code 紅·綠·藍}. Needs two or more separators, so a real question
 * mark ({@code 為什麼?我們}) is left alone.
 */
final class LostMiddleDotRule extends InlineRule {
  static final String ID = "lost-middle-dot";
  private static final Pattern RUN =
      Pattern.compile("(?<![\\p{IsHan}?])\\p{IsHan}{1,4}(?:\\?\\p{IsHan}{1,4}){2,}(?![\\p{IsHan}?])");

  LostMiddleDotRule() {
    super(ID, "Turns '?' back into '·' inside a run of two or more '?'-joined short Han segments (charset loss), e.g. 紅?綠?藍 -> 紅·綠·藍.");
  }

  @Override
  String rewrite(String line, RuleContext ctx) {
    if (line.indexOf('?') < 0) {
      return line;
    }
    Matcher m = RUN.matcher(line);
    StringBuilder sb = new StringBuilder();
    boolean any = false;
    while (m.find()) {
      String fixed = m.group().replace('?', '·');
      ctx.changed(ID, m.group(), fixed);
      m.appendReplacement(sb, Matcher.quoteReplacement(fixed));
      any = true;
    }
    if (!any) {
      return line;
    }
    m.appendTail(sb);
    return sb.toString();
  }
}
