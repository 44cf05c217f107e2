package org.zhnorm.io.dump;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.compress.compressors.xz.XZCompressorOutputStream;
import org.junit.jupiter.api.Test;

/** Containers read or named as unsupported, JSON fields by dotted path and by shape, the size cap. */
class ContainersAndFieldsTest {
  static final String BODY = "新宁县委以党建为引领，以“五个到户”为抓手，坚持干部在一线锤炼、堡垒在一线建强、力量在一线凝聚。";
  private final DumpParser parser = new DumpParser(1 << 20);

  @Test
  void xzIsRead() throws Exception {
    ByteArrayOutputStream xz = new ByteArrayOutputStream();
    try (OutputStream o = new XZCompressorOutputStream(xz)) {
      o.write(BODY.getBytes(StandardCharsets.UTF_8));
    }
    Collect c = Collect.parse(parser, "a.txt.xz", xz.toByteArray());
    assertThat(c.failures).isEmpty();
    assertThat(c.records).singleElement().satisfies(r -> assertThat(r.text()).isEqualTo(BODY));
  }

  @Test
  void otherArchivesAreNamedAsUnsupported() {
    byte[] sevenZip = {'7', 'z', (byte) 0xBC, (byte) 0xAF, 0x27, 0x1C, 0, 4, 1, 2, 3};
    byte[] rar = {'R', 'a', 'r', '!', 0x1A, 7, 0};
    byte[] lz4 = {0x04, 0x22, 0x4D, 0x18, 0x64, 0x40};
    for (byte[] b : List.of(sevenZip, rar, lz4)) {
      Collect c = Collect.parse(parser, "dump.bin", b);
      assertThat(c.failures).singleElement().satisfies(f -> {
        assertThat(f.reason()).isEqualTo(DumpParser.UNSUPPORTED_COMPRESSION);
        assertThat(f.detail()).contains("reads gzip, bzip2, zstd and xz");
      });
    }
  }

  static String page(String body) {
    return "<html><head><title>基层党建</title></head><body><div class=\\\"article\\\"><p>" + body + "</p></div></body></html>";
  }

  @Test
  void aNamedFieldMayBeADottedPath() {
    DumpSettings d = DumpSettings.defaults();
    DumpSettings nested = new DumpSettings(d.urlFields(), d.titleFields(), d.contentFields(), List.of("raw_response.content"),
        d.dateFields());
    String line = "{\"url\": \"http://a.cn/1\", \"raw_response\": {\"status\": 200, \"body\": null, \"content\": \"" + page(BODY) + "\"}}";
    Collect c = Collect.parse(new DumpParser(1 << 20, nested), "items.jsonl", line.getBytes(StandardCharsets.UTF_8));
    assertThat(c.failures).isEmpty();
    assertThat(c.records).singleElement().satisfies(r -> {
      assertThat(r.text()).contains(BODY).doesNotContain("<p>");
      assertThat(r.url()).isEqualTo("http://a.cn/1");
    });
  }

  @Test
  void withNoFieldNamedTheDocumentIsFoundInNestedObjectsByItsShape() {
    String html = "{\"meta\": {\"id\": 7}, \"response\": {\"headers\": {\"server\": \"nginx\"}, \"page\": \"" + page(BODY) + "\"}}";
    String text = "{\"item\": {\"fields\": [{\"lang\": \"zh\", \"value\": \"" + BODY + "\"}]}}";
    String none = "{\"item\": {\"id\": 1, \"tags\": [\"a\", \"b\"]}}";
    Collect c = Collect.parse(parser, "items.jsonl", (html + "\n" + text + "\n" + none + "\n").getBytes(StandardCharsets.UTF_8));
    assertThat(c.records).hasSize(2);
    assertThat(c.records.get(0).text()).contains(BODY).doesNotContain("<p>");
    assertThat(c.records.get(1).text()).isEqualTo(BODY);
    assertThat(c.failures).singleElement().satisfies(f -> {
      assertThat(f.reason()).isEqualTo(DumpParser.MISSING_CONTENT);
      assertThat(f.offset()).isEqualTo(3);
      assertThat(f.detail()).contains("no nested string looks like HTML or text");
    });
  }

  @Test
  void aFieldNamedByTheUserIsNotGuessed() {
    DumpSettings d = DumpSettings.defaults();
    DumpSettings named = new DumpSettings(d.urlFields(), d.titleFields(), List.of("body"), d.htmlFields(), d.dateFields());
    String line = "{\"response\": {\"page\": \"" + page(BODY) + "\"}}";
    Collect c = Collect.parse(new DumpParser(1 << 20, named), "items.jsonl", line.getBytes(StandardCharsets.UTF_8));
    assertThat(c.failures).singleElement().satisfies(f -> assertThat(f.reason()).isEqualTo(DumpParser.MISSING_CONTENT));
  }

  @Test
  void aTextOverTheCharacterCapIsTooLongWithItsSize() {
    DumpParser capped = new DumpParser(1 << 20, 40, DumpSettings.defaults());
    Collect c = Collect.parse(capped, "a.txt", BODY.getBytes(StandardCharsets.UTF_8));
    assertThat(c.failures).singleElement().satisfies(f -> {
      assertThat(f.reason()).isEqualTo(DumpParser.TOO_LONG);
      assertThat(f.detail()).startsWith("a text of " + BODY.length() + " characters").contains("--maxDocumentChars=40");
    });
    String html = "<html><body><p>" + BODY + "</p>" + "<script>var x = 1;</script>".repeat(20) + "</body></html>";
    assertThat(Collect.parse(new DumpParser(1 << 20, 60, DumpSettings.defaults()), "a.html", html.getBytes(StandardCharsets.UTF_8))
        .records).as("the cap applies to the extracted text, not the markup").hasSize(1);
  }
}
