package org.zhnorm.text.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The hand-written token tests of {@link NumberUnitMerge} agree with the regular expressions they
 * replaced, on every string of up to four symbols over an alphabet of digits, separators, Chinese
 * numerals and other characters (a supplementary one included), and on longer numbers.
 */
class NumberUnitPredicatesTest {
  private static final List<String> ALPHABET = List.of(
      "0", "9", "０", "５", ".", "．", ",", "，", "x", "一", "二", "三", "十", "四", "五", "六", "七", "八", "九", "〇", "○", "零", "年", "𠀀");

  private static List<String> strings(int maxLength) {
    List<String> out = new ArrayList<>(List.of(""));
    List<String> last = List.of("");
    for (int n = 1; n <= maxLength; n++) {
      List<String> next = new ArrayList<>();
      for (String s : last) {
        for (String a : ALPHABET) {
          next.add(s + a);
        }
      }
      out.addAll(next);
      last = next;
    }
    out.addAll(List.of("1,234,567.89", "１２３．４５", "12..3", "1.2.3", ".5", "5.", "二〇二三", "二○○一年", "三十一", "三十二十"));
    return out;
  }

  private static void same(String regex, Predicate<String> code) {
    Pattern p = Pattern.compile(regex);
    int accepted = 0;
    for (String s : strings(4)) {
      boolean expected = p.matcher(s).matches();
      assertThat(code.test(s)).as("%s on '%s'", regex, s).isEqualTo(expected);
      accepted += expected ? 1 : 0;
    }
    assertThat(accepted).as(regex).isPositive();
  }

  @Test
  void numbers() {
    same("[0-9０-９]+([.．,][0-9０-９]+)*", NumberUnitMerge::number);
  }

  @Test
  void digitsOnly() {
    same("[0-9０-９]+", NumberUnitMerge::digitsOnly);
  }

  @Test
  void decimalPoint() {
    same("[.．]", NumberUnitMerge::decimalPoint);
  }

  @Test
  void chineseYear() {
    same("[〇○零一二三四五六七八九]{2,4}", NumberUnitMerge::chineseYear);
  }

  @Test
  void chineseDay() {
    same("[一二三四五六七八九十]|[二三]?十[一二三四五六七八九]?|十[一二三四五六七八九]", NumberUnitMerge::chineseDay);
  }
}
