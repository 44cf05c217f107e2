package org.zhnorm.transforms;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.FlatMapElements;
import org.apache.beam.sdk.transforms.Keys;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;

import org.apache.beam.sdk.values.TypeDescriptors;
import org.zhnorm.model.Document;
import org.zhnorm.text.corpus.Hosts;
import org.zhnorm.text.corpus.LineKeys;

/**
 * Site boilerplate, the way C4 and CCNet find it: a line (normalized by {@link LineKeys}) that
 * stands in at least {@code max(minDocuments, minShare x documents of the host)} documents of the
 * same host is that host's boilerplate and is removed from each of them (rule
 * {@code site-boilerplate}). Counts are exact: two aggregations and a side input.
 */
public final class RemoveSiteBoilerplate extends PTransform<PCollection<Document>, PCollection<Document>> {
  public static final String RULE = "site-boilerplate";
  private final int minDocuments;
  private final double minShare;

  public RemoveSiteBoilerplate(int minDocuments, double minShare) {
    this.minDocuments = minDocuments;
    this.minShare = minShare;
  }

  @Override
  public PCollection<Document> expand(PCollection<Document> docs) {
    PCollection<KV<String, Document>> byHost = docs.apply("KeyByHost",
        WithKeys.of((Document d) -> Hosts.of(d.url, d.sourceUri)).withKeyType(TypeDescriptors.strings()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), docs.getCoder()));
    PCollectionView<Map<String, Long>> hostSizes = byHost
        .apply("Hosts", Keys.create())
        .apply("DocumentsPerHost", Count.perElement())
        .apply("HostSizes", View.asMap());
    PCollectionView<Map<String, Iterable<Long>>> boilerplate = byHost
        .apply("LineKeys", FlatMapElements
            .into(TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.longs()))
            .via((KV<String, Document> kv) -> LineKeys.of(kv.getValue().text).stream()
                .map(k -> KV.of(kv.getKey(), k)).toList()))
        .apply("DocumentsPerLine", Count.perElement())
        .apply("RepeatedLines", ParDo.of(new RepeatedLinesFn(hostSizes, minDocuments, minShare)).withSideInputs(hostSizes))
        .apply("BoilerplateByHost", View.asMultimap());
    return byHost.apply("StripBoilerplate", ParDo.of(new StripFn(boilerplate)).withSideInputs(boilerplate));
  }

  /** Keeps the (host, line) pairs frequent enough to be the host's boilerplate. */
  static final class RepeatedLinesFn extends DoFn<KV<KV<String, Long>, Long>, KV<String, Long>> {
    private final PCollectionView<Map<String, Long>> hostSizes;
    private final int minDocuments;
    private final double minShare;

    RepeatedLinesFn(PCollectionView<Map<String, Long>> hostSizes, int minDocuments, double minShare) {
      this.hostSizes = hostSizes;
      this.minDocuments = minDocuments;
      this.minShare = minShare;
    }

    @ProcessElement
    public void process(@Element KV<KV<String, Long>, Long> lineCount, OutputReceiver<KV<String, Long>> out, ProcessContext c) {
      String host = lineCount.getKey().getKey();
      long hostDocs = c.sideInput(hostSizes).getOrDefault(host, 0L);
      if (lineCount.getValue() >= LineKeys.threshold(hostDocs, minDocuments, minShare)) {
        out.output(lineCount.getKey());
      }
    }
  }

  /** Removes the host's boilerplate lines from a document. */
  static final class StripFn extends DoFn<KV<String, Document>, Document> {
    private final Counter linesRemoved = Metrics.counter(RemoveSiteBoilerplate.class, "lines-removed");
    private final PCollectionView<Map<String, Iterable<Long>>> boilerplate;
    private transient Map<String, Set<Long>> cache;

    StripFn(PCollectionView<Map<String, Iterable<Long>>> boilerplate) {
      this.boilerplate = boilerplate;
    }

    @StartBundle
    public void startBundle() {
      cache = new HashMap<>();
    }

    @ProcessElement
    public void process(@Element KV<String, Document> kv, OutputReceiver<Document> out, ProcessContext c) {
      Set<Long> lines = cache.computeIfAbsent(kv.getKey(), host -> {
        Set<Long> s = new HashSet<>();
        Iterable<Long> keys = c.sideInput(boilerplate).get(host);
        if (keys != null) {
          keys.forEach(s::add);
        }
        return s;
      });
      Document in = kv.getValue();
      if (lines.isEmpty()) {
        out.output(in);
        return;
      }
      StringBuilder kept = new StringBuilder(in.text.length());
      long removedChars = 0;
      long removedLines = 0;
      for (String line : in.text.split("\n")) {
        Long key = LineKeys.key(line);
        if (key != null && lines.contains(key)) {
          removedChars += line.length();
          removedLines++;
        } else {
          kept.append(line).append('\n');
        }
      }
      if (removedLines == 0) {
        out.output(in);
        return;
      }
      Document d = in.copy();
      d.text = kept.toString().strip();
      d.textOriginal = d.text;
      d.removed.merge(RULE, removedChars, Long::sum);
      d.ruleHits.merge(RULE, removedLines, Long::sum);
      linesRemoved.inc(removedLines);
      out.output(d);
    }
  }

}
