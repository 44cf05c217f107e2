package org.zhnorm.text.clean;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Picks, for one line, the patterns of a rule that can possibly match it in full, from the
 * {@link LinePatternFacts} of each pattern: a pattern is a candidate only when the line fits its
 * length bounds (code points, and code points that are not blank) and contains a string of each of
 * its required literal groups. All literals of the rule are found in one left-to-right scan (a bitmap
 * of first characters, then a small open-addressing table from first character to the literals
 * starting with it). A pattern without facts is always a candidate. Immutable; built once per rule.
 */
final class LinePrefilter {
  /** At most this many literal groups per rule get a bit; further groups are simply not required. */
  private static final int MAX_GROUPS = 64;

  private final long[] groupsOf;
  private final long[] maxCodePoints;
  /** Per pattern: the most code points of a match that are not blank ({@link LinePatternFacts#maxSolid}). */
  private final long[] maxSolid;
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
    maxSolid = new long[n];
    Map<String, Long> groupsByLiteral = new LinkedHashMap<>();
    int group = 0;
    for (int i = 0; i < n; i++) {
      LinePatternFacts facts = LinePatternFacts.of(patterns.get(i).pattern());
      maxCodePoints[i] = facts.maxCodePoints();
      maxSolid[i] = facts.maxSolid();
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
    int len = line.length();
    long codePoints = -1; // counted only when the line's length in UTF-16 units leaves a bound in doubt
    long fits = 0;
    long solidBound = 0;
    for (int i = 0; i < groupsOf.length; i++) {
      long bound = maxCodePoints[i];
      if (len > bound) {
        if ((len + 1) / 2 > bound) {
          continue; // too long even if every code point took two units
        }
        if (codePoints < 0) {
          codePoints = line.codePointCount(0, len);
        }
        if (codePoints > bound) {
          continue;
        }
      }
      fits |= 1L << i;
      solidBound = Math.max(solidBound, maxSolid[i]);
    }
    if (fits == 0) {
      return 0;
    }
    if (solidBound < len) {
      // a line of running text against patterns of a few words and blank runs (\s* leaves them
      // without a bound in code points): its first solidBound + 1 solid code points rule them out
      // before any scan for literals. Not tried when one pattern has no such bound either, or when
      // the line is too short to exceed one: the literal scan would read the same characters again.
      long solid = solidUpTo(line, solidBound + 1);
      for (int i = 0; i < groupsOf.length; i++) {
        if (solid > maxSolid[i]) {
          fits &= ~(1L << i);
        }
      }
      if (fits == 0) {
        return 0;
      }
    }
    long needed = 0;
    for (int i = 0; i < groupsOf.length; i++) {
      if ((fits & 1L << i) != 0) {
        needed |= groupsOf[i];
      }
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

  /**
   * The code points of the line that are not blank, counted up to {@code limit} (a low surrogate is
   * not counted, so a pair counts once and the count never exceeds the true one).
   */
  private static long solidUpTo(String line, long limit) {
    long n = 0;
    for (int i = 0, len = line.length(); i < len && n < limit; i++) {
      char c = line.charAt(i);
      if (!LinePatternFacts.isBlank(c) && !Character.isLowSurrogate(c)) {
        n++;
      }
    }
    return n;
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
