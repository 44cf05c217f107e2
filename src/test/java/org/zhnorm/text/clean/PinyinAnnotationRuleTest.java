package org.zhnorm.text.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** pinyin-annotation on real seed text (seeds 000 and 001). */
class PinyinAnnotationRuleTest {
  private final Cleaner cleaner = Cleaner.standard();

  private String clean(String text) {
    return cleaner.clean(text, PageHints.NONE, false).text();
  }

  @Test
  void removesReadingAfterCharacter() {
    assertThat(clean("近年來,渭南市華州區(qū)堅持黨建領(lǐng)航,全力打造黨建引領(lǐng)鄉(xiāng)村振興“華州樣板”。"))
        .isEqualTo("近年來,渭南市華州區堅持黨建領航,全力打造黨建引領鄉村振興“華州樣板”。");
  }

  @Test
  void removesNestedReadingButKeepsOuterParentheses() {
    assertThat(clean("57 項(xiàng)受理權(quán)限下放到村(社區(qū)),明確了村級服務事項(xiàng)26項(xiàng)。"))
        .isEqualTo("57 項受理權限下放到村(社區),明確了村級服務事項26項。");
  }

  @Test
  void removesReadingsWithUmlautAndFullWidthParentheses() {
    assertThat(clean("婦女(nǚ)代表參加會議,樂（lè）亭縣召開大會。")).isEqualTo("婦女代表參加會議,樂亭縣召開大會。");
  }

  @Test
  void keepsLatinContentInParentheses() {
    String text = "天空实验室(skylab)是美国第一个空间站,他在第一场(a)组比赛中获胜,93(01)班的同学参加了活动。";
    assertThat(clean(text)).isEqualTo(text);
  }

  @Test
  void keepsHanContentInParentheses() {
    String text = "建立區委組織部科級干部和組室包聯基層黨(工)委機制,運用鎮(街道)黨(工)委小班培訓的形式。";
    assertThat(clean(text)).isEqualTo(text);
  }

  @Test
  void keepsToneMarkedWordThatIsNoSyllable() {
    String text = "我们在咖啡馆(café)见面,讨论了项目进展情况和下一步安排。";
    assertThat(clean(text)).isEqualTo(text);
  }

  @Test
  void keepsReadingAfterLatinOrDigit() {
    String text = "型号为ABC(xiāng)的设备共有3(dà)台,均已投入使用并运行良好。";
    assertThat(clean(text)).isEqualTo(text);
  }

  @Test
  void countsRemovedCharacters() {
    CleanResult r = cleaner.clean("渭南市華州區(qū)堅持黨建領(lǐng)航,培育致富帶頭人309名。", PageHints.NONE, true);
    assertThat(r.hits()).containsEntry("pinyin-annotation", 2L);
    assertThat(r.removedChars()).containsEntry("pinyin-annotation", (long) "(qū)(lǐng)".length());
    assertThat(r.traces()).extracting(RuleTrace::text).contains("(qū)", "(lǐng)");
  }
}
