package org.zhnorm.text.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes hijacked-page gambling and adult spam by the lexicon {@code spam-words.txt} and the shape
 * of the injection:
 *
 * <ul>
 *   <li>a line that is not a sentence (no 。！？: the keyword-stuffed title-like lines at a page's
 *       edges, the items of an SEO link block) of up to 40 characters goes whole when it holds two
 *       spam runs, a run with something glued to it, or spam for a third of its length;
 *   <li>a line whose spam runs make up a third of it, a line that is not a sentence with three runs
 *       or more, or an SEO link block written as one line (five or more short space-separated items,
 *       no sentence) with a run among them, goes whole; a line of prose with spam runs in it (a
 *       minified page is one line of many sentences) keeps its sentences and loses only the runs;
 *   <li>a spam run spliced into a real sentence (a lexicon word with the URL, letters, digits or
 *       site words such as 网址/官网/平台 glued to it, or two lexicon words) is cut out;
 *   <li>an SEO link block written one item a line: a run of {@link #BLOCK_MIN} or more short lines
 *       (at most {@link #ITEM_MAX} characters, no sentence) of which at least three and a quarter hold
 *       spam goes whole, the items without a lexicon word (other casino brands, the site's own menu)
 *       with it;
 *   <li>one bare lexicon word inside a real sentence ({@code 沉迷时时彩输光积蓄。}) or a longer
 *       heading is the story's subject, not an injection: the line stays whole.
 * </ul>
 */
final class SpamRule extends ScopedRule {
  static final String ID = "spam-insertion";
  private final Pattern word;
  /** Spam words by first character: a cheap scan decides whether the regexes need to run at all. */
  private final java.util.Map<Character, List<String>> byFirst = new java.util.HashMap<>();
  /** A bit per UTF-16 unit that starts a spam word: most characters of a line are passed over without a map look-up. */
  private final long[] firstChars = new long[1024];
  private final Pattern run;

  SpamRule() {
    super(ID, Scope.INLINE, "Drops gambling/adult spam lines and SEO link blocks (a run of six or more short item lines, a"
        + " quarter of them spam) from hijacked pages and cuts spam runs spliced into sentences (word list spam-words.txt),"
        + " e.g. 澳门新葡京娱乐场 inserted mid-sentence.");
    List<String> words = new ArrayList<>();
    for (String w : RuleData.entries("spam-words.txt")) {
      String lower = w.toLowerCase(Locale.ROOT);
      if (!words.contains(lower)) {
        words.add(lower);
      }
    }
    for (String w : words) {
      byFirst.computeIfAbsent(w.charAt(0), k -> new ArrayList<>()).add(w);
      firstChars[w.charAt(0) >>> 6] |= 1L << w.charAt(0);
    }
    String alt = RuleData.alternation(words);
    // matched against the lower-cased line: a case-insensitive alternation is several times slower
    word = Pattern.compile(alt);
    String glue = "[a-z0-9.:/_\\-]";
    String site = "(?:网址|網址|官网|官網|官方网站|官方網站|平台|登录|登錄|登入|注册|註冊|开户|開戶|下载|下載|手机版|手機版|客户端|客戶端)";
    run = Pattern.compile("(?:" + glue + "*" + alt + site + "*)+" + glue + "*[:：]?");
  }

  private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?]");
  /** The fewest lines of an SEO link block written one item a line. */
  static final int BLOCK_MIN = 6;
  /** The longest item line of such a block, in code points. */
  static final int ITEM_MAX = 24;

  private static boolean item(String line) {
    String t = line.strip();
    return !t.isEmpty() && t.codePointCount(0, t.length()) <= ITEM_MAX && !SENTENCE_END.matcher(t).find();
  }

  private boolean holdsSpam(String line) {
    String lower = line.toLowerCase(Locale.ROOT);
    return lower.length() == line.length() && mentionsSpam(lower) && word.matcher(lower).find();
  }

  /** Marks the lines of SEO link blocks written one item a line (see the class comment). */
  private boolean[] linkBlockLines(List<String> lines) {
    boolean[] out = new boolean[lines.size()];
    int i = 0;
    while (i < lines.size()) {
      if (!item(lines.get(i))) {
        i++;
        continue;
      }
      int j = i;
      int spam = 0;
      while (j < lines.size() && item(lines.get(j))) {
        if (holdsSpam(lines.get(j))) {
          spam++;
        }
        j++;
      }
      if (j - i >= BLOCK_MIN && spam >= 3 && spam * 4 >= j - i) {
        java.util.Arrays.fill(out, i, j, true);
      }
      i = j;
    }
    return out;
  }

  /** The only spam run of the line is one lexicon word with nothing glued to it. */
  private boolean stray(String lower) {
    Matcher r = run.matcher(lower);
    if (!r.find()) {
      return true;
    }
    Matcher w = word.matcher(r.group());
    return w.matches();
  }

  private static final Pattern ITEM_GAP = Pattern.compile("\\s+");

  /**
   * An SEO link block written as one line: five or more short items (at most 12 characters) set
   * off by spaces, and no sentence; with a spam run among them, the whole line is the injection.
   */
  static boolean linkBlock(String line) {
    if (SENTENCE_END.matcher(line).find()) {
      return false;
    }
    String[] items = ITEM_GAP.split(line.strip());
    if (items.length < 5) {
      return false;
    }
    for (String i : items) {
      if (i.codePointCount(0, i.length()) > 12) {
        return false;
      }
    }
    return true;
  }

  /** How far back a brand prefix of an injected site name may reach (王者威尼斯人现金网网址：). */
  static final int BRAND_PREFIX = 6;
  private static final String CLAUSE_START = "，,。：:；;、！？ ";

  /**
   * An injected site name sits between clause marks: when the run ends in a colon and the few Han
   * characters before it start right after a clause mark (or the line), they are the site's brand
   * and go with it.
   */
  static int brandStart(String line, int start, String run) {
    int end = start + run.length();
    boolean clauseAfter = end < line.length() && CLAUSE_START.indexOf(line.charAt(end)) >= 0;
    if (!run.endsWith("：") && !run.endsWith(":") && !clauseAfter) {
      return start;
    }
    int i = start;
    while (i > 0 && start - i < BRAND_PREFIX && Character.UnicodeScript.of(line.charAt(i - 1)) == Character.UnicodeScript.HAN) {
      i--;
    }
    return i == 0 || CLAUSE_START.indexOf(line.charAt(i - 1)) >= 0 ? i : start;
  }

  private boolean mentionsSpam(String lower) {
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if ((firstChars[c >>> 6] & 1L << c) == 0) {
        continue;
      }
      List<String> candidates = byFirst.get(c);
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

  /** Whether this rule removes {@code line} whole: an injected title-like line, link block or spam line. */
  boolean injected(String line) {
    return !line.isBlank() && apply(List.of(line), new RuleContext(PageHints.NONE, false)).isEmpty();
  }

  @Override
  public List<String> apply(List<String> lines, RuleContext ctx) {
    List<String> out = new ArrayList<>(lines.size());
    boolean[] block = linkBlockLines(lines);
    for (int k = 0; k < lines.size(); k++) {
      String line = lines.get(k);
      if (block[k]) {
        ctx.removed(ID, line);
        continue;
      }
      if (!holdsSpam(line)) {
        out.add(line);
        continue;
      }
      String lower = line.toLowerCase(Locale.ROOT);
      int spamChars = 0;
      int count = 0;
      Matcher r = run.matcher(lower);
      while (r.find()) {
        spamChars += r.group().length();
        count++;
      }
      boolean sentence = SENTENCE_END.matcher(line).find();
      if (sentence && count == 1 && stray(lower)) {
        out.add(line);
        continue;
      }
      // prose (a line with sentences) goes whole only when spam is a third of it; else its runs are cut
      if ((!sentence && line.length() <= 40) || spamChars * 3 >= line.length() || (count >= 3 && !sentence)
          || linkBlock(line)) {
        ctx.removed(ID, line);
        continue;
      }
      StringBuilder sb = new StringBuilder();
      r.reset();
      int last = 0;
      while (r.find()) {
        int start = Math.max(last, brandStart(line, r.start(), r.group()));
        sb.append(line, last, start);
        ctx.removed(ID, line.substring(start, r.end()));
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
