package org.zhnorm.text.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NormalizeWhitespaceRuleTest {
  private final NormalizeWhitespaceRule rule = new NormalizeWhitespaceRule();

  @Test
  void invisibleCharactersGoAndSpacesAreNormalized() {
    RuleContext ctx = new RuleContext(PageHints.NONE, true);
    List<String> out = rule.apply(List.of(
        "\uFEFF第一段\u200B文字\u00AD。",
        "\u3000\u3000\t缩进的\u00A0段落\u2060 ",
        "  \u200C\u200D ",
        "",
        "没有变化的一行"), ctx);
    assertThat(out).containsExactly("第一段文字。", "缩进的 段落", "没有变化的一行");
    assertThat(ctx.traces()).as("a change is traced for each line that held invisible characters").hasSize(3);
  }

  @Test
  void everyInvisibleCharacterIsKnownAndNothingElse() {
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      boolean expected = c == '\uFEFF' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\u00AD';
      assertThat(NormalizeWhitespaceRule.isInvisible(c)).as("U+%04X", (int) c).isEqualTo(expected);
    }
  }
}
