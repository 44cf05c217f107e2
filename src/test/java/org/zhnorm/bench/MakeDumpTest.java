package org.zhnorm.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhnorm.Runs;

class MakeDumpTest {
  @TempDir Path dir;

  @Test
  void sentencesKeepTheirEndPunctuationAndClosingQuotes() {
    assertThat(MakeDump.Pool.sentences("他说：“今年增收了。”全镇共有309名党员！还有吗？最后一句没有句号"))
        .containsExactly("他说：“今年增收了。”", "全镇共有309名党员！", "还有吗？", "最后一句没有句号");
  }

  @Test
  void repeatsCountDistinctTextsAndTheMostRepeatedOne() {
    Repeats r = new Repeats();
    for (String s : List.of("甲", "乙", "甲", "丙", "甲")) {
      r.add(s);
    }
    assertThat(r.summary()).containsEntry("drawn", 5).containsEntry("distinct", 3).containsEntry("max_repeats", 3)
        .containsEntry("mean_repeats", 1.67).containsEntry("distinct_share", 0.6);
  }

  @Test
  void txtLayoutWritesOnePagePerFileOfRealSentencesInAFolderPerHost() throws Exception {
    MakeDump.Pool pool = new MakeDump.Pool();
    pool.collect(Runs.seedInput(dir));
    assertThat(pool.sentences).doesNotHaveDuplicates().isNotEmpty();
    MakeDump.Generator gen = new MakeDump.Generator(pool, new Random(1));
    Path out = dir.resolve("dump");
    MakeDump.Writers.Result r = MakeDump.Writers.txt(out, 200_000, gen);
    List<Path> files;
    try (Stream<Path> s = Files.walk(out)) {
      files = s.filter(Files::isRegularFile).toList();
    }
    assertThat(files).hasSize(r.pages()).allMatch(f -> f.getFileName().toString().endsWith(".txt"))
        .allMatch(f -> f.getParent().getFileName().toString().matches("site\\d+\\.example\\.cn"));
    assertThat(r.bytes()).isGreaterThanOrEqualTo(200_000).isEqualTo(files.stream().mapToLong(f -> f.toFile().length()).sum());
    String page = Files.readString(files.get(0), StandardCharsets.UTF_8);
    String[] blocks = page.strip().split("\n\n");
    assertThat(blocks[1]).matches("2023-\\d{2}-\\d{2} \\d{2}:\\d{2}:00");
    assertThat(blocks.length - 2).isBetween(4, 24);
    // every paragraph is made of whole pool sentences, at least two: it starts with one, ends with another
    for (int i = 2; i < blocks.length; i++) {
      String para = blocks[i];
      assertThat(pool.sentences).as(para).anyMatch(para::startsWith).anyMatch(para::endsWith).doesNotContain(para);
    }
    Map<String, Object> paragraphs = gen.paragraphs.summary();
    assertThat((double) paragraphs.get("distinct_share")).isGreaterThan(0.95);
  }
}
