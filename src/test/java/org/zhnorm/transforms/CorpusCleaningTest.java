package org.zhnorm.transforms;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.junit.Rule;
import org.junit.Test;
import org.zhnorm.model.Document;

/** Site boilerplate and duplicate merging over documents from several hosts. */
public class CorpusCleaningTest {
  @Rule public final transient TestPipeline pipeline = TestPipeline.create();

  // article paragraphs from the seeds (002, 001, 004), one per document
  static final List<String> BODIES = List.of(
      "榆中县夏官营镇党委紧紧围绕新时代党的建设总要求和新时代党的组织路线，全力推进党建五大工程。",
      "新宁县委以党建为引领，以五个到户为抓手，坚持干部在一线锤炼、堡垒在一线建强。",
      "乐亭县立足大钊故乡政治和红色资源优势，扎实开展了基层党建示范引领三年行动。",
      "建立区镇村三级便民服务中心，建立专兼职结合的网格员队伍和党员志愿服务队。");
  static final String FOOTER = "主办单位：某某县人民政府办公室 地址：人民路1号";

  static Document doc(String id, String url, String text) {
    Document d = new Document();
    d.docId = id;
    d.url = url;
    d.sourceUri = "/dump/" + id + ".html";
    d.text = text;
    d.textOriginal = text;
    d.removed = new HashMap<>();
    d.ruleHits = new HashMap<>();
    return d;
  }

  @Test
  public void removesLinesRepeatedAcrossManyPagesOfOneHostOnly() {
    List<Document> docs = List.of(
        doc("a1", "http://www.a.gov.cn/1.html", BODIES.get(0) + "\n" + FOOTER + "\n浏览次数：12"),
        doc("a2", "http://a.gov.cn/2.html", BODIES.get(1) + "\n" + FOOTER + "\n浏览次数：345"),
        doc("a3", "http://a.gov.cn/3.html", BODIES.get(2) + "\n" + FOOTER + "\n浏览次数：6"),
        doc("b1", "http://b.gov.cn/1.html", BODIES.get(3) + "\n" + FOOTER),
        doc("b2", "http://b.gov.cn/2.html", BODIES.get(0) + "\n" + FOOTER));

    PCollection<Document> out = pipeline.apply(Create.of(docs)).apply(new RemoveSiteBoilerplate(3, 0.05));

    PAssert.that(out).satisfies(all -> {
      Map<String, Document> byId = new HashMap<>();
      all.forEach(d -> byId.put(d.docId, d));
      assertEquals(5, byId.size());
      for (String id : List.of("a1", "a2", "a3")) {
        Document d = byId.get(id);
        assertFalse(id + " keeps the footer: " + d.text, d.text.contains(FOOTER));
        assertFalse(id + " keeps the counter", d.text.contains("浏览次数"));
        assertTrue(id + " loses its body", BODIES.stream().anyMatch(d.text::equals));
        assertEquals(Long.valueOf(2), d.ruleHits.get(RemoveSiteBoilerplate.RULE));
      }
      // the other host has the line on two pages only: below the threshold of three
      assertTrue(byId.get("b1").text.contains(FOOTER));
      assertTrue(byId.get("b2").text.contains(FOOTER));
      // the same body on two hosts is not boilerplate of either
      assertTrue(byId.get("b2").text.startsWith(BODIES.get(0)));
      return null;
    });
    pipeline.run().waitUntilFinish();
  }

  @Test
  public void aHostsPagesAreSpreadOverBucketsAndStillStripped() {
    // 600 pages of one host: more pages than buckets, so buckets hold several pages and the host's
    // boilerplate must reach every bucket; a line on 29 pages is under the 5% threshold (30); each
    // body line differs by one character (digits would fold to one key)
    List<Document> docs = new java.util.ArrayList<>();
    for (int i = 0; i < 600; i++) {
      String rare = i < 29 ? "\n本栏目由区政府办公室维护更新" : "";
      docs.add(doc("p" + i, "http://big.example.cn/" + i + ".html", BODIES.get(i % 4) + "第" + (char) (0x4E00 + i) + "篇。\n" + FOOTER + rare));
    }
    assertTrue(docs.stream().map(d -> RemoveSiteBoilerplate.bucketOf("big.example.cn", d.docId)).distinct().count() > 100);
    assertEquals("big.example.cn", RemoveSiteBoilerplate.hostOfBucket(RemoveSiteBoilerplate.bucketOf("big.example.cn", "p1")));

    PCollection<Document> out = pipeline.apply(Create.of(docs)).apply(new RemoveSiteBoilerplate(3, 0.05));

    PAssert.that(out).satisfies(all -> {
      int n = 0;
      for (Document d : all) {
        n++;
        assertFalse(d.docId + " keeps the footer", d.text.contains(FOOTER));
        assertTrue(d.docId + " loses its body", d.text.contains("篇。"));
        if (Integer.parseInt(d.docId.substring(1)) < 29) {
          assertTrue(d.docId + " loses a line under the threshold", d.text.contains("本栏目由区政府办公室维护更新"));
        }
      }
      assertEquals(600, n);
      return null;
    });
    pipeline.run().waitUntilFinish();
  }

