package org.zhnorm.report;

import java.io.Serializable;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;

/**
 * The wall time a stage spends in its DoFn, as the Beam counter {@value #COUNTER} in the stage's
 * namespace: the benchmark's per-stage table. On Flink a chained stage's time includes the stages it
 * hands its output to.
 */
public final class StageClock implements Serializable {
  public static final String COUNTER = "process-micros";
  private final Counter micros;

  public StageClock(Class<?> stage) {
    this.micros = Metrics.counter(stage, COUNTER);
  }

  /** Runs one element's work and adds its wall time. */
  public void time(Runnable work) {
    long start = System.nanoTime();
    try {
      work.run();
    } finally {
      micros.inc((System.nanoTime() - start) / 1000);
    }
  }
}
