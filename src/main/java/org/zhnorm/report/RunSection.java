package org.zhnorm.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/** The "Run" part of report.html: the {@code run} object of report.json as two small tables. */
final class RunSection {
  private RunSection() {}

  static void render(StringBuilder h, JsonNode run, long documents) {
    h.append("<h2>Run</h2>\n");
    if (!run.isObject()) {
      h.append("<p class=\"empty\">no run facts in report.json</p>\n");
      return;
    }
    double seconds = run.path("wall_seconds").asDouble();
    h.append("<table id=\"run\">\n");
    text(h, "input", run.path("input").asText() + " (" + megabytes(run.path("input_bytes").asLong()) + ")");
    text(h, "wall time", String.format(Locale.ROOT, "%.1f s (%.1f s since the JVM started)", seconds,
        run.path("jvm_uptime_seconds").asDouble()));
    double mbps = run.path("mb_per_second").asDouble();
    text(h, "speed", (mbps >= 0.1 ? String.format(Locale.ROOT, "%.2f MB/s", mbps) : String.format(Locale.ROOT, "%.1f KB/s", mbps * 1e3))
        + String.format(Locale.ROOT, ", %.1f documents/s", seconds > 0 ? documents / seconds : 0));
    JsonNode rss = run.path("peak_rss_mb");
    text(h, "peak memory", (rss.isNumber() ? String.format(Locale.ROOT, "%,d MB resident", rss.asLong()) : "unknown (no /proc)")
        + String.format(Locale.ROOT, ", heap limit %,d MB", run.path("max_heap_mb").asLong()));
    text(h, "runner", run.path("runner").asText());
    text(h, "version", run.path("version").asText());
    text(h, "partitioned by", run.path("partition_by").asText());
    text(h, "files written", join(run.path("files_written"), "%,d"));
    h.append("</table>\n");
    JsonNode stages = run.path("stage_seconds");
    h.append("<h2>Time inside each stage</h2>\n");
    if (stages.isEmpty()) {
      h.append("<p class=\"empty\">the runner reported no stage times</p>\n");
      return;
    }
    h.append("<p>Seconds inside each stage's code, summed over workers. On Flink, a stage chained to the next"
        + " includes the time of the stages it hands its output to.</p>\n<table id=\"stages\">\n");
    for (Iterator<Map.Entry<String, JsonNode>> it = stages.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      text(h, e.getKey(), String.format(Locale.ROOT, "%.1f s", e.getValue().asDouble()));
    }
    h.append("</table>\n");
  }

  private static String join(JsonNode node, String format) {
    StringBuilder sb = new StringBuilder();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      sb.append(sb.length() == 0 ? "" : ", ").append(e.getKey()).append(' ')
          .append(String.format(Locale.ROOT, format, e.getValue().asLong()));
    }
    return sb.length() == 0 ? "unknown" : sb.toString();
  }

  private static String megabytes(long bytes) {
    return bytes >= 1e5 ? String.format(Locale.ROOT, "%,.1f MB", bytes / 1e6) : String.format(Locale.ROOT, "%,.1f KB", bytes / 1e3);
  }

  private static void text(StringBuilder h, String name, String value) {
    h.append("<tr><th>").append(ReportHtml.escape(name)).append("</th><td>").append(ReportHtml.escape(value)).append("</td></tr>\n");
  }
}
