package org.zhnorm.text.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class SectionerTest {
  private final Sectioner sectioner = new Sectioner();

  static String seed(String id) throws IOException {
    try (InputStream in = SectionerTest.class.getResourceAsStream("/org/zhnorm/text/extract/seeds/" + id + ".txt")) {
      assertThat(in).as("seed fixture %s", id).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void assertCovers(String text, List<SectionSpan> ss) {
    assertThat(ss).isNotEmpty();
    assertThat(ss.get(0).start()).isEqualTo(0);
    assertThat(ss.get(ss.size() - 1).end()).isEqualTo(text.length());
    for (int i = 0; i < ss.size(); i++) {
      assertThat(ss.get(i).ordinal()).isEqualTo(i);
      assertThat(ss.get(i).end()).isGreaterThanOrEqualTo(ss.get(i).start());
      if (i > 0) {
        assertThat(ss.get(i).start()).isEqualTo(ss.get(i - 1).end());
      }
    }
  }

  @Test
  void seed001NumberedHeadings() throws IOException {
    String t = seed("001");
    List<SectionSpan> ss = sectioner.split(t);
    assertCovers(t, ss);
    assertThat(ss).extracting(SectionSpan::kind).containsExactly("body", "heading", "heading", "heading");
    assertThat(ss).extracting(SectionSpan::heading)
        .containsExactly(null, "夯实党建基础,打造乡村振兴“主引擎”", "选优配强班子,筑牢乡村振兴“桥头堡”", "抓实“五个到户”,汇聚乡村振兴“生力军”");
    assertThat(ss.get(1).level()).isEqualTo(1);
    assertThat(t.substring(ss.get(2).start(), ss.get(2).end())).startsWith("二、").contains("双季稻");
  }

  @Test
  void seed004InterviewTurns() throws IOException {
    String t = seed("004");
    List<SectionSpan> ss = sectioner.split(t);
    assertCovers(t, ss);
    List<SectionSpan> turns = ss.stream().filter(s -> s.kind().equals("question") || s.kind().equals("answer")).toList();
    assertThat(turns).extracting(SectionSpan::kind)
        .containsExactly("question", "answer", "question", "answer", "question", "answer");
    assertThat(turns).extracting(SectionSpan::speaker).containsExactly("记者", "付征", "记者", "付征", "记者", "付征");
    assertThat(t.substring(turns.get(1).start())).startsWith("付征:");
    // the four 行动 paragraphs are leads inside the second answer, the 一是… items enumerations in the third
    assertThat(ss.stream().filter(s -> s.kind().equals("lead")).map(SectionSpan::heading).toList())
        .hasSize(4)
        .allSatisfy(h -> assertThat(h).startsWith("实施红色"));
    assertThat(ss.stream().filter(s -> s.kind().equals("enumeration")).toList())
        .extracting(SectionSpan::heading)
        .containsExactly("红色氛围更加浓厚", "产业发展更加高效", "治理效能更加优化");
    assertThat(ss.stream().filter(s -> s.kind().equals("enumeration") || s.kind().equals("lead")).toList())
        .allSatisfy(s -> {
          assertThat(s.speaker()).isEqualTo("付征");
          assertThat(s.level()).isEqualTo(2);
        });
  }

  @Test
  void fullWidthColonTurns() {
    String t = "访谈\n记者：今年做了什么？\n张三：我们建了10个示范点。\n";
    List<SectionSpan> ss = sectioner.split(t);
    assertCovers(t, ss);
    assertThat(ss).extracting(SectionSpan::kind).containsExactly("body", "question", "answer");
    assertThat(ss.get(2).speaker()).isEqualTo("张三");
  }

  @Test
  void nameColonWithoutAQuestionIsNotATurn() {
    String t = "标题\n新华社：今年全县建了10个示范点。\n";
    assertThat(sectioner.split(t)).extracting(SectionSpan::kind).containsExactly("body");
  }

  @Test
  void seed003HeadingsAndEnumerations() throws IOException {
    String t = seed("003");
    List<SectionSpan> ss = sectioner.split(t);
    assertCovers(t, ss);
    List<SectionSpan> headings = ss.stream().filter(s -> s.kind().equals("heading")).toList();
    assertThat(headings).extracting(SectionSpan::level).containsExactly(1, 3, 3, 3);
    assertThat(headings).extracting(SectionSpan::heading)
        .containsExactly("近年来强化党建引领乡村振兴xx实践", "注重激发基层组织动能推动乡村振兴", "注重激活红色细胞带动乡村振兴", "注重通过借智借力带动乡村振兴");
    List<SectionSpan> items = ss.stream().filter(s -> s.kind().equals("enumeration")).toList();
    assertThat(items).hasSize(9).allSatisfy(s -> assertThat(s.level()).isEqualTo(4));
    assertThat(items.get(0).heading()).isEqualTo("打造党建联盟促改革");
    assertThat(t.substring(items.get(0).start(), items.get(0).end())).startsWith("一是").doesNotContain("二是推进");
    assertThat(t.substring(items.get(1).start())).startsWith("二是推进结对共建促提升");
  }

  @Test
  void seed000LeadParagraphs() throws IOException {
    String t = seed("000");
    List<SectionSpan> ss = sectioner.split(t);
    assertCovers(t, ss);
    assertThat(ss).extracting(SectionSpan::kind).containsExactly("body", "lead", "lead", "lead");
    assertThat(ss).extracting(SectionSpan::heading)
        .containsExactly(null, "“三个坚持”激活党建引领“红色引擎”", "“三个聚焦”推动集体经济“绿色发展”", "“三个着力”织密乡村治理“蓝色屏障”");
    assertThat(ss.get(1).level()).isEqualTo(1);
  }

  @Test
  void seed002UnnumberedHeadingLines() throws IOException {
    String t = seed("002");
    List<SectionSpan> ss = sectioner.split(t);
    assertCovers(t, ss);
    assertThat(ss).extracting(SectionSpan::kind).containsExactly("body", "heading", "heading", "heading", "heading", "heading");
    assertThat(ss.get(1).heading()).startsWith("以乡村振兴为主线");
  }

  @Test
  void aLoneShortFirstSentenceIsProseNotALead() {
    String t = "标题\n今年变化很大。全县新建示范点60个，投入资金1400多万元。\n群众很满意。大家都说好，干部也说好。\n";
    assertThat(sectioner.split(t)).extracting(SectionSpan::kind).containsExactly("body");
  }

  @Test
  void hardWrappedLinesAreNotHeadings() {
    String t = "标题\n他在监狱里认识了很多人，后来\n被押送到长沙服刑，在那里\n度过了三年。此后他一直很沉默，不愿多谈往事。\n";
    assertThat(sectioner.split(t)).extracting(SectionSpan::kind).containsExactly("body");
  }

  @Test
  void otherHeadingShapes() {
    String t = "总述。\n（一）加强组织建设\n正文一。\n第二部分 强化保障\n正文二。\n(1)细则\n正文三。\n";
    List<SectionSpan> ss = sectioner.split(t);
    assertCovers(t, ss);
    assertThat(ss).extracting(SectionSpan::kind).containsExactly("body", "heading", "heading", "heading");
    assertThat(ss).extracting(SectionSpan::level).containsExactly(0, 2, 1, 3);
    assertThat(ss.get(1).heading()).isEqualTo("加强组织建设");
  }

  @Test
  void decimalNumberAtLineStartIsNotAHeading() {
    String t = "标题\n1.08亿元资金已经到位，用于建设。\n";
    assertThat(sectioner.split(t)).extracting(SectionSpan::kind).containsExactly("body");
  }

  @Test
  void enumerationNeedsTwoItemsInOrder() {
    String t = "标题\n统一是关键，做到一是一、二是二的态度。\n";
    // 统一是 is a word, and "一是一" then "二是二" do count as items after punctuation/start only
    List<SectionSpan> ss = sectioner.split(t);
    assertCovers(t, ss);
    assertThat(sectioner.split("标题\n工作中一是要认真。\n")).extracting(SectionSpan::kind).containsExactly("body");
  }

  @Test
  void emptyAndPlainText() {
    assertThat(sectioner.split("")).hasSize(1).first().satisfies(s -> assertThat(s.end()).isZero());
    String t = "只有一段正文，没有标题。";
    assertThat(sectioner.split(t)).extracting(SectionSpan::kind).containsExactly("body");
  }

  @Property
  void alwaysCoversTheText(@ForAll("docs") String text) {
    assertCovers(text, sectioner.split(text));
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> docs() {
    return net.jqwik.api.Arbitraries.strings()
        .withChars("一二三是、（）()1.：:记者付征“”。，\n 第章文字")
        .ofMaxLength(80);
  }
}
