package org.zhnorm.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TextScoreTest {
  private static final String ARTICLE = "人生如戏。一夜之间，它可以让一个穷光蛋成为百万富翁。";

  @Test
  void identicalTextsScoreOne() {
    TextScore s = TextScore.of(ARTICLE, ARTICLE);
    assertThat(s.precision()).isEqualTo(1.0);
    assertThat(s.recall()).isEqualTo(1.0);
    assertThat(s.f1()).isEqualTo(1.0);
  }

  @Test
  void disjointTextsScoreZero() {
    TextScore s = TextScore.of("甲乙丙丁", "戊己庚辛");
    assertThat(s.overlap()).isZero();
    assertThat(s.f1()).isZero();
  }

  @Test
  void whitespaceIsIgnored() {
    String spaced = "　　人生 如戏。\n\n一夜之间，\t它可以让一个穷光蛋成为百万富翁。\u00A0";
    assertThat(TextScore.of(spaced, ARTICLE).f1()).isEqualTo(1.0);
  }

  @Test
  void scriptIsIgnored() {
    assertThat(TextScore.of("無性婚姻問題嚴重", "无性婚姻问题严重").f1()).isEqualTo(1.0);
  }

  @Test
  void extraTextLowersPrecisionOnly() {
    TextScore s = TextScore.of(ARTICLE + "版权所有，未经授权不得转载。", ARTICLE);
    assertThat(s.recall()).isEqualTo(1.0);
    assertThat(s.precision()).isLessThan(1.0);
    assertThat(s.precision()).isCloseTo((double) s.overlap() / s.predicted(), within(1e-12));
  }

  @Test
  void bigramsAreAMultiset() {
    // gold has 哈哈 three times, output once: only one counts.
    TextScore s = TextScore.of("哈哈", "哈哈哈哈");
    assertThat(s.overlap()).isEqualTo(1);
    assertThat(s.gold()).isEqualTo(3);
    assertThat(s.precision()).isEqualTo(1.0);
  }

  @Test
  void emptyCases() {
    assertThat(TextScore.of("", "").f1()).isEqualTo(1.0);
    assertThat(TextScore.of(null, " \n").f1()).isEqualTo(1.0);
    assertThat(TextScore.of("", ARTICLE).f1()).isZero();
    assertThat(TextScore.of(ARTICLE, "").f1()).isZero();
    assertThat(TextScore.of("字", "字").f1()).isEqualTo(1.0);
  }

  @Test
  void microSumAddsCounts() {
    TextScore a = TextScore.of("甲乙丙", "甲乙丙");
    TextScore b = TextScore.of("丁戊", "己庚辛壬");
    TextScore sum = a.plus(b);
    assertThat(sum.overlap()).isEqualTo(2);
    assertThat(sum.predicted()).isEqualTo(3);
    assertThat(sum.gold()).isEqualTo(5);
  }
}
