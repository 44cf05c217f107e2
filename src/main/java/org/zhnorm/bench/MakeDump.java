package org.zhnorm.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.zhnorm.io.dump.DumpParser;
import org.zhnorm.io.dump.ParsedRecord;
import org.zhnorm.io.dump.ReadFailure;
import org.zhnorm.io.dump.RecordSink;

/**
 * Builds a synthetic crawl dump of about N MB of text from real pages.
 *
 * <p>Every paragraph of the source folders (read with the pipeline's own parser; at least 20
 * characters, mostly Han) goes into a pool, split into its sentences. Each synthetic page has 4 to
 * 24 paragraphs; each paragraph takes the sentence count of a pool paragraph drawn at random (at
 * least two) and is made of that many pool sentences drawn at random (seeded). The pool holds each
 * distinct paragraph, sentence and title once (the dev sets share pages). So every sentence is real text, while
 * paragraphs, and so pages, are almost all distinct: a pool of a few thousand paragraphs drawn whole
 * would repeat each paragraph about 120 times in 200 MB, far more than a crawl repeats its
 * paragraphs, and the site-boilerplate and near-duplicate steps would see a corpus unlike a real one.
 * Titles are drawn from the sources' real titles; 40 hosts; dates in 2023.
 *
 * <p>Layouts: {@code txt} (one document per .txt file: title, date, paragraphs separated by blank
 * lines, in one folder per host, as the seeds are laid out) or {@code jsonl} (gzipped JSON lines with
 * url, title, date and content, 32 MB of text per file). The manifest beside the folder gives pages,
 * bytes, files and how often paragraphs and sentences repeat, in the dump and in the sources.
 *
 * <p>Usage: {@code MakeDump OUT_DIR MEGABYTES [--layout=txt|jsonl] SOURCE_DIR...}
 */
public final class MakeDump {
  private static final int HOSTS = 40;
  /** A sentence ends at 。！？；!? (and the closing quotes or brackets right after it). */
  private static final Pattern SENTENCE = Pattern.compile("[^。！？；!?]+(?:[。！？；!?]+[”’」』）)]*|$)");

  private MakeDump() {}

  public static void main(String[] args) throws IOException {
    List<String> rest = new ArrayList<>(List.of(args));
    String layout = "jsonl";
    for (var it = rest.iterator(); it.hasNext(); ) {
      String a = it.next();
      if (a.startsWith("--layout=")) {
        layout = a.substring("--layout=".length());
        it.remove();
      }
    }
    if (rest.size() < 3 || !List.of("txt", "jsonl").contains(layout)) {
      System.err.println("usage: MakeDump OUT_DIR MEGABYTES [--layout=txt|jsonl] SOURCE_DIR...  (layout: txt or jsonl)");
      System.exit(2);
    }
    Path out = Path.of(rest.get(0));
    long target = Long.parseLong(rest.get(1)) * 1_000_000L;
    Pool pool = new Pool();
    for (String source : rest.subList(2, rest.size())) {
      pool.collect(Path.of(source));
    }
    if (pool.paragraphs.isEmpty()) {
      System.err.println("MakeDump: no paragraph of 20 or more mostly Han characters in " + rest.subList(2, rest.size()));
      System.exit(1);
    }
    System.err.printf("MakeDump: %d paragraphs, %d sentences, %d titles in the pool%n",
        pool.paragraphs.size(), pool.sentences.size(), pool.titles.size());
    Files.createDirectories(out);
    Generator gen = new Generator(pool, new Random(20261123L));
    Writers.Result written = layout.equals("txt") ? Writers.txt(out, target, gen) : Writers.jsonl(out, target, gen);
    Map<String, Object> manifest = new LinkedHashMap<>();
    manifest.put("layout", layout);
    manifest.put("pages", written.pages());
    manifest.put("bytes", written.bytes());
    if (layout.equals("jsonl")) {
      manifest.put("json_bytes", written.bytes());
    }
    manifest.put("files", written.files());
    manifest.put("pool", Map.of("paragraphs", pool.paragraphs.size(), "sentences", pool.sentences.size(), "titles", pool.titles.size()));
    manifest.put("paragraph_repeats_in_dump", gen.paragraphs.summary());
    manifest.put("sentence_repeats_in_dump", gen.sentences.summary());
    manifest.put("paragraph_repeats_in_sources", pool.sourceRepeats.summary());
    Files.writeString(manifest(out), new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(manifest) + "\n");
    System.err.printf("MakeDump: %d pages, %.1f MB in %d files under %s%n", written.pages(), written.bytes() / 1e6, written.files(), out);
    System.err.println("MakeDump: paragraphs in the dump " + gen.paragraphs.summary());
    System.err.println("MakeDump: paragraphs in the sources " + pool.sourceRepeats.summary());
  }

  /** Beside the dump folder (not in it, where it would be read as a document). */
  static Path manifest(Path dump) {
    return dump.resolveSibling(dump.getFileName() + ".manifest.json");
  }

  /** The real text the pages are made of. */
  static final class Pool {
    final List<String> paragraphs = new ArrayList<>();
    final List<Integer> sentenceCounts = new ArrayList<>();
    final List<String> sentences = new ArrayList<>();
    final List<String> titles = new ArrayList<>();
    final Repeats sourceRepeats = new Repeats();
    // the dev sets share pages: each paragraph, sentence and title enters the pool once
    private final Set<String> seen = new HashSet<>();

