package org.zhnorm.text.segment;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The seed articles of ../shared/corpus/seeds in Simplified script (what the pipeline feeds us). */
final class SeedTexts {
  /** Relative to the project folder (Maven runs tests there), like ../shared/opencc in the issue. */
  static final Path SEEDS = Path.of("../shared/corpus/seeds");

  private SeedTexts() {}

  static List<String> simplified() {
    try (Stream<Path> files = Files.list(SEEDS)) {
      return files.sorted().map(SeedTexts::read).map(ZhConverterUtil::toSimple).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
