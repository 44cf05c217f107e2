package org.zhnorm.transforms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.zhnorm.report.StageClock;
import org.zhnorm.text.extract.ClaimExtractor;
import org.zhnorm.text.extract.ClaimSpan;
import org.zhnorm.text.extract.Currencies;
import org.zhnorm.text.extract.Place;
import org.zhnorm.text.Budget;
import org.zhnorm.text.segment.Token;

/**
 * Turns every quantity stated in a document's sections into a claim row ({@link ClaimExtractor}, with
 * each section's words and tags from the Segment stage), and writes a claim repeated in another
 * section of the same document (the same sentence, figure and subject: repeated text) once, keeping
 * the one with the smallest claim id. The input is one element per document, its sections in order
 * ({@link ExtractSections#BY_DOCUMENT}), so the repeats are found without a grouping step.
 */
public final class ExtractClaims extends PTransform<PCollection<List<Section>>, PCollectionTuple> {
  public static final TupleTag<Claim> CLAIMS = new TupleTag<>() {};

  @Override
  public PCollectionTuple expand(PCollection<List<Section>> input) {
    return input.apply("Claims", ParDo.of(new ClaimsFn()).withOutputTags(CLAIMS, TupleTagList.of(DeadLetters.TAG)));
  }

  static final class ClaimsFn extends DoFn<List<Section>, Claim> {
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
    public void process(@Element List<Section> document, MultiOutputReceiver out) {
      clock.time(() -> processTimed(document, out));
    }

    private void processTimed(List<Section> document, MultiOutputReceiver out) {
      Map<String, Claim> once = new LinkedHashMap<>();
      for (Section s : document) {
        List<ClaimSpan> spans;
        try (Budget budget = Budget.start(budgetMillis)) {
          spans = extractor.extract(s.text, s.heading, tokens(s), new Currencies.Region(s.docCurrency, s.docCurrencyFrom));
        } catch (RuntimeException e) {
          out.get(DeadLetters.TAG).output(DeadLetters.failed("claims", s.sectionId, -1, s.docId, e));
          continue;
        }
        List<String> keys = ClaimExtractor.keys(spans);
        for (int i = 0; i < spans.size(); i++) {
          Claim c = toClaim(s, i, spans.get(i));
          once.merge(keys.get(i), c, (a, b) -> a.claimId.compareTo(b.claimId) <= 0 ? a : b);
        }
      }
      for (Claim c : once.values()) {
        claims.inc();
        out.get(CLAIMS).output(c);
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
