package org.zhnorm.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFolderTest {
  @TempDir Path dir;

  @Test
  void aMissingOrKeepOnlyFolderIsReady() throws Exception {
    new OutputFolder(dir.resolve("new").toString()).prepare(false);
    Files.createFile(dir.resolve(".gitkeep"));
    new OutputFolder(dir.toString()).prepare(false);
  }

  @Test
  void aPreviousRunIsRefusedUnlessOverwriteWhichRemovesOnlyARunsOwnFiles() throws Exception {
    Files.createDirectories(dir.resolve("documents/pub_month=2023-06"));
    Files.writeString(dir.resolve("documents/pub_month=2023-06/part-0.parquet"), "x");
    Files.writeString(dir.resolve("_SUCCESS"), "");
    Files.writeString(dir.resolve("notes.txt"), "the user's own file");
    OutputFolder out = new OutputFolder(dir.toString());

    assertThatThrownBy(() -> out.prepare(false))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("--output=" + dir)
        .hasMessageContaining("--overwrite");

    out.prepare(true);
    assertThat(dir.resolve("documents")).doesNotExist();
    assertThat(dir.resolve("_SUCCESS")).doesNotExist();
    assertThat(dir.resolve("notes.txt")).exists();
  }

  @Test
  void aFileIsNotAnOutputFolder() throws Exception {
    Path file = Files.writeString(dir.resolve("out"), "");
    assertThatThrownBy(() -> new OutputFolder(file.toString()).prepare(false)).hasMessageContaining("is a file");
  }
}
