package org.zhnorm.io;

import java.io.IOException;
import java.nio.channels.Channels;
import org.apache.beam.sdk.io.Compression;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
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

  private final InputSpec input;
  private final long maxDocumentBytes;
  private final DumpSettings settings;

  private ReadCrawlDump(InputSpec input, long maxDocumentBytes, DumpSettings settings) {
    this.input = input;
    this.maxDocumentBytes = maxDocumentBytes;
    this.settings = settings;
  }

  public static ReadCrawlDump from(String input, long maxDocumentBytes) {
    return from(input, maxDocumentBytes, DumpSettings.defaults());
  }

  public static ReadCrawlDump from(String input, long maxDocumentBytes, DumpSettings settings) {
    return new ReadCrawlDump(InputSpec.of(input), maxDocumentBytes, settings);
  }

  @Override
  public PCollectionTuple expand(PBegin begin) {
    PCollectionTuple parsed = begin
        .apply("MatchFiles", FileIO.match().filepattern(input.glob()).withEmptyMatchTreatment(EmptyMatchTreatment.DISALLOW))
        .apply("SpreadFiles", Reshuffle.viaRandomKey())
        .apply("OpenFiles", FileIO.readMatches().withCompression(Compression.UNCOMPRESSED))
        .apply("ParseFiles", ParDo.of(new ParseFileFn(input, maxDocumentBytes, settings))
            .withOutputTags(DOCUMENTS, TupleTagList.of(DEAD_LETTERS)));
    // one big WARC or JSON-lines file is parsed by one worker: spread its documents over all of them
    return PCollectionTuple.of(DOCUMENTS, parsed.get(DOCUMENTS).apply("SpreadDocuments", Reshuffle.viaRandomKey()))
        .and(DEAD_LETTERS, parsed.get(DEAD_LETTERS));
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
    private final DumpSettings settings;
    private transient DumpParser parser;

    ParseFileFn(InputSpec input, long maxDocumentBytes, DumpSettings settings) {
      this.input = input;
      this.maxDocumentBytes = maxDocumentBytes;
      this.settings = settings;
    }

    @Setup
    public void setup() {
      parser = new DumpParser(maxDocumentBytes, settings);
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
      RecordSink sink = new RecordSink() {
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
      };
      long[] count = {0};
      try {
        parser.parse(relative, () -> Channels.newInputStream(file.open()), new RecordSink() {
          @Override
          public void record(ParsedRecord record) {
            count[0]++;
            sink.record(record);
          }

          @Override
          public void failure(ReadFailure failure) {
            count[0]++;
            sink.failure(failure);
          }

          @Override
          public void skipped(long offset, String reason) {
            // not documents (images, error responses): counted, not dead-lettered
            Metrics.counter(ReadCrawlDump.class, "skipped-" + reason).inc();
          }
        });
      } catch (IOException e) {
        failures.inc();
        out.get(DEAD_LETTERS).output(new DeadLetter(source, -1, "read", "io-error", String.valueOf(e.getMessage())));
      }
      Progress.fileRead(file.getMetadata().sizeBytes(), count[0]);
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
