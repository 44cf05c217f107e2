package org.zhnorm.text.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhnorm.text.dates.Dates;

/**
 * Removes a reader-comment thread under an article or post as one block, before any metadata rule
 * runs, so a reply's or an edit's timestamp never becomes the publish time.
 *
 * <p>A thread starts at either
 *
 * <ul>
 *   <li>a thread heading ({@code lines/comment-thread.txt}: {@code 18条评论}, {@code 发表评论},
 *       {@code 网友评论}, {@code 全部回复(12)}) in the second half of the document, followed within
 *       {@link #LOOKAHEAD} lines by a reply header, or with nothing of substance after it; or
 *   <li>the first of {@link #MIN_REPLIES} or more reply headers in the second half: short lines with
 *       a date and a time of day and a reply marker ({@code lines/comment-reply-marker.txt}: a
 *       nickname key such as {@code 网友}/{@code 匿名}, a floor {@code 2楼}/{@code #3}/{@code 沙发},
 *       {@code 发表于}, {@code Re:}, a trailing {@code 回复}).
 * </ul>
 *
 * It runs to the end of the document (what follows a thread is its form and the page footer). A
 * thread heading with article text after it and no reply header is removed alone.
 */
final class CommentThreadRule extends BlockRule {
  static final String ID = "comment-thread";
  static final int LOOKAHEAD = 3;
  static final int MIN_REPLIES = 2;
  /** A reply header is short: a nickname, a date, a floor and a few buttons. */
  static final int HEADER_MAX = 60;
  private static final Pattern TIME_OF_DAY = Pattern.compile("(?<!\\d)\\d{1,2}[:：]\\d{2}(?!\\d)");
  private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?]");
  private final PatternLineRule heading = new PatternLineRule(ID, "", "lines/comment-thread.txt");
  private final List<Pattern> markers = RuleData.patterns("lines/comment-reply-marker.txt");

  CommentThreadRule() {
    super(ID, "Removes a reader-comment thread as one block to the end of the page: a heading (18条评论, 发表评论, 网友评论)"
        + " followed by reply headers, or two or more reply headers (nickname or floor marker + date and time: 网友 小王 2008-3-1 12:05,"
        + " 2楼 发表于 2012-05-01 08:00) in the second half; replies are never the source of the publish time.");
  }

  boolean isHeading(String line) {
    return line.length() <= 30 && heading.matches(line);
  }

  boolean isReplyHeader(String line) {
    if (line.length() > HEADER_MAX || SENTENCE_END.matcher(line).find()) {
      return false;
    }
    Matcher date = Dates.DATE.matcher(line);
    if (!date.find() || !TIME_OF_DAY.matcher(line).find()) {
      return false;
    }
    for (Pattern p : markers) {
      if (p.matcher(line).find()) {
        return true;
      }
    }
    return false;
  }

  /** Index where the thread starts, or -1. */
  int threadStart(List<String> lines) {
    int total = 0;
    for (String l : lines) {
      total += l.length();
    }
    int before = 0;
    List<Integer> replies = new ArrayList<>();
    int headingAt = -1;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      boolean secondHalf = before * 2 >= total;
      before += line.length();
      if (!secondHalf || i == 0) {
        continue;
      }
      if (headingAt < 0 && isHeading(line)) {
        if (repliesWithin(lines, i + 1) || substanceAfter(lines, i + 1) < 40) {
          return i;
        }
        headingAt = i;
      }
      if (isReplyHeader(line)) {
        replies.add(i);
      }
    }
    return replies.size() >= MIN_REPLIES ? replies.get(0) : -1;
  }

  private boolean repliesWithin(List<String> lines, int from) {
    for (int i = from; i < Math.min(lines.size(), from + LOOKAHEAD); i++) {
      if (isReplyHeader(lines.get(i))) {
        return true;
      }
    }
    return false;
  }

  private static int substanceAfter(List<String> lines, int from) {
    int n = 0;
    for (int i = from; i < lines.size(); i++) {
      n += lines.get(i).length();
    }
    return n;
  }

  @Override
  public List<String> apply(List<String> lines, RuleContext ctx) {
    int start = threadStart(lines);
    List<String> out = new ArrayList<>(lines.size());
    if (start < 0) {
      // a lone heading (発表評論 box) with the article going on after it goes alone
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        if (i > 0 && i * 2 >= lines.size() && isHeading(line)) {
          ctx.removed(ID, line);
        } else {
          out.add(line);
        }
      }
      return out;
    }
    out.addAll(lines.subList(0, start));
    ctx.removed(ID, String.join("\n", lines.subList(start, lines.size())));
    return out;
  }
}
