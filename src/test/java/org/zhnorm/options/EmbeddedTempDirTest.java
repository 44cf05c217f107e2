package org.zhnorm.options;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedTempDirTest {
  @TempDir Path tmp;

  @Test
  void removesTheTreeQuietlyWhileAnotherThreadRemovesPartsOfIt() throws Exception {
    Path root = tmp.resolve("zhnorm-flink-tmp");
    for (int d = 0; d < 400; d++) {
      Path dir = Files.createDirectories(root.resolve("minicluster/tm_" + d + "/tmp"));
      for (int f = 0; f < 10; f++) {
        Files.writeString(dir.resolve("f" + f), "x");
      }
    }
    // another shutdown hook (Flink's) removing the same tree, folder by folder, as it walks it
    Thread other = new Thread(() -> {
      for (int d = 399; d >= 0; d--) {
        try (Stream<Path> s = Files.walk(root.resolve("minicluster/tm_" + d))) {
          s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException e) {
          // files vanish under this walk too
        }
      }
    });
    String err = stderrOf(() -> {
      other.start();
      EmbeddedTempDir.delete(root);
    });
    other.join();
    assertThat(root).doesNotExist();
    assertThat(err).isEmpty();
  }

  @Test
  void aFolderAlreadyGoneIsNothingToReport() {
    assertThat(stderrOf(() -> EmbeddedTempDir.delete(tmp.resolve("never-made")))).isEmpty();
  }

  private static String stderrOf(Runnable r) {
    PrintStream saved = System.err;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      r.run();
    } finally {
      System.setErr(saved);
    }
    return buf.toString(StandardCharsets.UTF_8);
  }
}
