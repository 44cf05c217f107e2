package org.zhnorm.io.dump;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Parses one dump file into documents. (First version: one UTF-8 text document per file.) */
public final class DumpParser {
  private final long maxDocumentBytes;

  public DumpParser(long maxDocumentBytes) {
    this.maxDocumentBytes = maxDocumentBytes;
  }

  public void parse(String name, ByteSource source, RecordSink sink) throws IOException {
    byte[] bytes;
    try (InputStream in = source.open()) {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxDocumentBytes + 1));
    }
    if (bytes.length > maxDocumentBytes) {
      sink.failure(new ReadFailure(0, "too-large", "document exceeds " + maxDocumentBytes + " bytes"));
      return;
    }
    if (bytes.length == 0) {
      sink.failure(new ReadFailure(0, "empty-file", "the file has no bytes"));
      return;
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    sink.record(new ParsedRecord(0, "text", null, null, null, text, "UTF-8", "default-utf8", Map.of(), 0.0, List.of()));
  }
}
