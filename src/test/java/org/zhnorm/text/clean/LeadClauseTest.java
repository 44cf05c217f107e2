package org.zhnorm.text.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lead-sentence title of a page without one: a whole clause, never a bare date. Sentences from
 * cn_web_gold d5bced5e (金锺国) and d8d4c4ec (于欢), MIT (../shared/corpus/SOURCES.md).
 */
class LeadClauseTest {
  @Test
  void aDateClauseIsSkippedForTheClauseAfterIt() {
    String line = "2017年2月，金锺国与妈妈出发马来西亚出演TV朝鲜节目《跟着MOM走》，其后回韩国后不久再次出发前往越南，节目于3月20日至5月15日播出，共8集。";
    assertThat(Cleaner.leadClause(List.of(line))).isEqualTo("金锺国与妈妈出发马来西亚出演TV朝鲜节目《跟着MOM走》");
  }

  @Test
  void aFullDateClauseIsSkippedToo() {
    String line = "2017年2月17日，山东省聊城市中级法院一审以故意伤害罪判处于欢无期徒刑，剥夺政治权利终身，于欢不服提起上诉。";
    assertThat(Cleaner.leadClause(List.of(line))).isEqualTo("山东省聊城市中级法院一审以故意伤害罪判处于欢无期徒刑");
  }

  @Test
  void aClauseThatStartsWithADateButSaysMoreStays() {
    String line = "2016年4月14日山东冠县女企业家苏银霞在工厂接待室被高利贷催债人员侮辱，其子于欢在冲突中持刀刺伤四人，其中一人失血过多死亡。";
    assertThat(Cleaner.leadClause(List.of(line))).isEqualTo("2016年4月14日山东冠县女企业家苏银霞在工厂接待室被高利贷催债人员侮辱");
  }

  @Test
  void aShortSentenceIsTakenWhole() {
    assertThat(Cleaner.leadClause(List.of("乡村振兴战略是党的十九大提出的一项重大战略。"))).isEqualTo("乡村振兴战略是党的十九大提出的一项重大战略");
  }

  @Test
  void onlyDatesLeaveNoTitle() {
    assertThat(Cleaner.leadClause(List.of("2017年2月，2017年6月23日，2018年5月，2019年1月，2020年8月，2021年10月。"))).isNull();
  }
}
