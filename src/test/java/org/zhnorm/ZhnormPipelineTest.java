package org.zhnorm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: the seeds through the whole pipeline on the DirectRunner, read back with DuckDB. */
class ZhnormPipelineTest {
  @TempDir static Path dir;
  static Path output;

  @BeforeAll
  static void runOnSeeds() throws Exception {
    output = dir.resolve("output");
    ZhnormPipeline.run(Runs.options(Runs.seedInput(dir), output, "--runner=DirectRunner"));
  }

  @Test
  void writesFiveDocumentsWithHivePartitions() throws Exception {
    try (Tables t = new Tables(output)) {
      assertThat(t.count("SELECT count(*) FROM " + t.table("documents"))).isEqualTo(5);
      assertThat(t.rows("SELECT DISTINCT pub_month FROM " + t.table("documents") + " ORDER BY 1"))
          .allMatch(m -> m.matches("\\d{4}-\\d{2}|unknown"));
      assertThat(t.count("SELECT count(*) FROM " + t.table("documents") + " WHERE char_count <> length(text)")).isZero();
      // the text before conversion (filled by ConvertScript): the text itself where no chain applied
      assertThat(t.count("SELECT count(*) FROM " + t.table("documents") + " WHERE length(text_original) = 0")).isZero();
      assertThat(t.count("SELECT count(*) FROM " + t.table("documents")
          + " WHERE conversion = 'none' AND text_original IS DISTINCT FROM text")).isZero();
      assertThat(t.count("SELECT count(*) FROM " + t.table("documents") + " WHERE conversion <> 'none' AND text_original <> text"))
          .isEqualTo(3);
    }
    try (Stream<Path> parts = Files.list(output.resolve("documents"))) {
      assertThat(parts.map(p -> p.getFileName().toString())).allMatch(n -> n.startsWith("pub_month="));
    }
  }

  @Test
  void seedsComeOutCleanSimplifiedAndWithTheirMetadata() throws Exception {
    try (Tables t = new Tables(output)) {
      String docs = t.table("documents");
      assertThat(t.rows("SELECT title, pub_time, source_name, editor, script, conversion FROM " + docs
          + " WHERE title LIKE '%乐亭县%'"))
          .containsExactly("以“三年行动”助力乡村振兴提质增速——访河北省唐山市乐亭县委常委、组织部部长付征\t"
              + "2022-09-30T09:51:00\t乡村干部报\t车婧\ttraditional\ttw2s");
      assertThat(t.rows("SELECT pub_month, pub_time FROM " + docs + " WHERE title LIKE '榆中夏官营%'"))
          .containsExactly("2023-06\t2023-06-20T12:15:00");
      // no noise family left, Simplified script, and the body kept
      assertThat(t.count("SELECT count(*) FROM " + docs + " WHERE regexp_matches(text,"
          + " '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)|扫一扫|上一篇|下一篇|欢迎访问|首页 >|责编|来源:|baoku|穆棱市|同德县|鄉|區|縣')"))
          .isZero();
      assertThat(t.count("SELECT count(*) FROM " + docs + " WHERE text LIKE '%培育致富带头人309名%'")).isEqualTo(1);
    }
  }

  @Test
  void interviewTurnsAndClaimsAreExtracted() throws Exception {
    try (Tables t = new Tables(output)) {
      assertThat(t.rows("SELECT DISTINCT kind, speaker FROM " + t.table("sections")
          + " WHERE kind IN ('question', 'answer') ORDER BY 1"))
          .containsExactly("answer\t付征", "question\t记者");
      assertThat(t.rows("SELECT value_text, CAST(value AS VARCHAR), unit, unit_kind, qualifier FROM " + t.table("claims")
          + " WHERE value_text IN ('1400多万元', '1.08亿元', '16.59万元') ORDER BY value"))
          .containsExactly(
              "16.59万元\t165900.000000\t元\tmoney\texact",
              "1400多万元\t14000000.000000\t元\tmoney\tat_least",
              "1.08亿元\t108000000.000000\t元\tmoney\texact");
    }
  }

  @Test
  void sectionsAndClaimsLinkBackToDocuments() throws Exception {
    try (Tables t = new Tables(output)) {
      assertThat(t.count("SELECT count(*) FROM " + t.table("sections"))).isGreaterThanOrEqualTo(5);
      assertThat(t.count("SELECT count(*) FROM " + t.table("claims"))).isGreaterThan(0);
      assertThat(t.count("SELECT count(*) FROM " + t.table("sections") + " s ANTI JOIN "
          + t.table("documents") + " d USING (doc_id)")).isZero();
      assertThat(t.count("SELECT count(*) FROM " + t.table("claims") + " c ANTI JOIN "
          + t.table("sections") + " s USING (section_id)")).isZero();
      // a section's offsets cut its text out of the document's text
      assertThat(t.count("SELECT count(*) FROM " + t.table("sections") + " s JOIN " + t.table("documents")
          + " d USING (doc_id) WHERE substring(d.text, s.start_offset + 1, s.end_offset - s.start_offset) <> s.text"))
          .isZero();
    }
  }

