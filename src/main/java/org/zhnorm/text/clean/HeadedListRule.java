package org.zhnorm.text.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * Removes a list heading (related links: {@code 相關內容}, {@code 推荐阅读}; recommended for you:
 * {@code 为你推荐}, {@code 猜你喜欢}; patterns in a {@code lines/} resource) and, when the heading sits
 * in the second half of the document, the short link lines that follow it, up to the first line that
 * reads like a paragraph.
 */
final class HeadedListRule extends BlockRule {
  static final String RELATED = "related-links";
  static final String RECOMMENDED = "recommended-block";
  private final PatternLineRule heading;

  HeadedListRule(String id, String headings, String description) {
    super(id, description);
    heading = new PatternLineRule(id, "", headings);
  }

  static HeadedListRule related() {
    return new HeadedListRule(RELATED, "lines/related-links.txt",
        "Removes a related-links heading (相關內容, 相关阅读, 延伸阅读) and, in the second half of the page, the short link titles under it.");
  }

  static HeadedListRule recommended() {
    return new HeadedListRule(RECOMMENDED, "lines/recommended-heading.txt",
        "Removes a recommended-for-you heading (为你推荐, 猜你喜欢, 热门推荐, 大家都在看, 你可能感兴趣) and, in the second half of"
            + " the page, the short link titles under it.");
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
        ctx.removed(id(), line);
        inList = i * 2 >= lines.size();
      } else if (inList && linkLike(line)) {
        ctx.removed(id(), line);
      } else {
        inList = false;
        out.add(line);
      }
    }
    return out;
  }
}
