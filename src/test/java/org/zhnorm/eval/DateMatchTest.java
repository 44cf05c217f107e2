package org.zhnorm.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DateMatchTest {
  @Test
  void sameDayInAnyFormatMatches() {
    assertThat(DateMatch.matches("2005年03月21日 11:21", "2005-03-21 11:21")).isTrue();
    assertThat(DateMatch.matches("2022-02-06T12:48:06+08:00", "2022-02-06 13:48")).isTrue();
    assertThat(DateMatch.matches("2022.01.20 16:31", "2022-01-20 16:31")).isTrue();
    assertThat(DateMatch.matches("9/17/2004 5:54:13 AM", "2004-09-17 5:54:13")).isTrue();
  }

  @Test
  void otherDayDoesNotMatch() {
    assertThat(DateMatch.matches("2022-01-28 00:00:00", "2022-01-27")).isFalse();
    assertThat(DateMatch.matches("2005-03-06", "2003-5")).isFalse();
  }

  @Test
  void goldPrecisionIsRespected() {
    assertThat(DateMatch.matches("2018-08-23", "2018")).isTrue();
    assertThat(DateMatch.matches("1998年3月号", "1998-3")).isTrue();
    assertThat(DateMatch.matches("2018", "2018-08-23")).isFalse();
  }

  @Test
  void unknownGoldWantsNoPrediction() {
    assertThat(DateMatch.matches(null, "UNKNOWN")).isTrue();
    assertThat(DateMatch.matches("", "UNKNWON")).isTrue();
    assertThat(DateMatch.matches("2005-08-28", "UNKNOWN")).isFalse();
    assertThat(DateMatch.matches(null, "2005-08-28")).isFalse();
  }

  @Test
  void garbageIsNoDate() {
    assertThat(DateMatch.parse("第13页/共99页")).isEmpty();
    assertThat(DateMatch.parse("2005-13-40")).isEmpty();
    assertThat(DateMatch.parse("2005-12-40").get()).hasToString("2005-12");
  }
}
