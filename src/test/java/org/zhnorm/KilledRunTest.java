package org.zhnorm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 in the middle of a run, then a rerun with --overwrite into the same folder, gives exactly
 * the rows of an uninterrupted run.
 */
class KilledRunTest {
  @TempDir Path dir;

  @Test
  void aRerunWithOverwriteAfterKillNineGivesTheRowsOfAnUninterruptedRun() throws Exception {
    Path in = Runs.seedInput(dir);
    // a few copies under other names, so the run lasts long enough to be killed in the middle
    for (String name : List.copyOf(listNames(in))) {
      for (int i = 0; i < 6; i++) {
        Files.writeString(in.resolve("copy" + i + "-" + name), Files.readString(in.resolve(name)) + "\n第" + i + "份。");
      }
    }
    Path killed = dir.resolve("killed");
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
        "-cp", System.getProperty("java.class.path"), "org.zhnorm.Main", "run", "--input=" + in, "--output=" + killed,
        "--runner=DirectRunner", "--quiet")
        .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
    // wait until the writers have started: output staged in the temp folder, the run not yet done
    Path temp = killed.resolve(".temp-beam");
    while (p.isAlive() && !(Files.isDirectory(temp) && hasFiles(temp))) {
      p.waitFor(50, TimeUnit.MILLISECONDS);
    }
    assertThat(p.isAlive()).as("the child run was still going when killed (see child.log)").isTrue();
    new ProcessBuilder("kill", "-9", Long.toString(p.pid())).start().waitFor();
    p.waitFor();
    assertThat(p.exitValue()).isEqualTo(137);
    assertThat(killed.resolve("_SUCCESS")).doesNotExist();

    ZhnormPipeline.run(Runs.options(in, killed, "--runner=DirectRunner", "--overwrite", "--quiet"));
    Path clean = dir.resolve("clean");
    ZhnormPipeline.run(Runs.options(in, clean, "--runner=DirectRunner", "--quiet"));

    for (String table : List.of("documents", "sections", "claims")) {
      String sql = "SELECT * EXCLUDE (pub_month) FROM %s ORDER BY ALL";
      try (Tables a = new Tables(killed); Tables b = new Tables(clean)) {
        List<String> rerun = a.rows(String.format(sql, a.table(table)));
        assertThat(rerun).as(table).isNotEmpty().isEqualTo(b.rows(String.format(sql, b.table(table))));
      }
    }
    assertThat(Files.readAllLines(killed.resolve("dead_letter/dead_letter-00000-of-00001.jsonl")))
        .containsExactlyInAnyOrderElementsOf(Files.readAllLines(clean.resolve("dead_letter/dead_letter-00000-of-00001.jsonl")));
    assertThat(killed.resolve("_SUCCESS")).exists();
  }

  private static List<String> listNames(Path in) throws Exception {
    try (var s = Files.list(in)) {
      return s.map(x -> x.getFileName().toString()).sorted().toList();
    }
  }

  private static boolean hasFiles(Path d) throws Exception {
    try (var s = Files.walk(d)) {
      return s.anyMatch(Files::isRegularFile);
    }
  }
}
