package org.zhnorm.io.dump;

/** Passes everything on to another sink and counts what went through: documents and skipped items. */
public final class CountingSink implements RecordSink {
  private final RecordSink next;
  private long documents;
  private long skipped;

  public CountingSink(RecordSink next) {
    this.next = next;
  }

  /** Records and failures (each a document read, written or dead-lettered) passed on so far. */
  public long documents() {
    return documents;
  }

  /** Records, failures and skipped items passed on so far. */
  public long count() {
    return documents + skipped;
  }

  @Override
  public void record(ParsedRecord record) {
    documents++;
    next.record(record);
  }

  @Override
  public void failure(ReadFailure failure) {
    documents++;
    next.failure(failure);
  }

  @Override
  public void skipped(long offset, String reason) {
    skipped++;
    next.skipped(offset, reason);
  }
}
