package org.zhnorm.transforms;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.junit.Rule;
import org.junit.Test;
import org.zhnorm.model.DeadLetter;
import org.zhnorm.model.Document;
import org.zhnorm.model.RawDocument;

/** CleanDocuments on a real seed and on a page of nothing but whitespace: a document and a dead letter. */
public class CleanDocumentsTest {
  @Rule public final transient TestPipeline pipeline = TestPipeline.create();

  @Test
  public void cleansDocumentsAndDeadLettersEmptyOnes() throws IOException {
    RawDocument seed = raw("seed-002", seed("002_3338117f636233a1.txt"));
    RawDocument blank = raw("blank", " \n\u3000\n \n");

    PCollectionTuple out = pipeline.apply(Create.of(seed, blank)).apply(CleanDocuments.withDefaults());

    PAssert.that(out.get(CleanDocuments.DOCUMENTS)).satisfies(docs -> {
      Document d = docs.iterator().next();
      assertEquals(1, docs.spliterator().getExactSizeIfKnown());
      assertEquals("seed-002", d.docId);
      assertFalse(d.text.isBlank());
      assertTrue("the article body survives", d.text.contains("榆中县夏官营镇党委紧紧围绕新时代党的建设总要求"));
      assertEquals("set by ConvertScript; the cleaning stages carry the text once", "", d.textOriginal);
      return null;
    });
    PAssert.that(out.get(DeadLetters.TAG)).satisfies(dead -> {
      DeadLetter d = dead.iterator().next();
      assertEquals(1, dead.spliterator().getExactSizeIfKnown());
      assertEquals("clean", d.stage);
      assertEquals("no-content", d.reason);
      return null;
    });
    pipeline.run().waitUntilFinish();
  }

  private static String seed(String name) throws IOException {
    try (InputStream in = CleanDocumentsTest.class.getResourceAsStream("/seeds/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static RawDocument raw(String id, String text) {
    RawDocument d = new RawDocument();
    d.docId = id;
    d.sourceUri = "/dump/" + id + ".txt";
    d.format = "text";
    d.text = text;
    d.charset = "UTF-8";
    d.charsetReason = "test";
    return d;
  }
}
