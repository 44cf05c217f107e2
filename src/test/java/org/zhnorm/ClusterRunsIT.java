package org.zhnorm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The cluster integration test's comparison, run by cluster/it.sh (not by {@code mvn test}: the name
 * ends in IT) once the runs are done: {@code -Dzhnorm.it.dir} holds the embedded run's output in
 * {@code embedded/} and each cluster run's, read back from HDFS, in a folder named in
 * {@code -Dzhnorm.it.runs}. Every row of every table, the dead letters and report.json must equal the
 * embedded run's, and each report's counts the rows DuckDB reads from that run's files.
 */
class ClusterRunsIT {
  private static final List<String> TABLES = List.of("documents:doc_id", "sections:section_id", "claims:claim_id");

  @Test
  void everyClusterRunWroteExactlyTheEmbeddedRunsRows() throws Exception {
    String dirProperty = System.getProperty("zhnorm.it.dir");
    String runsProperty = System.getProperty("zhnorm.it.runs");
    assertThat(dirProperty).as("-Dzhnorm.it.dir (cluster/it.sh sets it)").isNotBlank();
    assertThat(runsProperty).as("-Dzhnorm.it.runs (cluster/it.sh sets it)").isNotBlank();
    Path dir = Path.of(dirProperty);
    Path embedded = dir.resolve("embedded");
    JsonNode expectedReport = report(embedded);
    assertThat(expectedReport.path("documents").path("written").asLong()).as("documents the embedded run wrote").isPositive();
    assertCountsMatchFiles(embedded, expectedReport);

    for (String run : runsProperty.split(",")) {
      Path output = dir.resolve(run);
      assertThat(output.resolve("_SUCCESS")).as(run + " _SUCCESS").exists();
      for (String table : TABLES) {
        String name = table.substring(0, table.indexOf(':'));
        String key = table.substring(table.indexOf(':') + 1);
        List<String> expected = rows(embedded, name, key);
        assertThat(expected).as("embedded " + name).isNotEmpty();
        assertThat(rows(output, name, key)).as(run + " " + name).containsExactlyElementsOf(expected);
      }
      assertThat(deadLetters(output)).as(run + " dead letters").containsExactlyElementsOf(deadLetters(embedded));
      JsonNode report = report(output);
      assertThat(report).as(run + " report.json").isEqualTo(expectedReport);
      assertCountsMatchFiles(output, report);
    }
  }

  private static void assertCountsMatchFiles(Path output, JsonNode report) throws Exception {
    try (Tables t = new Tables(output)) {
      assertThat(t.count("SELECT count(*) FROM " + t.table("documents")))
          .as(output + " documents vs report").isEqualTo(report.path("documents").path("written").asLong());
      assertThat(t.count("SELECT count(*) FROM " + t.table("sections")))
          .as(output + " sections vs report").isEqualTo(report.path("sections").path("total").asLong());
      assertThat(t.count("SELECT count(*) FROM " + t.table("claims")))
          .as(output + " claims vs report").isEqualTo(report.path("claims").path("total").asLong());
    }
  }

  /** report.json without its {@code run} facts (runner, output, timings, memory, files: they differ by run). */
  private static JsonNode report(Path output) throws Exception {
    JsonNode report = new ObjectMapper().readTree(output.resolve("_report/report.json").toFile());
    ((com.fasterxml.jackson.databind.node.ObjectNode) report).remove("run");
    return report;
  }

  private static List<String> rows(Path output, String table, String key) throws Exception {
    try (Tables t = new Tables(output)) {
      return t.rows("SELECT * FROM " + t.table(table) + " ORDER BY " + key);
    }
  }

  private static List<String> deadLetters(Path output) throws Exception {
    try (Stream<Path> files = Files.list(output.resolve("dead_letter"))) {
      return files.flatMap(f -> {
        try {
          return Files.readAllLines(f).stream();
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }).sorted().toList();
    }
  }
}
