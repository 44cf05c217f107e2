package org.zhnorm.io.html;

import static org.assertj.core.api.Assertions.assertThat;

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
  void anH1AgreeingWithTheHeadTitleStillWins() {
    // readability youth (Apache-2.0)
    assertThat(title("<title>海外留学生看两会：出国前后关注点大不同_教育频道_中国青年网</title>",
        "<h1>海外留学生看两会：出国前后关注点大不同</h1>", null)).isEqualTo("海外留学生看两会：出国前后关注点大不同");
  }
}
