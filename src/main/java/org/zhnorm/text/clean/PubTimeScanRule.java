package org.zhnorm.text.clean;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhnorm.text.dates.Dates;
import org.zhnorm.text.dates.Plausibility;

/**
 * Fallback publish time when no metadata line gave one: the page's own date hint (HTML meta or
 * time element, the crawler's date) when it parses, else the first date with a time of day
 * ({@code 2005年03月21日11:21}, {@code 2022-02-13 07:48}) in the first lines of the document, else the
 * first full date there that is not deep inside a sentence of prose (the story's own dates). Birth and
 * death dates ({@link Plausibility#lifeDate}) and dates after the run are never taken. Removes nothing. A greeting date ({@code 今天是…}) is gone by then (site-header).
 */
final class PubTimeScanRule extends DocumentRule {
  static final String ID = "pub-time-scan";
  private static final int HEAD = 30;
  private static final int DATE_ONLY_HEAD = 15;
  private static final Pattern TODAY = Pattern.compile("今天是|今日是|今天：|今天:");
  private static final Pattern SENTENCE_END = Pattern.compile("[。！？]");
  /** A date this far into a line of prose is the story's, not the page's dateline. */
  static final int DATELINE_START = 12;

  /** The date at {@code start} sits inside a sentence of prose, past where a dateline or lede date starts. */
  static boolean inStory(String line, int start) {
    return start > DATELINE_START && SENTENCE_END.matcher(line).find();
  }

  PubTimeScanRule() {
    super(ID, "When no metadata line gave a publish time, takes the page's date hint, else the first date with time of day in the first 30 lines"
        + " (else the first full date in the first 15 that is not deep inside a sentence), never a birth or death date,"
        + " without removing anything.");
  }

  @Override
  public List<String> apply(List<String> lines, RuleContext ctx) {
    if (ctx.has(RuleContext.PUB_TIME)) {
      return lines;
    }
    // a date the page itself marks up (meta tags, <time>, the crawler's record) beats a date
    // merely found in the text, which is as often an event's date as the page's
    String hinted = Dates.normalize(ctx.hints().date());
    if (hinted != null) {
      ctx.extract(Cleaner.PAGE_HINT, RuleContext.PUB_TIME, hinted);
      return lines;
    }
    String dateOnly = null;
    int n = Math.min(HEAD, lines.size());
    for (int i = 0; i < n; i++) {
      String line = lines.get(i);
      if (TODAY.matcher(line).find()) {
        continue;
      }
      Matcher m = Dates.DATE.matcher(line);
      while (m.find()) {
        String iso = Dates.iso(m);
        if (iso == null || Plausibility.lifeDate(line, m.start(), m.end()) || !Plausibility.plausible(iso)) {
          continue;
        }
        if (iso.contains("T")) {
          ctx.extract(ID, RuleContext.PUB_TIME, iso);
          return lines;
        }
        // a date without a time deep inside a sentence is an event of the story (登记为1977年4月25日，…。)
        if (dateOnly == null && i < DATE_ONLY_HEAD && !inStory(line, m.start())) {
          dateOnly = iso;
        }
      }
    }
    ctx.extract(ID, RuleContext.PUB_TIME, dateOnly);
    return lines;
  }
}
