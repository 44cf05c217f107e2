package org.zhnorm.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ReportHtmlTest {
  private static JsonNode report(SortedMap<String, Long> tallies, Map<String, Object> run) throws Exception {
    return new ObjectMapper().readTree(RunReport.withRun(RunReport.toJson(tallies), run));
  }

  @Test
  void manyMonthsAreChartedByYear() throws Exception {
    SortedMap<String, Long> t = new TreeMap<>();
    for (int y = 2001; y <= 2010; y++) {
      for (int m = 1; m <= 12; m++) {
        t.put(String.format("documents_by_month\t%d-%02d", y, m), 2L);
      }
    }
    t.put("documents_by_month\tunknown", 5L);
    JsonNode report = report(t, Map.of());
    assertThat(report.at("/documents_by_year/2004").asLong()).isEqualTo(24);
    assertThat(report.at("/documents_by_year/unknown").asLong()).isEqualTo(5);
    String html = ReportHtml.render(report);
    assertThat(html).contains("id=\"chart-by-year\"", "Documents by year (121 months)").doesNotContain("chart-by-month");
    assertThat(html.indexOf(">2001</text>")).isLessThan(html.indexOf(">2010</text>"));

    SortedMap<String, Long> few = new TreeMap<>(Map.of("documents_by_month\t2023-01", 3L, "documents_by_month\t2023-02", 1L));
    assertThat(ReportHtml.render(report(few, Map.of()))).contains("id=\"chart-by-month\"").doesNotContain("chart-by-year");
  }

  @Test
  void aLongBreakdownKeepsTheLargestBarsAndGroupsTheRest() {
    List<Map.Entry<String, Long>> bars = new ArrayList<>();
    for (int i = 1; i <= 50; i++) {
      bars.add(Map.entry("k" + i, (long) i));
    }
    List<Map.Entry<String, Long>> top = ReportHtml.top(bars, 40);
    assertThat(top).hasSize(40);
    assertThat(top.get(39)).isEqualTo(Map.entry("other (11 more)", 66L)); // 1 + ... + 11
    assertThat(top.stream().mapToLong(Map.Entry::getValue).sum()).isEqualTo(50 * 51 / 2);
    assertThat(ReportHtml.top(bars.subList(0, 40), 40)).hasSize(40);
  }

  @Test
  void theRunFactsAndClaimsByProvinceAreShown() throws Exception {
    SortedMap<String, Long> t = new TreeMap<>(Map.of(RunReport.READ, 120L, RunReport.WRITTEN, 120L,
        "claims\tby_province\t广东省", 7L, "claims\tby_province\tunknown", 3L));
    Map<String, Object> run = new LinkedHashMap<>();
    run.put("input", "dump/");
    run.put("input_bytes", 2_500_000L);
    run.put("wall_seconds", 12.5);
    run.put("jvm_uptime_seconds", 14.0);
    run.put("mb_per_second", 0.2);
    run.put("peak_rss_mb", 1900L);
    run.put("max_heap_mb", 3072L);
    run.put("runner", "FlinkRunner");
    run.put("version", "0.1.0");
    run.put("partition_by", "pub_year");
    run.put("stage_seconds", Map.of("Segment", 8.25));
    run.put("files_written", Map.of("documents", 4L));
    JsonNode report = report(t, run);
    assertThat(report.fieldNames().next()).isEqualTo("run");
    String html = ReportHtml.render(report);
    assertThat(html).contains("dump/ (2.5 MB)", "12.5 s (14.0 s since the JVM started)", "0.20 MB/s, 9.6 documents/s",
        "1,900 MB resident", "FlinkRunner", "pub_year", "documents 4", "<th>Segment</th><td>8.3 s</td>",
        "id=\"chart-claims-by-province\"", "广东省");
    // a second completion replaces the run object rather than nesting or duplicating it
    JsonNode again = new ObjectMapper().readTree(RunReport.withRun(report.toString(), Map.of("wall_seconds", 1.0)));
    assertThat(again.path("run").path("wall_seconds").asDouble()).isEqualTo(1.0);
    assertThat(again.path("run").has("runner")).isFalse();
  }
}
