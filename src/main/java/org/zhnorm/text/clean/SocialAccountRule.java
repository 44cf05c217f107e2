package org.zhnorm.text.clean;

import java.util.regex.Pattern;
import java.util.ArrayList;
import java.util.List;

/**
 * Removes "follow us" account blocks: a line naming an account kind ({@code 微信公眾號}, {@code 官方微博},
 * patterns in {@code lines/social-account.txt}) and the short site-name line right before it.
 */
final class SocialAccountRule extends BlockRule {
  private static final Pattern PUNCTUATION = Pattern.compile("[。，,;；:：!?！？、]");
  static final String ID = "social-account";
  private final PatternLineRule patterns = new PatternLineRule(ID, "");

  SocialAccountRule() {
    super(ID, "Removes 微信公眾號 / 官方微博 / APP account lines and the short site-name line above each, e.g."
        + " 鄉村干部報網 + 微信公眾號.");
  }

  static boolean shortName(String line) {
    return line.length() <= 16 && !PUNCTUATION.matcher(line).find();
  }

  @Override
  public List<String> apply(List<String> lines, RuleContext ctx) {
    List<String> out = new ArrayList<>(lines.size());
    for (String line : lines) {
      if (patterns.matches(line)) {
        if (!out.isEmpty() && shortName(out.get(out.size() - 1))) {
          ctx.removed(ID, out.remove(out.size() - 1));
        }
        ctx.removed(ID, line);
      } else {
        out.add(line);
      }
    }
    return out;
  }
}
