package org.zhnorm.text.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class ChineseNumberTest {
  private static BigDecimal n(String s) {
    return ChineseNumber.parse(s);
  }

  @Test
  void arabicIntegersAndDecimals() {
    assertThat(n("17947")).isEqualByComparingTo("17947");
    assertThat(n("72.8")).isEqualByComparingTo("72.8");
    assertThat(n("16.59")).isEqualByComparingTo("16.59");
  }

  @Test
  void fullWidthDigitsAndPoint() {
    assertThat(n("１７９４７")).isEqualByComparingTo("17947");
    assertThat(n("７２．８")).isEqualByComparingTo("72.8");
  }

  @Test
  void thousandsSeparators() {
    assertThat(n("1,234,567")).isEqualByComparingTo("1234567");
    assertThat(n("12,345.5")).isEqualByComparingTo("12345.5");
  }

  @Test
  void scalesAfterArabicAreExact() {
    assertThat(n("16.59万")).isEqualTo(new BigDecimal("165900"));
    assertThat(n("1.08亿")).isEqualTo(new BigDecimal("108000000"));
    assertThat(n("1400万")).isEqualTo(new BigDecimal("14000000"));
    assertThat(n("13.5万")).isEqualTo(new BigDecimal("135000"));
    assertThat(n("3千")).isEqualTo(new BigDecimal("3000"));
  }

  @Test
  void chineseNumeralsWithPositions() {
    assertThat(n("三十五")).isEqualByComparingTo("35");
    assertThat(n("一千二百")).isEqualByComparingTo("1200");
    assertThat(n("十")).isEqualByComparingTo("10");
    assertThat(n("十五")).isEqualByComparingTo("15");
    assertThat(n("一千零五")).isEqualByComparingTo("1005");
    assertThat(n("一万二千")).isEqualByComparingTo("12000");
    assertThat(n("十亿")).isEqualByComparingTo("1000000000");
    assertThat(n("两")).isEqualByComparingTo("2");
  }

  @Test
  void chineseDigitStringsWithCircleZero() {
    assertThat(n("二○○一")).isEqualByComparingTo("2001");
    assertThat(n("二〇二三")).isEqualByComparingTo("2023");
    assertThat(n("一九九八")).isEqualByComparingTo("1998");
  }

  @Test
  void percentWords() {
    assertThat(n("百分之三十五")).isEqualByComparingTo("35");
    assertThat(n("百分之七十二")).isEqualByComparingTo("72");
  }

  @Test
  void rejectsNonNumbers() {
    assertThatThrownBy(() -> n("")).isInstanceOf(NumberFormatException.class);
    assertThatThrownBy(() -> n("x.x亿")).isInstanceOf(NumberFormatException.class);
    assertThatThrownBy(() -> n("万")).isInstanceOf(NumberFormatException.class);
    assertThatThrownBy(() -> n("十十")).isInstanceOf(NumberFormatException.class);
    assertThatThrownBy(() -> n("3五")).isInstanceOf(NumberFormatException.class);
    assertThatThrownBy(() -> n("十百")).isInstanceOf(NumberFormatException.class);
    assertThat(ChineseNumber.isNumber("abc")).isFalse();
  }

  @Property
  void arabicRoundTrips(@ForAll @LongRange(min = 0, max = 999_999_999_999L) long v) {
    assertThat(n(Long.toString(v))).isEqualByComparingTo(BigDecimal.valueOf(v));
  }

  @Property
  void wanScaleIsExact(@ForAll @LongRange(min = 1, max = 99_999_999L) long cents) {
    BigDecimal x = BigDecimal.valueOf(cents, 2); // e.g. 16.59
    assertThat(n(x.toPlainString() + "万")).isEqualByComparingTo(x.multiply(BigDecimal.valueOf(10_000)));
  }

  @Property
  void chineseBelowTenThousandMatchesArabic(@ForAll @LongRange(min = 1, max = 9999) long v) {
    assertThat(n(toChinese((int) v))).isEqualByComparingTo(BigDecimal.valueOf(v));
  }

  /** Writes 1..9999 in Chinese numerals independently of the parser (一千零五, 三十五, 十). */
  private static String toChinese(int v) {
    String d = "零一二三四五六七八九";
    String[] pos = {"千", "百", "十", ""};
    int[] div = {1000, 100, 10, 1};
    StringBuilder sb = new StringBuilder();
    boolean zero = false;
    for (int i = 0; i < 4; i++) {
      int digit = (v / div[i]) % 10;
      if (digit == 0) {
        zero = sb.length() > 0;
        continue;
      }
      if (zero) {
        sb.append('零');
        zero = false;
      }
      if (!(digit == 1 && i == 2 && sb.length() == 0)) {
        sb.append(d.charAt(digit));
      }
      sb.append(pos[i]);
    }
    return sb.toString();
  }
}
