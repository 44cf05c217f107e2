package org.zhnorm.text.segment;

import static org.assertj.core.api.Assertions.assertThat;

import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import com.hankcs.hanlp.seg.common.Term;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link FlatViterbiSegment} must give exactly HanLP's terms (word, tag, offset) for the plain pass:
 * on every window of every test page (src/test/resources, the seeds) and on sentences built to reach
 * each branch (atoms, Chinese numerals, custom and domain words, transliterated names, equal costs).
 */
class FlatViterbiSegmentTest {
  private static final Segment FLAT = WordSegmenter.plainEngine();
  private static final Segment HANLP = new ViterbiSegment()
      .enableNameRecognize(false)
      .enablePlaceRecognize(false)
      .enableOrganizationRecognize(false)
      .enableJapaneseNameRecognize(false)
      .enableOffset(true);

  static {
    DomainDictionary.ensureInstalled();
  }

  private static String terms(List<Term> terms) {
    StringBuilder b = new StringBuilder();
    for (Term t : terms) {
      b.append(t.word).append('/').append(t.nature).append('@').append(t.offset).append(' ');
    }
    return b.toString();
  }

  private static void assertSame(String window) {
    assertThat(terms(FLAT.seg(window))).as(window).isEqualTo(terms(HANLP.seg(window)));
  }

  /** Whether the flat path answers the window itself (false: it hands it to HanLP's transliteration pass). */
  private static boolean flatAnswers(String window) {
    PathWords path = FlatWordNet.of(window.toCharArray()).bestPath();
    assertThat(path).as(window).isNotNull();
    path.mergeCustomWords(com.hankcs.hanlp.dictionary.CustomDictionary.DEFAULT);
    return !path.startsTransliteratedName();
  }

  @Test
  void everyWindowOfTheTestPagesGetsHanlpsTerms() throws IOException {
    List<String> texts = new ArrayList<>(SeedTexts.simplified());
    try (Stream<Path> files = Files.walk(Path.of("src/test/resources"))) {
      for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
        texts.add(new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
      }
    }
    int flat = 0;
    int handedOver = 0;
    for (String text : texts) {
      for (int[] w : Windows.of(text)) {
        String window = text.substring(w[0], w[1]);
        assertSame(window);
        if (flatAnswers(window)) {
          flat++;
        } else {
          handedOver++;
        }
      }
    }
    assertThat(flat).isGreaterThan(10_000);
    assertThat(handedOver).as("windows with a transliterated name").isPositive();
  }

  @Test
  void branchesOfTheNetGetHanlpsTerms() {
    List<String> sentences = List.of(
        "2023年GDP增长5.2%，达到126.06万亿元，比上年增长百分之三点五。",
        "一九九八年，第三十二届，二〇二四年十月一日，十亿零三百万，三千二百五十点七五",
        "iPhone15和HUAWEI Mate60在3.5G网络下的ABC-123型号",
        "坚持党建引领，推进乡村振兴，发展壮大村集体经济，第一书记和两委成员到示范点学习。",
        "阿诺德·施瓦辛格与克林顿、奥巴马和普京会面，约翰·史密斯说。",
        "，。！？、；：“”‘’（）《》【】",
        "㐀㐁𠀀𠀁 and ｆｕｌｌｗｉｄｔｈ ＡＢＣ １２３",
        "a",
        "的",
        // equal path costs: HanLP keeps the first predecessor found (阿尔卑斯 山脉, 认 同一个, —— ———)
        "从阿尔卑斯山脉到斯堪的纳维亚半岛的气候与今日的西伯利亚和阿拉斯加相似。",
        "只要大多数人还都认同一个权威，",
        "什么—————‘高乐美’");
    for (String s : sentences) {
      assertSame(s);
    }
    assertThat(flatAnswers("阿诺德·施瓦辛格与克林顿、奥巴马和普京会面")).isFalse();
    assertThat(flatAnswers("坚持党建引领，推进乡村振兴")).isTrue();
  }
}
