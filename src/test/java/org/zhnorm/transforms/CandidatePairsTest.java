package org.zhnorm.transforms;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.beam.sdk.coders.ByteArrayCoder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.junit.Rule;
import org.junit.Test;
import org.zhnorm.text.corpus.MinHash;

/** The LSH candidate pairs, sent in shard batches: the same pairs as one group per band would give. */
public class CandidatePairsTest {
  @Rule public final transient TestPipeline pipeline = TestPipeline.create();

  // seed paragraphs (002, 001); the second with one word changed shares some bands, not all
  static final String A = "榆中县夏官营镇党委紧紧围绕新时代党的建设总要求和新时代党的组织路线，全力推进党建五大工程，"
      + "建立区镇村三级便民服务中心，建立专兼职结合的网格员队伍和党员志愿服务队。";
  static final String B = "新宁县委以党建为引领，以五个到户为抓手，坚持干部在一线锤炼、堡垒在一线建强、力量在一线凝聚。";

  static KV<String, byte[]> sig(String id, String text) {
    return KV.of(id, MinHash.toBytes(MinHash.signature(text)));
  }

  @Test
  public void pairsEachLaterIdWithEarlierIdsOfASharedBandOnce() {
    List<KV<String, byte[]>> sigs = List.of(sig("d2", A), sig("d1", A), sig("d3", B), sig("d4", A + "\n"));
    PCollection<KV<String, String>> pairs = pipeline
        .apply(Create.of(sigs).withCoder(KvCoder.of(StringUtf8Coder.of(), ByteArrayCoder.of())))
        .apply(new CandidatePairs());
    // identical signatures share all 16 bands: each pair comes once, later id first; B pairs with none
    PAssert.that(pairs).containsInAnyOrder(KV.of("d2", "d1"), KV.of("d4", "d1"), KV.of("d4", "d2"));
    pipeline.run().waitUntilFinish();
  }

  @Test
  public void aBandSharedByManyPairsEachIdWithAtMostFiftyEarlierOnes() {
    List<KV<String, byte[]>> sigs = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      sigs.add(sig(String.format("d%02d", i), A));
    }
    PCollection<KV<String, String>> pairs = pipeline
        .apply(Create.of(sigs).withCoder(KvCoder.of(StringUtf8Coder.of(), ByteArrayCoder.of())))
        .apply(new CandidatePairs());
    PAssert.that(pairs).satisfies(all -> {
      Set<KV<String, String>> seen = new HashSet<>();
      all.forEach(seen::add);
      // ids 0..50 pair with every earlier one (0+1+...+50), ids 51..59 with the first 50
      assertEquals(50 * 51 / 2 + 9 * 50, seen.size());
      assertTrue(seen.contains(KV.of("d59", "d49")));
      assertTrue(!seen.contains(KV.of("d59", "d50")));
      return null;
    });
    pipeline.run().waitUntilFinish();
  }
}
