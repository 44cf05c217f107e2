package org.zhnorm.io.dump;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.luben.zstd.ZstdOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.junit.jupiter.api.Test;

class DumpParserFormatsTest {
  private static final Charset GBK = Charset.forName("GBK");
  private static final Charset BIG5 = Charset.forName("Big5");
  private final DumpParser parser = new DumpParser(1 << 20);

  @Test
  void plainUtf8TextIsOneDocument() {
    Collect c = Collect.parse(parser, "a.txt", "第一段。\n第二段。".getBytes(StandardCharsets.UTF_8));
    assertThat(c.failures).isEmpty();
    assertThat(c.records).singleElement().satisfies(r -> {
      assertThat(r.format()).isEqualTo("text");
      assertThat(r.text()).isEqualTo("第一段。\n第二段。");
      assertThat(r.charsetReason()).isEqualTo("utf8-valid");
      assertThat(r.offset()).isZero();
    });
  }

  @Test
  void undeclaredGbkTextIsDetectedAsGb18030() {
    String s = "中华人民共和国国务院今天发布了关于进一步加强农村教育工作的通知，要求各地认真贯彻落实。";
    Collect c = Collect.parse(parser, "gbk.txt", s.getBytes(GBK));
    assertThat(c.records).singleElement().satisfies(r -> {
      assertThat(r.text()).isEqualTo(s);
      assertThat(r.charset()).isEqualTo("GB18030");
      assertThat(r.charsetReason()).isEqualTo("detected");
    });
  }

  @Test
  void undeclaredBig5TextIsDetectedAsBig5() {
    String s = "臺灣的新聞報導指出，政府將在明年推動一系列經濟發展計畫，並加強對於青少年的教育資源。";
    Collect c = Collect.parse(parser, "big5.txt", s.getBytes(BIG5));
    assertThat(c.records).singleElement().satisfies(r -> {
      assertThat(r.text()).isEqualTo(s);
      assertThat(r.charset()).startsWith("Big5");
    });
  }

  @Test
  void bomWinsAndIsRemoved() {
    byte[] b = ("\uFEFF中文内容").getBytes(StandardCharsets.UTF_8);
    Collect c = Collect.parse(parser, "bom.txt", b);
    assertThat(c.records).singleElement().satisfies(r -> {
      assertThat(r.text()).isEqualTo("中文内容");
      assertThat(r.charsetReason()).isEqualTo("bom");
    });
  }

  @Test
  void theEnvelopesTitleIsWeighedAgainstThePagesHeadings() {
    // the shape of cn_web_gold ab65832c (MIT): no <title>, the blog's name as h1, the post title only in
    // the envelope; the reader takes the envelope off and hands its title to the extractor as a candidate
    String page = "<text id=\"http://bjreader.blogchina.com/2756656.html\" title=\"谁来为无序拆房“埋单”？--bjreader的博客\" encoding=\"gbk\">\n"
        + "<html><body><div id=\"header\"><h1 class=\"title\">bjreader的博客</h1></div>"
        + "<p>当前，北京的拆迁工作正在紧锣密鼓地进行，可是无序拆房带来的问题也越来越多，谁来为此埋单？</p></body></html>\n</text>";
    Collect c = Collect.parse(parser, "x.html", page.getBytes(GBK));
    assertThat(c.records).singleElement().satisfies(r -> assertThat(r.title()).isEqualTo("谁来为无序拆房“埋单”？"));
  }

  @Test
  void crawlEnvelopeGivesUrlTitleAndCharset() {
    String page = "<text id=\"http://example.cn/a.html\" title=\"关注中国\" encoding=\"gb2312\">\n"
        + "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head>"
        + "<body><p>一九八九年四月，我在湖南张家界开一个全省教学研究会议。</p></body></html>\n</text>";
    Collect c = Collect.parse(parser, "x.html", page.getBytes(GBK));
    assertThat(c.records).singleElement().satisfies(r -> {
      assertThat(r.format()).isEqualTo("html");
      assertThat(r.url()).isEqualTo("http://example.cn/a.html");
      assertThat(r.title()).isEqualTo("关注中国");
      assertThat(r.charset()).isEqualTo("GB18030");
      assertThat(r.charsetReason()).isEqualTo("declared-envelope");
      assertThat(r.text()).contains("湖南张家界");
    });
  }

