package org.zhnorm.text.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class WordSegmenterTest {
  private static final WordSegmenter SEG = WordSegmenter.load();

  private static List<String> words(String text) {
    return SEG.segment(text).stream().map(Token::word).toList();
  }

  /** Tokens exactly tile the non-whitespace characters of the text, in order, with right offsets. */
  static void assertCovers(String text, List<Token> tokens) {
    int cursor = 0;
    for (Token t : tokens) {
      assertThat(t.word()).isNotEmpty();
      assertThat(t.start()).isGreaterThanOrEqualTo(cursor);
      assertThat(text.substring(cursor, t.start()).chars().allMatch(c -> WordSegmenter.isSpace((char) c)))
          .as("only whitespace between tokens before %s", t).isTrue();
      assertThat(text.substring(t.start(), t.end())).isEqualTo(t.word());
      assertThat(t.word().chars().noneMatch(c -> WordSegmenter.isSpace((char) c))).as("no space in %s", t).isTrue();
      cursor = t.end();
    }
    assertThat(text.substring(cursor).chars().allMatch(c -> WordSegmenter.isSpace((char) c))).isTrue();
  }

  /** The short cut for chars above U+3000 answers as Java's whitespace and space-char tests do, for every char. */
  @Test
  void spacesAreJavasWhitespaceAndSpaceChars() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      boolean java = Character.isWhitespace((char) c) || Character.isSpaceChar((char) c);
      assertThat(WordSegmenter.isSpace((char) c)).as("U+%04X", c).isEqualTo(java);
    }
  }

  @Test
  void emptyAndBlankTextHaveNoTokens() {
    assertThat(SEG.segment("")).isEmpty();
    assertThat(SEG.segment(" \t\n\u3000\u00a0")).isEmpty();
    assertThat(SEG.segmentLine("")).isEmpty();
  }

  @Test
  void loadReturnsTheSharedInstance() {
    assertThat(WordSegmenter.load()).isSameAs(SEG);
  }

  @Test
  void seedsAreCoveredExactly() {
    for (String doc : SeedTexts.simplified()) {
      assertCovers(doc, SEG.segment(doc));
    }
  }

  @Test
  void domainTermsStayWhole() {
    String text = "坚持党建引领，推进乡村振兴，发展壮大村集体经济，第一书记和两委成员、网格员、致富带头人到示范点学习，"
        + "基层党组织和集体经济组织同步加强。";
    assertThat(words(text)).contains("党建引领", "乡村振兴", "村集体经济", "第一书记", "两委", "网格员", "致富带头人",
        "示范点", "基层党组织", "集体经济组织");
  }

  @Test
  void numbersKeepTheirUnits() {
    String text = "全镇共有309名党员，总投资1.08亿元，人均增收16.59万元，同比增长34.1%，实现收入1400多万元，2023年完成。";
    List<Token> tokens = SEG.segment(text);
    for (String n : List.of("309名", "1.08亿元", "16.59万元", "34.1%", "1400多万元", "2023年")) {
      assertThat(tokens).as(n).anySatisfy(t -> {
        assertThat(t.word()).isEqualTo(n);
        assertThat(t.pos()).isIn("m", "mq");
      });
    }
  }

  @Test
  void fullWidthNumbersAndApproximationsStayWhole() {
    assertThat(words("增长３４．１％，共１００余名党员，集体经济增收10余万元。"))
        .contains("３４．１％", "１００余名", "10余万元");
  }

  @Test
  void datesFollowPkuOneTokenPerUnit() {
    assertThat(words("2023年6月20日召开")).startsWith("2023年", "6月", "20日");
    assertThat(words("二○○一年十二月三十一日")).containsExactly("二○○一年", "十二月", "三十一日");
  }

  @Test
  void numberMergeNeedsAdjacency() {
    assertThat(words("第 309 名")).containsExactly("第", "309", "名");
  }

  @Test
  void functionWordsAreSplitPkuStyle() {
    assertThat(words("我们的生活好了。")).containsExactly("我们", "的", "生活", "好", "了", "。");
  }

  @Test
  void dictionaryPlacesAreTaggedInSeedSentence() {
    // one plain pass: places the dictionaries know are tagged, 华州 区 is joined by admin-suffix; the
    // township 夏官营镇 and the organization 兰州大学 need the recognizers, which the pipeline does not
    // run (docs/SEGMENTATION.md: what the entity columns lose)
    String text = "榆中县夏官营镇党委紧紧围绕新时代党的建设总要求，与兰州大学、西北民族大学共同研究。"
        + "近年来，渭南市华州区坚持党建领航。";
    List<Token> tokens = SEG.segment(text);
    assertCovers(text, tokens);
    assertThat(typesOver(text, tokens, "榆中县")).containsOnly("place");
    assertThat(typesOver(text, tokens, "渭南市华州区")).containsOnly("place");
    assertThat(typesOver(text, tokens, "兰州")).containsOnly("place");
    assertThat(words(text)).contains("榆中县", "党委", "华州区", "党建");
  }

  @Test
  void longTextIsSegmentedInWindowsWithTheSameWords() {
    String sentence = "全镇共有309名党员，总投资1.08亿元，增长34.1%。";
    String text = sentence.repeat(200);
    List<String> once = words(sentence);
    List<String> all = words(text);
    assertThat(all).hasSize(once.size() * 200);
    assertThat(all.subList(all.size() - once.size(), all.size())).isEqualTo(once);
  }

  @Test
  void aLongLineWithoutPunctuationIsCoveredExactly() {
    String text = "党建引领乡村振兴".repeat(2_000) + "309名";
    List<Token> tokens = SEG.segment(text);
    assertCovers(text, tokens);
    assertThat(tokens.get(tokens.size() - 1).word()).isEqualTo("309名");
  }

  @Test
  void recognizersDoNotCutDictionaryWords() {
    // HanLP's place and organization recognizers alone give 和村/ns 两委 and 融合示范点/nt here
    List<String> words = words("第一书记和村两委成员一起干，着力建设党建引领农旅融合示范点。");
    assertThat(words).contains("和", "融合", "示范点").doesNotContain("和村", "融合示范点");
    assertThat(words("提升能力建设，推进现代化。")).contains("能力", "建设", "现代化");
  }

  @Test
  void noJapaneseNameTags() {
    List<Token> all = new ArrayList<>(SEG.segment("市委组织部部长讲话，县委组织部部长到会。"));
    for (String doc : SeedTexts.simplified()) {
      all.addAll(SEG.segment(doc));
    }
    assertThat(all).noneMatch(t -> t.pos().startsWith("nrj"));
    assertThat(words("市委组织部部长讲话")).doesNotContain("织部部长");
  }

  @Test
  void entityTypesComeFromTags() {
    assertThat(new Token("兰州", "ns", 0).entityType()).isEqualTo("place");
    assertThat(new Token("兰州大学", "nt", 0).entityType()).isEqualTo("organization");
    assertThat(new Token("习近平", "nr", 0).entityType()).isEqualTo("person");
    assertThat(new Token("党员", "nnt", 0).entityType()).isNull();
  }

  @Test
  void segmentLineJoinsWordsWithSingleSpaces() {
    assertThat(SEG.segmentLine("  我们的生活  好了。 ")).isEqualTo("我们 的 生活 好 了 。");
    assertThat(SEG.segmentLine("推进乡村振兴")).isEqualTo("推进 乡村振兴");
  }

  @Test
  void segmentLinesKeepsOneOutputLinePerInputLine() throws IOException {
    StringWriter out = new StringWriter();
    SEG.segmentLines(new BufferedReader(new StringReader("推进乡村振兴\r\n\n  \n我们的生活好了。")), out);
    assertThat(out.toString()).isEqualTo("推进 乡村振兴\n\n\n我们 的 生活 好 了 。\n");
  }

  @Test
  void sharedInstanceGivesIdenticalResultsAcrossThreads() {
    List<String> docs = SeedTexts.simplified();
    List<List<Token>> sequential = docs.stream().map(SEG::segment).toList();
    for (int round = 0; round < 3; round++) {
      List<List<Token>> parallel = IntStream.range(0, docs.size() * 4).parallel()
          .mapToObj(i -> SEG.segment(docs.get(i % docs.size()))).toList();
      for (int i = 0; i < parallel.size(); i++) {
        assertThat(parallel.get(i)).isEqualTo(sequential.get(i % docs.size()));
      }
    }
  }

  private static List<String> typesOver(String text, List<Token> tokens, String span) {
    int from = text.indexOf(span);
    int to = from + span.length();
    List<String> types = new ArrayList<>();
    for (Token t : tokens) {
      if (t.end() > from && t.start() < to) {
        types.add(String.valueOf(t.entityType()));
      }
    }
    return types;
  }
}
