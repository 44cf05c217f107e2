package org.zhnorm.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.zhnorm.text.extract.ClaimExtractor;
import org.zhnorm.text.extract.Sectioner;

class ClaimEvaluationTest {
  private static final List<String> SEEDS = List.of("000", "001", "002", "003", "004");

  private static String resource(String path) throws IOException {
    try (InputStream in = ClaimEvaluationTest.class.getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static List<ClaimEvaluation.GoldClaim> gold() throws IOException {
    try (Reader r = new InputStreamReader(ClaimEvaluationTest.class.getResourceAsStream("/org/zhnorm/eval/seed_claims.tsv"), StandardCharsets.UTF_8)) {
      return ClaimEvaluation.readGold(r);
    }
  }

  private static Map<String, String> seeds() throws IOException {
    Map<String, String> docs = new TreeMap<>();
    for (String s : SEEDS) {
      docs.put(s, resource("/org/zhnorm/text/extract/seeds/" + s + ".txt"));
    }
    return docs;
  }

  @Test
  void goldCoversEverySeedAndIsWellFormed() throws IOException {
    List<ClaimEvaluation.GoldClaim> gold = gold();
    Map<String, String> docs = seeds();
    assertThat(gold).extracting(ClaimEvaluation.GoldClaim::doc).containsAll(SEEDS);
    for (ClaimEvaluation.GoldClaim g : gold) {
      assertThat(docs.get(g.doc())).as("sentence of %s in seed %s", g.valueText(), g.doc()).contains(g.sentence());
      assertThat(g.sentence()).contains(g.valueText());
      assertThat(g.redacted()).isEqualTo(g.value() == null);
      assertThat(g.subject()).isNotBlank();
    }
  }

  @Test
  void extractorMeetsPrecisionAndRecallOnTheSeeds() throws IOException {
    ClaimEvaluation eval = new ClaimEvaluation(new Sectioner(), ClaimExtractor.standard());
    ClaimEvaluation.Result r = eval.evaluate(seeds(), gold());
    ClaimEvaluation.print(r, System.out);
    assertThat(r.overall().precision()).as("seeds P, not lower than 0.993").isGreaterThanOrEqualTo(0.993);
    assertThat(r.overall().recall()).as("seeds R, not lower than 0.987").isGreaterThanOrEqualTo(0.987);
    assertThat(r.overall().valueChecked()).isGreaterThan(90);
    assertThat(r.overall().valueExact()).isEqualTo(r.overall().valueChecked());
    assertThat(r.perDoc()).hasSize(5).allSatisfy(s -> assertThat(s.recall()).isGreaterThanOrEqualTo(0.90));
  }

  @Test
  void scoresCountMatchesMissesAndFalseAlarms() {
    ClaimEvaluation eval = new ClaimEvaluation(new Sectioner(), ClaimExtractor.standard());
    String doc = "建成园区39个，投入资金1400多万元。\n另有厂房5座。";
    List<ClaimEvaluation.GoldClaim> gold =
        List.of(
            new ClaimEvaluation.GoldClaim("d", "建成园区39个，投入资金1400多万元。", "39个", new java.math.BigDecimal("39"), "个", "count", "exact", "园区", false),
            new ClaimEvaluation.GoldClaim("d", "建成园区39个，投入资金1400多万元。", "1400多万元", new java.math.BigDecimal("1400"), "元", "money", "at_least", "资金", false),
            new ClaimEvaluation.GoldClaim("d", "另有厂房7座。", "7座", new java.math.BigDecimal("7"), "座", "count", "exact", "厂房", false));
    ClaimEvaluation.Result r = eval.evaluate(Map.of("d", doc), gold);
    assertThat(r.overall().predicted()).isEqualTo(3);
    assertThat(r.overall().matched()).isEqualTo(1);
    assertThat(r.overall().precision()).isEqualTo(1.0 / 3);
    assertThat(r.overall().recall()).isEqualTo(1.0 / 3);
    // the 1400多万元 row has a wrong gold value (1400 instead of 14000000): value_exact sees it
    assertThat(r.overall().valueChecked()).isEqualTo(2);
    assertThat(r.overall().valueExact()).isEqualTo(1);
    assertThat(r.falseNegatives()).hasSize(2);
    assertThat(r.falsePositives()).hasSize(2);
  }
}
