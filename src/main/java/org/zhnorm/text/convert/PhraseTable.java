package org.zhnorm.text.convert;

import java.util.Collection;

/**
 * An immutable set of strings that answers "is {@code text[start, start + length)} one of them"
 * without cutting out a substring: open addressing on {@link String#hashCode}, whose value for each
 * prefix length the caller builds up one character at a time ({@link #extend}).
 */
final class PhraseTable {
  private final String[] keys;
  private final int[] hashes;

  PhraseTable(Collection<String> phrases) {
    int size = Integer.highestOneBit(Math.max(1, phrases.size()) * 2 - 1) << 2;
    keys = new String[size];
    hashes = new int[size];
    for (String p : phrases) {
      int h = p.hashCode();
      int slot = slot(h);
      while (keys[slot] != null && !keys[slot].equals(p)) {
        slot = (slot + 1) & (size - 1);
      }
      keys[slot] = p;
      hashes[slot] = h;
    }
  }

  private int slot(int hash) {
    return (hash * 0x9E3779B1) >>> 7 & (keys.length - 1);
  }

  /** The hash of a string one character longer than the one whose hash is {@code h}. */
  static int extend(int h, char c) {
    return 31 * h + c;
  }

  /** True when the region, whose {@link String#hashCode} is {@code hash}, is in the set. */
  boolean contains(String text, int start, int length, int hash) {
    for (int slot = slot(hash); keys[slot] != null; slot = (slot + 1) & (keys.length - 1)) {
      String k = keys[slot];
      if (hashes[slot] == hash && k.length() == length && text.regionMatches(start, k, 0, length)) {
        return true;
      }
    }
    return false;
  }
}
