package org.zhnorm.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.zhnorm.ZhnormPipeline;
import org.zhnorm.options.RunnerDefaults;
import org.zhnorm.options.ZhnormOptions;
import org.zhnorm.report.StageClock;
import org.zhnorm.text.convert.ScriptConverter;
import org.zhnorm.text.segment.WordSegmenter;

/**
 * One measurement of the benchmark, printed as one line of JSON.
 *
 * <ul>
 *   <li>{@code run DUMP_DIR OUT_DIR [beam flags]}: the whole pipeline; wall time, MB/s (of the dump's
 *       uncompressed JSON lines, from MakeDump's manifest), documents/s,
 *       peak RSS of this JVM and the time spent in each stage (Beam counters {@code process-micros}).
 *   <li>{@code bound DUMP_DIR THREADS}: the library bound, OpenCC conversion plus HanLP segmentation
 *       alone in a tight loop over the same text on THREADS threads.
 * </ul>
 */
public final class Benchmark {
  private Benchmark() {}

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "run" -> run(Path.of(args[1]), Path.of(args[2]), List.of(args).subList(3, args.length));
      case "bound" -> bound(Path.of(args[1]), Integer.parseInt(args[2]));
      default -> throw new IllegalArgumentException("usage: Benchmark run DUMP OUT [flags] | bound DUMP THREADS");
    }
  }

  static void run(Path dump, Path out, List<String> flags) throws IOException {
    long bytes = new ObjectMapper().readTree(MakeDump.manifest(dump).toFile()).path("json_bytes").asLong();
    List<String> args = new ArrayList<>(List.of("--input=" + dump, "--output=" + out, "--overwrite", "--quiet"));
    args.addAll(flags);
    PipelineOptionsFactory.register(ZhnormOptions.class);
    ZhnormOptions options = PipelineOptionsFactory.fromArgs(RunnerDefaults.apply(args.toArray(String[]::new))).withValidation().as(ZhnormOptions.class);
    long start = System.nanoTime();
    PipelineResult result = ZhnormPipeline.run(options);
    double seconds = (System.nanoTime() - start) / 1e9;
    JsonNode report = new ObjectMapper().readTree(out.resolve("_report/report.json").toFile());
    long docs = report.at("/documents/read").asLong();
    Map<String, Double> stages = new TreeMap<>();
    try {
      MetricQueryResults m = result.metrics().queryMetrics(
          MetricsFilter.builder().addNameFilter(MetricNameFilter.named(ZhnormPipeline.class.getPackageName(), StageClock.COUNTER)).build());
      for (MetricResult<Long> c : m.getCounters()) {
        String ns = c.getName().getNamespace();
        stages.merge(ns.substring(ns.lastIndexOf('.') + 1), value(c) / 1e6, Double::sum);
      }
    } catch (RuntimeException e) {
      stages.put("unavailable: " + e.getClass().getSimpleName(), 0.0);
    }
    if (stages.isEmpty()) {
      queryAll(result, stages);
    }
    System.out.println(new ObjectMapper().writeValueAsString(Map.of(
        "mode", "run", "runner", options.getRunner().getSimpleName(), "input_mb", round(bytes / 1e6),
        "wall_s", round(seconds), "mb_per_s", round(bytes / 1e6 / seconds), "docs", docs,
        "docs_per_s", round(docs / seconds), "peak_rss_mb", peakRssMb(), "stage_cpu_s", stages)));
  }

  private static void queryAll(PipelineResult result, Map<String, Double> stages) {
    for (MetricResult<Long> c : result.metrics().allMetrics().getCounters()) {
      if (c.getName().getName().equals(StageClock.COUNTER)) {
        String ns = c.getName().getNamespace();
        stages.merge(ns.substring(ns.lastIndexOf('.') + 1), value(c) / 1e6, Double::sum);
      }
    }
  }

  private static long value(MetricResult<Long> c) {
    try {
      return c.getCommitted();
    } catch (UnsupportedOperationException e) {
      return c.getAttempted();
    }
  }

  static void bound(Path dump, int threads) throws Exception {
    List<String> texts = texts(dump);
    long bytes = texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
    ScriptConverter converter = ScriptConverter.load();
    WordSegmenter segmenter = WordSegmenter.load();
    segmenter.segment(converter.convert(texts.get(0), null, null).text());
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long start = System.nanoTime();
    List<Future<Long>> parts = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int shard = t;
      parts.add(pool.submit(() -> {
        long words = 0;
        for (int i = shard; i < texts.size(); i += threads) {
          words += segmenter.segment(converter.convert(texts.get(i), null, null).text()).size();
        }
        return words;
      }));
    }
    long words = 0;
    for (Future<Long> f : parts) {
      words += f.get();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    System.out.println(new ObjectMapper().writeValueAsString(Map.of(
        "mode", "bound", "threads", threads, "input_mb", round(bytes / 1e6), "wall_s", round(seconds),
        "mb_per_s", round(bytes / 1e6 / seconds), "words", words, "peak_rss_mb", peakRssMb())));
  }

  /** The "content" of every JSON line of the dump (as MakeDump writes it). */
  static List<String> texts(Path dump) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dump)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".jsonl.gz")).sorted().toList()) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(f)), StandardCharsets.UTF_8))) {
          for (String line = r.readLine(); line != null; line = r.readLine()) {
            out.add(json.readTree(line).path("content").asText());
          }
        }
      }
    }
    return out;
  }

  static long peakRssMb() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("VmHWM:")) {
        return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
      }
    }
    return -1;
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
