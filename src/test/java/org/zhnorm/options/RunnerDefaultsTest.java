package org.zhnorm.options;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RunnerDefaultsTest {
  @Test
  void withoutARunnerFlinkIsChosenWithItsSettings() throws Exception {
    String[] args = RunnerDefaults.apply(new String[] {"--input=x", "--parallelism=3"});
    assertThat(args).startsWith("--input=x", "--parallelism=3", "--runner=FlinkRunner",
        "--fasterCopy=true", "--useDataStreamForBatch=true", "--maxBundleSize=10000000", "--maxBundleTimeMills=3600000");
    String confDir = args[args.length - 1];
    assertThat(confDir).startsWith("--flinkConfDir=");
    String conf = Files.readString(Path.of(confDir.substring("--flinkConfDir=".length()), "config.yaml"));
    assertThat(conf).contains("taskmanager.numberOfTaskSlots: 6")
        .contains("execution.batch.adaptive.auto-parallelism.enabled: false")
        .contains("security.delegation.tokens.enabled: false");
  }

  @Test
  void aClusterRunGetsHybridExchangesAndNoEmbeddedConfiguration() throws Exception {
    String[] args = RunnerDefaults.apply(new String[] {"--runner=FlinkRunner", "--flinkMaster=host:8081"});
    String confDir = args[args.length - 1];
    assertThat(confDir).startsWith("--flinkConfDir=");
    String conf = Files.readString(Path.of(confDir.substring("--flinkConfDir=".length()), "config.yaml"));
    assertThat(conf).contains("execution.batch-shuffle-mode: ALL_EXCHANGES_HYBRID_FULL")
        .contains("execution.batch.adaptive.auto-parallelism.enabled: false").doesNotContain("numberOfTaskSlots");
  }

  @Test
  void aGivenConfigurationIsKept() {
    assertThat(RunnerDefaults.apply(new String[] {"--runner=FlinkRunner", "--flinkMaster=host:8081", "--flinkConfDir=/etc/flink"}))
        .filteredOn(a -> a.startsWith("--flinkConfDir=")).containsExactly("--flinkConfDir=/etc/flink");
    assertThat(RunnerDefaults.apply(new String[] {"--flinkConfDir=/etc/flink"}))
        .filteredOn(a -> a.startsWith("--flinkConfDir=")).containsExactly("--flinkConfDir=/etc/flink");
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