    void collect(Path root) throws IOException {
      DumpParser parser = new DumpParser(64L << 20);
      List<Path> files;
      try (Stream<Path> s = Files.walk(root)) {
        files = s.filter(Files::isRegularFile).sorted().toList();
      }
      for (Path f : files) {
        parser.parse(f.toString(), () -> Files.newInputStream(f), new RecordSink() {
          @Override
          public void record(ParsedRecord r) {
            String title = r.title();
            if (title != null && title.codePointCount(0, title.length()) >= 4 && mostlyHan(title) && seen.add("title\t" + title)) {
              titles.add(title);
            }
            for (String line : r.text().split("\n")) {
              add(line.strip());
            }
          }

          @Override
          public void failure(ReadFailure failure) {}
        });
      }
    }

    void add(String t) {
      if (t.codePointCount(0, t.length()) < 20 || !mostlyHan(t)) {
        return;
      }
      sourceRepeats.add(t);
      if (!seen.add("paragraph\t" + t)) {
        return;
      }
      paragraphs.add(t);
      List<String> parts = sentences(t);
      sentenceCounts.add(parts.size());
      for (String part : parts) {
        if (seen.add("sentence\t" + part)) {
          sentences.add(part);
        }
      }
    }

    private static boolean mostlyHan(String t) {
      return t.chars().filter(c -> c >= 0x4e00 && c <= 0x9fff).count() > t.length() / 2;
    }

    static List<String> sentences(String paragraph) {
      List<String> out = new ArrayList<>();
      Matcher m = SENTENCE.matcher(paragraph);
      while (m.find()) {
        String s = m.group().strip();
        if (!s.isEmpty()) {
          out.add(s);
        }
      }
      return out.isEmpty() ? List.of(paragraph) : out;
    }
  }

  /** Draws pages from the pool and counts what it drew. */
  static final class Generator {
    private final Pool pool;
    private final Random random;
    final Repeats paragraphs = new Repeats();
    final Repeats sentences = new Repeats();
    private int page;

    Generator(Pool pool, Random random) {
      this.pool = pool;
      this.random = random;
    }

    record Page(int number, String host, String title, String date, List<String> paragraphs) {}

    Page next() {
      int n = 4 + random.nextInt(21);
      List<String> body = new ArrayList<>(n);
      for (int p = 0; p < n; p++) {
        // at least two sentences: a one-sentence paragraph would come back as often as its sentence
        int count = Math.max(2, pool.sentenceCounts.get(random.nextInt(pool.sentenceCounts.size())));
        StringBuilder para = new StringBuilder();
        for (int s = 0; s < count; s++) {
          int i = random.nextInt(pool.sentences.size());
          sentences.add(pool.sentences.get(i));
          para.append(pool.sentences.get(i));
        }
        String text = para.toString();
        paragraphs.add(text);
        body.add(text);
      }
      String title = pool.titles.isEmpty() ? body.get(0) : pool.titles.get(random.nextInt(pool.titles.size()));
      String date = String.format("2023-%02d-%02d %02d:%02d:00", 1 + random.nextInt(12), 1 + random.nextInt(28),
          random.nextInt(24), random.nextInt(60));
      return new Page(page++, "site" + random.nextInt(HOSTS) + ".example.cn", title, date, body);
    }
  }

  /** The two layouts. */
  static final class Writers {
    private Writers() {}

    record Result(int pages, long bytes, int files) {}

    static Result txt(Path out, long target, Generator gen) throws IOException {
      long written = 0;
      int pages = 0;
      while (written < target) {
        Generator.Page p = gen.next();
        String text = p.title() + "\n\n" + p.date() + "\n\n" + String.join("\n\n", p.paragraphs()) + "\n";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Path dir = Files.createDirectories(out.resolve(p.host()));
        Files.write(dir.resolve(String.format("page-%07d.txt", p.number())), bytes);
        written += bytes.length;
        pages++;
      }
      return new Result(pages, written, pages);
    }

    static Result jsonl(Path out, long target, Generator gen) throws IOException {
      ObjectMapper json = new ObjectMapper();
      long written = 0;
      int pages = 0;
      int file = 0;
      while (written < target) {
        long inFile = 0;
        try (OutputStream os = new GZIPOutputStream(Files.newOutputStream(out.resolve(String.format("part-%04d.jsonl.gz", file++))), 1 << 16);
            Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8)) {
          while (inFile < 32_000_000L && written < target) {
            Generator.Page p = gen.next();
            Map<String, Object> record = new LinkedHashMap<>();
            record.put("url", "http://" + p.host() + "/news/" + p.number() + ".html");
            record.put("title", p.title());
            record.put("date", p.date());
            record.put("content", String.join("\n", p.paragraphs()) + "\n");
            String line = json.writeValueAsString(record);
            w.write(line);
            w.write('\n');
            long bytes = line.getBytes(StandardCharsets.UTF_8).length + 1;
            inFile += bytes;
            written += bytes;
            pages++;
          }
        }
      }
      return new Result(pages, written, file);
    }
  }
}
