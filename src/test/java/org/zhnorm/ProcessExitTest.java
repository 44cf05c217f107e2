package org.zhnorm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as a process: a bad flag ends the JVM with a one-line message (before, {@code
 * --parallelism=0} printed a trace and the Flink threads kept the JVM alive), and Ctrl-C says that the
 * run was interrupted and the output folder is incomplete.
 */
class ProcessExitTest {
  @TempDir Path dir;

  private Process zhnorm(Path log, String... args) throws Exception {
    List<String> cmd = new ArrayList<>(defaultSignals());
    cmd.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
        "-cp", System.getProperty("java.class.path"), "org.zhnorm.Main"));
    cmd.addAll(List.of(args));
    return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  /**
   * The child gets SIGINT's default handling, as at a terminal: a build started in the background
   * by a shell without job control (nohup, {@code &}) hands its children an ignored SIGINT, and the
   * JVM then never sees Ctrl-C. GNU env resets it; without that option the command runs as it is.
   */
  private static List<String> defaultSignals() throws Exception {
    Process probe = new ProcessBuilder("env", "--default-signal=INT", "true").redirectErrorStream(true).start();
    probe.getInputStream().readAllBytes();
    return probe.waitFor() == 0 ? List.of("env", "--default-signal=INT") : List.of();
  }

  @Test
  void parallelismZeroEndsTheJvmWithAShortMessage() throws Exception {
    Path log = dir.resolve("p0.log");
    Process p = zhnorm(log, "run", "--parallelism=0", "--input=" + Runs.seedInput(dir), "--output=" + dir.resolve("out"));
    boolean exited = p.waitFor(5, TimeUnit.MINUTES);
    if (!exited) {
      p.destroyForcibly();
    }
    assertThat(exited).as("the JVM exits").isTrue();
    assertThat(p.exitValue()).isEqualTo(2);
    assertThat(Files.readString(log, StandardCharsets.UTF_8).strip())
        .isEqualTo("zhnorm run: --parallelism=0 is not allowed; use a positive whole number of parallel tasks"
            + " (without the flag: the machine's cores)");
  }

  @Test
  void ctrlCSaysTheRunWasInterruptedAndTheOutputIsIncomplete() throws Exception {
    Path out = dir.resolve("out");
    Path log = dir.resolve("int.log");
    Process p = zhnorm(log, "run", "--input=" + Runs.seedInput(dir), "--output=" + out, "--runner=DirectRunner", "--quiet");
    // the output folder is checked writable right before the pipeline starts
    while (p.isAlive() && !Files.isDirectory(out)) {
      p.waitFor(50, TimeUnit.MILLISECONDS);
    }
    assertThat(p.isAlive()).as("still running when interrupted (see " + log + ")").isTrue();
    new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).isEqualTo(130);
    assertThat(Files.readString(log, StandardCharsets.UTF_8))
        .contains("zhnorm: the run was interrupted; " + out + " is incomplete (no _SUCCESS). Run again with --overwrite.");
    assertThat(out.resolve("_SUCCESS")).doesNotExist();
  }
}
