package org.zhnorm.text.convert;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every Traditional->Simplified case of OpenCC's own conformance suite (fixtures: resources
 * org/zhnorm/text/convert/opencc, see PROVENANCE). Fails listing every miss.
 */
class OpenccConformanceTest {
  private static final String DIR = "/org/zhnorm/text/convert/opencc/";
  private static final Map<String, Chain> CHAINS =
      Map.of("t2s", Chain.T2S, "tw2s", Chain.TW2S, "tw2sp", Chain.TW2SP, "hk2s", Chain.HK2S);

  private static ScriptConverter converter;

  @BeforeAll
  static void load() {
    converter = ScriptConverter.load();
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = OpenccConformanceTest.class.getResourceAsStream(DIR + name)) {
      assertThat(in).as("fixture %s", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void everyTraditionalToSimplifiedCaseOfTestcasesJson() throws IOException {
    JsonMapper mapper = JsonMapper.builder().enable(JsonReadFeature.ALLOW_TRAILING_COMMA).build();
    JsonNode root = mapper.readTree(resource("testcases.json"));
    List<String> misses = new ArrayList<>();
    int run = 0;
    for (JsonNode c : root.get("cases")) {
      String input = c.get("input").asText();
      Iterator<Map.Entry<String, JsonNode>> it = c.get("expected").fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        Chain chain = CHAINS.get(e.getKey());
        if (chain == null) {
          continue;
        }
        run++;
        String actual = converter.convert(input, chain);
        if (!actual.equals(e.getValue().asText())) {
          misses.add(c.get("id").asText() + " " + e.getKey() + ": " + input + " -> " + actual
              + " (expected " + e.getValue().asText() + ")");
        }
      }
    }
    System.out.printf("OpenCC testcases.json: %d T->S expectations run, %d missed%n%s%n", run, misses.size(), String.join("\n", misses));
    assertThat(run).as("T->S expectations found").isEqualTo(161);
    assertThat(misses).isEmpty();
  }

  @Test
  void everyTraditionalToSimplifiedInAnsPair() throws IOException {
    List<String> misses = new ArrayList<>();
    for (Map.Entry<String, Chain> e : CHAINS.entrySet()) {
      String in = resource("inans/" + e.getKey() + ".in");
      String ans = resource("inans/" + e.getKey() + ".ans");
      String actual = converter.convert(in, e.getValue());
      if (!actual.equals(ans)) {
        misses.add(e.getKey() + ": got\n" + actual + "\nexpected\n" + ans);
      }
    }
    assertThat(misses).isEmpty();
  }
}
