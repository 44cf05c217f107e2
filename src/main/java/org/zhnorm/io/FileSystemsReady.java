package org.zhnorm.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.util.common.ReflectHelpers;

/**
 * Waits until Beam's file-system registry knows the scheme of a path, before a worker thread uses it,
 * and installs the registry from the run's options when it does not come.
 *
 * <p>Beam keeps the registry in static state that every worker thread resets from the options it
 * deserializes ({@code FileSystems.setDefaultPipelineOptions}). In Beam 2.62 the registry's revision
 * (the options' id and revision) is marked as current before its new scheme map is installed, so a
 * second thread that sets the same options in that window returns at once and goes on with the old
 * map (apache/beam#33965). On embedded Flink the old map is the class's default one, without
 * {@code --hdfsConfiguration}: the first match of an {@code hdfs://} input failed with "No filesystem
 * found for scheme hdfs", once in a few runs. Usually the thread that marked the revision installs the
 * full map a moment later; but a CI run of the cluster test waited 30 s in vain (the map without
 * {@code hdfs} stayed, and the revision check turns away every thread that sets the same options
 * again). So after {@link #REINSTALL_AFTER_NANOS} the registry is installed from a copy of the run's
 * options under an id of its own, which the revision check lets through.
 */
public final class FileSystemsReady {
  /** How long to wait for the registry before giving up with Beam's own error. */
  private static final long WAIT_NANOS = TimeUnit.SECONDS.toNanos(30);
  /** How long another thread may take to install the registry before this one installs it. */
  static final long REINSTALL_AFTER_NANOS = TimeUnit.SECONDS.toNanos(1);
  /** Ids for the options copies, counting down from the least long so none is a real options id. */
  private static final AtomicLong COPY_IDS = new AtomicLong(Long.MIN_VALUE);

  private FileSystemsReady() {}

  /**
   * Returns once {@code path}'s scheme resolves. A path ending in {@code /} is matched as a directory
   * (Beam rejects it as a file path: "Expected file path but received directory path").
   *
   * @param options the run's options (a DoFn's {@code StartBundleContext} or {@code @ProcessElement}
   *     parameter), from which the registry is installed when it lags
   * @throws IllegalArgumentException Beam's error, when the scheme is still unknown after the wait
   *     (a scheme nobody registered, such as {@code hdfs://} without {@code --hdfsConfiguration})
   */
  public static void await(String path, PipelineOptions options) {
    long start = System.nanoTime();
    boolean reinstalled = false;
    while (true) {
      try {
        FileSystems.matchNewResource(path, path.endsWith("/"));
        return;
      } catch (IllegalArgumentException e) {
        long waited = System.nanoTime() - start;
        if (!String.valueOf(e.getMessage()).startsWith("No filesystem found") || waited > WAIT_NANOS) {
          throw e;
        }
        if (!reinstalled && waited > REINSTALL_AFTER_NANOS) {
          FileSystems.setDefaultPipelineOptions(copyWithOwnId(options));
          reinstalled = true;
        }
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for the file system of " + path, e);
      }
    }
  }

  /** A copy of {@code options} (through Beam's JSON form, as workers receive them) under a new id. */
  static PipelineOptions copyWithOwnId(PipelineOptions options) {
    ObjectMapper json = new ObjectMapper().registerModules(ObjectMapper.findModules(ReflectHelpers.findClassLoader()));
    try {
      PipelineOptions copy = json.readValue(json.writeValueAsBytes(options), PipelineOptions.class);
      copy.setOptionsId(COPY_IDS.getAndIncrement());
      return copy;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy the pipeline options to install the file systems", e);
    }
  }
}
