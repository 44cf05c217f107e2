package org.zhnorm.text.segment;

import static org.assertj.core.api.Assertions.assertThat;

import com.hankcs.hanlp.dictionary.CoreBiGramTableDictionary;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** {@link BigramTable} answers what HanLP's {@code getBiFrequency(int, int)} answers. */
class BigramTableTest {
  @Test
  void theHashTableIsInUseForTheBundledHanlp() {
    assertThat(BigramTable.inUse()).isTrue();
  }

  @Test
  void everyWordBeforeTheFrequentWordsAndRandomPairsMatchHanlp() {
    int words = CoreDictionary.trie.size();
    int[] frequent = IntStream.range(0, words).boxed()
        .sorted(Comparator.comparingInt((Integer k) -> -CoreDictionary.get(k).totalFrequency))
        .limit(300).mapToInt(Integer::intValue).toArray();
    int present = 0;
    for (int a = 0; a < words; a++) {
      for (int b : frequent) {
        int expected = CoreBiGramTableDictionary.getBiFrequency(a, b);
        if (BigramTable.frequency(a, b) != expected) {
          assertThat(BigramTable.frequency(a, b)).as("%d %d", a, b).isEqualTo(expected);
        }
        present += expected > 0 ? 1 : 0;
      }
    }
    assertThat(present).as("pairs of HanLP's table among those asked").isGreaterThan(10_000);
    SplittableRandom random = new SplittableRandom(7);
    for (int n = 0; n < 1_000_000; n++) {
      int a = random.nextInt(words);
      int b = random.nextInt(words);
      assertThat(BigramTable.frequency(a, b)).as("%d %d", a, b).isEqualTo(CoreBiGramTableDictionary.getBiFrequency(a, b));
    }
  }

  @Test
  void negativeIdsAreUserWordFrequencies() {
    assertThat(BigramTable.frequency(-5, 10)).isEqualTo(CoreBiGramTableDictionary.getBiFrequency(-5, 10)).isEqualTo(5);
    assertThat(BigramTable.frequency(10, -7)).isEqualTo(7);
  }
}
