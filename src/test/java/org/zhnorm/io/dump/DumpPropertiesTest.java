package org.zhnorm.io.dump;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class DumpPropertiesTest {
  private final DumpParser parser = new DumpParser(1 << 16);
  private final RepairChain chain = RepairChain.standard();

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.of("a.txt", "a.html", "a.jsonl", "a.json", "a.warc", "a.wet", "a.warc.gz", "a.jsonl.zst",
        "a.txt.bz2", "noext", "");
  }

  @Provide
  Arbitrary<byte[]> dumps() {
    Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(3000);
    Arbitrary<String> pieces = Arbitraries.of("{\"text\":\"", "\"}\n", "WARC/1.0\r\n", "Content-Length: 12\r\n",
        "WARC-Type: response\r\n", "\r\n", "<text id=\"u\" encoding=\"gbk\">", "<html><body><p>", "中文", "锟斤拷",
        "&#x4E2D;", "?", "\u00c4\u00ea", "\uFEFF", "\u001f\u008b", "BZh", "\u0000");
    Arbitrary<byte[]> structured = pieces.list().ofMaxSize(40).map(l -> String.join("", l))
        .map(s -> s.getBytes(StandardCharsets.UTF_8));
    Arbitrary<byte[]> gbk = pieces.list().ofMaxSize(40).map(l -> String.join("", l))
        .map(s -> s.getBytes(Charset.forName("GB18030")));
    return Arbitraries.oneOf(random, structured, gbk);
  }

  @Property(tries = 300)
  void parseNeverThrowsAndAccountsForTheFile(@ForAll("names") String name, @ForAll("dumps") byte[] bytes) {
    Collect c = Collect.parse(parser, name, bytes);
    // every file yields something: documents, failures or deliberately skipped items
    // (a WARC of only request/metadata records is the one case with nothing)
    if (!name.contains("warc") && !name.contains("wet") && !new String(bytes, StandardCharsets.ISO_8859_1).contains("WARC/")) {
      assertThat(c.events).isNotEmpty();
    }
    assertThat(Collect.parse(parser, name, bytes).events).isEqualTo(c.events);
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> any = Arbitraries.strings().ofMaxLength(200);
    Arbitrary<String> cjk = Arbitraries.of("紅", "?", "綠", "巴", "兹", "奥", "尔", "！", "八", "木", "€", "”", "鎴", "戜",
        "滑", "婢", "虫", "床", "Ä", "ê", "¡", "&#x4E2D;", "&amp;#20013;", "Ａ", "５", "\u200B", "\uFEFF", "锟斤拷",
        "\uFFFD", "。", "的", " ", "\n", "a", "○").list().ofMaxSize(60).map(l -> String.join("", l));
    return Arbitraries.oneOf(any, cjk);
  }

  @Property(tries = 500)
  void repairIsIdempotent(@ForAll("texts") String text) {
    String once = chain.apply(text).text();
    RepairChain.Result twice = chain.apply(once);
    assertThat(twice.text()).isEqualTo(once);
    assertThat(twice.repairs()).isEmpty();
  }

  @Property(tries = 200)
  void repairNeverThrowsAndScoresInRange(@ForAll("texts") String text) {
    RepairChain.Result r = chain.apply(text);
    assertThat(r.damageScore()).isBetween(0.0, 1.0);
  }

}
