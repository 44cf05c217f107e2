package org.zhnorm.text.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The bundled OpenCC data is what PROVENANCE says: loadable, and identical to the shared copy. */
class BundledDictionariesTest {
  private static final List<String> FILES =
      List.of(
          "CJK_Compatibility_Ideographs.txt", "TSPhrases.txt", "TSCharacters.txt", "STCharacters.txt",
          "TWPhrasesRev.txt", "TWVariants.txt", "TWVariantsRevPhrases.txt", "HKVariants.txt",
          "HKVariantsRevPhrases.txt");

  @Test
  void everyDictionaryLoadsWithEntries() {
    for (String f : FILES) {
      assertThat(OpenccDictionary.load(f).entries()).as(f).isNotEmpty();
    }
    assertThat(OpenccDictionary.tofuRiskExtension("TSCharacters.txt").entries())
        .containsEntry("殢", List.of("𣨼"))
        .doesNotContainKey("乾");
    assertThat(OpenccDictionary.load("TWVariants.txt").reversed("TWVariantsRev").entries())
        .containsEntry("裡", List.of("裏"));
  }

  @Test
  void missingResourceFailsFast() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> OpenccDictionary.load("Nope.txt"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Nope.txt");
  }

  @Test
  void bundledFilesAreByteIdenticalToTheSharedUpstreamCopy() throws Exception {
    Path shared = Path.of("/work/shared/opencc/dictionary");
    boolean present = Files.isDirectory(shared);
    if (!present) {
      System.out.println("provenance check skipped: " + shared + " not present");
    }
    Assumptions.assumeTrue(present, shared + " not present: provenance check skipped");
    for (String f : FILES) {
      try (InputStream in = getClass().getResourceAsStream(OpenccDictionary.RESOURCE_DIR + f)) {
        assertThat(in.readAllBytes()).as(f).isEqualTo(Files.readAllBytes(shared.resolve(f)));
      }
    }
  }
}
