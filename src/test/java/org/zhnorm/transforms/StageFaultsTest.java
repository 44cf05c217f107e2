package org.zhnorm.transforms;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.junit.Rule;
import org.junit.Test;
import org.zhnorm.model.DeadLetter;
import org.zhnorm.model.Document;
import org.zhnorm.model.RawDocument;
import org.zhnorm.model.Section;
import org.zhnorm.options.ZhnormOptions;

/**
 * Faults inside a stage: an exception on one document is one dead letter and the other documents go
 * on; a document past its time budget is a {@code timeout} dead letter, not a stalled job.
 */
public class StageFaultsTest {
  @Rule public final transient TestPipeline pipeline = TestPipeline.create();

  static final String TEXT = "乡村振兴的一线经验\n新宁县委以党建为引领，以“五个到户”为抓手，坚持干部在一线锤炼。\n"
      + "乐亭县立足大钊故乡政治和红色资源优势，扎实开展了基层党建示范引领三年行动。";

  private static Document segmented(String id) {
    Document d = new Document();
    d.docId = id;
    d.sourceUri = "/dump/" + id + ".txt";
    d.text = TEXT;
    d.textOriginal = TEXT;
    List<String> tokens = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    for (int i = 0; i < TEXT.length(); i++) {
      tokens.add(TEXT.substring(i, i + 1));
      tags.add("n");
      starts.add(i);
    }
    d.tokens = tokens;
    d.posTags = tags;
    d.tokenStarts = starts;
    return d;
  }

  @Test
  public void anExceptionOnOneDocumentIsOneDeadLetterAndTheOthersAreSectioned() {
    Document broken = segmented("broken");
    broken.posTags = List.of("n"); // an upstream bug: fewer tags than tokens
    PCollectionTuple out = pipeline.apply(Create.of(segmented("a"), broken, segmented("b")))
        .apply(new ExtractSections());
    PAssert.that(out.get(ExtractSections.SECTIONS)).satisfies(sections -> {
      List<String> docs = new ArrayList<>();
      for (Section s : sections) {
        docs.add(s.docId);
      }
      assertTrue(docs.contains("a") && docs.contains("b") && !docs.contains("broken"));
      return null;
    });
    PAssert.that(out.get(DeadLetters.TAG)).satisfies(dead -> {
      DeadLetter d = dead.iterator().next();
      assertEquals(1, dead.spliterator().getExactSizeIfKnown());
      assertEquals("sections", d.stage);
      assertEquals("error-IndexOutOfBoundsException", d.reason);
      assertTrue(d.detail.startsWith("doc broken: "));
      return null;
    });
    pipeline.run().waitUntilFinish();
  }

  @Test
  public void aDocumentPastItsTimeBudgetIsATimeoutDeadLetter() {
    pipeline.getOptions().as(ZhnormOptions.class).setDocumentTimeoutSeconds(0);
    TestPipeline spent = pipeline;
    RawDocument raw = new RawDocument();
    raw.docId = "slow";
    raw.sourceUri = "/dump/slow.txt";
    raw.format = "text";
    raw.text = TEXT;
    raw.charset = "UTF-8";
    raw.charsetReason = "test";
    PCollectionTuple cleaned = spent.apply(Create.of(raw)).apply(CleanDocuments.withDefaults());
    PAssert.that(cleaned.get(CleanDocuments.DOCUMENTS)).empty();
    PAssert.that(cleaned.get(DeadLetters.TAG)).satisfies(dead -> {
      DeadLetter d = dead.iterator().next();
      assertEquals(1, dead.spliterator().getExactSizeIfKnown());
      assertEquals("clean", d.stage);
      assertEquals(DeadLetters.TIMEOUT, d.reason);
      assertTrue(d.detail, d.detail.contains("time budget of 0 ms") && d.detail.contains("--documentTimeoutSeconds"));
      return null;
    });
    PCollectionTuple sectioned = spent.apply("Segmented", Create.of(segmented("slow2"))).apply(new ExtractSections());
    PAssert.that(sectioned.get(ExtractSections.SECTIONS)).empty();
    PAssert.that(sectioned.get(DeadLetters.TAG)).satisfies(dead -> {
      assertEquals(DeadLetters.TIMEOUT, dead.iterator().next().reason);
      return null;
    });
    spent.run().waitUntilFinish();
  }
}
