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

  private static final Map<Integer, Long> FREQ = loadFrequency();
  private static final Set<Integer> TRANSLIT = loadTransliteration();

  private CharData() {}

  /** How often the code point was seen in the reference text; 0 when rare or unseen. */
  static long frequency(int cp) {
    return FREQ.getOrDefault(cp, 0L);
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

  private static Map<Integer, Long> loadFrequency() {
    Map<Integer, Long> m = new HashMap<>();
    for (String line : dataLines(FREQUENCY)) {
      int tab = line.indexOf('\t');
      m.put(line.codePointAt(0), Long.parseLong(line.substring(tab + 1)));
    }
    return Map.copyOf(m);
  }

  private static Set<Integer> loadTransliteration() {
    Set<Integer> s = new HashSet<>();
    for (String line : dataLines(TRANSLITERATION)) {
      s.add(line.codePointAt(0));
    }
    return Set.copyOf(s);
  }
}
