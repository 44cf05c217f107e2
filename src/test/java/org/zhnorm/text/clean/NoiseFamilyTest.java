package org.zhnorm.text.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each real noise line of src/test/resources/clean/noise/<rule-id>.txt is removed by that rule; near misses survive. */
class NoiseFamilyTest {
  private static final Cleaner CLEANER = Cleaner.standard();
  private static final List<String> FAMILIES = List.of(
      "app-promo", "breadcrumb", "cms-furniture", "copyright-notice", "metadata-line", "place-name-spam",
      "prev-next-links", "related-links", "share-widget", "site-header", "view-counter",
      "font-size-control", "print-control", "pager", "wechat-menu", "recommended-block", "site-banner", "detail-promo");

  static Stream<Arguments> noiseLines() {
    List<Arguments> out = new ArrayList<>();
    for (String family : FAMILIES) {
      for (String line : Fixtures.lines("noise/" + family + ".txt")) {
        out.add(Arguments.of(family, line));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("noiseLines")
  void removesNoiseLineBetweenBodyParagraphs(String ruleId, String line) {
    CleanResult r = CLEANER.clean(Fixtures.P1 + "\n" + line + "\n" + Fixtures.P2, PageHints.NONE, true);
    assertThat(r.text()).isEqualTo(Fixtures.P1 + "\n" + Fixtures.P2);
    assertThat(r.hits()).containsKey(ruleId);
    assertThat(r.traces()).anySatisfy(t -> {
      assertThat(t.ruleId()).isEqualTo(ruleId);
      assertThat(t.action()).isEqualTo("removed");
    });
  }

  static Stream<String> keepLines() {
    return Fixtures.lines("keep.txt").stream();
  }

  @ParameterizedTest(name = "keeps {0}")
  @MethodSource("keepLines")
  void keepsNearMissLineUnchanged(String line) {
    CleanResult r = CLEANER.clean(Fixtures.P1 + "\n" + line + "\n" + Fixtures.P2, PageHints.NONE, false);
    assertThat(r.text()).isEqualTo(Fixtures.P1 + "\n" + line + "\n" + Fixtures.P2);
  }
}
