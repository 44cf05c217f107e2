package org.zhnorm.text.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CorpusKeysTest {
  @Test
  void lineKeysIgnoreWhitespaceAndFoldDigitRuns() {
    assertThat(LineKeys.key("浏览次数：123")).isEqualTo(LineKeys.key(" 浏览次数： 9 "));
    assertThat(LineKeys.key("浏览次数：123")).isNotEqualTo(LineKeys.key("阅读次数：123"));
  }

  @Test
  void shortLinesAreNotKeyed() {
    assertThat(LineKeys.key("1")).isNull();
    assertThat(LineKeys.key("分享")).isNull();
    assertThat(LineKeys.of("1\n\n 正文 \n")).isEmpty();
  }

  @Test
  void thresholdIsTheLargerOfCountAndShare() {
    assertThat(LineKeys.threshold(5, 3, 0.05)).isEqualTo(3);
    assertThat(LineKeys.threshold(1000, 3, 0.05)).isEqualTo(50);
  }

  @Test
  void hostsComeFromTheUrlOrTheSourceFolder() {
    assertThat(Hosts.of("http://www.Example.gov.cn/a/b.html", "/d/x.html")).isEqualTo("example.gov.cn");
    assertThat(Hosts.of(null, "/dump/site1/x.html")).isEqualTo("folder:/dump/site1");
    assertThat(Hosts.of("not a url", "/dump/site1/x.html")).isEqualTo("folder:/dump/site1");
  }

  @Test
  void minHashDropsOnlyRegexWhitespaceAndHashesShinglesAsStrings() {
    String text = "第一行 有空格\t制表\r\n第二行\u000b\f全角\u3000空格与\u00a0不换行空格留在文中";
    assertThat(new String(MinHash.withoutWhitespace(text)))
        .isEqualTo(text.replaceAll("\\s+", "")).contains("\u3000").contains("\u00a0");
    char[] t = MinHash.withoutWhitespace(text);
    for (int i = 0; i + MinHash.SHINGLE <= t.length; i++) {
      assertThat(Hashing64.hash(t, i, i + MinHash.SHINGLE)).isEqualTo(Hashing64.hash(new String(t, i, MinHash.SHINGLE)));
    }
    assertThat(MinHash.signature("短 文")).isEqualTo(MinHash.signature("短文"));
  }

  @Test
  void minHashEstimatesSimilarity() {
    String a = "新宁县委以党建为引领，以五个到户为抓手，坚持干部在一线锤炼、堡垒在一线建强、力量在一线凝聚、成效在一线检验。";
    String b = a.replace("成效", "效果");
    String c = "乐亭县立足大钊故乡政治和红色资源优势，扎实开展了基层党建示范引领三年行动，全力推动基层党组织全面进步。";
    assertThat(MinHash.similarity(MinHash.signature(a), MinHash.signature(a + "\n"))).isEqualTo(1.0);
    assertThat(MinHash.similarity(MinHash.signature(a), MinHash.signature(b))).isBetween(0.6, 0.99);
    assertThat(MinHash.similarity(MinHash.signature(a), MinHash.signature(c))).isLessThan(0.2);
    long[] sig = MinHash.signature(a);
    assertThat(MinHash.fromBytes(MinHash.toBytes(sig))).containsExactly(sig);
    assertThat(MinHash.bandKeys(sig)).hasSize(MinHash.BANDS).doesNotHaveDuplicates();
  }

  @Test
  void minHashTracksExactJaccardOnArticleLengthTexts() {
    java.util.Random random = new java.util.Random(7);
    StringBuilder base = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      base.append((char) (0x4E00 + random.nextInt(3000)));
    }
    for (double share : new double[] {0.0, 0.02, 0.1, 0.3, 0.6}) {
      StringBuilder edited = new StringBuilder(base);
      for (int i = 0; i < edited.length(); i++) {
        if (random.nextDouble() < share / MinHash.SHINGLE) {
          edited.setCharAt(i, (char) (0x4E00 + random.nextInt(3000)));
        }
      }
      double exact = jaccard(shingles(base.toString()), shingles(edited.toString()));
      double estimate = MinHash.similarity(MinHash.signature(base.toString()), MinHash.signature(edited.toString()));
      assertThat(estimate).as("share %s, exact %s", share, exact).isCloseTo(exact, org.assertj.core.data.Offset.offset(0.1));
    }
  }

  private static java.util.Set<String> shingles(String t) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (int i = 0; i + MinHash.SHINGLE <= t.length(); i++) {
      out.add(t.substring(i, i + MinHash.SHINGLE));
    }
    return out;
  }

  private static double jaccard(java.util.Set<String> a, java.util.Set<String> b) {
    java.util.Set<String> both = new java.util.HashSet<>(a);
    both.retainAll(b);
    return (double) both.size() / (a.size() + b.size() - both.size());
  }

  @Test
  void emptyAndTinyTextsHaveSignatures() {
    assertThat(MinHash.signature("")).hasSize(MinHash.SIZE);
    assertThat(MinHash.similarity(MinHash.signature("短"), MinHash.signature("短"))).isEqualTo(1.0);
  }
}
