package org.zhnorm.text.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the author signature in parentheses closing the last paragraph ({@code …良好局面。(陶昱翰)})
 * and extracts it as the author.
 */
final class TrailingBylineRule extends DocumentRule {
  static final String ID = "trailing-byline";
  private static final Pattern SIGNATURE = Pattern.compile(
      "(?<=[。！？!?”」』…])\\s*[(（]\\s*(?:(?:记者|記者|通讯员|通訊員|作者|文|编辑|編輯|撰稿)\\s*[:：]?\\s*)?"
          + "([\\p{IsHan}·]{2,5}(?:[ 、,，][\\p{IsHan}·]{2,5}){0,3})\\s*[)）]$");

  TrailingBylineRule() {
    super(ID, "Removes a name in parentheses closing the last paragraph and extracts it as author, e.g. …良好局面。(陶昱翰).");
  }

  @Override
  public List<String> apply(List<String> lines, RuleContext ctx) {
    if (lines.isEmpty()) {
      return lines;
    }
    String last = lines.get(lines.size() - 1);
    Matcher m = SIGNATURE.matcher(last);
    if (!m.find()) {
      return lines;
    }
    List<String> out = new ArrayList<>(lines);
    out.set(out.size() - 1, last.substring(0, m.start()).strip());
    ctx.removed(ID, m.group().strip());
    ctx.extract(ID, RuleContext.AUTHOR, m.group(1));
    return out;
  }
}
