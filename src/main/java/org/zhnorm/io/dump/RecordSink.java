package org.zhnorm.io.dump;

/** Receives what a {@link DumpParser} reads from one file: documents and failures, in file order. */
public interface RecordSink {
  void record(ParsedRecord record);

  void failure(ReadFailure failure);
}