  @Test
  void reportAccountsForEveryDocumentAndSuccessIsLast() throws Exception {
    JsonNode report = new ObjectMapper().readTree(output.resolve("_report/report.json").toFile());
    assertThat(report.at("/documents/read").asLong()).isEqualTo(5);
    assertThat(report.at("/invariant/holds").asBoolean()).isTrue();
    assertThat(output.resolve("_SUCCESS")).exists();
    assertThat(output.resolve(".temp-beam")).doesNotExist();
    assertThat(Files.readAllLines(output.resolve("dead_letter/dead_letter-00000-of-00001.jsonl"))).isEmpty();
  }

  @Test
  void reportHoldsTheRunFactsFoundAfterThePipeline() throws Exception {
    JsonNode report = new ObjectMapper().readTree(output.resolve("_report/report.json").toFile());
    JsonNode run = report.path("run");
    long seedBytes = 0;
    try (Stream<Path> seeds = Files.list(dir.resolve("input"))) {
      for (Path p : seeds.toList()) {
        seedBytes += Files.size(p);
      }
    }
    assertThat(run.path("input").asText()).isEqualTo(dir.resolve("input").toString());
    assertThat(run.path("input_bytes").asLong()).isEqualTo(seedBytes);
    assertThat(run.path("runner").asText()).isEqualTo("DirectRunner");
    assertThat(run.path("version").asText()).isNotBlank();
    assertThat(run.path("partition_by").asText()).isEqualTo("pub_month");
    double seconds = run.path("wall_seconds").asDouble();
    assertThat(seconds).isPositive().isLessThanOrEqualTo(run.path("jvm_uptime_seconds").asDouble());
    assertThat(run.path("mb_per_second").asDouble()).isCloseTo(seedBytes / 1e6 / seconds, org.assertj.core.api.Assertions.within(0.01));
    assertThat(run.path("peak_rss_mb").asLong()).isPositive();
    assertThat(run.path("max_heap_mb").asLong()).isPositive();
    assertThat(run.path("stage_seconds").has("ConvertScript")).isTrue();
    assertThat(run.path("stage_seconds").has("Segment")).isTrue();
    // files written: what is on disk, per table
    for (String table : List.of("documents", "sections", "claims", "dead_letter")) {
      long onDisk;
      try (Stream<Path> s = Files.walk(output.resolve(table))) {
        onDisk = s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).count();
      }
      assertThat(run.at("/files_written/" + table).asLong()).as(table).isEqualTo(onDisk).isPositive();
    }
    // documents by year add up to the documents written, month by month
    long byYear = 0;
    for (JsonNode n : report.path("documents_by_year")) {
      byYear += n.asLong();
    }
    assertThat(byYear).isEqualTo(report.at("/documents/written").asLong());
    assertThat(report.at("/documents_by_year/2023").asLong()).isEqualTo(report.at("/documents_by_month/2023-06").asLong()
        + report.path("documents_by_month").properties().stream()
            .filter(e -> e.getKey().startsWith("2023-") && !e.getKey().equals("2023-06")).mapToLong(e -> e.getValue().asLong()).sum());
    assertThat(Files.readString(output.resolve("_report/report.html")))
        .contains("id=\"run\"", "id=\"stages\"", "id=\"chart-claims-by-province\"");
  }

  @Test
  void reportHtmlRendersItsChartsInHeadlessChromium() throws Exception {
    Path html = output.resolve("_report/report.html");
    assertThat(html).exists();
    assertThat(Files.readString(html)).doesNotContain("http://", "https://", "<script");
    String browser = Chromium.find();
    Assumptions.assumeTrue(browser != null,
        "headless Chromium is not installed (Debian package chromium; .ci/run installs it): browser check skipped");
    String dom = Chromium.dumpDom(browser, html);
    assertThat(dom).contains("id=\"chart-by-month\"", "id=\"chart-noise\"", "id=\"chart-unit-kinds\"",
        "id=\"chart-chains\"", "id=\"chart-by-province\"", "id=\"chart-claims-by-province\"", "id=\"run\"", "<rect");
    assertThat(dom).contains("holds");
    Path png = Path.of("target", "report-screenshot.png");
    Files.createDirectories(png.getParent());
    Files.deleteIfExists(png);
    Chromium.screenshot(browser, html, png);
    assertThat(png).exists();
    assertThat(Files.size(png)).isGreaterThan(10_000);
  }

  @Test
  void refusesAnOutputFolderThatHoldsARunUnlessOverwrite() throws Exception {
    Path input = dir.resolve("input");
    assertThatThrownBy(() -> ZhnormPipeline.run(Runs.options(input, output, "--runner=DirectRunner")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("--overwrite");
  }

  @Test
  void rejectsAnUnknownConversionBeforeRunning() {
    assertThatThrownBy(() -> ZhnormPipeline.run(Runs.options(dir.resolve("input"), dir.resolve("other"),
        "--runner=DirectRunner", "--conversion=s2t")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--conversion=s2t")
        .hasMessageContaining("tw2sp");
    assertThat(dir.resolve("other")).doesNotExist();
  }

}
