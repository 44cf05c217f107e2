package org.zhnorm.transforms;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.schemas.NoSuchSchemaException;
import org.apache.beam.sdk.schemas.SchemaCoder;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Values;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.zhnorm.model.Claim;
import org.zhnorm.model.Section;
import org.zhnorm.report.StageClock;
import org.zhnorm.text.extract.ClaimExtractor;
import org.zhnorm.text.extract.ClaimSpan;
import org.zhnorm.text.extract.Currencies;
import org.zhnorm.text.extract.Place;
import org.zhnorm.text.Budget;
import org.zhnorm.text.segment.Token;

/**
 * Turns every quantity stated in a section into a claim row ({@link ClaimExtractor}, with the
 * section's words and tags from the Segment stage), then writes a claim repeated in another section
 * of the same document (the same sentence, figure and subject: repeated text) once, keeping the
 * one with the smallest claim id.
 */
public final class ExtractClaims extends PTransform<PCollection<Section>, PCollectionTuple> {
  public static final TupleTag<Claim> CLAIMS = new TupleTag<>() {};
  private static final TupleTag<KV<String, Claim>> KEYED = new TupleTag<>() {};

  @Override
  public PCollectionTuple expand(PCollection<Section> input) {
    PCollectionTuple extracted =
        input.apply("Claims", ParDo.of(new ClaimsFn()).withOutputTags(KEYED, TupleTagList.of(DeadLetters.TAG)));
    SchemaCoder<Claim> claimCoder;
    try {
      claimCoder = input.getPipeline().getSchemaRegistry().getSchemaCoder(Claim.class);
    } catch (NoSuchSchemaException e) {
      throw new IllegalStateException("Claim has no schema", e);
    }
    PCollection<Claim> once =
        extracted.get(KEYED)
            .setCoder(KvCoder.of(StringUtf8Coder.of(), claimCoder))
            .apply("OncePerDocument", Combine.perKey(new FirstClaim()))
            .apply("Rows", Values.create())
            .setCoder(claimCoder);
    return PCollectionTuple.of(CLAIMS, once).and(DeadLetters.TAG, extracted.get(DeadLetters.TAG));
  }

  /** Of two claims with the same key, the one with the smaller claim id (deterministic on every runner). */
  static final class FirstClaim extends Combine.BinaryCombineFn<Claim> {
    @Override
    public Claim apply(Claim a, Claim b) {
      return a.claimId.compareTo(b.claimId) <= 0 ? a : b;
    }
  }

  static final class ClaimsFn extends DoFn<Section, KV<String, Claim>> {
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
      List<KV<String, Claim>> built = new ArrayList<>();
      try (Budget budget = Budget.start(budgetMillis)) {
        List<ClaimSpan> spans = extractor.extract(s.text, s.heading, tokens(s), new Currencies.Region(s.docCurrency, s.docCurrencyFrom));
        List<String> keys = ClaimExtractor.keys(spans);
        for (int i = 0; i < spans.size(); i++) {
          built.add(KV.of(s.docId + "\u0001" + keys.get(i), toClaim(s, i, spans.get(i))));
        }
      } catch (RuntimeException e) {
        out.get(DeadLetters.TAG).output(DeadLetters.failed("claims", s.sectionId, -1, s.docId, e));
        return;
      }
      for (KV<String, Claim> c : built) {
        claims.inc();
        out.get(KEYED).output(c);
      }
    }

    /** The section's words with their offsets in its text (words never hold whitespace; they are in order). */
    static List<Token> tokens(Section s) {
      List<Token> out = new ArrayList<>(s.tokens.size());
      int from = 0;
      for (int i = 0; i < s.tokens.size(); i++) {
        String w = s.tokens.get(i);
        int at = s.text.indexOf(w, from);
        if (at < 0) {
          throw new IllegalStateException("token '" + w + "' not found in section " + s.sectionId + " after offset " + from);
        }
        out.add(new Token(w, i < s.posTags.size() ? s.posTags.get(i) : "x", at));
        from = at + w.length();
      }
      return out;
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
      c.currency = span.currency();
      c.currencyFrom = span.currencyFrom();
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
