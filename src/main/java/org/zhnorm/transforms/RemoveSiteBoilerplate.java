package org.zhnorm.transforms;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.Distinct;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
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
import org.apache.beam.sdk.transforms.windowing.GlobalWindow;
import org.apache.beam.sdk.values.TupleTag;

import org.apache.beam.sdk.values.TypeDescriptors;
import org.zhnorm.model.Document;
import org.zhnorm.text.corpus.Hosts;
import org.zhnorm.text.corpus.LineKeys;
import org.zhnorm.text.corpus.PairCounts;

/**
 * Site boilerplate, the way C4 and CCNet find it: a line (normalized by {@link LineKeys}) that
 * stands in at least {@code max(minDocuments, minShare x documents of the host)} documents of the
 * same host is that host's boilerplate and is removed from each of them (rule
 * {@code site-boilerplate}). Counts are exact.
 *
 * <p>Steps: count documents per host and documents per (host, line) (each worker sends its line keys
 * in batches per shard of their hash, and each shard is counted in one {@link PairCounts} table: a
 * runner element per line cost more than the counting); keep the lines seen in at least
 * {@code minDocuments} documents; join them with the host's size to pick its boilerplate; send the
 * boilerplate to each bucket of the host's documents, and strip it there. A host's documents are
 * spread over up to {@link #BUCKETS} buckets by id, so no group holds a large host's pages at once
 * (a join groups its values in memory). Joins rather than side inputs: the DirectRunner stalled on
 * side inputs in this pipeline.
 */
public final class RemoveSiteBoilerplate extends PTransform<PCollection<Document>, PCollection<Document>> {
  public static final String RULE = "site-boilerplate";
  /** The most groups one host's documents are spread over when their boilerplate is stripped. */
  static final int BUCKETS = 256;
  /** Shards of the (host, line) pairs when they are counted; each shard is counted in one place. */
  static final int LINE_SHARDS = 4096;
  /** A worker sends its batches of pairs once it holds this many (16 MB). */
  static final int BUFFERED_PAIRS = 1 << 20;
  private final int minDocuments;
  private final double minShare;

  public RemoveSiteBoilerplate(int minDocuments, double minShare) {
    this.minDocuments = minDocuments;
    this.minShare = minShare;
  }

  /** The bucket key of a document: its host and a bucket from its id (String.hashCode is specified, so stable). */
  static String bucketOf(String host, String docId) {
    return host + "#" + Math.floorMod(docId.hashCode(), BUCKETS);
  }

  static String hostOfBucket(String bucket) {
    return bucket.substring(0, bucket.lastIndexOf('#'));
  }

