package org.zhnorm.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A gold set laid out like {@code dev/cn_web_gold}: {@code original/ID.*} (the page, raw bytes in
 * whatever charset), {@code cleaned/ID.txt} (gold main text, UTF-8), {@code author/ID.txt} and
 * {@code date/ID.txt} (UTF-8, {@code UNKNOWN} when absent; both optional). Pages are keyed by ID,
 * the original's file name without its last extension, and kept sorted by ID.
 */
public final class GoldSet {

  /**
   * One gold page.
   *
   * @param id file name stem shared by original/, cleaned/, author/, date/
   * @param original path of the raw page (read its bytes; the charset is not known here)
   * @param text gold main text
   * @param author gold author line, null when the file is absent
   * @param date gold publish date as written ({@code UNKNOWN} when absent), null when the file is
   *     missing or empty (not annotated: left out of date accuracy)
   */
  public record Page(
      String id, Path original, String text, @Nullable String author, @Nullable String date) {}

  private final Path root;
  private final Map<String, Page> pages;

  private GoldSet(Path root, Map<String, Page> pages) {
    this.root = root;
    this.pages = pages;
  }

  /**
   * Loads the set under {@code dir}. Fails with a message naming the file when an original has no
   * cleaned text or the folder layout is wrong.
   */
  public static GoldSet load(Path dir) {
    Path originals = dir.resolve("original");
    Path cleaned = dir.resolve("cleaned");
    if (!Files.isDirectory(originals) || !Files.isDirectory(cleaned)) {
      throw new IllegalArgumentException(
          "gold set " + dir + " must hold original/ and cleaned/ folders");
    }
    Map<String, Page> pages = new TreeMap<>();
    try (Stream<Path> files = Files.list(originals)) {
      for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String id = dot > 0 ? name.substring(0, dot) : name;
        Path gold = cleaned.resolve(id + ".txt");
        if (!Files.isRegularFile(gold)) {
          throw new IllegalArgumentException("gold set: " + p + " has no " + gold);
        }
        pages.put(
            id,
            new Page(
                id,
                p,
                read(gold),
                readOptional(dir.resolve("author").resolve(id + ".txt")),
                readOptional(dir.resolve("date").resolve(id + ".txt"))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("gold set " + dir, e);
    }
    return new GoldSet(dir, pages);
  }

  public Path root() {
    return root;
  }

  /** Pages by ID, sorted. */
  public Map<String, Page> pages() {
    return pages;
  }

  public List<String> ids() {
    return new ArrayList<>(pages.keySet());
  }

  public byte[] originalBytes(String id) {
    try {
      return Files.readAllBytes(pages.get(id).original());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path p) throws IOException {
    String s = Files.readString(p, StandardCharsets.UTF_8);
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }

  private static @Nullable String readOptional(Path p) throws IOException {
    if (!Files.isRegularFile(p)) {
      return null;
    }
    String s = read(p).strip();
    return s.isEmpty() ? null : s;
  }
}
