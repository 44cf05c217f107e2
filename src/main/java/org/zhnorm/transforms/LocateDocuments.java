package org.zhnorm.transforms;

import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.zhnorm.model.Document;
import org.zhnorm.text.extract.ClaimExtractor;
import org.zhnorm.text.extract.DocumentPlace;
import org.zhnorm.text.extract.Place;

/** Gives each document the place it is about ({@link DocumentPlace}), through the gazetteer. */
public final class LocateDocuments extends PTransform<PCollection<Document>, PCollection<Document>> {
  @Override
  public PCollection<Document> expand(PCollection<Document> docs) {
    return docs.apply("Locate", ParDo.of(new LocateFn()));
  }

  static final class LocateFn extends DoFn<Document, Document> {
    private final Counter located = Metrics.counter(LocateDocuments.class, "documents-located");
    private transient DocumentPlace locator;

    @Setup
    public void setup() {
      locator = new DocumentPlace(ClaimExtractor.standard());
    }

    @ProcessElement
    public void process(@Element Document in, OutputReceiver<Document> out) {
      Place p = locator.locate(in.title, in.text);
      if (p == null) {
        out.output(in);
        return;
      }
      located.inc();
      Document d = in.copy();
      d.province = p.province();
      d.city = p.city();
      d.county = p.county();
      out.output(d);
    }
  }
}
