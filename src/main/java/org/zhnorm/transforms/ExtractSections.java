package org.zhnorm.transforms;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.schemas.NoSuchSchemaException;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.zhnorm.model.Document;
import org.zhnorm.model.Entity;
import org.zhnorm.model.Section;
import org.zhnorm.report.Progress;
import org.zhnorm.text.extract.Currencies;
import org.zhnorm.text.extract.SectionSpan;
import org.zhnorm.text.extract.Sectioner;
import org.zhnorm.text.segment.Token;
import org.zhnorm.report.StageClock;
import org.zhnorm.text.Budget;

/**
 * Cuts each document into its sections ({@link Sectioner}) and gives each the words, tags and
 * entities the Segment stage found inside it. {@link #SECTIONS} has one element per section (the
 * table's rows); {@link #BY_DOCUMENT} has one per document, its sections in order, so that a later
 * step that looks at a whole document's sections (ExtractClaims) needs no grouping.
 */
public final class ExtractSections extends PTransform<PCollection<Document>, PCollectionTuple> {
  public static final TupleTag<Section> SECTIONS = new TupleTag<>() {};
  public static final TupleTag<List<Section>> BY_DOCUMENT = new TupleTag<>() {};

  @Override
  public PCollectionTuple expand(PCollection<Document> input) {
    PCollectionTuple out = input.apply("Sections",
        ParDo.of(new SectionsFn()).withOutputTags(SECTIONS, TupleTagList.of(BY_DOCUMENT).and(DeadLetters.TAG)));
    try {
      out.get(BY_DOCUMENT).setCoder(ListCoder.of(input.getPipeline().getSchemaRegistry().getSchemaCoder(Section.class)));
    } catch (NoSuchSchemaException e) {
      throw new IllegalStateException("Section has no schema", e);
    }
    return out;
  }

  /** The section id of a document's n-th section. */
  public static String sectionId(String docId, int ordinal) {
    return docId + "-s" + ordinal;
  }

  static final class SectionsFn extends DoFn<Document, Section> {
    private final StageClock clock = new StageClock(ExtractSections.class);
    private final Counter sections = Metrics.counter(ExtractSections.class, "sections");
    private transient Sectioner sectioner;
    private transient long budgetMillis;

    @StartBundle
    public void startBundle(StartBundleContext c) {
      budgetMillis = DeadLetters.budgetMillis(c.getPipelineOptions());
    }

    @Setup
    public void setup() {
      sectioner = new Sectioner();
    }

    @ProcessElement
    public void process(@Element Document d, MultiOutputReceiver out) {
      clock.time(() -> processTimed(d, out));
    }

    private void processTimed(Document d, MultiOutputReceiver out) {
      List<Section> built = new ArrayList<>();
      try (Budget budget = Budget.start(budgetMillis)) {
        Currencies.Region region = Currencies.regionOf(d.url, d.script, d.text);
        for (SectionSpan span : sectioner.split(d.text)) {
          built.add(toSection(d, span, region));
        }
      } catch (RuntimeException e) {
        out.get(DeadLetters.TAG).output(DeadLetters.failed("sections", d.sourceUri, d.offset, d.docId, e));
        return;
      }
      for (Section s : built) {
        sections.inc();
        out.get(SECTIONS).output(s);
      }
      out.get(BY_DOCUMENT).output(built);
      Progress.documentProcessed();
    }

    static Section toSection(Document d, SectionSpan span, Currencies.Region region) {
      Section s = new Section();
      s.docId = d.docId;
      s.sectionId = sectionId(d.docId, span.ordinal());
      s.ordinal = span.ordinal();
      s.level = span.level();
      s.kind = span.kind();
      s.speaker = span.speaker();
      s.heading = span.heading();
      s.text = d.text.substring(span.start(), span.end());
      s.start = d.text.codePointCount(0, span.start());
      s.end = s.start + s.text.codePointCount(0, s.text.length());
      // tokens are in text order: find the section's first token by binary search, stop after its end
      int first = firstTokenAtOrAfter(d.tokenStarts, span.start());
      int most = Math.min(d.tokens.size() - first, span.end() - span.start()); // a token holds a char at least
      List<String> words = new ArrayList<>(most);
      List<String> tags = new ArrayList<>(most);
      List<Entity> entities = new ArrayList<>();
      int cpChars = span.start(); // entity offsets in code points, counted on from the section's start
      int cp = s.start;
      for (int i = first; i < d.tokens.size(); i++) {
        int start = d.tokenStarts.get(i);
        String word = d.tokens.get(i);
        if (start + word.length() > span.end()) {
          break;
        }
        words.add(word);
        String tag = d.posTags.get(i);
        tags.add(tag);
        String type = Token.entityTypeOf(tag);
        if (type != null) {
          cp += d.text.codePointCount(cpChars, start);
          cpChars = start;
          entities.add(new Entity(word, type, cp, cp + word.codePointCount(0, word.length())));
        }
      }
      s.tokens = words;
      s.posTags = tags;
      s.entities = entities;
      s.pubMonth = d.pubMonth;
      s.docProvince = d.province;
      s.docCity = d.city;
      s.docCounty = d.county;
      s.docCurrency = region.currency();
      s.docCurrencyFrom = region.from();
      return s;
    }

    static int firstTokenAtOrAfter(List<Integer> starts, int offset) {
      int lo = 0;
      int hi = starts.size();
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (starts.get(mid) < offset) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }
  }
}
