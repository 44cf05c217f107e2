package org.zhnorm.text.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * reporter-byline and the metadata keys of Taiwan, Hong Kong and mainland outlets. Lines from
 * lulalala/taiwanese_news_parser @ fccbc791113af1ef1351498674a460a102501cda spec/ (MIT), as the
 * pages print them.
 */
class ReporterBylineRuleTest {
  private static final Cleaner CLEANER = Cleaner.standard();

  private static CleanResult clean(String text) {
    return CLEANER.clean(text, PageHints.NONE, true);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // liberty_times_news_s1, liberty_times_big5_s1, apple_daily_s1, cna_s2
      "〔記者李欣芳／台北報導〕最新消息！前民進黨主席林義雄宣布停止禁食。|最新消息！前民進黨主席林義雄宣布停止禁食。|李欣芳",
      "〔記者施曉光、吳亮儀、陳慧萍／台北報導〕市面上出現愈來愈多以水果口味為賣點的啤酒。|市面上出現愈來愈多以水果口味為賣點的啤酒。|施曉光、吳亮儀、陳慧萍",
      "【王家俊／台北報導】配合行政院組織改造，內政部社會司併入衛生福利部。|配合行政院組織改造，內政部社會司併入衛生福利部。|王家俊",
      "（中央社記者楊思瑞台南4日電）台南市虱目魚養殖協會今天舉辦契作戶抽籤。|台南市虱目魚養殖協會今天舉辦契作戶抽籤。|楊思瑞"})
  void bracketedBylineOpeningAParagraph(String line, String text, String reporter) {
    CleanResult r = clean(Fixtures.P1 + "\n" + line);
    assertThat(r.text()).isEqualTo(Fixtures.P1 + "\n" + text);
    assertThat(r.metadata().reporter()).isEqualTo(reporter);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "記者王鼎鈞／台北報導|王鼎鈞",   // now_news_s1
      "楊舒媚／台北報導|楊舒媚"})      // china_times_money_s1
  void bylineLine(String line, String reporter) {
    CleanResult r = clean(line + "\n" + Fixtures.P1);
    assertThat(r.text()).isEqualTo(Fixtures.P1);
    assertThat(r.metadata().reporter()).isEqualTo(reporter);
  }

  @Test
  void aDeskIsNoReporterAndAPhotoCreditIsNoAuthor() {
    // ettoday_s1; liberty_times_news_s1 and now_news_s1 captions
    CleanResult r = clean("地方中心／桃園報導\n" + Fixtures.P1 + "\n前民進黨主席林義雄宣布停止禁食，並透過網站發表公開信。（記者方賓照攝）\n"
        + "學生代表林飛帆召開記者會表示將擴大抗爭。（記者林調遜／攝影）");
    assertThat(r.text()).isEqualTo(Fixtures.P1 + "\n前民進黨主席林義雄宣布停止禁食，並透過網站發表公開信。\n學生代表林飛帆召開記者會表示將擴大抗爭。");
    assertThat(r.metadata().reporter()).isNull();
    assertThat(r.metadata().author()).isNull();
  }

  @Test
  void editorNoteClosingTheArticle() {
    CleanResult r = clean(Fixtures.P1 + "\n" + Fixtures.P2 + "（责编：王新强）");
    assertThat(r.text()).isEqualTo(Fixtures.P1 + "\n" + Fixtures.P2 + "（责编：王新强）");
    assertThat(r.metadata().editor()).isEqualTo("王新强");
  }

  @Test
  void sourceKeysOfTheFamily() {
    assertThat(clean(Fixtures.P1 + "\n来源于：人民网").metadata().sourceName()).isEqualTo("人民网");
    CleanResult own = clean("来源：本站原创 作者：王新强\n" + Fixtures.P1);
    assertThat(own.text()).isEqualTo(Fixtures.P1);
    assertThat(own.metadata().author()).isEqualTo("王新强");
  }

  @Test
  void realTvBylineWithDateAndAreaGivesTheReporterAndKeepsTheTime() {
    // cts_s1 (MIT): the byline line under the headline
    CleanResult r = clean("2014/03/19 18:58 彭佳芸 黃翊真 報導 地區：台北市報導\n" + Fixtures.P1);
    assertThat(r.text()).isEqualTo(Fixtures.P1);
    assertThat(r.metadata().reporter()).isEqualTo("彭佳芸 黃翊真");
    assertThat(r.metadata().pubTime()).isEqualTo("2014-03-19T18:58");
    // near miss: two words and 報導, no date and no 記者, is no byline (a section name)
    CleanResult section = clean(Fixtures.P1 + "\n深度 報導\n" + Fixtures.P2);
    assertThat(section.text()).contains("深度 報導");
    assertThat(section.metadata().reporter()).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // b26fbb82 (cn_web_gold, MIT), newspaper4k chinese_article_001 (MIT), readability gmw (Apache-2.0),
      // cn_web_gold 59562291 (MIT): gold texts keep these notes as the article's last words
      "(责编：萧潇、张妍)|萧潇、张妍",
      "【责任编辑：严玉洁】|严玉洁",
      "（编辑：严玉洁 王辉）|严玉洁 王辉",
      "[责任编辑:肖春芳]|肖春芳",
      "(编辑：燕于)|燕于"})
  void realClosingEditorNotesAreRead(String note, String editor) {
    CleanResult r = clean(Fixtures.P1 + "\n" + Fixtures.P2 + "\n" + note);
    assertThat(r.metadata().editor()).isEqualTo(editor);
  }

  @Test
  void realSourceAndEditorLinesOfMainlandPages() {
    // readability gmw (Apache-2.0): an empty 作者： before the editor key names no author
    CleanResult gmw = clean("2017-03-10 09:58:03 来源： 网易科学人 作者： 责任编辑：肖春芳\n" + Fixtures.P1);
    assertThat(gmw.text()).isEqualTo(Fixtures.P1);
    assertThat(gmw.metadata().author()).isNull();
    assertThat(gmw.metadata().editor()).isEqualTo("肖春芳");
    assertThat(gmw.metadata().sourceName()).isEqualTo("网易科学人");
    assertThat(gmw.metadata().pubTime()).isEqualTo("2017-03-10T09:58:03");
    // cn_web_gold 500b350d and 9890f458 (MIT)
    CleanResult local = clean(Fixtures.P1 + "\n来源：巴彦淖尔日报    编辑：苏亮");
    assertThat(local.metadata().sourceName()).isEqualTo("巴彦淖尔日报");
    assertThat(local.metadata().editor()).isEqualTo("苏亮");
    assertThat(clean(Fixtures.P1 + "\n责任编辑：孙重远").metadata().editor()).isEqualTo("孙重远");
  }

  @Test
  void nearMissesStay() {
    // tvbs_s1: an interview's 記者： turns; now_news_s1 and liberty_times_s2: 記者會 in a sentence
    String interview = "記者：「沒有講到勝文嗎？」連戰：「馬年啊，馬年萬事如意。」";
    String sentence = "廢核團體凱道打包 明早記者會譴責國家暴力";
    String inside = "他說（記者王小明／台北報導）這件事已經結束，大家都很高興。";
    CleanResult r = clean(Fixtures.P1 + "\n" + interview + "\n" + sentence + "\n" + inside);
    assertThat(r.text()).isEqualTo(Fixtures.P1 + "\n" + interview + "\n" + sentence + "\n" + inside);
  }
}
