package org.zhnorm.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.zhnorm.io.dump.DumpParser;
import org.zhnorm.io.dump.ParsedRecord;
import org.zhnorm.io.dump.ReadFailure;
import org.zhnorm.io.dump.RecordSink;

/**
 * Builds a synthetic crawl dump of about N MB of text from real pages: every paragraph of the
 * source folders (read with the pipeline's own parser) goes into a pool, and each synthetic page
 * draws 4 to 24 paragraphs from it at random (seeded), under one of 40 hosts. Pages are written as
 * gzipped JSON lines, 32 MB of text per file. Varied text, not one page repeated.
 *
 * <p>Usage: {@code MakeDump OUT_DIR MEGABYTES SOURCE_DIR...}
 */
public final class MakeDump {
  private MakeDump() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 3) {
      System.err.println("usage: MakeDump OUT_DIR MEGABYTES SOURCE_DIR...");
      System.exit(2);
    }
    Path out = Path.of(args[0]);
    long target = Long.parseLong(args[1]) * 1_000_000L;
    List<String> pool = new ArrayList<>();
    for (int i = 2; i < args.length; i++) {
      collect(Path.of(args[i]), pool);
    }
    System.err.printf("MakeDump: %d paragraphs in the pool%n", pool.size());
    Files.createDirectories(out);
    Random random = new Random(20261123L);
    ObjectMapper json = new ObjectMapper();
    long written = 0;
    int file = 0;
    int page = 0;
    while (written < target) {
      long inFile = 0;
      try (OutputStream os = new GZIPOutputStream(Files.newOutputStream(out.resolve(String.format("part-%04d.jsonl.gz", file++))), 1 << 16);
          Writer w = new java.io.OutputStreamWriter(os, StandardCharsets.UTF_8)) {
        while (inFile < 32_000_000L && written < target) {
          int paragraphs = 4 + random.nextInt(21);
          StringBuilder text = new StringBuilder();
          for (int p = 0; p < paragraphs; p++) {
            text.append(pool.get(random.nextInt(pool.size()))).append('\n');
          }
          Map<String, Object> record = new LinkedHashMap<>();
          record.put("url", "http://site" + random.nextInt(40) + ".example.cn/news/" + page++ + ".html");
          record.put("title", "第" + page + "号文章");
          record.put("date", String.format("2023-%02d-%02d", 1 + random.nextInt(12), 1 + random.nextInt(28)));
          record.put("content", text.toString());
          String line = json.writeValueAsString(record);
          w.write(line);
          w.write('\n');
          long bytes = line.getBytes(StandardCharsets.UTF_8).length + 1;
          inFile += bytes;
          written += bytes;
        }
      }
    }
    Files.writeString(manifest(out), String.format("{\"pages\": %d, \"json_bytes\": %d, \"files\": %d}%n", page, written, file));
    System.err.printf("MakeDump: %d pages, %.1f MB of JSON lines in %d files under %s%n", page, written / 1e6, file, out);
  }

  /** Beside the dump folder (not in it, where it would be read as a document). */
  static Path manifest(Path dump) {
    return dump.resolveSibling(dump.getFileName() + ".manifest.json");
  }

  private static void collect(Path root, List<String> pool) throws IOException {
    DumpParser parser = new DumpParser(64L << 20);
    List<Path> files;
    try (Stream<Path> s = Files.walk(root)) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path f : files) {
      parser.parse(f.toString(), () -> Files.newInputStream(f), new RecordSink() {
        @Override
        public void record(ParsedRecord r) {
          for (String line : r.text().split("\n")) {
            String t = line.strip();
            if (t.codePointCount(0, t.length()) >= 20 && t.chars().filter(c -> c >= 0x4e00 && c <= 0x9fff).count() > t.length() / 2) {
              pool.add(t);
            }
          }
        }

        @Override
        public void failure(ReadFailure failure) {}
      });
    }
  }
}
