package org.zhnorm.transforms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhnorm.model.Document;
import org.zhnorm.model.Entity;
import org.zhnorm.model.Section;
import org.zhnorm.text.extract.Currencies;
import org.zhnorm.text.extract.SectionSpan;
import org.zhnorm.text.extract.Sectioner;
import org.zhnorm.text.segment.WordSegmenter;

class ExtractSectionsTest {
  /** A segmented document, as the Segment stage leaves it. */
  private static Document segmented(String text) {
    Document d = new Document();
    d.docId = "d";
    d.text = text;
    Segment.setTokens(d, WordSegmenter.load().segment(text));
    return d;
  }

  @Test
  void entityOffsetsAreCodePointsOfTheDocument() {
    // characters outside the BMP (two chars, one code point) before and between the places
    String text = "一、𠀀𠀁兰州市\n\n兰州市今年𠀂引进北京市企业，𠀃上海市也来了。\n\n二、𠀄甘肃省\n\n𠀅甘肃省和𠀆陕西省的合作。";
    Document d = segmented(text);
    List<Section> sections = new ArrayList<>();
    for (SectionSpan span : new Sectioner().split(text)) {
      sections.add(ExtractSections.SectionsFn.toSection(d, span, Currencies.Region.DEFAULT));
    }
    int entities = 0;
    for (Section s : sections) {
      for (Entity e : s.entities) {
        int from = text.offsetByCodePoints(0, e.start);
        int to = text.offsetByCodePoints(0, e.end);
        assertThat(text.substring(from, to)).isEqualTo(e.text);
        entities++;
      }
    }
    assertThat(sections).hasSizeGreaterThan(1);
    assertThat(entities).isGreaterThanOrEqualTo(6);
  }
}
