package org.zhnorm.text.dates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlausibilityTest {
  @Test
  void noPublishDateAfterTheRunDate() {
    assertThat(Plausibility.plausible("2098-01")).isFalse();
    assertThat(Plausibility.plausible(Plausibility.latestPubDate().plusDays(1).toString())).isFalse();
    assertThat(Plausibility.plausible("2022-02-13T07:48")).isTrue();
    assertThat(Plausibility.plausible("1998")).isTrue();
    assertThat(Plausibility.plausible(Plausibility.latestPubDate().toString())).isTrue();
  }

  @Test
  void birthAndDeathDatesAreLifeDates() {
    // a biography's opening (cn_web_gold d5bced5e, MIT) and a life span
    String bio = "金钟国，1976年4月25日出生于韩国京畿道安养市，韩国男歌手、主持人。";
    int at = bio.indexOf("1976");
    assertThat(Plausibility.lifeDate(bio, at, at + "1976年4月25日".length())).isTrue();
    String life = "鲁迅（1881年9月25日—1936年10月19日），原名周樟寿。";
    int end = life.indexOf("1936");
    assertThat(Plausibility.lifeDate(life, end, end + "1936年10月19日".length())).isTrue();
    String posted = "发布时间：2020-04-17 08:18 来源：新华网";
    int p = posted.indexOf("2020");
    assertThat(Plausibility.lifeDate(posted, p, p + "2020-04-17 08:18".length())).isFalse();
  }
}
