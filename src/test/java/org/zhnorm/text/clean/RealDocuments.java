package org.zhnorm.text.clean;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.zhnorm.io.html.HtmlExtractor;
import org.zhnorm.io.html.TestDecoding;

/**
 * Real documents for the prefilter tests: the seed inputs (input/), the cleaning fixtures, and the
 * dev corpus (../shared/corpus/dev: .txt files as they are, .html files through the extractor) when
 * it is present.
 */
final class RealDocuments {
  static final Path DEV = Path.of("..", "shared", "corpus", "dev");

  private RealDocuments() {}

  /** Name to text, in a stable order. */
  static Map<String, String> all() {
    Map<String, String> docs = new LinkedHashMap<>();
    addText(docs, Path.of("input"), ".txt");
    addText(docs, Path.of("src", "test", "resources", "clean"), ".txt");
    if (Files.isDirectory(DEV)) {
      addText(docs, DEV, ".txt");
      HtmlExtractor x = HtmlExtractor.standard();
      for (Path p : files(DEV, ".html")) {
        try {
          docs.put(p.toString(), x.extract(TestDecoding.decode(Files.readAllBytes(p)), null).text());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return docs;
  }

  /** Every distinct line of the documents, as it is and stripped. */
  static List<String> lines() {
    java.util.Set<String> out = new java.util.LinkedHashSet<>();
    for (String text : all().values()) {
      for (String l : text.split("\\r\\n|\\r|\\n|\\u2028|\\u2029")) {
        out.add(l);
        out.add(l.strip());
      }
    }
    return new ArrayList<>(out);
  }

  private static void addText(Map<String, String> docs, Path dir, String ext) {
    for (Path p : files(dir, ext)) {
      try {
        docs.put(p.toString(), new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static List<Path> files(Path dir, String ext) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException("missing test documents folder " + dir.toAbsolutePath());
    }
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(ext)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
