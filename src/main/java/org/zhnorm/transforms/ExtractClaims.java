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
import org.zhnorm.model.Claim;
import org.zhnorm.model.Section;
import org.zhnorm.text.extract.ClaimExtractor;
import org.zhnorm.text.extract.ClaimSpan;
import org.zhnorm.text.extract.Place;
import org.zhnorm.report.StageClock;
import org.zhnorm.text.Budget;

/** Turns every quantity stated in a section into a claim row ({@link ClaimExtractor}). */
public final class ExtractClaims extends PTransform<PCollection<Section>, PCollectionTuple> {
  public static final TupleTag<Claim> CLAIMS = new TupleTag<>() {};

  @Override
  public PCollectionTuple expand(PCollection<Section> input) {
    return input.apply("Claims", ParDo.of(new ClaimsFn()).withOutputTags(CLAIMS, TupleTagList.of(DeadLetters.TAG)));
  }

  static final class ClaimsFn extends DoFn<Section, Claim> {
    private final StageClock clock = new StageClock(ExtractClaims.class);
    private final Counter claims = Metrics.counter(ExtractClaims.class, "claims");
    private transient ClaimExtractor extractor;
    private transient long budgetMillis;

    @StartBundle
    public void startBundle(StartBundleContext c) {
      budgetMillis = DeadLetters.budgetMillis(c.getPipelineOptions());
    }

    @Setup
    public void setup() {
      extractor = ClaimExtractor.standard();
    }

    @ProcessElement
    public void process(@Element Section s, MultiOutputReceiver out) {
      clock.time(() -> processTimed(s, out));
    }

    private void processTimed(Section s, MultiOutputReceiver out) {
      List<Claim> built = new ArrayList<>();
      try (Budget budget = Budget.start(budgetMillis)) {
        List<ClaimSpan> spans = extractor.extract(s.text, s.heading);
        for (int i = 0; i < spans.size(); i++) {
          built.add(toClaim(s, i, spans.get(i)));
        }
      } catch (RuntimeException e) {
        out.get(DeadLetters.TAG).output(DeadLetters.failed("claims", s.sectionId, -1, s.docId, e));
        return;
      }
      for (Claim c : built) {
        claims.inc();
        out.get(CLAIMS).output(c);
      }
    }

    private static Claim toClaim(Section s, int index, ClaimSpan span) {
      Claim c = new Claim();
      c.claimId = s.sectionId + "-c" + index;
      c.docId = s.docId;
      c.sectionId = s.sectionId;
      c.sentence = span.sentence();
      c.subject = span.subject();
      c.value = span.value();
      c.valueText = span.valueText();
      c.unit = span.unit();
      c.unitKind = span.unitKind();
      c.qualifier = span.qualifier();
      c.lower = span.lower();
      c.upper = span.upper();
      c.year = span.year();
      c.redacted = span.redacted();
      c.places = span.places().stream().map(Place::name).toList();
      Place first = span.places().stream().filter(p -> p.province() != null).findFirst().orElse(null);
      if (first != null) {
        c.province = first.province();
        c.city = first.city();
        c.county = first.county();
        c.placeFrom = "sentence";
      } else if (s.docProvince != null) {
        c.province = s.docProvince;
        c.city = s.docCity;
        c.county = s.docCounty;
        c.placeFrom = "document";
      }
      c.pubMonth = s.pubMonth;
      return c;
    }
  }
}
