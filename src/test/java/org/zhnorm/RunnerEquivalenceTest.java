package org.zhnorm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhnorm.options.RunnerDefaults;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same input gives the same rows on the DirectRunner, on Flink's embedded runner (a real Flink
 * mini-cluster in this JVM) and on Spark in local[2] mode, for every table.
 */
class RunnerEquivalenceTest {
  @TempDir Path dir;

  @Test
  void flinkAndSparkWriteTheSameRowsAsTheDirectRunner() throws Exception {
    Path input = Runs.seedInput(dir);
    Path direct = dir.resolve("direct");
    Path flink = dir.resolve("flink");
    ZhnormPipeline.run(Runs.options(input, direct, "--runner=DirectRunner"));
    Path spark = dir.resolve("spark");
    // Flink with the settings a default run uses (DataStream API in batch mode, see RunnerDefaults)
    ZhnormPipeline.run(Runs.options(input, flink, RunnerDefaults.apply(new String[] {"--runner=FlinkRunner", "--parallelism=2"})));
    ZhnormPipeline.run(Runs.options(input, spark, "--runner=SparkRunner", "--sparkMaster=local[2]"));

    for (String table : List.of("documents:doc_id", "sections:section_id", "claims:claim_id")) {
      String name = table.substring(0, table.indexOf(':'));
      String key = table.substring(table.indexOf(':') + 1);
      List<String> expected = rows(direct, name, key);
      assertThat(expected).as(name).isNotEmpty();
      assertThat(rows(flink, name, key)).as("flink " + name).containsExactlyElementsOf(expected);
      assertThat(rows(spark, name, key)).as("spark " + name).containsExactlyElementsOf(expected);
    }
  }

  private static List<String> rows(Path output, String table, String key) throws Exception {
    try (Tables t = new Tables(output)) {
      return t.rows("SELECT * FROM " + t.table(table) + " ORDER BY " + key);
    }
  }
}
