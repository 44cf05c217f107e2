package org.zhnorm.report;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.beam.sdk.options.PipelineOptions;

/**
 * The periodic progress line of a run on an embedded runner (DirectRunner, Flink or Spark in this
 * JVM): documents read and processed, input MB/s, elapsed and, when the input size is known, the
 * estimated time left. The pipeline's DoFns tick the JVM-wide counters; on a cluster the workers
 * are other JVMs, and the line shows the engine's own figures instead ({@link ClusterProgress}).
 */
public final class Progress implements AutoCloseable {
  private static final AtomicLong READ = new AtomicLong();
  private static final AtomicLong PROCESSED = new AtomicLong();
  private static final AtomicLong BYTES = new AtomicLong();

  private final ScheduledExecutorService timer;
  private final PrintStream out;
  private final long totalBytes;
  private final long startNanos = System.nanoTime();

  private final ClusterProgress cluster;

  private Progress(PrintStream out, long totalBytes, long periodSeconds, ClusterProgress cluster) {
    this.out = out;
    this.totalBytes = totalBytes;
    this.cluster = cluster;
    if (cluster != null) {
      out.println(cluster.where());
    }
    READ.set(0);
    PROCESSED.set(0);
    BYTES.set(0);
    this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "zhnorm-progress");
      t.setDaemon(true);
      return t;
    });
    timer.scheduleAtFixedRate(() -> out.println(line()), periodSeconds, periodSeconds, TimeUnit.SECONDS);
  }

  /** Starts printing a line every {@code periodSeconds}; {@code totalBytes} is 0 when unknown. */
  public static Progress start(PrintStream out, long totalBytes, long periodSeconds) {
    return new Progress(out, totalBytes, periodSeconds, null);
  }

  /**
   * As {@link #start(PrintStream, long, long)} for a run of {@code options}: on a Flink or Spark cluster the
   * line shows the engine's own figures ({@link ClusterProgress}) instead of this JVM's counters.
   */
  public static Progress start(PipelineOptions options, PrintStream out, long totalBytes, long periodSeconds) {
    return new Progress(out, totalBytes, periodSeconds, ClusterProgress.of(options).orElse(null));
  }

  /** A file of {@code bytes} bytes was parsed into {@code documents} documents. */
  public static void fileRead(long bytes, long documents) {
    BYTES.addAndGet(bytes);
    READ.addAndGet(documents);
  }

  /** A document went through every stage. */
  public static void documentProcessed() {
    PROCESSED.incrementAndGet();
  }

  public String line() {
    double seconds = Math.max(1e-3, (System.nanoTime() - startNanos) / 1e9);
    if (cluster != null) {
      return "zhnorm: " + cluster.line() + ", " + hms((long) seconds) + " elapsed";
    }
    long bytes = BYTES.get();
    double mbps = bytes / 1e6 / seconds;
    String left = "";
    if (totalBytes > 0 && bytes > 0 && bytes < totalBytes) {
      left = ", ~" + hms((long) (seconds * (totalBytes - bytes) / bytes)) + " left";
    }
    String rate = mbps >= 0.1
        ? String.format(Locale.ROOT, "%.2f MB/s", mbps)
        : String.format(Locale.ROOT, "%.1f KB/s", bytes / 1e3 / seconds);
    return String.format(Locale.ROOT, "zhnorm: %,d documents read, %,d processed, %s, %s elapsed%s",
        READ.get(), PROCESSED.get(), rate, hms((long) seconds), left);
  }

  private static String hms(long seconds) {
    Duration d = Duration.ofSeconds(seconds);
    return String.format(Locale.ROOT, "%02d:%02d:%02d", d.toHours(), d.toMinutesPart(), d.toSecondsPart());
  }

  /** Stops the timer and prints the final line. */
  @Override
  public void close() {
    timer.shutdownNow();
    out.println(line());
  }
}
