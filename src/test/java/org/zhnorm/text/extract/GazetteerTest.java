package org.zhnorm.text.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerTest {
  private static final Gazetteer G = Gazetteer.load();

  @Test
  void fullNamesResolveToCodes() {
    List<Place> ps = G.find("河北省唐山市乐亭县", "");
    assertThat(ps).extracting(Place::code).containsExactly("13", "1302", "130225");
    assertThat(ps.get(2).county()).isEqualTo("乐亭县");
    assertThat(ps.get(2).city()).isEqualTo("唐山市");
    assertThat(ps.get(2).province()).isEqualTo("河北省");
    assertThat(G.find("渭南市华州区", "")).extracting(Place::code).containsExactly("6105", "610503");
  }

  @Test
  void shortFormsOfCountiesCitiesAndProvinces() {
    assertThat(G.find("榆中夏官营镇", "榆中县夏官营镇党委")).extracting(Place::code).containsExactly("620123");
    assertThat(G.find("看看新宁是如何", "新宁县委以党建为引领")).extracting(Place::code).containsExactly("430528");
    assertThat(G.find("乐亭的樱桃", "河北省唐山市")).extracting(Place::code).containsExactly("130225");
    assertThat(G.find("广西的甘蔗", "")).extracting(Place::code).containsExactly("45");
    assertThat(G.find("镇沅的茶叶", "云南省普洱市")).extracting(Place::county).containsExactly("镇沅彝族哈尼族拉祜族自治县");
  }

  @Test
  void duplicateNamesNeedContext() {
    assertThat(G.find("朝阳区新建公园3个", "")).isEmpty();
    assertThat(G.find("北京市朝阳区新建公园3个", "")).extracting(Place::code).containsExactly("11", "110105");
    assertThat(G.find("朝阳区新建公园3个", "吉林省长春市的做法")).extracting(Place::code).containsExactly("220104");
  }

  @Test
  void ordinaryWordsAreNotPlaces() {
    assertThat(G.find("与专业合作社合作，惠民政策，资源共享", "")).isEmpty();
    assertThat(G.find("合作市", "")).extracting(Place::code).hasSize(1);
  }

  @Test
  void countyShortFormsNeedContext() {
    assertThat(G.find("投资兴办占地500亩的农场", "")).isEmpty();
    assertThat(G.find("乐亭的樱桃", "")).isEmpty();
    assertThat(G.find("乐亭县的樱桃", "")).extracting(Place::code).containsExactly("130225");
  }

  @Test
  void districtShortFormsAreNotMatched() {
    assertThat(G.find("华州山药", "")).isEmpty();
  }

  @Test
  void aTokenAloneResolvesByFullNameOrStemButWordsDoNot() {
    // the items of a place-name spam list (the seeds' 镇沅| 穆棱市| 同德县| …): renamed and Traditional forms too
    assertThat(G.resolves("镇沅")).isTrue();
    assertThat(G.resolves("屯留县")).isTrue();
    assertThat(G.resolves("达拉特旗")).isTrue();
    assertThat(G.resolves("樂亭縣")).isTrue();
    assertThat(G.resolves("体育")).isFalse();
    assertThat(G.resolves("综艺")).isFalse();
    assertThat(G.resolves("县")).isFalse();
    assertThat(G.resolves("")).isFalse();
  }

  @Test
  void stopwordListIsSorted() {
    assertThat(Gazetteer.stopwordLines()).isSorted().doesNotHaveDuplicates().isNotEmpty();
  }
}
