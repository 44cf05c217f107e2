package org.zhnorm.transforms;

import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.options.PipelineOptions;
import org.zhnorm.model.DeadLetter;
import org.zhnorm.options.ZhnormOptions;
import org.zhnorm.text.Budget;

/** The one dead-letter output every stage shares. */
public final class DeadLetters {
  /** Documents a stage rejected, with the stage and the reason. */
  public static final TupleTag<DeadLetter> TAG = new TupleTag<>() {};

  private DeadLetters() {}

  /** The per-document time budget of a costly stage, in milliseconds, from {@code --documentTimeoutSeconds}. */
  public static long budgetMillis(PipelineOptions options) {
    return 1000L * options.as(ZhnormOptions.class).getDocumentTimeoutSeconds();
  }

  /** The reason of a document that took longer than its time budget ({@link Budget.Exceeded}). */
  public static final String TIMEOUT = "timeout";

  /**
   * A dead letter for a document the stage's library failed on: {@code timeout} when its time budget was
   * spent, else a reason naming the exception class.
   */
  public static DeadLetter failed(String stage, String source, long offset, String docId, RuntimeException e) {
    if (e instanceof Budget.Exceeded) {
      return new DeadLetter(source, offset, stage, TIMEOUT, "doc " + docId + ": " + e.getMessage()
          + " in stage " + stage + " (--documentTimeoutSeconds)");
    }
    return new DeadLetter(
        source, offset, stage, "error-" + e.getClass().getSimpleName(), "doc " + docId + ": " + e.getMessage());
  }
}
