package org.zhnorm.report;

import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.windowing.GlobalWindow;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.SortedMapCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ProcessFunction;
import org.apache.beam.sdk.transforms.Sum;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.zhnorm.model.Claim;
import org.zhnorm.model.DeadLetter;
import org.zhnorm.model.Document;
import org.zhnorm.model.RawDocument;
import org.zhnorm.model.Section;

/**
 * Counts what the run read, wrote and rejected, per rule, chain, charset, month and unit kind, and
 * renders report.json ({@link RunReport}). Counts come from the data itself, so they are exact on
 * every runner.
 */
public final class SummarizeRun extends PTransform<PCollectionTuple, PCollection<String>> {
  public static final TupleTag<RawDocument> READ = new TupleTag<>() {};
  public static final TupleTag<Document> DOCUMENTS = new TupleTag<>() {};
  public static final TupleTag<Section> SECTIONS = new TupleTag<>() {};
  public static final TupleTag<Claim> CLAIMS = new TupleTag<>() {};
  public static final TupleTag<DeadLetter> DEAD_LETTERS = new TupleTag<>() {};

  /** Stages whose dead letters mean a document was not written. */
  static final Set<String> DOCUMENT_STAGES = Set.of("read", "clean", "convert", "segment");

  @Override
  public PCollection<String> expand(PCollectionTuple in) {
    return PCollectionList.of(tally(in.get(READ), "TallyRead", SummarizeRun::read))
        .and(tally(in.get(DOCUMENTS), "TallyDocuments", SummarizeRun::document))
        .and(tally(in.get(SECTIONS), "TallySections", SummarizeRun::section))
        .and(tally(in.get(CLAIMS), "TallyClaims", SummarizeRun::claim))
        .and(tally(in.get(DEAD_LETTERS), "TallyDeadLetters", SummarizeRun::deadLetter))

        .apply("AllTallies", Flatten.pCollections())
        .apply("SumTallies", Sum.longsPerKey())
        .apply("RenderReport", Combine.globally(new RenderFn()));
  }

  private static <T> PCollection<KV<String, Long>> tally(
      PCollection<T> in, String name, ProcessFunction<T, Iterable<KV<String, Long>>> fn) {
    return in.apply(name, ParDo.of(new TallyFn<>(fn)))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), VarLongCoder.of()));
  }

  /**
   * Sums the tallies of a bundle before they are shuffled: a document gives about 25 of them, and
   * summed per key in the bundle only the distinct keys (a few hundred) leave it, instead of millions
   * of elements through the grouping (docs/PERFORMANCE.md).
   */
  static final class TallyFn<T> extends DoFn<T, KV<String, Long>> {
    private final ProcessFunction<T, Iterable<KV<String, Long>>> fn;
    private transient Map<String, Long> sums;

    TallyFn(ProcessFunction<T, Iterable<KV<String, Long>>> fn) {
      this.fn = fn;
    }

    @StartBundle
    public void startBundle() {
      sums = new HashMap<>();
    }

    @ProcessElement
    public void process(@Element T element) throws Exception {
      for (KV<String, Long> kv : fn.apply(element)) {
        sums.merge(kv.getKey(), kv.getValue(), Long::sum);
      }
    }

    @FinishBundle
    public void finishBundle(FinishBundleContext c) {
      sums.forEach((k, v) -> c.output(KV.of(k, v), GlobalWindow.INSTANCE.maxTimestamp(), GlobalWindow.INSTANCE));
      sums = null;
    }
  }

  static List<KV<String, Long>> read(RawDocument d) {
    return List.of(KV.of(RunReport.READ, 1L), KV.of("charsets\t" + d.charset + " (" + d.charsetReason + ")", 1L),
        KV.of(RunReport.CHARACTERS_ORIGINAL, (long) d.text.length()));
  }

  static List<KV<String, Long>> document(Document d) {
    List<KV<String, Long>> out = new ArrayList<>();
    out.add(KV.of(RunReport.WRITTEN, 1L));
    out.add(KV.of(RunReport.DUPLICATES, (long) d.duplicates.size()));
    out.add(KV.of("documents_by_month\t" + d.pubMonth, 1L));
    out.add(KV.of("documents_by_province\t" + (d.province == null ? "unknown" : d.province), 1L));
    out.add(KV.of("scripts\t" + d.script, 1L));
    out.add(KV.of("conversion_chains\t" + d.conversion, 1L));
    out.add(KV.of(RunReport.CHARACTERS_WRITTEN, (long) d.text.length()));
    d.ruleHits.forEach((rule, n) -> out.add(KV.of("rules\t" + rule + "\thits", n)));
    d.removed.forEach((rule, n) -> out.add(KV.of("rules\t" + rule + "\tchars_removed", n)));
    d.flags.forEach(f -> out.add(KV.of("flags\t" + f, 1L)));
    return out;
  }

  static List<KV<String, Long>> section(Section s) {
    return List.of(KV.of("sections\ttotal", 1L), KV.of("sections\tby_kind\t" + s.kind, 1L));
  }

  static List<KV<String, Long>> claim(Claim c) {
    List<KV<String, Long>> out = new ArrayList<>();
    out.add(KV.of("claims\ttotal", 1L));
    out.add(KV.of("claims\tby_unit_kind\t" + c.unitKind, 1L));
    out.add(KV.of("claims\tby_province\t" + (c.province == null ? "unknown" : c.province), 1L));
    if (c.redacted) {
      out.add(KV.of("claims\tredacted", 1L));
    }
    return out;
  }

  static List<KV<String, Long>> deadLetter(DeadLetter d) {
    List<KV<String, Long>> out = new ArrayList<>();
    out.add(KV.of("dead_letters\t" + d.stage + "\t" + d.reason, 1L));
    if (d.stage.equals("read")) {
      out.add(KV.of(RunReport.READ, 1L));
    }
    if (DOCUMENT_STAGES.contains(d.stage)) {
      out.add(KV.of(RunReport.DEAD_LETTERED, 1L));
    }
    return out;
  }

  /** Gathers the summed tallies into one sorted map and renders it. */
  static final class RenderFn extends Combine.CombineFn<KV<String, Long>, SortedMap<String, Long>, String> {
    @Override
    public SortedMap<String, Long> createAccumulator() {
      return new TreeMap<>();
    }

    @Override
    public SortedMap<String, Long> addInput(SortedMap<String, Long> acc, KV<String, Long> kv) {
      acc.merge(kv.getKey(), kv.getValue(), Long::sum);
      return acc;
    }

    @Override
    public SortedMap<String, Long> mergeAccumulators(Iterable<SortedMap<String, Long>> accs) {
      SortedMap<String, Long> out = new TreeMap<>();
      for (SortedMap<String, Long> a : accs) {
        a.forEach((k, v) -> out.merge(k, v, Long::sum));
      }
      return out;
    }

    @Override
    public String extractOutput(SortedMap<String, Long> acc) {
      return RunReport.toJson(acc);
    }

    @Override
    public Coder<SortedMap<String, Long>> getAccumulatorCoder(CoderRegistry registry, Coder<KV<String, Long>> input) {
      return SortedMapCoder.of(StringUtf8Coder.of(), VarLongCoder.of());
    }
  }
}
