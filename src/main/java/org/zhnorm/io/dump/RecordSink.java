package org.zhnorm.io.dump;

/** Receives what a {@link DumpParser} reads from one file: documents and failures, in file order. */
public interface RecordSink {
  void record(ParsedRecord record);

  void failure(ReadFailure failure);

  /**
   * An item that is not a document and was deliberately not read (for example a WARC response
   * holding an image: reason {@code non-text-content}, or a redirect: {@code http-status}).
   * Request, metadata and warcinfo WARC records are not reported at all. Default: ignored.
   */
  default void skipped(long offset, String reason) {}
}
