package org.zhnorm.text.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** spam-insertion: injected lines and link blocks go; a stray lexicon word in a real sentence stays. */
class SpamRuleTest {
  private final SpamRule rule = new SpamRule();

  private List<String> apply(String... lines) {
    return rule.apply(List.of(lines), new RuleContext(PageHints.NONE, false));
  }

  @Test
  void realLotterySpamLinesGo() {
    // chatnoir-eu/chatnoir-resiliparse @ 70459f0399718955d7dff1dec30781e07af1bbb7 tests/data
    // resiliparse_warcfile.warc.gz (Apache-2.0): a hijacked page's lottery-tip lines
    for (String spam : List.of("三分平特一肖本斤10800", "3分pk 定位9.9 ③③信誉平台", "三分平特一肖本金6000")) {
      assertThat(apply(Fixtures.P1, spam, Fixtures.P2)).as(spam).containsExactly(Fixtures.P1, Fixtures.P2);
    }
  }

  @Test
  void realHijackedTitlesAreNoTitleAndRealTitlesAboutLotteriesStay() {
    // resiliparse_warcfile.warc.gz (Apache-2.0, src/test/resources/dump/PROVENANCE.txt): a company site's pages
    // whose <title> was replaced by adult or lottery spam; the body lines are the same records' own text
    Cleaner cleaner = Cleaner.standard();
    String steel = "上海特舟实业有限公司\n耐磨板特价销售NM360 20*2000*80000 5500\n" + Fixtures.P1;
    for (String injected : List.of("亚洲精品无码免费视频 亚洲精品无码免费视频 含羞草视频独家共享", "香港最快开奖现场直84期_主页")) {
      CleanResult r = cleaner.clean(steel, new PageHints("http://041696.com/15477/list_6_4.html", injected, null), true);
      // the injected title is no hint: the page's own first line, the company's name, is its title
      assertThat(r.metadata().title()).as(injected).isEqualTo("上海特舟实业有限公司");
      assertThat(r.text()).as(injected).contains("耐磨板特价销售");
      CleanResult bare = cleaner.clean(Fixtures.P1 + "\n" + Fixtures.P2, new PageHints(null, injected, null), true);
      // with no title-like first line, the lead-clause fallback, never the injected title
      assertThat(bare.metadata().title()).as(injected).isEqualTo("自倍增工程实施以来");
    }
    // the same WARC's unhijacked company titles, and cn_web_gold 0d931936 (MIT): a news story about a lottery winner
    for (String real : List.of("上海聚一行工艺礼品有限公司——提供商务礼品，庆典礼品，会议礼品，工艺品", "中山英才网(0760.jxtdw.com)",
        "四年前中500万现穷困潦倒 一夜暴富后如何经营")) {
      CleanResult r = cleaner.clean(Fixtures.P1 + "\n" + Fixtures.P2, new PageHints(null, real, null), true);
      assertThat(r.metadata().title()).isEqualTo(real);
    }
  }

  /** The #PAGE and #BLOCK parts of spam/warc-404-link-block.txt. */
  private static List<List<String>> linkBlockPage() {
    return Fixtures.parts("spam/warc-404-link-block.txt", "#PAGE", "#BLOCK");
  }

  @Test
  void realSeoLinkBlockWrittenOneItemALineGoesWhole() {
    // resiliparse WARC (Apache-2.0): 25 items, casino brands the lexicon does not name among them
    List<List<String>> p = linkBlockPage();
    List<String> all = new java.util.ArrayList<>(p.get(0));
    all.addAll(p.get(1));
    assertThat(rule.apply(all, new RuleContext(PageHints.NONE, false))).isEqualTo(p.get(0));
    List<String> withArticle = new java.util.ArrayList<>(List.of(Fixtures.P1, Fixtures.P2));
    withArticle.addAll(p.get(1));
    withArticle.add(Fixtures.P1);
    assertThat(rule.apply(withArticle, new RuleContext(PageHints.NONE, false)))
        .containsExactly(Fixtures.P1, Fixtures.P2, Fixtures.P1);
  }

