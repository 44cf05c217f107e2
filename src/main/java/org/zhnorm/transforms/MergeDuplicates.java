package org.zhnorm.transforms;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.FlatMapElements;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.zhnorm.model.Document;
import org.zhnorm.text.corpus.MinHash;

/**
 * Merges exact and near-duplicate documents, keeping the first by id. Near-duplicates are found with
 * MinHash over character shingles and LSH banding ({@link MinHash}); candidates that share a band
 * are confirmed on their whole signatures ({@code similarity >= threshold}). Each duplicate points
 * to the least similar-enough id; a document is merged (not written) when it points to another and
 * none points to it, and the kept document lists it in {@code duplicates}, with where it came from
 * ({@code source#offset}) in {@code duplicateSources}. So every merged
 * document is recorded on a document that is written; a document in the middle of a chain
 * (A~B, B~C, A!~C) is kept.
 *
 * <p>A document of fewer than {@link #MIN_CHARS} non-space characters takes no part: a stub (a
 * two-character leftover of a page whose article was lost) shares its few shingles with any other
 * stub, and merging them would make a real document vanish behind another one. Such documents get
 * no signature and are always written.
 */
public final class MergeDuplicates extends PTransform<PCollection<Document>, PCollection<Document>> {
  /** Compare a document with at most this many earlier members of one LSH bucket. */
  static final int MAX_COMPARISONS = 50;
  /** Documents shorter than this (non-space characters) are never merged, nor merged into. */
  public static final int MIN_CHARS = 50;
  private final double threshold;

  public MergeDuplicates(double threshold) {
    this.threshold = threshold;
  }

  @Override
  public PCollection<Document> expand(PCollection<Document> docs) {
    PCollection<KV<String, byte[]>> signatures = docs.apply("Signatures", FlatMapElements
        .into(TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptor.of(byte[].class)))
        .via((Document d) -> longEnough(d.text)
            ? List.of(KV.of(d.docId, MinHash.toBytes(MinHash.signature(d.text))))
            : List.<KV<String, byte[]>>of()));

    // candidate pairs (later id, earlier id) that share an LSH band
    PCollection<KV<String, String>> candidates = signatures.apply("CandidatePairs", new CandidatePairs());

    // confirm each pair on the whole signatures: attach the later's, then the earlier's
    TupleTag<String> earlierTag = new TupleTag<>();
    TupleTag<byte[]> sigTag = new TupleTag<>();
    PCollection<KV<String, KV<String, byte[]>>> withLater = KeyedPCollectionTuple.of(earlierTag, candidates)
        .and(sigTag, signatures)
        .apply("JoinLaterSignature", CoGroupByKey.create())
        .apply("KeyByEarlier", ParDo.of(new AttachFn(earlierTag, sigTag)));
    TupleTag<KV<String, byte[]>> laterTag = new TupleTag<>();
    PCollection<KV<String, String>> duplicateOf = KeyedPCollectionTuple.of(laterTag, withLater)
        .and(sigTag, signatures)
        .apply("JoinEarlierSignature", CoGroupByKey.create())
        .apply("ConfirmPairs", ParDo.of(new ConfirmFn(laterTag, sigTag, threshold)))
        .apply("LeastEarlier", Combine.perKey(least()));

