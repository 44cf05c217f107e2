package org.zhnorm.transforms;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Distribution;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.zhnorm.model.DeadLetter;
import org.zhnorm.model.Document;
import org.zhnorm.model.RawDocument;
import org.zhnorm.text.clean.CleanResult;
import org.zhnorm.text.clean.Cleaner;
import org.zhnorm.text.clean.Metadata;
import org.zhnorm.text.clean.PageHints;
import org.zhnorm.report.StageClock;
import org.zhnorm.text.Budget;

/**
 * Cleans documents in three steps: the rule chain on each document ({@link Cleaner}, which also
 * fills the metadata), site boilerplate across the documents of a host, and the merging of exact and
 * near-duplicate documents. A document with no text left is dead-lettered as {@code no-content}.
 */
public final class CleanDocuments extends PTransform<PCollection<RawDocument>, PCollectionTuple> {
  public static final TupleTag<Document> DOCUMENTS = new TupleTag<>() {};
  private final int boilerplateMinDocuments;
  private final double boilerplateMinShare;
  private final double nearDuplicateThreshold;

  public CleanDocuments(int boilerplateMinDocuments, double boilerplateMinShare, double nearDuplicateThreshold) {
    this.boilerplateMinDocuments = boilerplateMinDocuments;
    this.boilerplateMinShare = boilerplateMinShare;
    this.nearDuplicateThreshold = nearDuplicateThreshold;
  }

  /** The defaults of the command line's flags. */
  public static CleanDocuments withDefaults() {
    return new CleanDocuments(3, 0.05, 0.8);
  }

  @Override
  public PCollectionTuple expand(PCollection<RawDocument> input) {
    PCollectionTuple ruled = input.apply("ApplyRules",
        ParDo.of(new CleanFn()).withOutputTags(DOCUMENTS, TupleTagList.of(DeadLetters.TAG)));
    PCollectionTuple withContent = ruled.get(DOCUMENTS)
        .apply("RemoveSiteBoilerplate", new RemoveSiteBoilerplate(boilerplateMinDocuments, boilerplateMinShare))
        .apply("RequireContent", ParDo.of(new RequireContentFn()).withOutputTags(DOCUMENTS, TupleTagList.of(DeadLetters.TAG)));
    PCollection<Document> unique = withContent.get(DOCUMENTS).apply("MergeDuplicates", new MergeDuplicates(nearDuplicateThreshold));
    PCollection<DeadLetter> dead = PCollectionList.of(ruled.get(DeadLetters.TAG)).and(withContent.get(DeadLetters.TAG))
        .apply("CleaningDeadLetters", Flatten.pCollections());
    return PCollectionTuple.of(DOCUMENTS, unique).and(DeadLetters.TAG, dead);
  }

  /** Dead-letters documents with no text left. */
  static final class RequireContentFn extends DoFn<Document, Document> {
    private final Counter empty = Metrics.counter(CleanDocuments.class, "documents-without-content");

    @ProcessElement
    public void process(@Element Document d, MultiOutputReceiver out) {
      if (d.text.isBlank()) {
        empty.inc();
        out.get(DeadLetters.TAG).output(new DeadLetter(d.sourceUri, d.offset, "clean", "no-content",
            "doc " + d.docId + ": nothing is left after cleaning (" + d.removed + " characters removed by rule)"));
        return;
      }
      out.get(DOCUMENTS).output(d);
    }
  }

  static final class CleanFn extends DoFn<RawDocument, Document> {
    private final StageClock clock = new StageClock(CleanDocuments.class);
    private final Counter cleaned = Metrics.counter(CleanDocuments.class, "documents-cleaned");
    private final Counter failed = Metrics.counter(CleanDocuments.class, "documents-failed");
    private final Distribution removedShare = Metrics.distribution(CleanDocuments.class, "removed-per-mille");
    private transient Cleaner cleaner;
    private transient long budgetMillis;

    @StartBundle
    public void startBundle(StartBundleContext c) {
      budgetMillis = DeadLetters.budgetMillis(c.getPipelineOptions());
    }

    @Setup
    public void setup() {
      cleaner = Cleaner.standard();
    }

    @ProcessElement
    public void process(@Element RawDocument raw, MultiOutputReceiver out) {
      clock.time(() -> processTimed(raw, out));
    }

    private void processTimed(RawDocument raw, MultiOutputReceiver out) {
      CleanResult r;
      Document document;
      try (Budget budget = Budget.start(budgetMillis)) {
        r = cleaner.clean(raw.text, new PageHints(raw.url, raw.titleHint, raw.dateHint), false);
        document = toDocument(raw, r);
      } catch (RuntimeException e) {
        failed.inc();
        out.get(DeadLetters.TAG).output(DeadLetters.failed("clean", raw.sourceUri, raw.offset, raw.docId, e));
        return;
      }
      for (Map.Entry<String, Long> e : r.hits().entrySet()) {
        Metrics.counter(CleanDocuments.class, "rule." + e.getKey() + ".hits").inc(e.getValue());
      }
      for (Map.Entry<String, Long> e : r.removedChars().entrySet()) {
        Metrics.counter(CleanDocuments.class, "rule." + e.getKey() + ".chars").inc(e.getValue());
      }
      cleaned.inc();
      if (!raw.text.isEmpty()) {
        removedShare.update(1000L * (raw.text.length() - r.text().length()) / raw.text.length());
      }
      out.get(DOCUMENTS).output(document);
    }

    private static Document toDocument(RawDocument raw, CleanResult r) {
      Metadata m = r.metadata();
      Document d = new Document();
      d.docId = raw.docId;
      d.sourceUri = raw.sourceUri;
      d.offset = raw.offset;
      d.format = raw.format;
      d.url = raw.url;
      d.title = m.title();
      d.pubTime = m.pubTime();
      d.pubMonth = Months.of(m.pubTime());
      d.sourceName = m.sourceName();
      d.editor = m.editor();
      d.reporter = m.reporter();
      d.author = m.author();
      d.metadataFoundBy = new TreeMap<>(m.foundBy());
      d.text = r.text();
      d.removed = new TreeMap<>(r.removedChars());
      Map<String, Long> hits = new TreeMap<>(raw.repairs);
      r.hits().forEach((k, v) -> hits.merge(k, v, Long::sum));
      d.ruleHits = hits;
      List<String> flags = new ArrayList<>(raw.flags);
      flags.addAll(r.flags());
      d.flags = flags;
      d.charset = raw.charset;
      d.charsetReason = raw.charsetReason;
      d.damageScore = raw.damageScore;
      return d;
    }
  }
}
