package org.zhnorm.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Builds report.json from the run's tallies. A tally key is tab-separated: a section name, then
 * the keys inside it ({@code rules\tpinyin-annotation\thits}); plain names are top-level counts.
 */
public final class RunReport {
  public static final String READ = "documents\tread";
  public static final String WRITTEN = "documents\twritten";
  public static final String DUPLICATES = "documents\tduplicates_merged";
  public static final String DEAD_LETTERED = "documents\tdead_lettered";
  static final String BY_MONTH = "documents_by_month\t";
  /** Characters of every document read, before cleaning. */
  public static final String CHARACTERS_ORIGINAL = "characters\toriginal";
  public static final String CHARACTERS_WRITTEN = "characters\twritten";

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private RunReport() {}

  public static String toJson(SortedMap<String, Long> tallies) {
    Map<String, Object> root = new LinkedHashMap<>();
    long read = tallies.getOrDefault(READ, 0L);
    long written = tallies.getOrDefault(WRITTEN, 0L);
    long duplicates = tallies.getOrDefault(DUPLICATES, 0L);
    long dead = tallies.getOrDefault(DEAD_LETTERED, 0L);
    Map<String, Object> invariant = new LinkedHashMap<>();
    invariant.put("statement", "documents written + duplicates merged + dead letters = documents read");
    invariant.put("left", written + duplicates + dead);
    invariant.put("right", read);
    invariant.put("holds", written + duplicates + dead == read);
    root.put("invariant", invariant);
    SortedMap<String, Long> byYear = new TreeMap<>();
    SortedMap<String, Long> all = new TreeMap<>(tallies);
    // every count of the accounting is present, 0 included
    for (String always : new String[] {READ, WRITTEN, DUPLICATES, DEAD_LETTERED, CHARACTERS_ORIGINAL, CHARACTERS_WRITTEN}) {
      all.putIfAbsent(always, 0L);
    }
    for (Map.Entry<String, Long> e : all.entrySet()) {
      put(root, e.getKey().split("\t"), e.getValue());
      if (e.getKey().startsWith(BY_MONTH)) {
        byYear.merge(year(e.getKey().substring(BY_MONTH.length())), e.getValue(), Long::sum);
      }
    }
    root.put("documents_by_year", byYear);
    return write(root);
  }

  /** The year of a {@code YYYY-MM} month, or the month itself when it is not one (unknown). */
  static String year(String month) {
    return month.matches("\\d{4}-\\d{2}") ? month.substring(0, 4) : month;
  }

  /**
   * report.json with the run's facts ({@link RunFacts}, plus what the output folder counted) as its
   * first object, {@code run}, replacing one that is there.
   */
  public static String withRun(String reportJson, Map<String, Object> run) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("run", run);
    try {
      Map<String, Object> old = JSON.readValue(reportJson, new TypeReference<LinkedHashMap<String, Object>>() {});
      old.remove("run");
      root.putAll(old);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("report.json is not JSON: " + e.getOriginalMessage(), e);
    }
    return write(root);
  }

  private static String write(Map<String, Object> root) {
    try {
      return JSON.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("maps of strings and numbers always serialize", e);
    }
  }

  @SuppressWarnings("unchecked")
  private static void put(Map<String, Object> root, String[] path, long value) {
    Map<String, Object> node = root;
    for (int i = 0; i < path.length - 1; i++) {
      Object child = node.computeIfAbsent(path[i], k -> new TreeMap<String, Object>());
      if (!(child instanceof Map)) {
        throw new IllegalStateException("tally key clash at " + String.join("/", path));
      }
      node = (Map<String, Object>) child;
    }
    node.put(path[path.length - 1], value);
  }
}
