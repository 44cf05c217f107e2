package org.zhnorm.text.corpus;

/**
 * Counts pairs of longs (a host key and a line key) in an open-addressing table: two parallel key
 * arrays and a count array, no boxing, grown at half load. Used to count in one place the line keys
 * that workers send in batches, so that the runner sees a few large elements instead of one per line.
 */
public final class PairCounts {
  private long[] firsts;
  private long[] seconds;
  private int[] counts;
  private int size;

  public PairCounts(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected) * 2 - 1) << 1;
    firsts = new long[capacity];
    seconds = new long[capacity];
    counts = new int[capacity];
  }

  /** Adds one to the count of (first, second). */
  public void add(long first, long second) {
    if (2 * (size + 1) > counts.length) {
      grow();
    }
    int mask = counts.length - 1;
    int slot = slot(first, second, mask);
    while (counts[slot] != 0) {
      if (firsts[slot] == first && seconds[slot] == second) {
        counts[slot]++;
        return;
      }
      slot = (slot + 1) & mask;
    }
    firsts[slot] = first;
    seconds[slot] = second;
    counts[slot] = 1;
    size++;
  }

  /** Adds every pair of {@code interleaved} (first, second, first, second, ...), up to {@code length} longs. */
  public void addAll(long[] interleaved, int length) {
    for (int i = 0; i + 1 < length; i += 2) {
      add(interleaved[i], interleaved[i + 1]);
    }
  }

  /** The number of distinct pairs. */
  public int size() {
    return size;
  }

  /** The count of (first, second); 0 when never added. */
  public int count(long first, long second) {
    int mask = counts.length - 1;
    for (int slot = slot(first, second, mask); counts[slot] != 0; slot = (slot + 1) & mask) {
      if (firsts[slot] == first && seconds[slot] == second) {
        return counts[slot];
      }
    }
    return 0;
  }

  /** Receives a pair and its count. */
  @FunctionalInterface
  public interface PairConsumer {
    void accept(long first, long second, int count);
  }

  /** Every pair counted at least {@code min} times, in no particular order. */
  public void forEachAtLeast(int min, PairConsumer out) {
    for (int slot = 0; slot < counts.length; slot++) {
      if (counts[slot] >= Math.max(1, min)) {
        out.accept(firsts[slot], seconds[slot], counts[slot]);
      }
    }
  }

  private static int slot(long first, long second, int mask) {
    return (int) Hashing64.mix(first * 31 + second) & mask;
  }

  private void grow() {
    long[] oldFirsts = firsts;
    long[] oldSeconds = seconds;
    int[] oldCounts = counts;
    firsts = new long[oldCounts.length * 2];
    seconds = new long[oldCounts.length * 2];
    counts = new int[oldCounts.length * 2];
    int mask = counts.length - 1;
    for (int i = 0; i < oldCounts.length; i++) {
      if (oldCounts[i] != 0) {
        int slot = slot(oldFirsts[i], oldSeconds[i], mask);
        while (counts[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        firsts[slot] = oldFirsts[i];
        seconds[slot] = oldSeconds[i];
        counts[slot] = oldCounts[i];
      }
    }
  }
}
