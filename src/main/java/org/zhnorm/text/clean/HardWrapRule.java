package org.zhnorm.text.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Re-joins a number split by a hard wrap: a line ending in a digit inside a sentence followed by a
 * line starting with a digit ({@code 获得了5} / {@code 00万元}) becomes one line.
 */
final class HardWrapRule extends BlockRule {
  static final String ID = "hard-wrap-join";
  private static final Pattern ENDS = Pattern.compile(".*[\\p{IsHan},，、][0-9.]*[0-9]");
  private static final Pattern STARTS = Pattern.compile("[0-9][0-9.,]*[\\p{IsHan}%％].*");

  HardWrapRule() {
    super(ID, "Joins a line ending mid-number after Chinese text with the next line starting with the rest of"
        + " the number, e.g. 获得了5 / 00万元 -> 获得了500万元.");
  }

  @Override
  public List<String> apply(List<String> lines, RuleContext ctx) {
    List<String> out = new ArrayList<>(lines.size());
    for (String line : lines) {
      if (!out.isEmpty()) {
        String prev = out.get(out.size() - 1);
        if (prev.length() >= 4 && Character.isDigit(prev.charAt(prev.length() - 1)) && Character.isDigit(line.charAt(0))
            && ENDS.matcher(prev).matches() && STARTS.matcher(line).matches()) {
          String joined = prev + line;
          ctx.changed(ID, prev + "\n" + line, joined);
          out.set(out.size() - 1, joined);
          continue;
        }
      }
      out.add(line);
    }
    return out;
  }
}
