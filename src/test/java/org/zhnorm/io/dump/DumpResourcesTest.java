package org.zhnorm.io.dump;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bundled rule data: present, well-formed, sorted, no duplicates. */
class DumpResourcesTest {
  @Test
  void frequencyListIsSortedByCountThenCharWithoutDuplicates() {
    List<String> lines = CharData.dataLines(CharData.FREQUENCY);
    assertThat(lines).hasSizeGreaterThan(2000);
    assertThat(lines).allSatisfy(l -> assertThat(l).matches("^.\\t[1-9][0-9]*$"));
    Comparator<String> order = Comparator.<String>comparingLong(l -> -Long.parseLong(l.substring(l.indexOf('\t') + 1)))
        .thenComparing(l -> l.substring(0, l.indexOf('\t')));
    assertThat(lines).isSortedAccordingTo(order);
    assertThat(lines.stream().map(l -> l.substring(0, l.indexOf('\t')))).doesNotHaveDuplicates();
    assertThat(CharData.frequency('。')).isPositive();
    assertThat(CharData.frequency('鎴')).isZero();
  }

  @Test
  void transliterationCharsAreSortedSingleHanCharacters() {
    List<String> lines = CharData.dataLines(CharData.TRANSLITERATION);
    assertThat(lines).allSatisfy(l -> assertThat(l).matches("^\\p{IsHan}$"));
    assertThat(lines).isSorted().doesNotHaveDuplicates();
    assertThat(CharData.isTransliteration('奥')).isTrue();
    assertThat(CharData.isTransliteration('是')).isFalse();
  }
}
