package org.zhnorm.text.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes hijacked-page gambling and adult spam: a line that is mostly spam goes whole; a spam run
 * spliced into a real sentence (spam words plus the URLs, letters and digits around them) is cut out.
 * The words are in {@code spam-words.txt}.
 */
final class SpamRule extends ScopedRule {
  static final String ID = "spam-insertion";
  private final Pattern word;
  /** Spam words by first character: a cheap scan decides whether the regexes need to run at all. */
  private final java.util.Map<Character, List<String>> byFirst = new java.util.HashMap<>();
  private final Pattern run;

  SpamRule() {
    super(ID, Scope.INLINE, "Drops gambling/adult spam lines from hijacked pages and cuts spam runs spliced into sentences"
        + " (word list spam-words.txt), e.g. 澳门新葡京娱乐场 inserted mid-sentence.");
    List<String> words = new ArrayList<>();
    for (String w : RuleData.entries("spam-words.txt")) {
      String lower = w.toLowerCase(Locale.ROOT);
      if (!words.contains(lower)) {
        words.add(lower);
      }
    }
    for (String w : words) {
      byFirst.computeIfAbsent(w.charAt(0), k -> new ArrayList<>()).add(w);
    }
    String alt = RuleData.alternation(words);
    // matched against the lower-cased line: a case-insensitive alternation is several times slower
    word = Pattern.compile(alt);
    String glue = "[a-z0-9.:/_\\-]";
    run = Pattern.compile("(?:" + glue + "*" + alt + ")+" + glue + "*");
  }

  private boolean mentionsSpam(String lower) {
    for (int i = 0; i < lower.length(); i++) {
      List<String> candidates = byFirst.get(lower.charAt(i));
      if (candidates != null) {
        for (String w : candidates) {
          if (lower.startsWith(w, i)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  @Override
  public List<String> apply(List<String> lines, RuleContext ctx) {
    List<String> out = new ArrayList<>(lines.size());
    for (String line : lines) {
      String lower = line.toLowerCase(Locale.ROOT);
      if (lower.length() != line.length() || !mentionsSpam(lower) || !word.matcher(lower).find()) {
        out.add(line);
        continue;
      }
      int spamChars = 0;
      int count = 0;
      Matcher r = run.matcher(lower);
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
        ctx.removed(ID, line.substring(r.start(), r.end()));
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
