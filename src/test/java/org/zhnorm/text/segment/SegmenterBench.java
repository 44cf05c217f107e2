package org.zhnorm.text.segment;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Dijkstra.DijkstraSegment;
import com.hankcs.hanlp.seg.Other.DoubleArrayTrieSegment;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Benchmark and quality probe for the HanLP segmenter options (not a test; run by hand, see
 * docs/SEGMENTATION.md). Every option runs through the same WordSegmenter wrapper (alignment,
 * domain dictionary, number-unit merge), single thread, warm.
 *
 * <p>Usage: java -cp ... org.zhnorm.text.segment.SegmenterBench SEEDS_DIR [seconds-per-run] [runs] [dumpDir]
 */
public final class SegmenterBench {
  private static final Pattern NUMBER_UNIT =
      Pattern.compile("[0-9]+(\\.[0-9]+)?(多|余)?(万|亿)?(元|万元|亿元|名|个|户|人|亩|年|%)");

  private static final String PINYIN = "[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[)）]";

  public static void main(String[] args) throws IOException {
    Path seeds = Path.of(args[0]);
    double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 2.0;
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    Path dump = args.length > 3 ? Path.of(args[3]) : null;
    List<String> docs = new ArrayList<>();
    try (Stream<Path> files = Files.list(seeds)) {
      for (Path p : files.sorted().toList()) {
        // the cleaning stage removes pinyin annotations such as 应(yīng); do the same here
        String text = Files.readString(p, StandardCharsets.UTF_8).replaceAll(PINYIN, "");
        docs.add(ZhConverterUtil.toSimple(text));
      }
    }
    String all = String.join("\n", docs);
    if (dump != null) {
      Files.createDirectories(dump);
      Files.writeString(dump.resolve("seeds-simplified.txt"), all); // input of docs/bench/jieba_bench.py
    }
    Map<String, Supplier<Segment>> options = new LinkedHashMap<>();
    options.put("HanLP.segment (Viterbi default)", HanLP::newSegment);
    options.put("Viterbi plain, names off (pass 1 of CHOSEN)", WordSegmenter::plainEngine);
    options.put("Viterbi + place + org", () -> new ViterbiSegment()
        .enablePlaceRecognize(true).enableOrganizationRecognize(true).enableOffset(true));
    options.put("Viterbi + place", () -> new ViterbiSegment().enablePlaceRecognize(true).enableOffset(true));
    options.put("Viterbi + org", () -> new ViterbiSegment().enableOrganizationRecognize(true).enableOffset(true));
    options.put("Dijkstra default", () -> new DijkstraSegment().enableOffset(true));
    options.put("Dijkstra + place + org", () -> new DijkstraSegment()
        .enablePlaceRecognize(true).enableOrganizationRecognize(true).enableOffset(true));
    options.put("DoubleArrayTrie (+POS)", () -> new DoubleArrayTrieSegment()
        .enablePartOfSpeechTagging(true).enableOffset(true));
    options.put("CHOSEN: Viterbi plain + Viterbi names/place/org, entity-boundary", () -> null);
    options.put("Viterbi + all NER (incl. Japanese)", () -> new ViterbiSegment()
        .enableAllNamedEntityRecognize(true).enableOffset(true));

    List<DomainDictionary.Entry> dict = DomainDictionary.entries();
    System.out.printf("chars=%d docs=%d%n", all.length(), docs.size());
    System.out.println("| option | chars/s per thread (3 runs) | tokens | distinct | domain terms split | numbers+units whole | ns | nt | nr | nrj |");
    System.out.println("|---|---|---|---|---|---|---|---|---|---|");
    for (Map.Entry<String, Supplier<Segment>> o : options.entrySet()) {
      WordSegmenter seg = o.getKey().startsWith("CHOSEN") ? WordSegmenter.load()
          : new WordSegmenter(o.getValue().get(), null);
      List<Token> tokens = seg.segment(all);
      StringBuilder speeds = new StringBuilder();
      seg.segment(all); // warm
      timed(seg, docs, 1.0);
      for (int r = 0; r < runs; r++) {
        speeds.append(r == 0 ? "" : " / ").append(String.format("%.2fM", timed(seg, docs, seconds) / 1e6));
      }
      Set<String> distinct = new HashSet<>();
      Map<String, Integer> tags = new TreeMap<>();
      for (Token t : tokens) {
        distinct.add(t.word());
        String k = t.pos().startsWith("nrj") ? "nrj" : t.pos().length() >= 2 ? t.pos().substring(0, 2) : t.pos();
        tags.merge(k, 1, Integer::sum);
      }
      int split = 0;
      int occurrences = 0;
      for (DomainDictionary.Entry e : dict) {
        for (int at = all.indexOf(e.word()); at >= 0; at = all.indexOf(e.word(), at + 1)) {
          occurrences++;
          if (!insideOneToken(tokens, at, at + e.word().length())) {
            split++;
          }
        }
      }
      int numbers = 0;
      int numbersWhole = 0;
      Matcher m = NUMBER_UNIT.matcher(all);
      while (m.find()) {
        numbers++;
        if (isToken(tokens, m.start(), m.end())) {
          numbersWhole++;
        }
      }
      System.out.printf("| %s | %s | %d | %d | %d/%d | %d/%d | %d | %d | %d | %d |%n", o.getKey(), speeds,
          tokens.size(), distinct.size(), split, occurrences, numbersWhole, numbers,
          tags.getOrDefault("ns", 0), tags.getOrDefault("nt", 0), tags.getOrDefault("nr", 0),
          tags.getOrDefault("nrj", 0));
      if (dump != null) {
        Files.createDirectories(dump);
        StringBuilder b = new StringBuilder();
        for (Token t : tokens) {
          b.append(t.word()).append('/').append(t.pos()).append(t.word().equals("\n") ? "" : " ");
          if (t.word().endsWith("。")) {
            b.append('\n');
          }
        }
        Files.writeString(dump.resolve(o.getKey().replaceAll("[^A-Za-z]+", "_") + ".txt"), b);
      }
    }
  }

  /** Chars per CPU-second of this thread (the machine is shared, so wall time would measure the neighbours). */
  private static double timed(WordSegmenter seg, List<String> docs, double seconds) {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long chars = 0;
    long t0 = mx.getCurrentThreadCpuTime();
    long until = t0 + (long) (seconds * 1e9);
    long now;
    do {
      for (String d : docs) {
        chars += seg.segment(d).size() >= 0 ? d.length() : 0;
      }
      now = mx.getCurrentThreadCpuTime();
    } while (now < until);
    return chars / ((now - t0) / 1e9);
  }

  private static boolean insideOneToken(List<Token> tokens, int from, int to) {
    for (Token t : tokens) {
      if (t.start() <= from && to <= t.end()) {
        return true;
      }
      if (t.start() >= to) {
        return false;
      }
    }
    return false;
  }

  private static boolean isToken(List<Token> tokens, int from, int to) {
    for (Token t : tokens) {
      if (t.start() == from) {
        return t.end() == to;
      }
      if (t.start() > from) {
        return false;
      }
    }
    return false;
  }
}
