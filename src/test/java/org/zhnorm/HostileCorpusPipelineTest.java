package org.zhnorm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated hostile corpus (random bytes, truncated and corrupt containers, giant lines, deep HTML
 * nesting, broken JSON, mixed charsets) through the whole pipeline: the run ends, and every document
 * read is written, merged or dead-lettered (read = written + merged + dead-lettered).
 */
class HostileCorpusPipelineTest {
  @TempDir Path dir;

  static final String P1 = BadInputPipelineTest.P1;
  static final String P2 = BadInputPipelineTest.P2;
  static final String P3 = BadInputPipelineTest.P3;

  @Test
  void theAccountingInvariantHoldsOnAHostileCorpus() throws Exception {
    Path in = Files.createDirectories(dir.resolve("hostile"));
    Random random = new Random(15);
    for (int i = 0; i < 4; i++) {
      byte[] noise = new byte[1000 + random.nextInt(20_000)];
      random.nextBytes(noise);
      Files.write(in.resolve("random-" + i + ".bin"), noise);
      Files.write(in.resolve("random-" + i + ".txt.gz"), Arrays.copyOf(gzip(noise), 200));
    }
    byte[] gz = gzip(("标题\n" + P1 + "\n" + P2 + "\n").repeat(100).getBytes(StandardCharsets.UTF_8));
    Files.write(in.resolve("truncated.jsonl.gz"), Arrays.copyOf(gz, gz.length / 3));
    byte[] corrupt = gz.clone();
    for (int i = 20; i < corrupt.length; i += 7) {
      corrupt[i] ^= 0x5A;
    }
    Files.write(in.resolve("corrupt.txt.gz"), corrupt);
    // giant lines: one over the character cap, one JSON line over the byte cap, one long but allowed
    Files.writeString(in.resolve("giant.txt"), P1.repeat(2_000), StandardCharsets.UTF_8);
    Files.writeString(in.resolve("giant.jsonl"), "{\"content\": \"" + P2.repeat(3_000) + "\"}\n{\"content\": \"" + P3 + "\"}\n",
        StandardCharsets.UTF_8);
    Files.writeString(in.resolve("long-line.txt"), (P2 + P3).repeat(40), StandardCharsets.UTF_8);
    // deep HTML nesting
    Files.writeString(in.resolve("deep.html"), "<html><body>" + "<div>".repeat(100_000) + P1 + "</div>".repeat(100_000)
        + "</body></html>", StandardCharsets.UTF_8);
    Files.writeString(in.resolve("deep-unclosed.html"), "<html><body>" + "<span><b>".repeat(30_000) + P2, StandardCharsets.UTF_8);
    // broken JSON
    Files.writeString(in.resolve("broken.jsonl"), "{\"content\": \"" + P1 + "\"}\n{\"content\": \"" + P2 + "\n[1, 2]\n\"just a string\"\n"
        + "{\"title\": \"没有正文\"}\n{\"content\": \"" + P3 + "\"}\n{\"content\": ", StandardCharsets.UTF_8);
    Files.writeString(in.resolve("broken.json"), "[{\"content\": \"" + P1 + "\"}, {\"content\": ", StandardCharsets.UTF_8);
    // mixed charsets
    Files.write(in.resolve("gbk.txt"), ("乡村振兴\n" + P1).getBytes(Charset.forName("GBK")));
    Files.write(in.resolve("big5.txt"), ("鄉村振興\n" + "新寧縣委以黨建為引領，堅持幹部在一線錘煉、堡壘在一線建強。").getBytes(Charset.forName("Big5")));
    ByteArrayOutputStream mixed = new ByteArrayOutputStream();
    mixed.write((P1 + "\n").getBytes(StandardCharsets.UTF_8));
    mixed.write((P2 + "\n").getBytes(Charset.forName("GBK")));
    mixed.write((P3 + "\n").getBytes(StandardCharsets.UTF_16LE));
    Files.write(in.resolve("mixed.txt"), mixed.toByteArray());
    ByteArrayOutputStream utf16 = new ByteArrayOutputStream();
    utf16.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
    utf16.write(("标题\n" + P3).getBytes(StandardCharsets.UTF_16LE));
    Files.write(in.resolve("utf16.txt"), utf16.toByteArray());
    Files.write(in.resolve("nul.txt"), new byte[5000]);
    Files.writeString(in.resolve("good.txt"), "乡村振兴的一线经验\n" + P1 + "\n" + P2 + "\n", StandardCharsets.UTF_8);

    Path out = dir.resolve("out");
    ZhnormPipeline.run(Runs.options(in, out, "--runner=DirectRunner", "--maxDocumentChars=50000",
        "--maxDocumentBytes=200000", "--maxDeadLetteredShare=1"));

    JsonNode report = new ObjectMapper().readTree(out.resolve("_report/report.json").toFile());
    long read = report.at("/documents/read").asLong();
    long written = report.at("/documents/written").asLong();
    long merged = report.at("/documents/duplicates_merged").asLong();
    long dead = report.at("/documents/dead_lettered").asLong();
    assertThat(read).isGreaterThanOrEqualTo(30);
    assertThat(written).isGreaterThan(0);
    assertThat(written + merged + dead).isEqualTo(read);
    assertThat(report.at("/invariant/holds").asBoolean()).isTrue();
    long deadLines = Files.readAllLines(out.resolve("dead_letter/dead_letter-00000-of-00001.jsonl")).stream()
        .filter(l -> !l.contains("\"stage\":\"sections\"") && !l.contains("\"stage\":\"claims\"")).count();
    assertThat(deadLines).isEqualTo(dead);
    try (Tables t = new Tables(out)) {
      assertThat(t.count("SELECT count(*) FROM " + t.table("documents"))).isEqualTo(written);
    }
    assertThat(out.resolve("_SUCCESS")).exists();
  }

  private static byte[] gzip(byte[] data) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write(data);
    }
    return bytes.toByteArray();
  }
}
