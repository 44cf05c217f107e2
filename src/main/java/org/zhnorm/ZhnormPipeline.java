package org.zhnorm;

import java.io.IOException;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.zhnorm.io.InputSpec;
import org.zhnorm.io.OutputCheck;
import org.zhnorm.io.OutputFolder;
import org.zhnorm.io.Partitioning;
import org.zhnorm.report.Progress;
import org.zhnorm.io.ReadCrawlDump;
import org.zhnorm.io.WriteTables;
import org.zhnorm.model.Claim;
import org.zhnorm.model.DeadLetter;
import org.zhnorm.model.Document;
import org.zhnorm.model.Section;
import org.zhnorm.options.OptionsValidator;
import org.zhnorm.options.ZhnormOptions;
import org.zhnorm.report.RunFacts;
import org.zhnorm.report.SummarizeRun;
import org.zhnorm.transforms.CleanDocuments;
import org.zhnorm.transforms.ConvertScript;
import org.zhnorm.transforms.DeadLetters;
import org.zhnorm.transforms.ExtractClaims;
import org.zhnorm.transforms.ExtractSections;
import org.zhnorm.transforms.LocateDocuments;
import org.zhnorm.transforms.Segment;

/**
 * The zhnorm batch. Steps:
 *
 * <ol>
 *   <li>ReadCrawlDump: every file of the dump, decoded and repaired, into documents;
 *   <li>CleanDocuments: the cleaning rule chain removes scraped noise and extracts metadata, then
 *       site boilerplate repeated across a host's pages goes, and duplicate pages are merged;
 *   <li>ConvertScript: OpenCC converts Traditional to Simplified, the original kept;
 *   <li>Segment: HanLP words, tags and entities; LocateDocuments: the place each is about;
 *   <li>ExtractSections, then ExtractClaims: the document's sections and quantitative claims;
 *   <li>SummarizeRun and WriteTables: Parquet tables partitioned by month (or year, or not), dead letters, report.
 * </ol>
 *
 * Every stage routes the documents it cannot handle to one dead-letter output.
 */
public final class ZhnormPipeline {
  private ZhnormPipeline() {}

  public static void main(String[] args) throws IOException {
    PipelineOptionsFactory.register(ZhnormOptions.class);
    ZhnormOptions options = PipelineOptionsFactory.fromArgs(args).withValidation().as(ZhnormOptions.class);
    run(options);
  }

