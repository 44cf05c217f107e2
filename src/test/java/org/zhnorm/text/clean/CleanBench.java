package org.zhnorm.text.clean;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * CPU time of {@code Cleaner.standard().clean} over the first files of a text dump, with the line
 * pattern prefilter off and on, alternating in one JVM after a warm-up pass. Not a test: run as
 * {@code java -cp "target/test-classes:target/classes:target/lib/*" org.zhnorm.text.clean.CleanBench DUMP [FILES] [ROUNDS]}.
 */
final class CleanBench {
  private CleanBench() {}

  public static void main(String[] args) throws IOException {
    Path dump = Path.of(args[0]);
    int files = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    List<String> texts = texts(dump, files);
    long chars = texts.stream().mapToLong(String::length).sum();
    System.out.printf(Locale.ROOT, "%d files, %.1f MB of text%n", texts.size(), chars * 1.0 / 1e6);
    Cleaner cleaner = Cleaner.standard();
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    cpu(mx, cleaner, texts, false);
    cpu(mx, cleaner, texts, true);
    double[] sum = new double[2];
    for (int r = 0; r < rounds; r++) {
      for (int on = 0; on < 2; on++) {
        double s = cpu(mx, cleaner, texts, on == 1);
        sum[on] += s;
        System.out.printf(Locale.ROOT, "round %d prefilter %-3s %.2f s CPU%n", r + 1, on == 1 ? "on" : "off", s);
      }
    }
    System.out.printf(Locale.ROOT, "mean: prefilter off %.2f s, on %.2f s CPU (%.0f%% less)%n",
        sum[0] / rounds, sum[1] / rounds, 100 * (1 - sum[1] / sum[0]));
  }

  static List<String> texts(Path dump, int files) throws IOException {
    List<Path> paths;
    try (Stream<Path> s = Files.walk(dump)) {
      paths = s.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".txt")).sorted().limit(files).toList();
    }
    List<String> texts = new ArrayList<>();
    for (Path p : paths) {
      texts.add(new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
    }
    return texts;
  }

  private static double cpu(ThreadMXBean mx, Cleaner cleaner, List<String> texts, boolean prefilter) {
    PatternLineRule.prefilter = prefilter;
    long start = mx.getCurrentThreadCpuTime();
    long out = 0;
    for (String t : texts) {
      out += cleaner.clean(t, null, false).text().length();
    }
    long end = mx.getCurrentThreadCpuTime();
    if (out == 0) {
      throw new IllegalStateException("nothing cleaned");
    }
    return (end - start) / 1e9;
  }
}
