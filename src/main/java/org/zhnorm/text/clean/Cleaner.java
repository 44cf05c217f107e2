package org.zhnorm.text.clean;

import java.util.List;
import java.util.Map;

/** The cleaning chain. (First version: trims lines and drops blank ones.) */
public final class Cleaner {
  public static Cleaner standard() {
    return new Cleaner();
  }

  public CleanResult clean(String text, PageHints hints, boolean trace) {
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\n")) {
      String t = line.strip();
      if (!t.isEmpty()) {
        out.append(t).append('\n');
      }
    }
    Metadata md = new Metadata(hints.title(), hints.date(), null, null, null, null, Map.of());
    return new CleanResult(out.toString().strip(), md, Map.of(), Map.of(), List.of(), List.of());
  }
}
