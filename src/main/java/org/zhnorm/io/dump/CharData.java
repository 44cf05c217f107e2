package org.zhnorm.io.dump;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Bundled character data used by the repair rules. A missing resource fails fast. */
final class CharData {
  static final String FREQUENCY = "/org/zhnorm/dump/char-frequency.txt";
  static final String TRANSLITERATION = "/org/zhnorm/dump/transliteration-chars.txt";

  private static final CodePointCounts FREQ = new CodePointCounts(loadFrequency());
  private static final Set<Integer> TRANSLIT = loadTransliteration();

  private CharData() {}

  /** How often the code point was seen in the reference text; 0 when rare or unseen. */
  static long frequency(int cp) {
    return FREQ.get(cp);
  }

  static boolean isTransliteration(int cp) {
    return TRANSLIT.contains(cp);
  }

  static List<String> dataLines(String resource) {
    try (InputStream in = CharData.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing bundled resource " + resource);
      }
      List<String> out = new ArrayList<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isEmpty() && !line.startsWith("#")) {
          out.add(line);
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The frequency list as a map (what {@link #frequency} answers from). */
  static Map<Integer, Long> loadFrequency() {
    Map<Integer, Long> m = new HashMap<>();
    for (String line : dataLines(FREQUENCY)) {
      int tab = line.indexOf('\t');
      m.put(line.codePointAt(0), Long.parseLong(line.substring(tab + 1)));
    }
    return m;
  }

  /**
   * An immutable code point to count table, open addressing over two parallel arrays (keys stored
   * as {@code cp + 1} so that 0 marks an empty slot); unknown code points count 0. Replaces a boxed
   * map on the hot path of the repair rules.
   */
  static final class CodePointCounts {
    private final int[] keys;
    private final long[] counts;

    CodePointCounts(Map<Integer, Long> m) {
      int size = Integer.highestOneBit(Math.max(1, m.size()) * 4 - 1) << 1;
      keys = new int[size];
      counts = new long[size];
      m.forEach((cp, n) -> {
        int slot = slot(cp);
        while (keys[slot] != 0) {
          slot = (slot + 1) & (size - 1);
        }
        keys[slot] = cp + 1;
        counts[slot] = n;
      });
    }

    private int slot(int cp) {
      return (cp * 0x9E3779B1) >>> 8 & (keys.length - 1);
    }

    long get(int cp) {
      for (int slot = slot(cp); ; slot = (slot + 1) & (keys.length - 1)) {
        int k = keys[slot];
        if (k == cp + 1) {
          return counts[slot];
        }
        if (k == 0) {
          return 0;
        }
      }
    }
  }

  private static Set<Integer> loadTransliteration() {
    Set<Integer> s = new HashSet<>();
    for (String line : dataLines(TRANSLITERATION)) {
      s.add(line.codePointAt(0));
    }
    return Set.copyOf(s);
  }
}
