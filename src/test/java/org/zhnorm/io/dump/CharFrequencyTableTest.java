package org.zhnorm.io.dump;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The open-addressing frequency table answers exactly what the frequency list says, for every code point. */
class CharFrequencyTableTest {
  @Test
  void sameAsTheMapForEveryCodePoint() {
    Map<Integer, Long> list = CharData.loadFrequency();
    assertThat(list).hasSizeGreaterThan(3000);
    int known = 0;
    for (int cp = -1; cp <= Character.MAX_CODE_POINT; cp++) {
      long expected = list.getOrDefault(cp, 0L);
      if (CharData.frequency(cp) != expected) {
        assertThat(CharData.frequency(cp)).as("U+%04X", cp).isEqualTo(expected);
      }
      known += expected > 0 ? 1 : 0;
    }
    assertThat(known).isEqualTo((int) list.values().stream().filter(n -> n > 0).count());
  }

  @Test
  void emptyAndSmallTables() {
    assertThat(new CharData.CodePointCounts(Map.of()).get('的')).isZero();
    CharData.CodePointCounts one = new CharData.CodePointCounts(Map.of(0x20000, 7L));
    assertThat(one.get(0x20000)).isEqualTo(7);
    assertThat(one.get(0x20001)).isZero();
    assertThat(one.get(0)).isZero();
  }
}
