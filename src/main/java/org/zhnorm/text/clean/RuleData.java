package org.zhnorm.text.clean;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Loads rule data from the jar: text files under {@code org/zhnorm/clean/}, one entry per line,
 * {@code #} starts a comment line, blank lines ignored. A missing resource fails fast.
 */
public final class RuleData {
  public static final String BASE = "/org/zhnorm/clean/";

  private RuleData() {}

  /** All lines of a resource, as they are (comments included). */
  public static List<String> rawLines(String name) {
    return rawLinesAt(BASE + name);
  }

  /** The lines of a bundled resource by its absolute path (data shared with other packages). */
  static List<String> rawLinesAt(String path) {
    try (InputStream in = RuleData.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing bundled rule resource " + path);
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      if (text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      return List.of(text.split("\r?\n", -1));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read rule resource " + path, e);
    }
  }

  /** The entries of a list resource: comment and blank lines dropped, entries stripped. */
  public static List<String> entries(String name) {
    List<String> out = new ArrayList<>();
    for (String line : rawLines(name)) {
      String t = line.strip();
      if (!t.isEmpty() && !t.startsWith("#")) {
        out.add(t);
      }
    }
    return out;
  }

  /** Compiles each entry of a pattern resource as a regular expression. */
  public static List<Pattern> patterns(String name) {
    List<Pattern> out = new ArrayList<>();
    for (String p : entries(name)) {
      try {
        out.add(Pattern.compile(p));
      } catch (RuntimeException e) {
        throw new IllegalStateException("bad pattern in " + BASE + name + ": " + p, e);
      }
    }
    return out;
  }

  /** Regex alternation of the entries, longest first, each quoted. */
  public static String alternation(List<String> words) {
    List<String> sorted = new ArrayList<>(words);
    sorted.sort((a, b) -> b.length() != a.length() ? b.length() - a.length() : a.compareTo(b));
    StringBuilder sb = new StringBuilder("(?:");
    for (int i = 0; i < sorted.size(); i++) {
      if (i > 0) {
        sb.append('|');
      }
      sb.append(Pattern.quote(sorted.get(i)));
    }
    return sb.append(')').toString();
  }
}
