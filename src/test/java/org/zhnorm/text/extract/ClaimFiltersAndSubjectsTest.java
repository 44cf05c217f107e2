package org.zhnorm.text.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhnorm.text.extract.ExtractedClaims.claims;
import static org.zhnorm.text.extract.ExtractedClaims.X;
import static org.zhnorm.text.extract.ExtractedClaims.only;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What is not a claim, subjects from the sentence's structure, repeated text and the year rule. */
class ClaimFiltersAndSubjectsTest {
  @Test
  void timePointsAreNotClaims() {
    assertThat(claims("上世纪90年代，她开始做生意。")).isEmpty();
    assertThat(claims("八十年代的风气。")).isEmpty();
    assertThat(claims("进入21世纪以来。")).isEmpty();
    assertThat(claims("民国100年，台北举办活动。")).isEmpty();
    assertThat(claims("110年3月5日公布。")).isEmpty();
    assertThat(claims("2019年至2021年，成效明显。")).isEmpty();
    assertThat(claims("建校100周年。")).isEmpty();
    assertThat(claims("在过去10年里，变化很大。")).isEmpty();
    assertThat(claims("近两年来，利润下滑。")).isEmpty();
    assertThat(claims("未来五年是关键时期。")).isEmpty();
    assertThat(claims("2004年上半年，市场低迷。")).isEmpty();
    assertThat(only("10年后村集体享有所有权。").value()).as("a wait of 10 years").isEqualByComparingTo("10");
  }

  @Test
  void rankingsOrdinalsModelsAndFurnitureAreNotClaims() {
    assertThat(claims("他获得全省前三名。")).isEmpty();
    assertThat(claims("担任第一书记。")).isEmpty();
    assertThat(claims("市委五届二次全会召开。")).isEmpty();
    assertThat(claims("PM2.5浓度下降。")).isEmpty();
    assertThat(claims("阅读 1234次")).isEmpty();
    assertThat(claims("已有56人点赞")).isEmpty();
    assertThat(claims("飞船于凌晨3：35升空。")).isEmpty();
    assertThat(claims("五棵树镇八家子村")).isEmpty();
    assertThat(claims("他三番五次地来。")).isEmpty();
    assertThat(only("这是毫不含混的两件事。").value()).isEqualByComparingTo("2");
    assertThat(only("全县三个行政村参加。").value()).isEqualByComparingTo("3");
    assertThat(claims("借助100MW农光互补发电项目的优势。")).isEmpty();
    assertThat(only("装机容量为100MW。").unitKind()).isEqualTo("power");
  }

  @Test
  void restatedBoundAndRateBaseAreNotClaims() {
    List<ClaimSpan> cs = claims("年应纳税所得额低于100万元（含100万元）的企业免征。");
    assertThat(cs).hasSize(1);
    assertThat(cs.get(0).qualifier()).isEqualTo("at_most");
    ClaimSpan c = only("1平方米可以定植种苗30多株。");
    assertThat(c.value()).isEqualByComparingTo("30");
    ClaimSpan quarter = claims("对月销售额不超过3万元（按季9万元）的纳税人免征。").get(1);
    assertThat(quarter.qualifier()).as("the alternative in the parenthesis keeps the bound").isEqualTo("at_most");
  }

  @Test
  void subjectBeforeOrAfterTheFigure() {
    assertThat(only("培育致富带头人309名。").subject()).isEqualTo("致富带头人");
    assertThat(only("积极争取资金1.08亿元。").subject()).isEqualTo("资金");
    assertThat(only("建立309名致富带头人队伍。").subject()).contains("致富带头人");
    assertThat(only("我省15家企业入选。").subject()).isEqualTo("企业");
    assertThat(only("西吉县土豆种植面积为66万亩。").subject()).endsWith("面积");
    assertThat(only("电力缺口将超过800万千瓦。").subject()).endsWith("缺口");
    assertThat(only("其中26%的人没有参加。").subject()).isEqualTo("人");
    assertThat(only("马金鹏（14岁）说。").subject()).isEqualTo("马金鹏");
  }

  @Test
  void subjectIsNeverAVerbOrTheBaseOfAComparison() {
    List<ClaimSpan> change = claims("减除幅度由10%调整为30%。");
    assertThat(change).hasSize(2).allSatisfy(c -> assertThat(c.subject()).endsWith("幅度"));
    assertThat(only("女性占全省人口的51%。").subject()).isEqualTo("女性");
    assertThat(only("致使三人受伤。").subject()).isEmpty();
  }

  @Test
  void listsShareOneSubject() {
    List<ClaimSpan> cs = claims("超发电价将分别提高至每兆瓦时280元、300元和338元。");
    assertThat(cs).hasSize(3).allSatisfy(c -> assertThat(c.subject()).endsWith("电价"));
    List<ClaimSpan> each = claims("上海、江苏、浙江分别为0.375元、0.355元、0.385元。");
    assertThat(each).extracting(ClaimSpan::subject).containsExactly("上海", "江苏", "浙江");
  }

  @Test
  void repeatedTextGivesItsClaimsOnce() {
    String s = "全省新增省级绿色工厂14家。\n全省新增省级绿色工厂14家。";
    assertThat(claims(s)).hasSize(1);
    assertThat(claims("前10年收取费用，待10年后享有。")).as("the same figure twice in one sentence").hasSize(2);
  }

  @Test
  void taiwanDocumentsWriteRepublicOfChinaYears() {
    String s = "110年新增企业15家。";
    Currencies.Region tw = Currencies.regionOf(null, "traditional-tw", "");
    List<ClaimSpan> cs = X.extract(s, null, org.zhnorm.text.segment.WordSegmenter.load().segment(s), tw);
    assertThat(cs).hasSize(1);
    assertThat(cs.get(0).year()).isEqualTo(2021);
    assertThat(cs.get(0).unit()).isEqualTo("家");
    assertThat(claims("工程历时110年。")).as("outside Taiwan a duration").hasSize(1);
  }

  @Test
  void yearIsTheYearTheClaimRefersTo() {
    assertThat(only("2019年至2021年，累计减免税金约135亿元。").year()).isEqualTo(2021);
    assertThat(claims("2018年出台措施，2020年新增企业15家。").get(0).year()).isEqualTo(2020);
    assertThat(only("新增企业15家，创2020年新高。").year()).isEqualTo(2020);
    assertThat(only("民国100年，新增企业15家。").year()).isEqualTo(2011);
  }
}
