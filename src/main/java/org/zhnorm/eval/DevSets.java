package org.zhnorm.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;

/**
 * Loaders and scorers for the other dev sets under {@code corpus/dev}: trafilatura's with/without
 * snippets, and the expected texts of readability_testpages, newspaper, newspaper4k and goose3.
 * Each case names the raw HTML file (bytes; charset not resolved here) and what the output is
 * compared with.
 */
public final class DevSets {
  private static final ObjectMapper JSON = new ObjectMapper();

  private DevSets() {}

  /**
   * A trafilatura case: snippets that must appear in the output ({@code with}) and must not
   * ({@code without}).
   */
  public record SnippetCase(String url, Path html, List<String> with, List<String> without) {}

  /**
   * Snippet result. {@code recall} = share of with-snippets found in the output; {@code precision}
   * = share of without-snippets absent from it. Matching is containment after {@link
   * TextScore#normalize} (Simplified script, whitespace removed) of both sides. An empty list scores
   * 1.0.
   */
  public record SnippetScore(int withFound, int withTotal, int withoutAbsent, int withoutTotal) {
    public double recall() {
      return withTotal == 0 ? 1.0 : (double) withFound / withTotal;
    }

    public double precision() {
      return withoutTotal == 0 ? 1.0 : (double) withoutAbsent / withoutTotal;
    }

    public SnippetScore plus(SnippetScore o) {
      return new SnippetScore(
          withFound + o.withFound,
          withTotal + o.withTotal,
          withoutAbsent + o.withoutAbsent,
          withoutTotal + o.withoutTotal);
    }
  }

  /** A page with a whole expected text, scored with {@link TextScore}. */
  public record ExpectedCase(String set, String id, Path html, String expected) {}

  /** Reads {@code dir/evaldata_zh_subset.json}; cases whose HTML file is missing are skipped. */
  public static List<SnippetCase> trafilatura(Path dir) {
    JsonNode root = readJson(dir.resolve("evaldata_zh_subset.json"));
    List<SnippetCase> out = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> it = root.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      Path html = dir.resolve(e.getValue().path("file").asText());
      if (Files.isRegularFile(html)) {
        out.add(
            new SnippetCase(
                e.getKey(),
                html,
                strings(e.getValue().path("with")),
                strings(e.getValue().path("without"))));
      }
    }
    return out;
  }

  public static SnippetScore scoreSnippets(String output, SnippetCase c) {
    String norm = TextScore.normalize(output);
    int found = 0;
    for (String s : c.with()) {
      if (norm.contains(TextScore.normalize(s))) {
        found++;
      }
    }
    int absent = 0;
    for (String s : c.without()) {
      if (!norm.contains(TextScore.normalize(s))) {
        absent++;
      }
    }
    return new SnippetScore(found, c.with().size(), absent, c.without().size());
  }

  /** readability_testpages: each sub-folder's source.html against the text of expected.html. */
  public static List<ExpectedCase> readability(Path dir) {
    List<ExpectedCase> out = new ArrayList<>();
    for (Path sub : list(dir)) {
      Path src = sub.resolve("source.html");
      Path exp = sub.resolve("expected.html");
      if (Files.isRegularFile(src) && Files.isRegularFile(exp)) {
        String text = Jsoup.parse(readUtf8(exp)).body().wholeText();
        out.add(new ExpectedCase("readability", sub.getFileName().toString(), src, text));
      }
    }
    return out;
  }

  /** newspaper / newspaper4k: {@code X.html} with {@code X.txt}, or chinese_article.html with chinese.txt. */
  public static List<ExpectedCase> newspaper(String set, Path dir) {
    List<ExpectedCase> out = new ArrayList<>();
    for (Path html : list(dir)) {
      String name = html.getFileName().toString();
      if (!name.endsWith(".html")) {
        continue;
      }
      String stem = name.substring(0, name.length() - 5);
      Path txt = dir.resolve(stem + ".txt");
      if (!Files.isRegularFile(txt) && stem.equals("chinese_article")) {
        txt = dir.resolve("chinese.txt");
      }
      if (Files.isRegularFile(txt)) {
        out.add(new ExpectedCase(set, stem, html, readUtf8(txt)));
      }
    }
    return out;
  }

  /**
   * goose3: {@code X.html} with {@code X.json}'s {@code expected.cleaned_text}. That text is an
   * excerpt of the article (goose3's test checks a prefix), so score it by recall only.
   */
  public static List<ExpectedCase> goose3(Path dir) {
    List<ExpectedCase> out = new ArrayList<>();
    for (Path html : list(dir)) {
      String name = html.getFileName().toString();
      if (!name.endsWith(".html")) {
        continue;
      }
      String stem = name.substring(0, name.length() - 5);
      Path json = dir.resolve(stem + ".json");
      if (Files.isRegularFile(json)) {
        String text = readJson(json).path("expected").path("cleaned_text").asText("");
        out.add(new ExpectedCase("goose3", stem, html, text));
      }
    }
    return out;
  }

  /**
   * The title a dev set gives for a page, or null: readability's {@code expected-metadata.json}
   * beside {@code source.html}, newspaper4k's {@code X.json}, trafilatura's {@code
   * evaldata_zh_subset.json} entry for the file.
   */
  public static @org.checkerframework.checker.nullness.qual.Nullable String titleOf(Path html) {
    Path dir = html.getParent();
    String name = html.getFileName().toString();
    Path meta = dir.resolve("expected-metadata.json");
    if (name.equals("source.html") && Files.isRegularFile(meta)) {
      return text(readJson(meta).path("title"));
    }
    Path json = dir.resolve(name.replaceFirst("\\.html?$", "") + ".json");
    if (Files.isRegularFile(json) && readJson(json).has("title")) {
      return text(readJson(json).path("title"));
    }
    Path traf = dir.resolve("evaldata_zh_subset.json");
    if (Files.isRegularFile(traf)) {
      for (JsonNode e : readJson(traf)) {
        if (e.path("file").asText().equals(name)) {
          return text(e.path("title"));
        }
      }
    }
    return null;
  }

  private static @org.checkerframework.checker.nullness.qual.Nullable String text(JsonNode n) {
    return n.isTextual() && !n.asText().isBlank() ? n.asText() : null;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static List<Path> list(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode readJson(Path p) {
    try {
      return JSON.readTree(p.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + p, e);
    }
  }

  private static String readUtf8(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + p, e);
    }
  }
}
