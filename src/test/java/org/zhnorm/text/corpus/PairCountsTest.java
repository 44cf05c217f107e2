package org.zhnorm.text.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PairCountsTest {
  @Test
  void countsEqualAMapOfPairsAcrossGrowth() {
    Random random = new Random(7);
    PairCounts counts = new PairCounts(4);
    Map<List<Long>, Integer> expected = new HashMap<>();
    for (int i = 0; i < 200_000; i++) {
      long host = random.nextInt(50);
      long line = random.nextInt(3000) - 1500; // negative keys and zero too
      counts.add(host, line);
      expected.merge(List.of(host, line), 1, Integer::sum);
    }
    assertEquals(expected.size(), counts.size());
    expected.forEach((k, n) -> assertEquals(n, counts.count(k.get(0), k.get(1))));
    assertEquals(0, counts.count(99, 99));
  }

  @Test
  void forEachAtLeastGivesExactlyThePairsAtOrOverTheMinimum() {
    PairCounts counts = new PairCounts(16);
    counts.addAll(new long[] {1, 10, 1, 10, 1, 10, 2, 10, 1, 11, 2, 10}, 12);
    Map<List<Long>, Integer> seen = new HashMap<>();
    counts.forEachAtLeast(2, (a, b, n) -> seen.put(List.of(a, b), n));
    assertEquals(Map.of(List.of(1L, 10L), 3, List.of(2L, 10L), 2), seen);
  }

  @Test
  void sameSecondKeyUnderTwoFirstKeysStaysApart() {
    PairCounts counts = new PairCounts(16);
    counts.add(Long.MIN_VALUE, 5);
    counts.add(Long.MAX_VALUE, 5);
    assertEquals(1, counts.count(Long.MIN_VALUE, 5));
    assertEquals(1, counts.count(Long.MAX_VALUE, 5));
  }
}
