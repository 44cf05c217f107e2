package org.zhnorm.io;

import java.util.concurrent.TimeUnit;
import org.apache.beam.sdk.io.FileSystems;

/**
 * Waits until Beam's file-system registry knows the scheme of a path, before a worker thread uses it.
 *
 * <p>Beam keeps the registry in static state that every worker thread resets from the options it
 * deserializes ({@code FileSystems.setDefaultPipelineOptions}). In Beam 2.62 the registry's revision is
 * marked as current before its new scheme map is installed, so a second thread that sets the same
 * options in that window returns at once and goes on with the old map (apache/beam#33965). On
 * embedded Flink the old map is the class's default one, without {@code --hdfsConfiguration}: the
 * first match of an {@code hdfs://} input then failed with "No filesystem found for scheme hdfs",
 * once in a few runs. The thread that marked the revision installs the full map a moment later, so
 * waiting for the scheme is enough.
 */
public final class FileSystemsReady {
  /** How long to wait for the registry before giving up with Beam's own error. */
  private static final long WAIT_NANOS = TimeUnit.SECONDS.toNanos(30);

  private FileSystemsReady() {}

  /**
   * Returns once {@code path}'s scheme resolves. A path ending in {@code /} is matched as a directory
   * (Beam rejects it as a file path: "Expected file path but received directory path").
   *
   * @throws IllegalArgumentException Beam's error, when the scheme is still unknown after the wait
   *     (a scheme nobody registered, such as {@code hdfs://} without {@code --hdfsConfiguration})
   */
  public static void await(String path) {
    long deadline = System.nanoTime() + WAIT_NANOS;
    while (true) {
      try {
        FileSystems.matchNewResource(path, path.endsWith("/"));
        return;
      } catch (IllegalArgumentException e) {
        if (!String.valueOf(e.getMessage()).startsWith("No filesystem found") || System.nanoTime() > deadline) {
          throw e;
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
}
