package org.zhnorm.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TitleMatchTest {
  @Test
  void equalOrTheRawTitleWithSiteParts() {
    // readability test-pages youth and gmw (Apache-2.0): the raw <title> with channel and site names
    assertThat(TitleMatch.matches("海外留学生看两会：出国前后关注点大不同", "海外留学生看两会：出国前后关注点大不同_教育频道_中国青年网")).isTrue();
    assertThat(TitleMatch.matches("宇航员在太空中喝酒会怎么样？后果很严重", "宇航员在太空中喝酒会怎么样？后果很严重 _探索者 _光明网")).isTrue();
    assertThat(TitleMatch.matches("北京市儿童(13-15岁)心理素质发展现状调查研究报告", "千龙网--北京--北京市儿童(13-15岁)心理素质发展现状调查研究报告")).isTrue();
    assertThat(TitleMatch.matches("新竹尖石_美树营地赏枫 (2)", "新竹尖石_美樹營地賞楓 (2) @ 史蒂文的家_藍天 :: 痞客邦 PIXNET ::")).isTrue();
  }

  @Test
  void aFragmentOrASiteNameIsNoMatch() {
    assertThat(TitleMatch.matches("出国前后关注点", "海外留学生看两会：出国前后关注点大不同_教育频道_中国青年网")).isFalse();
    assertThat(TitleMatch.matches("中国青年网", "海外留学生看两会：出国前后关注点大不同_教育频道_中国青年网")).isFalse();
    assertThat(TitleMatch.matches("新闻动态", "海外留学生看两会：出国前后关注点大不同")).isFalse();
    assertThat(TitleMatch.matches(null, "标题")).isFalse();
    assertThat(TitleMatch.matches("标题", null)).isFalse();
  }

  @Test
  void aTrailingSiteNameIsNoTitleButAHeadlineAfterSitePartsIs() {
    // cn_web_gold ab65832c and b70f455d (MIT) envelope titles
    assertThat(TitleMatch.matches("bjreader的博客", "谁来为无序拆房“埋单”？--bjreader的博客")).isFalse();
    assertThat(TitleMatch.matches("艺术史研究", "艺术史研究&lt;世纪在线中国艺术网")).isTrue();
    assertThat(TitleMatch.usable("'+document.title+'")).isFalse();
  }

  @Test
  void envelopeTitleOfAGbkPage() {
    Path page = Path.of("src/test/resources/html/cn_web_gold/original/2bac7fb2-efbd-4444-99c8-51c72acf5c7d.html");
    assertThat(TitleMatch.envelopeTitle(page)).isNotBlank();
  }
}
