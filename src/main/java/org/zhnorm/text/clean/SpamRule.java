package org.zhnorm.text.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes hijacked-page gambling and adult spam: a line that is mostly spam goes whole; a spam run
 * spliced into a real sentence (spam words plus the URLs, letters and digits around them) is cut out.
 * The words are in {@code spam-words.txt}.
 */
final class SpamRule implements Rule {
  static final String ID = "spam-insertion";
  private final Pattern word;
  private final Pattern run;

  SpamRule() {
    String alt = RuleData.alternation(RuleData.entries("spam-words.txt"));
    word = Pattern.compile(alt, Pattern.CASE_INSENSITIVE);
    String glue = "[A-Za-z0-9.:/_\\-]";
    run = Pattern.compile(
        "(?:" + glue + "*" + alt + ")+" + glue + "*", Pattern.CASE_INSENSITIVE);
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Scope scope() {
    return Scope.INLINE;
  }

  @Override
  public String description() {
    return "Drops gambling/adult spam lines from hijacked pages and cuts spam runs spliced into sentences"
        + " (word list spam-words.txt), e.g. 澳门新葡京娱乐场 inserted mid-sentence.";
  }

  @Override
  public List<String> apply(List<String> lines, RuleContext ctx) {
    List<String> out = new ArrayList<>(lines.size());
    for (String line : lines) {
      Matcher w = word.matcher(line);
      if (!w.find()) {
        out.add(line);
        continue;
      }
      int spamChars = 0;
      int count = 0;
      Matcher r = run.matcher(line);
      while (r.find()) {
        spamChars += r.group().length();
        count++;
      }
      if (line.length() <= 40 || spamChars * 3 >= line.length() || count >= 3) {
        ctx.removed(ID, line);
        continue;
      }
      StringBuilder sb = new StringBuilder();
      r.reset();
      int last = 0;
      while (r.find()) {
        sb.append(line, last, r.start());
        ctx.removed(ID, r.group());
        last = r.end();
      }
      sb.append(line, last, line.length());
      String t = sb.toString().strip();
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }
}
