package org.zhnorm.transforms;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.transforms.Distinct;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.windowing.GlobalWindow;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.zhnorm.text.corpus.MinHash;

/**
 * The candidate pairs of near-duplicate documents: (later id, earlier id) of the documents that share
 * an LSH band ({@link MinHash#bandKeys}), each document paired with at most
 * {@link MergeDuplicates#MAX_COMPARISONS} earlier ids of a band, each pair once.
 *
 * <p>A document's 16 band keys go in batches per shard of their hash, as the site-boilerplate line
 * keys do: one runner element per band key (a grouping key, with its state and timer on Flink) cost
 * more than the pairing, 5% of a 200 MB run's samples. Each shard sorts its (band, id) entries and
 * pairs the ids of each band; a shard is held in memory where it is paired, so there are enough
 * shards for a large crawl: 1 TB of text (about 230 million documents, 3.7 billion band keys) puts
 * about 225,000 entries (some 20 MB) in each.
 */
final class CandidatePairs extends PTransform<PCollection<KV<String, byte[]>>, PCollection<KV<String, String>>> {
  /** Shards of the band keys; each shard is paired in one place. */
  static final int SHARDS = 16384;
  /** A worker sends its batches once it holds this many band keys. */
  static final int BUFFERED_KEYS = 1 << 18;

  @Override
  public PCollection<KV<String, String>> expand(PCollection<KV<String, byte[]>> signatures) {
    return signatures
        .apply("BandKeys", ParDo.of(new BandKeysFn()))
        .setCoder(KvCoder.of(VarIntCoder.of(), KvCoder.of(LongArrayCoder.of(), ListCoder.of(StringUtf8Coder.of()))))
        .apply("Shards", GroupByKey.create())
        .apply("PairsInBands", ParDo.of(new PairsFn()))
        .apply("DistinctPairs", Distinct.create());
  }

  /** Sends each document's band keys with its id, in batches per shard: (shard, (band keys, ids)). */
  static final class BandKeysFn extends DoFn<KV<String, byte[]>, KV<Integer, KV<long[], List<String>>>> {
    private transient long[][] bands;
    private transient List<String>[] ids;
    private transient int buffered;

    @StartBundle
    @SuppressWarnings("unchecked")
    public void startBundle() {
      bands = new long[SHARDS][];
      ids = new List[SHARDS];
      buffered = 0;
    }

    @ProcessElement
    public void process(@Element KV<String, byte[]> signature, OutputReceiver<KV<Integer, KV<long[], List<String>>>> out) {
      for (long band : MinHash.bandKeys(MinHash.fromBytes(signature.getValue()))) {
        int shard = Math.floorMod(Long.hashCode(band), SHARDS);
        if (ids[shard] == null) {
          ids[shard] = new ArrayList<>();
          bands[shard] = new long[16];
        } else if (ids[shard].size() == bands[shard].length) {
          bands[shard] = Arrays.copyOf(bands[shard], bands[shard].length * 2);
        }
        bands[shard][ids[shard].size()] = band;
        ids[shard].add(signature.getKey());
        if (++buffered >= BUFFERED_KEYS) {
          flush(out::output);
        }
      }
    }

    @FinishBundle
    public void finishBundle(FinishBundleContext c) {
      flush(kv -> c.output(kv, GlobalWindow.INSTANCE.maxTimestamp(), GlobalWindow.INSTANCE));
    }

    private void flush(Consumer<KV<Integer, KV<long[], List<String>>>> out) {
      for (int shard = 0; shard < SHARDS; shard++) {
        if (ids[shard] != null) {
          out.accept(KV.of(shard, KV.of(Arrays.copyOf(bands[shard], ids[shard].size()), ids[shard])));
          ids[shard] = null;
          bands[shard] = null;
        }
      }
      buffered = 0;
    }
  }

  /** Within one shard: for each band, each id with the earlier ids of the band (ids sorted). */
  static final class PairsFn extends DoFn<KV<Integer, Iterable<KV<long[], List<String>>>>, KV<String, String>> {
    private record Entry(long band, String id) {}

    @ProcessElement
    public void process(@Element KV<Integer, Iterable<KV<long[], List<String>>>> shard, OutputReceiver<KV<String, String>> out) {
      List<Entry> entries = new ArrayList<>();
      for (KV<long[], List<String>> batch : shard.getValue()) {
        long[] bands = batch.getKey();
        List<String> ids = batch.getValue();
        for (int i = 0; i < bands.length; i++) {
          entries.add(new Entry(bands[i], ids.get(i)));
        }
      }
      entries.sort((a, b) -> a.band != b.band ? Long.compare(a.band, b.band) : a.id.compareTo(b.id));
      for (int from = 0; from < entries.size(); ) {
        int to = from + 1;
        while (to < entries.size() && entries.get(to).band == entries.get(from).band) {
          to++;
        }
        for (int i = from + 1; i < to; i++) {
          for (int j = from; j < Math.min(i, from + MergeDuplicates.MAX_COMPARISONS); j++) {
            if (!entries.get(i).id.equals(entries.get(j).id)) {
              out.output(KV.of(entries.get(i).id, entries.get(j).id));
            }
          }
        }
        from = to;
      }
    }
  }
}
