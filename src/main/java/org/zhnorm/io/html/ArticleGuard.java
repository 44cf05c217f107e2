package org.zhnorm.io.html;

import java.util.List;

/**
 * Whether the text the extractor chose may not be the page's article: too short to be one, or a
 * notice block (a comment board's rules, terms of use, a platform's one-line disclaimer) whose lines
 * are made of the words in {@code notice-terms.txt}. A suspect text makes the extractor try the next candidate run and the page's
 * structured data before it settles.
 */
final class ArticleGuard {
  /** Fewer non-space characters than this is a stub, not an article. */
  static final int MIN_CHARS = 40;
  /**
   * Fewer than this after every fallback: the page has no article (a dead letter with its reason).
   * One: a short page's few words (a title-only record, a one-line notice) are still a document
   * that the cleaning rules judge, and a stub that survives is kept out of duplicate merging.
   */
  static final int NO_ARTICLE_CHARS = 1;
  /** A notice block is short: a board's rules, not a long article about rules. */
  static final int NOTICE_MAX_CHARS = 1000;
  /** A one- or two-line notice (a platform's disclaimer) is shorter still. */
  static final int SHORT_NOTICE_MAX_CHARS = 200;
  private static final List<String> TERMS = HtmlData.words("/org/zhnorm/html/notice-terms.txt");

  private ArticleGuard() {}

  static boolean suspect(String text) {
    int n = Chars.count(text);
    return n < MIN_CHARS || (n <= NOTICE_MAX_CHARS && noticeBlock(text))
        || (n <= SHORT_NOTICE_MAX_CHARS && shortNotice(text));
  }

  /** One or two lines, each holding two distinct notice words: a disclaimer left where the article was. */
  static boolean shortNotice(String text) {
    int lines = 0;
    for (String line : text.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      if (!isNoticeLine(line) || ++lines > 2) {
        return false;
      }
    }
    return lines > 0;
  }

  /** Two-thirds or more of three or more lines each hold two distinct notice words. */
  static boolean noticeBlock(String text) {
    int lines = 0;
    int notice = 0;
    for (String line : text.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      lines++;
      if (isNoticeLine(line)) {
        notice++;
      }
    }
    return lines >= 3 && notice * 3 >= lines * 2;
  }

  /**
   * Where a notice block at the end of an article's text starts (its last three or more lines
   * each holding two notice words), or the text's length when there is none.
   */
  static int noticeTail(String text) {
    List<String> lines = List.of(text.split("\n"));
    int start = lines.size();
    while (start > 0 && isNoticeLine(lines.get(start - 1))) {
      start--;
    }
    if (lines.size() - start < 3) {
      return text.length();
    }
    int offset = 0;
    for (int i = 0; i < start; i++) {
      offset += lines.get(i).length() + 1;
    }
    return Chars.count(text.substring(0, offset)) >= MIN_CHARS ? offset : text.length();
  }

  private static boolean isNoticeLine(String line) {
    int terms = 0;
    for (String t : TERMS) {
      if (line.contains(t) && ++terms >= 2) {
        return true;
      }
    }
    return false;
  }
}
