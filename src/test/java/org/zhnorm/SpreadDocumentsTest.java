package org.zhnorm;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When the documents are spread over the workers after parsing: few files, or one file holding much of the dump. */
class SpreadDocumentsTest {
  @TempDir Path dir;

  private void files(int n, int bytes) throws IOException {
    for (int i = 0; i < n; i++) {
      Files.writeString(dir.resolve("page-" + i + ".txt"), "字".repeat(bytes / 3));
    }
  }

  @Test
  void manyFilesOfSimilarSizeAreNotSpreadAgain() throws IOException {
    files(40, 3000);
    assertFalse(ZhnormPipeline.spreadDocuments(dir.toString()));
  }

  @Test
  void fewFilesAreSpread() throws IOException {
    files(3, 3000);
    assertTrue(ZhnormPipeline.spreadDocuments(dir.toString()));
  }

  @Test
  void oneBigFileAmongManyIsSpread() throws IOException {
    files(40, 3000);
    Files.writeString(dir.resolve("dump.jsonl"), "x".repeat(200_000));
    assertTrue(ZhnormPipeline.spreadDocuments(dir.toString()));
  }
}
