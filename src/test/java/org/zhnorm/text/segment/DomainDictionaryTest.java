package org.zhnorm.text.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DomainDictionaryTest {
  private static final Set<String> TAGS = Set.of("n", "nz", "nnt", "nis", "nt", "vn");

  @Test
  void headerStatesFormatAndProvenance() throws IOException {
    try (InputStream in = DomainDictionary.class.getResourceAsStream(DomainDictionary.RESOURCE)) {
      assertThat(in).as(DomainDictionary.RESOURCE).isNotNull();
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(text).startsWith("#").contains("Format:").contains("Provenance:");
    }
  }

  @Test
  void entriesAreSortedUniqueAndTagged() {
    List<DomainDictionary.Entry> entries = DomainDictionary.entries();
    assertThat(entries).hasSizeGreaterThanOrEqualTo(30);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < entries.size(); i++) {
      DomainDictionary.Entry e = entries.get(i);
      assertThat(seen.add(e.word())).as("duplicate %s", e.word()).isTrue();
      assertThat(e.pos()).as(e.word()).isIn(TAGS);
      if (i > 0) {
        assertThat(entries.get(i - 1).word()).as("sorted").isLessThan(e.word());
      }
    }
  }

  @Test
  void requiredTermsArePresent() {
    assertThat(DomainDictionary.entries()).extracting(DomainDictionary.Entry::word)
        .contains("乡村振兴", "村集体经济", "党建引领", "第一书记", "两委", "网格员", "致富带头人", "基层党组织", "集体经济",
            "示范点");
  }

  @Test
  void everyEntryIsOneTokenInContext() {
    WordSegmenter seg = WordSegmenter.load();
    for (DomainDictionary.Entry e : DomainDictionary.entries()) {
      String text = "今年，" + e.word() + "取得新进展。";
      assertThat(seg.segment(text)).as(e.word())
          .anySatisfy(t -> assertThat(t.word()).isEqualTo(e.word()));
    }
  }

  @Test
  void malformedLinesFailFast() {
    assertThatThrownBy(() -> DomainDictionary.parse(new BufferedReader(new StringReader("# header\n乡村振兴 nz\n"))))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining(":2:");
  }

  @Test
  void commentsAndBlankLinesAreSkipped() throws IOException {
    assertThat(DomainDictionary.parse(new BufferedReader(new StringReader("# c\n\n网格员\tnnt\n"))))
        .containsExactly(new DomainDictionary.Entry("网格员", "nnt"));
  }
}
