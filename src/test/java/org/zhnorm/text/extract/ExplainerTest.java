package org.zhnorm.text.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExplainerTest {
  @Test
  void listsSectionsAndTheirClaims() {
    String text = "标题\n一、基本情况\n全县建成示范点60个，投入资金1400多万元。\n";
    String out = Explainer.standard().explain(text);
    assertThat(out).contains("§0 body L0").contains("§1 heading L1").contains("heading=基本情况");
    assertThat(out).contains("60个 -> 60 个 (count, exact").contains("1400多万元 -> 14000000 元 CNY (default) (money, at_least lower=14000000)");
  }

  @Test
  void emptyDocumentHasOneEmptySectionAndNoClaims() {
    assertThat(Explainer.standard().explain("")).isEqualTo(String.format("§0 body L0 [0,0)%n"));
  }
}
