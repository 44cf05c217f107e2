package org.zhnorm.text.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageDatesTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "楼层： 第 1 楼 时间：2005-08-28 20:56:20|true",
        "楼主 发表于 2012-3-5 10:21|true",
        "2# 发表于 2012-3-5 11:02:45|true",
        // no time of day: a date line, not a post header
        "楼主 2012-3-5|false",
        // no floor
        "发布时间：2005-08-28 20:56:20|false",
        // a building, not a floor of a thread
        "2005-08-28 20:56 于5号楼举行|false"
      })
  void floorHeaders(String line, boolean header) {
    assertThat(PageDates.isFloorHeader(line)).isEqualTo(header);
  }

  @Test
  void aLabelledDateNearTheTitleWinsOverABareOne() {
    List<String> lines = List.of("首页 > 新闻", "谁来为无序拆房埋单", "2003-07-20", "发布时间：2003-07-24 10:00",
        "正文第一段，很长的一段文字。");
    assertThat(PageDates.nearTitle(lines, "谁来为无序拆房埋单", 4, 4)).isEqualTo("2003-07-24 10:00");
    List<String> bare = List.of("谁来为无序拆房埋单", "2003-07-20", "正文第一段，很长的一段文字。");
    assertThat(PageDates.nearTitle(bare, "谁来为无序拆房埋单", 2, 2)).isEqualTo("2003-07-20");
  }

  @Test
  void aThreadsFloorHeadersGiveNoDate() {
    List<String> thread = List.of("求助：这个问题怎么解决", "楼主 发表于 2012-3-5 10:21", "请问大家，这个问题怎么解决？",
        "2# 发表于 2012-3-5 11:02:45", "我也想知道，同问。");
    assertThat(PageDates.nearTitle(thread, "求助：这个问题怎么解决", 2, 4)).isNull();
    assertThat(PageDates.floorHeaders(thread)).isEqualTo(2);
  }

  @Test
  void aShortSourceNoteAfterTheTextGivesTheMonth() {
    List<String> lines = List.of("标题", "正文第一段，很长的一段文字。", "（原载《读书》1998年3月号）");
    assertThat(PageDates.nearTitle(lines, null, 1, 1)).isEqualTo("1998年3月");
  }
}
