package org.zhnorm.text.convert;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One OpenCC text dictionary ({@code key<TAB>value value...}, {@code #} comments), immutable.
 *
 * <p>Lookups follow OpenCC's {@code Dict::MatchPrefix}: the longest key that is a prefix of the text
 * at a position; the conversion uses the first value ({@code DictEntry::GetDefault}).
 */
final class OpenccDictionary {
  static final String RESOURCE_DIR = "/org/zhnorm/opencc/";

  private final String name;
  /** key -> all values, in file order. Unmodifiable. */
  private final Map<String, List<String>> entries;
  /** Longest key length (UTF-16 units) among keys starting with a given UTF-16 unit; 0 = none. */
  private final byte[] maxLenByFirst = new byte[65536];
  /** BMP characters that are keys by themselves (avoids a substring per single-char probe). */
  private final java.util.BitSet singleCharKeys = new java.util.BitSet(65536);

  private OpenccDictionary(String name, Map<String, List<String>> entries) {
    this.name = name;
    this.entries = Collections.unmodifiableMap(entries);
    for (String key : entries.keySet()) {
      int i = key.charAt(0);
      if (key.length() > 127) {
        throw new IllegalStateException(name + ": key too long: " + key);
      }
      maxLenByFirst[i] = (byte) Math.max(maxLenByFirst[i], key.length());
      if (key.length() == 1) {
        singleCharKeys.set(i);
      }
    }
  }

  /** Loads a bundled dictionary; a missing resource fails fast. */
  static OpenccDictionary load(String fileName) {
    return load(fileName, false);
  }

  /**
   * The table OpenCC's build generates as TSCharactersExt (data/scripts/extract_tofu_risk.py) from
   * the entries of {@code fileName} tagged by a preceding {@code # @tofu-risk} comment: the key
   * mapped to its rare inferred forms (its values other than itself), which the t2s-family
   * configs try before TSCharacters ({@code may_output_tofu: true}).
   */
  static OpenccDictionary tofuRiskExtension(String fileName) {
    return load(fileName, true);
  }

  private static OpenccDictionary load(String fileName, boolean tofuRiskOnly) {
    String path = RESOURCE_DIR + fileName;
    try (InputStream in = OpenccDictionary.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing bundled OpenCC dictionary " + path);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, List<String>> map = new LinkedHashMap<>();
      String line;
      int lineNo = 0;
      boolean tofuRisk = false;
      while ((line = reader.readLine()) != null) {
        lineNo++;
        if (line.isEmpty() || line.startsWith("#")) {
          tofuRisk |= line.startsWith("# @tofu-risk");
          continue;
        }
        boolean tagged = tofuRisk;
        tofuRisk = false;
        int tab = line.indexOf('\t');
        if (tab <= 0) {
          throw new IllegalStateException(path + ":" + lineNo + ": no key<TAB>values");
        }
        String key = line.substring(0, tab);
        List<String> values = new ArrayList<>();
        for (String v : line.substring(tab + 1).split(" ")) {
          if (!v.isEmpty()) {
            values.add(v);
          }
        }
        if (values.isEmpty()) {
          throw new IllegalStateException(path + ":" + lineNo + ": no value");
        }
        if (tofuRiskOnly) {
          if (!tagged) {
            continue;
          }
          values.remove(key);
          if (values.isEmpty()) {
            continue;
          }
        }
        map.putIfAbsent(key, List.copyOf(values));
      }
      String base = fileName.replace(".txt", "");
      return new OpenccDictionary(tofuRiskOnly ? base + "Ext" : base, map);
    } catch (IOException e) {
      throw new UncheckedIOException(path, e);
    }
  }

  /**
   * The reversed dictionary (each value maps to the keys that produce it, in file order), as OpenCC's
   * build derives TWVariantsRev/HKVariantsRev from TWVariants/HKVariants (data/scripts/reverse.py).
   */
  OpenccDictionary reversed(String newName) {
    Map<String, List<String>> rev = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> e : entries.entrySet()) {
      for (String v : e.getValue()) {
        rev.computeIfAbsent(v, k -> new ArrayList<>()).add(e.getKey());
      }
    }
    rev.replaceAll((k, v) -> List.copyOf(v));
    return new OpenccDictionary(newName, rev);
  }

  String name() {
    return name;
  }

  Map<String, List<String>> entries() {
    return entries;
  }

  /**
   * Length in UTF-16 units of the longest key that starts at {@code pos} and ends at or before
   * {@code end}, or 0 when no key matches.
   */
  int matchPrefix(String text, int pos, int end) {
    int max = Math.min(maxLenByFirst[text.charAt(pos)], end - pos);
    for (int len = max; len > 1; len--) {
      if (entries.containsKey(text.substring(pos, pos + len))) {
        return len;
      }
    }
    return max > 0 && singleCharKeys.get(text.charAt(pos)) ? 1 : 0;
  }
}
