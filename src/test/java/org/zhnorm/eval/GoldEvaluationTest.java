package org.zhnorm.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldEvaluationTest {
  @TempDir Path dir;

  private GoldSet twoPages() throws IOException {
    Files.createDirectories(dir.resolve("original"));
    Files.createDirectories(dir.resolve("cleaned"));
    Files.createDirectories(dir.resolve("date"));
    Files.writeString(dir.resolve("original/a.html"), "<p>甲乙丙丁戊己庚辛</p>");
    Files.writeString(dir.resolve("cleaned/a.txt"), "甲乙丙丁戊己庚辛");
    Files.writeString(dir.resolve("date/a.txt"), "2005-03-21 11:21\n");
    Files.writeString(dir.resolve("original/b.html"), "<p>子丑</p>");
    Files.writeString(dir.resolve("cleaned/b.txt"), "子丑");
    Files.writeString(dir.resolve("date/b.txt"), "UNKNOWN");
    return GoldSet.load(dir);
  }

  @Test
  void loadsLayoutSortedById() throws IOException {
    GoldSet gold = twoPages();
    assertThat(gold.ids()).containsExactly("a", "b");
    assertThat(gold.pages().get("a").date()).isEqualTo("2005-03-21 11:21");
    assertThat(gold.pages().get("a").author()).isNull();
    assertThat(new String(gold.originalBytes("b"), java.nio.charset.StandardCharsets.UTF_8))
        .contains("子丑");
  }

  @Test
  void missingCleanedFileFailsWithItsName() throws IOException {
    twoPages();
    Files.writeString(dir.resolve("original/c.html"), "<p>x</p>");
    assertThatThrownBy(() -> GoldSet.load(dir)).hasMessageContaining("c.txt");
  }

  @Test
  void microAndMacroDiffer() throws IOException {
    GoldSet gold = twoPages();
    // a: perfect (7 bigrams); b: missing (1 bigram).
    GoldEvaluation.Report r =
        GoldEvaluation.score(Map.of("a", "甲乙丙丁戊己庚辛"), Map.of("a", "2005年3月21日"), gold);
    assertThat(r.rows()).hasSize(2);
    assertThat(r.micro().recall()).isCloseTo(7.0 / 8, within(1e-9));
    assertThat(r.meanRecall()).isCloseTo(0.5, within(1e-9));
    assertThat(r.minF1()).isZero();
    assertThat(r.dateAccuracy()).isEqualTo(1.0);
    assertThat(r.toTable()).contains("OVERALL (micro").contains("MEAN (macro").contains("date accuracy=1.000");
  }

  @Test
  void wrongDateCounts() throws IOException {
    GoldSet gold = twoPages();
    GoldEvaluation.Report r =
        GoldEvaluation.score(Map.of(), Map.of("a", "2005-03-22", "b", "2005-01-01"), gold);
    assertThat(r.dateAccuracy()).isZero();
    assertThat(r.toTable()).contains("WRONG");
  }
}
