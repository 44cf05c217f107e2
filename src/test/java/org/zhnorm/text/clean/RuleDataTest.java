package org.zhnorm.text.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Rule data resources: header comment, sorted unique entries, valid patterns; chain ids all registered. */
class RuleDataTest {
  static Stream<String> sortedLists() {
    return Stream.of(
        "pinyin-syllables.txt", "spam-words.txt", "erased-char-words.txt", "metadata-keys.tsv",
        "legal-notice-terms.txt", "lines/legal-notice.txt",
        "lines/app-promo.txt", "lines/breadcrumb.txt", "lines/cms-furniture.txt", "lines/copyright-notice.txt",
        "lines/prev-next-links.txt", "lines/related-links.txt", "lines/share-widget.txt", "lines/site-header.txt",
        "lines/social-account.txt", "lines/view-counter.txt", "lines/comment-thread.txt",
        "lines/comment-reply-marker.txt", "lines/detail-promo.txt", "lines/error-report.txt",
        "lines/font-size-control.txt", "lines/pager.txt", "lines/print-control.txt", "lines/recommended-heading.txt",
        "lines/site-banner.txt", "lines/wechat-menu.txt");
  }

  @Test
  void everyLinePatternFileIsChecked() throws java.io.IOException {
    try (Stream<java.nio.file.Path> files = java.nio.file.Files.list(
        java.nio.file.Path.of("src/main/resources/org/zhnorm/clean/lines"))) {
      assertThat(files.map(f -> "lines/" + f.getFileName()).toList())
          .allSatisfy(f -> assertThat(sortedLists().toList()).contains(f));
    }
  }

  @ParameterizedTest
  @MethodSource("sortedLists")
  void listHasHeaderAndIsSortedAndUnique(String name) {
    List<String> raw = RuleData.rawLines(name);
    assertThat(raw.get(0)).as("header comment of " + name).startsWith("# ");
    List<String> entries = RuleData.entries(name);
    assertThat(entries).isNotEmpty();
    List<String> sorted = new ArrayList<>(entries);
    sorted.sort(String::compareTo);
    assertThat(entries).as(name + " sorted").isEqualTo(sorted);
    assertThat(entries).as(name + " unique").doesNotHaveDuplicates();
  }

  @ParameterizedTest
  @MethodSource("sortedLists")
  void patternListsCompile(String name) {
    if (name.startsWith("lines/")) {
      for (String p : RuleData.entries(name)) {
        Pattern.compile(p);
      }
    }
  }

  @Test
  void chainNamesEveryRegisteredRuleOnce() {
    List<String> chain = RuleData.entries("chain.txt");
    assertThat(chain).doesNotHaveDuplicates();
    assertThat(Set.copyOf(chain)).isEqualTo(Rules.registry().keySet());
    assertThat(Cleaner.standard().rules()).extracting(Rule::id).containsExactlyElementsOf(chain);
  }

  @Test
  void missingResourceFailsFast() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> RuleData.entries("no-such-file.txt"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no-such-file.txt");
  }

  @Test
  void metadataKeysNameKnownFields() {
    Set<String> fields = Set.of("pub_time", "doc_time", "source_name", "editor", "reporter", "author", "ignore");
    for (String row : RuleData.entries("metadata-keys.tsv")) {
      assertThat(fields).contains(row.split("\t")[0]);
    }
  }
}
