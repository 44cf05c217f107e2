package org.zhnorm.io.dump;

import java.util.regex.Pattern;

/** The {@code han-question-dot} repair (docs/REPAIRS.md). */
final class HanQuestionDotRepair implements RepairChain.Repair {
  @Override
  public String id() {
    return "han-question-dot";
  }

  @Override
  public String description() {
    return "ASCII `?` read as a lost `·`: between single Han characters repeated as a list (`X?Y?Z`), between 1–2-character items bounded by non-Han text, or between two runs of at least two transliteration characters (bundled list). Full-width `？` is never touched";
  }

  @Override
  public String example() {
    return "`紅?綠?藍` -> `紅·綠·藍`, `巴兹?奥尔德林` -> `巴兹·奥尔德林`";
  }

  @Override
  public String apply(String text, long[] count) {
    return hanQuestionDot(text, count);
  }

  /** Three or more runs of one or two Han characters joined by ASCII '?': a list (紅?綠?藍). */
  private static final Pattern LIST = Pattern.compile(
      "(?<![\\p{IsHan}?])\\p{IsHan}{1,2}(?:\\?\\p{IsHan}{1,2}){2,}(?![\\p{IsHan}?])");

  /** Three or more single Han characters joined by ASCII '?', inside any text (紅?綠?藍). */
  private static final Pattern SINGLE_LIST = Pattern.compile("\\p{IsHan}(?:\\?\\p{IsHan}){2,}");

  static String hanQuestionDot(String text, long[] count) {
    if (!hasJoiningQuestionMark(text)) {
      return text;
    }
    String single = RepairText.replaceAll(SINGLE_LIST, text, m -> {
      String s = m.group();
      count[0] += s.chars().filter(ch -> ch == '?').count();
      return s.replace('?', '·');
    });
    String out = RepairText.replaceAll(LIST, single, m -> {
      String s = m.group();
      count[0] += s.chars().filter(ch -> ch == '?').count();
      return s.replace('?', '·');
    });
    StringBuilder sb = new StringBuilder(out);
    for (int i = 0; i < sb.length(); i++) {
      if (sb.charAt(i) == '?' && translitRun(sb, i - 1, -1) >= 2 && translitRun(sb, i + 1, 1) >= 2) {
        sb.setCharAt(i, '·');
        count[0]++;
      }
    }
    return sb.toString();
  }

  /**
   * Whether some '?' stands between two Han (or transliteration) characters: every repair below needs
   * one, and most texts with a '?' use it as punctuation, so the patterns are not run on them.
   */
  static boolean hasJoiningQuestionMark(String text) {
    for (int i = text.indexOf('?'); i >= 0; i = text.indexOf('?', i + 1)) {
      if (i > 0 && i < text.length() - 1 && joins(text.codePointBefore(i)) && joins(text.codePointAt(i + 1))) {
        return true;
      }
    }
    return false;
  }

  private static boolean joins(int cp) {
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN || CharData.isTransliteration(cp);
  }

  private static int translitRun(CharSequence s, int from, int step) {
    int n = 0;
    for (int i = from; i >= 0 && i < s.length() && CharData.isTransliteration(s.charAt(i)); i += step) {
      n++;
    }
    return n;
  }
}