  @Override
  public PCollection<Document> expand(PCollection<Document> docs) {
    PCollection<KV<String, Document>> byBucket = docs.apply("KeyByHostBucket",
        WithKeys.of((Document d) -> bucketOf(Hosts.of(d.url, d.sourceUri), d.docId)).withKeyType(TypeDescriptors.strings()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), docs.getCoder()));
    PCollection<String> bucketKeys = byBucket.apply("BucketKeys", Keys.create());
    PCollection<KV<Long, Long>> hostSizes = bucketKeys
        .apply("Hosts", MapElements.into(TypeDescriptors.longs()).via((String b) -> Hosts.key(hostOfBucket(b))))
        .apply("DocumentsPerHost", Count.perElement());
    PCollection<KV<Long, String>> hostBuckets = bucketKeys
        .apply("DistinctBuckets", Distinct.create())
        .apply("BucketsByHost", WithKeys.of((String b) -> Hosts.key(hostOfBucket(b))).withKeyType(TypeDescriptors.longs()));
    PCollection<KV<Long, KV<Long, Long>>> lineCounts = byBucket
        .apply("LineKeys", ParDo.of(new LineKeysFn()))
        .setCoder(KvCoder.of(VarIntCoder.of(), LongArrayCoder.of()))
        .apply("GroupLineKeys", GroupByKey.create())
        .apply("DocumentsPerLine", ParDo.of(new CountLinesFn(minDocuments)));
    TupleTag<Long> sizeTag = new TupleTag<>();
    TupleTag<KV<Long, Long>> countTag = new TupleTag<>();
    TupleTag<String> bucketTag = new TupleTag<>();
    PCollection<KV<String, Long>> boilerplate = KeyedPCollectionTuple.of(sizeTag, hostSizes)
        .and(countTag, lineCounts)
        .and(bucketTag, hostBuckets)
        .apply("JoinHostSizes", CoGroupByKey.create())
        .apply("RepeatedLines", ParDo.of(new RepeatedLinesFn(sizeTag, countTag, bucketTag, minDocuments, minShare)));
    TupleTag<Long> lineTag = new TupleTag<>();
    TupleTag<Document> docTag = new TupleTag<>();
    return KeyedPCollectionTuple.of(lineTag, boilerplate)
        .and(docTag, byBucket)
        .apply("JoinDocuments", CoGroupByKey.create())
        .apply("StripBoilerplate", ParDo.of(new StripFn(lineTag, docTag)));
  }

  /**
   * Sends the (host key, line key) pairs of each document in batches, one batch per shard of the
   * pairs' hash: the runner groups a few thousand arrays instead of one element per line. A worker
   * holds at most {@link #BUFFERED_PAIRS} pairs before it sends them all.
   */
  static final class LineKeysFn extends DoFn<KV<String, Document>, KV<Integer, long[]>> {
    private transient long[][] buffers;
    private transient int[] lengths;
    private transient int buffered;

    @StartBundle
    public void startBundle() {
      buffers = new long[LINE_SHARDS][];
      lengths = new int[LINE_SHARDS];
      buffered = 0;
    }

    @ProcessElement
    public void process(@Element KV<String, Document> doc, OutputReceiver<KV<Integer, long[]>> out) {
      long host = Hosts.key(hostOfBucket(doc.getKey()));
      for (long line : LineKeys.of(doc.getValue().text)) {
        int shard = Math.floorMod(Long.hashCode(host * 31 + line), LINE_SHARDS);
        long[] b = buffers[shard];
        if (b == null || lengths[shard] + 2 > b.length) {
          buffers[shard] = b = b == null ? new long[16] : Arrays.copyOf(b, b.length * 2);
        }
        b[lengths[shard]++] = host;
        b[lengths[shard]++] = line;
        if (++buffered >= BUFFERED_PAIRS) {
          flush(out::output);
        }
      }
    }

    @FinishBundle
    public void finishBundle(FinishBundleContext c) {
      flush(kv -> c.output(kv, GlobalWindow.INSTANCE.maxTimestamp(), GlobalWindow.INSTANCE));
    }

    private void flush(Consumer<KV<Integer, long[]>> out) {
      for (int shard = 0; shard < LINE_SHARDS; shard++) {
        if (lengths[shard] > 0) {
          out.accept(KV.of(shard, Arrays.copyOf(buffers[shard], lengths[shard])));
          buffers[shard] = null;
          lengths[shard] = 0;
        }
      }
      buffered = 0;
    }
  }

  /** Counts the documents of each (host, line) pair of one shard; sends the pairs seen in at least {@code min}. */
  static final class CountLinesFn extends DoFn<KV<Integer, Iterable<long[]>>, KV<Long, KV<Long, Long>>> {
    private final int min;

    CountLinesFn(int min) {
      this.min = min;
    }

    @ProcessElement
    public void process(@Element KV<Integer, Iterable<long[]>> shard, OutputReceiver<KV<Long, KV<Long, Long>>> out) {
      PairCounts counts = new PairCounts(1024);
      for (long[] pairs : shard.getValue()) {
        counts.addAll(pairs, pairs.length);
      }
      counts.forEachAtLeast(min, (host, line, n) -> out.output(KV.of(host, KV.of(line, (long) n))));
    }
  }

  /** Per host: the line keys frequent enough to be the host's boilerplate, sent to each of its buckets. */
  static final class RepeatedLinesFn extends DoFn<KV<Long, CoGbkResult>, KV<String, Long>> {
    private final TupleTag<Long> sizeTag;
    private final TupleTag<KV<Long, Long>> countTag;
    private final TupleTag<String> bucketTag;
    private final int minDocuments;
    private final double minShare;

    RepeatedLinesFn(TupleTag<Long> sizeTag, TupleTag<KV<Long, Long>> countTag, TupleTag<String> bucketTag,
        int minDocuments, double minShare) {
      this.sizeTag = sizeTag;
      this.countTag = countTag;
      this.bucketTag = bucketTag;
      this.minDocuments = minDocuments;
      this.minShare = minShare;
    }

    @ProcessElement
    public void process(@Element KV<Long, CoGbkResult> host, OutputReceiver<KV<String, Long>> out) {
      long threshold = LineKeys.threshold(host.getValue().getOnly(sizeTag, 0L), minDocuments, minShare);
      List<Long> lines = new ArrayList<>();
      for (KV<Long, Long> line : host.getValue().getAll(countTag)) {
        if (line.getValue() >= threshold) {
          lines.add(line.getKey());
        }
      }
      if (lines.isEmpty()) {
        return;
      }
      for (String bucket : host.getValue().getAll(bucketTag)) {
        for (Long line : lines) {
          out.output(KV.of(bucket, line));
        }
      }
    }
  }

  /** Removes the host's boilerplate lines from each document of one bucket. */
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
      d.removed.merge(RULE, removedChars, Long::sum);
      d.ruleHits.merge(RULE, removedLines, Long::sum);
      linesRemoved.inc(removedLines);
      return d;
    }
  }

}
