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
    // cn_web_gold d5bced5e (MIT): a wiki lede's open life span after a citation mark, and its infobox
    String lede = "金锺国 [1] [2] （韩语： 김종국 ，英语： Kim Jong Kook ，1976年4月25日 [3] － ）， 韩国 男艺人，Running Man成员";
    assertThat(lifeDate(lede, "1976年4月25日")).isTrue();
    String infobox = "出生 ( 1976-04-25 ) 1976年4月25日 （ 45岁）";
    assertThat(lifeDate(infobox, "1976-04-25")).isTrue();
    assertThat(lifeDate(infobox, "1976年4月25日")).isTrue();
    // the family's closed life span
    assertThat(lifeDate("鲁迅（1881年9月25日—1936年10月19日），原名周樟寿。", "1936年10月19日")).isTrue();
    assertThat(lifeDate("发布时间：2020-04-17 08:18 来源：新华网", "2020-04-17 08:18")).isFalse();
  }

  /** Plausibility.lifeDate at the first place {@code date} stands in {@code text}. */
  private static boolean lifeDate(String text, String date) {
    int at = text.indexOf(date);
    assertThat(at).as("the date is in the text").isNotNegative();
    return Plausibility.lifeDate(text, at, at + date.length());
  }
}
