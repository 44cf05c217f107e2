package org.zhnorm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The command line's answers to help and to bad commands and flags. */
class MainTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int main(String... args) throws Exception {
    return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void helpListsEveryCommand() throws Exception {
    assertThat(main("--help")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("run", "explain", "convert", "segment");
  }

  @Test
  void unknownCommandIsAnErrorWithUsage() throws Exception {
    assertThat(main("frobnicate")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown command 'frobnicate'", "Usage:");
  }

  @Test
  void badConvertConfigNamesTheFlagAndTheChoices() throws Exception {
    assertThat(main("convert", "--config=s2t")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--config=s2t", "t2s, tw2s, tw2sp or hk2s");
  }

  @Test
  void explainWithoutAFileSaysWhatItTakes() throws Exception {
    assertThat(main("explain")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("explain takes one FILE");
  }

  @Test
  void runRejectsABadFlagValueBeforeBuilding() throws Exception {
    assertThat(main("run", "--conversion=bogus", "--output=/nonexistent/zhnorm-test")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--conversion=bogus");
  }

  @Test
  void runRejectsAnInputThatMatchesNothing() throws Exception {
    assertThat(main("run", "--input=/nonexistent/zhnorm-dump", "--output=/nonexistent/zhnorm-out")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--input=/nonexistent/zhnorm-dump matches no files");
  }

  @Test
  void runRejectsAnUnknownFlag() throws Exception {
    assertThat(main("run", "--inptu=x")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("inptu");
  }


  private String errText() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aBadNumberNamesTheFlagTheValueAndWhatIsAllowed() throws Exception {
    assertThat(main("run", "--parallelism=abc")).isEqualTo(2);
    assertThat(errText()).contains("--parallelism=abc is not allowed; use a whole number").doesNotContain("Exception");
  }

  @Test
  void parallelismZeroIsRejectedBeforeTheRunStarts() throws Exception {
    assertThat(main("run", "--parallelism=0")).isEqualTo(2);
    assertThat(errText()).contains("--parallelism=0 is not allowed; use a positive whole number");
  }

  @Test
  void aBadSwitchValueNamesTheFlagAndTrueOrFalse() throws Exception {
    assertThat(main("run", "--quiet=maybe")).isEqualTo(2);
    assertThat(errText()).contains("--quiet=maybe is not allowed; use true or false");
  }

  @Test
  void aFlagAndItsValueMayBeSeparatedByASpace() throws Exception {
    assertThat(main("run", "--conversion", "bogus")).isEqualTo(2);
    assertThat(errText()).contains("--conversion=bogus is not allowed");
    err.reset();
    assertThat(main("run", "--quiet", "maybe")).isEqualTo(2);
    assertThat(errText()).contains("--quiet is a switch and takes true or false");
  }

  @Test
  void convertTakesItsConfigAfterASpace() throws Exception {
    assertThat(main("convert", "--config", "s2t")).isEqualTo(2);
    assertThat(errText()).contains("--config=s2t is not allowed").doesNotContain("unknown flag");
  }

  @Test
  void runHelpShowsTheRealDefaultsAndWhereRunnerFlagsAreListed() throws Exception {
    assertThat(main("run", "--help")).isZero();
    String help = out.toString(StandardCharsets.UTF_8);
    assertThat(help).contains("--runner=FlinkRunner|DirectRunner|SparkRunner  [FlinkRunner", "--maxDocumentChars=N  [1000000]",
        "--documentTimeoutSeconds=N  [60]", "zhnorm run --help=FlinkPipelineOptions")
        .doesNotContain("Default: DirectRunner");
    out.reset();
    assertThat(main("run", "--help=FlinkPipelineOptions")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("--parallelism");
  }

  @Test
  void anUnwritableOutputIsReportedInOneLineBeforeTheRun(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("a-file"), "x");
    assertThat(main("run", "--input=src/test/resources/seeds", "--output=" + file.resolve("out"), "--runner=DirectRunner"))
        .isEqualTo(2);
    assertThat(errText()).startsWith("zhnorm run: --output=" + file.resolve("out") + " cannot be written (")
        .contains("name a folder you can write");
    assertThat(errText().lines().count()).isEqualTo(1);
  }
}
