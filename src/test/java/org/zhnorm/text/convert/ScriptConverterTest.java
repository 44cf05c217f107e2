package org.zhnorm.text.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScriptConverterTest {
  private static ScriptConverter converter;

  @BeforeAll
  static void load() {
    converter = ScriptConverter.load();
  }

  private static ScriptConverter converter() {
    if (converter == null) { // jqwik properties do not run @BeforeAll
      converter = ScriptConverter.load();
    }
    return converter;
  }

  private static String seed(String prefix) throws IOException {
    try (var files = Files.list(Path.of("input"))) {
      Path p = files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
      return Files.readString(p, StandardCharsets.UTF_8);
    }
  }

  private static String taiwanPage() throws IOException {
    try (InputStream in = ScriptConverterTest.class.getResourceAsStream("liberty_times_s2.html")) {
      return Jsoup.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)).body().wholeText();
    }
  }

  @ParameterizedTest
  @CsvSource({"乾淨,干净", "餅乾,饼干", "乾淨的餅乾，乾坤,干净的饼干，乾坤"})
  void t2sUsesTheUpstreamPhrasesWhereBundledOpencc4jFails(String traditional, String simplified) {
    assertThat(converter.convert(traditional, Chain.T2S)).isEqualTo(simplified);
  }

  @Test
  void zheParticleNeedsTheTaiwanChain() {
    // In OpenCC-standard Traditional the particle is 着, so t2s keeps 著 (as the 1.1.6 CLI does);
    // Taiwan-standard text writes 著 for it, and tw2s converts it.
    assertThat(converter.convert("看著", Chain.T2S)).isEqualTo("看著");
    assertThat(converter.convert("看著", Chain.TW2S)).isEqualTo("看着");
    assertThat(converter.convert("著名的著作", Chain.TW2S)).isEqualTo("著名的著作");
    // auto: Taiwan-standard forms (為 裡 群) pick tw2s
    Conversion c = converter.convert("為什麼你在床裡面看著窗外？群眾為此等著。", null, null);
    assertThat(c.chain()).isEqualTo("tw2s");
    assertThat(c.text()).isEqualTo("为什么你在床里面看着窗外？群众为此等着。");
    // OpenCC-standard forms (爲 裏 羣) pick t2s
    Conversion std = converter.convert("爲什麼你在牀裏面看着窗外？羣衆爲此等着。", null, null);
    assertThat(std.chain()).isEqualTo("t2s");
    assertThat(std.text()).isEqualTo("为什么你在床里面看着窗外？群众为此等着。");
  }

  @Test
  void taiwanPhrasesOnlyWithTw2sp() {
    assertThat(converter.convert("軟體", Chain.TW2SP)).isEqualTo("软件");
    assertThat(converter.convert("這個軟體裡有一套軟體動物的資料庫", Chain.TW2SP))
        .isEqualTo("这个软件里有一套软体动物的数据库");
    // near miss: tw2s converts characters and Taiwan variants, not vocabulary
    assertThat(converter.convert("軟體", Chain.TW2S)).isEqualTo("软体");
    assertThat(converter.convert("軟體", Chain.T2S)).isEqualTo("软体");
  }

  @Test
  void hongKongVariants() {
    assertThat(converter.convert("讚歎沙河涌洶湧的波浪", Chain.HK2S)).isEqualTo("赞叹沙河涌汹涌的波浪");
  }

  @Test
  void simplifiedSeedsPassThroughUnchanged() throws IOException {
    for (String id : List.of("002", "003")) {
      String text = seed(id);
      Conversion c = converter.convert(text, null, null);
      assertThat(c.script()).as(id).isEqualTo("simplified");
      assertThat(c.chain()).as(id).isEqualTo("none");
      assertThat(c.text()).as(id).isSameAs(text);
    }
  }

  @Test
  void traditionalSeedsAreDetectedAndConvertedWithTw2s() throws IOException {
    for (String id : List.of("000", "001", "004")) {
      String text = seed(id);
      Conversion c = converter.convert(text, null, null);
      assertThat(c.script()).as(id).isEqualTo("traditional");
      // mainland text converted to Taiwan-standard forms: tw2s
      assertThat(c.chain()).as(id).isEqualTo("tw2s");
      assertThat(c.text()).as(id).isEqualTo(converter.convert(text, Chain.TW2S));
      // converted: the result is Simplified by the same detector
      assertThat(converter.convert(c.text(), null, null).script()).as(id).isEqualTo("simplified");
    }
    assertThat(converter.convert(seed("000"), null, null).text()).startsWith("渭南市华州区(qū)");
    assertThat(converter.convert(seed("004"), null, null).text()).contains("着眼建强(qiáng)基层党组织");
  }

  @Test
  void forcedChainIsAppliedAndScriptStillDetected() throws IOException {
    Conversion c = converter.convert(seed("000"), null, Chain.TW2SP);
    assertThat(c.chain()).isEqualTo("tw2sp");
    assertThat(c.script()).isEqualTo("traditional");
    assertThat(c.text()).isEqualTo(converter.convert(seed("000"), Chain.TW2SP));
    Conversion s = converter.convert("简体中文不变", null, Chain.T2S);
    assertThat(s.script()).isEqualTo("simplified");
    assertThat(s.chain()).isEqualTo("t2s");
  }

  @Test
  void taiwanPageIsDetectedFromTextAndUsesTw2spOnlyWithATaiwanHost() throws IOException {
    String text = taiwanPage();
    Conversion fromText = converter.convert(text, null, null);
    assertThat(fromText.script()).isEqualTo("traditional-tw");
    assertThat(fromText.chain()).isEqualTo("tw2s");
    Conversion fromHost =
        converter.convert(text, "http://news.ltn.com.tw/news/politics/paper/771100", null);
    assertThat(fromHost.script()).isEqualTo("traditional-tw");
    assertThat(fromHost.chain()).isEqualTo("tw2sp");
    assertThat(fromHost.text()).isEqualTo(converter.convert(text, Chain.TW2SP));
  }

  @Test
  void hostDecidesTheVariantOfTraditionalText() throws IOException {
    String text = seed("000");
    assertThat(converter.convert(text, "https://udn.com/news/story/1", null).chain()).isEqualTo("tw2sp");
    assertThat(converter.convert(text, "https://news.mingpao.com/pns/x", null).chain()).isEqualTo("hk2s");
    assertThat(converter.convert(text, "https://www.rthk.hk/x", null).script()).isEqualTo("traditional-hk");
    assertThat(converter.convert(text, "https://www.gov.cn/x", null).chain()).isEqualTo("tw2s");
    assertThat(converter.convert(text, "not a uri ::", null).script()).isEqualTo("traditional");
    // a Simplified page on a Taiwan host is still Simplified
    assertThat(converter.convert(seed("002"), "https://www.cna.com.tw/x", null).chain()).isEqualTo("none");
  }

  @Test
  void cantoneseTextIsHongKong() {
    String text = "佢哋話今日嘅會議取消咗，我哋喺度等咗好耐，個個都冇話過會咁樣。";
    Conversion c = converter.convert(text, null, null);
    assertThat(c.script()).isEqualTo("traditional-hk");
    assertThat(c.chain()).isEqualTo("hk2s");
    assertThat(c.text()).startsWith("佢哋话今日嘅会议取消咗");
  }

  @Test
  void mixedText() {
    String text = "这是简体中文的句子，后面还有几句简体。但後面這幾個字是繁體：資料與軟體。";
    Conversion c = converter.convert(text, null, null);
    assertThat(c.script()).isEqualTo("mixed");
    assertThat(c.chain()).isEqualTo("t2s");
    assertThat(c.text()).isEqualTo("这是简体中文的句子，后面还有几句简体。但后面这几个字是繁体：资料与软体。");
  }

  @Test
  void charactersOutsideTheBmpSurvive() {
    assertThat(converter.convert("𠀀乾淨😀𩸽", Chain.T2S)).isEqualTo("𠀀干净😀𩸽");
    assertThat(converter.convert("二噁英", Chain.T2S)).isEqualTo("二𫫇英"); // BMP -> non-BMP
    assertThat(converter.convert("殢", Chain.T2S)).isEqualTo("𣨼"); // TSCharactersExt
    for (Chain chain : Chain.values()) {
      assertThat(converter.convert("𠀀軟體😀", chain)).as(chain.id()).startsWith("𠀀软").endsWith("😀");
      // a lone surrogate is copied, not dropped or merged
      assertThat(converter.convert("\uD840乾淨\uDC00", chain)).as(chain.id()).isEqualTo("\uD840干净\uDC00");
    }
  }

  @Test
  void shortTextsAreDetectedToo() {
    assertThat(converter.convert("乾淨", null, null)).isEqualTo(new Conversion("干净", "traditional", "t2s"));
    assertThat(converter.convert("干净", null, null)).isEqualTo(new Conversion("干净", "simplified", "none"));
    assertThat(converter.convert("這个", null, null).script()).isEqualTo("mixed");
    // no script-specific character at all: nothing to convert
    assertThat(converter.convert("乾坤 2024 OK", null, null)).isEqualTo(new Conversion("乾坤 2024 OK", "simplified", "none"));
    assertThat(converter.detectScript("乾淨", null)).isEqualTo("traditional");
  }

  @Test
  void chainIds() {
    for (Chain c : Chain.values()) {
      assertThat(Chain.fromId(c.id())).isSameAs(c);
    }
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Chain.fromId("s2t"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("s2t")
        .hasMessageContaining("tw2sp");
  }

  @Test
  void traceShowsEachStep() {
    var steps = converter.trace("\uF9D1個軟體裡", Chain.TW2SP);
    assertThat(steps.keySet()).containsExactly("normalize", "twp-rev", "ts");
    assertThat(steps.get("normalize")).isEqualTo("六個軟體裡");
    assertThat(steps.get("twp-rev")).isEqualTo("六個軟件裏");
    assertThat(steps.get("ts")).isEqualTo("六个软件里").isEqualTo(converter.convert("\uF9D1個軟體裡", Chain.TW2SP));
  }

  @Test
  void emptyText() {
    for (Chain chain : Chain.values()) {
      assertThat(converter.convert("", chain)).isEmpty();
    }
    assertThat(converter.convert("", null, null)).isEqualTo(new Conversion("", "simplified", "none"));
    assertThat(converter.convert("", "https://udn.com/", null)).isEqualTo(new Conversion("", "simplified", "none"));
  }

  @Test
  void compatibilityIdeographsAreNormalized() {
    // U+F9D1 (CJK COMPATIBILITY IDEOGRAPH-F9D1) is 六 U+516D; upstream configs normalize it first
    assertThat(converter.convert("\uF9D1", Chain.T2S)).isEqualTo("六");
  }

  @Test
  void sharedInstanceGivesTheSameResultsFromManyThreads() throws Exception {
    List<String> texts = new ArrayList<>();
    for (String id : List.of("000", "001", "004")) {
      texts.add(seed(id));
    }
    texts.add(taiwanPage());
    List<String> expected = new ArrayList<>();
    for (String t : texts) {
      for (Chain c : Chain.values()) {
        expected.add(converter.convert(t, c));
      }
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<String>>> futures = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        futures.add(
            pool.submit(
                () -> {
                  List<String> out = new ArrayList<>();
                  for (String t : texts) {
                    for (Chain c : Chain.values()) {
                      out.add(converter.convert(t, c));
                    }
                  }
                  return out;
                }));
      }
      for (Future<List<String>> f : futures) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Property(tries = 300)
  void neverThrowsAndKeepsTextWithoutHanUnchanged(
      @ForAll @CharRange(from = ' ', to = '\u2FFF') String text) {
    for (Chain c : Chain.values()) {
      assertThat(converter().convert(text, c)).isEqualTo(text);
    }
    assertThat(converter().convert(text, null, null).text()).isEqualTo(text);
  }

  @Property(tries = 300)
  void neverThrowsOnArbitraryStrings(@ForAll String text) {
    for (Chain c : Chain.values()) {
      assertThat(converter().convert(text, c)).isNotNull();
    }
    assertThat(converter().convert(text, "https://example.tw/", null).text()).isNotNull();
  }
}
