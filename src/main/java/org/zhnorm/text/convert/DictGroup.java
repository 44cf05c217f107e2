package org.zhnorm.text.convert;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An OpenCC dictionary group with {@code match_policy: short_circuit}: at a position, the first
 * dictionary (in order) that has any prefix match wins with its longest match.
 */
final class DictGroup {
  private final List<OpenccDictionary> dicts;
  /**
   * Key -> values over all dicts, earlier dicts winning. Correct for a matched unit because a unit
   * matched in dict i is, by short-circuit, absent from every dict before i.
   */
  private final Map<String, List<String>> merged;

  DictGroup(List<OpenccDictionary> dicts) {
    this.dicts = List.copyOf(dicts);
    Map<String, List<String>> m = new HashMap<>();
    for (OpenccDictionary d : dicts) {
      d.entries().forEach(m::putIfAbsent);
    }
    this.merged = java.util.Collections.unmodifiableMap(m);
  }

  Map<String, List<String>> merged() {
    return merged;
  }

  List<OpenccDictionary> dicts() {
    return dicts;
  }

  /** Length (UTF-16 units) of the group's match at {@code pos} within {@code end}; 0 if none. */
  int matchPrefix(String text, int pos, int end) {
    for (OpenccDictionary d : dicts) {
      int len = d.matchPrefix(text, pos, end);
      if (len > 0) {
        return len;
      }
    }
    return 0;
  }

  /** Length of one code point at {@code pos} (2 for a valid surrogate pair, else 1). */
  static int codePointLength(String text, int pos) {
    return Character.isHighSurrogate(text.charAt(pos))
            && pos + 1 < text.length()
            && Character.isLowSurrogate(text.charAt(pos + 1))
        ? 2
        : 1;
  }
}
