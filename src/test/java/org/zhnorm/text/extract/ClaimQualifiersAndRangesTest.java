package org.zhnorm.text.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhnorm.text.extract.ExtractedClaims.claims;
import static org.zhnorm.text.extract.ExtractedClaims.X;
import static org.zhnorm.text.extract.ExtractedClaims.only;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Qualifiers, ranges, mixed numbers and units (issue 13's list), one behaviour a test. */
class ClaimQualifiersAndRangesTest {
  @Test
  void atMostWords() {
    for (String s : List.of("月销售额不超过3万元。", "单笔金额不得超过3万元。", "每户至多3万元。", "补贴控制在3万元以内。", "收入3万元以下。", "年应纳税所得额低于3万元。")) {
      ClaimSpan c = only(s);
      assertThat(c.qualifier()).as(s).isEqualTo("at_most");
      assertThat(c.upper()).as(s).isEqualByComparingTo("30000");
      assertThat(c.lower()).as(s).isNull();
    }
    assertThat(only("持48小时内核酸检测阴性证明返校。").qualifier()).isEqualTo("at_most");
  }

  @Test
  void atLeastWords() {
    for (String s : List.of("受益群众超过500人。", "股价一度超500元。", "观众逾500人。", "参与者500人以上。", "参与者500多人。")) {
      ClaimSpan c = only(s);
      assertThat(c.qualifier()).as(s).isEqualTo("at_least");
      assertThat(c.lower()).as(s).isEqualByComparingTo("500");
      assertThat(c.upper()).as(s).isNull();
    }
    assertThat(only("一直等到30岁出头才结婚。").qualifier()).isEqualTo("at_least");
    assertThat(only("收益增加了上千元。").lower()).isEqualByComparingTo("1000");
  }

  @Test
  void approximateWords() {
    for (String s : List.of("节约成本约300万元。", "将近300万元的投入。", "面积1100平方米左右。", "年龄在40岁上下。", "每年都能收到近千元压岁钱。")) {
      ClaimSpan c = only(s);
      assertThat(c.qualifier()).as(s).isEqualTo("approximate");
      assertThat(c.lower()).as(s).isNull();
      assertThat(c.upper()).as(s).isNull();
    }
    assertThat(only("最近3年完成改造。").qualifier()).as("最近 is recent, not nearly").isEqualTo("exact");
  }

  @Test
  void rangesAreOneClaim() {
    ClaimSpan money = only("票价从低到高为10元到25元不等。");
    assertThat(money.qualifier()).isEqualTo("range");
    assertThat(money.lower()).isEqualByComparingTo("10");
    assertThat(money.upper()).isEqualByComparingTo("25");
    assertThat(money.value()).isNull();
    ClaimSpan share = only("增幅预计在15%至20%之间。");
    assertThat(share.lower()).isEqualByComparingTo("15");
    assertThat(share.upper()).isEqualByComparingTo("20");
    assertThat(only("利率为10%～12%。").upper()).isEqualByComparingTo("12");
    assertThat(only("每亩增产20万到30万斤。").lower()).isEqualByComparingTo("100000");
    List<ClaimSpan> change = claims("减除幅度由10%调整为30%。");
    assertThat(change).hasSize(2).allSatisfy(c -> assertThat(c.qualifier()).isEqualTo("exact"));
    assertThat(claims("从10%到20%的增长。")).as("从…到 is a change: two claims").hasSize(2);
  }

  @Test
  void approximateNumeralsAreRanges() {
    assertRange("再过一两年就能完成。", 1, 2, "年");
    assertRange("来了两三个人。", 2, 3, "人");
    assertRange("只睡了三四个小时。", 3, 4, "小时");
    assertRange("要等三五天。", 3, 5, "天");
    assertRange("打了十几年交道。", 11, 19, "年");
    assertRange("他身陷几十万元的债务。", 200000, 900000, "元");
    assertRange("挽救了数百名妇女。", 200, 900, "人");
  }

  private static void assertRange(String s, long lower, long upper, String unit) {
    ClaimSpan c = only(s);
    assertThat(c.qualifier()).as(s).isEqualTo("range");
    assertThat(c.lower()).as(s).isEqualByComparingTo(Long.toString(lower));
    assertThat(c.upper()).as(s).isEqualByComparingTo(Long.toString(upper));
    assertThat(c.unit()).as(s).isEqualTo(unit);
  }

  @Test
  void mixedNumbers() {
    assertThat(only("成交额2亿6,550万元。").value()).isEqualByComparingTo("265500000");
    assertThat(only("工期3年半。").value()).isEqualByComparingTo("3.5");
    assertThat(only("用了一年半。").value()).isEqualByComparingTo("1.5");
    assertThat(only("用了一个半小时。").value()).isEqualByComparingTo("1.5");
    ClaimSpan sixTenths = only("六成受访者表示满意。");
    assertThat(sixTenths.unit()).isEqualTo("%");
    assertThat(sixTenths.value()).isEqualByComparingTo("60");
    assertThat(only("收入增长了一倍。").value()).isEqualByComparingTo("1");
    assertThat(only("党员占百分之三十五。").value()).isEqualByComparingTo("35");
    assertThat(only("约占三分之一。").value()).isEqualByComparingTo("33.33");
    assertThat(only("共有１，２３４人参加。").value()).isEqualByComparingTo("1234");
    assertThat(only("新增３９个。").value()).isEqualByComparingTo("39");
  }

  @Test
  void unitsInsideTheUnitWord() {
    ClaimSpan points = only("利率下降了0.5个百分点。");
    assertThat(points.unit()).isEqualTo("百分点");
    assertThat(points.unitKind()).isEqualTo("points");
    ClaimSpan hours = only("会议开了3个多小时。");
    assertThat(hours.unit()).isEqualTo("小时");
    assertThat(hours.qualifier()).isEqualTo("at_least");
    ClaimSpan people = only("屋里只有两个人。");
    assertThat(people.unit()).isEqualTo("人");
    assertThat(people.value()).isEqualByComparingTo("2");
  }

  @Test
  void technicalAndChineseUnits() {
    assertThat(only("轴距为2850mm。").value()).isEqualByComparingTo("2.85");
    assertThat(only("后备箱容积为450L。").unitKind()).isEqualTo("volume");
    assertThat(only("每份含糖12克。").unit()).isEqualTo("公斤");
    assertThat(only("新增确诊病例3例。").unitKind()).isEqualTo("count");
    assertThat(only("发表论文5篇。").unit()).isEqualTo("篇");
    assertThat(only("这套房子有30坪。").value()).isEqualByComparingTo("99.173553");
    assertThat(only("最大功率为110kW。").unitKind()).isEqualTo("power");
    assertThat(only("峰值扭矩250N·m。").unitKind()).isEqualTo("torque");
    assertThat(only("极速可达210km/h。").unitKind()).isEqualTo("speed");
    assertThat(only("转速6000rpm。").unitKind()).isEqualTo("rotation");
    ClaimSpan price = only("电价为0.328元／千瓦时。");
    assertThat(price.unit()).isEqualTo("元/千瓦时");
    assertThat(price.unitKind()).isEqualTo("price");
    assertThat(price.currency()).isEqualTo("CNY");
  }

  @Test
  void currencies() {
    assertThat(only("投资5亿美元。").currency()).isEqualTo("USD");
    assertThat(only("花费2万日圆。").currency()).isEqualTo("JPY");
    assertThat(only("罚款500英镑。").currency()).isEqualTo("GBP");
    assertThat(only("售价30欧元。").currency()).isEqualTo("EUR");
    assertThat(only("成交额为1,234亿港元。").currency()).isEqualTo("HKD");
    ClaimSpan yuan = only("补助资金500元。");
    assertThat(yuan.currency()).isEqualTo("CNY");
    assertThat(yuan.currencyFrom()).isEqualTo("default");
    assertThat(only("人民币500元。").currencyFrom()).isEqualTo("unit");
    ClaimSpan hk = X.extract("每人派发4000元。", null, org.zhnorm.text.segment.WordSegmenter.load().segment("每人派发4000元。"),
        Currencies.regionOf("https://news.example.hk/a/1", "traditional-hk", "")).get(0);
    assertThat(hk.currency()).isEqualTo("HKD");
    assertThat(hk.currencyFrom()).isEqualTo("source");
    assertThat(Currencies.regionOf(null, "traditional-tw", "").currency()).isEqualTo("TWD");
    assertThat(Currencies.regionOf(null, "", "香港政府宣布，香港市民每人可获派钱。港府表示香港经济回暖。").from()).isEqualTo("place");
    assertThat(only("走了3公里。").currency()).isEmpty();
  }
}
