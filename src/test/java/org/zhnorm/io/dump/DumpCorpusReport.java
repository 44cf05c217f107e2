package org.zhnorm.io.dump;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Measurement harness (not a test): parses every file under a folder and prints records read,
 * failures by reason, skipped items by reason and charsets with reasons.
 *
 * <pre>
 * mvn -q -o -B test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp target/classes:target/test-classes:$(cat /tmp/cp.txt) org.zhnorm.io.dump.DumpCorpusReport /work/shared/corpus/dev [-v]
 * </pre>
 */
public final class DumpCorpusReport {
  private DumpCorpusReport() {}

  public static void main(String[] args) throws IOException {
    Path root = Path.of(args[0]);
    boolean verbose = args.length > 1 && args[1].equals("-v");
    DumpParser parser = new DumpParser(64L << 20);
    List<Path> files;
    try (Stream<Path> s = Files.walk(root)) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    }
    Map<String, Long> failures = new TreeMap<>();
    Map<String, Long> skipped = new TreeMap<>();
    Map<String, Long> charsets = new TreeMap<>();
    Map<String, Long> formats = new TreeMap<>();
    Map<String, Long> repairs = new TreeMap<>();
    Map<String, Long> flags = new TreeMap<>();
    long[] records = new long[1];
    for (Path f : files) {
      List<String> lines = new ArrayList<>();
      parser.parse(f.toString(), () -> Files.newInputStream(f), new RecordSink() {
        @Override
        public void record(ParsedRecord r) {
          records[0]++;
          charsets.merge(r.charset() + " (" + r.charsetReason() + ")", 1L, Long::sum);
          formats.merge(r.format(), 1L, Long::sum);
          r.repairs().forEach((k, v) -> repairs.merge(k, v, Long::sum));
          r.flags().forEach(k -> flags.merge(k, 1L, Long::sum));
          if (verbose) {
            lines.add("  rec " + r.offset() + " " + r.format() + " " + r.charset() + "/" + r.charsetReason()
                + " dmg=" + String.format("%.4f", r.damageScore()) + " " + r.flags() + " " + r.repairs()
                + " | " + r.text().substring(0, Math.min(60, r.text().length())).replace('\n', ' '));
          }
        }

        @Override
        public void failure(ReadFailure x) {
          failures.merge(x.reason(), 1L, Long::sum);
          lines.add("  FAIL " + x.offset() + " " + x.reason() + " " + x.detail());
        }

        @Override
        public void skipped(long offset, String reason) {
          skipped.merge(reason, 1L, Long::sum);
        }
      });
      if (!lines.isEmpty()) {
        System.out.println(root.relativize(f));
        lines.forEach(System.out::println);
      }
    }
    System.out.println("files: " + files.size());
    System.out.println("records: " + records[0] + " by format " + formats);
    System.out.println("failures: " + failures);
    System.out.println("skipped: " + skipped);
    System.out.println("charsets: " + charsets);
    System.out.println("repairs: " + repairs);
    System.out.println("damage flags (documents): " + flags);
  }
}
