package org.zhnorm.text.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** comment-thread: a reply thread goes as one block, counted once, and never gives the publish time. */
class CommentThreadRuleTest {
  private static final Cleaner CLEANER = Cleaner.standard();
  private final CommentThreadRule rule = new CommentThreadRule();

  /** The #POST and #THREAD parts of a thread fixture. */
  static List<List<String>> parts(String name) {
    return Fixtures.parts("threads/" + name, "#POST", "#THREAD");
  }

  @Test
  void blogRepliesGoAsOneBlockAndThePostDateIsKept() {
    List<List<String>> p = parts("blog-replies.txt");
    List<String> all = new ArrayList<>(p.get(0));
    all.addAll(p.get(1));
    CleanResult r = CLEANER.clean(String.join("\n", all), PageHints.NONE, true);
    assertThat(r.text()).doesNotContain("回复：").doesNotContain("网友").doesNotContain("发表评论")
        .contains("集体经济增收的可持续性进一步增强");
    assertThat(r.hits()).containsEntry(CommentThreadRule.ID, 1L);
    assertThat(r.metadata().pubTime()).isEqualTo("2005-03-21T11:21");
  }

  @Test
  void forumFloorsGoWithoutAHeading() {
    List<List<String>> p = parts("forum-floors.txt");
    List<String> all = new ArrayList<>(p.get(0));
    all.addAll(p.get(1));
    RuleContext ctx = new RuleContext(PageHints.NONE, true);
    assertThat(rule.apply(all, ctx)).isEqualTo(p.get(0));
    CleanResult r = CLEANER.clean(String.join("\n", all), PageHints.NONE, false);
    assertThat(r.metadata().pubTime()).as("a floor's time is not the post's").isNull();
  }

  private static List<String> joined(List<List<String>> p) {
    List<String> all = new ArrayList<>(p.get(0));
    all.addAll(p.get(1));
    return all;
  }

  @Test
  void realPixnetBoardGoesFromItsHeadingAndNoReplyTimeIsThePublishTime() {
    // readability pixnet (Apache-2.0): 留言列表 (42), 發表留言, then floors "#1", a nickname line, "於 2013/12/28 10:28"
    List<List<String>> p = parts("pixnet-board.txt");
    assertThat(rule.apply(joined(p), new RuleContext(PageHints.NONE, false))).isEqualTo(p.get(0));
    CleanResult r = CLEANER.clean(String.join("\n", joined(p)), PageHints.NONE, true);
    assertThat(r.text()).doesNotContain("留言列表").doesNotContain("回覆").doesNotContain("小鳳")
        .contains("三位大叔同行準備走著這段遙遠的路段");
    assertThat(r.hits()).containsEntry(CommentThreadRule.ID, 1L);
    assertThat(r.metadata().pubTime()).as("the post shows no date; a reply's is not taken").isNull();
  }

  @Test
  void realCountHeadingNamingThePostOpensTheThreadUpToItsForm() {
    // cn_web_gold 35687fb1 (MIT): 《title》已有1件评论, "新宠 的评论", an English date, a pasted story, 发表评论 form
    List<List<String>> p = parts("cn-web-gold-35687fb1-comment.txt");
    assertThat(rule.apply(joined(p), new RuleContext(PageHints.NONE, false))).isEqualTo(p.get(0));
    CleanResult r = CLEANER.clean(String.join("\n", joined(p)), PageHints.NONE, true);
    assertThat(r.text()).doesNotContain("已有1件评论").doesNotContain("10分钟拥有私人声音平台")
        .contains("美国唱片工会表示");
    assertThat(r.metadata().pubTime()).isEqualTo("2006-12-27");
  }

  @Test
  void realPostHeaderWithPostedAtIsThePostsTimeAndItsEmptyFormGoes() {
    // cn_web_gold c38e2b2d (MIT): "ggjjzhzz 发表于 2005-9-15 11:46:00" heads the post itself (near miss of a
    // reply header); the page's gold date is that time
    List<List<String>> p = parts("cn-web-gold-c38e2b2d-form.txt");
    CleanResult r = CLEANER.clean(String.join("\n", joined(p)), PageHints.NONE, true);
    assertThat(r.text()).contains("长梦千年何日醒").contains("醒来！醒来！快快醒来！")
        .doesNotContain("发表评论").doesNotContain("昵称：").doesNotContain("密码：");
    assertThat(r.metadata().pubTime()).isEqualTo("2005-09-15T11:46:00");
    // the post alone (no thread) is unchanged by the rule: one 发表于 header in the first half is no thread
    assertThat(rule.apply(p.get(0), new RuleContext(PageHints.NONE, false))).isEqualTo(p.get(0));
  }

  @Test
  void aLoneHeadingWithArticleAfterItGoesAlone() {
    List<String> lines = List.of(Fixtures.P1, Fixtures.P2, "最新评论", Fixtures.P1 + Fixtures.P2);
    RuleContext ctx = new RuleContext(PageHints.NONE, false);
    assertThat(rule.apply(lines, ctx)).containsExactly(Fixtures.P1, Fixtures.P2, Fixtures.P1 + Fixtures.P2);
  }

  @Test
  void realEmptyThreadWidgetsAtTheEndGo() {
    // dev/readability_testpages youth/source.html and tw_news_parser_specs china_times_s1.html
    for (String widget : List.of("还没有评论，快来抢沙发吧！", "该评论已关闭!", "全部留言", "留言(0)", "最新评论")) {
      List<String> lines = List.of(Fixtures.P1, Fixtures.P2, widget);
      assertThat(rule.apply(lines, new RuleContext(PageHints.NONE, false))).as(widget)
          .containsExactly(Fixtures.P1, Fixtures.P2);
    }
  }

  @Test
  void aHeadingInTheFirstHalfIsNotAThread() {
    List<String> lines = List.of("3条评论", Fixtures.P1, Fixtures.P2);
    assertThat(rule.apply(lines, new RuleContext(PageHints.NONE, false))).isEqualTo(lines);
  }

  static Stream<String> nearMisses() {
    return Fixtures.lines("keep-comments.txt").stream();
  }

  @ParameterizedTest(name = "keeps {0}")
  @MethodSource("nearMisses")
  void nearMissLinesStay(String line) {
    List<String> once = List.of(Fixtures.P1, Fixtures.P2, line);
    assertThat(rule.apply(once, new RuleContext(PageHints.NONE, false))).isEqualTo(once);
    List<String> twice = List.of(Fixtures.P1, Fixtures.P2, line, Fixtures.P1, line);
    assertThat(rule.apply(twice, new RuleContext(PageHints.NONE, false))).isEqualTo(twice);
  }

  @Test
  void alreadyCleanTextIsUnchangedAndTheRuleIsIdempotent() {
    List<String> clean = List.of(Fixtures.P1, Fixtures.P2);
    assertThat(rule.apply(clean, new RuleContext(PageHints.NONE, false))).isEqualTo(clean);
    List<List<String>> p = parts("blog-replies.txt");
    List<String> all = new ArrayList<>(p.get(0));
    all.addAll(p.get(1));
    List<String> once = rule.apply(all, new RuleContext(PageHints.NONE, false));
    assertThat(rule.apply(once, new RuleContext(PageHints.NONE, false))).isEqualTo(once);
    assertThat(rule.apply(List.of(), new RuleContext(PageHints.NONE, false))).isEmpty();
  }
}
