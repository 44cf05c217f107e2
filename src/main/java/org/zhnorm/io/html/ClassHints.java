package org.zhnorm.io.html;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Content/chrome hints read from an element's class and id, loaded from the bundled resource
 * {@code class-hints.txt} (format in its header). Immutable.
 */
final class ClassHints {
  static final String RESOURCE = "/org/zhnorm/html/class-hints.txt";
  private static final Pattern SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+|(?<=\\p{Ll})(?=\\p{Lu})");

  private final Set<String> positive;
  private final Set<String> negative;

  private ClassHints(Set<String> positive, Set<String> negative) {
    this.positive = positive;
    this.negative = negative;
  }

  static ClassHints load() {
    try (InputStream in = ClassHints.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing bundled resource " + RESOURCE);
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(RESOURCE, e);
    }
  }

  static ClassHints parse(List<String> lines) {
    Set<String> pos = new TreeSet<>();
    Set<String> neg = new TreeSet<>();
    for (String raw : lines) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      char sign = line.charAt(0);
      String token = line.substring(1).strip().toLowerCase(Locale.ROOT);
      if ((sign != '+' && sign != '-') || token.isEmpty()) {
        throw new IllegalArgumentException(RESOURCE + ": bad line '" + raw + "'");
      }
      (sign == '+' ? pos : neg).add(token);
    }
    return new ClassHints(Set.copyOf(pos), Set.copyOf(neg));
  }

  /**
   * +1 for {@code <article>}/{@code <main>}, -1 for {@code <nav>}/{@code <footer>}/{@code <aside>};
   * otherwise +1 when the element's class/id has a content hint and no chrome hint, -1 for the
   * reverse, else 0.
   */
  int of(Element e) {
    switch (e.normalName()) {
      case "article", "main" -> {
        return 1;
      }
      case "nav", "footer", "aside" -> {
        return -1;
      }
      default -> {}
    }
    String cls = e.className();
    String id = e.id();
    if (cls.isEmpty() && id.isEmpty()) {
      return 0;
    }
    boolean pos = false;
    boolean neg = false;
    for (String t : tokens(cls + " " + id)) {
      pos |= matches(positive, t);
      neg |= matches(negative, t);
    }
    return pos == neg ? 0 : pos ? 1 : -1;
  }

  private static boolean matches(Set<String> hints, String token) {
    if (hints.contains(token)) {
      return true;
    }
    for (String h : hints) {
      if (h.length() >= 3 && token.startsWith(h)) {
        return true;
      }
    }
    return false;
  }

  private static List<String> tokens(String s) {
    List<String> out = new ArrayList<>();
    for (String t : SPLIT.split(s)) {
      if (!t.isEmpty()) {
        out.add(t.toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }
}
