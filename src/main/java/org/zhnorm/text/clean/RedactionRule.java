package org.zhnorm.text.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps {@code xx} redaction placeholders ({@code xx区}, {@code x.x亿元}) and flags the document
 * {@code redacted}; flags {@code damaged-redaction} when a redactor erased a character inside a common
 * word ({@code 示xx} for 示范, words in {@code erased-char-words.txt}). Changes no text.
 */
final class RedactionRule extends ScopedRule {
  static final String ID = "redaction-flag";
  private static final Pattern PLACEHOLDER =
      Pattern.compile("(?<![A-Za-z])(?:[xX]{2,}|x\\.x+|x/x|x(?=[\\p{IsHan}]))(?![A-Za-z])");
  private final List<String> damaged = new ArrayList<>();

  RedactionRule() {
    super(ID, Scope.INLINE, "Keeps xx redaction placeholders and flags the document redacted; flags damaged-redaction when a"
        + " character inside a common word was erased (示xx, 模xx). Text unchanged.");
    for (String word : RuleData.entries("erased-char-words.txt")) {
      for (int i = 1; i < word.length(); i++) {
        damaged.add(word.substring(0, i) + "xx" + word.substring(i + 1));
      }
    }
  }

  @Override
  public List<String> apply(List<String> lines, RuleContext ctx) {
    boolean redacted = false;
    for (String line : lines) {
      if (line.indexOf('x') < 0 && line.indexOf('X') < 0) {
        continue;
      }
      Matcher m = PLACEHOLDER.matcher(line);
      while (m.find()) {
        boolean hanNear = (m.start() > 0 && isHanOrDigit(line.codePointBefore(m.start())))
            || (m.end() < line.length() && isHanOrDigit(line.codePointAt(m.end())));
        if (hanNear && !redacted) {
          ctx.flag(ID, "redacted", m.group());
          redacted = true;
        }
      }
      for (String d : damaged) {
        if (line.contains(d)) {
          ctx.flag(ID, "damaged-redaction", d);
        }
      }
    }
    return lines;
  }

  private static boolean isHanOrDigit(int cp) {
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN || Character.isDigit(cp);
  }
}
