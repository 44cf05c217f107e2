package org.zhnorm.text.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhnorm.text.segment.RuleTokens.of;
import static org.zhnorm.text.segment.RuleTokens.show;
import static org.zhnorm.text.segment.RuleTokens.text;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityMergeTest {
  private static List<String> merged(List<Token> base, List<Token> names) {
    assertThat(text(names)).isEqualTo(text(base));
    return show(EntityMerge.apply(text(base), base, names));
  }

  @Test
  void organizationOnWordBoundariesBecomesOneToken() {
    assertThat(merged(of("与/cc", "兰州/ns", "大学/nis"), of("与/cc", "兰州大学/nt")))
        .containsExactly("与/cc", "兰州大学/nt");
  }

  @Test
  void nameThatCutsAWordIsRejected() {
    List<Token> base = of("提升/v", "能力/n", "建设/vn");
    assertThat(merged(base, of("提升/v", "能/v", "力建设/nr"))).isEqualTo(show(base));
  }

  @Test
  void placeStartingWithFunctionWordIsRejected() {
    List<Token> base = of("书记/nnt", "和/cc", "村/n", "干部/n");
    assertThat(merged(base, of("书记/nnt", "和村/ns", "干部/n"))).isEqualTo(show(base));
  }

  @Test
  void organizationMustEndInAnOrganizationWord() {
    List<Token> base = of("融合/vn", "示范点/n");
    assertThat(merged(base, of("融合示范点/nt"))).isEqualTo(show(base));
  }

  @Test
  void administrativeUnitsArePeeledOffOrganizations() {
    assertThat(merged(of("榆中县/ns", "夏/tg", "官/n", "营/n", "镇/n", "党委/nis"), of("榆中县夏官营镇党委/nt")))
        .containsExactly("榆中县/ns", "夏官营镇/ns", "党委/nis");
  }

  @Test
  void personStartingWithAVerbIsRejected() {
    List<Token> base = of("学/v", "有/vyou", "所/usuo", "成/v");
    assertThat(merged(base, of("学有/nr", "所/usuo", "成/v"))).isEqualTo(show(base));
    assertThat(merged(of("姜/n", "丽/ag", "说/v"), of("姜丽/nr", "说/v"))).containsExactly("姜丽/nr", "说/v");
  }

  @Test
  void personNameEndingInVillageIsAPlace() {
    assertThat(merged(of("白/a", "牛/n", "村/n"), of("白牛村/nr"))).containsExactly("白牛村/ns");
  }

  @Test
  void dictionaryWordIsNeverRetaggedAsPerson() {
    assertThat(merged(of("全域/n", "旅游/vn"), of("全域/nr", "旅游/vn"))).containsExactly("全域/n", "旅游/vn");
  }

  @Test
  void adminSuffixJoinsAProperName() {
    assertThat(show(joined(0, "渭南市/ns", "华州/nz", "区/n", "坚持/v"))).containsExactly("渭南市/ns", "华州区/ns", "坚持/v");
    assertThat(show(joined(0, "党建/n", "区/n"))).containsExactly("党建/n", "区/n");
  }

  @Test
  void adminSuffixStaysInsideItsWindow() {
    // the window starts at index 1: 华州 ends the window before and is not joined across the cut
    assertThat(show(joined(1, "华州/nz", "区/n", "坚持/v"))).containsExactly("华州/nz", "区/n", "坚持/v");
    assertThat(show(joined(1, "坚持/v", "华州/nz", "区/n"))).containsExactly("坚持/v", "华州区/ns");
  }

  /** The tokens after rule admin-suffix ran in place on those from index {@code from} on. */
  private static List<Token> joined(int from, String... wordPos) {
    List<Token> tokens = new ArrayList<>(of(wordPos));
    EntityMerge.joinAdminSuffix(tokens, from);
    return tokens;
  }
}
