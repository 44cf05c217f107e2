package org.zhnorm.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.zhnorm.model.RawDocument;

/** report.json carries every count of the accounting, 0 included, and characters.original is what was read. */
class RunReportCountsTest {
  @Test
  void everyCountIsPresentEvenWhenZero() throws Exception {
    TreeMap<String, Long> tallies = new TreeMap<>();
    tallies.put(RunReport.READ, 2L);
    tallies.put(RunReport.WRITTEN, 2L);
    JsonNode r = new ObjectMapper().readTree(RunReport.toJson(tallies));
    assertThat(r.at("/documents/dead_lettered").isNumber()).isTrue();
    assertThat(r.at("/documents/dead_lettered").asLong()).isZero();
    assertThat(r.at("/documents/duplicates_merged").asLong()).isZero();
    assertThat(r.at("/characters/original").isNumber()).isTrue();
    assertThat(r.at("/characters/written").isNumber()).isTrue();
    assertThat(r.at("/invariant/holds").asBoolean()).isTrue();
  }

  @Test
  void originalCharactersAreCountedAsRead() {
    RawDocument d = new RawDocument();
    d.text = "扫一扫 分享到微信\n正文";
    d.charset = "UTF-8";
    d.charsetReason = "utf8-valid";
    assertThat(SummarizeRun.read(d)).anySatisfy(kv -> {
      assertThat(kv.getKey()).isEqualTo(RunReport.CHARACTERS_ORIGINAL);
      assertThat(kv.getValue()).isEqualTo((long) d.text.length());
    });
  }
}
