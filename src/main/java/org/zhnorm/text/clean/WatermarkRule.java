package org.zhnorm.text.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes document-site watermarks: a token of lower-case Latin letters followed by digits
 * ({@code baoku1893}) glued into Chinese text, with no Latin letter or digit on either side. When the
 * watermark stands where a year was ({@code baoku1893年}) the document is flagged {@code damaged}.
 */
final class WatermarkRule extends InlineRule {
  static final String ID = "site-watermark";
  private static final Pattern TOKEN =
      Pattern.compile("(?<![A-Za-z0-9./@_-])[a-z]{4,12}[0-9]{3,8}(?![A-Za-z0-9./@_-])");
  private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF,.;:!?“”]");

  /** Whether four lower-case Latin letters run into a digit somewhere in {@code line}: every TOKEN does. */
  static boolean mayHoldToken(String line) {
    int letters = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c >= 'a' && c <= 'z') {
        letters++;
      } else {
        if (letters >= 4 && c >= '0' && c <= '9') {
          return true;
        }
        letters = 0;
      }
    }
    return false;
  }

  WatermarkRule() {
    super(ID, "Removes document-site watermark tokens (lower-case letters + digits, e.g. baoku1893) glued"
        + " into Chinese text; flags the document damaged when the watermark replaced a year (baoku1893年).");
  }

  @Override
  String rewrite(String line, RuleContext ctx) {
    if (!mayHoldToken(line)) {
      return line;
    }
    Matcher m = TOKEN.matcher(line);
    StringBuilder sb = null;
    int last = 0;
    while (m.find()) {
      boolean before = m.start() == 0 || CJK.matcher(line.substring(m.start() - 1, m.start())).matches();
      boolean after = m.end() == line.length() || CJK.matcher(line.substring(m.end(), m.end() + 1)).matches();
      boolean hanNear =
          (m.start() > 0 && Character.UnicodeScript.of(line.codePointBefore(m.start())) == Character.UnicodeScript.HAN)
              || (m.end() < line.length() && Character.UnicodeScript.of(line.codePointAt(m.end())) == Character.UnicodeScript.HAN);
      if (!before || !after || !hanNear) {
        continue;
      }
      if (sb == null) {
        sb = new StringBuilder(line.length());
      }
      sb.append(line, last, m.start());
      ctx.removed(ID, m.group());
      if (m.end() < line.length() && line.charAt(m.end()) == '年') {
        ctx.flag(ID, "damaged", m.group() + "年");
      }
      last = m.end();
    }
    if (sb == null) {
      return line;
    }
    return sb.append(line, last, line.length()).toString();
  }
}
