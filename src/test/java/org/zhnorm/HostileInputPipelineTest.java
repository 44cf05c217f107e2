package org.zhnorm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile dumps through the whole pipeline (issue 15): a giant one-line text, containers the reader
 * does not know, HTML nested in JSON, paths that cannot be read, runs where everything is rejected.
 * Each document read is written, merged or dead-lettered with a reason a user can act on.
 */
class HostileInputPipelineTest {
  @TempDir Path dir;
  private final ObjectMapper json = new ObjectMapper();

  static final String P1 = BadInputPipelineTest.P1;
  static final String P2 = BadInputPipelineTest.P2;
  static final String P3 = BadInputPipelineTest.P3;

  static String page(String title, String body) {
    return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body>"
        + "<div class=\"nav\"><a href=\"/\">首页</a></div><div class=\"article\"><h1>" + title + "</h1><p>" + body
        + "</p><p>" + body + "</p></div></body></html>";
  }

  /** A Scrapy item: the page sits at raw_response.content, not at a top-level field. */
  String scrapyItem(String url, String title, String body) throws Exception {
    return json.writeValueAsString(java.util.Map.of("url", url, "spider", "news",
        "raw_response", java.util.Map.of("status", 200, "headers", java.util.Map.of("Content-Type", "text/html"),
            "content", page(title, body))));
  }

  List<String> deadLetters(Path out) throws Exception {
    List<String> reasons = new ArrayList<>();
    for (String line : Files.readAllLines(out.resolve("dead_letter/dead_letter-00000-of-00001.jsonl"))) {
      JsonNode d = json.readTree(line);
      reasons.add(Path.of(d.get("source").asText()).getFileName() + " " + d.get("stage").asText() + "/"
          + d.get("reason").asText() + " " + d.get("detail").asText());
    }
    return reasons;
  }

  @Test
  void hostileFilesBecomeDeadLettersWithTheirReasonAndTheRestIsWritten() throws Exception {
    Path in = Runs.seedInput(dir);
    // a one-line document far over the cap: dead-lettered with its size before any shuffle
    Files.writeString(in.resolve("giant.txt"), (P1 + P2 + P3).repeat(300), StandardCharsets.UTF_8);
    String longText = P1.repeat(25_000 / P1.length() + 1);
    Files.writeString(in.resolve("long.txt"), longText, StandardCharsets.UTF_8);
    ByteArrayOutputStream xz = new ByteArrayOutputStream();
    try (OutputStream o = new XZCompressorOutputStream(xz)) {
      o.write(("乡村振兴的一线经验\n" + P1 + "\n" + P3 + "\n").getBytes(StandardCharsets.UTF_8));
    }
    Files.write(in.resolve("packed.txt.xz"), xz.toByteArray());
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(zip)) {
      z.putNextEntry(new ZipEntry("a.txt"));
      z.write(P2.getBytes(StandardCharsets.UTF_8));
    }
    Files.write(in.resolve("bundle.zip"), zip.toByteArray());
    Files.writeString(in.resolve("items.jsonl"), scrapyItem("http://b.example.cn/1.html", "基层党建示范", P2) + "\n"
        + scrapyItem("http://b.example.cn/2.html", "党建五大工程", P3) + "\n", StandardCharsets.UTF_8);
    Files.createSymbolicLink(in.resolve("gone.txt"), dir.resolve("no-such-file.txt"));
    // an exact copy of a seed: merged, and recorded with its file on the row it was merged into
    Files.copy(in.resolve("002_3338117f636233a1.txt"), in.resolve("zz-copy.txt"));

    Path out = dir.resolve("out");
    ZhnormPipeline.run(Runs.options(in, out, "--runner=DirectRunner", "--maxDocumentChars=20000"));

    List<String> dead = deadLetters(out);
    assertThat(dead).hasSize(4);
    assertThat(dead).anyMatch(d -> d.startsWith("long.txt read/too-long a text of " + longText.length() + " characters ("
        + longText.getBytes(StandardCharsets.UTF_8).length + " bytes of UTF-8) exceeds --maxDocumentChars=20000"));
    assertThat(dead).anyMatch(d -> d.startsWith("giant.txt read/too-long a text of "
        + (P1 + P2 + P3).repeat(300).getBytes(StandardCharsets.UTF_8).length + " bytes")
        && d.contains("exceeds --maxDocumentChars=20000"));
    assertThat(dead).anyMatch(d -> d.startsWith("bundle.zip read/unsupported-compression a zip file"));
    assertThat(dead).anyMatch(d -> d.startsWith("gone.txt read/unreadable-file cannot open the file"));

