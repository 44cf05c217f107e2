package org.zhnorm.text.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The word lists of the claim extractor ({@code org/zhnorm/extract/claim_words.txt}): qualifier
 * words, time-frame particles, furniture words, place-name suffixes. Each list is kept longest word
 * first so that a match prefers {@code 不超过} over {@code 超过}. Immutable.
 */
final class ClaimWords {
  static final String RESOURCE = "/org/zhnorm/extract/claim_words.txt";

  private final Map<String, List<String>> lists;

  private ClaimWords(Map<String, List<String>> lists) {
    this.lists = lists;
  }

  static ClaimWords load() {
    InputStream in = ClaimWords.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("missing bundled resource " + RESOURCE);
    }
    Map<String, List<String>> m = new HashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      List<String> current = null;
      int no = 0;
      while ((line = r.readLine()) != null) {
        no++;
        String t = line.strip();
        if (t.isEmpty() || t.startsWith("#")) {
          continue;
        }
        if (t.startsWith("[") && t.endsWith("]")) {
          current = new ArrayList<>();
          // interned: the callers name sections by literals, so a lookup matches by identity
          if (m.put(t.substring(1, t.length() - 1).intern(), current) != null) {
            throw new IllegalStateException(RESOURCE + ":" + no + ": section " + t + " appears twice");
          }
        } else if (current == null) {
          throw new IllegalStateException(RESOURCE + ":" + no + ": word before the first [section]");
        } else {
          current.add(t);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, List<String>> sorted = new HashMap<>();
    m.forEach((k, v) -> sorted.put(k, v.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList()));
    return new ClaimWords(Map.copyOf(sorted));
  }

  /** The words of a section, longest first; fails on an unknown section (a typo in the code). */
  List<String> get(String section) {
    List<String> l = lists.get(section);
    if (l == null) {
      throw new IllegalArgumentException("no section [" + section + "] in " + RESOURCE);
    }
    return l;
  }

  /** The longest word of {@code section} that {@code text} ends with, or null. */
  @Nullable String endingOf(String text, String section) {
    for (String w : get(section)) {
      if (text.endsWith(w)) {
        return w;
      }
    }
    return null;
  }

  /** The longest word of {@code section} that {@code text} starts with at {@code from}, or null. */
  @Nullable String startingAt(String text, int from, String section) {
    for (String w : get(section)) {
      if (text.startsWith(w, from)) {
        return w;
      }
    }
    return null;
  }

  boolean contains(String section, String word) {
    return get(section).contains(word);
  }
}
