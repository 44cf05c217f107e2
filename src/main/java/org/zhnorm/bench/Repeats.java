package org.zhnorm.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** How often the same text comes back: 64-bit hashes kept, sorted and counted at the end. */
final class Repeats {
  private long[] hashes = new long[1 << 12];
  private int size;

  void add(String text) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < text.length(); i++) {
      h = (h ^ text.charAt(i)) * 0x100000001b3L;
    }
    add(h);
  }

  private void add(long hash) {
    if (size == hashes.length) {
      hashes = Arrays.copyOf(hashes, size * 2);
    }
    hashes[size++] = hash;
  }

  /** drawn, distinct, distinct / drawn, mean and max times one text was drawn. */
  Map<String, Object> summary() {
    long[] sorted = Arrays.copyOf(hashes, size);
    Arrays.sort(sorted);
    int distinct = 0;
    int max = 0;
    for (int i = 0; i < sorted.length; ) {
      int j = i;
      while (j < sorted.length && sorted[j] == sorted[i]) {
        j++;
      }
      distinct++;
      max = Math.max(max, j - i);
      i = j;
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("drawn", size);
    out.put("distinct", distinct);
    out.put("distinct_share", distinct == 0 ? 0 : Math.round(1e4 * distinct / size) / 1e4);
    out.put("mean_repeats", distinct == 0 ? 0 : Math.round(100.0 * size / distinct) / 100.0);
    out.put("max_repeats", max);
    return out;
  }
}
