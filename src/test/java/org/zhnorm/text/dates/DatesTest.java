package org.zhnorm.text.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Finding and normalizing dates, on the forms real dev pages print (cn_web_gold, MIT; BBC中文网 via goose3, Apache-2.0). */
class DatesTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // year first: Y/M/D in every separator, with the precision the page gives
        "2005年03月21日11:21|2005-03-21T11:21",
        "2005-06-14 03:25:55|2005-06-14T03:25:55",
        "发布时间:2023-06-20 12:15:00|2023-06-20T12:15:00",
        "2022年02月13日 07:48（星期日）|2022-02-13T07:48",
        "2005年3月21日 11时21分|2005-03-21T11:21",
        "2005/3/21|2005-03-21",
        "2005.03.21|2005-03-21",
        "2003年5月|2003-05",
        "1998年3月号|1998-03",
        // year last: D/M/Y (cn_web_gold 0ef8393b, 05e98007; BBC中文网's 25/6/2012)
        "06/02/2022 - 13:48|2022-02-06",
        "7/5/2005 9:23:57 PM|2005-05-07T21:23:57",
        "25/6/2012|2012-06-25",
        // ... unless the middle number cannot be a month: M/D/Y (cn_web_gold 6650f72a)
        "9/17/2004 5:54:13 AM|2004-09-17T05:54:13",
        "12/1/2004 12:05 AM|2004-01-12T00:05",
      })
  void normalizesToIsoWithItsPrecision(String text, String iso) {
    assertThat(Dates.normalize(text)).isEqualTo(iso);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // no such month or day
        "2005-13-02",
        "2005-02-32",
        "13/13/2020",
        // before 1900: a history, not a page's date
        "1850年3月5日",
        // digits run on: a number, not a date
        "120050321",
        // no year
        "3月11日1时39分",
        "上一篇 下一篇",
      })
  void nearMissesAreNoDate(String text) {
    assertThat(Dates.normalize(text)).isNull();
  }

  @Test
  void aTimeOfDayOutOfRangeKeepsTheDate() {
    assertThat(Dates.normalize("2005-03-21 25:61")).isEqualTo("2005-03-21");
  }

  @Test
  void findReturnsTheFirstDateAsWritten() {
    assertThat(Dates.find("楼层： 第 1 楼 时间：2005-08-28 20:56:20")).isEqualTo("2005-08-28 20:56:20");
    assertThat(Dates.find("时间：12/01/2004 来源：本站")).isEqualTo("12/01/2004");
    assertThat(Dates.find("上一篇 下一篇")).isNull();
    assertThat(Dates.mentionsYear("2022-02-06T13:48:06+00:00")).isTrue();
    assertThat(Dates.mentionsYear("now")).isFalse();
  }

  @Property
  void neverThrows(@ForAll String s) {
    assertThatCode(() -> {
      Dates.normalize(s);
      Dates.find(s);
    }).doesNotThrowAnyException();
  }
}
