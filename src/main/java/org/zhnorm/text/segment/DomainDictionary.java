package org.zhnorm.text.segment;

import com.hankcs.hanlp.dictionary.CustomDictionary;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The bundled domain dictionary (party-building and rural-revitalization terms) and its one-time
 * installation into HanLP's process-wide {@link CustomDictionary}.
 */
final class DomainDictionary {
  /** Classpath location of the resource; see its header for format and provenance. */
  static final String RESOURCE = "/org/zhnorm/segment/domain-terms.txt";

  /** Frequency given to every entry (HanLP custom-dictionary format "POS FREQ"). */
  static final int FREQUENCY = 1000;

  /** One dictionary line: a word and its HanLP/PKU part-of-speech tag. */
  record Entry(String word, String pos) {}

  private DomainDictionary() {}

  /** Parses the bundled resource; fails fast if it is missing or malformed. */
  static List<Entry> entries() {
    try (InputStream in = DomainDictionary.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing bundled resource " + RESOURCE);
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  static List<Entry> parse(BufferedReader reader) throws IOException {
    List<Entry> out = new ArrayList<>();
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (cols.length != 2 || cols[0].isBlank() || cols[1].isBlank()
          || !cols[0].equals(cols[0].strip()) || cols[0].codePoints().anyMatch(Character::isWhitespace)) {
        throw new IllegalStateException(RESOURCE + ":" + number + ": expected WORD<TAB>POS, got '" + line + "'");
      }
      out.add(new Entry(cols[0], cols[1].strip()));
    }
    return out;
  }

  /** Installs the entries exactly once per JVM (class initialization is thread-safe and runs once). */
  static int ensureInstalled() {
    return Installed.COUNT;
  }

  private static final class Installed {
    static final int COUNT = install();

    private static int install() {
      List<Entry> entries = entries();
      for (Entry e : entries) {
        // insert (not add): our tag wins over a same-word entry in HanLP's bundled custom dictionaries.
        CustomDictionary.insert(e.word(), e.pos() + " " + FREQUENCY);
      }
      return entries.size();
    }
  }
}
