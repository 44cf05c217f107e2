package org.zhnorm.transforms;

import org.apache.beam.sdk.values.TupleTag;
import org.zhnorm.model.DeadLetter;

/** The one dead-letter output every stage shares. */
public final class DeadLetters {
  /** Documents a stage rejected, with the stage and the reason. */
  public static final TupleTag<DeadLetter> TAG = new TupleTag<>() {};

  private DeadLetters() {}

  /** A dead letter for a document the stage's library failed on; the reason names the exception class. */
  public static DeadLetter failed(String stage, String source, long offset, String docId, RuntimeException e) {
    return new DeadLetter(
        source, offset, stage, "error-" + e.getClass().getSimpleName(), "doc " + docId + ": " + e.getMessage());
  }
}
