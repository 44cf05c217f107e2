package org.zhnorm.text.clean;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.zhnorm.text.dates.Plausibility;

/** What the rules learn about one document while the chain runs: counters, traces, flags, metadata. */
public final class RuleContext {
  public static final String TITLE = "title";
  public static final String PUB_TIME = "pub_time";
  public static final String SOURCE_NAME = "source_name";
  public static final String EDITOR = "editor";
  public static final String REPORTER = "reporter";
  public static final String AUTHOR = "author";

  private final PageHints hints;
  private final boolean trace;
  private final Map<String, Long> removedChars = new LinkedHashMap<>();
  private final Map<String, Long> hits = new LinkedHashMap<>();
  private final Set<String> flags = new LinkedHashSet<>();
  private final List<RuleTrace> traces = new ArrayList<>();
  private final Map<String, String> fields = new LinkedHashMap<>();
  private final Map<String, String> foundBy = new LinkedHashMap<>();

  RuleContext(PageHints hints, boolean trace) {
    this.hints = hints;
    this.trace = trace;
  }

  public PageHints hints() {
    return hints;
  }

  /** Records that {@code ruleId} removed {@code text}. */
  public void removed(String ruleId, String text) {
    hits.merge(ruleId, 1L, Long::sum);
    removedChars.merge(ruleId, (long) text.codePointCount(0, text.length()), Long::sum);
    if (trace) {
      traces.add(new RuleTrace(ruleId, "removed", text));
    }
  }

  /** Records that {@code ruleId} rewrote {@code before} as {@code after} (chars removed = length difference, if positive). */
  public void changed(String ruleId, String before, String after) {
    hits.merge(ruleId, 1L, Long::sum);
    long diff = before.codePointCount(0, before.length()) - after.codePointCount(0, after.length());
    removedChars.merge(ruleId, Math.max(0, diff), Long::sum);
    if (trace) {
      traces.add(new RuleTrace(ruleId, "changed", before + " -> " + after));
    }
  }

  /** Records a document flag such as {@code redacted}. */
  public void flag(String ruleId, String flag, String text) {
    hits.merge(ruleId, 1L, Long::sum);
    removedChars.putIfAbsent(ruleId, 0L);
    flags.add(flag);
    if (trace) {
      traces.add(new RuleTrace(ruleId, "flagged", flag + ": " + text));
    }
  }

  /**
   * Sets a metadata field unless an earlier rule already found it; returns whether it was set. A
   * publish time after {@link Plausibility#latestPubDate()} (a typo such as 2098, a countdown's target) is no
   * publish time and is not set.
   */
  public boolean extract(String ruleId, String field, @Nullable String value) {
    if (value == null || value.isBlank() || fields.containsKey(field)) {
      return false;
    }
    if (field.equals(PUB_TIME) && !Plausibility.plausible(value.strip())) {
      if (trace) {
        traces.add(new RuleTrace(ruleId, "rejected", field + "=" + value.strip() + " (after " + Plausibility.latestPubDate() + ")"));
      }
      return false;
    }
    fields.put(field, value.strip());
    foundBy.put(field, ruleId);
    hits.merge(ruleId, 1L, Long::sum);
    removedChars.putIfAbsent(ruleId, 0L);
    if (trace) {
      traces.add(new RuleTrace(ruleId, "extracted", field + "=" + value.strip()));
    }
    return true;
  }

  public boolean has(String field) {
    return fields.containsKey(field);
  }

  public @Nullable String field(String field) {
    return fields.get(field);
  }

  Metadata metadata() {
    return new Metadata(
        fields.get(TITLE),
        fields.get(PUB_TIME),
        fields.get(SOURCE_NAME),
        fields.get(EDITOR),
        fields.get(REPORTER),
        fields.get(AUTHOR),
        Map.copyOf(foundBy));
  }

  Map<String, Long> removedChars() {
    return Map.copyOf(removedChars);
  }

  Map<String, Long> hits() {
    return Map.copyOf(hits);
  }

  List<String> flags() {
    return List.copyOf(flags);
  }

  List<RuleTrace> traces() {
    return List.copyOf(traces);
  }
}
