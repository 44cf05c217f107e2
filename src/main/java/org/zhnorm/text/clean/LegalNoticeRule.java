package org.zhnorm.text.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes a site's rights notice appended to an article: a heading such as {@code 反侵权公告：} or
 * {@code 免责声明} (patterns in {@code lines/legal-notice.txt}) and, when the heading sits in the second
 * half of the document, the lines under it that speak of rights (a word of
 * {@code legal-notice-terms.txt}: 著作权, 转载, 侵权, 授权, 律师 …), up to the first line that does not;
 * also when those lines run to the end of the document (a notice longer than the article above it).
 * The numbered clauses and the contact lines of the notice ({@code 陈律师（法律顾问）0432-…}) go with it;
 * an article paragraph after it stops the block.
 */
final class LegalNoticeRule extends BlockRule {
  static final String ID = "legal-notice";
  private final PatternLineRule heading = new PatternLineRule(ID, "");
  private final Pattern terms = Pattern.compile(RuleData.alternation(RuleData.entries("legal-notice-terms.txt")));

  LegalNoticeRule() {
    super(ID, "Removes a rights-notice heading (反侵权公告, 免责声明, 版权声明) and, in the second half of the page or when they"
        + " run to its end, the lines under it that speak of rights (著作权, 转载, 侵权, 授权, 律师), e.g. a newspaper's anti-infringement notice and its"
        + " contact lines after the article.");
  }

  @Override
  public List<String> apply(List<String> lines, RuleContext ctx) {
    List<String> out = new ArrayList<>(lines.size());
    int n = lines.size();
    for (int i = 0; i < n; i++) {
      String line = lines.get(i);
      if (!heading.matches(line)) {
        out.add(line);
        continue;
      }
      ctx.removed(ID, line);
      int end = i + 1;
      while (end < n && !heading.matches(lines.get(end)) && terms.matcher(lines.get(end)).find()) {
        end++;
      }
      // appended to the article: in the second half of the page, or running to its end
      if (i > 0 && (i * 2 >= n || end == n)) {
        for (int j = i + 1; j < end; j++) {
          ctx.removed(ID, lines.get(j));
        }
        i = end - 1;
      }
    }
    return out;
  }
}
