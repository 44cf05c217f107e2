package org.zhnorm.io.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The title choice: navigation bars, section names, labels and a blog's name are not the headline. */
class TitlesTest {
  private static String title(String head, String body, String envelope) {
    return Titles.find(Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>"), envelope);
  }

  @Test
  void aBlogsNameInTheH1GivesWayToThePostTitle() {
    // cn_web_gold ab65832c (MIT): no <title>, the envelope's title, the blog's name as h1
    assertThat(title("", "<h1>bjreader的博客</h1><p>正文</p>", "谁来为无序拆房“埋单”？--bjreader的博客"))
        .isEqualTo("谁来为无序拆房“埋单”？");
  }

  @Test
  void aHyphenInsideALatinNameIsNoSiteSeparator() {
    // cn_web_gold c38e2b2d and 6dc2d508 (MIT)
    assertThat(title("<title>China-Pub blog--洞庭一叶</title>", "", null)).isEqualTo("China-Pub blog");
    assertThat(title("", "<h1>主题: 【2005年中国革命历史巨作】【太行山上】 【DVDSCR-RMVB】</h1>", null))
        .isEqualTo("【2005年中国革命历史巨作】【太行山上】 【DVDSCR-RMVB】");
  }

  @Test
  void aSectionNameOrANavigationBarIsNoTitle() {
    assertThat(title("<title>村集体经济增收10余万元_新闻中心</title>", "<h1>新闻动态</h1>", null)).isEqualTo("村集体经济增收10余万元");
    assertThat(title("<title>村集体经济增收10余万元</title>", "<h1>首页 新闻 体育 财经 娱乐 视频 图片 专题 评论</h1>", null))
        .isEqualTo("村集体经济增收10余万元");
    assertThat(Titles.rejected("首页 新闻 体育 财经 娱乐 视频")).isTrue();
    assertThat(Titles.rejected("新闻动态")).isTrue();
    assertThat(Titles.rejected("为何反服贸? 抗议学生搞不清")).isFalse();
  }

  @Test
  void realNavigationBarsAndSectionNamesAreNoTitle() {
    // cn_web_gold (MIT): ecbe8d49's channel bar, 47f387e6's tag bar; section names of d232c5df (要闻动态, 通知公告),
    // a0cb0242 (工作动态) and trafilatura's banyuetan page (要闻动态, Apache-2.0)
    for (String nav : List.of("首页 | 商学院 | 高端阅读 | 评论 | 娱乐观察 | 专题 | 论坛 | 人物 | 会展 | 名人访谈",
        "健康 营销 网络 传媒 专家 评论 管理 商业 创业 科技 文化 文案 策划", "要闻动态", "通知公告", "工作动态")) {
      assertThat(Titles.rejected(nav)).as(nav).isTrue();
    }
    // their pages' real headlines are titles (ecbe8d49, 91bdf33e, b26fbb82)
    for (String real : List.of("利益集团左右电力体制改革 华东上调超发电价", "图说洛阳| 洛阳职业技术学院：剪“廉洁窗花” 过廉洁之年",
        "江苏多地要求中高风险地区师生员工暂不返校")) {
      assertThat(Titles.rejected(real)).as(real).isFalse();
    }
    // a section name as the page's h1 gives way to the real head title (d232c5df's shape)
    assertThat(title("<title>利益集团左右电力体制改革 华东上调超发电价_商业频道</title>", "<h1>要闻动态</h1>", null))
        .isEqualTo("利益集团左右电力体制改革 华东上调超发电价");
  }

  @Test
  void anH1AgreeingWithTheHeadTitleStillWins() {
    // readability youth (Apache-2.0)
    assertThat(title("<title>海外留学生看两会：出国前后关注点大不同_教育频道_中国青年网</title>",
        "<h1>海外留学生看两会：出国前后关注点大不同</h1>", null)).isEqualTo("海外留学生看两会：出国前后关注点大不同");
  }

  @Test
  void theSiteNameAHeadTitleEndsWithIsCutWhenThePageShowsItAsAHeading() {
    // cn_web_gold 3e1af229 (MIT): the head title ends with the site's name, which is also the h1
    assertThat(title("<title>土豆不“土” 土豆无“土” 松花江网</title>", "<h1 class=\"none\">松花江网</h1>", null))
        .isEqualTo("土豆不“土” 土豆无“土”");
  }

  @Test
  void anH1TheHeadTitleStartsWithIsTheHeadline() {
    // cn_web_gold d5bced5e (MIT): a wiki's head title is the headline, then the site; the h1 is the headline
    assertThat(title("<title>金锺国 - 维基百科，自由的百科全书</title><meta property=\"og:title\" content=\"金锺国 - 维基百科，自由的百科全书\">",
        "<h1 id=\"firstHeading\">金锺国</h1>", null)).isEqualTo("金锺国");
  }

  @Test
  void aHomeLinkHeadingIsTheSitesNameAndAHeadlineElementAgreeingWithOgTitleWins() {
    // trafilatura chineselyrics4u.com (Apache-2.0): <title> is site: post, the logo h1 links home,
    // the post's h3.post-title agrees with og:title
    String head = "<title>Chinese Pinyin Lyrics: Zhi Neng Xiang Nian Ni - Jam Hsiao Jing Teng (只能想念你 - 蕭敬騰)</title>"
        + "<meta property=\"og:title\" content=\"Zhi Neng Xiang Nian Ni - Jam Hsiao Jing Teng (只能想念你 - 蕭敬騰)\">";
    String body = "<h1 class='title'><a href='http://www.chineselyrics4u.com/'>Chinese Pinyin Lyrics</a></h1>"
        + "<h2 class='title'>Search</h2><h3 class='post-title entry-title'>Zhi Neng Xiang Nian Ni - Jam Hsiao Jing Teng (只能想念你 - 蕭敬騰)</h3>"
        + "<h2 class='title'>Facebook Fan Page</h2>";
    assertThat(title(head, body, null)).isEqualTo("Zhi Neng Xiang Nian Ni - Jam Hsiao Jing Teng (只能想念你 - 蕭敬騰)");
  }

  @Test
  void aHeadingLinkingToTheArticleItselfIsNoLogo() {
    // near miss of the home-link rule: a headline linking to its own page stays the headline
    assertThat(title("<title>益阳：“数字”是优长_新华网</title>",
        "<h1><a href=\"/2021-09/01/c_1127815063.htm\">益阳：“数字”是优长</a></h1>", null)).isEqualTo("益阳：“数字”是优长");
    assertThat(title("", "<h1><a href=\"index.html\">bjreader的博客</a></h1>", null)).isEqualTo("bjreader的博客");
  }

  @Test
  void fragmentsAndSeparatorResidueAreNoTitle() {
    // a clause cut at a comma is no candidate; separators left at an edge go
    assertThat(title("<title>据应急管理厅消息，</title>", "<h1>某县一家制药公司发生爆炸事故</h1>", null)).isEqualTo("某县一家制药公司发生爆炸事故");
    assertThat(title("", "<h2 class=\"diaryTitle\">谁来为无序拆房“埋单”？- -</h2>", null)).isEqualTo("谁来为无序拆房“埋单”？");
  }

  @Test
  void noCandidateGivesNoTitle() {
    assertThat(title("", "<p>正文</p>", null)).isNull();
    assertThat(title("<title>首页 新闻 体育 财经 娱乐 视频</title>", "", null)).isNull();
  }
}