  @Test
  void lyingDeclarationLosesToTheBytes() {
    String html = "<html><head><meta charset=\"big5\"><title>标题</title></head><body><p>"
        + "中华人民共和国国务院今天发布了关于进一步加强农村教育工作的通知，要求各地认真贯彻落实，确保取得实效。"
        + "</p></body></html>";
    Collect c = Collect.parse(parser, "lie.html", html.getBytes(GBK));
    assertThat(c.records).singleElement().satisfies(r -> {
      assertThat(r.charset()).isEqualTo("GB18030");
      assertThat(r.charsetReason()).isEqualTo("detected-over-meta");
      assertThat(r.text()).contains("农村教育工作");
    });
    Collect u = Collect.parse(parser, "lie2.html",
        html.replace("big5", "gb2312").getBytes(StandardCharsets.UTF_8));
    assertThat(u.records).singleElement().satisfies(r -> assertThat(r.charsetReason()).isEqualTo("utf8-valid"));
  }

  @Test
  void realGbkEnvelopePageDecodesToItsGoldText() {
    Collect c = Collect.parse(parser, "cn_web_gold_05e98007.html", Collect.resource("cn_web_gold_05e98007.html"));
    String gold = new String(Collect.resource("cn_web_gold_05e98007.gold.txt"), StandardCharsets.UTF_8);
    assertThat(c.records).singleElement().satisfies(r -> {
      assertThat(r.url()).isEqualTo("http://cdp1998.org/details.asp?detailsid=2359");
      assertThat(r.charsetReason()).isEqualTo("declared-envelope");
      assertThat(Collect.squash(r.text())).contains(Collect.squash(gold).substring(0, 40));
    });
  }

  @Test
  void realBig5PageDecodes() {
    Collect c = Collect.parse(parser, "liberty_times_big5_s1.html", Collect.resource("liberty_times_big5_s1.html"));
    assertThat(c.records).singleElement().satisfies(r -> {
      assertThat(r.charset()).startsWith("Big5");
      assertThat(r.title()).contains("自由電子報");
      assertThat(r.damageScore()).isLessThan(0.01);
    });
  }

  @Test
  void realGbkReadAsLatin1FileIsRepaired() {
    Collect c = Collect.parse(parser, "mnbvc_gbk_as_latin1.txt", Collect.resource("mnbvc_gbk_as_latin1.txt"));
    assertThat(c.records).singleElement().satisfies(r -> {
      assertThat(r.text()).contains("更多精校小说尽在知轩藏书下载");
      assertThat(r.repairs()).containsKey(RepairChain.GBK_AS_LATIN1);
    });
  }

  @Test
  void jsonLinesWithConfigurableFields() {
    String lines = "{\"url\":\"u1\",\"title\":\"t1\",\"content\":\"第一篇\",\"date\":\"2021-01-01\"}\n"
        + "\n"
        + "{\"url\":\"u2\",\"html\":\"<html><body><p>第二篇正文</p></body></html>\"}\n"
        + "{\"link\":\"u3\",\"body\":\"第三篇\"}\n";
    Collect c = Collect.parse(parser, "d.jsonl", lines.getBytes(StandardCharsets.UTF_8));
    assertThat(c.records).extracting(ParsedRecord::offset).containsExactly(1L, 3L);
    assertThat(c.records.get(0)).satisfies(r -> {
      assertThat(r.url()).isEqualTo("u1");
      assertThat(r.title()).isEqualTo("t1");
      assertThat(r.date()).isEqualTo("2021-01-01");
      assertThat(r.text()).isEqualTo("第一篇");
      assertThat(r.format()).isEqualTo("jsonl");
    });
    assertThat(c.records.get(1).text()).contains("第二篇正文");
    assertThat(c.failures).singleElement().satisfies(f -> {
      assertThat(f.reason()).isEqualTo(DumpParser.MISSING_CONTENT);
      assertThat(f.offset()).isEqualTo(4L);
    });

    DumpSettings custom = new DumpSettings(List.of("link"), List.of(), List.of("body"), List.of(), List.of());
    Collect k = Collect.parse(new DumpParser(1 << 20, custom), "d.jsonl", lines.getBytes(StandardCharsets.UTF_8));
    assertThat(k.records).extracting(ParsedRecord::url).containsExactly("u3");
  }

