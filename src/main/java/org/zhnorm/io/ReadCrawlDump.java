package org.zhnorm.io;

import java.io.IOException;
import java.util.List;
import java.nio.channels.Channels;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.io.Compression;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.zhnorm.io.dump.CountingSink;
import org.zhnorm.io.dump.DumpParser;
import org.zhnorm.io.dump.DumpSettings;
import org.zhnorm.io.dump.ParsedRecord;
import org.zhnorm.io.dump.ReadFailure;
import org.zhnorm.io.dump.RecordSink;
import org.zhnorm.model.DeadLetter;
import org.zhnorm.model.RawDocument;
import org.zhnorm.report.Progress;
import org.zhnorm.report.StageClock;

/**
 * Reads every file of the crawl dump and parses it into documents ({@link #DOCUMENTS}); what cannot
 * be read goes to {@link #DEAD_LETTERS}. Parsing is {@link DumpParser}'s; this transform only wires.
 */
public final class ReadCrawlDump extends PTransform<PBegin, PCollectionTuple> {
  public static final TupleTag<RawDocument> DOCUMENTS = new TupleTag<>() {};
  public static final TupleTag<DeadLetter> DEAD_LETTERS = new TupleTag<>() {};
  /** A file the dump lists that cannot be opened. */
  public static final String UNREADABLE_FILE = "unreadable-file";
  /** A folder of the dump whose entries cannot be listed. */
  public static final String UNREADABLE_FOLDER = "unreadable-folder";
  /** A file that opened but failed while it was read. */
  public static final String IO_ERROR = "io-error";

  private final InputSpec input;
  private final long maxDocumentBytes;
  private final long maxDocumentChars;
  private final DumpSettings settings;
  private final boolean spreadDocuments;

  private ReadCrawlDump(InputSpec input, long maxDocumentBytes, long maxDocumentChars, DumpSettings settings,
      boolean spreadDocuments) {
    this.input = input;
    this.maxDocumentBytes = maxDocumentBytes;
    this.maxDocumentChars = maxDocumentChars;
    this.settings = settings;
    this.spreadDocuments = spreadDocuments;
  }

  /**
   * The same read, with the documents spread over all workers right after parsing ({@code true}, the
   * default) or left on the worker that parsed their file. Spreading pays when a few big files (one
   * WARC, one JSON-lines file) hold the dump: one worker parses each, and cleaning would wait on it.
   * With many files the files are already spread, and the documents are shuffled by the corpus steps
   * anyway: one whole-document shuffle less (docs/PERFORMANCE.md).
   */
  public ReadCrawlDump spreadingDocuments(boolean spread) {
    return new ReadCrawlDump(input, maxDocumentBytes, maxDocumentChars, settings, spread);
  }

  public static ReadCrawlDump from(String input, long maxDocumentBytes) {
    return from(input, maxDocumentBytes, DumpSettings.defaults());
  }

  public static ReadCrawlDump from(String input, long maxDocumentBytes, DumpSettings settings) {
    return from(input, maxDocumentBytes, DumpParser.DEFAULT_MAX_DOCUMENT_CHARS, settings);
  }

  /** Reads {@code input}; documents over {@code maxDocumentBytes} or {@code maxDocumentChars} are dead letters. */
  public static ReadCrawlDump from(String input, long maxDocumentBytes, long maxDocumentChars, DumpSettings settings) {
    return new ReadCrawlDump(InputSpec.of(input), maxDocumentBytes, maxDocumentChars, settings, true);
  }

