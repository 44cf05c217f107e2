package org.zhnorm.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.zhnorm.ZhnormPipeline;
import org.zhnorm.options.RunnerDefaults;
import org.zhnorm.options.ZhnormOptions;
import org.zhnorm.report.RunFacts;
import org.zhnorm.text.convert.ScriptConverter;

/**
 * One measurement of the benchmark, printed as one line of JSON.
 *
 * <ul>
 *   <li>{@code run DUMP_DIR OUT_DIR [beam flags]}: the whole pipeline; wall time, MB/s (of the dump's
 *       text files or uncompressed JSON lines, from MakeDump's manifest), documents/s,
 *       peak RSS of this JVM and the time spent in each stage (Beam counters {@code process-micros}).
 *   <li>{@code bound DUMP_DIR THREADS}: the library bound, OpenCC conversion plus HanLP's plain
 *       Viterbi segmentation (no recognizers) alone in a tight loop over the same texts on THREADS
 *       threads, timed after a warm-up pass over the first 500 texts.
 *   <li>{@code stages DUMP_DIR}: each per-document step alone on one thread ({@link StageCosts}).
 * </ul>
 */
public final class Benchmark {
  private Benchmark() {}

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "run" -> run(Path.of(args[1]), Path.of(args[2]), List.of(args).subList(3, args.length));
      case "bound" -> bound(Path.of(args[1]), Integer.parseInt(args[2]));
      case "stages" -> System.out.println(new ObjectMapper().writeValueAsString(StageCosts.measure(Path.of(args[1]))));
      default -> throw new IllegalArgumentException("usage: Benchmark run DUMP OUT [flags] | bound DUMP THREADS | stages DUMP");
    }
  }

  static void run(Path dump, Path out, List<String> flags) throws IOException {
    JsonNode manifest = new ObjectMapper().readTree(MakeDump.manifest(dump).toFile());
    long bytes = manifest.path("bytes").asLong(manifest.path("json_bytes").asLong());
    List<String> args = new ArrayList<>(List.of("--input=" + dump, "--output=" + out, "--overwrite", "--quiet"));
    args.addAll(flags);
    PipelineOptionsFactory.register(ZhnormOptions.class);
    ZhnormOptions options = PipelineOptionsFactory.fromArgs(RunnerDefaults.apply(args.toArray(String[]::new))).withValidation().as(ZhnormOptions.class);
    long start = System.nanoTime();
    PipelineResult result = ZhnormPipeline.run(options);
    double seconds = (System.nanoTime() - start) / 1e9;
    JsonNode report = new ObjectMapper().readTree(out.resolve("_report/report.json").toFile());
    long docs = report.at("/documents/read").asLong();
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("mode", "run");
    line.put("runner", options.getRunner().getSimpleName());
    line.put("input_mb", round(bytes / 1e6));
    line.put("wall_s", round(seconds));
    line.put("mb_per_s", round(bytes / 1e6 / seconds));
    line.put("docs", docs);
    line.put("docs_per_s", round(docs / seconds));
    line.put("peak_rss_mb", RunFacts.peakRssMb());
    line.put("stage_cpu_s", RunFacts.stageSeconds(result));
    line.put("files_written", report.at("/run/files_written"));
    System.out.println(new ObjectMapper().writeValueAsString(line));
  }

  static void bound(Path dump, int threads) throws Exception {
    List<String> texts = texts(dump);
    long bytes = texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
    ScriptConverter converter = ScriptConverter.load();
    Segment segmenter = plainViterbi();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    // warm: loading, then the first 500 texts on every thread, untimed
    shards(pool, threads, texts.subList(0, Math.min(500, texts.size())), converter, segmenter);
    long start = System.nanoTime();
    long words = shards(pool, threads, texts, converter, segmenter);
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("mode", "bound");
    line.put("what", "OpenCC (auto chain) + HanLP ViterbiSegment without recognizers");
    line.put("threads", threads);
    line.put("input_mb", round(bytes / 1e6));
    line.put("wall_s", round(seconds));
    line.put("mb_per_s", round(bytes / 1e6 / seconds));
    line.put("words", words);
    line.put("peak_rss_mb", RunFacts.peakRssMb());
    System.out.println(new ObjectMapper().writeValueAsString(line));
  }

  /** HanLP's plain path: Viterbi over the core dictionary, no person, place or organization recognition. */
  static Segment plainViterbi() {
    return new ViterbiSegment().enableNameRecognize(false).enablePlaceRecognize(false)
        .enableOrganizationRecognize(false).enableJapaneseNameRecognize(false).enableOffset(true);
  }

  private static long shards(ExecutorService pool, int threads, List<String> texts, ScriptConverter converter, Segment segmenter)
      throws Exception {
    List<Future<Long>> parts = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int shard = t;
      parts.add(pool.submit(() -> {
        long words = 0;
        for (int i = shard; i < texts.size(); i += threads) {
          words += segmenter.seg(converter.convert(texts.get(i), null, null).text()).size();
        }
        return words;
      }));
    }
    long words = 0;
    for (Future<Long> f : parts) {
      words += f.get();
    }
    return words;
  }

  /** The text of every page of the dump: each .txt file whole, the "content" of each JSON line (as MakeDump writes them). */
  static List<String> texts(Path dump) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dump)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        out.add(Files.readString(f, StandardCharsets.UTF_8));
      }
    }
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

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
