package org.zhnorm.io.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhnorm.eval.DateMatch;
import org.zhnorm.eval.TextScore;

class HtmlExtractorTest {
  private static final HtmlExtractor X = HtmlExtractor.standard();

  private static String resource(String path) throws IOException {
    try (InputStream in = HtmlExtractorTest.class.getResourceAsStream("/html/" + path)) {
      assertThat(in).as("test resource %s", path).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String page(String id) throws IOException {
    try (InputStream in =
        HtmlExtractorTest.class.getResourceAsStream("/html/cn_web_gold/original/" + id + ".html")) {
      return TestDecoding.decode(in.readAllBytes());
    }
  }

  /** Real pages (PROVENANCE): F1 of the extractor alone against the gold text, title, date. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2bac7fb2-efbd-4444-99c8-51c72acf5c7d|0.93|多数夫妻生活有名无实 日本无性婚姻问题严重(图)",
        "59562291-5657-476d-9902-ad76b53ef82b|0.95|海姑娘",
        "d8d4c4ec-dc2a-420f-a9f8-5e8ee597b965|0.93|刺死辱母者于欢的罪与悔：出狱第一晚仅睡三四个小时",
        "ab65832c-15b6-4c9e-b64f-3bc575332499|0.95|谁来为无序拆房“埋单”？",
        "3e1af229-5b3e-4cfc-82b2-481f37d7adf7|0.85|土豆不“土” 土豆无“土”"
      })
  void realPages(String id, double minF1, String title) throws IOException {
    HtmlPage p = X.extract(page(id), null);
    TextScore s = TextScore.of(p.text(), resource("cn_web_gold/cleaned/" + id + ".txt"));
    assertThat(s.f1()).as("F1 of %s (P=%s R=%s)", id, s.precision(), s.recall()).isGreaterThanOrEqualTo(minF1);
    assertThat(s.recall()).isGreaterThanOrEqualTo(0.97);
    assertThat(p.title()).isEqualTo(title);
    assertThat(DateMatch.matches(p.date(), resource("cn_web_gold/date/" + id + ".txt").strip()))
        .as("date %s", p.date())
        .isTrue();
  }

  @Test
  void theCrawlRecordsTitleIsACandidateWhenTheReaderTookTheEnvelopeOff() throws IOException {
    // cn_web_gold ab65832c as the dump reader hands it over: envelope off, its title passed beside
    Envelope env = Envelope.of(page("ab65832c-15b6-4c9e-b64f-3bc575332499"));
    assertThat(env.title()).isEqualTo("谁来为无序拆房“埋单”？--bjreader的博客");
    assertThat(X.extract(env.html(), env.url(), env.title()).title()).isEqualTo("谁来为无序拆房“埋单”？");
    // without it, the page's own headline element still beats the blog's name (a home-link h1)
    assertThat(X.extract(env.html(), env.url()).title()).isEqualTo("谁来为无序拆房“埋单”？");
  }

  @Test
  void realPageLeavesOutRelatedNewsAndCopyright() throws IOException {
    String text = X.extract(page("2bac7fb2-efbd-4444-99c8-51c72acf5c7d"), null).text();
    assertThat(text).contains("妻子变成替代母亲").contains("顺子一直等到30岁出头才结婚");
    assertThat(text).doesNotContain("雅虎中国著作权声明").doesNotContain("富夫妻望子成龙假离婚");
  }

  private static final String NAV =
      "<div class=nav><a href=/>首页</a> <a href=/a>新闻</a> <a href=/b>体育</a> <a href=/c>娱乐</a>"
          + " <a href=/d>财经</a> <a href=/e>科技</a></div>";
  private static final String RELATED =
      "<ul class=related><li><a href=/1>江苏教师以身挡车救学生续：老师今晨去世</a></li>"
          + "<li><a href=/2>北京防空洞景点可直达故宫 仅供外宾参观</a></li>"
          + "<li><a href=/3>重庆用积分模式打击小偷 多次作案实行累加式定罪</a></li></ul>";
  private static final String BODY =
      "<div id=article><h1>益阳：“数字”是优长</h1><p>2020-01-02 10:00 来源：半月谈</p>"
          + "<p>益阳近3年连续举办智慧乡村互联网大会，推动数字经济与乡村振兴深度融合，成效明显。</p>"
          + "<h2>数字乡村</h2>"
          + "<p>在赫山区，农民用手机就能查看大棚里的温度、湿度，还能远程控制灌溉设备。<br>"
          + "“以前靠经验，现在靠数据。”一位种植户说。</p></div>";

  private static String html(String body) {
    return "<html><head><title>益阳：“数字”是优长_新华网</title></head><body>" + body + "</body></html>";
  }

  @Test
  void picksArticleOverNavigationAndLinkLists() {
    HtmlPage p = X.extract(html(NAV + BODY + RELATED), "http://example.cn/a.html");
    assertThat(p.text()).contains("益阳近3年连续举办智慧乡村互联网大会").contains("数字乡村");
    assertThat(p.text()).doesNotContain("首页").doesNotContain("江苏教师以身挡车");
  }

  @Test
  void oneBlockPerLineAndBrBreaksLines() {
    List<String> lines = X.extract(html(NAV + BODY + RELATED), null).text().lines().toList();
    assertThat(lines)
        .containsSubsequence(
            "益阳近3年连续举办智慧乡村互联网大会，推动数字经济与乡村振兴深度融合，成效明显。",
            "数字乡村",
            "在赫山区，农民用手机就能查看大棚里的温度、湿度，还能远程控制灌溉设备。",
            "“以前靠经验，现在靠数据。”一位种植户说。");
  }

  @Test
  void preformattedTextKeepsItsLines() {
    String h =
        html(
            "<pre>益阳近3年连续举办智慧乡村互联网大会，推动数字经济与乡村振兴深度融合。\n"
                + "在赫山区，农民用手机就能查看大棚里的温度、湿度，还能远程控制灌溉设备。</pre>");
    assertThat(X.extract(h, null).text().lines())
        .containsExactly(
            "益阳近3年连续举办智慧乡村互联网大会，推动数字经济与乡村振兴深度融合。",
            "在赫山区，农民用手机就能查看大棚里的温度、湿度，还能远程控制灌溉设备。");
  }

  @Test
  void titleLineIsNotRepeatedInText() {
    HtmlPage p = X.extract(html(NAV + BODY), null);
    assertThat(p.title()).isEqualTo("益阳：“数字”是优长");
    assertThat(p.text().lines()).doesNotContain("益阳：“数字”是优长");
  }

  @Test
  void dateFromTextNearTitle() {
    assertThat(X.extract(html(NAV + BODY), null).date()).isEqualTo("2020-01-02 10:00");
  }

  @Test
  void dateFromMetaWins() {
    String h =
        "<html><head><meta property=\"article:published_time\" content=\"2022-02-06T12:48:06+08:00\">"
            + "</head><body>" + BODY + "</body></html>";
    assertThat(X.extract(h, null).date()).isEqualTo("2022-02-06T12:48:06+08:00");
  }

  @Test
  void noDateWhenPageHasNone() {
    String h = html("<div><p>益阳近3年连续举办智慧乡村互联网大会，推动数字经济与乡村振兴深度融合，成效明显。</p></div>");
    assertThat(X.extract(h, null).date()).isNull();
  }

  @Test
  void hiddenAndCommentBlocksAreLeftOut() {
    String h =
        html(
            BODY
                + "<div style='display:none'><p>这是隐藏的段落，读者看不到它，但它有很多标点，也很长。</p></div>"
                + "<div class=comment-list><p>网友甲：这篇文章写得真好，支持一下，希望多报道这样的事情。</p></div>");
    String text = X.extract(h, null).text();
    assertThat(text).doesNotContain("隐藏的段落").doesNotContain("网友甲");
  }

  @Test
  void html5AsideAndFooterAreChrome() {
    String h =
        html(
            "<article>" + BODY + "</article>"
                + "<aside><p>热门评论：这篇报道很有意义，希望更多地方学习益阳的经验，推动乡村发展。</p></aside>"
                + "<footer><p>本网站所刊登的各种新闻、信息和各种专题专栏资料，均为版权所有，未经协议授权，禁止下载使用。</p></footer>");
    String text = X.extract(h, null).text();
    assertThat(text).contains("益阳近3年").doesNotContain("热门评论").doesNotContain("版权所有");
  }

  @Test
  void crawlEnvelopeIsTakenOff() {
    String h = "<text id=\"http://example.cn/x\" title=\"益阳：“数字”是优长\" encoding=\"utf8\">\n"
        + html(BODY) + "\n</text>";
    HtmlPage p = X.extract(h, null);
    assertThat(p.text()).contains("益阳近3年").doesNotContain("encoding");
    assertThat(p.title()).isEqualTo("益阳：“数字”是优长");
  }

  @Test
  void envelopeTitleMayHoldAngleBrackets() {
    String h =
        "<text id=\"http://example.cn/x\" title=\"数字 > 乡村\" encoding=\"gbk\">"
            + "<html><body><p>益阳近3年连续举办智慧乡村互联网大会，推动数字经济与乡村振兴深度融合。</p>"
            + "</body></html></text>";
    HtmlPage p = X.extract(h, null);
    assertThat(p.title()).isEqualTo("数字 > 乡村");
    assertThat(p.text()).doesNotContain("encoding").doesNotContain("gbk");
  }

  @ParameterizedTest
  @CsvSource(
      delimiterString = "=>",
      value = {
        "标题文字_新华网=>标题文字",
        "标题文字-人民网=>标题文字",
        "标题文字 | 中国日报=>标题文字",
        "四年前中500万现穷困潦倒 一夜暴富后如何经营__商贸_产业资讯_新浪网=>四年前中500万现穷困潦倒 一夜暴富后如何经营",
        "海姑娘 | blog.wenxuecity.com=>海姑娘",
        "COVID-19疫苗研发进展=>COVID-19疫苗研发进展",
        "谢谢您访问〖关注中国中心〗=>谢谢您访问〖关注中国中心〗",
        "千龙网--北京--北京市儿童(13-15岁)心理素质发展现状调查研究报告=>北京市儿童(13-15岁)心理素质发展现状调查研究报告",
        "多维博客 &raquo; 播客热潮迅速蔓延 挑逗传统传媒业=>播客热潮迅速蔓延 挑逗传统传媒业",
        "艺术史研究<世纪在线中国艺术网=>艺术史研究",
        "图说洛阳| 洛阳职业技术学院：剪“廉洁窗花” 过廉洁之年=>洛阳职业技术学院：剪“廉洁窗花” 过廉洁之年"
      })
  void siteNameSuffixIsStripped(String raw, String expected) {
    assertThat(Titles.stripSite(raw)).isEqualTo(expected);
  }

  /**
   * Rows of a filmography table as the zh Wikipedia page d5bced5e of cn_web_gold has them (names
   * linked, as there): a data table under the article's prose, followed by link lists.
   */
  private static final String SHOWS =
      "<h2>综艺节目</h2><table class=wikitable>"
          + "<tr><th>播放年份</th><th>播放日期</th><th>媒体</th><th>节目名称</th><th>备注</th></tr>"
          + "<tr><td>2012年~2016年</td><td>9月10日至4月11日</td><td><a href=/k>KBS</a></td>"
          + "<td><a href=/w>逃离危机No.1</a></td><td></td></tr>"
          + "<tr><td>2014年~2015年</td><td>11月27日至3月19日</td><td><a href=/j>JTBC</a></td>"
          + "<td><a href=/e>Everybody</a></td><td></td></tr>"
          + "<tr><td>2016年</td><td>5月6日至10月7日</td><td><a href=/k>KBS</a></td>"
          + "<td><a href=/s>欢迎SHOW</a></td><td></td></tr></table>";

  @Test
  void dataTableInTheArticleIsKeptRowByRow() {
    String article = BODY.substring(0, BODY.length() - "</div>".length()) + SHOWS + "</div>";
    String h = html(NAV + article + RELATED);
    List<String> lines = X.extract(h, null).text().lines().toList();
    assertThat(lines)
        .containsSubsequence(
            "“以前靠经验，现在靠数据。”一位种植户说。",
            "播放年份\t播放日期\t媒体\t节目名称\t备注",
            "2012年~2016年\t9月10日至4月11日\tKBS\t逃离危机No.1",
            "2016年\t5月6日至10月7日\tKBS\t欢迎SHOW");
    assertThat(lines).doesNotContain("首页").noneMatch(l -> l.contains("江苏教师以身挡车"));
  }

  @Test
  void dataTableOutsideTheArticleStaysOut() {
    // the same table beside the article's element (a sidebar) is not inside the article
    String h = html("<div id=main>" + BODY + "<div id=side>" + SHOWS + "</div></div>" + RELATED);
    assertThat(X.extract(h, null).text()).contains("益阳近3年").doesNotContain("逃离危机");
  }

  @Test
  void layoutTableCellsStayLinesOfTheirOwn() {
    // a one-row layout grid (menu cell, article cell) is not a data table: no tab-joined row
    String h =
        html(
            "<table><tr><td><a href=/a>新闻</a><br><a href=/b>体育</a></td><td>"
                + BODY + "</td></tr></table>");
    String text = X.extract(h, null).text();
    assertThat(text).contains("益阳近3年连续举办智慧乡村互联网大会").doesNotContain("\t");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // header cells mark a data table (Readability's test)
        "<table><tr><th>年份</th><th>奖项</th></tr><tr><td>2004</td><td>本赏</td></tr></table>|true",
        // an unmarked grid of more than 10 cells
        "<table><tr><td>1</td><td>a</td><td>x</td></tr><tr><td>2</td><td>b</td><td>y</td></tr>"
            + "<tr><td>3</td><td>c</td><td>z</td></tr><tr><td>4</td><td>d</td><td>w</td></tr></table>|true",
        // 3 x 3 unmarked: too small to tell, layout
        "<table><tr><td>1</td><td>a</td><td>x</td></tr><tr><td>2</td><td>b</td><td>y</td></tr>"
            + "<tr><td>3</td><td>c</td><td>z</td></tr></table>|false",
        // role=presentation is layout whatever it holds
        "<table role=presentation><tr><th>年份</th><th>奖项</th></tr><tr><td>2004</td><td>本赏</td></tr></table>|false",
        // a table holding a table is page layout, even with a th somewhere
        "<table><tr><th>栏目</th><td><table><tr><td>正文</td></tr></table></td></tr>"
            + "<tr><td>a</td><td>b</td></tr></table>|false",
        // one row: a menu bar or a page grid, not a table of records
        "<table><tr><th>首页</th><th>新闻</th><th>体育</th><th>娱乐</th><th>财经</th></tr></table>|false",
        // mostly links: a navigation table
        "<table><tr><th>导航</th><th>链接</th></tr><tr><td><a href=/a>首页新闻</a></td>"
            + "<td><a href=/b>体育频道</a></td></tr></table>|false"
      })
  void tellsDataTablesFromLayoutAndNavigation(String table, boolean data) {
    org.jsoup.nodes.Element t = org.jsoup.Jsoup.parse(table).selectFirst("table");
    assertThat(DataTables.test(t)).isEqualTo(data);
  }

  @Test
  void forumThreadKeepsTheFirstPostOnly() {
    StringBuilder h = new StringBuilder("<html><body>");
    String[] posts = {
      "《太行山上》主要讲述八路军总司令朱德率领刚刚改编完的八路军三个主力师东渡黄河，挺进抗日前线的历程。",
      "谢谢楼主分享，这部电影我一定要去电影院看，演员阵容非常强大，值得期待。",
      "呵呵，好啊，支持一下。我也很喜欢这类题材的电影，希望拍得好看一些。"
    };
    for (int i = 0; i < posts.length; i++) {
      h.append("<div class=floor>楼层： 第 ").append(i + 1).append(" 楼 时间：2005-08-2")
          .append(8 + i).append(" 20:56:20</div><div><p>").append(posts[i]).append("</p><p>")
          .append(posts[i]).append("</p></div>");
    }
    String text = X.extract(h.append("</body></html>").toString(), null).text();
    assertThat(text).contains("太行山上").doesNotContain("谢谢楼主").doesNotContain("支持一下");
  }

  /** Three posts under dated headers; {@code floors} puts a floor in each header, as forums do. */
  private static String posts(boolean floors) {
    StringBuilder h = new StringBuilder("<html><body>");
    String[] posts = {
      "《太行山上》主要讲述八路军总司令朱德率领刚刚改编完的八路军三个主力师东渡黄河，挺进抗日前线的历程。",
      "谢谢楼主分享，这部电影我一定要去电影院看，演员阵容非常强大，值得期待。",
      "呵呵，好啊，支持一下。我也很喜欢这类题材的电影，希望拍得好看一些。"
    };
    for (int i = 0; i < posts.length; i++) {
      h.append("<div class=floor>")
          .append(floors ? "楼层： 第 " + (i + 1) + " 楼 时间：" : "")
          .append("2005-08-2").append(8 + i).append(" 20:56:20</div><div><p>").append(posts[i])
          .append("</p><p>").append(posts[i]).append("</p></div>");
    }
    return h.append("</body></html>").toString();
  }

  @Test
  void forumThreadHasNoSinglePublishDate() {
    // cn_web_gold 6dc2d508 (a zol.com.cn thread, gold date UNKNOWN) has headers of this form
    HtmlPage p = X.extract(posts(true), null);
    assertThat(p.text()).contains("太行山上");
    assertThat(p.date()).isNull();
  }

  @Test
  void datedPostsWithoutFloorsKeepTheFirstPostsDate() {
    // a blog page listing posts (cn_web_gold 59562291): the first post is the page, its date the date
    assertThat(X.extract(posts(false), null).date()).isEqualTo("2005-08-28 20:56:20");
  }

  @Test
  void concurrentUseGivesTheSameResults() throws Exception {
    List<String> ids =
        List.of(
            "2bac7fb2-efbd-4444-99c8-51c72acf5c7d",
            "59562291-5657-476d-9902-ad76b53ef82b",
            "d8d4c4ec-dc2a-420f-a9f8-5e8ee597b965");
    List<String> pages = new java.util.ArrayList<>();
    for (String id : ids) {
      pages.add(page(id));
    }
    List<HtmlPage> expected = pages.stream().map(h -> X.extract(h, null)).toList();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<HtmlPage>> futures = new java.util.ArrayList<>();
      for (int round = 0; round < 4; round++) {
        for (String h : pages) {
          futures.add(pool.submit(() -> HtmlExtractor.standard().extract(h, null)));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(expected.get(i % pages.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void emptyAndGarbageInput() {
    assertThat(X.extract("", null).text()).isEmpty();
    assertThat(X.extract("<html><body></body></html>", null).title()).isNull();
    assertThat(X.extract("\u0000\u0001<<<>>>&&&;", null).date()).isNull();
  }

  @Property(tries = 200)
  void neverThrows(@ForAll String junk) {
    assertThatCode(() -> X.extract("<div><p>" + junk + "</p><a href=x>" + junk + "</a></div>", null))
        .doesNotThrowAnyException();
  }

  @Test
  void hintResourceIsSortedAndWellFormed() throws IOException {
    List<String> entries;
    try (InputStream in = HtmlExtractor.class.getResourceAsStream(ClassHints.RESOURCE)) {
      entries =
          new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .lines()
              .filter(l -> !l.isBlank() && !l.startsWith("#"))
              .toList();
    }
    assertThat(entries).allMatch(l -> l.matches("[+-][a-z0-9-]+"));
    assertThat(entries.stream().map(l -> l.substring(1)).toList()).isSorted().doesNotHaveDuplicates();
    ClassHints hints = ClassHints.parse(entries);
    assertThat(hints.of(org.jsoup.Jsoup.parse("<div class='navbar top'></div>").selectFirst("div")))
        .isNegative();
    assertThat(hints.of(org.jsoup.Jsoup.parse("<div id='articleContent'></div>").selectFirst("div")))
        .isPositive();
  }
}
