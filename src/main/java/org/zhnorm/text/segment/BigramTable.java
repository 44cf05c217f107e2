package org.zhnorm.text.segment;

import com.hankcs.hanlp.dictionary.CoreBiGramTableDictionary;
import java.lang.reflect.Field;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * HanLP's word-bigram frequencies ({@link CoreBiGramTableDictionary}) in one open-addressing hash
 * table, made once from HanLP's own arrays. HanLP answers a pair with a binary search through the
 * first word's sorted successors (up to 10,126 of them, a dozen dependent loads); the Viterbi pass asks
 * for every edge of the word net, about 2.6 times per word, and most pairs are not in the table. Here
 * a pair is one hashed load, usually in one cache line, absent or not.
 *
 * <p>The table holds the same pairs and frequencies as HanLP's; {@link #frequency} gives what {@code
 * CoreBiGramTableDictionary.getBiFrequency(int, int)} gives, for every pair (BigramTableTest checks
 * every pair of the table and a sample of absent ones). When HanLP's arrays cannot be read (another
 * HanLP version) or do not fit the packing below, every call goes to HanLP's method.
 */
final class BigramTable {
  /** Word ids below 2^17 (HanLP portable's core dictionary has 85,585 words). */
  private static final int ID_BITS = 17;
  /** Frequencies below 2^16 (the largest in HanLP portable's table is 35,985). */
  private static final int FREQUENCY_BITS = 16;
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  /** (key + 1) << 16 | frequency per slot; 0 is an empty slot. Null: ask HanLP. */
  private static final long @Nullable [] TABLE;
  private static final int SHIFT;
  private static final int MASK;

  static {
    long[] table = null;
    int bits = 0;
    try {
      int[] start = (int[]) hanlpArray("start");
      int[] pair = (int[]) hanlpArray("pair");
      table = build(start, pair);
      bits = table == null ? 0 : Integer.numberOfTrailingZeros(table.length);
    } catch (ReflectiveOperationException | RuntimeException e) {
      table = null;
    }
    TABLE = table;
    SHIFT = 64 - bits;
    MASK = (1 << bits) - 1;
  }

  private BigramTable() {}

  /** Whether the hash table is in use (false: HanLP's own lookup). */
  static boolean inUse() {
    return TABLE != null;
  }

  /** How often word idB follows word idA in HanLP's corpus; for a negative id (a user word), its minus. */
  static int frequency(int idA, int idB) {
    long[] table = TABLE;
    if (table == null || idA < 0 || idB < 0) {
      return CoreBiGramTableDictionary.getBiFrequency(idA, idB);
    }
    long key = ((long) idA << ID_BITS | idB) + 1;
    int i = (int) ((key * GOLDEN) >>> SHIFT);
    while (true) {
      long e = table[i];
      if (e == 0) {
        return 0;
      }
      if (e >>> FREQUENCY_BITS == key) {
        return (int) (e & ((1 << FREQUENCY_BITS) - 1));
      }
      i = (i + 1) & MASK;
    }
  }

  private static Object hanlpArray(String name) throws ReflectiveOperationException {
    CoreBiGramTableDictionary.getBiFrequency(0, 0); // loads the table
    Field f = CoreBiGramTableDictionary.class.getDeclaredField(name);
    f.setAccessible(true);
    return f.get(null);
  }

  /**
   * The table of HanLP's arrays ({@code start[a]} .. {@code start[a + 1]}: the pairs (b, frequency)
   * of word a, in {@code pair}), at most half full; null when an id or a frequency does not fit, or a
   * pair is listed twice.
   */
  private static long @Nullable [] build(int[] start, int[] pair) {
    if (start.length - 1 > 1 << ID_BITS) {
      return null;
    }
    int pairs = pair.length / 2;
    int bits = 64 - Long.numberOfLeadingZeros(Math.max(1, pairs * 2L - 1));
    long[] table = new long[1 << bits];
    int mask = table.length - 1;
    for (int a = 0; a + 1 < start.length; a++) {
      for (int p = start[a]; p < start[a + 1]; p++) {
        int b = pair[2 * p];
        int f = pair[2 * p + 1];
        if (b < 0 || b >= 1 << ID_BITS || f < 0 || f >= 1 << FREQUENCY_BITS) {
          return null;
        }
        long key = ((long) a << ID_BITS | b) + 1;
        int i = (int) ((key * GOLDEN) >>> (64 - bits));
        while (table[i] != 0) {
          if (table[i] >>> FREQUENCY_BITS == key) {
            return null;
          }
          i = (i + 1) & mask;
        }
        table[i] = key << FREQUENCY_BITS | f;
      }
    }
    return table;
  }
}
