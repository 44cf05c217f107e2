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

}
