package org.zhnorm.io.dump;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

/**
 * Parses one dump file into documents. Never throws for bad content: every unreadable item becomes
 * exactly one {@link ReadFailure}; IOException only when the source itself fails. The work is split by
 * job: {@link DumpStreams} undoes the compression, {@link FormatSniffer} tells the format, one reader
 * per format reads the documents ({@link WarcReader}, {@link JsonReader}; a text or HTML file is one
 * document), and {@link Documents} turns each into a record: size caps, charset ({@link
 * CharsetResolver}), the shared HTML envelope ({@link HtmlEnvelope}) and extraction, repair ({@link
 * RepairChain}).
 *
 * <p>Formats: {@code text} (one document per file), {@code html} (one page per file, with the
 * {@code <text id=URL title=… encoding=…>} crawl envelope), {@code jsonl} (one document per line;
 * offset = 1-based line number), {@code json} (one object, or an array of objects; offset = index),
 * {@code warc} / {@code wet} (offset = byte offset of the record in the decompressed stream).
 *
 * <p>Thread-safe and stateless between calls; build one per worker (for example in {@code @Setup}).
 * Charset rules, repair rules and failure ids are documented in docs/REPAIRS.md.
 */
public final class DumpParser {
  public static final String EMPTY_FILE = "empty-file";
  public static final String BINARY_FILE = "binary-file";
  public static final String UNDECODABLE = "undecodable";
  public static final String TRUNCATED_COMPRESSION = "truncated-compression";
  public static final String CORRUPT_COMPRESSION = "corrupt-compression";
  public static final String UNSUPPORTED_COMPRESSION = "unsupported-compression";
  public static final String MALFORMED_JSON = "malformed-json";
  public static final String MISSING_CONTENT = "missing-content";
  public static final String EMPTY_DOCUMENT = "empty-document";
  public static final String BROKEN_WARC_RECORD = "broken-warc-record";
  public static final String TOO_LARGE = "too-large";
  public static final String TOO_LONG = "too-long";
  public static final String UNPARSABLE_HTML = "unparsable-html";
  public static final String INTERNAL_ERROR = "internal-error";

  public static final String SKIP_NON_TEXT = "non-text-content";
  public static final String SKIP_HTTP_STATUS = "http-status";

  /** The default of {@code --maxDocumentChars}. */
  public static final long DEFAULT_MAX_DOCUMENT_CHARS = 1_000_000L;

  private final Documents documents;
  private final JsonReader jsonReader;
  private final WarcReader warcReader;

  public DumpParser(long maxDocumentBytes) {
    this(maxDocumentBytes, DumpSettings.defaults());
  }

  public DumpParser(long maxDocumentBytes, DumpSettings settings) {
    this(maxDocumentBytes, DEFAULT_MAX_DOCUMENT_CHARS, settings);
  }

  /**
   * @param maxDocumentBytes largest document, JSON line or WARC block read (decompressed bytes): beyond it
   *     {@code too-large}
   * @param maxDocumentChars longest document text (characters, after decoding and HTML extraction): beyond it
   *     {@code too-long}, so no giant record enters the pipeline's shuffles
   */
  public DumpParser(long maxDocumentBytes, long maxDocumentChars, DumpSettings settings) {
    if (maxDocumentBytes <= 0) {
      throw new IllegalArgumentException("maxDocumentBytes must be positive, got " + maxDocumentBytes);
    }
    if (maxDocumentChars <= 0) {
      throw new IllegalArgumentException("maxDocumentChars must be positive, got " + maxDocumentChars);
    }
    this.documents = new Documents(Math.min(maxDocumentBytes, Integer.MAX_VALUE - 16), maxDocumentChars);
    this.jsonReader = new JsonReader(settings, documents);
    this.warcReader = new WarcReader(documents);
  }

  /** The read buffer over a file's bytes (a decompressed stream gets one of 64 KB after it). */
  static final int RAW_BUFFER = 16384;

