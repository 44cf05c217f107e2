package org.zhnorm.io.dump;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reads the shared dev corpus in place (it may not be copied); skipped when it is absent. */
class SharedCorpusTest {
  private static final Path DEV = Path.of(System.getProperty("zhnorm.dev", "/work/shared/corpus/dev"));
  private final DumpParser parser = new DumpParser(64L << 20);

  @BeforeEach
  void needsCorpus() {
    assumeTrue(Files.isDirectory(DEV), "shared corpus not found at " + DEV + "; set -Dzhnorm.dev=... to run");
  }

  /**
   * The first sentence of a gold text's first body paragraph (the first line holding a 。; headings
   * are the extractor's concern, not decoding's): up to the first 。！？ after 8 characters, at most 40.
   */
  static String firstSentence(String gold) {
    List<String> lines = gold.strip().lines().map(Collect::squash).filter(l -> !l.isEmpty()).toList();
    String s = lines.stream().filter(l -> l.length() >= 15 && l.contains("。")).findFirst()
        .orElse(lines.isEmpty() ? "" : lines.get(0));
    int end = s.length();
    for (int i = 8; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '。' || c == '！' || c == '？') {
        end = i;
        break;
      }
    }
    return s.substring(0, Math.min(Math.min(end, 40), s.length()));
  }

  @Test
  void everyGoldPageDecodesToItsGoldText() throws IOException {
    List<Path> pages;
    try (Stream<Path> s = Files.list(DEV.resolve("cn_web_gold/original"))) {
      pages = s.sorted().toList();
    }
    assertThat(pages).hasSize(35);
    List<String> missing = new ArrayList<>();
    for (Path page : pages) {
      String id = page.getFileName().toString().replace(".html", "");
      String gold = Files.readString(DEV.resolve("cn_web_gold/cleaned/" + id + ".txt"), StandardCharsets.UTF_8);
      Collect c = Collect.parse(parser, page);
      assertThat(c.failures).as(id).isEmpty();
      assertThat(c.records).as(id).hasSize(1);
      ParsedRecord r = c.records.get(0);
      assertThat(r.damageScore()).as(id).isLessThan(0.01);
      // decoding: the gold's first sentence is in the decoded page's full text
      String want = RepairChain.standard().apply(firstSentence(gold)).text();
      String all = Jsoup.parse(parser.decodeHtml(Files.readAllBytes(page)).text()).text();
      assertThat(Collect.squash(RepairChain.standard().apply(all).text())).as(id).contains(want);
      // extraction (HtmlExtractor, another package): the sentence is in the record's text
      if (!Collect.squash(r.text()).contains(want)) {
        missing.add(id + ": " + want);
      }
    }
    assertThat(missing).as("sentences the extractor misses").isEmpty();
  }

  @Test
  void warcChinesePagesComeThrough() {
    Collect c = Collect.parse(parser, DEV.resolve("crawl_formats/warc/resiliparse_warcfile.warc.gz"));
    assertThat(c.failures).isEmpty();
    assertThat(c.records).hasSize(16);
    assertThat(c.records.stream().filter(r -> r.charset().equals("GB18030")).count()).isEqualTo(6);
  }

  @Test
  void jsonLinesComeThroughAsDocuments() throws IOException {
    int records = 0;
    try (Stream<Path> s = Files.list(DEV.resolve("crawl_formats/jsonl"))) {
      for (Path f : s.sorted().toList()) {
        Collect c = Collect.parse(parser, f);
        assertThat(c.failures).as(f.toString()).isEmpty();
        assertThat(c.records).allSatisfy(r -> assertThat(r.text()).isNotBlank());
        records += c.records.size();
      }
    }
    assertThat(records).isEqualTo(120);
  }

  @Test
  void encodingFixtures() {
    Collect big5 = Collect.parse(parser, DEV.resolve("tw_news_parser_specs/liberty_times_big5_s1.html"));
    assertThat(big5.records).singleElement().satisfies(r -> assertThat(r.charset()).startsWith("Big5"));
    Collect kao = Collect.parse(parser, DEV.resolve("encoding_fixtures_charset_mnbvc/test5.txt"));
    assertThat(kao.records).singleElement().satisfies(r -> assertThat(r.damageScore()).isGreaterThan(0.3));
  }
}
