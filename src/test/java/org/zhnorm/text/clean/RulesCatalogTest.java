package org.zhnorm.text.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/RULES.md is the rendering of the rule definitions; regenerate with RulesCatalog.main when this fails. */
class RulesCatalogTest {
  @Test
  void rulesMdMatchesRuleDefinitions() throws Exception {
    String onDisk = Files.readString(Path.of("docs/RULES.md"), StandardCharsets.UTF_8);
    assertThat(onDisk).isEqualTo(RulesCatalog.render(Cleaner.standard().rules()));
  }

  @Test
  void everyRuleHasIdScopeAndExample() {
    for (Rule r : Cleaner.standard().rules()) {
      assertThat(r.id()).matches("[a-z]+(-[a-z]+)*");
      assertThat(r.description()).isNotBlank();
    }
  }
}
