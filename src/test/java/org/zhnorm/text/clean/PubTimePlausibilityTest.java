package org.zhnorm.text.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.zhnorm.text.dates.Plausibility;

/** A publish time is never after the run's date, never a birth or death date, and keeps its precision. */
class PubTimePlausibilityTest {
  private static final Cleaner CLEANER = Cleaner.standard();

  @Test
  void aDateAfterTheRunDateIsNoPublishTime() {
    String future = Plausibility.latestPubDate().plusYears(70).getYear() + "-01-05";
    CleanResult r = CLEANER.clean("发布时间：" + future + "\n" + Fixtures.P1, PageHints.NONE, true);
    assertThat(r.metadata().pubTime()).isNull();
  }

  /** cn_web_gold d5bced5e (MIT): a wiki biography's lede, its infobox line and a sentence of its story. */
  static final String LEDE = "金锺国 [1] [2] （韩语： 김종국 ，英语： Kim Jong Kook ，1976年4月25日 [3] － ）， 韩国 男艺人，Running Man成员，曾为三人男子组合 Turbo 成员，至2000年独立发展，2001年推出首张个人专辑。金锺国于2005年凭《讨人喜欢》一曲风靡全韩国，并于同年横扫三大地面电视台的音乐大奖，成为韩国乐坛近二十年来唯一一位三冠个人得主。2015年12月2日，金锺国透过官方粉丝俱乐部宣告睽违15年的Turbo于同年12月21日发表新专辑回归。目前是韩国综艺节目《 星期天真好 － Running Man 》的固定成员之一 [4] ，拥有“能力者”、“斯巴达国斯”及“国教练”等称号。2015年12月21日， Turbo 新专辑以三人完整体重新回归。";
  static final String INFOBOX = "出生 ( 1976-04-25 ) 1976年4月25日 （ 45岁）";
  static final String STORY = "因为迟报户口，在身份证上登记为1977年4月25日，但实际上是1976年4月25日。大部分资料网站皆已更正，但仍有少部分旧资料网站未更正。";

  @Test
  void realBirthDatesAndStoryDatesOfABiographyAreNoPublishTime() {
    for (String line : new String[] {LEDE, INFOBOX, STORY}) {
      CleanResult r = CLEANER.clean(line + "\n" + Fixtures.P1, PageHints.NONE, false);
      assertThat(r.metadata().pubTime()).as(line).isNull();
    }
    CleanResult all = CLEANER.clean(String.join("\n", LEDE, INFOBOX, STORY, Fixtures.P1), PageHints.NONE, false);
    assertThat(all.metadata().pubTime()).isNull();
    // a page's own date line still wins over them (the gold date of d5bced5e is 2020-4-17)
    CleanResult dated = CLEANER.clean(LEDE + "\n发布时间：2020-04-17 08:18\n" + Fixtures.P1, PageHints.NONE, false);
    assertThat(dated.metadata().pubTime()).isEqualTo("2020-04-17T08:18");
  }

  @Test
  void aLifeSpanIsNoPublishTime() {
    // the family's closed form (an open one is in the lede above)
    String life = "鲁迅（1881年9月25日—1936年10月19日），原名周樟寿，中国现代文学家。";
    assertThat(CLEANER.clean(life + "\n" + Fixtures.P1, PageHints.NONE, false).metadata().pubTime()).isNull();
  }

  @Test
  void aDateOpeningALedeIsStillTheDate() {
    // near miss of the story-date check: a date at the start of a line of prose is a dateline
    CleanResult r = CLEANER.clean("2022年2月6日，" + Fixtures.P1, PageHints.NONE, false);
    assertThat(r.metadata().pubTime()).isEqualTo("2022-02-06");
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
      // cn_web_gold 7c6d2080, 91bdf33e, 9890f458, 59562291 (MIT): real date lines, minute and second kept
      "BUSINESS.SOHU.COM 2004年7月16日08:19|2004-07-16T08:19",
      "2022.01.20 16:31|2022-01-20T16:31",
      "发布时间：2022-02-13 04:22:18 来源： 云南日报|2022-02-13T04:22:18",
      "2005-06-14 03:25:55|2005-06-14T03:25:55"})
  void realDateLinesKeepTheirPrecision(String line, String iso) {
    assertThat(CLEANER.clean(line + "\n" + Fixtures.P1, PageHints.NONE, false).metadata().pubTime()).isEqualTo(iso);
  }

  @Test
  void anEventDateInTheStoryWithoutAYearIsNotTaken() {
    CleanResult r = CLEANER.clean("据应急管理厅消息：3月11日1时39分，某县一家制药公司发生一起爆炸事故。\n" + Fixtures.P1, PageHints.NONE, false);
    assertThat(r.metadata().pubTime()).isNull();
  }
}
