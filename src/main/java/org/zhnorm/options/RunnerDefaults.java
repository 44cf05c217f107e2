package org.zhnorm.options;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The runner settings zhnorm adds to a run's flags, each only when the flag is not given. Without
 * {@code --runner}, a run uses Flink embedded in this JVM: the DirectRunner is a test runner, several
 * times slower and heavier on this workload. On Flink (embedded or a cluster) the settings below were
 * measured in docs/PERFORMANCE.md:
 *
 * <ul>
 *   <li>{@code --fasterCopy=true}: no object copies between chained operators; safe because no stage
 *       mutates its input;
 *   <li>{@code --useDataStreamForBatch=true}: Flink's DataStream API in batch mode chains every
 *       per-document stage into one task, where the DataSet API serializes each multi-output stage's
 *       output once per consumer (a fifth less CPU at 100 MB);
 *   <li>{@code --maxBundleSize=5000}, {@code --maxBundleTimeMills=60000}: Parquet files are written
 *       per bundle and partition; Flink's defaults (1,000 elements or 1 s) give many small files.
 * </ul>
 */
public final class RunnerDefaults {
  static final String RUNNER = "--runner=";
  static final String FLINK = "FlinkRunner";
  static final List<String> FLINK_FLAGS = List.of(
      "--fasterCopy=true", "--useDataStreamForBatch=true", "--maxBundleSize=5000", "--maxBundleTimeMills=60000");

  private RunnerDefaults() {}

  /** {@code args} with {@code --runner=FlinkRunner} when no runner is named, and the Flink flags not given. */
  public static String[] apply(String[] args) {
    List<String> all = new ArrayList<>(Arrays.asList(args));
    String runner = all.stream().filter(a -> a.startsWith(RUNNER)).reduce((a, b) -> b).orElse(null);
    if (runner == null) {
      all.add(RUNNER + FLINK);
      runner = RUNNER + FLINK;
    }
    String name = runner.substring(RUNNER.length());
    if (name.equals(FLINK) || name.endsWith("." + FLINK)) {
      for (String flag : FLINK_FLAGS) {
        String key = flag.substring(0, flag.indexOf('=') + 1);
        if (all.stream().noneMatch(a -> a.startsWith(key) || a.equals(key.substring(0, key.length() - 1)))) {
          all.add(flag);
        }
      }
    }
    return all.toArray(String[]::new);
  }
}
