package org.zhnorm.text.segment;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * CPU time of the token tests of {@link NumberUnitMerge} on the segmenter's real tokens: the
 * regexes it used before and the plain code now, in the order {@code mergeEnd} asks them, alternating
 * in one JVM; the segmentation itself (done once, with the number-unit merge inside) for scale.
 * Not a test: {@code java -cp "target/test-classes:target/classes:target/lib/*"
 * org.zhnorm.text.segment.NumberUnitBench DUMP [FILES] [ROUNDS]}.
 */
final class NumberUnitBench {
  private static final Pattern DIGITS = Pattern.compile("[0-9０-９]+([.．,][0-9０-９]+)*");
  private static final Pattern CHINESE_YEAR = Pattern.compile("[〇○零一二三四五六七八九]{2,4}");
  private static final Pattern CHINESE_DAY = Pattern.compile("[一二三四五六七八九十]|[二三]?十[一二三四五六七八九]?|十[一二三四五六七八九]");

  private NumberUnitBench() {}

  public static void main(String[] args) throws IOException {
    Path dump = Path.of(args[0]);
    int files = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    List<Path> paths;
    try (Stream<Path> s = Files.walk(dump)) {
      paths = s.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".txt")).sorted().limit(files).toList();
    }
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    WordSegmenter seg = WordSegmenter.load();
    List<String> words = new ArrayList<>();
    long start = mx.getCurrentThreadCpuTime();
    for (Path p : paths) {
      for (Token t : seg.segment(new String(Files.readAllBytes(p), StandardCharsets.UTF_8))) {
        words.add(t.word());
      }
    }
    double segmentation = (mx.getCurrentThreadCpuTime() - start) / 1e9;
    System.out.printf(Locale.ROOT, "%d files, %d tokens, segmentation %.2f s CPU%n", paths.size(), words.size(), segmentation);
    Predicate<String> regex = w -> CHINESE_YEAR.matcher(w).matches() || CHINESE_DAY.matcher(w).matches()
        || DIGITS.matcher(w).matches();
    Predicate<String> code = w -> NumberUnitMerge.chineseYear(w) || NumberUnitMerge.chineseDay(w) || NumberUnitMerge.number(w);
    time(mx, words, regex);
    time(mx, words, code);
    double[] sum = new double[2];
    for (int r = 0; r < rounds; r++) {
      sum[0] += time(mx, words, regex);
      sum[1] += time(mx, words, code);
    }
    System.out.printf(Locale.ROOT, "token tests, mean of %d: regex %.3f s, code %.3f s CPU%n", rounds, sum[0] / rounds, sum[1] / rounds);
  }

  private static double time(ThreadMXBean mx, List<String> words, Predicate<String> test) {
    long start = mx.getCurrentThreadCpuTime();
    int hits = 0;
    for (String w : words) {
      hits += test.test(w) ? 1 : 0;
    }
    if (hits == 0) {
      throw new IllegalStateException("no number token");
    }
    return (mx.getCurrentThreadCpuTime() - start) / 1e9;
  }
}
