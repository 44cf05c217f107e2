package org.zhnorm.text.clean;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes pinyin readings inserted after characters: {@code 華州區(qū)} becomes {@code 華州區}. Fires only
 * on the shape Han character, parenthesis, Latin letters carrying at least one tone mark that spell
 * a real syllable once the marks are taken off, parenthesis. So {@code 天空实验室(skylab)},
 * {@code 第一场(a)}, {@code 93(01)班}, {@code 黨(工)委} keep their parentheses.
 */
final class PinyinAnnotationRule extends InlineRule {
  static final String ID = "pinyin-annotation";
  /**
   * The parenthesis first, then the Han character before it (a lookbehind over both): the same matches
   * as a lookbehind for the Han character ahead of the parenthesis, without asking each position of the
   * line for its script.
   */
  private static final Pattern ANNOTATION =
      Pattern.compile("[(（](?<=\\p{IsHan}[(（])([a-zA-Z\\u00C0-\\u024F\\u0300-\\u036F]{1,8})[)）]");
  private static final Pattern TONE = Pattern.compile("[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]");
  private final Set<String> syllables = new HashSet<>(RuleData.entries("pinyin-syllables.txt"));

  boolean isPinyin(String letters) {
    String lower = Normalizer.normalize(letters, Normalizer.Form.NFC).toLowerCase(java.util.Locale.ROOT);
    if (!TONE.matcher(lower).find()) {
      return false;
    }
    StringBuilder bare = new StringBuilder();
    String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (c == '\u0308') {
        bare.append('\u0308');
      } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
        bare.append(c);
      }
    }
    String syllable = Normalizer.normalize(bare.toString(), Normalizer.Form.NFC);
    return syllables.contains(syllable);
  }

  PinyinAnnotationRule() {
    super(ID, "Removes a pinyin reading in parentheses right after a Han character (tone-marked letters"
        + " spelling a real syllable), e.g. 華州區(qū) -> 華州區, 村(社區(qū)) -> 村(社區); keeps 天空实验室(skylab), 第一场(a), 93(01)班, 黨(工)委.");
  }

  @Override
  String rewrite(String line, RuleContext ctx) {
    if (line.indexOf('(') < 0 && line.indexOf('（') < 0) {
      return line;
    }
    Matcher m = ANNOTATION.matcher(line);
    StringBuilder sb = null;
    int last = 0;
    while (m.find()) {
      if (!isPinyin(m.group(1))) {
        continue;
      }
      if (sb == null) {
        sb = new StringBuilder(line.length());
      }
      sb.append(line, last, m.start());
      ctx.removed(ID, m.group());
      last = m.end();
    }
    if (sb == null) {
      return line;
    }
    sb.append(line, last, line.length());
    return sb.toString();
  }
}
