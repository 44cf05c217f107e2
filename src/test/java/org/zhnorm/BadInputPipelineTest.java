package org.zhnorm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dump of bad inputs made here, through the whole pipeline: every bad item becomes exactly one
 * dead letter with its reason, the good documents around them are written, and the report's
 * accounting invariant holds.
 */
class BadInputPipelineTest {
  @TempDir Path dir;

  static final String P1 = "新宁县委以党建为引领，以“五个到户”为抓手，坚持干部在一线锤炼、堡垒在一线建强、力量在一线凝聚、成效在一线检验。";
  static final String P2 = "乐亭县立足大钊故乡政治和红色资源优势，扎实开展了基层党建示范引领三年行动，全力推动基层党组织全面进步、全面过硬。";
  static final String P3 = "榆中县夏官营镇党委紧紧围绕新时代党的建设总要求和新时代党的组织路线，全力推进“党建五大工程”。";

  @Test
  void everyBadItemIsOneDeadLetterAndNothingIsLost() throws Exception {
    Path in = Files.createDirectories(dir.resolve("dump"));
    Files.writeString(in.resolve("good.txt"), "乡村振兴的一线经验\n" + P1 + "\n", StandardCharsets.UTF_8);
    Files.write(in.resolve("empty.txt"), new byte[0]);
    byte[] binary = new byte[4096];
    new Random(7).nextBytes(binary);
    binary[10] = 0;
    Files.write(in.resolve("blob.bin"), binary);
    Files.writeString(in.resolve("crawl.jsonl"),
        "{\"url\": \"http://a.example.cn/1.html\", \"title\": \"一\", \"content\": \"" + P2 + "\"}\n"
            + "{\"url\": \"http://a.example.cn/2.html\", \"content\": \n"
            + "{\"url\": \"http://a.example.cn/3.html\", \"title\": \"三\", \"content\": \"" + P3 + "\"}\n",
        StandardCharsets.UTF_8);
    byte[] gz = gzip(("标题\n" + P1 + P2 + P3).repeat(200).getBytes(StandardCharsets.UTF_8));
    Files.write(in.resolve("truncated.txt.gz"), Arrays.copyOf(gz, gz.length / 2));
    // 9 MB of text in a few KB: stopped at --maxDocumentBytes, never inflated
    Files.write(in.resolve("bomb.txt.gz"), gzip("好".repeat(3_000_000).getBytes(StandardCharsets.UTF_8)));

    Path out = dir.resolve("out");
    ZhnormPipeline.run(Runs.options(in, out, "--runner=DirectRunner", "--maxDocumentBytes=1000000"));

    List<String> reasons = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(out.resolve("dead_letter/dead_letter-00000-of-00001.jsonl"))) {
      JsonNode d = json.readTree(line);
      reasons.add(Path.of(d.get("source").asText()).getFileName() + " " + d.get("stage").asText() + "/" + d.get("reason").asText());
    }
    assertThat(reasons).containsExactlyInAnyOrder(
        "empty.txt read/empty-file",
        "blob.bin read/binary-file",
        "crawl.jsonl read/malformed-json",
        "truncated.txt.gz read/truncated-compression",
        "bomb.txt.gz read/too-large");

    JsonNode report = json.readTree(out.resolve("_report/report.json").toFile());
    assertThat(report.at("/documents/written").asLong()).isEqualTo(3);
    assertThat(report.at("/documents/read").asLong()).isEqualTo(8);
    assertThat(report.at("/documents/dead_lettered").asLong()).isEqualTo(5);
    assertThat(report.at("/invariant/holds").asBoolean()).isTrue();
    assertThat(out.resolve("_SUCCESS")).exists();
  }

  private static byte[] gzip(byte[] data) throws Exception {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write(data);
    }
    return bytes.toByteArray();
  }
}