    // a document is merged when it points to a target and nothing points to it; a document in the
    // middle of a chain is written (joins, not side inputs: the DirectRunner stalls on those here)
    TupleTag<String> targetTag = new TupleTag<>();
    TupleTag<String> pointerTag = new TupleTag<>();
    PCollection<KV<String, String>> pointers = duplicateOf.apply("Invert", MapElements
        .into(TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.strings()))
        .via((KV<String, String> kv) -> KV.of(kv.getValue(), kv.getKey())));
    PCollection<KV<String, String>> merges = KeyedPCollectionTuple.of(targetTag, duplicateOf)
        .and(pointerTag, pointers)
        .apply("JoinLinks", CoGroupByKey.create())
        .apply("MergedInto", ParDo.of(new MergedIntoFn(targetTag, pointerTag)));

    // each merged document's source, so the kept one records where its duplicates came from
    TupleTag<String> intoTag = new TupleTag<>();
    TupleTag<String> whereTag = new TupleTag<>();
    PCollection<KV<String, String>> mergedWithSource = KeyedPCollectionTuple
        .of(intoTag, merges.apply("ByMergedId", MapElements
            .into(TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.strings()))
            .via((KV<String, String> kv) -> KV.of(kv.getValue(), kv.getKey()))))
        .and(whereTag, docs.apply("Locations", MapElements
            .into(TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.strings()))
            .via((Document d) -> KV.of(d.docId, d.sourceUri + "#" + d.offset))))
        .apply("JoinLocations", CoGroupByKey.create())
        .apply("MergedWithSource", ParDo.of(new WithSourceFn(intoTag, whereTag)));

    TupleTag<Document> docTag = new TupleTag<>();
    TupleTag<String> childTag = new TupleTag<>();
    TupleTag<String> mergedTag = new TupleTag<>();
    return KeyedPCollectionTuple
        .of(docTag, docs.apply("KeyById", MapElements
            .into(TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptor.of(Document.class)))
            .via((Document d) -> KV.of(d.docId, d)))
            .setCoder(KvCoder.of(StringUtf8Coder.of(), docs.getCoder())))
        .and(childTag, mergedWithSource)
        .and(mergedTag, merges.apply("MergedIds", MapElements
            .into(TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.strings()))
            .via((KV<String, String> kv) -> KV.of(kv.getValue(), kv.getKey()))))
        .apply("JoinDocuments", CoGroupByKey.create())
        .apply("KeepOrMerge", ParDo.of(new KeepOrMergeFn(docTag, childTag, mergedTag)));
  }

  /** Per merged document id: (target, "id TAB source#offset"). */
  static final class WithSourceFn extends DoFn<KV<String, CoGbkResult>, KV<String, String>> {
    private final TupleTag<String> intoTag;
    private final TupleTag<String> whereTag;

    WithSourceFn(TupleTag<String> intoTag, TupleTag<String> whereTag) {
      this.intoTag = intoTag;
      this.whereTag = whereTag;
    }

    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> row, OutputReceiver<KV<String, String>> out) {
      String where = row.getValue().getOnly(whereTag, "");
      for (String target : row.getValue().getAll(intoTag)) {
        out.output(KV.of(target, row.getKey() + "\t" + where));
      }
    }
  }

  /** Per document id: emits (target, id) when the document points to a target and nothing points to it. */
  static final class MergedIntoFn extends DoFn<KV<String, CoGbkResult>, KV<String, String>> {
    private final TupleTag<String> targetTag;
    private final TupleTag<String> pointerTag;

    MergedIntoFn(TupleTag<String> targetTag, TupleTag<String> pointerTag) {
      this.targetTag = targetTag;
      this.pointerTag = pointerTag;
    }

    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> row, OutputReceiver<KV<String, String>> out) {
      String target = row.getValue().getOnly(targetTag, null);
      if (target != null && !row.getValue().getAll(pointerTag).iterator().hasNext()) {
        out.output(KV.of(target, row.getKey()));
      }
    }
  }

  /** Whether a text has at least {@link #MIN_CHARS} non-space characters (code points). */
  static boolean longEnough(String text) {
    if (text == null) {
      return false;
    }
    int n = 0;
    for (int i = 0; i < text.length() && n < MIN_CHARS; i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isLowSurrogate(c)) {
        n++;
      }
    }
    return n >= MIN_CHARS;
  }

  private static SerializableFunction<Iterable<String>, String> least() {
    return ids -> {
      String min = null;
      for (String id : ids) {
        if (min == null || id.compareTo(min) < 0) {
          min = id;
        }
      }
      return min;
    };
  }

  /** Keyed by the later id: re-keys each pair by the earlier id, carrying the later's signature. */
  static final class AttachFn extends DoFn<KV<String, CoGbkResult>, KV<String, KV<String, byte[]>>> {
    private final TupleTag<String> earlierTag;
    private final TupleTag<byte[]> sigTag;

    AttachFn(TupleTag<String> earlierTag, TupleTag<byte[]> sigTag) {
      this.earlierTag = earlierTag;
      this.sigTag = sigTag;
    }

    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> row, OutputReceiver<KV<String, KV<String, byte[]>>> out) {
      byte[] sig = row.getValue().getOnly(sigTag, null);
      if (sig == null) {
        return;
      }
      for (String earlier : row.getValue().getAll(earlierTag)) {
        out.output(KV.of(earlier, KV.of(row.getKey(), sig)));
      }
    }
  }

  /** Keyed by the earlier id: emits (later, earlier) when the two signatures are similar enough. */
  static final class ConfirmFn extends DoFn<KV<String, CoGbkResult>, KV<String, String>> {
    private final Counter confirmed = Metrics.counter(MergeDuplicates.class, "pairs-confirmed");
    private final Counter rejected = Metrics.counter(MergeDuplicates.class, "pairs-rejected");
    private final TupleTag<KV<String, byte[]>> laterTag;
    private final TupleTag<byte[]> sigTag;
    private final double threshold;

    ConfirmFn(TupleTag<KV<String, byte[]>> laterTag, TupleTag<byte[]> sigTag, double threshold) {
      this.laterTag = laterTag;
      this.sigTag = sigTag;
      this.threshold = threshold;
    }

    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> row, OutputReceiver<KV<String, String>> out) {
      byte[] sig = row.getValue().getOnly(sigTag, null);
      if (sig == null) {
        return;
      }
      long[] earlier = MinHash.fromBytes(sig);
      for (KV<String, byte[]> later : row.getValue().getAll(laterTag)) {
        if (MinHash.similarity(earlier, MinHash.fromBytes(later.getValue())) >= threshold) {
          confirmed.inc();
          out.output(KV.of(later.getKey(), row.getKey()));
        } else {
          rejected.inc();
        }
      }
    }
  }

  /** Writes a document unless it was merged into another; records what merged into it. */
  static final class KeepOrMergeFn extends DoFn<KV<String, CoGbkResult>, Document> {
    private final Counter merged = Metrics.counter(MergeDuplicates.class, "documents-merged");
    private final TupleTag<Document> docTag;
    private final TupleTag<String> childTag;
    private final TupleTag<String> mergedTag;

    KeepOrMergeFn(TupleTag<Document> docTag, TupleTag<String> childTag, TupleTag<String> mergedTag) {
      this.docTag = docTag;
      this.childTag = childTag;
      this.mergedTag = mergedTag;
    }

    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> row, OutputReceiver<Document> out) {
      Document doc = row.getValue().getOnly(docTag, null);
      if (doc == null) {
        return;
      }
      if (row.getValue().getAll(mergedTag).iterator().hasNext()) {
        merged.inc();
        return;
      }
      List<String> children = new ArrayList<>();
      row.getValue().getAll(childTag).forEach(children::add);
      if (children.isEmpty()) {
        out.output(doc);
        return;
      }
      children.sort(null);
      Document d = doc.copy();
      d.duplicates = children.stream().map(c -> c.substring(0, c.indexOf('\t'))).toList();
      d.duplicateSources = children.stream().map(c -> c.substring(c.indexOf('\t') + 1)).toList();
      out.output(d);
    }
  }
}
