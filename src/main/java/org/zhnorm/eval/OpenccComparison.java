package org.zhnorm.eval;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.zhnorm.text.convert.Chain;
import org.zhnorm.text.convert.ScriptConverter;

/**
 * Compares our t2s conversion with the reference OpenCC CLI ({@code opencc -c t2s.json}, Debian
 * package {@code opencc} 1.1.6) over text files and the text of HTML pages.
 *
 * <p>Usage: {@code java -cp ... org.zhnorm.eval.OpenccComparison [--opencc=/usr/bin/opencc] [--config=t2s.json] PATH...}
 * (files or folders, walked recursively; .txt .json .jsonl are read as text with ICU charset
 * detection, .html through jsoup's text(), other files are skipped). Prints per-file and total
 * counts of characters (code points) that differ, and every distinct difference as
 * {@code input -> ours | opencc (count)}.
 *
 * <p>{@code --bench PATH...}: instead, measures single-thread throughput of each chain over the
 * files' text in a tight loop (after warm-up) and prints chars/s; nothing is compared.
 *
 * <p>Differences are counted per line: equal-length lines position by position, other lines by
 * edit distance over code points.
 */
public final class OpenccComparison {
  private OpenccComparison() {}

  public static void main(String[] args) throws Exception {
    String opencc = "/usr/bin/opencc";
    String config = "t2s.json";
    boolean bench = false;
    List<Path> roots = new ArrayList<>();
    for (String a : args) {
      if (a.equals("--bench")) {
        bench = true;
      } else if (a.startsWith("--opencc=")) {
        opencc = a.substring("--opencc=".length());
      } else if (a.startsWith("--config=")) {
        config = a.substring("--config=".length());
      } else {
        roots.add(Path.of(a));
      }
    }
    if (roots.isEmpty()) {
      System.err.println("usage: OpenccComparison [--opencc=PATH] [--config=t2s.json] PATH...");
      System.exit(2);
    }
    if (bench) {
      bench(roots);
      return;
    }
    if (!Files.isExecutable(Path.of(opencc))) {
      System.err.println("reference OpenCC CLI not found at " + opencc + " (apt-get install -y opencc)");
      System.exit(2);
    }
    Chain chain = Chain.valueOf(config.replace(".json", "").toUpperCase(java.util.Locale.ROOT));
    ScriptConverter converter = ScriptConverter.load();
    List<Path> files = new ArrayList<>();
    for (Path root : roots) {
      try (Stream<Path> s = Files.walk(root)) {
        s.filter(Files::isRegularFile).sorted().forEach(files::add);
      }
    }
    long totalChars = 0;
    long totalDiff = 0;
    long totalChanged = 0;
    int compared = 0;
    int differing = 0;
    Map<String, Integer> examples = new TreeMap<>();
    for (Path f : files) {
      String text = readText(f);
      if (text == null) {
        continue;
      }
      String ours = converter.convert(text, chain);
      String ref = runOpencc(opencc, config, text);
      long diff = countDiff(text, ours, ref, examples);
      totalChanged += countDiff(text, text, ref, new TreeMap<>());
      long chars = text.codePointCount(0, text.length());
      compared++;
      totalChars += chars;
      totalDiff += diff;
      if (diff > 0) {
        differing++;
        System.out.printf("%6d of %8d chars differ  %s%n", diff, chars, f);
      }
    }
    System.out.printf(
        "TOTAL %s: %d files, %d chars, %d changed by the reference, %d chars differ (%.5f%%),"
            + " %d files with differences%n",
        config, compared, totalChars, totalChanged, totalDiff,
        totalDiff * 100.0 / Math.max(1, totalChars), differing);
    System.out.println("Distinct differences (input -> ours | opencc  count; 0 = example context):");
    examples.forEach((k, v) -> System.out.println("  " + k + "  " + v));
  }

