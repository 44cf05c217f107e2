package org.zhnorm.text.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhnorm.text.segment.RuleTokens.of;
import static org.zhnorm.text.segment.RuleTokens.show;

import java.util.List;
import org.junit.jupiter.api.Test;

class NumberUnitMergeTest {
  private static List<String> merged(String... wordPos) {
    return show(NumberUnitMerge.apply(of(wordPos)));
  }

  @Test
  void numberAndMeasureWordBecomeOneToken() {
    assertThat(merged("共有/v", "309/m", "名/q", "党员/nnt")).containsExactly("共有/v", "309名/mq", "党员/nnt");
  }

  @Test
  void magnitudeApproximationAndCurrencyJoin() {
    assertThat(merged("1400/m", "多/a", "万元/q")).containsExactly("1400多万元/mq");
    assertThat(merged("10/m", "余/ng", "万元/q")).containsExactly("10余万元/mq");
    assertThat(merged("1.08/m", "亿元/q")).containsExactly("1.08亿元/mq");
  }

  @Test
  void splitDecimalAndPercentJoinAsNumber() {
    assertThat(merged("３４/m", "．/w", "１/m", "％/w")).containsExactly("３４．１％/m");
    assertThat(merged("34.1/m", "%/nx")).containsExactly("34.1%/m");
  }

  @Test
  void dateUnitsStaySeparateFromEachOther() {
    assertThat(merged("2023/m", "年/qt", "6月/t", "20/m", "日/b"))
        .containsExactly("2023年/mq", "6月/t", "20日/mq");
  }

  @Test
  void chineseDigitYearsAndDaysAfterAMonthJoin() {
    assertThat(merged("二○○一/m", "年/qt", "十二月/t", "三十一/m", "日/b"))
        .containsExactly("二○○一年/mq", "十二月/t", "三十一日/mq");
  }

  @Test
  void chineseNumeralDurationsAndOrdinalsStaySplit() {
    assertThat(merged("三/m", "年/qt", "发展/vn")).containsExactly("三/m", "年/qt", "发展/vn");
    assertThat(merged("第一/mq", "书记/nnt")).containsExactly("第一/mq", "书记/nnt");
    assertThat(merged("三十一/m", "日/b")).containsExactly("三十一/m", "日/b");
  }

  @Test
  void onlyAdjacentTokensJoin() {
    assertThat(merged("57/m", "_项/q")).containsExactly("57/m", "项/q");
  }

  @Test
  void nounsAfterNumbersAreNotUnits() {
    assertThat(merged("100/m", "党员/nnt")).containsExactly("100/m", "党员/nnt");
    assertThat(merged("2023/m", "-/nx", "06/m")).containsExactly("2023/m", "-/nx", "06/m");
  }

  @Test
  void alreadyMergedAndEmptyInputUnchanged() {
    assertThat(merged("309名/mq", "党员/nnt")).containsExactly("309名/mq", "党员/nnt");
    assertThat(NumberUnitMerge.apply(List.of())).isEmpty();
  }
}
