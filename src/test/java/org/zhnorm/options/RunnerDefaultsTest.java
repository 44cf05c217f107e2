package org.zhnorm.options;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RunnerDefaultsTest {
  @Test
  void withoutARunnerFlinkIsChosenWithItsSettings() {
    assertThat(RunnerDefaults.apply(new String[] {"--input=x"})).containsExactly("--input=x", "--runner=FlinkRunner",
        "--fasterCopy=true", "--useDataStreamForBatch=true", "--maxBundleSize=5000", "--maxBundleTimeMills=60000");
  }

  @Test
  void anExplicitFlinkRunnerGetsTheSettingsItDoesNotOverride() {
    assertThat(RunnerDefaults.apply(new String[] {"--runner=FlinkRunner", "--useDataStreamForBatch=false", "--flinkMaster=host:8081"}))
        .contains("--useDataStreamForBatch=false", "--fasterCopy=true", "--flinkMaster=host:8081")
        .doesNotContain("--useDataStreamForBatch=true");
    assertThat(RunnerDefaults.apply(new String[] {"--runner=org.apache.beam.runners.flink.FlinkRunner"})).contains("--fasterCopy=true");
  }

  @Test
  void otherRunnersAreLeftAlone() {
    assertThat(RunnerDefaults.apply(new String[] {"--runner=DirectRunner"})).containsExactly("--runner=DirectRunner");
    assertThat(RunnerDefaults.apply(new String[] {"--runner=SparkRunner", "--sparkMaster=local[2]"}))
        .containsExactly("--runner=SparkRunner", "--sparkMaster=local[2]");
  }
}
