package org.zhnorm.io.dump;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RepairChainTest {
  private final RepairChain chain = RepairChain.standard();

  private RepairChain.Result fix(String s) {
    return chain.apply(s);
  }

  @Test
  void numericEntityFrozenMojibakeIsUnescaped() {
    RepairChain.Result r = fix("新闻&#x4E2D;&#x6587;报道&amp;#20013;国");
    assertThat(r.text()).isEqualTo("新闻中文报道中国");
    assertThat(r.repairs()).containsEntry(RepairChain.NUMERIC_ENTITY, 3L);
  }

  @Test
  void numericEntityNeverMakesControlCharacters() {
    assertThat(fix("a&#0;b&#x1F;c").text()).isEqualTo("a&#0;b&#x1F;c");
  }

  @Test
  void questionMarkInListBecomesMiddleDot() {
    assertThat(fix("颜色有紅?綠?藍三种").text()).isEqualTo("颜色有紅·綠·藍三种");
  }

  @Test
  void questionMarkInTransliteratedNameBecomesMiddleDot() {
    RepairChain.Result r = fix("图注：巴兹?奥尔德林可能是第二个");
    assertThat(r.text()).isEqualTo("图注：巴兹·奥尔德林可能是第二个");
    assertThat(r.repairs()).containsEntry(RepairChain.HAN_QUESTION_DOT, 1L);
  }

  @Test
  void onlyAQuestionMarkBetweenHanOrTransliterationCharactersIsLookedAt() {
    assertThat(HanQuestionDotRepair.hasJoiningQuestionMark("?紅?綠?藍")).isTrue();
    assertThat(HanQuestionDotRepair.hasJoiningQuestionMark("巴兹?奥尔德林")).isTrue();
    assertThat(HanQuestionDotRepair.hasJoiningQuestionMark("𠀀?𠀁")).isTrue(); // Han outside the BMP
    assertThat(HanQuestionDotRepair.hasJoiningQuestionMark("真的吗? 是的。What? ?")).isFalse();
    assertThat(HanQuestionDotRepair.hasJoiningQuestionMark("?")).isFalse();
  }

  @Test
  void realQuestionMarksSurvive() {
    assertThat(fix("你是谁?我不知道。").text()).isEqualTo("你是谁?我不知道。");
    assertThat(fix("果汁？啤酒？難分").text()).isEqualTo("果汁？啤酒？難分");
    assertThat(fix("要吗?好的?可以吗?").text()).isEqualTo("要吗?好的?可以吗?");
  }

  @Test
  void gbkByteShiftIsRestoredWhenVerified() {
    RepairChain.Result r = fix("他说?！八木€”");
    assertThat(r.text()).isEqualTo("他说。“四線”");
    assertThat(r.repairs()).containsEntry(RepairChain.GBK_BYTE_SHIFT, 1L);
    // the form quoted in the issue, with the full-width '!' already folded
    assertThat(fix("?!八木€”").text()).isEqualTo("。“四線”");
  }

  @Test
  void gbkByteShiftDoesNotTouchPlainText() {
    assertThat(fix("怎么办?我们明天再说").text()).isEqualTo("怎么办?我们明天再说");
  }

  @Test
  void utf8ReadAsGbkIsRestored() {
    RepairChain.Result r = fix("关于婢虫床的消息");
    assertThat(r.text()).isEqualTo("关于澳洲的消息");
    assertThat(r.repairs()).containsKey(RepairChain.UTF8_AS_GBK);
  }

  @Test
  void gbkReadAsLatin1IsRestored() {
    RepairChain.Result r = fix("¸ü¶à¾«Ð£Ð¡Ëµ¾¡ÔÚÖªÐù²ØÊéÏÂÔØ£ºhttp://www.zxcs8.com/");
    assertThat(r.text()).isEqualTo("更多精校小说尽在知轩藏书下载：http://www.zxcs8.com/");
  }

  @Test
  void latin1TextIsNotMistakenForMojibake() {
    assertThat(fix("Persönliche Statistik, été à Genève").text()).isEqualTo("Persönliche Statistik, été à Genève");
  }

  @Test
  void invisibleCharactersAreRemoved() {
    RepairChain.Result r = fix("\uFEFF中\u200B文\u200D字\u00AD");
    assertThat(r.text()).isEqualTo("中文字");
    assertThat(r.repairs()).containsEntry(RepairChain.INVISIBLE, 4L);
  }

  @Test
  void fullWidthLettersAndDigitsFoldButPunctuationStays() {
    assertThat(fix("ＧＤＰ增长５．２％，好！").text()).isEqualTo("GDP增长5．２％，好！".replace("２", "2"));
  }

  @Test
  void zeroCirclesAreLeftAlone() {
    assertThat(fix("二〇二〇年，一九○五年").text()).isEqualTo("二〇二〇年，一九○五年");
  }

  @Test
  void cleanTextIsUnchangedWithZeroDamage() {
    String clean = "天空实验室(skylab)是美国第一个空间站。\n第二段。";
    RepairChain.Result r = fix(clean);
    assertThat(r.text()).isEqualTo(clean);
    assertThat(r.repairs()).isEmpty();
    assertThat(r.damageScore()).isZero();
    assertThat(r.flags()).isEmpty();
  }

  @Test
  void kunJinKaoAndReplacementCharactersAreFlagged() {
    RepairChain.Result r = fix("锟斤拷锟斤拷正文\uFFFD\uFFFD");
    assertThat(r.flags()).contains(RepairChain.FLAG_KUNJINKAO, RepairChain.FLAG_REPLACEMENT);
    assertThat(r.damageScore()).isGreaterThan(0.5);
  }

  @Test
  void lostBytesBetweenRareCharactersAreFlagged() {
    assertThat(fix("澳洲28鏄?笉鏄??规的").flags()).contains(RepairChain.FLAG_LOST_BYTES);
    assertThat(fix("你是谁?我不知道").flags()).isEmpty();
  }

  @Test
  void emptyAndGarbageInput() {
    assertThat(fix("").text()).isEmpty();
    assertThat(fix("\u0000\u0001\uFFFF").repairs()).containsKey(RepairChain.INVISIBLE);
  }

  @Test
  void traceRecordsEachRuleChange() {
    assertThat(chain.trace("ＡＢ紅?綠?藍").stream().map(RepairChain.TraceEntry::ruleId))
        .containsExactly(RepairChain.HAN_QUESTION_DOT, RepairChain.FULLWIDTH_ASCII);
  }

  @Test
  void byteShiftStopsWhereTheTextFallsBackIntoStep() {
    // seed 004: the shifted stretch is followed by good text up to the next space
    assertThat(fix("品牌效應?!八木€”分別是東南西北線:東線,主要是依托").text())
        .isEqualTo("品牌效應。“四線”分別是東南西北線:東線,主要是依托");
  }
}
