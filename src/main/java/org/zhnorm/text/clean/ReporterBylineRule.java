package org.zhnorm.text.clean;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads and removes the reporter bylines and editor notes of Taiwan, Hong Kong and mainland
 * outlets that are not {@code key:value} fields (those are {@link MetadataLineRule}'s):
 *
 * <ul>
 *   <li>a bracketed byline opening or closing a paragraph: {@code 〔記者施曉光、吳亮儀╱台北報導〕},
 *       {@code （記者王小明／台北報導）}, {@code （中央社記者王小明台北4日電）};
 *   <li>a byline line: {@code 記者王小明／台北報導}, {@code 楊舒媚／台北報導} (a desk such as {@code
 *       地方中心／桃園報導} is removed but names no reporter; {@code 記者鄭清元╱攝影} is a photo credit);
 *   <li>a byline line without the slash, after the date and time and before the area:
 *       {@code 2014/03/19 18:58 彭佳芸 黃翊真 報導 地區：台北市報導}; the date and time stay as a line of
 *       their own for {@code metadata-line};
 *   <li>an editor note closing a paragraph or alone, {@code （责编：王小明）}, {@code (責任編輯：李四)}: read,
 *       and left in the text (news sites' own article text ends with it);
 *   <li>a bracketed photo credit closing a caption ({@code （記者劉信德攝）}): removed, not an author.
 * </ul>
 */
final class ReporterBylineRule extends InlineRule {
  static final String ID = "reporter-byline";
  private static final String NAMES = "[\\p{IsHan}·]{2,4}(?:[、,， ][\\p{IsHan}·]{2,4}){0,5}";
  private static final String SLASH = "\\s*[╱／/]\\s*";
  private static final String REPORTED = "(?:報導|报导|報道|报道)";
  private static final String OPEN = "[〔（(\\[【]";
  private static final String CLOSE = "[〕）)\\]】]";
  /** 〔記者…╱台北報導〕 or （記者…／台北報導） at the start or the end of a line. */
  private static final Pattern BRACKETED = Pattern.compile(
      OPEN + "\\s*(?:記者|记者)?\\s*(" + NAMES + ")" + SLASH + "[\\p{IsHan}]{1,8}\\s*" + REPORTED + "\\s*" + CLOSE);
  /** （中央社記者王小明台北4日電）: the names run into the place; the day and 電 end it. */
  private static final Pattern CNA = Pattern.compile(
      OPEN + "\\s*中央社(?:記者|记者)((?:[\\p{IsHan}]{2,3}、)*)([\\p{IsHan}]{4,9})\\s*[0-9]{1,2}\\s*日\\s*(?:電|电)\\s*" + CLOSE);
  /** A line that is only a byline: (記者)names／place報導. */
  private static final Pattern LINE = Pattern.compile(
      "(?:記者|记者)?\\s*(" + NAMES + ")" + SLASH + "[\\p{IsHan}]{1,8}\\s*" + REPORTED);
  /** [date time] names 報導 [地區：place(報導)]: the byline line of a TV news site, names set off by spaces. */
  private static final Pattern DATED_LINE = Pattern.compile(
      "((?:[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}|[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日)\\s*(?:[0-9]{1,2}[:：][0-9]{2}(?:[:：][0-9]{2})?)?)?"
          + "\\s*(?:記者|记者)?\\s*(" + NAMES + ")\\s+" + REPORTED
          + "(?:\\s*(?:地區|地区)\\s*[:：]\\s*[\\p{IsHan}]{1,8}?\\s*" + REPORTED + "?)?");
  /** A photo credit line: 記者鄭清元╱攝影. */
  private static final Pattern PHOTO = Pattern.compile(
      "(?:記者|记者)?\\s*" + NAMES + SLASH + "(?:攝影|摄影|攝|摄|翻攝|翻摄)");
  /** A bracketed photo credit closing a caption: （記者劉信德攝）, （資料照，記者溫于德攝）, （記者林調遜／攝影）. */
  private static final Pattern PHOTO_BRACKETED = Pattern.compile(
      OPEN + "\\s*(?:資料照|资料照|翻攝|翻摄)?[，,]?\\s*(?:記者|记者)\\s*" + NAMES + "(?:" + SLASH + ")?(?:攝影|摄影|攝|摄)\\s*" + CLOSE);
  /** （责编：王小明） closing a paragraph. */
  private static final Pattern EDITOR = Pattern.compile(
      OPEN + "\\s*(?:责编|責編|责任编辑|責任編輯|编辑|編輯)\\s*[:：]\\s*(" + NAMES + ")\\s*" + CLOSE);
  /** A line none of these patterns can match in (most lines) is left as it is without running them. */
  static final List<RequiredLiterals> GUARDS = Stream.of(BRACKETED, CNA, LINE, DATED_LINE, PHOTO, PHOTO_BRACKETED, EDITOR)
      .map(RequiredLiterals::of).toList();
  /** A name ending like this is a desk or a unit, not a reporter. */
  private static final Pattern DESK = Pattern.compile(".*(?:中心|組|组|部|台|室|社)$|綜合|综合");

  ReporterBylineRule() {
    super(ID, "Reads and removes reporter bylines of Taiwan/Hong Kong outlets and bracketed editor notes:"
        + " 〔記者施曉光、吳亮儀╱台北報導〕, （記者王小明／台北報導）, （中央社記者王小明台北4日電）, a line 楊舒媚／台北報導"
        + " or 2014/03/19 18:58 彭佳芸 黃翊真 報導 地區：台北市報導 (the date stays for metadata-line)"
        + " (a desk such as 地方中心／桃園報導 names no reporter; 記者鄭清元╱攝影 is a photo credit); reads the editor of a closing"
        + " （责编：王小明） and leaves it in the text.");
  }

  @Override
  String rewrite(String line, RuleContext ctx) {
    if (GUARDS.stream().noneMatch(g -> g.mayFind(line))) {
      return line;
    }
    if (line.length() <= 40) {
      Matcher l = LINE.matcher(line);
      if (l.matches()) {
        reporter(l.group(1), ctx);
        ctx.removed(ID, line);
        return "";
      }
      Matcher dated = DATED_LINE.matcher(line.strip());
      // with the date or 記者 only: two words and 報導 alone may be a section name (深度 報導)
      if (dated.matches() && (dated.group(1) != null || line.contains("記者") || line.contains("记者"))) {
        reporter(dated.group(2), ctx);
        ctx.removed(ID, line);
        return dated.group(1) == null ? "" : dated.group(1).strip();
      }
      if (PHOTO.matcher(line).matches()) {
        ctx.removed(ID, line);
        return "";
      }
    }
    String out = line;
    out = cut(out, BRACKETED, ctx, m -> reporter(m.group(1), ctx));
    out = cut(out, CNA, ctx, m -> reporter(cnaNames(m.group(1), m.group(2)), ctx));
    // the editor note is read but stays: gold texts of news pages keep it as the article's last words
    Matcher editor = EDITOR.matcher(out);
    while (editor.find()) {
      if (out.substring(editor.end()).isBlank()) {
        ctx.extract(ID, RuleContext.EDITOR, editor.group(1));
      }
    }
    out = cut(out, PHOTO_BRACKETED, ctx, m -> { });
    return out;
  }

  /** Cuts a match at the start or the end of the line (nowhere else: inside a sentence it is text). */
  private static String cut(String line, Pattern p, RuleContext ctx, java.util.function.Consumer<Matcher> use) {
    Matcher m = p.matcher(line);
    if (m.lookingAt()) {
      use.accept(m);
      ctx.removed(ID, m.group());
      return line.substring(m.end()).strip();
    }
    Matcher end = p.matcher(line);
    int start = -1;
    while (end.find()) {
      if (end.end() == line.length() || line.substring(end.end()).isBlank()) {
        start = end.start();
        use.accept(end);
        ctx.removed(ID, end.group());
        break;
      }
    }
    return start < 0 ? line : line.substring(0, start).strip();
  }

  private static void reporter(String names, RuleContext ctx) {
    String n = names.strip();
    if (!DESK.matcher(n).matches()) {
      ctx.extract(ID, RuleContext.REPORTER, n);
    }
  }

  /** 王小明台北 -> 王小明: a name of three characters (the usual length) before a place of two or more. */
  static String cnaNames(String listed, String nameAndPlace) {
    int nameLength = nameAndPlace.length() >= 5 ? 3 : 2;
    return listed + nameAndPlace.substring(0, nameLength);
  }
}
