package org.zhnorm.text.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * Removes a related-links heading ({@code 相關內容}, {@code 推荐阅读}; patterns in
 * {@code lines/related-links.txt}) and, when the heading sits in the second half of the document, the
 * short link lines that follow it, up to the first line that reads like a paragraph.
 */
final class RelatedLinksRule extends BlockRule {
  static final String ID = "related-links";
  private final PatternLineRule heading = new PatternLineRule(ID, "");

  RelatedLinksRule() {
    super(ID, "Removes a related-links heading (相關內容, 相关阅读, 推荐阅读) and, in the second half of the page, the short link titles under it.");
  }

  private static boolean linkLike(String line) {
    return line.length() <= 40 && !line.contains("。") && !line.endsWith("：") && !line.endsWith(":");
  }

  @Override
  public List<String> apply(List<String> lines, RuleContext ctx) {
    List<String> out = new ArrayList<>(lines.size());
    boolean inList = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (heading.matches(line)) {
        ctx.removed(ID, line);
        inList = i * 2 >= lines.size();
      } else if (inList && linkLike(line)) {
        ctx.removed(ID, line);
      } else {
        inList = false;
        out.add(line);
      }
    }
    return out;
  }
}
