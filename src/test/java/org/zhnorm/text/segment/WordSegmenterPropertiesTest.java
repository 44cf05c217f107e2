package org.zhnorm.text.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of {@link WordSegmenter#segment}: never throws, tokens tile the non-whitespace text. */
class WordSegmenterPropertiesTest {
  private static final WordSegmenter SEG = WordSegmenter.load();

  @Property(tries = 300)
  void anyStringIsCoveredExactly(@ForAll String text) {
    WordSegmenterTest.assertCovers(text, SEG.segment(text));
  }

  @Property(tries = 300)
  void mixedPiecesAreCoveredExactly(@ForAll("mixed") String text) {
    List<Token> tokens = SEG.segment(text);
    WordSegmenterTest.assertCovers(text, tokens);
    for (Token t : tokens) {
      // no token splits a surrogate pair
      if (t.start() > 0 && Character.isLowSurrogate(t.word().charAt(0))) {
        assertThat(Character.isHighSurrogate(text.charAt(t.start() - 1))).as("split pair at %s", t).isFalse();
      }
    }
  }

  @Provide
  Arbitrary<String> mixed() {
    Arbitrary<String> piece = Arbitraries.oneOf(
        Arbitraries.of("乡村振兴", "村集体经济", "309", "名", "1.08", "亿元", "．", "％", "%", "多", "万元", "年", "的", "了",
            "榆中县", "夏官营镇", "党委", "兰州大学", "，", "。", "“", "”", "(", ")", "yīng", "𠀀", "𝄞", "😀", "abc",
            "MW", "１２３", " ", "\t", "\n", "\u3000", "\u00a0", "\r\n"),
        Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').ofMaxLength(6),
        Arbitraries.strings().all().ofMaxLength(4));
    return piece.list().ofMaxSize(40).map(l -> String.join("", l));
  }
}
