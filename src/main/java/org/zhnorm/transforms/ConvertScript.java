package org.zhnorm.transforms;

import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.zhnorm.model.Document;
import org.zhnorm.text.convert.Chain;
import org.zhnorm.text.convert.Conversion;
import org.zhnorm.text.convert.ScriptConverter;
import org.zhnorm.report.StageClock;

/**
 * Converts each document to Simplified script with OpenCC's chains ({@link ScriptConverter}),
 * keeping the cleaned original in {@code textOriginal}. Mode {@code auto} picks the chain per
 * document; {@code none} passes text through.
 */
public final class ConvertScript extends PTransform<PCollection<Document>, PCollectionTuple> {
  public static final TupleTag<Document> DOCUMENTS = new TupleTag<>() {};
  private final String mode;

  private ConvertScript(String mode) {
    this.mode = mode;
  }

  /** @param mode auto, none, or a chain id (t2s, tw2s, tw2sp, hk2s) */
  public static ConvertScript withMode(String mode) {
    return new ConvertScript(mode);
  }

  @Override
  public PCollectionTuple expand(PCollection<Document> input) {
    return input.apply("Convert", ParDo.of(new ConvertFn(mode)).withOutputTags(DOCUMENTS, TupleTagList.of(DeadLetters.TAG)));
  }

  static final class ConvertFn extends DoFn<Document, Document> {
    private final StageClock clock = new StageClock(ConvertScript.class);
    private final String mode;
    private transient ScriptConverter converter;

    ConvertFn(String mode) {
      this.mode = mode;
    }

    @Setup
    public void setup() {
      converter = ScriptConverter.load();
    }

    @ProcessElement
    public void process(@Element Document in, MultiOutputReceiver out) {
      clock.time(() -> processTimed(in, out));
    }

    private void processTimed(Document in, MultiOutputReceiver out) {
      Document d = in.copy();
      d.textOriginal = in.text; // the stages before carry the clean text once (they leave this empty)
      try {
        if (mode.equals(ScriptConverter.NONE)) {
          d.script = converter.detectScript(in.text, in.url);
          d.conversion = ScriptConverter.NONE;
        } else {
          Conversion c = converter.convert(in.text, in.url, mode.equals("auto") ? null : Chain.fromId(mode));
          d.text = c.text();
          d.script = c.script();
          d.conversion = c.chain();
          if (!c.chain().equals(ScriptConverter.NONE)) {
            Chain applied = Chain.fromId(c.chain());
            d.title = convert(in.title, applied);
            d.sourceName = convert(in.sourceName, applied);
            d.editor = convert(in.editor, applied);
            d.reporter = convert(in.reporter, applied);
            d.author = convert(in.author, applied);
          }
        }
      } catch (RuntimeException e) {
        out.get(DeadLetters.TAG).output(DeadLetters.failed("convert", in.sourceUri, in.offset, in.docId, e));
        return;
      }
      Metrics.counter(ConvertScript.class, "chain." + d.conversion).inc();
      out.get(DOCUMENTS).output(d);
    }

    private @Nullable String convert(@Nullable String s, Chain chain) {
      return s == null ? null : converter.convert(s, chain);
    }
  }
}