  @Test
  void gbkJsonLinesAndTextThatOnlyLooksLikeJson() {
    byte[] gbk = "{\"text\":\"中华人民共和国国务院今天发布了关于加强农村教育工作的通知。\"}\n".getBytes(GBK);
    Collect c = Collect.parse(parser, "gbk.jsonl", gbk);
    assertThat(c.records).singleElement().satisfies(r -> {
      assertThat(r.text()).contains("农村教育工作");
      assertThat(r.charset()).isEqualTo("GB18030");
    });
    byte[] braces = "{标题}第一行\n第二行\n".getBytes(StandardCharsets.UTF_8);
    Collect t = Collect.parse(parser, "notes", braces);
    assertThat(t.failures).isEmpty();
    assertThat(t.records).singleElement().satisfies(r -> assertThat(r.format()).isEqualTo("text"));
  }

  @Test
  void realJsonLinesFixture() {
    Collect c = Collect.parse(parser, "flagdata_text_demo_input.jsonl", Collect.resource("flagdata_text_demo_input.jsonl"));
    assertThat(c.failures).isEmpty();
    assertThat(c.records).hasSize(7).allSatisfy(r -> assertThat(r.text()).isNotBlank());
  }

  @Test
  void compressedInputsReadTheSame() throws IOException {
    byte[] plain = "{\"text\":\"甲\"}\n{\"text\":\"乙\"}\n".getBytes(StandardCharsets.UTF_8);
    Collect expected = Collect.parse(parser, "x.jsonl", plain);
    assertThat(expected.records).hasSize(2);
    for (String kind : List.of("gz", "bz2", "zst")) {
      Collect c = Collect.parse(parser, "x.jsonl." + kind, compress(kind, plain));
      assertThat(c.events).as(kind).isEqualTo(expected.events);
    }
    // content sniffing: no telling extension
    assertThat(Collect.parse(parser, "noext", compress("gz", plain)).events).isEqualTo(expected.events);
  }

  static byte[] compress(String kind, byte[] data) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream out = switch (kind) {
      case "gz" -> new GZIPOutputStream(bytes);
      case "bz2" -> new BZip2CompressorOutputStream(bytes);
      default -> new ZstdOutputStream(bytes);
    }) {
      out.write(data);
    }
    return bytes.toByteArray();
  }

  @Test
  void warcRecordsMadeByTheTest() throws IOException {
    byte[] warc = WarcBuilder.sample();
    Collect c = Collect.parse(parser, "t.warc", warc);
    assertThat(c.records).extracting(ParsedRecord::format).containsExactly("warc", "wet");
    assertThat(c.records.get(0)).satisfies(r -> {
      assertThat(r.url()).isEqualTo("http://news.example.cn/1.html");
      assertThat(r.charset()).isEqualTo("GB18030");
      assertThat(r.charsetReason()).isEqualTo("declared-http");
      assertThat(r.text()).contains("农村教育工作");
      assertThat(r.date()).isEqualTo("2021-05-06T07:08:09Z");
    });
    assertThat(c.records.get(1).text()).isEqualTo("纯文本转换记录。");
    assertThat(c.skipped).containsExactly(DumpParser.SKIP_NON_TEXT, DumpParser.SKIP_HTTP_STATUS);
    assertThat(c.failures).isEmpty();
    Collect gz = Collect.parse(parser, "t.warc.gz", compress("gz", warc));
    assertThat(gz.events).isEqualTo(c.events);
  }

  @Test
  void realCommonCrawlWarcExcerpt() {
    Collect c = Collect.parse(parser, "resiliparse_warcfile.warc.gz", Collect.resource("resiliparse_warcfile.warc.gz"));
    assertThat(c.failures).isEmpty();
    // the excerpt's 12 Chinese pages: Han text, or a GB charset (two are menus or English only)
    long chinese = c.records.stream()
        .filter(r -> r.charset().equals("GB18030")
            || r.text().codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN))
        .count();
    assertThat(chinese).isEqualTo(12);
    assertThat(c.records).hasSize(16);
    assertThat(c.records).allSatisfy(r -> assertThat(r.url()).startsWith("http"));
    assertThat(c.records.stream().filter(r -> r.charset().equals("GB18030")).count()).isGreaterThanOrEqualTo(3);
  }

  @Test
  void sameBytesSameOutput() {
    byte[] b = Collect.resource("resiliparse_warcfile.warc.gz");
    assertThat(Collect.parse(parser, "w.warc.gz", b).events).isEqualTo(Collect.parse(parser, "w.warc.gz", b).events);
  }
}