  @Override
  public PCollectionTuple expand(PBegin begin) {
    PCollectionTuple parsed = begin
        .apply("Pattern", Create.of(input.glob()))
        .apply("MatchFiles", ParDo.of(new MatchFn()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), ListCoder.of(VarLongCoder.of())))
        .apply("SpreadFiles", Reshuffle.viaRandomKey())
        .apply("FileMetadata", ParDo.of(new MetadataFn(input.root())))
        .apply("OpenFiles", FileIO.readMatches().withCompression(Compression.UNCOMPRESSED))
        .apply("ParseFiles", ParDo.of(new ParseFileFn(input, maxDocumentBytes, maxDocumentChars, settings))
            .withOutputTags(DOCUMENTS, TupleTagList.of(DEAD_LETTERS)));
    // folders Beam's matching passes over without a word: each is a dead letter
    PCollection<DeadLetter> unreadable = begin.apply("UnreadableFolders",
        Create.of(input.glob().equals(input.root() + "**") ? UnreadablePaths.under(input.root()) : List.<DeadLetter>of())
            .withCoder(deadLetterCoder(begin)));
    PCollection<DeadLetter> dead = PCollectionList.of(parsed.get(DEAD_LETTERS)).and(unreadable)
        .apply("ReadDeadLetters", Flatten.pCollections());
    // one big WARC or JSON-lines file is parsed by one worker: spread its documents over all of them
    PCollection<RawDocument> documents = parsed.get(DOCUMENTS);
    if (spreadDocuments) {
      documents = documents.apply("SpreadDocuments", Reshuffle.viaRandomKey());
    }
    return PCollectionTuple.of(DOCUMENTS, documents).and(DEAD_LETTERS, dead);
  }

  private static org.apache.beam.sdk.coders.Coder<DeadLetter> deadLetterCoder(PBegin begin) {
    try {
      return begin.getPipeline().getSchemaRegistry().getSchemaCoder(DeadLetter.class);
    } catch (org.apache.beam.sdk.schemas.NoSuchSchemaException e) {
      throw new IllegalStateException("DeadLetter has a schema (@DefaultSchema)", e);
    }
  }

  /**
   * The files a glob matches, as (path, [size, last modified, seek-efficient]): plain values, so the
   * shuffle that spreads them decodes no Beam {@code ResourceId}. Decoding one needs the file-system
   * registry, and a worker thread could decode before the registry knew {@code hdfs://}
   * ({@link FileSystemsReady}: "No filesystem found for scheme hdfs" in the cluster test's embedded
   * run, once the spread files were read by two tasks). No file is an error, as Beam's matchAll.
   */
  static final class MatchFn extends DoFn<String, KV<String, List<Long>>> {
    @ProcessElement
    public void process(@Element String glob, OutputReceiver<KV<String, List<Long>>> out, PipelineOptions options)
        throws IOException {
      FileSystemsReady.await(glob, options);
      for (MatchResult.Metadata m : FileSystems.match(glob, EmptyMatchTreatment.DISALLOW).metadata()) {
        out.output(KV.of(m.resourceId().toString(),
            List.of(m.sizeBytes(), m.lastModifiedMillis(), m.isReadSeekEfficient() ? 1L : 0L)));
      }
    }
  }

  /** A matched file's Beam metadata again, once this worker's file-system registry knows the dump's scheme. */
  static final class MetadataFn extends DoFn<KV<String, List<Long>>, MatchResult.Metadata> {
    private final String root;

    MetadataFn(String root) {
      this.root = root;
    }

    @StartBundle
    public void startBundle(StartBundleContext c) {
      FileSystemsReady.await(root, c.getPipelineOptions());
    }

    @ProcessElement
    public void process(@Element KV<String, List<Long>> file, OutputReceiver<MatchResult.Metadata> out) {
      List<Long> facts = file.getValue();
      out.output(MatchResult.Metadata.builder()
          .setResourceId(FileSystems.matchNewResource(file.getKey(), false))
          .setSizeBytes(facts.get(0))
          .setLastModifiedMillis(facts.get(1))
          .setIsReadSeekEfficient(facts.get(2) == 1L)
          .build());
    }
  }

  /** Parses one file; each record becomes a RawDocument, each failure a dead letter. */
  static final class ParseFileFn extends DoFn<FileIO.ReadableFile, RawDocument> {
    private final StageClock clock = new StageClock(ReadCrawlDump.class);
    private final Counter files = Metrics.counter(ReadCrawlDump.class, "files");
    private final Counter documents = Metrics.counter(ReadCrawlDump.class, "documents-read");
    private final Counter failures = Metrics.counter(ReadCrawlDump.class, "documents-failed");
    private final Counter bytes = Metrics.counter(ReadCrawlDump.class, "bytes-read");
    private final InputSpec input;
    private final long maxDocumentBytes;
    private final long maxDocumentChars;
    private final DumpSettings settings;
    private transient DumpParser parser;

    ParseFileFn(InputSpec input, long maxDocumentBytes, long maxDocumentChars, DumpSettings settings) {
      this.input = input;
      this.maxDocumentBytes = maxDocumentBytes;
      this.maxDocumentChars = maxDocumentChars;
      this.settings = settings;
    }

    @Setup
    public void setup() {
      parser = new DumpParser(maxDocumentBytes, maxDocumentChars, settings);
    }

    @StartBundle
    public void startBundle(StartBundleContext c) {
      FileSystemsReady.await(input.root(), c.getPipelineOptions());
    }

    @ProcessElement
    public void process(@Element FileIO.ReadableFile file, MultiOutputReceiver out) {
      clock.time(() -> processTimed(file, out));
    }

    private void processTimed(FileIO.ReadableFile file, MultiOutputReceiver out) {
      String source = file.getMetadata().resourceId().toString();
      String relative = input.relativeName(source);
      files.inc();
      bytes.inc(file.getMetadata().sizeBytes());
      CountingSink sink = new CountingSink(new RecordSink() {
        @Override
        public void record(ParsedRecord r) {
          documents.inc();
          out.get(DOCUMENTS).output(toRawDocument(source, relative, r));
        }

        @Override
        public void failure(ReadFailure f) {
          failures.inc();
          out.get(DEAD_LETTERS).output(new DeadLetter(source, f.offset(), "read", f.reason(), f.detail()));
        }

        @Override
        public void skipped(long offset, String reason) {
          // not documents (images, error responses): counted, not dead-lettered
          Metrics.counter(ReadCrawlDump.class, "skipped-" + reason).inc();
        }
      });
      java.nio.channels.ReadableByteChannel channel;
      try {
        channel = file.open();
      } catch (IOException | RuntimeException e) {
        failures.inc();
        out.get(DEAD_LETTERS).output(new DeadLetter(source, -1, "read", UNREADABLE_FILE,
            "cannot open the file: " + e.getClass().getSimpleName() + ": " + e.getMessage()));
        Progress.fileRead(file.getMetadata().sizeBytes(), 1);
        return;
      }
      try {
        parser.parse(relative, () -> Channels.newInputStream(channel), sink);
      } catch (IOException e) {
        failures.inc();
        out.get(DEAD_LETTERS).output(new DeadLetter(source, -1, "read", IO_ERROR,
            "reading the file failed: " + e.getClass().getSimpleName() + ": " + e.getMessage()));
      }
      Progress.fileRead(file.getMetadata().sizeBytes(), sink.documents());
    }

    private static RawDocument toRawDocument(String source, String relative, ParsedRecord r) {
      RawDocument d = new RawDocument();
      d.docId = DocIds.of(relative, r.offset());
      d.sourceUri = source;
      d.offset = r.offset();
      d.format = r.format();
      d.url = r.url();
      d.titleHint = r.title();
      d.dateHint = r.date();
      d.text = r.text();
      d.charset = r.charset();
      d.charsetReason = r.charsetReason();
      d.repairs = r.repairs();
      d.damageScore = r.damageScore();
      d.flags = r.flags();
      return d;
    }
  }
}
