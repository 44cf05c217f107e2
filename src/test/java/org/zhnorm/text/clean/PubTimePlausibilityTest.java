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

  @Test
  void birthDatesInABiographyAreSkipped() {
    // a biography's opening (cn_web_gold d5bced5e, MIT, names a singer born 1976): the shape, not its words
    String bio = "金钟国，1976年4月25日出生于韩国京畿道安养市，韩国男歌手、主持人。";
    String life = "鲁迅（1881年9月25日—1936年10月19日），原名周樟寿，中国现代文学家。";
    CleanResult r = CLEANER.clean(bio + "\n" + life + "\n" + Fixtures.P1, PageHints.NONE, false);
    assertThat(r.metadata().pubTime()).isNull();
    CleanResult dated = CLEANER.clean(bio + "\n发布时间：2020-04-17 08:18\n" + Fixtures.P1, PageHints.NONE, false);
    assertThat(dated.metadata().pubTime()).isEqualTo("2020-04-17T08:18");
  }

  @Test
  void theTimeOfDayIsKept() {
    CleanResult r = CLEANER.clean("2004年07月16日08:18 来源：新华网\n" + Fixtures.P1, PageHints.NONE, false);
    assertThat(r.metadata().pubTime()).isEqualTo("2004-07-16T08:18");
    CleanResult s = CLEANER.clean("2005-06-14 03:25:55\n" + Fixtures.P1, PageHints.NONE, false);
    assertThat(s.metadata().pubTime()).isEqualTo("2005-06-14T03:25:55");
  }

  @Test
  void anEventDateInTheStoryWithoutAYearIsNotTaken() {
    CleanResult r = CLEANER.clean("据应急管理厅消息：3月11日1时39分，某县一家制药公司发生一起爆炸事故。\n" + Fixtures.P1, PageHints.NONE, false);
    assertThat(r.metadata().pubTime()).isNull();
  }
}
