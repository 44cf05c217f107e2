package org.zhnorm.text.segment;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What the entity columns lose by segmenting once on HanLP's plain path instead of adding the name
 * recognizers' pass (not a test; run by hand, see docs/SEGMENTATION.md): entities by type found by each
 * on the seeds and the cn_web_gold cleaned texts, the entities only the two-pass output has (every
 * 10th printed, for judging by hand), and chars per CPU-second of each.
 *
 * <p>Usage: java -cp ... org.zhnorm.text.segment.EntityTradeoff [GOLD_CLEANED_DIR]
 */
public final class EntityTradeoff {
  public static void main(String[] args) throws IOException {
    Path gold = Path.of(args.length > 0 ? args[0] : "../shared/corpus/dev/cn_web_gold/cleaned");
    List<String> docs = new ArrayList<>(SeedTexts.simplified());
    try (Stream<Path> files = Files.list(gold)) {
      for (Path p : files.sorted().toList()) {
        docs.add(ZhConverterUtil.toSimple(Files.readString(p, StandardCharsets.UTF_8)));
      }
    }
    WordSegmenter plain = new WordSegmenter(WordSegmenter.plainEngine(), null);
    WordSegmenter twoPass = new WordSegmenter(WordSegmenter.plainEngine(), WordSegmenter.recognizerEngine());
    Map<String, Integer> plainCounts = new TreeMap<>();
    Map<String, Integer> twoPassCounts = new TreeMap<>();
    Map<String, Integer> onlyTwoPass = new TreeMap<>();
    Map<String, Integer> onlyPlain = new TreeMap<>();
    List<String> sample = new ArrayList<>();
    long chars = 0;
    for (String d : docs) {
      chars += d.length();
      Set<String> a = entities(plain.segment(d), plainCounts);
      Set<String> b = entities(twoPass.segment(d), twoPassCounts);
      for (String e : b) {
        if (!a.contains(e)) {
          String type = e.substring(e.lastIndexOf('/') + 1);
          if (onlyTwoPass.merge(type, 1, Integer::sum) % 10 == 0) {
            sample.add(e.substring(e.indexOf(':') + 1));
          }
        }
      }
      for (String e : a) {
        if (!b.contains(e)) {
          onlyPlain.merge(e.substring(e.lastIndexOf('/') + 1), 1, Integer::sum);
        }
      }
    }
    System.out.printf("documents %d, chars %d%n", docs.size(), chars);
    System.out.println("plain entities " + plainCounts + ", two-pass " + twoPassCounts);
    System.out.println("only in two-pass " + onlyTwoPass + ", only in plain " + onlyPlain);
    System.out.println("every 10th entity only the two-pass output has: " + String.join(" ", sample));
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    for (int round = 0; round < 2; round++) {
      for (WordSegmenter s : List.of(plain, twoPass)) {
        long t0 = mx.getCurrentThreadCpuTime();
        for (int r = 0; r < 3; r++) {
          docs.forEach(s::segment);
        }
        double seconds = (mx.getCurrentThreadCpuTime() - t0) / 1e9;
        System.out.printf("%s: %.2fM chars per CPU-second%n", s == plain ? "plain" : "two-pass", 3 * chars / seconds / 1e6);
      }
    }
  }

  /** "start:word/type" of each entity token, counted by type into {@code counts}. */
  private static Set<String> entities(List<Token> tokens, Map<String, Integer> counts) {
    Set<String> out = new HashSet<>();
    for (Token t : tokens) {
      if (t.entityType() != null) {
        out.add(t.start() + ":" + t.word() + "/" + t.entityType());
        counts.merge(t.entityType(), 1, Integer::sum);
      }
    }
    return out;
  }
}
