package org.zhnorm.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressTest {
  @Test
  void lineCountsDocumentsAndBytesAndEstimatesTimeLeft() {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try (Progress p = Progress.start(new PrintStream(buf, true, StandardCharsets.UTF_8), 10_000_000, 3600)) {
      Progress.fileRead(2_000_000, 40);
      Progress.documentProcessed();
      assertThat(p.line()).contains("40 documents read", "1 processed", "MB/s", "elapsed", "left");
    }
    // closing prints the final line
    assertThat(buf.toString(StandardCharsets.UTF_8)).contains("40 documents read");
  }

  @Test
  void smallRatesShowInKilobytes() {
    try (Progress p = Progress.start(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), 0, 3600)) {
      Progress.fileRead(10, 1);
      assertThat(p.line()).contains("KB/s").doesNotContain("left");
    }
  }
}
