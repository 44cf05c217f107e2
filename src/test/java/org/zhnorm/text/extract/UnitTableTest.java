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
  private static final Set<String> KINDS =
      Set.of("money", "people", "count", "area", "weight", "length", "volume", "share", "ratio", "age", "duration");

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
  void everyRowHasAKnownKindAndAPositiveMultiplier() {
    UnitTable t = UnitTable.load();
    for (String n : t.names()) {
      UnitTable.Unit u = t.get(n);
      assertThat(KINDS).as("kind of %s", n).contains(u.kind());
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
  }
}
