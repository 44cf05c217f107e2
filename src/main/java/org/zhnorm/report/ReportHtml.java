package org.zhnorm.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Renders report.json as one self-contained HTML page (inline CSS and SVG, no scripts, no network):
 * the accounting invariant, the run's facts (time, speed, memory, files written) and a bar chart per
 * breakdown.
 */
public final class ReportHtml {
  private ReportHtml() {}

  /** One chart: its title, the path of its object in report.json, and the leaf to read under each key. */
  private record Chart(String id, String title, String path, String leaf) {}

  /** More months than this and the documents are charted by year. */
  static final int MAX_MONTHS = 36;
  /** More bars than this and a chart shows the largest ones, the rest as one bar. */
  static final int MAX_BARS = 40;

  private static final Chart BY_MONTH = new Chart("by-month", "Documents by month", "/documents_by_month", null);
  private static final Chart BY_YEAR = new Chart("by-year", "Documents by year", "/documents_by_year", null);

  private static final List<Chart> CHARTS = List.of(
      new Chart("by-province", "Documents by province", "/documents_by_province", null),
      new Chart("claims-by-province", "Claims by province", "/claims/by_province", null),
      new Chart("noise", "Noise removed per rule (characters)", "/rules", "chars_removed"),
      new Chart("rule-hits", "Rule hits", "/rules", "hits"),
      new Chart("dead-letters", "Dead letters by stage and reason", "/dead_letters", null),
      new Chart("chains", "Conversion chains used", "/conversion_chains", null),
      new Chart("scripts", "Scripts detected", "/scripts", null),
      new Chart("charsets", "Charsets", "/charsets", null),
      new Chart("unit-kinds", "Claims by unit kind", "/claims/by_unit_kind", null),
      new Chart("section-kinds", "Sections by kind", "/sections/by_kind", null));

  public static String render(JsonNode report) {
    StringBuilder h = new StringBuilder(16_384);
    h.append("<!DOCTYPE html>\n<html lang=\"zh\"><head><meta charset=\"utf-8\">\n<title>zhnorm run report</title>\n<style>\n")
        .append("body{font-family:system-ui,'Noto Sans CJK SC',sans-serif;margin:2em;color:#222;max-width:980px}\n")
        .append("h1{font-size:1.6em}h2{font-size:1.15em;margin-top:1.6em}table{border-collapse:collapse}\n")
        .append("td,th{padding:.25em .8em;border-bottom:1px solid #ddd;text-align:left}.ok{color:#1a7f37}.bad{color:#cf222e}\n")
        .append("svg text{font-size:12px;fill:#222}.bar{fill:#4e79a7}.empty{color:#888;font-style:italic}\n")
        .append("</style></head><body>\n<h1>zhnorm run report</h1>\n");
    JsonNode inv = report.path("invariant");
    boolean holds = inv.path("holds").asBoolean(false);
    h.append("<table id=\"summary\">\n");
    row(h, "documents read", report.at("/documents/read").asLong());
    row(h, "documents written", report.at("/documents/written").asLong());
    row(h, "duplicates merged", report.at("/documents/duplicates_merged").asLong());
    row(h, "documents dead-lettered", report.at("/documents/dead_lettered").asLong());
    row(h, "sections", report.at("/sections/total").asLong());
    row(h, "claims", report.at("/claims/total").asLong());
    h.append("<tr><th>invariant</th><td class=\"").append(holds ? "ok" : "bad").append("\">")
        .append(escape(inv.path("statement").asText())).append(": ").append(holds ? "holds" : "BROKEN")
        .append(" (").append(inv.path("left").asLong()).append(" = ").append(inv.path("right").asLong()).append(")</td></tr>\n</table>\n");
    RunSection.render(h, report.path("run"), report.at("/documents/read").asLong());
    int months = report.path("documents_by_month").size();
    if (months > MAX_MONTHS && report.has("documents_by_year")) {
      chart(h, BY_YEAR, report, " (" + months + " months)");
    } else {
      chart(h, BY_MONTH, report, "");
    }
    for (Chart c : CHARTS) {
      chart(h, c, report, "");
    }
    return h.append("</body></html>\n").toString();
  }

