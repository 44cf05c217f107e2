package org.zhnorm.io.dump;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/REPAIRS.md's table of repairs is what the code says, in chain order. */
class RepairsCatalogTest {
  @Test
  void theCheckedInTableMatchesTheCode() throws Exception {
    String doc = Files.readString(Path.of("docs/REPAIRS.md"), StandardCharsets.UTF_8);
    assertThat(doc)
        .as("docs/REPAIRS.md is stale: run java -cp target/classes org.zhnorm.io.dump.RepairsCatalog docs/REPAIRS.md")
        .isEqualTo(RepairsCatalog.render(doc, RepairChain.order()));
  }

  @Test
  void everyRepairIsInTheOrderOnceAndTheOrderIsTheChain() {
    assertThat(RepairChain.order()).extracting(RepairChain.Repair::id).doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(RepairChain.ALL.stream().map(RepairChain.Repair::id).toList());
    assertThat(RepairChain.standard().ruleIds()).containsExactlyElementsOf(
        RepairChain.order().stream().map(RepairChain.Repair::id).toList());
  }
}
