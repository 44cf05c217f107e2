package org.zhnorm.text.extract;

import java.util.Arrays;
import java.util.Collection;

/**
 * The gazetteer's names (full names and short forms) as a character trie, for finding the longest
 * name that starts at each position of a text in one walk: no substring is cut and no map is asked
 * unless a name is there. Most positions are passed over by two small bit sets that stay in the
 * caches (characters that start a name; hashed pairs of a name's first two characters); from the
 * rest the trie is walked, one probe per character into an open-addressing table keyed by (state,
 * character), whose key and next state sit side by side. Immutable once built; threads share it.
 */
final class AliasTrie {
  private static final int ROOT = 1;
  private static final int PAIR_BITS = 18;

  /** A bit per character that starts a name. */
  private final long[] firstChars = new long[(Character.MAX_VALUE + 1) / 64];
  /** A bit per hashed pair of first and second character of a name (false positives only). */
  private final long[] firstPairs = new long[(1 << PAIR_BITS) / 64];
  /** Pairs (key, next state); key 0 marks a free slot. */
  private final int[] table;
  private final int mask;
  private final int shift;
  /** Whether a name ends at each state. */
  private final boolean[] ends;

  AliasTrie(Collection<String> names) {
    int transitions = 0;
    for (String n : names) {
      transitions += n.length();
    }
    int capacity = Integer.highestOneBit(Math.max(16, transitions * 2 - 1)) << 1;
    table = new int[capacity * 2];
    mask = capacity - 1;
    shift = Integer.numberOfLeadingZeros(capacity) + 1;
    int states = ROOT;
    boolean[] endsAt = new boolean[transitions + 2];
    for (String n : names) {
      if (n.length() < 2) {
        continue; // find takes names of two characters and more
      }
      set(firstChars, n.charAt(0));
      set(firstPairs, pair(n.charAt(0), n.charAt(1)));
      int state = ROOT;
      for (int j = 0; j < n.length(); j++) {
        int next = next(state, n.charAt(j));
        if (next == 0) {
          next = ++states;
          put(state, n.charAt(j), next);
        }
        state = next;
      }
      endsAt[state] = true;
    }
    if (states > Short.MAX_VALUE) {
      // a key packs the state into 15 bits and the character into 16
      throw new IllegalStateException("too many gazetteer trie states for the packed keys: " + states);
    }
    this.ends = Arrays.copyOf(endsAt, states + 1);
  }

  private static void set(long[] bits, int i) {
    bits[i >>> 6] |= 1L << i;
  }

  private static boolean get(long[] bits, int i) {
    return (bits[i >>> 6] & 1L << i) != 0;
  }

  private static int pair(char a, char b) {
    return (a << 16 | b) * 0x9E3779B9 >>> (32 - PAIR_BITS);
  }

  private int next(int state, char c) {
    int key = state << 16 | c;
    for (int s = key * 0x9E3779B9 >>> shift; ; s = (s + 1) & mask) {
      int k = table[2 * s];
      if (k == key) {
        return table[2 * s + 1];
      }
      if (k == 0) {
        return 0;
      }
    }
  }

  private void put(int state, char c, int next) {
    int key = state << 16 | c;
    int s = key * 0x9E3779B9 >>> shift;
    while (table[2 * s] != 0) {
      s = (s + 1) & mask;
    }
    table[2 * s] = key;
    table[2 * s + 1] = next;
  }

  /**
   * The length of the longest name of at least two characters that starts at {@code from} and ends
   * by {@code end} in {@code text}, or 0.
   */
  int longestAt(char[] text, int from, int end) {
    if (from + 1 >= end || !get(firstChars, text[from]) || !get(firstPairs, pair(text[from], text[from + 1]))) {
      return 0;
    }
    int state = next(ROOT, text[from]);
    int longest = 0;
    for (int j = from + 1; state != 0 && j < end; j++) {
      state = next(state, text[j]);
      if (state != 0 && ends[state]) {
        longest = j - from + 1;
      }
    }
    return longest;
  }
}
