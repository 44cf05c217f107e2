package org.zhnorm.text.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhnorm.text.dates.Dates;

/**
 * Removes byline and metadata lines and extracts their fields: a line made only of {@code key:value}
 * fields ({@code 发布时间:}, {@code 來源:}, {@code 編輯:}, {@code 責編:}, keys in {@code metadata-keys.tsv}),
 * reporter keys followed by names ({@code 本報記者 車婧}), and dates. A line that is only a date counts
 * only near the top of the document (the date under the title). A line with anything else in it, such
 * as a sentence that merely contains 来源, is kept.
 */
final class MetadataLineRule extends LineRule {
  static final String ID = "metadata-line";
  private static final int HEAD = 6;
  private static final Pattern SEP = Pattern.compile("[\\s|｜丨/【】\\[\\]]+");
  private static final Pattern NAMES =
      Pattern.compile("[\\p{IsHan}·]{2,5}(?:[ 、,，][\\p{IsHan}·]{2,5}){0,4}");
  private static final Pattern BAD_VALUE = Pattern.compile(".*[。；;！!？?，,【】].*");
  /** A year and month only, the date a report or bulletin carries under its title: 2003年5月. */
  private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月(?![\\d日号號])");
  /**
   * Field of the keys naming the date a document itself bears (成文日期 of an official document),
   * as against the date a site posted it (发布日期): when a page gives both, the document's date is
   * its publish time, whatever their order on the page.
   */
  static final String DOC_TIME = "doc_time";
  private final Map<String, String> fieldOfKey = new HashMap<>();
  /** A key with its colon and nothing else: the value sits on the next line (来源: / 东方财富Choice数据). */
  private final Pattern bareKey;
  private final Pattern key;
  private final Pattern keyAhead;

  MetadataLineRule() {
    super(ID, "Removes metadata lines made only of key:value fields, bylines and a date under the title, and"
        + " extracts pub_time/source_name/editor/reporter/author, e.g. 发布时间:2023-06-20 12:15:00,"
        + " 2022-09-30 09:51:00  來源:鄉村干部報, 編輯:王新强, 本報記者 車婧; a year-month date line under the"
        + " title (2003年5月) gives the month; a document's own date (成文日期) beats the posting date (发布日期).");
    List<String> keys = new ArrayList<>();
    for (String row : RuleData.entries("metadata-keys.tsv")) {
      String[] parts = row.split("\t");
      if (parts.length != 2) {
        throw new IllegalStateException("metadata-keys.tsv: expected field<TAB>key, got " + row);
      }
      fieldOfKey.put(parts[1], parts[0]);
      keys.add(parts[1]);
    }
    String alt = RuleData.alternation(keys);
    key = Pattern.compile("(" + alt + ")(\\s*[:：]\\s*|\\s+|(?=\\d))");
    keyAhead = Pattern.compile("\\s*" + alt + "\\s*[:：]");
    bareKey = Pattern.compile(alt + "\\s*[:：]");
  }