    JsonNode report = json.readTree(out.resolve("_report/report.json").toFile());
    // 5 seeds + the xz text + 2 Scrapy items written; 4 dead letters
    assertThat(report.at("/documents/written").asLong()).isEqualTo(8);
    assertThat(report.at("/documents/read").asLong()).isEqualTo(13);
    assertThat(report.at("/documents/dead_lettered").asLong()).isEqualTo(4);
    assertThat(report.at("/documents/duplicates_merged").asLong()).isEqualTo(1);
    assertThat(report.at("/invariant/holds").asBoolean()).isTrue();
    // what was read, before cleaning took the noise away
    assertThat(report.at("/characters/original").asLong()).isGreaterThan(report.at("/characters/written").asLong());
    try (Tables t = new Tables(out)) {
      assertThat(t.count("SELECT count(*) FROM " + t.table("documents") + " WHERE url LIKE 'http://b.example.cn/%'"
          + " AND text LIKE '%党组织全面进步%' AND text NOT LIKE '%<p>%'")).isEqualTo(1);
      assertThat(t.count("SELECT count(*) FROM " + t.table("documents") + " WHERE source_uri LIKE '%packed.txt.xz' AND text LIKE '%力量在一线凝聚%'"))
          .isEqualTo(1);
      assertThat(t.rows("SELECT source_uri LIKE '%002_3338117f636233a1.txt', len(duplicates), duplicate_sources[1] LIKE '%/zz-copy.txt#0'"
          + " FROM " + t.table("documents") + " WHERE len(duplicates) > 0")).containsExactly("true\t1\ttrue");
    }
    assertThat(out.resolve("_SUCCESS")).exists();
  }

  @Test
  void aRunWhereEveryDocumentIsDeadLetteredFailsWithTheReasonsAndWritesReadableEmptyTables() throws Exception {
    Path in = Files.createDirectories(dir.resolve("scrapy"));
    // the user names a field no record has
    Files.writeString(in.resolve("items.jsonl"), scrapyItem("http://b.example.cn/1.html", "基层党建示范", P2) + "\n"
        + scrapyItem("http://b.example.cn/2.html", "党建五大工程", P3) + "\n", StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    assertThatThrownBy(() -> ZhnormPipeline.run(Runs.options(in, out, "--runner=DirectRunner", "--jsonHtmlFields=response.body")))
        .isInstanceOf(DeadLetterShare.TooMany.class)
        .hasMessageContaining("all 2 documents read were dead-lettered")
        .hasMessageContaining("read/missing-content 2")
        .hasMessageContaining("no _SUCCESS");
    assertThat(out.resolve("_SUCCESS")).doesNotExist();
    try (Tables t = new Tables(out)) {
      for (String table : List.of("documents", "sections", "claims")) {
        assertThat(t.count("SELECT count(*) FROM " + t.table(table))).isZero();
      }
      assertThat(t.rows("SELECT column_name FROM (DESCRIBE SELECT * FROM " + t.table("documents") + ")"))
          .contains("doc_id", "text", "pub_month");
    }
    JsonNode report = json.readTree(out.resolve("_report/report.json").toFile());
    assertThat(report.at("/documents/written").isNumber()).isTrue();
    assertThat(report.at("/documents/dead_lettered").asLong()).isEqualTo(2);

    // the same items with the field named by its dotted path are read
    Path again = dir.resolve("again");
    ZhnormPipeline.run(Runs.options(in, again, "--runner=DirectRunner", "--jsonHtmlFields=raw_response.content"));
    try (Tables t = new Tables(again)) {
      assertThat(t.count("SELECT count(*) FROM " + t.table("documents"))).isEqualTo(2);
    }
  }

  @Test
  void moreThanTheAllowedShareOfDeadLettersFailsTheRun() throws Exception {
    Path in = Runs.seedInput(dir);
    Files.write(in.resolve("empty.txt"), new byte[0]);
    Files.write(in.resolve("empty2.txt"), new byte[0]);
    Path out = dir.resolve("out");
    assertThatThrownBy(() -> ZhnormPipeline.run(Runs.options(in, out, "--runner=DirectRunner", "--maxDeadLetteredShare=0.2")))
        .isInstanceOf(DeadLetterShare.TooMany.class)
        .hasMessageContaining("2 of 7 documents read (28.6%) were dead-lettered, more than --maxDeadLetteredShare=0.2")
        .hasMessageContaining("read/empty-file 2");
  }
}
