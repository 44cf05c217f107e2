package org.zhnorm.text.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Extracts the title. With a page-hint title (HTML {@code <title>}), its site-name suffix
 * ({@code _新华网}, {@code -人民网}) is stripped and the first line is removed when it is that title. A
 * hint that {@code spam-insertion} would remove whole (a hijacked page's injected {@code <title>}) is no
 * hint: the page then has the title its first line gives, or none. Without
 * one, the first line is taken when it looks like a title: 4 to 64 characters, mostly Han, no
 * sentence-final full stop or trailing comma/colon, not a list heading ({@code 一、}, {@code 1.}), and
 * followed by a longer line that does not look like a title itself (so that a title-like heading is
 * never promoted on a second pass: the chain stays idempotent).
 */
final class TitleRule extends DocumentRule {
  /** The spam lexicon and shape, loaded once: takesFirstLine is static and asked by other rules. */
  private static final class Spam {
    static final SpamRule RULE = new SpamRule();
  }

  private static final Pattern DIGIT = Pattern.compile("[0-9]");
  private static final Pattern SPACE_OR_PUNCTUATION = Pattern.compile("[\\s\\p{Punct}\\p{IsPunctuation}]");
  static final String ID = "title";
  private static final Pattern SITE_SUFFIX =
      Pattern.compile("^(.{4,}?)\\s*(?:[_|｜–]{1,2}|\\s-{1,2}\\s|(?<![A-Za-z])-{1,2}|-{2})\\s*([^_|｜–\\-]{0,20})$");
  private static final Pattern ENUMERATED =
      Pattern.compile("^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十0-9]+[)）]|[0-9]+[、.．]|第[一二三四五六七八九十0-9]+[章节部分条]).*");
  private static final Pattern BAD_END = Pattern.compile(".*[。；;，,、：:]$");
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
  /** Separators left at a title line's edge ({@code 标题- -}): they belong to no part of it. */
  private static final Pattern EDGE_SEPARATORS = Pattern.compile("^[\\s_|｜\\-—–·:：»]+|[\\s_|｜\\-—–·:：»]+$");

  TitleRule() {
    super(ID, "Extracts the title from the page hint (site-name suffix like _新华网 stripped) or from a"
        + " title-like first line, and removes that line from the body.");
  }

  static @Nullable String stripSiteSuffix(@Nullable String hint) {
    if (hint == null || hint.isBlank()) {
      return null;
    }
    String t = hint.strip();
    for (int i = 0; i < 3; i++) {
      Matcher m = SITE_SUFFIX.matcher(t);
      if (!m.matches() || DIGIT.matcher(m.group(2)).find()) {
        break;
      }
      t = m.group(1).strip();
    }
    return t;
  }

  /** The page-hint title without its site suffix, or null when there is none or it is injected spam. */
  static @Nullable String hint(RuleContext ctx) {
    String hint = stripSiteSuffix(ctx.hints().title());
    return hint == null || Spam.RULE.injected(hint) ? null : hint;
  }

  static boolean looksLikeTitle(String line) {
    int len = line.codePointCount(0, line.length());
    if (len < 4 || len > 64 || BAD_END.matcher(line).matches() || line.contains("。")) {
      return false;
    }
    if (ENUMERATED.matcher(line).matches() || line.startsWith("欢迎") || line.startsWith("歡迎")) {
      return false;
    }
    Matcher h = HAN.matcher(line);
    int han = 0;
    while (h.find()) {
      han++;
    }
    return han >= 4 && han * 2 >= len;
  }

  private static String squash(String s) {
    return SPACE_OR_PUNCTUATION.matcher(s).replaceAll("");
  }

  /**
   * Whether this rule will take the first line as the title and remove it. Rules that run before it
   * and count lines from the top use this, so that a second cleaning pass sees the same positions.
   */
  static boolean takesFirstLine(List<String> lines, RuleContext ctx) {
    if (lines.isEmpty()) {
      return false;
    }
    String hint = hint(ctx);
    return hint != null ? firstMatchesHint(lines.get(0), hint) : firstIsTitle(lines);
  }

  private static boolean firstMatchesHint(String first, String hint) {
    String a = squash(first);
    String b = squash(hint);
    return !a.isEmpty() && !b.isEmpty() && (a.equals(b) || (b.startsWith(a) && a.length() * 2 >= b.length())
        || (a.startsWith(b) && looksLikeTitle(first)));
  }

  private static boolean firstIsTitle(List<String> lines) {
    String first = lines.get(0);
    return lines.size() > 1 && looksLikeTitle(first) && !looksLikeTitle(lines.get(1))
        && lines.get(1).length() > first.length();
  }

  @Override
  public List<String> apply(List<String> lines, RuleContext ctx) {
    if (lines.isEmpty()) {
      ctx.extract(ID, RuleContext.TITLE, hint(ctx));
      return lines;
    }
    String first = lines.get(0);
    String hint = hint(ctx);
    if (hint != null) {
      String a = squash(first);
      String b = squash(hint);
      if (firstMatchesHint(first, hint)) {
        ctx.removed(ID, first);
        ctx.extract(ID, RuleContext.TITLE, a.length() > b.length() ? hint : EDGE_SEPARATORS.matcher(first).replaceAll(""));
        return new ArrayList<>(lines.subList(1, lines.size()));
      }
      ctx.extract(ID, RuleContext.TITLE, hint);
      return lines;
    }
    if (firstIsTitle(lines)) {
      ctx.removed(ID, first);
      ctx.extract(ID, RuleContext.TITLE, first);
      return new ArrayList<>(lines.subList(1, lines.size()));
    }
    return lines;
  }
}