  private static void bench(List<Path> roots) throws IOException {
    StringBuilder all = new StringBuilder();
    for (Path root : roots) {
      try (Stream<Path> s = Files.walk(root)) {
        for (Path f : (Iterable<Path>) s.filter(Files::isRegularFile).sorted()::iterator) {
          String t = readText(f);
          if (t != null) {
            all.append(t).append('\n');
          }
        }
      }
    }
    String text = all.toString();
    long chars = text.codePointCount(0, text.length());
    long t0 = System.nanoTime();
    ScriptConverter converter = ScriptConverter.load();
    System.out.printf("load(): %d ms; text: %d chars%n", (System.nanoTime() - t0) / 1_000_000, chars);
    for (Chain chain : Chain.values()) {
      for (int i = 0; i < 20; i++) {
        converter.convert(text, chain);
      }
      int n = 0;
      long start = System.nanoTime();
      long h = 0;
      while (System.nanoTime() - start < 3_000_000_000L) {
        h += converter.convert(text, chain).length();
        n++;
      }
      double secs = (System.nanoTime() - start) / 1e9;
      System.out.printf("%-6s %,12.0f chars/s per thread (%d runs, checksum %d)%n", chain.id(), chars * n / secs, n, h);
    }
    int n = 0;
    long start = System.nanoTime();
    while (System.nanoTime() - start < 3_000_000_000L) {
      converter.convert(text, null, null);
      n++;
    }
    System.out.printf("auto   %,12.0f chars/s per thread (detection + chain)%n", chars * n / ((System.nanoTime() - start) / 1e9));
    // For scale only: opencc4j's own bundled tables (the wrong ones), same text, same machine state.
    for (int i = 0; i < 20; i++) {
      com.github.houbb.opencc4j.util.ZhConverterUtil.toSimple(text);
    }
    n = 0;
    start = System.nanoTime();
    while (System.nanoTime() - start < 3_000_000_000L) {
      com.github.houbb.opencc4j.util.ZhConverterUtil.toSimple(text);
      n++;
    }
    System.out.printf("opencc4j bundled toSimple %,12.0f chars/s per thread (reference point)%n",
        chars * n / ((System.nanoTime() - start) / 1e9));
  }

  /** Text of a file, or null when it is not one we compare. */
  public static String readText(Path f) throws IOException {
    String name = f.getFileName().toString();
    byte[] bytes = Files.readAllBytes(f);
    if (name.endsWith(".html") || name.endsWith(".htm")) {
      return Jsoup.parse(decode(bytes)).wholeText();
    }
    if (name.endsWith(".txt") || name.endsWith(".json") || name.endsWith(".jsonl")) {
      return decode(bytes);
    }
    return null;
  }

  private static String decode(byte[] bytes) throws IOException {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      CharsetMatch m = new CharsetDetector().setText(bytes).detect();
      return m == null ? new String(bytes, StandardCharsets.UTF_8) : m.getString();
    }
  }

  public static String runOpencc(String opencc, String config, String text) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(opencc, "-c", config).redirectErrorStream(false).start();
    Thread writer =
        new Thread(
            () -> {
              try (OutputStream out = p.getOutputStream()) {
                out.write(text.getBytes(StandardCharsets.UTF_8));
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    writer.start();
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try (InputStream in = p.getInputStream()) {
      in.transferTo(buf);
    }
    writer.join();
    int rc = p.waitFor();
    if (rc != 0) {
      throw new IOException("opencc exited with " + rc + ": " + new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }
    return buf.toString(StandardCharsets.UTF_8);
  }

  public static long countDiff(String input, String ours, String ref, Map<String, Integer> examples) {
    String[] in = input.split("\n", -1);
    String[] a = ours.split("\n", -1);
    String[] b = ref.split("\n", -1);
    if (a.length != b.length) {
      return editDistance(cps(ours), cps(ref));
    }
    long diff = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i].equals(b[i])) {
        continue;
      }
      int[] x = cps(a[i]);
      int[] y = cps(b[i]);
      int[] src = in.length == a.length ? cps(in[i]) : null;
      if (x.length == y.length) {
        for (int j = 0; j < x.length; j++) {
          if (x[j] != y[j]) {
            diff++;
            String s = src != null && src.length == x.length ? new String(src, j, 1) : "?";
            String key = s + " -> " + new String(x, j, 1) + " | " + new String(y, j, 1);
            examples.merge(key, 1, Integer::sum);
            examples.putIfAbsent(
                key + "   e.g. " + context(src != null && src.length == x.length ? src : x, j), 0);
          }
        }
      } else {
        diff += editDistance(x, y);
        examples.merge("line: " + a[i].strip() + " | " + b[i].strip(), 1, Integer::sum);
      }
    }
    return diff;
  }

  private static String context(int[] cps, int j) {
    int from = Math.max(0, j - 6);
    int to = Math.min(cps.length, j + 7);
    return new String(cps, from, to - from).replaceAll("\\s+", " ");
  }

  private static int[] cps(String s) {
    return s.codePoints().toArray();
  }

  private static int editDistance(int[] x, int[] y) {
    int[] prev = new int[y.length + 1];
    int[] cur = new int[y.length + 1];
    for (int j = 0; j <= y.length; j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= x.length; i++) {
      cur[0] = i;
      for (int j = 1; j <= y.length; j++) {
        cur[j] = Math.min(Math.min(cur[j - 1], prev[j]) + 1, prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[y.length];
  }
}
