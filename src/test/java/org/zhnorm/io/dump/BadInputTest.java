package org.zhnorm.io.dump;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder of bad inputs made by the test: exactly one failure per bad item, good items still read. */
class BadInputTest {
  private static final int MAX = 8 << 20;
  @TempDir static Path dir;
  /** file name -> expected failure reason (exactly one each). */
  private static final Map<String, String> BAD = new LinkedHashMap<>();
  /** file name -> expected number of good records in the same file. */
  private static final Map<String, Integer> GOOD = new LinkedHashMap<>();
  private final DumpParser parser = new DumpParser(MAX);

  @BeforeAll
  static void makeFolder() throws IOException {
    write("empty.txt", new byte[0], DumpParser.EMPTY_FILE, 0);
    write("empty.jsonl.gz", gzip(new byte[0]), DumpParser.EMPTY_FILE, 0);
    write("blank-lines.jsonl", "\n\n  \n".getBytes(StandardCharsets.US_ASCII), DumpParser.EMPTY_FILE, 0);
    byte[] bin = new byte[4096];
    new Random(7).nextBytes(bin);
    bin[10] = 0;
    write("image.html", bin, DumpParser.BINARY_FILE, 0);
    byte[] ff = new byte[3000];
    Arrays.fill(ff, (byte) 0xFF);
    write("undecodable.txt", ff, DumpParser.UNDECODABLE, 0);

    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 20000; i++) {
      lines.append("{\"text\":\"第").append(i).append("篇文章的正文内容。\"}\n");
    }
    byte[] gz = gzip(lines.toString().getBytes(StandardCharsets.UTF_8));
    write("truncated.jsonl.gz", Arrays.copyOf(gz, gz.length / 2), DumpParser.TRUNCATED_COMPRESSION, -1);
    byte[] corrupt = gz.clone();
    for (int i = 20; i < 60; i++) {
      corrupt[i] = (byte) 0xAB;
    }
    write("corrupt.jsonl.gz", corrupt, DumpParser.CORRUPT_COMPRESSION, 0);

    write("malformed.jsonl", ("{\"text\":\"好\"}\n{\"text\": \"坏\n\n{\"text\":\"好\"}\n").getBytes(StandardCharsets.UTF_8),
        DumpParser.MALFORMED_JSON, 2);
    write("not-object.jsonl", ("{\"text\":\"好\"}\n[1,2]\n").getBytes(StandardCharsets.UTF_8), DumpParser.MALFORMED_JSON, 1);
    write("no-content.jsonl", ("{\"url\":\"u\"}\n{\"text\":\"好\"}\n").getBytes(StandardCharsets.UTF_8),
        DumpParser.MISSING_CONTENT, 1);

    byte[] page = WarcBuilder.http(200, "text/html; charset=utf-8",
        "<html><body><p>正常的网页正文。</p></body></html>".getBytes(StandardCharsets.UTF_8));
    byte[] broken = new WarcBuilder()
        .record("response", "http://a.cn/1", "application/http; msgtype=response", page)
        .raw("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: abc\r\n\r\n<html>garbage</html>\r\n\r\n")
        .record("response", "http://a.cn/2", "application/http; msgtype=response", page)
        .bytes();
    write("broken.warc", broken, DumpParser.BROKEN_WARC_RECORD, 2);
    byte[] whole = new WarcBuilder()
        .record("response", "http://a.cn/1", "application/http; msgtype=response", page)
        .record("response", "http://a.cn/2", "application/http; msgtype=response", page)
        .bytes();
    write("cut.warc", Arrays.copyOf(whole, whole.length - 30), DumpParser.BROKEN_WARC_RECORD, 1);
    write("bad-http.warc", new WarcBuilder()
        .record("response", "http://a.cn/x", "application/http; msgtype=response", "NOT HTTP AT ALL".getBytes(StandardCharsets.US_ASCII))
        .bytes(), DumpParser.BROKEN_WARC_RECORD, 0);

    // a single 50 MB line, then a good line
    Path big = dir.resolve("bigline.jsonl");
    try (OutputStream out = Files.newOutputStream(big)) {
      out.write("{\"text\":\"".getBytes(StandardCharsets.US_ASCII));
      byte[] chunk = new byte[1 << 20];
      Arrays.fill(chunk, (byte) 'a');
      for (int i = 0; i < 50; i++) {
        out.write(chunk);
      }
      out.write("\"}\n{\"text\":\"后面的好文档\"}\n".getBytes(StandardCharsets.UTF_8));
    }
    BAD.put("bigline.jsonl", DumpParser.TOO_LARGE);
    GOOD.put("bigline.jsonl", 1);

    byte[] bigPage = repeat((byte) 'x', MAX + 10);
    System.arraycopy("<html><body><p>".getBytes(StandardCharsets.US_ASCII), 0, bigPage, 0, 15);
    write("huge.html", bigPage, DumpParser.TOO_LARGE, 0);

