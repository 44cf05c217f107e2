package org.zhnorm.report;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricResult;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.zhnorm.options.ZhnormOptions;

/**
 * The facts of a run known only once the pipeline has finished: wall time, the time inside each
 * stage, peak memory, the version and runner. They become the {@code run} object of report.json
 * ({@link RunReport#withRun}); the output folder adds the files written per table.
 */
public final class RunFacts {
  private RunFacts() {}

  /**
   * The run object for a pipeline that read {@code inputBytes} of {@code options.getInput()},
   * started at {@code startNanos} ({@link System#nanoTime()}) and has just finished with {@code result}.
   */
  public static Map<String, Object> of(ZhnormOptions options, long inputBytes, long startNanos, PipelineResult result) {
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    Map<String, Object> run = new LinkedHashMap<>();
    run.put("version", version());
    run.put("runner", options.getRunner().getSimpleName());
    run.put("input", options.getInput());
    run.put("input_bytes", inputBytes);
    run.put("output", options.getOutput());
    run.put("partition_by", options.getPartitionBy());
    run.put("wall_seconds", round(seconds));
    run.put("jvm_uptime_seconds", round(ManagementFactory.getRuntimeMXBean().getUptime() / 1e3));
    run.put("mb_per_second", round(inputBytes / 1e6 / Math.max(seconds, 1e-9)));
    run.put("peak_rss_mb", peakRssMb());
    run.put("max_heap_mb", Runtime.getRuntime().maxMemory() >> 20);
    run.put("stage_seconds", stageSeconds(result));
    return run;
  }

  /**
   * Seconds spent inside each stage's DoFns (the {@link StageClock} counters, summed over workers),
   * by stage class name; empty when the runner reports no metrics.
   */
  public static Map<String, Double> stageSeconds(PipelineResult result) {
    Map<String, Double> stages = new TreeMap<>();
    try {
      for (MetricResult<Long> c : result.metrics().allMetrics().getCounters()) {
        if (c.getName().getName().equals(StageClock.COUNTER)) {
          String ns = c.getName().getNamespace();
          stages.merge(ns.substring(ns.lastIndexOf('.') + 1), value(c) / 1e6, Double::sum);
        }
      }
    } catch (RuntimeException e) {
      // a runner without metrics: the report says so by an empty object
      return new TreeMap<>();
    }
    stages.replaceAll((k, v) -> round(v));
    return stages;
  }

  private static long value(MetricResult<Long> c) {
    try {
      return c.getCommitted();
    } catch (UnsupportedOperationException e) {
      return c.getAttempted();
    }
  }

  /** This process's peak resident memory (VmHWM, Linux) in MB, or null where /proc is not there. */
  public static @Nullable Long peakRssMb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
        }
      }
    } catch (IOException | RuntimeException e) {
      return null;
    }
    return null;
  }

  /** The version of the packaged jar (Maven's pom.properties in it), or "dev" when run from classes. */
  static String version() {
    try (InputStream in = RunFacts.class.getResourceAsStream("/META-INF/maven/org.zhnorm/zhnorm/pom.properties")) {
      if (in == null) {
        return "dev";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "dev");
    } catch (IOException e) {
      return "dev";
    }
  }

  static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
