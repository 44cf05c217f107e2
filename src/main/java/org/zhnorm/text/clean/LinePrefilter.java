package org.zhnorm.text.clean;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Picks, for one line, the patterns of a rule that can possibly match it in full, from the
 * {@link LinePatternFacts} of each pattern: a pattern is a candidate only when the line fits its
 * length bound and contains a string of each of its required literal groups. All literals of the
 * rule are found in one left-to-right scan (a bitmap of first characters, then a small open-addressing
 * table from first character to the literals starting with it). A pattern without facts is always a
 * candidate. Immutable; built once per rule.
 */
final class LinePrefilter {
  /** At most this many literal groups per rule get a bit; further groups are simply not required. */
  private static final int MAX_GROUPS = 64;

  private final long[] groupsOf;
  private final long[] maxCodePoints;
  /** Below this many UTF-16 units a line fits every bound without counting code points. */
  private final long smallestBound;
  /** Bit per UTF-16 unit that starts some literal. */
  private final long[] firstChars = new long[1024];
  private final char[] keys;
  private final String[][] literals;
  private final long[][] literalGroups;

  /** At most 64 patterns (one bit each in {@link #candidates}). */
  LinePrefilter(List<Pattern> patterns) {
    int n = patterns.size();
    if (n > 64) {
      throw new IllegalArgumentException("a prefilter takes at most 64 patterns, not " + n);
    }
    groupsOf = new long[n];
    maxCodePoints = new long[n];
    Map<String, Long> groupsByLiteral = new LinkedHashMap<>();
    int group = 0;
    long smallest = LinePatternFacts.UNBOUNDED;
    for (int i = 0; i < n; i++) {
      LinePatternFacts facts = LinePatternFacts.of(patterns.get(i).pattern());
      maxCodePoints[i] = facts.maxCodePoints();
      smallest = Math.min(smallest, facts.maxCodePoints());
      for (var strings : facts.required()) {
        if (group == MAX_GROUPS) {
          break;
        }
        long bit = 1L << group++;
        groupsOf[i] |= bit;
        for (String s : strings) {
          groupsByLiteral.merge(s, bit, (a, b) -> a | b);
        }
      }
    }
    smallestBound = smallest;
    Map<Character, List<String>> byFirst = new LinkedHashMap<>();
    for (String s : groupsByLiteral.keySet()) {
      byFirst.computeIfAbsent(s.charAt(0), k -> new ArrayList<>()).add(s);
    }
    int size = Integer.highestOneBit(Math.max(1, byFirst.size()) * 4 - 1) << 1;
    keys = new char[size];
    literals = new String[size][];
    literalGroups = new long[size][];
    for (var e : byFirst.entrySet()) {
      char c = e.getKey();
      firstChars[c >>> 6] |= 1L << c;
      int slot = slot(c);
      while (literals[slot] != null) {
        slot = (slot + 1) & (size - 1);
      }
      keys[slot] = c;
      literals[slot] = e.getValue().toArray(new String[0]);
      literalGroups[slot] = e.getValue().stream().mapToLong(groupsByLiteral::get).toArray();
    }
  }

  private int slot(char c) {
    return (c * 0x9E3779B1) >>> 7 & (keys.length - 1);
  }

  /** Bit i set when pattern i can match {@code line} in full. */
  long candidates(String line) {
    long codePoints = line.length();
    if (codePoints > smallestBound) {
      codePoints = line.codePointCount(0, line.length());
    }
    long fits = 0;
    long needed = 0;
    for (int i = 0; i < groupsOf.length; i++) {
      if (codePoints <= maxCodePoints[i]) {
        fits |= 1L << i;
        needed |= groupsOf[i];
      }
    }
    if (fits == 0) {
      return 0;
    }
    long found = needed == 0 ? 0 : scan(line, needed);
    long out = 0;
    for (int i = 0; i < groupsOf.length; i++) {
      if ((fits & 1L << i) != 0 && (found & groupsOf[i]) == groupsOf[i]) {
        out |= 1L << i;
      }
    }
    return out;
  }

  /** The literal groups (of {@code needed}) that occur in the line. */
  private long scan(String line, long needed) {
    long found = 0;
    for (int i = 0, len = line.length(); i < len; i++) {
      char c = line.charAt(i);
      if ((firstChars[c >>> 6] & 1L << c) == 0) {
        continue;
      }
      int slot = slot(c);
      while (keys[slot] != c || literals[slot] == null) {
        slot = (slot + 1) & (keys.length - 1);
      }
      String[] ls = literals[slot];
      long[] gs = literalGroups[slot];
      for (int k = 0; k < ls.length; k++) {
        if ((found & gs[k]) != gs[k] && line.startsWith(ls[k], i)) {
          found |= gs[k];
        }
      }
      if ((found & needed) == needed) {
        break;
      }
    }
    return found;
  }
}