  private static void chart(StringBuilder h, Chart c, JsonNode report, String note) {
    h.append("<h2>").append(escape(c.title() + note)).append("</h2>\n");
    List<Map.Entry<String, Long>> bars = top(bars(report.at(c.path()), c.leaf()), MAX_BARS);
    if (bars.isEmpty()) {
      h.append("<p class=\"empty\">none</p>\n");
    } else {
      svg(h, c.id(), bars);
    }
  }

  /**
   * The bars, at most {@code max}: past it, the largest {@code max - 1} in their order and one
   * bar "other (N more)" summing the rest, so no count disappears from the chart.
   */
  static List<Map.Entry<String, Long>> top(List<Map.Entry<String, Long>> bars, int max) {
    if (bars.size() <= max) {
      return bars;
    }
    List<Map.Entry<String, Long>> bySize = new ArrayList<>(bars);
    bySize.sort((a, b) -> Long.compare(b.getValue(), a.getValue()));
    Set<Map.Entry<String, Long>> kept = new HashSet<>(bySize.subList(0, max - 1));
    List<Map.Entry<String, Long>> out = new ArrayList<>();
    long rest = 0;
    for (Map.Entry<String, Long> b : bars) {
      if (kept.contains(b)) {
        out.add(b);
      } else {
        rest += b.getValue();
      }
    }
    out.add(Map.entry("other (" + (bars.size() - out.size()) + " more)", rest));
    return out;
  }

  /** The bars of one chart: leaf values under each key (or the values themselves), nested keys joined by '/'. */
  static List<Map.Entry<String, Long>> bars(JsonNode node, String leaf) {
    List<Map.Entry<String, Long>> out = new ArrayList<>();
    collect(node, leaf, "", out);
    // months and years in time order (unknown last), every other breakdown largest first
    boolean time = out.stream().allMatch(e -> e.getKey().matches("\\d{4}(-\\d{2})?|unknown"));
    out.sort(time ? Map.Entry.comparingByKey() : (a, b) -> Long.compare(b.getValue(), a.getValue()));
    return out;
  }

  private static void collect(JsonNode node, String leaf, String prefix, List<Map.Entry<String, Long>> out) {
    if (node == null || !node.isObject()) {
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String key = prefix.isEmpty() ? e.getKey() : prefix + "/" + e.getKey();
      JsonNode v = e.getValue();
      if (leaf != null && v.isObject() && v.has(leaf)) {
        if (v.get(leaf).asLong() > 0) {
          out.add(Map.entry(key, v.get(leaf).asLong()));
        }
      } else if (leaf == null && v.isNumber()) {
        out.add(Map.entry(key, v.asLong()));
      } else if (leaf == null && v.isObject()) {
        collect(v, null, key, out);
      }
    }
  }

  private static void svg(StringBuilder h, String id, List<Map.Entry<String, Long>> bars) {
    int rowHeight = 22;
    int labelWidth = 300;
    int barWidth = 560;
    long max = bars.stream().mapToLong(Map.Entry::getValue).max().orElse(1);
    int height = bars.size() * rowHeight + 8;
    h.append("<svg class=\"chart\" id=\"chart-").append(id).append("\" width=\"")
        .append(labelWidth + barWidth + 90).append("\" height=\"").append(height).append("\" role=\"img\">\n");
    for (int i = 0; i < bars.size(); i++) {
      Map.Entry<String, Long> b = bars.get(i);
      int y = i * rowHeight + 4;
      int w = (int) Math.max(1, Math.round((double) b.getValue() / Math.max(1, max) * barWidth));
      h.append(String.format(Locale.ROOT,
          "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text><rect class=\"bar\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\"><title>%s: %d</title></rect><text x=\"%d\" y=\"%d\">%,d</text>%n",
          labelWidth - 8, y + 15, escape(b.getKey()), labelWidth, y, w, rowHeight - 6, escape(b.getKey()), b.getValue(),
          labelWidth + w + 6, y + 15, b.getValue()));
    }
    h.append("</svg>\n");
  }

  private static void row(StringBuilder h, String name, long value) {
    h.append("<tr><th>").append(name).append("</th><td>").append(String.format(Locale.ROOT, "%,d", value)).append("</td></tr>\n");
  }

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