    byte[] member = gzip(repeat((byte) 'a', 1 << 20));
    write("bomb.txt.gz", bomb(member, 1024), DumpParser.TOO_LARGE, 0);
    byte[] lineMember = gzip(repeat((byte) 'a', 1 << 20));
    ByteArrayOutputStream jb = new ByteArrayOutputStream();
    jb.writeBytes(gzip("{\"text\":\"好\"}\n{\"text\":\"".getBytes(StandardCharsets.UTF_8)));
    jb.writeBytes(bomb(lineMember, 1024));
    write("bomb.jsonl.gz", jb.toByteArray(), DumpParser.TOO_LARGE, 1);
  }

  private static byte[] repeat(byte b, int n) {
    byte[] a = new byte[n];
    Arrays.fill(a, b);
    return a;
  }

  private static byte[] bomb(byte[] member, int times) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < times; i++) {
      out.writeBytes(member);
    }
    return out.toByteArray();
  }

  private static void write(String name, byte[] bytes, String reason, int good) throws IOException {
    Files.write(dir.resolve(name), bytes);
    BAD.put(name, reason);
    GOOD.put(name, good);
  }

  static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(data);
    }
    return bytes.toByteArray();
  }

  @Test
  void eachBadItemGivesExactlyOneFailureAndGoodItemsSurvive() {
    List<String> failures = new ArrayList<>();
    for (Map.Entry<String, String> e : BAD.entrySet()) {
      Collect c = Collect.parse(parser, dir.resolve(e.getKey()));
      assertThat(c.failures).as(e.getKey()).singleElement()
          .satisfies(f -> assertThat(f.reason()).as(e.getKey() + " " + f).isEqualTo(e.getValue()));
      int good = GOOD.get(e.getKey());
      if (good >= 0) {
        assertThat(c.records).as(e.getKey()).hasSize(good);
      } else {
        assertThat(c.records).as(e.getKey()).isNotEmpty();
      }
      failures.add(c.failures.get(0).reason());
    }
    assertThat(failures).hasSize(BAD.size());
  }

  @Test
  void failuresCarryLineNumbersAndByteOffsets() {
    Collect json = Collect.parse(parser, dir.resolve("malformed.jsonl"));
    assertThat(json.failures.get(0).offset()).isEqualTo(2);
    assertThat(json.records).extracting(ParsedRecord::offset).containsExactly(1L, 4L);
    Collect warc = Collect.parse(parser, dir.resolve("broken.warc"));
    assertThat(warc.failures.get(0).offset()).isGreaterThan(0);
    assertThat(warc.records.get(1).offset()).isGreaterThan(warc.failures.get(0).offset());
    Collect big = Collect.parse(parser, dir.resolve("bigline.jsonl"));
    assertThat(big.failures.get(0).offset()).isEqualTo(1);
    assertThat(big.records.get(0).offset()).isEqualTo(2);
  }

  @Test
  void decompressionBombIsStoppedAtTheLimitNotInflated() throws IOException {
    Path bomb = dir.resolve("bomb.txt.gz");
    long size = Files.size(bomb);
    long[] read = new long[1];
    Collect c = new Collect();
    parser.parse("bomb.txt.gz", () -> new FilterInputStream(Files.newInputStream(bomb)) {
      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        read[0] += Math.max(0, n);
        return n;
      }
    }, c);
    assertThat(c.failures).singleElement().satisfies(f -> assertThat(f.reason()).isEqualTo(DumpParser.TOO_LARGE));
    // 1 GB inflated from ~1 MB: only the part needed to pass the 8 MB limit is read
    assertThat(read[0]).isLessThan(size / 4);
  }

  @Test
  void oversizeWarcRecordsAreTooLargeOrSkippedByContentType() {
    byte[] big = new byte[5000];
    Arrays.fill(big, (byte) 'x');
    byte[] warc = new WarcBuilder()
        .record("response", "http://a.cn/big.html", "application/http; msgtype=response", WarcBuilder.http(200, "text/html", big))
        .record("response", "http://a.cn/big.png", "application/http; msgtype=response", WarcBuilder.http(200, "image/png", big))
        .record("response", "http://a.cn/ok.html", "application/http; msgtype=response",
            WarcBuilder.http(200, "text/html; charset=utf-8", "<p>小页面</p>".getBytes(StandardCharsets.UTF_8)))
        .bytes();
    Collect c = Collect.parse(new DumpParser(1000), "w.warc", warc);
    assertThat(c.failures).singleElement().satisfies(f -> assertThat(f.reason()).isEqualTo(DumpParser.TOO_LARGE));
    assertThat(c.skipped).containsExactly(DumpParser.SKIP_NON_TEXT);
    assertThat(c.records).singleElement().satisfies(r -> assertThat(r.text()).isEqualTo("小页面"));
  }

  @Test
  void sourceErrorsAreRealIoErrors() {
    IOException boom = new IOException("disk gone");
    Collect c = new Collect();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> parser.parse("x.jsonl.gz", () -> new InputStream() {
      @Override
      public int read() throws IOException {
        throw boom;
      }
    }, c)).isSameAs(boom);
  }
}
