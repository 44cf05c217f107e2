package org.zhnorm.text.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Widget families that are not whole-line patterns: error-report buttons glued to a metadata line,
 * detail promos, and the families' already-clean and near-miss cases.
 */
class WidgetRulesTest {
  private static final Cleaner CLEANER = Cleaner.standard();

  private static CleanResult between(String line) {
    return CLEANER.clean(Fixtures.P1 + "\n" + line + "\n" + Fixtures.P2, PageHints.NONE, true);
  }

  @Test
  void errorReportButtonGoesAndTheEditorIsRead() {
    // adbar/trafilatura @ e90b0ef5 tests/ xinhuanet.com.c_1125597921.html (Apache-2.0): the line as extracted
    CleanResult r = CLEANER.clean(Fixtures.P1 + "\n" + Fixtures.P2 + "\n【纠错】 责任编辑： 焦鹏", PageHints.NONE, true);
    assertThat(r.text()).isEqualTo(Fixtures.P1 + "\n" + Fixtures.P2);
    assertThat(r.metadata().editor()).isEqualTo("焦鹏");
    assertThat(r.hits()).containsKey("error-report");
  }

  @Test
  void trailingShareButtonIsCutFromASourceLine() {
    CleanResult r = CLEANER.clean(Fixtures.P1 + "\n" + Fixtures.P2 + "\n来源：新华网 分享到", PageHints.NONE, true);
    assertThat(r.text()).isEqualTo(Fixtures.P1 + "\n" + Fixtures.P2);
    assertThat(r.metadata().sourceName()).isEqualTo("新华网");
  }

  @Test
  void aWordEndingInShareIsNotAButton() {
    String title = "基层党建工作经验分享";
    assertThat(between(title).text()).contains(title);
    // immortal-autumn/Chinese-Web-Content-Extraction-Dataset @ 99d0ef08 cleaned/d5bced5e (MIT)
    String event = "2008年11月9日 2008分享爱心演唱会 大韩民国 首尔奥林匹克公园体操竞技场";
    assertThat(between(event).text()).contains(event);
  }

  @Test
  void detailPromosGo() {
    // the family's common shapes (a details link, a read-more button), as such promos are written
    for (String promo : new String[] {"点击查看详情>>", "查看详情", "阅读全文", "展开全文", "点击阅读原文", "文章详情", "【详情】"}) {
      CleanResult r = between(promo);
      assertThat(r.text()).as(promo).isEqualTo(Fixtures.P1 + "\n" + Fixtures.P2);
      assertThat(r.hits()).as(promo).containsKey("detail-promo");
    }
  }

  @Test
  void sentencesAboutDetailsOrPrintingStay() {
    for (String s : new String[] {"详情请咨询当地村委会，电话另行公布。", "他把全文打印出来，逐字逐句地读。",
        "林義雄停止禁食聲明全文"}) {
      assertThat(between(s).text()).as(s).contains(s);
    }
  }

  @Test
  void alreadyCleanTextIsUnchanged() {
    String clean = Fixtures.P1 + "\n" + Fixtures.P2;
    CleanResult r = CLEANER.clean(clean, PageHints.NONE, true);
    assertThat(r.text()).isEqualTo(clean);
    for (String id : new String[] {"error-report", "font-size-control", "print-control", "pager", "detail-promo",
        "wechat-menu", "site-banner", "recommended-block", "comment-thread"}) {
      assertThat(r.hits()).doesNotContainKey(id);
    }
  }
}
