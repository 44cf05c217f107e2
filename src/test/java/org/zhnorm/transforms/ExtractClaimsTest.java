package org.zhnorm.transforms;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.schemas.NoSuchSchemaException;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.junit.Rule;
import org.junit.Test;
import org.zhnorm.model.Claim;
import org.zhnorm.model.Section;
import org.zhnorm.text.segment.Token;
import org.zhnorm.text.segment.WordSegmenter;

public class ExtractClaimsTest {
  @Rule public final transient TestPipeline pipeline = TestPipeline.create();

  private static Section section(String docId, int ordinal, String text, String currency, String from) {
    Section s = new Section();
    s.docId = docId;
    s.sectionId = docId + "-s" + ordinal;
    s.ordinal = ordinal;
    s.text = text;
    List<String> words = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    for (Token t : WordSegmenter.load().segment(text)) {
      words.add(t.word());
      tags.add(t.pos());
    }
    s.tokens = words;
    s.posTags = tags;
    s.docCurrency = currency;
    s.docCurrencyFrom = from;
    return s;
  }

  @Test
  public void repeatedTextOfADocumentGivesItsClaimOnceWithTheRegionsCurrency() {
    String repeated = "每名市民可获派4000元。";
    PCollectionTuple out = pipeline
        .apply(Create.of(
            List.of(section("d1", 0, repeated, "HKD", "source"), section("d1", 1, repeated, "HKD", "source")),
            List.of(section("d2", 0, repeated + "\n投资5亿美元。", "CNY", "default")))
            .withCoder(sectionsCoder()))
        .apply(new ExtractClaims());
    PAssert.that(out.get(ExtractClaims.CLAIMS)).satisfies(claims -> {
      List<Claim> d1 = new ArrayList<>();
      List<Claim> d2 = new ArrayList<>();
      for (Claim c : claims) {
        (c.docId.equals("d1") ? d1 : d2).add(c);
      }
      assertEquals("the repeated sentence of d1 is written once", 1, d1.size());
      assertEquals("d1-s0-c0", d1.get(0).claimId);
      assertEquals("HKD", d1.get(0).currency);
      assertEquals("source", d1.get(0).currencyFrom);
      assertEquals(2, d2.size());
      for (Claim c : d2) {
        assertTrue(c.currency, c.valueText.equals("4000元") ? c.currency.equals("CNY") : c.currency.equals("USD"));
        assertEquals(c.valueText.equals("4000元") ? "default" : "unit", c.currencyFrom);
      }
      return null;
    });
    pipeline.run();
  }

  private Coder<List<Section>> sectionsCoder() {
    try {
      return ListCoder.of(pipeline.getSchemaRegistry().getSchemaCoder(Section.class));
    } catch (NoSuchSchemaException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  public void tokensGetTheirOffsetsInTheSectionText() {
    Section s = section("d", 0, "培育 致富带头人309名。", "CNY", "default");
    List<Token> tokens = ExtractClaims.ClaimsFn.tokens(s);
    for (Token t : tokens) {
      assertEquals(t.word(), s.text.substring(t.start(), t.end()));
    }
  }
}