  /**
   * Validates the options, checks the input and that the output can be written, runs the pipeline to
   * the end, gives empty tables their schema, checks the share of dead letters, and marks success.
   *
   * @throws IllegalArgumentException or IllegalStateException for a bad flag, input or output (before the run)
   * @throws RunFailed when the pipeline failed (the output is incomplete)
   * @throws DeadLetterShare.TooMany when no document, or too large a share, came through
   */
  public static PipelineResult run(ZhnormOptions options) throws IOException {
    long started = System.nanoTime();
    OptionsValidator.validate(options);
    FileSystems.setDefaultPipelineOptions(options);
    long inputBytes = inputBytes(options.getInput());
    OutputFolder output = new OutputFolder(options.getOutput());
    // from here on the output folder is touched: an interrupt says it is incomplete
    Thread interrupted = new Thread(() -> System.err.println("\nzhnorm: the run was interrupted; " + output.root()
        + " is incomplete (no _SUCCESS). Run again with --overwrite."), "zhnorm-interrupt");
    Runtime.getRuntime().addShutdownHook(interrupted);
    PipelineResult result;
    PipelineResult.State state;
    try (Progress progress = options.getQuiet() ? null : Progress.start(options, System.err, inputBytes, 10)) {
      output.prepare(options.getOverwrite());
      output.checkWritable();
      Pipeline pipeline = Pipeline.create(options);
      build(pipeline, options);
      result = pipeline.run();
      state = result.waitUntilFinish();
    } catch (IllegalArgumentException | IllegalStateException e) {
      if (e.getMessage() != null && e.getMessage().startsWith("--")) {
        throw e; // a bad flag or output, named before the pipeline ran
      }
      throw new RunFailed("the pipeline failed: " + rootCause(e) + "; " + output.root() + " is incomplete (no _SUCCESS)", e);
    } catch (RuntimeException e) {
      throw new RunFailed("the pipeline failed: " + rootCause(e) + "; " + output.root() + " is incomplete (no _SUCCESS)", e);
    } finally {
      removeHook(interrupted);
    }
    if (state != PipelineResult.State.DONE) {
      throw new RunFailed("the pipeline ended in state " + state + "; " + output.root() + " is incomplete (no _SUCCESS)", null);
    }
    output.writeEmptyTables(Partitioning.of(options.getPartitionBy()));
    OutputCheck.verify(output.root(), Partitioning.of(options.getPartitionBy()));
    output.completeReport(RunFacts.of(options, inputBytes, started, result));
    DeadLetterShare.check(output.root(), options.getMaxDeadLetteredShare());
    output.markSuccess("zhnorm run complete\n");
    return result;
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // the JVM is already shutting down: the hook runs and says so
    }
  }

  /** The innermost cause's class and message, for a one-line error. */
  public static String rootCause(Throwable e) {
    Throwable c = e;
    while (c.getCause() != null && c.getCause() != c) {
      c = c.getCause();
    }
    String m = c.getMessage();
    int nl = m == null ? -1 : m.indexOf('\n');
    return c.getClass().getSimpleName() + (m == null ? "" : ": " + (nl > 0 ? m.substring(0, nl) : m));
  }

  /** The pipeline itself failed; the output folder is incomplete. */
  public static final class RunFailed extends RuntimeException {
    RunFailed(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * The input's size in bytes, for the progress line's estimate.
   *
   * @throws IllegalArgumentException naming the flag when the input matches no file
   */
  static long inputBytes(String input) throws IOException {
    MatchResult m = FileSystems.match(InputSpec.of(input).glob(), EmptyMatchTreatment.ALLOW);
    if (m.status() != MatchResult.Status.OK || m.metadata().isEmpty()) {
      throw new IllegalArgumentException("--input=" + input + " matches no files; name a folder, file or glob of the crawl dump");
    }
    long total = 0;
    for (MatchResult.Metadata md : m.metadata()) {
      total += md.sizeBytes();
    }
    return total;
  }

  /** A dump of fewer files than this has its documents spread over the workers right after parsing. */
  static final int FEW_FILES = 16;
  /** ... and so has a dump whose largest file holds more than this share of its bytes. */
  static final double BIG_FILE_SHARE = 0.1;

  /**
   * Whether the documents should be spread over the workers right after parsing: when a few files
   * (or one big WARC or JSON-lines file) hold much of the dump, the worker that parses a file would
   * also clean all of its documents. With many files of similar size the files are already spread,
   * and the corpus steps shuffle the documents anyway (docs/PERFORMANCE.md). When the input cannot be
   * matched now, the documents are spread.
   */
  static boolean spreadDocuments(String input) {
    try {
      MatchResult m = FileSystems.match(InputSpec.of(input).glob(), EmptyMatchTreatment.ALLOW);
      if (m.status() != MatchResult.Status.OK || m.metadata().size() < FEW_FILES) {
        return true;
      }
      long total = 0;
      long largest = 0;
      for (MatchResult.Metadata md : m.metadata()) {
        total += md.sizeBytes();
        largest = Math.max(largest, md.sizeBytes());
      }
      return largest > BIG_FILE_SHARE * total;
    } catch (IOException | RuntimeException e) {
      return true;
    }
  }

  /** Adds the whole batch to {@code pipeline}. */
  public static void build(Pipeline pipeline, ZhnormOptions options) {
    PCollectionTuple read = pipeline.apply("ReadCrawlDump",
        ReadCrawlDump.from(options.getInput(), options.getMaxDocumentBytes(), options.getMaxDocumentChars(),
            OptionsValidator.dumpSettings(options)).spreadingDocuments(spreadDocuments(options.getInput())));
    PCollectionTuple cleaned = read.get(ReadCrawlDump.DOCUMENTS).apply("CleanDocuments",
        new CleanDocuments(options.getBoilerplateMinDocuments(), options.getBoilerplateMinShare(),
            options.getNearDuplicateThreshold()));
    PCollectionTuple converted = cleaned.get(CleanDocuments.DOCUMENTS)
        .apply("ConvertScript", ConvertScript.withMode(options.getConversion()));
    PCollectionTuple segmented = converted.get(ConvertScript.DOCUMENTS).apply("Segment", new Segment());
    PCollection<Document> documents = segmented.get(Segment.DOCUMENTS).apply("LocateDocuments", new LocateDocuments());
    PCollectionTuple sectioned = documents.apply("ExtractSections", new ExtractSections());
    PCollection<Section> sections = sectioned.get(ExtractSections.SECTIONS);
    PCollectionTuple claimed = sectioned.get(ExtractSections.BY_DOCUMENT).apply("ExtractClaims", new ExtractClaims());
    PCollection<Claim> claims = claimed.get(ExtractClaims.CLAIMS);

    PCollection<DeadLetter> deadLetters = PCollectionList.of(read.get(ReadCrawlDump.DEAD_LETTERS))
        .and(cleaned.get(DeadLetters.TAG))
        .and(converted.get(DeadLetters.TAG))
        .and(segmented.get(DeadLetters.TAG))
        .and(sectioned.get(DeadLetters.TAG))
        .and(claimed.get(DeadLetters.TAG))
        .apply("AllDeadLetters", Flatten.pCollections());

    PCollection<String> report = PCollectionTuple.of(SummarizeRun.READ, read.get(ReadCrawlDump.DOCUMENTS))
        .and(SummarizeRun.DOCUMENTS, documents)
        .and(SummarizeRun.SECTIONS, sections)
        .and(SummarizeRun.CLAIMS, claims)
        .and(SummarizeRun.DEAD_LETTERS, deadLetters)
        .apply("SummarizeRun", new SummarizeRun());

    PCollectionTuple.of(WriteTables.DOCUMENTS, documents)
        .and(WriteTables.SECTIONS, sections)
        .and(WriteTables.CLAIMS, claims)
        .and(WriteTables.DEAD_LETTERS, deadLetters)
        .and(WriteTables.REPORT, report)
        .apply("WriteTables", WriteTables.to(options.getOutput()).partitionedBy(Partitioning.of(options.getPartitionBy())));
  }
}
