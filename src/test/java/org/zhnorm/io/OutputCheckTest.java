package org.zhnorm.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhnorm.Runs;
import org.zhnorm.ZhnormPipeline;

/** A real run's output passes the check; the same output with a file lost, doubled or moved fails it, naming the count. */
class OutputCheckTest {
  @TempDir static Path dir;
  static Path output;

  @BeforeAll
  static void runOnSeeds() throws Exception {
    output = dir.resolve("output");
    ZhnormPipeline.run(Runs.options(Runs.seedInput(dir), output, "--runner=DirectRunner"));
  }

  @Test
  void aCompleteRunPasses() {
    assertThatCode(() -> OutputCheck.verify(output.toString(), Partitioning.PUB_MONTH)).doesNotThrowAnyException();
  }

  @Test
  void aLostFileFailsNamingTheTable() throws Exception {
    Path copy = copyOfOutput("lost");
    Path file = parquetFiles(copy.resolve("sections")).get(0);
    Files.delete(file);
    assertThatThrownBy(() -> OutputCheck.verify(copy.toString(), Partitioning.PUB_MONTH))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("sections: report.json says")
        .hasMessageContaining("not valid");
  }

  @Test
  void aDoubledFileFails() throws Exception {
    Path copy = copyOfOutput("doubled");
    Path file = parquetFiles(copy.resolve("claims")).get(0);
    Files.copy(file, file.resolveSibling("copy-" + file.getFileName()));
    assertThatThrownBy(() -> OutputCheck.verify(copy.toString(), Partitioning.PUB_MONTH)).hasMessageContaining("claims: report.json says");
  }

  @Test
  void aDocumentInTheWrongPartitionFails() throws Exception {
    Path copy = copyOfOutput("moved");
    List<Path> files = parquetFiles(copy.resolve("documents"));
    Path from = files.get(0);
    Path other = files.stream().filter(f -> !f.getParent().equals(from.getParent())).findFirst().orElseThrow();
    Files.move(from, other.resolveSibling("moved-" + from.getFileName()));
    assertThatThrownBy(() -> OutputCheck.verify(copy.toString(), Partitioning.PUB_MONTH))
        .hasMessageContaining("documents/" + from.getParent().getFileName() + ": report.json says")
        .hasMessageNotContaining("documents: report.json");
  }

  private static List<Path> parquetFiles(Path table) throws Exception {
    try (Stream<Path> s = Files.walk(table)) {
      List<Path> files = s.filter(p -> p.toString().endsWith(".parquet")).sorted().toList();
      assertThat(files).isNotEmpty();
      return files;
    }
  }

  private static Path copyOfOutput(String name) throws Exception {
    Path target = dir.resolve(name);
    try (Stream<Path> s = Files.walk(output)) {
      for (Path p : s.sorted(Comparator.naturalOrder()).toList()) {
        Path to = target.resolve(output.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    }
    return target;
  }
}