  public void parse(String name, ByteSource source, RecordSink sink) throws IOException {
    DumpStreams.SourceGuard guard = new DumpStreams.SourceGuard(source.open());
    try (InputStream closer = guard) {
      DumpInput input;
      try {
        // most files of a crawl dump are a few KB: two 64 KB buffers per file were 7% of a 200 MB run's
        // allocation (docs/PERFORMANCE.md); an uncompressed file is read through this one buffer
        BufferedInputStream raw = new BufferedInputStream(guard, RAW_BUFFER);
        String compression = DumpStreams.sniffCompression(raw);
        if (!compression.equals("none") && !DumpStreams.READ.contains(compression)) {
          sink.failure(new ReadFailure(0, UNSUPPORTED_COMPRESSION, "a " + compression + " file (by its magic bytes);"
              + " zhnorm reads gzip, bzip2, zstd and xz: unpack it, or recompress it as one of these"));
          return;
        }
        InputStream plain = DumpStreams.decompress(compression, raw);
        InputStream buffered = compression.equals("none") ? raw : new BufferedInputStream(plain, 65536);
        input = new DumpInput(guard, new DumpStreams.Counting(buffered), compression);
      } catch (IOException e) {
        if (guard.failed) {
          throw e;
        }
        sink.failure(new ReadFailure(0, compressionReason(e), "cannot open compressed stream: " + e.getMessage()));
        return;
      }
      try {
        dispatch(name, input, sink);
      } catch (IOException e) {
        if (guard.failed) {
          throw e;
        }
        sink.failure(new ReadFailure(input.in.count, compressionReason(e),
            input.compression + " stream ends or breaks after " + input.in.count + " bytes: " + e.getMessage()));
      } catch (RuntimeException | StackOverflowError e) {
        // a bug, not bad content: report it for this file and let the batch go on
        sink.failure(new ReadFailure(input.in.count, INTERNAL_ERROR, e.getClass().getName() + ": " + e.getMessage()));
      }
    }
  }

  private static String compressionReason(IOException e) {
    return e instanceof EOFException || (e.getMessage() != null && e.getMessage().toLowerCase(Locale.ROOT).contains("truncat"))
        ? TRUNCATED_COMPRESSION
        : CORRUPT_COMPRESSION;
  }

  private void dispatch(String name, DumpInput input, RecordSink sink) throws IOException {
    DumpStreams.Counting in = input.in;
    in.mark(FormatSniffer.SNIFF_BYTES + 1);
    byte[] head = in.readNBytes(FormatSniffer.SNIFF_BYTES);
    in.reset();
    if (head.length == 0) {
      sink.failure(new ReadFailure(0, EMPTY_FILE, input.compressed() ? "the decompressed file has no bytes" : "the file has no bytes"));
      return;
    }
    FormatSniffer.Format format = FormatSniffer.sniff(name, head);
    switch (format) {
      case WARC -> warcReader.readWarc(input, sink);
      case BINARY -> sink.failure(new ReadFailure(0, BINARY_FILE, "control or NUL bytes in the first " + head.length + " bytes"));
      case JSON_FILE, JSON_LINES -> {
        CountingSink counting = new CountingSink(sink);
        if (format == FormatSniffer.Format.JSON_FILE) {
          jsonReader.readJsonFile(input, counting);
        } else {
          jsonReader.readJsonLines(input, counting);
        }
        if (counting.count() == 0) {
          sink.failure(new ReadFailure(0, EMPTY_FILE, "no JSON documents in the file (blank lines or an empty array)"));
        }
      }
      default -> {
        byte[] bytes = documents.readDocument(input, sink, 0);
        if (bytes == null) {
          return;
        }
        if (format == FormatSniffer.Format.HTML) {
          documents.htmlDocument(bytes, 0, "html", null, null, null, List.of(), sink);
        } else {
          documents.textDocument(bytes, 0, "text", null, null, null, List.of(), sink);
        }
      }
    }
  }

  /** NUL bytes, or more than 10% C0 control bytes, outside a UTF-16 BOM. */
  static boolean looksBinary(byte[] head) {
    return FormatSniffer.looksBinary(head);
  }

  /** Decodes an HTML page the way {@link #parse} does, without extraction (for checks and tools). */
  CharsetResolver.Decoded decodeHtml(byte[] bytes) {
    return documents.decodeHtml(bytes);
  }
}
