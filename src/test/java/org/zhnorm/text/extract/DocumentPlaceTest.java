package org.zhnorm.text.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentPlaceTest {
  private static final DocumentPlace LOCATOR = new DocumentPlace(ClaimExtractor.standard());

  @Test
  void theTitlesPlaceWins() {
    Place p = LOCATOR.locate("渭南市华州区:“红·绿·蓝”党建品牌赋能乡村振兴", "近年来,渭南市华州区坚持党建领航。");
    assertThat(p).isNotNull();
    assertThat(p.province()).isEqualTo("陕西省");
    assertThat(p.county()).isEqualTo("华州区");
  }

  @Test
  void thePlaceNamedMostOftenBeatsAPassingMention() {
    // seed 001: 新宁县 throughout; 和县 is a real county name standing once in "乡镇和县直"
    String text = "今年来,新宁县委以党建为引领。新宁县委坚持将党建工作纳入考核体系。从乡镇和县直机关选派干部。新宁县委以换届为契机。";
    Place p = LOCATOR.locate("看看新宁是如何通过党建引领乡村振兴的?", text);
    assertThat(p).isNotNull();
    assertThat(p.province()).isEqualTo("湖南省");
    assertThat(p.county()).isEqualTo("新宁县");
  }

  @Test
  void noPlaceNoAnswer() {
    assertThat(LOCATOR.locate(null, "乡村振兴战略是党的十九大提出的一项重大战略。")).isNull();
    assertThat(LOCATOR.locate("", "")).isNull();
  }
}
