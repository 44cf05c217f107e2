package org.zhnorm.text.corpus;

/**
 * MinHash signatures over character shingles of a text with whitespace removed, and LSH bands.
 * With {@link #BANDS} bands of {@link #ROWS} rows, two texts of Jaccard similarity 0.8 share a band
 * with probability 0.95, texts at 0.5 with 0.06; candidates are then checked on the whole signature.
 *
 * <p>Signatures use one-permutation hashing with optimal densification (Shrivastava, ICML 2017): each
 * shingle is hashed once, its hash picks one of {@link #SIZE} bins and the bin keeps its least value;
 * an empty bin copies the value of the first non-empty bin its own probe sequence reaches. The
 * share of equal positions estimates Jaccard similarity as {@code SIZE} independent hash functions
 * would, at one hash per shingle instead of {@code SIZE}.
 */
public final class MinHash {
  public static final int SHINGLE = 5;
  public static final int BANDS = 16;
  public static final int ROWS = 8;
  public static final int SIZE = BANDS * ROWS;
  private static final long EMPTY = Long.MAX_VALUE;

  private MinHash() {}

  /** The signature: {@link #SIZE} bins, each the least shingle hash that fell in it (densified). */
  public static long[] signature(String text) {
    char[] t = withoutWhitespace(text);
    long[] sig = new long[SIZE];
    java.util.Arrays.fill(sig, EMPTY);
    if (t.length <= SHINGLE) {
      add(sig, Hashing64.hash(t, 0, t.length));
    } else {
      for (int i = 0; i + SHINGLE <= t.length; i++) {
        add(sig, Hashing64.hash(t, i, i + SHINGLE));
      }
    }
    return densify(sig);
  }

  /**
   * The text's characters without whitespace (regex {@code \s}: space, tab, line feed, vertical tab,
   * form feed, carriage return), so a shingle spans a line break; each shingle is hashed in place.
   */
  static char[] withoutWhitespace(String text) {
    char[] out = new char[text.length()];
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != ' ' && (c < '\t' || c > '\r')) {
        out[n++] = c;
      }
    }
    return n == out.length ? out : java.util.Arrays.copyOf(out, n);
  }

  /** Bin from the hash's top bits (SIZE is a power of two), value from the rest. */
  private static void add(long[] sig, long h) {
    int bin = (int) (h >>> (64 - Integer.numberOfTrailingZeros(SIZE)));
    long value = h & (EMPTY >>> Integer.numberOfTrailingZeros(SIZE));
    if (value < sig[bin]) {
      sig[bin] = value;
    }
  }

  /** Fills each empty bin from the first non-empty bin of its probe sequence (a fixed hash of bin and attempt). */
  private static long[] densify(long[] sig) {
    long[] out = sig.clone();
    for (int i = 0; i < SIZE; i++) {
      if (sig[i] != EMPTY) {
        continue;
      }
      for (long attempt = 1; ; attempt++) {
        int j = (int) Long.remainderUnsigned(Hashing64.mix(i * 0x9e3779b97f4a7c15L + attempt), SIZE);
        if (sig[j] != EMPTY) {
          out[i] = sig[j];
          break;
        }
      }
    }
    return out;
  }

  /**
   * One key per band: a 64-bit hash of the band's index and rows. Two documents that share a key are
   * only candidates, confirmed on their whole signatures, so a collision costs one comparison.
   */
  public static long[] bandKeys(long[] sig) {
    long[] keys = new long[BANDS];
    for (int b = 0; b < BANDS; b++) {
      long h = b;
      for (int r = 0; r < ROWS; r++) {
        h = Hashing64.mix(h * 31 + sig[b * ROWS + r]);
      }
      keys[b] = h;
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
