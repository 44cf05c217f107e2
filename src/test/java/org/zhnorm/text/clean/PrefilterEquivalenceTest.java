package org.zhnorm.text.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The line-pattern prefilter changes nothing: the whole chain's result (text, metadata, counters,
 * flags, traces) over every seed, fixture and dev document is identical with it on and off, and so
 * is every whole-line rule's decision on every real line.
 */
class PrefilterEquivalenceTest {
  private static <T> T withPrefilter(boolean on, java.util.function.Supplier<T> work) {
    boolean was = PatternLineRule.prefilter;
    PatternLineRule.prefilter = on;
    try {
      return work.get();
    } finally {
      PatternLineRule.prefilter = was;
    }
  }

  @Test
  void chainOutputIsTheSame() {
    Cleaner cleaner = Cleaner.standard();
    Map<String, String> docs = RealDocuments.all();
    assertThat(docs).hasSizeGreaterThan(20);
    int changed = 0;
    for (var e : docs.entrySet()) {
      CleanResult on = withPrefilter(true, () -> cleaner.clean(e.getValue(), null, true));
      CleanResult off = withPrefilter(false, () -> cleaner.clean(e.getValue(), null, true));
      assertThat(on).as(e.getKey()).isEqualTo(off);
      assertThat(on.text()).as(e.getKey()).isEqualTo(off.text());
      if (!on.text().equals(e.getValue().strip())) {
        changed++;
      }
    }
    // the comparison means something only if the rules did remove lines
    assertThat(changed).isGreaterThan(docs.size() / 2);
  }

  @Test
  void everyLineRuleDecidesTheSame() throws IOException {
    List<PatternLineRule> rules = new ArrayList<>();
    try (Stream<Path> s = Files.list(Path.of("src", "main", "resources", "org", "zhnorm", "clean", "lines"))) {
      for (Path f : s.sorted().toList()) {
        if (Files.readString(f).contains("(Matcher.matches)")) {
          rules.add(new PatternLineRule("test", "", "lines/" + f.getFileName()));
        }
      }
    }
    assertThat(rules).hasSizeGreaterThan(15);
    int dropped = 0;
    for (String line : RealDocuments.lines()) {
      for (PatternLineRule r : rules) {
        boolean on = withPrefilter(true, () -> r.matches(line));
        boolean off = withPrefilter(false, () -> r.matches(line));
        assertThat(on).as(line).isEqualTo(off);
        dropped += off ? 1 : 0;
      }
    }
    assertThat(dropped).isGreaterThan(50);
  }
}
