package org.zhnorm.text.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The cheap tests that stand before regular expressions: each may only say no where the expression finds nothing. */
class PrefilterTest {
  /** Every line of the seed articles and the cleaning fixtures (real pages, see their PROVENANCE). */
  static List<String> fixtureLines() throws IOException {
    List<String> lines = new ArrayList<>();
    for (String dir : List.of("src/test/resources/seeds", "src/test/resources/clean")) {
      try (Stream<Path> files = Files.walk(Path.of(dir))) {
        for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
          lines.addAll(Files.readString(f, StandardCharsets.UTF_8).lines().toList());
        }
      }
    }
    return lines;
  }

  @Test
  void linesSplitAsTheRegexDid() {
    for (String text : List.of("", "a", "a\n", "\n", "a\r\nb\rc\nd\u2028e\u2029f", "a\r\n\r\nb\n\n", "a\r", "\r\n", "一\n\n二\r\n")) {
      assertThat(Cleaner.lines(text)).as(text).containsExactly(text.split("\\r\\n|\\r|\\n|\\u2028|\\u2029", -1));
    }
  }

  @Test
  void bylineGuardsLetEveryBylineThroughAndStopPlainText() throws IOException {
    assertThat(ReporterBylineRule.GUARDS).allMatch(RequiredLiterals::selective);
    for (String byline : List.of("〔記者施曉光、吳亮儀╱台北報導〕", "（中央社記者王小明台北4日電）", "楊舒媚／台北報導",
        "記者鄭清元╱攝影", "（资料照，記者溫于德攝）", "（责编：王小明）", "2014/03/19 18:58 彭佳芸 黃翊真 報導 地區：台北市報導")) {
      assertThat(ReporterBylineRule.GUARDS).as(byline).anyMatch(g -> g.mayFind(byline));
    }
    long stopped = fixtureLines().stream().filter(l -> ReporterBylineRule.GUARDS.stream().noneMatch(g -> g.mayFind(l))).count();
    assertThat(stopped).isGreaterThan(fixtureLines().size() / 2);
  }

  @Test
  void aGuardNeverStopsALineItsPatternFindsSomethingIn() throws IOException {
    List<Pattern> patterns = List.of(
        Pattern.compile("[〔（(\\[【]\\s*(?:記者|记者)?\\s*([\\p{IsHan}·]{2,4})\\s*[╱／/]\\s*[\\p{IsHan}]{1,8}\\s*(?:報導|报导|報道|报道)"),
        Pattern.compile("(?:责编|責編|责任编辑|責任編輯|编辑|編輯)\\s*[:：]"),
        Pattern.compile("(?:来源|來源|作者|记者)[:：]\\s*\\S+"),
        Pattern.compile("[0-9]{4}年[0-9]{1,2}月"));
    List<String> lines = fixtureLines();
    for (Pattern p : patterns) {
      RequiredLiterals guard = RequiredLiterals.of(p);
      assertThat(guard.selective()).as(p.pattern()).isTrue();
      for (String line : lines) {
        if (p.matcher(line).find()) {
          assertThat(guard.mayFind(line)).as(p.pattern() + " in " + line).isTrue();
        }
      }
    }
  }

  @Test
  void watermarkPrefilterPassesEveryToken() {
    assertThat(WatermarkRule.mayHoldToken("据统计baoku1893年全县")).isTrue();
    assertThat(WatermarkRule.mayHoldToken("abcd123")).isTrue();
    assertThat(WatermarkRule.mayHoldToken("全县2023年GDP增长abc1")).isFalse();
    assertThat(WatermarkRule.mayHoldToken("新宁县委以党建为引领")).isFalse();
  }
}
