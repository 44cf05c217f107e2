package org.zhnorm.text.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The units table ({@code org/zhnorm/extract/units.tsv}): unit, kind, base unit, multiplier,
 * currency and writing (see the file's header).
 */
public final class UnitTable {
  /** Resource path of the bundled table. */
  public static final String RESOURCE = "/org/zhnorm/extract/units.tsv";

  /** Currency column value of a bare 元: the currency comes from the document's region. */
  public static final String REGION = "region";

  /**
   * One row of the table.
   *
   * @param currency ISO 4217 code, {@link #REGION}, or null for units that are not money
   * @param arabicOnly true when the unit counts only after Arabic digits
   */
  public record Unit(String unit, String kind, String base, BigDecimal multiplier, @Nullable String currency, boolean arabicOnly) {
    /** True for the kind {@code label}: words that look like units but name a point or a rank. */
    public boolean isLabel() {
      return kind.equals("label");
    }
  }

  private final Map<String, Unit> byName;
  private final List<String> names;
  /** The first characters of the unit names, sorted, and the names starting with each, longest first. */
  private final char[] firsts;
  private final String[][] startingWith;

  private UnitTable(List<Unit> units) {
    Map<String, Unit> m = new HashMap<>();
    List<String> n = new ArrayList<>();
    TreeMap<Character, List<String>> byFirst = new TreeMap<>();
    for (Unit u : units) {
      if (m.put(u.unit(), u) != null) {
        throw new IllegalStateException("duplicate unit " + u.unit() + " in " + RESOURCE);
      }
      n.add(u.unit());
      byFirst.computeIfAbsent(u.unit().charAt(0), c -> new ArrayList<>()).add(u.unit());
    }
    this.byName = Map.copyOf(m);
    this.names = Collections.unmodifiableList(n);
    this.firsts = new char[byFirst.size()];
    this.startingWith = new String[byFirst.size()][];
    int i = 0;
    for (Map.Entry<Character, List<String>> e : byFirst.entrySet()) {
      firsts[i] = e.getKey();
      startingWith[i++] = e.getValue().stream().sorted(Comparator.comparingInt(String::length).reversed()).toArray(String[]::new);
    }
  }

  /** Loads the bundled table; fails fast if it is missing or malformed. */
  public static UnitTable load() {
    InputStream in = UnitTable.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("missing bundled resource " + RESOURCE);
    }
    List<Unit> units = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int no = 0;
      while ((line = r.readLine()) != null) {
        no++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length != 6) {
          throw new IllegalStateException(RESOURCE + ":" + no + ": expected 6 tab-separated fields");
        }
        if (!f[5].equals("any") && !f[5].equals("arabic")) {
          throw new IllegalStateException(RESOURCE + ":" + no + ": writing must be any or arabic, not '" + f[5] + "'");
        }
        units.add(new Unit(f[0], f[1], f[2], new BigDecimal(f[3]), f[4].equals("-") ? null : f[4], f[5].equals("arabic")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new UnitTable(units);
  }

  /** The unit names in file order. */
  public List<String> names() {
    return names;
  }

  public @Nullable Unit get(String unit) {
    return byName.get(unit);
  }

  /**
   * The longest unit starting at {@code from} in {@code text}, or null. A unit ending in a Latin
   * letter does not match when a Latin letter follows (the unit would be part of a word).
   */
  public @Nullable Unit longestAt(String text, int from) {
    if (from >= text.length()) {
      return null;
    }
    int at = Arrays.binarySearch(firsts, text.charAt(from));
    if (at < 0) {
      return null;
    }
    for (String name : startingWith[at]) {
      int end = from + name.length();
      if (text.startsWith(name, from) && !(isLatin(name.charAt(name.length() - 1)) && end < text.length() && isLatin(text.charAt(end)))) {
        return byName.get(name);
      }
    }
    return null;
  }

  private static boolean isLatin(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