  @Test
  public void mergesExactAndNearDuplicatesIntoTheFirstById() {
    String article = String.join("\n", BODIES);
    String edited = article.replace("网格员队伍", "网格员工作队伍");
    List<Document> docs = List.of(
        doc("b-copy", "http://x.cn/2", article),
        doc("c-near", "http://y.cn/3", edited),
        doc("a-first", "http://z.cn/1", article),
        doc("d-other", "http://z.cn/4", "乡村振兴战略是党的十九大提出的一项重大战略，是新时代三农工作总抓手。"
            + "进一步发挥党建引领作用，强化乡村振兴的组织力量、队伍保障和人才支撑。"));

    PCollection<Document> out = pipeline.apply(Create.of(docs)).apply(new MergeDuplicates(0.8));

    PAssert.that(out).satisfies(all -> {
      Map<String, Document> byId = new HashMap<>();
      all.forEach(d -> byId.put(d.docId, d));
      assertEquals(Map.of("a-first", List.of("b-copy", "c-near"), "d-other", List.of()),
          Map.of("a-first", byId.get("a-first").duplicates, "d-other", byId.get("d-other").duplicates));
      assertEquals(2, byId.size());
      return null;
    });
    pipeline.run().waitUntilFinish();
  }

  @Test
  public void stubsBelowTheMinimumLengthAreNeverMerged() {
    // two pages whose article was lost leave the same 2-character stub; a long document repeats
    // the stub's characters: none of them may vanish behind another
    String article = String.join("\n", BODIES);
    List<Document> docs = List.of(
        doc("a-stub", "http://hk.example/1", "新聞"),
        doc("b-stub", "http://hk.example/2", "新聞"),
        doc("c-short", "http://hk.example/3", "新聞 " + BODIES.get(0).substring(0, 20)),
        doc("d-long", "http://x.cn/1", article),
        doc("e-long", "http://x.cn/2", article));

    PCollection<Document> out = pipeline.apply(Create.of(docs)).apply(new MergeDuplicates(0.8));

    PAssert.that(out).satisfies(all -> {
      Map<String, List<String>> byId = new HashMap<>();
      all.forEach(d -> byId.put(d.docId, d.duplicates));
      assertEquals(Map.of("a-stub", List.of(), "b-stub", List.of(), "c-short", List.of(),
          "d-long", List.of("e-long")), byId);
      return null;
    });
    pipeline.run().waitUntilFinish();
  }

  @Test
  public void longEnoughCountsNonSpaceCharacters() {
    assertFalse(MergeDuplicates.longEnough(null));
    assertFalse(MergeDuplicates.longEnough("新聞\n \n"));
    assertFalse(MergeDuplicates.longEnough("字 ".repeat(MergeDuplicates.MIN_CHARS - 1)));
    assertTrue(MergeDuplicates.longEnough("字 ".repeat(MergeDuplicates.MIN_CHARS)));
  }

  @Test
  public void aChainOfNearDuplicatesIsCountedOnce() {
    // a~b and b~c but a!~c (overlaps of 92% and 85%): every document is written or listed once
    List<String> segments = new java.util.ArrayList<>();
    java.util.Random random = new java.util.Random(11);
    for (int i = 0; i < 120; i++) {
      StringBuilder seg = new StringBuilder();
      for (int k = 0; k < 10; k++) {
        seg.append((char) (0x4e00 + random.nextInt(0x5000)));
      }
      segments.add(seg.toString());
    }
    List<Document> docs = List.of(
        doc("a", "http://x.cn/a", String.join("", segments.subList(0, 100))),
        doc("b", "http://x.cn/b", String.join("", segments.subList(8, 108))),
        doc("c", "http://x.cn/c", String.join("", segments.subList(16, 116))));

    PCollection<Document> out = pipeline.apply(Create.of(docs)).apply(new MergeDuplicates(0.8));

    PAssert.that(out).satisfies(all -> {
      java.util.Set<String> written = new java.util.HashSet<>();
      List<String> listed = new java.util.ArrayList<>();
      all.forEach(d -> {
        written.add(d.docId);
        listed.addAll(d.duplicates);
      });
      assertTrue("a is the first by id", written.contains("a"));
      assertEquals("each document once: " + written + " + " + listed, 3, written.size() + listed.size());
      assertTrue("no document both written and merged", listed.stream().noneMatch(written::contains));
      return null;
    });
    pipeline.run().waitUntilFinish();
  }
}
