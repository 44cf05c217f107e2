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
 *       {@code 网友评论}, {@code 全部回复(12)}, {@code 《post title》已有1件评论}) in the second half of the
 *       document, followed within {@link #LOOKAHEAD} lines (short lines such as a floor {@code #1} or a
 *       nickname not counted) by a reply header, or with nothing of substance after it; or
 *   <li>a count heading ({@code 留言列表 (42)}) followed by a second heading (the comment form's
 *       {@code 发表评论}) before any reply header: the comments between them have no header we know; or
 *   <li>the first of {@link #MIN_REPLIES} or more reply headers in the second half: short lines with
 *       a date and a time of day and a reply marker ({@code lines/comment-reply-marker.txt}: a
 *       nickname key such as {@code 网友}/{@code 匿名}, a floor {@code 2楼}/{@code #3}/{@code 沙发},
 *       {@code 发表于}, {@code Re:}, a trailing {@code 回复}, a bare {@code 於 2013/12/28 10:28}); a count
 *       heading at most {@link #ONE_REPLY} characters before the first of them opens the thread.
 * </ul>
 *
 * "In the second half" means past the document's middle or after {@link #MIN_POST} characters, since
 * a thread can be longer than its post. It runs to the end of the document (what follows a thread is its form and the page footer). A
 * thread heading with article text after it and no reply header is removed alone.
 */
final class CommentThreadRule extends BlockRule {
  static final String ID = "comment-thread";
  static final int LOOKAHEAD = 3;
  /** Text before a thread: past the document's middle or at least this many characters of post. */
  static final int MIN_POST = 200;
  /** A nickname, a floor number or a button line: does not use up a heading's {@link #LOOKAHEAD}. */
  static final int SHORT_LINE = 12;
  /** A count heading and the first reply header open one thread when at most this much text parts them. */
  static final int ONE_REPLY = 300;
  private static final Pattern COUNT = Pattern.compile("[0-9]");
  private static final Pattern POST_TITLE = Pattern.compile("^《[^》]{1,40}》");
  static final int MIN_REPLIES = 2;
  /** A reply header is short: a nickname, a date, a floor and a few buttons. */
  static final int HEADER_MAX = 60;
  private static final Pattern TIME_OF_DAY = Pattern.compile("(?<!\\d)\\d{1,2}[:：]\\d{2}(?!\\d)");
  private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?]");
  private final PatternLineRule heading = new PatternLineRule(ID, "", "lines/comment-thread.txt");
  private final List<Pattern> markers = RuleData.patterns("lines/comment-reply-marker.txt");

  CommentThreadRule() {
    super(ID, "Removes a reader-comment thread as one block to the end of the page: a heading (18条评论, 留言列表 (42),"
        + " 《post title》已有1件评论, 发表评论, 网友评论) followed by reply headers or by the comment form's heading, or two or more"
        + " reply headers (nickname or floor marker + date and time: 网友 小王 2008-3-1 12:05, 2楼 发表于 2012-05-01 08:00,"
        + " 於 2013/12/28 10:28) past the middle of the text or after 200 characters of post; replies are never the source of"
        + " the publish time.");
  }

  boolean isHeading(String line) {
    // a heading may name the post: 《post title》已有1件评论; the title does not count towards its length
    return POST_TITLE.matcher(line).replaceFirst("").length() <= 30 && heading.matches(line);
  }

  /** A heading that states how many comments follow (18条评论, 留言列表 (42)). */
  private boolean isCountHeading(String line) {
    return isHeading(line) && COUNT.matcher(POST_TITLE.matcher(line).replaceFirst("")).find();
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
      // a thread may outweigh its post (18 replies under a short blog entry): past the middle, or after
      // MIN_POST characters of post; never in a page's header zone
      boolean secondHalf = before * 2 >= total || before >= MIN_POST;
      before += line.length();
      if (!secondHalf || i == 0) {
        continue;
      }
      if (isHeading(line)) {
        if (headingAt < 0 && (repliesWithin(lines, i + 1) || substanceAfter(lines, i + 1) < 40)) {
          return i;
        }
        if (headingAt >= 0 && isCountHeading(lines.get(headingAt)) && replies.isEmpty()) {
          // a count heading, the comments, then the comment form's heading (发表评论): one thread
          return headingAt;
        }
        if (headingAt < 0) {
          headingAt = i;
        }
      }
      if (isReplyHeader(line)) {
        replies.add(i);
      }
    }
    if (replies.size() < MIN_REPLIES) {
      return -1;
    }
    int first = replies.get(0);
    // a count heading shortly before the first reply header opens the thread
    return headingAt >= 0 && headingAt < first && isCountHeading(lines.get(headingAt))
        && textBetween(lines, headingAt + 1, first) <= ONE_REPLY ? headingAt : first;
  }

  private static int textBetween(List<String> lines, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n += lines.get(i).length();
    }
    return n;
  }

  /** A reply header within the next {@link #LOOKAHEAD} lines, not counting short ones (a floor, a nickname, a button). */
  private boolean repliesWithin(List<String> lines, int from) {
    int counted = 0;
    for (int i = from; i < Math.min(lines.size(), from + 4 * LOOKAHEAD) && counted < LOOKAHEAD; i++) {
      String line = lines.get(i);
      if (isReplyHeader(line)) {
        return true;
      }
      if (line.strip().length() > SHORT_LINE) {
        counted++;
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
