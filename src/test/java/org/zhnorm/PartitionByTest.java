package org.zhnorm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --partitionBy: the seeds written by year and unpartitioned, read back with DuckDB's hive_partitioning=true. */
class PartitionByTest {
  @TempDir static Path dir;
  static Path input;
  static Path byYear;
  static Path unpartitioned;

  @BeforeAll
  static void runOnSeeds() throws Exception {
    input = Runs.seedInput(dir);
    byYear = dir.resolve("by-year");
    unpartitioned = dir.resolve("none");
    ZhnormPipeline.run(Runs.options(input, byYear, "--runner=DirectRunner", "--partitionBy=pub_year"));
    ZhnormPipeline.run(Runs.options(input, unpartitioned, "--runner=DirectRunner", "--partitionBy=none"));
  }

  @Test
  void byYearWritesPubYearFoldersAndKeepsTheMonthAsAColumn() throws Exception {
    for (String table : List.of("documents", "sections", "claims")) {
      try (Stream<Path> parts = Files.list(byYear.resolve(table))) {
        assertThat(parts.map(p -> p.getFileName().toString())).isNotEmpty().allMatch(n -> n.matches("pub_year=(\\d{4}|unknown)"));
      }
    }
    try (Tables t = new Tables(byYear)) {
      assertThat(t.count("SELECT count(*) FROM " + t.table("documents"))).isEqualTo(5);
      assertThat(t.rows("SELECT pub_year, pub_month FROM " + t.table("documents") + " WHERE title LIKE '榆中夏官营%'"))
          .containsExactly("2023\t2023-06");
      // every row's year folder agrees with its month column
      for (String table : List.of("documents", "sections", "claims")) {
        assertThat(t.count("SELECT count(*) FROM " + t.table(table)
            + " WHERE CAST(pub_year AS VARCHAR) <> CASE WHEN pub_month = 'unknown' THEN 'unknown' ELSE substring(pub_month, 1, 4) END"))
            .isZero();
      }
      assertThat(t.count("SELECT count(*) FROM " + t.table("claims"))).isGreaterThan(0);
    }
  }

  @Test
  void noneWritesTheFilesInTheTableFolderWithTheMonthAsAColumn() throws Exception {
    try (Stream<Path> parts = Files.list(unpartitioned.resolve("documents"))) {
      assertThat(parts.map(p -> p.getFileName().toString())).isNotEmpty().allMatch(n -> n.endsWith(".parquet"));
    }
    try (Tables t = new Tables(unpartitioned); Tables m = new Tables(byYear)) {
      assertThat(t.count("SELECT count(*) FROM " + t.table("documents"))).isEqualTo(5);
      assertThat(t.rows("SELECT pub_month FROM " + t.table("documents") + " WHERE title LIKE '榆中夏官营%'"))
          .containsExactly("2023-06");
      assertThat(t.count("SELECT count(*) FROM " + t.table("claims")))
          .isEqualTo(m.count("SELECT count(*) FROM " + m.table("claims")));
    }
  }

  @Test
  void rejectsAnUnknownPartitionColumnBeforeRunning() {
    assertThatThrownBy(() -> ZhnormPipeline.run(Runs.options(input, dir.resolve("other"),
        "--runner=DirectRunner", "--partitionBy=month")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--partitionBy=month")
        .hasMessageContaining("pub_month, pub_year, none");
    assertThat(dir.resolve("other")).doesNotExist();
  }
}
