package org.zhnorm.io.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Main-text guards: a tiny run or a notice block is not emitted while the page has a better
 * candidate or structured data; a page with no article says so. Pages in the family's shape; the
 * paragraphs are from the seeds (the project's own sample input).
 */
class ArticleGuardTest {
  private static final HtmlExtractor X = HtmlExtractor.standard();
  static final String P1 = "自倍增工程实施以来，过店子村党总支借助100MW农光互补发电项目的属地优势，充分发挥村集体股份合作社的作用，"
      + "以土地入股的方式与能源有限公司签订租赁合同，集体经济增收10余万元。";
  static final String P2 = "双店子村党支部利用交通区位优势，以土地入股的方式，与本村驻地企业合作共建了二层沿街商铺，前10年收取租赁费用，"
      + "待10年后村集体享有商铺所有权及土地使用权，集体经济增收的可持续性进一步增强。";
  static final String NAV = "<ul><li><a href='/'>首頁</a></li><li><a href='/n'>新聞</a></li><li><a href='/s'>體育</a></li>"
      + "<li><a href='/f'>財經</a></li><li><a href='/e'>娛樂</a></li></ul>";
  static final String RULES = "<div class='board-rules'><p>一、網友發言請遵守法律，不得發表違反法律的言論，本站有權刪除。</p>"
      + "<p>二、請勿謾罵、侮辱他人，違反規則的留言一律刪除，網友須自負法律責任。</p>"
      + "<p>三、本網留言版為網友意見交流，言論不代表本網立場，網友發言即表示同意本規則。</p>"
      + "<p>四、會員帳號違反本站規則者，本站得停止其留言權利，並保留法律追訴責任。</p></div>";

  private static String page(String head, String body) {
    return "<html><head><title>村集体经济增收 - 新聞網</title>" + head + "</head><body>" + body + "</body></html>";
  }

  @Test
  void anArticleOnlyInJsonLdIsReadFromThere() {
    String ld = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebPage\"},"
        + "{\"@type\":\"NewsArticle\",\"headline\":\"村集体经济增收\",\"articleBody\":\"" + P1 + "\\n" + P2 + "\"}]}</script>";
    HtmlPage p = X.extract(page(ld, NAV + "<div id='app'><p>新聞</p></div>"), null);
    assertThat(p.text()).isEqualTo(P1 + "\n" + P2 + "\n");
    assertThat(p.source()).isEqualTo("json-ld");
    assertThat(p.noArticle()).isNull();
  }

  @Test
  void aCommentBoardsRulesGiveWayToTheArticle() {
    // the board's rules outweigh a one-paragraph story and long link lists part them
    String article = "<div class='story'><p>" + P1 + "</p></div>";
    HtmlPage p = X.extract(page("", NAV + article + NAV.repeat(12) + RULES), null);
    assertThat(p.text()).isEqualTo(P1 + "\n");
    assertThat(p.source()).isEqualTo("next-run");
  }

  @Test
  void rulesAtTheEndOfTheArticleRunAreCut() {
    String article = "<div class='story'><p>" + P1 + "</p><p>" + P2 + "</p></div>";
    HtmlPage p = X.extract(page("", NAV + article + RULES), null);
    assertThat(p.text()).isEqualTo(P1 + "\n" + P2 + "\n");
    assertThat(p.dropped()).anySatisfy(d -> assertThat(d).startsWith("notice block after the article: "));
  }

  @Test
  void aNoticeBlockIsSeenAsOneAndAnArticleIsNot() {
    assertThat(ArticleGuard.noticeBlock(
        "一、網友發言請遵守法律，不得發表違反法律的言論，本站有權刪除。\n二、請勿謾罵、侮辱他人，違反規則的留言一律刪除。\n"
            + "三、本網留言版為網友意見交流，言論不代表本網立場。")).isTrue();
    assertThat(ArticleGuard.noticeBlock(P1 + "\n" + P2 + "\n" + P1)).isFalse();
    // one line about rules inside an article is no notice block
    assertThat(ArticleGuard.noticeBlock(P1 + "\n網友發言請遵守法律，不得發表違反法律的言論。\n" + P2)).isFalse();
  }

  /** cn_web_gold d8d4c4ec (MIT, src/test/resources/html/PROVENANCE): a sohu article page with og:description. */
  private static String sohu() throws java.io.IOException {
    try (java.io.InputStream in = ArticleGuardTest.class.getResourceAsStream(
        "/html/cn_web_gold/original/d8d4c4ec-dc2a-420f-a9f8-5e8ee597b965.html")) {
      return TestDecoding.decode(in.readAllBytes());
    }
  }

  private static final String SOHU_DESCRIPTION_START = "2016年4月14日，山东冠县女企业家苏银霞在工厂接待室被高利贷催债人员侮辱";

  @Test
  void realPageKeepsItsArticleAndIgnoresItsDescription() throws java.io.IOException {
    HtmlPage p = X.extract(sohu(), null);
    assertThat(p.source()).isEqualTo("run");
    assertThat(p.text()).startsWith("“辱母案”于欢出狱的一天：重返母亲已倒闭的工厂").hasSizeGreaterThan(1000);
  }

  @Test
  void realPageWhoseArticleIsMissingFallsBackFromItsDisclaimerToItsDescription() throws java.io.IOException {
    // the same real page as a client-rendered shell serves it: the <article> element removed. What is left
    // of the main column is the platform's one-line disclaimer, a notice, not the article
    org.jsoup.nodes.Document shell = org.jsoup.Jsoup.parse(sohu());
    shell.select("article#mp-editor").remove();
    HtmlPage p = X.extract(shell.outerHtml(), null);
    assertThat(p.source()).isEqualTo("description");
    assertThat(p.text()).startsWith(SOHU_DESCRIPTION_START).doesNotContain("搜狐仅提供信息存储空间服务");
    // without a description too, the disclaimer is all there is; the cleaning rules leave nothing of it,
    // so the pipeline dead-letters the page (no-content) instead of writing a stub
    shell.select("meta[property=og:description], meta[name=description]").remove();
    HtmlPage bare = X.extract(shell.outerHtml(), null);
    assertThat(bare.text()).contains("搜狐仅提供信息存储空间服务");
    assertThat(org.zhnorm.text.clean.Cleaner.standard().clean(bare.text(), null, false).text()).isBlank();
  }

  @Test
  void aRealDisclaimerIsANoticeAndARealArticleParagraphIsNot() {
    assertThat(ArticleGuard.suspect("声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。\n")).isTrue();
    // cn_web_gold d8d4c4ec's gold text (MIT): a real paragraph of the article, 40 to 200 characters
    String para = "2020年11月18日上午11点半，得知自己减刑释放的于欢还没缓过神来，被送到了冠县高速路口，妈妈、姐姐、姑姑和姑父已在路口候他多时。";
    assertThat(ArticleGuard.suspect(para + "\n")).isFalse();
  }

  @Test
  void aRealArticleUsingNoticeWordsIsNoNoticeBlock() {
    // lulalala/taiwanese_news_parser @ fccbc791 spec/ettoday_s1.html (MIT): a story about a court order
    // (不得騷擾, 違反, 隱私) is the article, not a board's rules
    String story = "桃園縣蘆竹鄉民代表王貴芬被控掌摑林口長庚醫院女護理師，桃園檢方訊後將她以10萬元交保並限制住居及出境，不得騷擾告訴人與證人；王貴芬30日將前往醫院向護理師正式道歉，此舉可能違反檢方「不得騷擾」的諭令。" + "\n"
        + "王貴芬的父親因病住進林口長庚醫院，26日上午11點多，她打電話到胸腔科詢問父親病情，接聽的護理師李瑋珍 （右圖） 表示基於病人隱私，不方便在電話中告知，請她到醫院了解狀況，沒想到她抵達醫院開口就要找接聽電話的李姓護理師，一看到人就賞對方兩巴掌，導致護理師臉頰紅腫。李瑋珍驗傷後提告，長庚醫護人員譴責暴力。" + "\n"
        + "警方上午函送，檢方下午火速傳喚" + "\n"
        + "龜山警分局28日上午將王貴芬依傷害罪嫌函送桃園地檢署，檢方在下午火速傳喚王貴芬、告訴人護理師李瑋珍，並以證人身分傳喚長庚醫院張姓專科護理師、龜山分局坪頂派出所所長胡興隆與江明鋒等5名員警說明。" + "\n"
        + "王貴芬晚間被依傷害罪嫌以10萬元交保，並限制住居及出境，不得騷擾告訴人與證人，她在步出偵查庭時，含淚下跪盼有機會向李姓護士道歉。不過，李姓護理師不願見面，在偵查庭結束後，選擇從另一扇門搭車離開，避開與王女正面遇到。";
    assertThat(ArticleGuard.noticeBlock(story)).isFalse();
    assertThat(ArticleGuard.suspect(story)).isFalse();
    assertThat(ArticleGuard.noticeTail(story)).isEqualTo(story.length());
  }

  @Test
  void aPageWithoutAnArticleIsNotAStub() {
    HtmlPage p = X.extract(page("", NAV + NAV), null);
    assertThat(p.noArticle()).startsWith("no article");
  }

  @Test
  void aDescriptionOnlyHelpsATinyPage() {
    String meta = "<meta property='og:description' content='" + P1 + "'>";
    HtmlPage tiny = X.extract(page(meta, NAV + "<div><p>新聞</p></div>"), null);
    assertThat(tiny.text()).isEqualTo(P1 + "\n");
    assertThat(tiny.source()).isEqualTo("description");
    HtmlPage full = X.extract(page(meta, NAV + "<div><p>" + P2 + "</p><p>" + P2 + "</p></div>"), null);
    assertThat(full.source()).isEqualTo("run");
    assertThat(full.text()).doesNotContain(P1);
  }

  @Test
  void droppedLinesAreListedWithTheirReason() {
    HtmlPage p = X.extract(page("", NAV + "<div class='story'><p>" + P1 + "</p><p>" + P2 + "</p></div>"), null);
    assertThat(p.dropped()).anySatisfy(d -> assertThat(d).startsWith("before the article run: "));
  }
}
