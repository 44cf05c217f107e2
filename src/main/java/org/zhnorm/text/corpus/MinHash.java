package org.zhnorm.text.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * MinHash signatures over character shingles of a text with whitespace removed, and LSH bands.
 * With {@link #BANDS} bands of {@link #ROWS} rows, two texts of Jaccard similarity 0.8 share a band
 * with probability 0.95, texts at 0.5 with 0.06; candidates are then checked on the whole signature.
 */
public final class MinHash {
  public static final int SHINGLE = 5;
  public static final int BANDS = 16;
  public static final int ROWS = 8;
  public static final int SIZE = BANDS * ROWS;

  private static final long[] SEEDS = new long[SIZE];

  static {
    long s = 0x5eed5eed5eedL;
    for (int i = 0; i < SIZE; i++) {
      s += 0x9e3779b97f4a7c15L;
      SEEDS[i] = Hashing64.mix(s);
    }
  }

  private MinHash() {}

  /** The signature: for each of {@link #SIZE} hash functions, the least hash over all shingles. */
  public static long[] signature(String text) {
    String t = text.replaceAll("\\s+", "");
    long[] sig = new long[SIZE];
    java.util.Arrays.fill(sig, Long.MAX_VALUE);
    if (t.length() <= SHINGLE) {
      update(sig, Hashing64.hash(t));
      return sig;
    }
    for (int i = 0; i + SHINGLE <= t.length(); i++) {
      update(sig, Hashing64.hash(t.subSequence(i, i + SHINGLE)));
    }
    return sig;
  }

  private static void update(long[] sig, long shingle) {
    for (int i = 0; i < SIZE; i++) {
      long h = Hashing64.mix(shingle ^ SEEDS[i]);
      if (h < sig[i]) {
        sig[i] = h;
      }
    }
  }

  /** One key per band: the band's index and a hash of its rows. */
  public static List<String> bandKeys(long[] sig) {
    List<String> keys = new ArrayList<>(BANDS);
    for (int b = 0; b < BANDS; b++) {
      long h = b;
      for (int r = 0; r < ROWS; r++) {
        h = Hashing64.mix(h * 31 + sig[b * ROWS + r]);
      }
      keys.add(b + ":" + Long.toHexString(h));
    }
    return keys;
  }

  /** The signature as bytes, for shuffling. */
  public static byte[] toBytes(long[] sig) {
    java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(sig.length * 8);
    for (long v : sig) {
      b.putLong(v);
    }
    return b.array();
  }

  public static long[] fromBytes(byte[] bytes) {
    java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(bytes);
    long[] sig = new long[bytes.length / 8];
    for (int i = 0; i < sig.length; i++) {
      sig[i] = b.getLong();
    }
    return sig;
  }

  /** The estimated Jaccard similarity: the share of equal signature positions. */
  public static double similarity(long[] a, long[] b) {
    int same = 0;
    for (int i = 0; i < SIZE; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return (double) same / SIZE;
  }
}
