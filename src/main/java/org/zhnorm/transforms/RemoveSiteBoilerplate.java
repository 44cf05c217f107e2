package org.zhnorm.transforms;

import java.util.HashSet;
import java.util.Set;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.FlatMapElements;
import org.apache.beam.sdk.transforms.Keys;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TupleTag;

import org.apache.beam.sdk.values.TypeDescriptors;
import org.zhnorm.model.Document;
import org.zhnorm.text.corpus.Hosts;
import org.zhnorm.text.corpus.LineKeys;

/**
 * Site boilerplate, the way C4 and CCNet find it: a line (normalized by {@link LineKeys}) that
 * stands in at least {@code max(minDocuments, minShare x documents of the host)} documents of the
 * same host is that host's boilerplate and is removed from each of them (rule
 * {@code site-boilerplate}). Counts are exact: two aggregations and two joins by host.
 */
public final class RemoveSiteBoilerplate extends PTransform<PCollection<Document>, PCollection<Document>> {
  public static final String RULE = "site-boilerplate";
  private final int minDocuments;
  private final double minShare;

  public RemoveSiteBoilerplate(int minDocuments, double minShare) {
    this.minDocuments = minDocuments;
    this.minShare = minShare;
  }

  @Override
  public PCollection<Document> expand(PCollection<Document> docs) {
    PCollection<KV<String, Document>> byHost = docs.apply("KeyByHost",
        WithKeys.of((Document d) -> Hosts.of(d.url, d.sourceUri)).withKeyType(TypeDescriptors.strings()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), docs.getCoder()));
    PCollection<KV<String, Long>> hostSizes = byHost
        .apply("Hosts", Keys.create())
        .apply("DocumentsPerHost", Count.perElement());
    PCollection<KV<String, KV<Long, Long>>> lineCounts = byHost
        .apply("LineKeys", FlatMapElements
            .into(TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.longs()))
            .via((KV<String, Document> kv) -> LineKeys.of(kv.getValue().text).stream()
                .map(k -> KV.of(kv.getKey(), k)).toList()))
        .apply("DocumentsPerLine", Count.perElement())
        .apply("ByHost", MapElements
            .into(TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.kvs(TypeDescriptors.longs(), TypeDescriptors.longs())))
            .via((KV<KV<String, Long>, Long> c) -> KV.of(c.getKey().getKey(), KV.of(c.getKey().getValue(), c.getValue()))));
    // joins rather than side inputs: the DirectRunner stalls on side inputs in this pipeline
    TupleTag<Long> sizeTag = new TupleTag<>();
    TupleTag<KV<Long, Long>> countTag = new TupleTag<>();
    PCollection<KV<String, Long>> boilerplate = KeyedPCollectionTuple.of(sizeTag, hostSizes)
        .and(countTag, lineCounts)
        .apply("JoinHostSizes", CoGroupByKey.create())
        .apply("RepeatedLines", ParDo.of(new RepeatedLinesFn(sizeTag, countTag, minDocuments, minShare)));
    TupleTag<Long> lineTag = new TupleTag<>();
    TupleTag<Document> docTag = new TupleTag<>();
    return KeyedPCollectionTuple.of(lineTag, boilerplate)
        .and(docTag, byHost)
        .apply("JoinDocuments", CoGroupByKey.create())
        .apply("StripBoilerplate", ParDo.of(new StripFn(lineTag, docTag)));
  }

  /** Per host: the line keys frequent enough to be the host's boilerplate. */
  static final class RepeatedLinesFn extends DoFn<KV<String, CoGbkResult>, KV<String, Long>> {
    private final TupleTag<Long> sizeTag;
    private final TupleTag<KV<Long, Long>> countTag;
    private final int minDocuments;
    private final double minShare;

    RepeatedLinesFn(TupleTag<Long> sizeTag, TupleTag<KV<Long, Long>> countTag, int minDocuments, double minShare) {
      this.sizeTag = sizeTag;
      this.countTag = countTag;
      this.minDocuments = minDocuments;
      this.minShare = minShare;
    }

    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> host, OutputReceiver<KV<String, Long>> out) {
      long threshold = LineKeys.threshold(host.getValue().getOnly(sizeTag, 0L), minDocuments, minShare);
      for (KV<Long, Long> line : host.getValue().getAll(countTag)) {
        if (line.getValue() >= threshold) {
          out.output(KV.of(host.getKey(), line.getKey()));
        }
      }
    }
  }

  /** Removes the host's boilerplate lines from each of its documents. */
  static final class StripFn extends DoFn<KV<String, CoGbkResult>, Document> {
    private final Counter linesRemoved = Metrics.counter(RemoveSiteBoilerplate.class, "lines-removed");
    private final TupleTag<Long> lineTag;
    private final TupleTag<Document> docTag;

    StripFn(TupleTag<Long> lineTag, TupleTag<Document> docTag) {
      this.lineTag = lineTag;
      this.docTag = docTag;
    }

    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> host, OutputReceiver<Document> out) {
      Set<Long> lines = new HashSet<>();
      host.getValue().getAll(lineTag).forEach(lines::add);
      for (Document in : host.getValue().getAll(docTag)) {
        out.output(strip(in, lines));
      }
    }

    private Document strip(Document in, Set<Long> lines) {
      if (lines.isEmpty()) {
        return in;
      }
      StringBuilder kept = new StringBuilder(in.text.length());
      long removedChars = 0;
      long removedLines = 0;
      for (String line : in.text.split("\n")) {
        Long key = LineKeys.key(line);
        if (key != null && lines.contains(key)) {
          removedChars += line.length();
          removedLines++;
        } else {
          kept.append(line).append('\n');
        }
      }
      if (removedLines == 0) {
        return in;
      }
      Document d = in.copy();
      d.text = kept.toString().strip();
      d.textOriginal = d.text;
      d.removed.merge(RULE, removedChars, Long::sum);
      d.ruleHits.merge(RULE, removedLines, Long::sum);
      linesRemoved.inc(removedLines);
      return d;
    }
  }

}
