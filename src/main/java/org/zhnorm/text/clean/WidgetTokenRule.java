package org.zhnorm.text.clean;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts widget buttons glued to the start or the end of a short line that is not a sentence
 * ({@code 【纠错】 责任编辑： 焦鹏}, {@code 来源：南方周末 分享到}); the rest of the line stays, so the
 * metadata rules after it still read the editor or source. The tokens are in {@code lines/<id>.txt}.
 */
final class WidgetTokenRule extends InlineRule {
  /** Longer lines are prose (or a whole widget row, which the line rules drop). */
  static final int MAX_LINE = 80;
  private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?]");
  private final Pattern leading;
  private final Pattern trailing;

  WidgetTokenRule(String id, String description) {
    super(id, description);
    // a bracketed token (【纠错】) may touch the text; a bare one (分享到) must be set off by a space,
    // so 心得分享 keeps its last word
    List<String> tokens = RuleData.entries("lines/" + id + ".txt");
    String bracketed = alternation(tokens.stream().filter(WidgetTokenRule::isBracketed).toList());
    String bare = alternation(tokens.stream().filter(t -> !isBracketed(t)).toList());
    String lead = "(?:" + bracketed + "|" + bare + "(?=\\s))";
    String trail = "(?:" + bracketed + "|(?<=\\s)" + bare + ")";
    leading = Pattern.compile("^(?:\\s*" + lead + ")+\\s*");
    trailing = Pattern.compile("(?:\\s*" + trail + ")+\\s*$");
  }

  private static boolean isBracketed(String token) {
    return token.startsWith("[【\\[]");
  }

  private static String alternation(List<String> patterns) {
    return patterns.isEmpty() ? "(?!)" : "(?:" + String.join("|", patterns.stream().map(p -> "(?:" + p + ")").toList()) + ")";
  }

  @Override
  String rewrite(String line, RuleContext ctx) {
    if (line.length() > MAX_LINE || SENTENCE_END.matcher(line).find()) {
      return line;
    }
    String out = line;
    Matcher lead = leading.matcher(out);
    if (lead.find() && lead.end() < out.length()) {
      out = out.substring(lead.end());
    }
    Matcher trail = trailing.matcher(out);
    if (trail.find() && trail.start() > 0) {
      out = out.substring(0, trail.start());
    }
    if (out.length() == line.length()) {
      return line;
    }
    out = out.strip();
    ctx.changed(id(), line, out);
    return out;
  }

  /** For tests: every token pattern of the rule. */
  static List<String> tokens(String id) {
    return RuleData.entries("lines/" + id + ".txt");
  }
}
