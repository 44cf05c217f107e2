package org.zhnorm.text.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The five seeds: the output is exactly the article body (hand-marked first and last body line of
 * each seed; every body line kept, with only its known noise taken out) and no noise of any family is left.
 */
class SeedTest {
  private static final Cleaner CLEANER = Cleaner.standard();
  /** Independent of the rule: any parenthesised tone-marked Latin right after a Han character. */
  private static final Pattern PINYIN = Pattern.compile("(?<=\\p{IsHan})\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)");
  private static final List<Pattern> LEFTOVERS = List.of(
      PINYIN,
      Pattern.compile("掃一掃|扫一扫|分享本頁|分享到"),
      Pattern.compile("本圖文來源|版權歸原作者|版权所有|轉載|转载"),
      Pattern.compile("上一篇|下一篇|相關內容|相关内容"),
      Pattern.compile("欢迎访问|今天是2024"),
      Pattern.compile("首页 >|> 正文"),
      Pattern.compile("(?m)^(发布时间|發布時間|来源|來源|编辑|編輯|責編|责编)[:：]"),
      Pattern.compile("本報記者|本報通訊員|本报记者"),
      Pattern.compile("微信公眾號|官方微博|鄉村干部報網"),
      Pattern.compile("baoku\\d+"),
      Pattern.compile("镇沅\\||穆棱市\\||[|丨]\\s*全椒县"),
      Pattern.compile("(?m)^\\d{1,4}$"),
      Pattern.compile("\\p{IsHan}\\?\\p{IsHan}\\?"),
      Pattern.compile("(?m)^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}"));

  private record Body(String seed, String first, String last) {}

  private static final List<Body> BODIES = List.of(
      new Body("000_79b0ec438b1631f2", "近年來,渭南市華州區", "“三個著力”織密鄉"),
      new Body("001_20d977c9f78f25d0", "今年來,新寧縣委", "堅持盡銳出戰"),
      new Body("002_3338117f636233a1", "榆中县夏官营镇党委紧紧围绕", "开展以“将农村党员干部培养成"),
      new Body("003_31f5609d2355be6f", "乡村振兴战略是党的十九大", "3.注重通过借智借力"),
      new Body("004_e3f1fca9c606b166", "記者:河北省唐山市", "付征:行動開展以來"));

  /** The body lines of the raw seed, with the noise that sits inside body lines taken out by hand. */
  private static String expectedBody(Body b) {
    List<String> out = new ArrayList<>();
    boolean in = false;
    for (String raw : Fixtures.seed(b.seed()).split("\n")) {
      String line = PINYIN.matcher(raw.strip()).replaceAll("");
      if (line.isEmpty()) {
        continue;
      }
      if (line.startsWith(b.first())) {
        in = true;
      }
      if (in) {
        out.add(line.replace("紅?綠?藍", "紅·綠·藍").replace("baoku1893", "").replace("(陶昱翰)", ""));
      }
      if (in && line.startsWith(b.last())) {
        break;
      }
    }
    assertThat(out).as("hand-marked body of " + b.seed()).hasSizeGreaterThan(3);
    return String.join("\n", out);
  }

  @Test
  void everySeedComesOutAsExactlyItsBody() {
    for (Body b : BODIES) {
      CleanResult r = CLEANER.clean(Fixtures.seed(b.seed()), PageHints.NONE, false);
      assertThat(r.text()).as(b.seed()).isEqualTo(expectedBody(b));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "000_79b0ec438b1631f2", "001_20d977c9f78f25d0", "002_3338117f636233a1", "003_31f5609d2355be6f", "004_e3f1fca9c606b166"})
  void noNoiseFamilyIsLeft(String seed) {
    String text = CLEANER.clean(Fixtures.seed(seed), PageHints.NONE, false).text();
    for (Pattern p : LEFTOVERS) {
      assertThat(p.matcher(text).find()).as(seed + " leftover " + p).isFalse();
    }
  }

