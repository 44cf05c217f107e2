package org.zhnorm.text.clean;

import java.util.ArrayList;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.zhnorm.text.Budget;
import org.zhnorm.text.dates.Dates;

/**
 * The cleaning chain: the rules named in {@code org/zhnorm/clean/chain.txt}, applied in that order to
 * one document's lines. Built once ({@link #standard()}); immutable and safe to share between threads.
 */
public final class Cleaner {
  /** Rule id recorded in {@link Metadata#foundBy()} for a publish time taken from {@link PageHints#date()}. */
  public static final String PAGE_HINT = "page-hint";
  /**
   * Rule id recorded in {@link Metadata#foundBy()} for a title taken, when the page has none, from the
   * opening clause of the text (which stays in the text).
   */
  public static final String LEAD_SENTENCE = "lead-sentence";
  static final int LEAD_TITLE_MAX = 40;
  private static final java.util.regex.Pattern NUMBERED_HEADING = java.util.regex.Pattern.compile(
      "[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十百\\d]+[)）]|\\d+[、.．]|第[一二三四五六七八九十百\\d]+[章节部分条]");

  private static volatile @Nullable Cleaner standard;
  private final List<Rule> rules;

  Cleaner(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** The bundled chain, loaded from resources on first use; fails fast if a resource is missing. */
  public static Cleaner standard() {
    Cleaner c = standard;
    if (c == null) {
      synchronized (Cleaner.class) {
        c = standard;
        if (c == null) {
          c = new Cleaner(Rules.chain());
          standard = c;
        }
      }
    }
    return c;
  }

  public List<Rule> rules() {
    return rules;
  }

  /**
   * The first sentence of the first non-empty line, or its first clause when the sentence is longer
   * than {@link #LEAD_TITLE_MAX}; null when even that is too long to be a title.
   */
  static @Nullable String leadClause(List<String> lines) {
    for (String line : lines) {
      String t = line.strip();
      if (t.isEmpty()) {
        continue;
      }
      if (NUMBERED_HEADING.matcher(t).lookingAt()) {
        return null; // a list or section heading labels a part, not the document
      }
      String sentence = cutAt(t, "。！？!?；;");
      if (sentence.length() > LEAD_TITLE_MAX) {
        sentence = firstClause(sentence);
      }
      return sentence.isEmpty() || sentence.length() > LEAD_TITLE_MAX ? null : sentence;
    }
    return null;
  }

  /**
   * The sentence's first clause that says something: a clause that is only a date or a year and
   * month ({@code 2017年2月，金锺国与妈妈出发…}) is a time adverbial of the clause after it.
   */
  private static String firstClause(String sentence) {
    String rest = sentence;
    while (true) {
      String clause = cutAt(rest, "，,：:");
      if (!onlyATime(clause)) {
        return clause;
      }
      if (clause.length() == rest.length()) {
        return ""; // dates only: no title
      }
      rest = rest.substring(clause.length()).strip().substring(1).strip();
    }
  }

  private static boolean onlyATime(String clause) {
    return TIME_PHRASE.matcher(clause).matches();
  }

  /** A date or a year and month, alone, as a clause ({@code 2017年2月}, {@code 2019年8月26日}, {@code 2020-01}). */
  private static final java.util.regex.Pattern TIME_PHRASE = java.util.regex.Pattern.compile(
      "(?:" + org.zhnorm.text.dates.Dates.DATE.pattern() + "|" + org.zhnorm.text.dates.Dates.MONTH.pattern()
          + ")\\s*(?:[上中下]旬|初|底|末|以来)?");

  private static String cutAt(String s, String stops) {
    for (int i = 0; i < s.length(); i++) {
      if (stops.indexOf(s.charAt(i)) >= 0) {
        return s.substring(0, i).strip();
      }
    }
    return s;
  }

  /**
   * What each rule would still remove or rewrite if it ran alone on {@code text} (a document's
   * final text): lines removed or changed per rule id, for the inline, line and block rules that
   * found any (document rules decide by position, not by a family's shape). Metadata
   * extraction is not counted; a clean chain leaves little for its own rules, so a count here is
   * noise of the rule's family that got past it (or came back in a later stage).
   */
  public java.util.Map<String, Long> leftovers(String text) {
    java.util.Map<String, Long> out = new java.util.TreeMap<>();
    List<String> lines = new ArrayList<>();
    for (String l : text.split("\\r\\n|\\r|\\n")) {
      if (!l.isBlank()) {
        lines.add(l.strip());
      }
    }
    for (Rule rule : rules) {
      if (rule.scope() == Rule.Scope.DOCUMENT) {
        continue; // a document rule decides by position (the first line is a title): not a family of noise
      }
      RuleContext ctx = new RuleContext(PageHints.NONE, true);
      rule.apply(new ArrayList<>(lines), ctx);
      long n = ctx.traces().stream()
          .filter(t -> t.action().equals("removed") || t.action().equals("changed"))
          .count();
      if (n > 0) {
        out.put(rule.id(), n);
      }
    }
    return out;
  }

  /**
   * The lines of {@code text}, split at CR LF, CR, LF, U+2028 and U+2029, empty lines and a last empty
   * line kept (as {@code split("\\r\\n|\\r|\\n|\\u2028|\\u2029", -1)}, without compiling a regex per document).
   */
  static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
        out.add(text.substring(start, i));
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    out.add(text.substring(start));
    return out;
  }

  /**
   * Cleans one document. {@code text} is block-structured (one block per line); the result holds the
   * article only, one paragraph or heading per line, plus metadata, counters, flags and (when
   * {@code trace} is true) every change.
   */
  public CleanResult clean(@Nullable String text, @Nullable PageHints hints, boolean trace) {
    PageHints h = hints == null ? PageHints.NONE : hints;
    RuleContext ctx = new RuleContext(h, trace);
    String src = text == null ? "" : text;
    List<String> lines = lines(src);
    for (Rule rule : rules) {
      Budget.check();
      lines = rule.apply(lines, ctx);
    }
    if (!ctx.has(RuleContext.PUB_TIME)) {
      ctx.extract(PAGE_HINT, RuleContext.PUB_TIME, Dates.normalize(h.date()));
    }
    if (!ctx.has(RuleContext.TITLE)) {
      ctx.extract(LEAD_SENTENCE, RuleContext.TITLE, leadClause(lines));
    }
    return new CleanResult(
        String.join("\n", lines), ctx.metadata(), ctx.removedChars(), ctx.hits(), ctx.flags(), ctx.traces());
  }
}
