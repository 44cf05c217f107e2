package org.zhnorm.text.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhnorm.text.extract.ExtractedClaims.claims;
import static org.zhnorm.text.extract.ExtractedClaims.X;
import static org.zhnorm.text.extract.ExtractedClaims.only;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class ClaimExtractorTest {
  @Test
  void atLeastMoneyWithScale() {
    ClaimSpan c = only("投入资金1400多万元创建县级基层党建示范点。");
    assertThat(c.value()).isEqualTo(new BigDecimal("14000000"));
    assertThat(c.valueText()).isEqualTo("1400多万元");
    assertThat(c.unit()).isEqualTo("元");
    assertThat(c.unitKind()).isEqualTo("money");
    assertThat(c.qualifier()).isEqualTo("at_least");
    assertThat(c.lower()).isEqualTo(new BigDecimal("14000000"));
    assertThat(c.upper()).isNull();
    assertThat(c.subject()).isEqualTo("资金");
  }

  @Test
  void wanYuanIsExactInBaseUnit() {
    ClaimSpan c = only("村年均运转经费达到16.59万元。");
    assertThat(c.value()).isEqualTo(new BigDecimal("165900"));
    assertThat(c.valueText()).isEqualTo("16.59万元");
    assertThat(c.qualifier()).isEqualTo("exact");
    assertThat(c.lower()).isEqualTo(c.upper()).isEqualTo(new BigDecimal("165900"));
    assertThat(c.subject()).endsWith("经费");
  }

  @Test
  void yiYuan() {
    ClaimSpan c = only("积极争取资金1.08亿元。");
    assertThat(c.value()).isEqualTo(new BigDecimal("108000000"));
    assertThat(c.unit()).isEqualTo("元");
  }

  @Test
  void chineseYearIsAYearNotAClaim() {
    List<ClaimSpan> cs = claims("二○○一年，全村种植果树300亩。");
    assertThat(cs).hasSize(1);
    assertThat(cs.get(0).year()).isEqualTo(2001);
    assertThat(cs.get(0).unitKind()).isEqualTo("area");
    assertThat(claims("二○○一年，全村开始种植果树。")).isEmpty();
  }

  @Test
  void percentWords() {
    ClaimSpan c = only("党员占百分之三十五。");
    assertThat(c.value()).isEqualByComparingTo("35");
    assertThat(c.unit()).isEqualTo("%");
    assertThat(c.unitKind()).isEqualTo("share");
  }

  @Test
  void rangeOfYearsIsADurationWithBounds() {
    ClaimSpan c = only("项目建设周期为3至5年。");
    assertThat(c.qualifier()).isEqualTo("range");
    assertThat(c.unitKind()).isEqualTo("duration");
    assertThat(c.lower()).isEqualByComparingTo("3");
    assertThat(c.upper()).isEqualByComparingTo("5");
    assertThat(c.value()).isNull();
    assertThat(only("培训3-5天。").upper()).isEqualByComparingTo("5");
    ClaimSpan money = only("每户补助3-5万元。");
    assertThat(money.lower()).isEqualByComparingTo("30000");
    assertThat(money.upper()).isEqualByComparingTo("50000");
    assertThat(claims("2023至2025年，全面推进。")).isEmpty();
  }

  @Test
  void redactedFiguresCarryNoValue() {
    List<ClaimSpan> cs = claims("目前已累计落地xx个投资项目，总投资x.x亿元。");
    assertThat(cs).hasSize(2);
    assertThat(cs).allSatisfy(c -> {
      assertThat(c.redacted()).isTrue();
      assertThat(c.value()).isNull();
    });
    assertThat(cs.get(1).valueText()).isEqualTo("x.x亿元");
    assertThat(cs.get(1).unit()).isEqualTo("元");
  }

  @Test
  void share() {
    ClaimSpan c = only("10万元以上的村达到了72.8%。");
    assertThat(c.value()).isEqualByComparingTo("72.8");
    assertThat(c.unit()).isEqualTo("%");
    assertThat(c.subject()).isEqualTo("10万元以上的村");
  }

  @Test
  void peopleCount() {
    ClaimSpan c = only("同时组织17947名党员干部结成对子。");
    assertThat(c.value()).isEqualTo(new BigDecimal("17947"));
    assertThat(c.unit()).isEqualTo("人");
    assertThat(c.unitKind()).isEqualTo("people");
    assertThat(c.valueText()).isEqualTo("17947名");
  }

  @Test
  void atMostMoneyIsAClaimOnlyWhenItIsNotAGroupDescription() {
    ClaimSpan c = only("村均债务下降到5万元以下。");
    assertThat(c.qualifier()).isEqualTo("at_most");
    assertThat(c.upper()).isEqualTo(new BigDecimal("50000"));
    assertThat(c.lower()).isNull();
    assertThat(claims("全县村集体经济收入5万元以下的村全部清零。")).isEmpty();
  }

  @Test
  void ageBoundIsASubjectQualifier() {
    ClaimSpan c = only("新一届乡镇党政领导班子成员中，35岁以下的占34.1%。");
    assertThat(c.value()).isEqualByComparingTo("34.1");
    assertThat(c.subject()).isEqualTo("35岁以下的");
  }

  @Test
  void durationInChineseNumeralsIsNotACount() {
    ClaimSpan c = only("利用三年时间，打造示范点。");
    assertThat(c.unitKind()).isEqualTo("duration");
    assertThat(c.value()).isEqualByComparingTo("3");
    assertThat(claims("扎实开展了基层党建示范引领三年行动。")).isEmpty();
    assertThat(claims("近三年来，成效明显。")).isEmpty();
  }

  @Test
  void approximateQualifiers() {
    assertThat(only("节约成本约300万元。").qualifier()).isEqualTo("approximate");
    assertThat(only("参与群众2000人左右。").qualifier()).isEqualTo("approximate");
    assertThat(only("争取项目资金近2亿元。").qualifier()).isEqualTo("approximate");
    assertThat(only("受益群众超过5000人。").qualifier()).isEqualTo("at_least");
    assertThat(only("发放贷款不到50万元。").qualifier()).isEqualTo("at_most");
    ClaimSpan c = only("发放联系卡13.5万余张。");
    assertThat(c.value()).isEqualTo(new BigDecimal("135000"));
    assertThat(c.qualifier()).isEqualTo("at_least");
  }

  @Test
  void fullWidthDigitsAndSpaceBeforeUnit() {
    assertThat(only("建成园区３９个。").value()).isEqualByComparingTo("39");
    assertThat(only("57 项受理权限下放到村。").value()).isEqualByComparingTo("57");
  }

  @Test
  void nearMissesAreNotClaims() {
    assertThat(claims("以“三个坚持”激活党建引领。")).isEmpty();
    assertThat(claims("开展百名年轻党员培养行动。")).isEmpty();
    assertThat(claims("担任第一书记，推广一村一品。")).isEmpty();
    assertThat(claims("依托全国乡村特色产业十亿元镇中堡镇。")).isEmpty();
    assertThat(claims("去年12月，在每月20日召开。")).isEmpty();
    assertThat(claims("如xx镇xx村村委会原村主任。")).isEmpty();
    assertThat(claims("修建了木四村红色革命记忆馆。")).isEmpty();
    assertThat(claims("严格落实省委“1+5”文件。")).isEmpty();
  }

  @Test
  void adjacentChineseDigitsAreARange() {
    ClaimSpan c = only("只睡了三四个小时就醒了。");
    assertThat(c.qualifier()).isEqualTo("range");
    assertThat(c.lower()).isEqualByComparingTo("3");
    assertThat(c.upper()).isEqualByComparingTo("4");
    assertThat(c.unit()).isEqualTo("小时");
  }

  @Test
  void wordsThatLookLikeUnits() {
    assertThat(claims("由卖家、买家、物流公司三方组成。")).isEmpty();
    assertThat(claims("进行二次处理。")).isEmpty();
    assertThat(only("路面清土2万余方。").unit()).isEqualTo("立方米");
  }

  @Test
  void yearsVersusLongDurations() {
    assertThat(claims("约在公元前3000年，西亚的影响扩大。")).isEmpty();
    ClaimSpan c = only("同最近的5000年相比，那时变化缓慢。");
    assertThat(c.unitKind()).isEqualTo("duration");
    assertThat(c.value()).isEqualByComparingTo("5000");
    assertThat(only("这一阶段距今已有35，000年。").value()).isEqualByComparingTo("35000");
    assertThat(claims("这一阶段始于35，000年前。")).as("N年前 is a point in time").isEmpty();
    assertThat(claims("旧石器时代在公元前10，000年到公元前5000年。")).isEmpty();
  }

  @Test
  void quotedSpeechCountsButQuotedNamesDoNot() {
    ClaimSpan c = only("“25天成苗后，就可以移栽到雾培室。”技术专家说。");
    assertThat(c.unitKind()).isEqualTo("duration");
    assertThat(c.subject()).doesNotStartWith("“");
    assertThat(claims("按照“一年建设、两年巩固、三年发展”工作思路推进。")).isEmpty();
    assertThat(claims("建成《100个示范村建设指南》。")).isEmpty();
  }

  @Test
  void moreUnits() {
    assertThat(only("每株苗产原原种40粒左右。").unitKind()).isEqualTo("count");
    assertThat(only("产量是传统模式的3倍。").unitKind()).isEqualTo("ratio");
    ClaimSpan road = only("新修道路12.5公里。");
    assertThat(road.unit()).isEqualTo("米");
    assertThat(road.value()).isEqualTo(new BigDecimal("12500"));
  }

  @Test
  void chineseNumeralCounts() {
    assertThat(only("明确十项工作职责。").value()).isEqualByComparingTo("10");
    assertThat(only("驻地两所高校。").value()).isEqualByComparingTo("2");
  }

  @Test
  void yearFromSentenceElseHeading() {
    assertThat(only("争取2023年中央财政扶持资金70万元。").year()).isEqualTo(2023);
    assertThat(X.extract("新建项目12个。", "2022年工作回顾").get(0).year()).isEqualTo(2022);
    assertThat(only("新建项目12个。").year()).isNull();
  }

  @Test
  void placesResolvedThroughGazetteer() {
    ClaimSpan c = only("渭南市华州区培育致富带头人309名。");
    assertThat(c.places()).extracting(Place::code).containsExactly("6105", "610503");
    assertThat(c.places().get(1).province()).isEqualTo("陕西省");
    assertThat(c.places().get(1).city()).isEqualTo("渭南市");
    ClaimSpan d = only("河北省唐山市乐亭县建成示范点473个。");
    assertThat(d.places()).extracting(Place::code).containsExactly("13", "1302", "130225");
  }

  @Test
  void offsetsPointAtTheQuantity() {
    String text = "第一段。培育致富带头人309名，储备村级后备力量320名。";
    for (ClaimSpan c : X.extract(text, null)) {
      assertThat(text.substring(c.start(), c.start() + c.valueText().length())).isEqualTo(c.valueText());
    }
  }

  @Test
  void emptyAndGarbage() {
    assertThat(claims("")).isEmpty();
    assertThat(claims("这是一段没有任何数字的文字。")).isEmpty();
    assertThat(claims("。。。；；；\n\n")).isEmpty();
  }

  @Property
  void neverThrows(@ForAll String text) {
    List<ClaimSpan> cs = X.extract(text, text.length() > 3 ? text.substring(0, 3) : null);
    assertThat(cs).allSatisfy(c -> assertThat(c.start()).isBetween(0, text.length()));
  }

  @Property
  void neverThrowsOnNumberishText(@ForAll("numberish") String text) {
    X.extract(text, null);
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> numberish() {
    return net.jqwik.api.Arbitraries.strings()
        .withChars("0123456789.,xX-至到多余万亿千百十一二三四五六七八九零○〇百分之个元万元名%岁年以上下约近“”《》第的，。")
        .ofMaxLength(40);
  }
}