  @Test
  void leftoverPatternsDetectTheRawSeedsNoise() {
    int found = 0;
    for (String seed : Fixtures.SEEDS) {
      String raw = Fixtures.seed(seed);
      for (Pattern p : LEFTOVERS) {
        if (p.matcher(raw).find()) {
          found++;
        }
      }
    }
    assertThat(found).isGreaterThanOrEqualTo(12);
  }

  @Test
  void seed000Metadata() {
    Metadata m = CLEANER.clean(Fixtures.seed("000_79b0ec438b1631f2"), PageHints.NONE, false).metadata();
    assertThat(m.title()).isEqualTo("渭南市華州區:“紅·綠·藍”黨建品牌賦能鄉村振興");
    assertThat(m.pubTime()).isEqualTo("2023-06-21T16:01:29");
    assertThat(m.foundBy()).containsEntry("title", "title").containsEntry("pub_time", "metadata-line");
  }

  @Test
  void seed001Metadata() {
    Metadata m = CLEANER.clean(Fixtures.seed("001_20d977c9f78f25d0"), PageHints.NONE, false).metadata();
    assertThat(m.title()).isEqualTo("看看新寧是如何通過黨建引領鄉村振興的?");
    assertThat(m.pubTime()).isNull();
  }

  @Test
  void seed002Metadata() {
    Metadata m = CLEANER.clean(Fixtures.seed("002_3338117f636233a1"), PageHints.NONE, false).metadata();
    assertThat(m.title()).isEqualTo("榆中夏官营:“党建五大工程”开创融合发展新局面");
    assertThat(m.pubTime()).isEqualTo("2023-06-20T12:15:00");
    assertThat(m.sourceName()).isEqualTo("榆中县委宣传部");
    assertThat(m.editor()).isEqualTo("王新强");
    assertThat(m.author()).isEqualTo("陶昱翰");
    assertThat(m.foundBy()).containsEntry("author", "trailing-byline");
  }

  @Test
  void seed003MetadataAndFlags() {
    CleanResult r = CLEANER.clean(Fixtures.seed("003_31f5609d2355be6f"), PageHints.NONE, false);
    // the essay has no title line: its opening clause labels it, and stays in the text
    assertThat(r.metadata().title()).isEqualTo("乡村振兴战略是党的十九大提出的一项重大战略");
    assertThat(r.metadata().foundBy()).containsEntry("title", Cleaner.LEAD_SENTENCE);
    assertThat(r.text()).startsWith("乡村振兴战略是党的十九大提出的一项重大战略");
    assertThat(r.metadata().pubTime()).isNull();
    assertThat(r.flags()).contains("redacted", "damaged-redaction", "damaged");
  }

  @Test
  void seed004Metadata() {
    Metadata m = CLEANER.clean(Fixtures.seed("004_e3f1fca9c606b166"), PageHints.NONE, false).metadata();
    assertThat(m.title()).isEqualTo("以“三年行動”助力鄉村振興提質增速——訪河北省唐山市樂亭縣委常委、組織部部長付征");
    assertThat(m.pubTime()).isEqualTo("2022-09-30T09:51:00");
    assertThat(m.sourceName()).isEqualTo("鄉村干部報");
    assertThat(m.editor()).isEqualTo("車婧");
    assertThat(m.reporter()).isEqualTo("車婧");
    assertThat(m.author()).isEqualTo("姜麗萍");
  }

  @Test
  void seedCountersAddUp() {
    CleanResult r = CLEANER.clean(Fixtures.seed("004_e3f1fca9c606b166"), PageHints.NONE, true);
    assertThat(r.hits()).containsKeys("pinyin-annotation", "place-name-spam", "social-account", "metadata-line", "stray-number", "title");
    long tracedRemovals = r.traces().stream().filter(t -> t.action().equals("removed")).count();
    long hitsOfRemovingRules = r.hits().entrySet().stream()
        .filter(e -> !e.getKey().equals("metadata-line") && !e.getKey().equals("title"))
        .mapToLong(java.util.Map.Entry::getValue).sum();
    assertThat(tracedRemovals).isGreaterThanOrEqualTo(hitsOfRemovingRules);
  }
}