  /** The fields of a metadata line, or null when the line is not one. */
  Map<String, String> parse(String line, boolean head) {
    if (line.length() > 120) {
      return null;
    }
    Map<String, String> found = new HashMap<>();
    int pos = 0;
    int n = line.length();
    boolean anyKey = false;
    while (true) {
      Matcher s = SEP.matcher(line).region(pos, n);
      if (s.lookingAt()) {
        pos = s.end();
      }
      if (pos >= n) {
        break;
      }
      Matcher d = Dates.DATE.matcher(line).region(pos, n);
      if (d.lookingAt()) {
        String iso = Dates.iso(d);
        if (iso == null) {
          return null;
        }
        found.putIfAbsent(RuleContext.PUB_TIME, iso);
        pos = d.end();
        continue;
      }
      Matcher ym = YEAR_MONTH.matcher(line).region(pos, n);
      if (ym.lookingAt()) {
        String iso = Dates.normalize(ym.group());
        if (iso == null) {
          return null;
        }
        found.putIfAbsent(RuleContext.PUB_TIME, iso);
        pos = ym.end();
        continue;
      }
      Matcher k = key.matcher(line).region(pos, n);
      if (!k.lookingAt()) {
        return null;
      }
      String field = fieldOfKey.get(k.group(1));
      boolean colon = k.group(2).contains(":") || k.group(2).contains("：");
      int vStart = k.end();
      int vEnd = valueEnd(line, vStart);
      String value = line.substring(vStart, vEnd).strip();
      if (BAD_VALUE.matcher(value).matches() || value.length() > 40) {
        return null;
      }
      boolean date = field.equals(RuleContext.PUB_TIME) || field.equals(DOC_TIME);
      if (!colon) {
        if (date) {
          Matcher dv = Dates.DATE.matcher(value);
          if (!dv.lookingAt()) {
            return null;
          }
        } else if (!(field.equals(RuleContext.REPORTER) || field.equals(RuleContext.AUTHOR))
            || !NAMES.matcher(value).matches()) {
          return null;
        }
      }
      if (colon && (field.equals(RuleContext.REPORTER) || field.equals(RuleContext.AUTHOR))
          && !value.isEmpty() && !NAMES.matcher(value).matches()) {
        return null;
      }
      anyKey = true;
      if (date) {
        String iso = Dates.normalize(value);
        if (iso != null) {
          found.putIfAbsent(field, iso);
        }
      } else if (!field.equals("ignore") && !value.isEmpty()) {
        found.putIfAbsent(field, value);
      }
      pos = vEnd;
    }
    if (!anyKey && !head) {
      return null;
    }
    return found;
  }

  private int valueEnd(String line, int from) {
    int n = line.length();
    for (int i = from; i < n; i++) {
      char c = line.charAt(i);
      if (c == '|' || c == '｜' || c == '丨' || c == '【' || c == '】' || c == '[' || c == ']') {
        return i;
      }
      // a key right where the value should start leaves the value empty (作者： 责任编辑：肖春芳)
      if (keyAhead.matcher(line).region(i, n).lookingAt()) {
        return i;
      }
      if (Character.isWhitespace(c)) {
        if (i + 1 < n && Character.isWhitespace(line.charAt(i + 1))) {
          return i;
        }
        if (keyAhead.matcher(line).region(i, n).lookingAt()) {
          return i;
        }
        Matcher d = Dates.DATE.matcher(line).region(i + 1, n);
        if (d.lookingAt()) {
          return i;
        }
      }
    }
    return n;
  }

  @Override
  public List<String> apply(List<String> lines, RuleContext ctx) {
    List<String> out = new ArrayList<>(lines.size());
    String pubTime = null;
    // the head is counted among the lines that stay, without a first line the title rule will take:
    // a byline this rule removes, or the title line, above a date line must not push the date out of
    // the head on the first pass only (idempotence)
    boolean titleFirst = TitleRule.takesFirstLine(lines, ctx);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int above = out.size() - (titleFirst && !out.isEmpty() && out.get(0) == lines.get(0) ? 1 : 0);
      Map<String, String> fields = parse(line, above < HEAD);
      if (fields == null) {
        out.add(line);
        continue;
      }
      ctx.removed(ID, line);
      Matcher bare = bareKey.matcher(line);
      if (bare.matches() && i + 1 < lines.size() && SocialAccountRule.shortName(lines.get(i + 1))
          && parse(lines.get(i + 1), false) == null) {
        String value = lines.get(++i);
        ctx.removed(ID, value);
        Map<String, String> withValue = parse(line + value, true);
        if (withValue != null) {
          fields = withValue;
        }
      }
      String docTime = fields.get(DOC_TIME);
      if (docTime != null) {
        ctx.extract(ID, RuleContext.PUB_TIME, docTime);
      }
      if (pubTime == null) {
        pubTime = fields.get(RuleContext.PUB_TIME);
      }
      for (String f : List.of(
          RuleContext.SOURCE_NAME, RuleContext.EDITOR, RuleContext.REPORTER, RuleContext.AUTHOR)) {
        ctx.extract(ID, f, fields.get(f));
      }
    }
    // after the whole page is read: a document's own date (doc_time) won above if there was one
    ctx.extract(ID, RuleContext.PUB_TIME, pubTime);
    return out;
  }
}
