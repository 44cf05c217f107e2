package org.zhnorm.text.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UnitTableTest {
  /** Every unit_kind the code emits must be a row of the unit-kind table in docs/SCHEMA.md. */
  private static Set<String> documentedKinds() throws IOException {
    Set<String> kinds = new java.util.HashSet<>();
    boolean inTable = false;
    for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("docs/SCHEMA.md"))) {
      if (line.startsWith("| unit_kind | base unit")) {
        inTable = true;
      } else if (inTable && line.isBlank()) {
        break;
      } else if (inTable) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\| ([a-z_]+) \\| ").matcher(line);
        if (m.find()) {
          kinds.add(m.group(1));
        }
      }
    }
    return kinds;
  }

  @Test
  void resourceHasHeaderAndIsSorted() throws IOException {
    String text;
    try (InputStream in = UnitTable.class.getResourceAsStream(UnitTable.RESOURCE)) {
      assertThat(in).isNotNull();
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(text).startsWith("# ");
    List<String> units = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (!line.startsWith("#") && !line.isBlank()) {
        units.add(line.split("\t")[0]);
      }
    }
    assertThat(units).isSorted().doesNotHaveDuplicates();
    assertThat(UnitTable.load().names()).isEqualTo(units);
  }

  @Test
  void everyRowHasADocumentedKindAndAPositiveMultiplier() throws IOException {
    Set<String> kinds = documentedKinds();
    assertThat(kinds).as("unit kinds in docs/SCHEMA.md").contains("money", "price", "share", "duration");
    UnitTable t = UnitTable.load();
    for (String n : t.names()) {
      UnitTable.Unit u = t.get(n);
      if (!u.isLabel()) {
        assertThat(kinds).as("kind of %s documented in docs/SCHEMA.md", n).contains(u.kind());
      }
      if (u.kind().equals("money")) {
        assertThat(u.currency()).as("currency of %s", n).matches("[A-Z]{3}|region");
      } else {
        assertThat(u.currency()).as("currency of %s", n).isNull();
      }
      assertThat(u.multiplier().signum()).as("multiplier of %s", n).isPositive();
    }
  }

  @Test
  void longestMatchWins() {
    UnitTable t = UnitTable.load();
    assertThat(t.longestAt("万元以上", 0).unit()).isEqualTo("万元");
    assertThat(t.longestAt("人次受益", 0).unit()).isEqualTo("人次");
    assertThat(t.longestAt("个月后", 0).unit()).isEqualTo("个月");
    assertThat(t.longestAt("亿元", 0).multiplier()).isEqualByComparingTo("100000000");
    assertThat(t.longestAt("地区", 0)).isNull();
    assertThat(t.longestAt("90年代", 2).isLabel()).isTrue();
    assertThat(t.longestAt("个百分点", 0).kind()).isEqualTo("points");
    assertThat(t.longestAt("mm长", 0).multiplier()).isEqualByComparingTo("0.001");
    assertThat(t.longestAt("models", 0)).as("a Latin unit inside a word").isNull();
  }
}
