package org.zhnorm.text.corpus;

/** A fast, stable 64-bit string hash (FNV-1a over UTF-16 units, then a SplitMix64 finalizer). */
final class Hashing64 {
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private Hashing64() {}

  static long hash(CharSequence s) {
    long h = FNV_OFFSET;
    for (int i = 0; i < s.length(); i++) {
      h = (h ^ s.charAt(i)) * FNV_PRIME;
    }
    return mix(h);
  }

  /** {@link #hash(CharSequence)} of {@code chars[from, to)}, without making a string of them. */
  static long hash(char[] chars, int from, int to) {
    long h = FNV_OFFSET;
    for (int i = from; i < to; i++) {
      h = (h ^ chars[i]) * FNV_PRIME;
    }
    return mix(h);
  }

  /** SplitMix64's finalizer: spreads every input bit over the output. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
