package org.zhnorm.text.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link PhraseTable} answers like {@code Set.contains(substring)}: for every region of up to 12
 * characters of the seed articles, the Taiwan news pages of the dev corpus and the phrases themselves, with the hash built the way
 * {@link ScriptDetector} builds it.
 */
class PhraseTableTest {
  private static void agree(Set<String> phrases, PhraseTable table, String text) {
    for (int i = 0; i < text.length(); i++) {
      int h = 0;
      for (int len = 1; len <= 12 && i + len <= text.length(); len++) {
        h = PhraseTable.extend(h, text.charAt(i + len - 1));
        boolean expected = phrases.contains(text.substring(i, i + len));
        if (table.contains(text, i, len, h) != expected) {
          assertThat(table.contains(text, i, len, h)).as("'%s'", text.substring(i, i + len)).isEqualTo(expected);
        }
      }
    }
  }

  @Test
  void sameAsASetOnRealText() throws IOException {
    Set<String> phrases = OpenccDictionary.load("TWPhrasesRev.txt").entries().keySet();
    assertThat(phrases).hasSizeGreaterThan(100);
    PhraseTable table = new PhraseTable(phrases);
    StringBuilder all = new StringBuilder();
    phrases.forEach(p -> all.append(p).append('，'));
    agree(phrases, table, all.toString());
    int texts = 0;
    for (Path dir : List.of(Path.of("input"), Path.of("..", "shared", "corpus", "dev", "tw_news_parser_specs"))) {
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> s = Files.list(dir)) {
        for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
          agree(phrases, table, new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.UTF_8));
          texts++;
        }
      }
    }
    assertThat(texts).isGreaterThanOrEqualTo(5);
  }

  @Test
  void emptyTable() {
    PhraseTable t = new PhraseTable(List.of());
    assertThat(t.contains("软件", 0, 2, "软件".hashCode())).isFalse();
    PhraseTable one = new PhraseTable(List.of("軟體"));
    assertThat(one.contains("用軟體", 1, 2, "軟體".hashCode())).isTrue();
    assertThat(one.contains("用軟體", 0, 2, "用軟".hashCode())).isFalse();
  }
}
