package org.zhnorm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhnorm.options.RunnerDefaults;

/**
 * A 20 MB one-line text on the default runner (embedded Flink with zhnorm's settings): before the size
 * cap it crashed the job with Flink's "record exceeds the maximum size of a sort buffer"; now it is one
 * {@code too-long} dead letter with its size and the other documents are written.
 */
class GiantDocumentFlinkTest {
  @TempDir Path dir;

  @Test
  void aTwentyMegabyteOneLineTextIsDeadLetteredAndTheRunGoesOn() throws Exception {
    Path in = Runs.seedInput(dir);
    Path giant = in.resolve("giant-one-line.txt");
    String unit = BadInputPipelineTest.P1 + BadInputPipelineTest.P2 + BadInputPipelineTest.P3;
    long bytes = 0;
    try (BufferedWriter w = Files.newBufferedWriter(giant, StandardCharsets.UTF_8)) {
      byte[] one = unit.getBytes(StandardCharsets.UTF_8);
      while (bytes < 20L * 1024 * 1024) {
        w.write(unit);
        bytes += one.length;
      }
    }
    Path out = dir.resolve("out");
    ZhnormPipeline.run(Runs.options(in, out, RunnerDefaults.apply(new String[] {"--runner=FlinkRunner", "--parallelism=2", "--quiet"})));

    List<String> dead = Files.readAllLines(out.resolve("dead_letter/dead_letter-00000-of-00001.jsonl"));
    assertThat(dead).hasSize(1);
    JsonNode d = new ObjectMapper().readTree(dead.get(0));
    assertThat(d.get("reason").asText()).isEqualTo("too-long");
    assertThat(d.get("detail").asText()).startsWith("a text of " + bytes + " bytes").contains("--maxDocumentChars=1000000");
    JsonNode report = new ObjectMapper().readTree(out.resolve("_report/report.json").toFile());
    assertThat(report.at("/documents/written").asLong()).isEqualTo(5);
    assertThat(report.at("/invariant/holds").asBoolean()).isTrue();
  }
}
