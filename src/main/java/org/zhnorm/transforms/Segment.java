package org.zhnorm.transforms;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.zhnorm.model.Document;
import org.zhnorm.text.segment.Token;
import org.zhnorm.text.segment.WordSegmenter;
import org.zhnorm.report.StageClock;
import org.zhnorm.text.Budget;

/** Segments each document's text into words with part-of-speech tags ({@link WordSegmenter}). */
public final class Segment extends PTransform<PCollection<Document>, PCollectionTuple> {
  public static final TupleTag<Document> DOCUMENTS = new TupleTag<>() {};

  @Override
  public PCollectionTuple expand(PCollection<Document> input) {
    return input.apply("Segment", ParDo.of(new SegmentFn()).withOutputTags(DOCUMENTS, TupleTagList.of(DeadLetters.TAG)));
  }

  static final class SegmentFn extends DoFn<Document, Document> {
    private final StageClock clock = new StageClock(Segment.class);
    private final Counter words = Metrics.counter(Segment.class, "words");
    private transient WordSegmenter segmenter;
    private transient long budgetMillis;

    @StartBundle
    public void startBundle(StartBundleContext c) {
      budgetMillis = DeadLetters.budgetMillis(c.getPipelineOptions());
    }

    @Setup
    public void setup() {
      segmenter = WordSegmenter.load();
    }

    @ProcessElement
    public void process(@Element Document in, MultiOutputReceiver out) {
      clock.time(() -> processTimed(in, out));
    }

    private void processTimed(Document in, MultiOutputReceiver out) {
      List<Token> tokens;
      try (Budget budget = Budget.start(budgetMillis)) {
        tokens = segmenter.segment(in.text);
      } catch (RuntimeException e) {
        out.get(DeadLetters.TAG).output(DeadLetters.failed("segment", in.sourceUri, in.offset, in.docId, e));
        return;
      }
      Document d = in.copy();
      setTokens(d, tokens);
      words.inc(tokens.size());
      out.get(DOCUMENTS).output(d);
    }
  }

  /** Stores the tokens on the document: its words, tags and start offsets, as three lists. */
  static void setTokens(Document d, List<Token> tokens) {
    List<String> w = new ArrayList<>(tokens.size());
    List<String> p = new ArrayList<>(tokens.size());
    List<Integer> s = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      w.add(t.word());
      p.add(t.pos());
      s.add(t.start());
    }
    d.tokens = w;
    d.posTags = p;
    d.tokenStarts = s;
  }
}
