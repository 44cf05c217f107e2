package org.zhnorm.io;

import static org.junit.Assert.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.zhnorm.model.DeadLetter;
import org.zhnorm.model.RawDocument;

/** ReadCrawlDump on a folder with a readable and an empty file: one document, one dead letter. */
public class ReadCrawlDumpTest {
  @Rule public final transient TestPipeline pipeline = TestPipeline.create();
  @Rule public final transient TemporaryFolder folder = new TemporaryFolder();

  @Test
  public void readsDocumentsAndDeadLettersWhatItCannotRead() throws Exception {
    Path root = folder.getRoot().toPath();
    Files.createDirectories(root.resolve("site"));
    Files.writeString(root.resolve("site/a.txt"), "标题\n正文第一段。\n", StandardCharsets.UTF_8);
    Files.write(root.resolve("site/empty.txt"), new byte[0]);

    String good = root.resolve("site/a.txt").toString();
    String empty = root.resolve("site/empty.txt").toString();
    PCollectionTuple read = pipeline.apply(ReadCrawlDump.from(root.toString(), 1 << 20));

    PAssert.that(read.get(ReadCrawlDump.DOCUMENTS)).satisfies(docs -> {
      RawDocument d = docs.iterator().next();
      assertEquals(1, docs.spliterator().getExactSizeIfKnown());
      assertEquals(DocIds.of("site/a.txt", 0), d.docId);
      assertEquals(good, d.sourceUri);
      assertEquals("标题\n正文第一段。", d.text.strip());
      return null;
    });
    PAssert.that(read.get(ReadCrawlDump.DEAD_LETTERS)).satisfies(dead -> {
      DeadLetter d = dead.iterator().next();
      assertEquals(1, dead.spliterator().getExactSizeIfKnown());
      assertEquals("read", d.stage);
      assertEquals("empty-file", d.reason);
      assertEquals(empty, d.source);
      return null;
    });
    pipeline.run().waitUntilFinish();
  }
}
