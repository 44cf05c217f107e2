package org.zhnorm.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zhnorm.text.extract.ClaimExtractor;
import org.zhnorm.text.extract.Sectioner;

/** The dev claims gold (12 cn_web_gold pages, fixtures in dev_claims_pages/) and the extractor's score on it. */
class DevClaimsTest {
  private static final String GOLD = "/org/zhnorm/eval/dev_claims.tsv";

  private static List<ClaimEvaluation.GoldClaim> gold() throws IOException {
    try (Reader r = new InputStreamReader(DevClaimsTest.class.getResourceAsStream(GOLD), StandardCharsets.UTF_8)) {
      return ClaimEvaluation.readGold(r);
    }
  }

  private static Map<String, String> pages(List<ClaimEvaluation.GoldClaim> gold) throws IOException, URISyntaxException {
    List<String> ids;
    try (Reader r = new InputStreamReader(DevClaimsTest.class.getResourceAsStream(GOLD), StandardCharsets.UTF_8)) {
      ids = ClaimEvaluation.readPages(r, gold);
    }
    Path dir = Path.of(DevClaimsTest.class.getResource("/org/zhnorm/eval/dev_claims_pages").toURI());
    return ClaimEvaluation.readDocsByPrefix(dir, ids);
  }

  private static String squeeze(String s) {
    return s.replaceAll("\\s+", "");
  }

  @Test
  void goldIsWellFormed() throws Exception {
    List<ClaimEvaluation.GoldClaim> gold = gold();
    Map<String, String> pages = pages(gold);
    assertThat(pages).hasSizeGreaterThanOrEqualTo(12);
    assertThat(gold).hasSizeGreaterThan(120);
    for (ClaimEvaluation.GoldClaim g : gold) {
      String text = squeeze(pages.get(g.doc()));
      String part = squeeze(g.sentence());
      assertThat(text).as("sentence part of %s in %s", g.valueText(), g.doc()).contains(part);
      if (part.length() >= 8) { // shorter rows name a whole sentence, matched by equality
        assertThat(text.indexOf(part)).as("%s appears once in %s", part, g.doc()).isEqualTo(text.lastIndexOf(part));
      }
      assertThat(g.subjectHeads()).isTrue();
      switch (g.qualifier()) {
        case "exact" -> assertThat(List.of(g.lower(), g.upper())).as(g.toString()).containsOnly(g.value());
        case "at_least" -> {
          assertThat(g.lower()).as(g.toString()).isEqualByComparingTo(g.value());
          assertThat(g.upper()).as(g.toString()).isNull();
        }
        case "at_most" -> {
          assertThat(g.upper()).as(g.toString()).isEqualByComparingTo(g.value());
          assertThat(g.lower()).as(g.toString()).isNull();
        }
        case "approximate" -> assertThat(g.lower() == null && g.upper() == null && g.value() != null).as(g.toString()).isTrue();
        case "range" -> {
          assertThat(g.value()).as(g.toString()).isNull();
          assertThat(g.lower().compareTo(g.upper())).as(g.toString()).isNegative();
        }
        default -> throw new AssertionError("qualifier " + g.qualifier());
      }
      assertThat(g.kind().equals("money") || g.kind().equals("price")).as("currency only for money: %s", g).isEqualTo(!g.currency().isEmpty());
      assertThat(g.value() == null || g.value().compareTo(BigDecimal.ZERO) > 0).isTrue();
    }
  }

  @Test
  void extractorMeetsTheBarsOnTheDevGold() throws Exception {
    List<ClaimEvaluation.GoldClaim> gold = gold();
    ClaimEvaluation.Result r = new ClaimEvaluation(new Sectioner(), ClaimExtractor.standard()).evaluate(pages(gold), gold);
    ClaimEvaluation.print(r, System.out);
    ClaimEvaluation.Score s = r.overall();
    assertThat(s.precision()).isGreaterThanOrEqualTo(0.95);
    assertThat(s.recall()).isGreaterThanOrEqualTo(0.90);
    assertThat(s.subjectAccuracy()).isGreaterThanOrEqualTo(0.85);
    assertThat(s.unitAccuracy()).isGreaterThanOrEqualTo(0.95);
    assertThat(s.qualifierAccuracy()).isGreaterThanOrEqualTo(0.95);
    assertThat(s.currencyAccuracy()).isGreaterThanOrEqualTo(0.95);
    assertThat(s.valueExact()).isEqualTo(s.valueChecked());
  }
}
