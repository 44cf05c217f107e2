package org.zhnorm.options;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 *   <li>{@code --maxBundleSize=10000000}, {@code --maxBundleTimeMills=3600000}: a worker's whole input
 *       is one bundle (or one an hour), and the tables are written one file per partition per bundle
 *       (io.WriteParquetTable), so a run writes one file per partition per worker; Flink's defaults
 *       (1,000 elements or 1 s) gave thousands of small files;
 *   <li>embedded only (no {@code --flinkMaster}, or {@code [local]}/{@code [auto]}), and only without
 *       {@code --flinkConfDir}: a Flink configuration with two task slots per unit of parallelism. With
 *       one slot per unit (Flink's local default) a stage waiting for its input holds a slot, and the
 *       two halves of the last stage ran one after the other: one core idle for most of a 100 MB run.
 *       Its temporary files go to a folder of this JVM, removed when it exits ({@link EmbeddedTempDir}).
 *   <li>on a cluster ({@code --flinkMaster=host:port}), and only without {@code --flinkConfDir}: a
 *       client-side configuration with hybrid batch exchanges ({@link #CLUSTER_CONF}), so the job runs
 *       on a cluster with Flink's stock TaskManager settings;
 *   <li>in both configurations: every stage on the run's parallelism, not sized by Flink's adaptive
 *       batch scheduler ({@link #EVERY_STAGE_PARALLEL}); embedded, no Hadoop delegation tokens
 *       ({@link #NO_DELEGATION_TOKENS}).
 * </ul>
 */
public final class RunnerDefaults {
  static final String RUNNER = "--runner=";
  static final String FLINK = "FlinkRunner";
  static final List<String> FLINK_FLAGS = List.of(
      "--fasterCopy=true", "--useDataStreamForBatch=true", "--maxBundleSize=10000000", "--maxBundleTimeMills=3600000");

  /**
   * The client-side configuration of a run on a Flink cluster. Batch exchanges are hybrid (full spill)
   * instead of sort-based blocking: a stock TaskManager reserves
   * {@code taskmanager.network.sort-shuffle.min-buffers} (512) network buffers per blocking output, and
   * the task that fans the documents out to the tables, the report and the dead letters has 13 of them,
   * more than the default network memory of a 1728m TaskManager holds (issue 14: "Insufficient number of
   * network buffers"). The mode is read when the job graph is built, so it needs no cluster setting.
   */
  static final String CLUSTER_CONF = "execution.batch-shuffle-mode: ALL_EXCHANGES_HYBRID_FULL\n";

  /**
   * Every stage on the run's parallelism (embedded and on a cluster). Flink's adaptive batch scheduler
   * sizes a stage whose parallelism the job does not set by the bytes it consumes (16 MB a task): the
   * stage that reads and cleans the dump consumes only the list of its files, so it ran as one task,
   * one core idle for the first third of a 200 MB run (docs/PERFORMANCE.md), and on a cluster it
   * would read the whole dump in one task.
   */
  static final String EVERY_STAGE_PARALLEL = "execution.batch.adaptive.auto-parallelism.enabled: false\n";

  /**
   * No Hadoop delegation tokens in an embedded run: they serve Kerberos-secured clusters, and Flink
   * asks Hadoop's UserGroupInformation for them at job start, which calls {@code Subject.getSubject},
   * refused from Java 24 on (the launcher runs embedded jobs on Java 25 when the machine has it).
   */
  static final String NO_DELEGATION_TOKENS = "security.delegation.tokens.enabled: false\n";

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
        if (!given(all, key)) {
          all.add(flag);
        }
      }
      String master = value(all, "--flinkMaster=");
      boolean embedded = master == null || master.equals("[local]") || master.equals("[auto]");
      if (embedded && !given(all, "--flinkConfDir=")) {
        String parallelism = value(all, "--parallelism=");
        int slots = 2 * (parallelism == null ? Runtime.getRuntime().availableProcessors() : Integer.parseInt(parallelism));
        all.add("--flinkConfDir=" + embeddedConfDir(slots));
      } else if (!embedded && !given(all, "--flinkConfDir=")) {
        all.add("--flinkConfDir=" + confDir("a run submitted to a Flink cluster", CLUSTER_CONF + EVERY_STAGE_PARALLEL));
      }
    }
    return all.toArray(String[]::new);
  }

  private static boolean given(List<String> args, String key) {
    return args.stream().anyMatch(a -> a.startsWith(key) || a.equals(key.substring(0, key.length() - 1)));
  }

  private static String value(List<String> args, String key) {
    return args.stream().filter(a -> a.startsWith(key)).map(a -> a.substring(key.length())).reduce((a, b) -> b).orElse(null);
  }

  /** A temporary folder holding the embedded cluster's config.yaml (removed when the JVM exits). */
  static Path embeddedConfDir(int slots) {
    return confDir("an embedded Flink run", "taskmanager.numberOfTaskSlots: " + slots + "\n"
        + EVERY_STAGE_PARALLEL + NO_DELEGATION_TOKENS + EmbeddedTempDir.flinkConf());
  }

  /** A temporary folder holding a config.yaml of {@code body} (removed when the JVM exits). */
  private static Path confDir(String what, String body) {
    try {
      Path dir = Files.createTempDirectory("zhnorm-flink-conf");
      Path conf = dir.resolve("config.yaml");
      Files.writeString(conf, "# written by zhnorm (org.zhnorm.options.RunnerDefaults) for " + what + "\n"
          + body, StandardCharsets.UTF_8);
      dir.toFile().deleteOnExit();
      conf.toFile().deleteOnExit();
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the embedded Flink configuration to the temporary folder", e);
    }
  }
}