  @Test
  void realShortLinesWithFewSpamItemsLoseOnlyThoseItems() {
    // near miss: the block's first nine lines (the site's menu, two spam items): no block, the two items go
    List<String> head = linkBlockPage().get(1).subList(0, 9);
    List<String> out = rule.apply(head, new RuleContext(PageHints.NONE, false));
    assertThat(out).containsExactly("车型大全", "最全面的车型信息", "811tyc.com", "菲律宾申博娱乐网登入", "车型图库", "最海量的汽车 图片",
        "11msc.net");
    // adbar/trafilatura @ e90b0ef5 tests/ archive.org.he.xinhuanet.com.25340717.html (Apache-2.0): a real list of
    // short headlines and menu items without spam stays as it is
    List<String> headlines = List.of("话剧《约定无期限》河北各市巡演结束", "河北省9个普通公路收费站正式停止收费", "河北将迎来新课程标准后的首次高考",
        "河北：高考期间 必要时为考生开辟绿色通道", "周汝珍高淑珍穆孟杰获河北省道德模范荣誉称号", "民生讲述：三碗水里“品”变化",
        "河北宽城：农家书屋丰富农民“夜生活”", "查看节目播出时间表", "新华纵横", "今日新闻", "金融讲堂", "高端访谈");
    assertThat(rule.apply(headlines, new RuleContext(PageHints.NONE, false))).isEqualTo(headlines);
  }

  @Test
  void keywordStuffedTitleLinesAtTheTopGo() {
    // the family's shape: brand + selling words stacked into a title-like line above the real text
    assertThat(apply("澳门新葡京官网 真人视讯 注册送彩金", "威尼斯人现金网网址", Fixtures.P1, Fixtures.P2))
        .containsExactly(Fixtures.P1, Fixtures.P2);
  }

  @Test
  void aOneLinePageOfProseKeepsItsSentencesAndLosesOnlyTheRuns() {
    // a minified page is one line: many real sentences with a few runs spliced in (regression: the
    // whole 2 MB line of bench/oneline.sh was dropped because it held three runs or more)
    String line = (Fixtures.P1 + "澳门新葡京官网" + Fixtures.P2).repeat(3);
    List<String> out = apply(line);
    assertThat(out).hasSize(1);
    assertThat(out.get(0)).contains(Fixtures.P1, Fixtures.P2).doesNotContain("澳门新葡京");
  }

  @Test
  void anSeoLinkBlockAtTheBottomGoes() {
    String block = "太阳城娱乐代理 电子游艺平台 棋牌官网下载 亚博体育app 真人荷官在线 北京赛车开奖 幸运飞艇计划 现金网注册";
    assertThat(apply(Fixtures.P1, Fixtures.P2, block)).containsExactly(Fixtures.P1, Fixtures.P2);
  }

  @Test
  void aSiteNameSplicedIntoASentenceIsCut() {
    String a = "据应急管理厅消息：3月11日1时39分，";
    String b = "某县一家制药公司发生一起爆炸事故，造成1人死亡、2人受伤。";
    assertThat(apply(a + "威尼斯人现金网网址：" + b)).containsExactly(a + b);
  }

  @Test
  void aLinkBlockLineWithOneSpamItemGoesWhole() {
    String block = "优质国际代理 现金网直营 电玩城手机版 登峰代理网址 钻石电子平台 九州官网";
    assertThat(apply(Fixtures.P1, block)).containsExactly(Fixtures.P1);
    // a list of place or product names without spam is not touched
    String list = "江西凤凰沟 赣抚平原 千亩茶园 高速救援 春日田园";
    assertThat(apply(Fixtures.P1, list)).containsExactly(Fixtures.P1, list);
  }

  @Test
  void aBrandBeforeACommaGoesWithTheSiteName() {
    assertThat(apply("文章摘要：王者威尼斯人现金网网址,闪电竟然有龙道圣沉声开口道，这是怎么回事。"))
        .containsExactly("文章摘要：,闪电竟然有龙道圣沉声开口道，这是怎么回事。");
  }

  @Test
  void aStrayWordInARealSentenceStays() {
    String story = "一名男子沉迷时时彩，输光了全部积蓄，警方提醒市民远离网络赌博。";
    String quote = "民警说：“他每天都在手机上玩时时彩！”";
    assertThat(apply(Fixtures.P1, story, quote, Fixtures.P2))
        .containsExactly(Fixtures.P1, story, quote, Fixtures.P2);
  }

  @Test
  void newsAboutMacaoAndLotteriesIsNotSpam() {
    // cn_web_gold 0d931936 (MIT) and 5dc3fa2d-like news wording
    String lottery = "是的，正是彩票让本文的主人公孙启勤在短短4年间经历了一场浓缩的人生戏剧。";
    String macao = "2017年，凭借电影《青春的牙》获得第9届澳门国际电影节最佳新人男演员奖。";
    assertThat(apply(lottery, macao)).containsExactly(lottery, macao);
  }

  @Test
  void alreadyCleanTextIsUnchangedAndEmptyInputIsEmpty() {
    assertThat(apply(Fixtures.P1, Fixtures.P2)).containsExactly(Fixtures.P1, Fixtures.P2);
    assertThat(apply()).isEmpty();
  }
}
