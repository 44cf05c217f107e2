package org.zhnorm.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.zhnorm.io.dump.DumpParser;
import org.zhnorm.io.dump.ParsedRecord;
import org.zhnorm.io.dump.ReadFailure;
import org.zhnorm.io.dump.RecordSink;
import org.zhnorm.text.clean.CleanResult;
import org.zhnorm.text.clean.Cleaner;
import org.zhnorm.text.clean.PageHints;
import org.zhnorm.text.convert.Conversion;
import org.zhnorm.text.convert.ScriptConverter;
import org.zhnorm.text.extract.ClaimExtractor;
import org.zhnorm.text.extract.Currencies;
import org.zhnorm.text.extract.DocumentPlace;
import org.zhnorm.text.extract.SectionSpan;
import org.zhnorm.text.extract.Sectioner;
import org.zhnorm.text.segment.Token;
import org.zhnorm.text.segment.WordSegmenter;

/**
 * The cost of each per-document step alone, on one thread, without the runner: every .txt file of a
 * dump parsed, cleaned, converted, segmented, located, cut into sections and searched for claims,
 * twice; the second pass is timed, step by step (seconds). What the pipeline spends beyond the sum
 * (JIT, GC, the runner, shuffles, the corpus steps, Parquet) is the rest of its CPU time
 * (docs/PERFORMANCE.md). Not counted: Parquet writing.
 */
final class StageCosts {
  private StageCosts() {}

  static Map<String, Object> measure(Path dump) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(dump)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    List<byte[]> bytes = new ArrayList<>();
    for (Path f : files) {
      bytes.add(Files.readAllBytes(f));
    }
    Steps steps = new Steps();
    steps.pass(files, bytes); // warm-up: class loading, dictionaries, JIT
    long[] nanos = steps.pass(files, bytes);
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("mode", "stages");
    line.put("files", files.size());
    line.put("threads", 1);
    String[] names = {"parse", "clean", "convert", "segment", "locate", "sections", "claims"};
    double total = 0;
    Map<String, Object> seconds = new LinkedHashMap<>();
    for (int i = 0; i < names.length; i++) {
      seconds.put(names[i], Math.round(nanos[i] / 1e7) / 100.0);
      total += nanos[i] / 1e9;
    }
    line.put("seconds", seconds);
    line.put("total_s", Math.round(total * 100) / 100.0);
    return line;
  }

  /** The pipeline's libraries, set up once. */
  private static final class Steps {
    final DumpParser parser = new DumpParser(64L << 20); // --maxDocumentBytes' default
    final Cleaner cleaner = Cleaner.standard();
    final ScriptConverter converter = ScriptConverter.load();
    final WordSegmenter segmenter = WordSegmenter.load();
    final Sectioner sectioner = new Sectioner();
    final ClaimExtractor claims = ClaimExtractor.standard();
    final DocumentPlace locator = new DocumentPlace(claims);

    /** Nanoseconds per step: parse, clean, convert, segment, locate, sections, claims. */
    long[] pass(List<Path> files, List<byte[]> bytes) throws IOException {
      long[] t = new long[7];
      for (int i = 0; i < files.size(); i++) {
        byte[] b = bytes.get(i);
        List<ParsedRecord> records = new ArrayList<>();
        long t0 = System.nanoTime();
        parser.parse(files.get(i).getFileName().toString(), () -> new ByteArrayInputStream(b), new RecordSink() {
          @Override
          public void record(ParsedRecord r) {
            records.add(r);
          }

          @Override
          public void failure(ReadFailure f) {}
        });
        t[0] += System.nanoTime() - t0;
        for (ParsedRecord r : records) {
          document(r, t);
        }
      }
      return t;
    }

    private void document(ParsedRecord r, long[] t) {
      long t0 = System.nanoTime();
      CleanResult cleaned = cleaner.clean(r.text(), new PageHints(r.url(), r.title(), r.date()), false);
      long t1 = System.nanoTime();
      Conversion c = converter.convert(cleaned.text(), r.url(), null);
      String text = c.text();
      long t2 = System.nanoTime();
      List<Token> tokens = segmenter.segment(text);
      long t3 = System.nanoTime();
      locator.locate(cleaned.metadata().title(), text);
      long t4 = System.nanoTime();
      List<SectionSpan> spans = sectioner.split(text);
      long t5 = System.nanoTime();
      Currencies.Region region = Currencies.regionOf(r.url(), c.script(), text);
      int first = 0;
      for (SectionSpan span : spans) {
        // the section's words, with offsets in the section (as ExtractClaims gives them)
        while (first < tokens.size() && tokens.get(first).start() < span.start()) {
          first++;
        }
        List<Token> words = new ArrayList<>();
        for (int j = first; j < tokens.size() && tokens.get(j).start() + tokens.get(j).word().length() <= span.end(); j++) {
          Token k = tokens.get(j);
          words.add(new Token(k.word(), k.pos(), k.start() - span.start()));
        }
        claims.extract(text.substring(span.start(), span.end()), span.heading(), words, region);
      }
      long t6 = System.nanoTime();
      t[1] += t1 - t0;
      t[2] += t2 - t1;
      t[3] += t3 - t2;
      t[4] += t4 - t3;
      t[5] += t5 - t4;
      t[6] += t6 - t5;
    }
  }
}
