package org.zhnorm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.zhnorm.options.ZhnormOptions;

/** Runs the whole pipeline in a test, on the seeds copied into a temp folder. */
public final class Runs {
  private Runs() {}

  /** Copies the seed fixtures into {@code dir}/input and returns that folder. */
  public static Path seedInput(Path dir) throws IOException {
    Path in = Files.createDirectories(dir.resolve("input"));
    for (String name : List.of(
        "000_79b0ec438b1631f2.txt", "001_20d977c9f78f25d0.txt", "002_3338117f636233a1.txt",
        "003_31f5609d2355be6f.txt", "004_e3f1fca9c606b166.txt")) {
      try (var s = Runs.class.getResourceAsStream("/seeds/" + name)) {
        Files.copy(s, in.resolve(name));
      }
    }
    return in;
  }

  public static ZhnormOptions options(Path input, Path output, String... extra) {
    List<String> args = new ArrayList<>(List.of("--input=" + input, "--output=" + output));
    args.addAll(List.of(extra));
    PipelineOptionsFactory.register(ZhnormOptions.class);
    return PipelineOptionsFactory.fromArgs(args.toArray(String[]::new)).withValidation().as(ZhnormOptions.class);
  }
}
