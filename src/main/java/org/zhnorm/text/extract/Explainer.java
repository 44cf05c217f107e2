package org.zhnorm.text.extract;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders the sections and claims of one document as plain text, for {@code ./zhnorm explain FILE}.
 * Build once; immutable and thread-safe like the extractor it wraps.
 */
public final class Explainer {
  private final Sectioner sectioner;
  private final ClaimExtractor extractor;

  public Explainer(Sectioner sectioner, ClaimExtractor extractor) {
    this.sectioner = sectioner;
    this.extractor = extractor;
  }

  public static Explainer standard() {
    return new Explainer(new Sectioner(), ClaimExtractor.standard());
  }

  /** One line per section, then one indented line per claim of that section. */
  public String explain(String text) {
    StringBuilder sb = new StringBuilder();
    Currencies.Region region = Currencies.regionOf(null, null, text);
    for (SectionSpan s : sectioner.split(text)) {
      sb.append(String.format(
          "§%d %s L%d [%d,%d)%s%s%n",
          s.ordinal(), s.kind(), s.level(), s.start(), s.end(),
          s.speaker() == null ? "" : " speaker=" + s.speaker(),
          s.heading() == null ? "" : " heading=" + s.heading()));
      String sectionText = text.substring(s.start(), s.end());
      List<ClaimSpan> claims =
          extractor.extract(sectionText, s.heading(), org.zhnorm.text.segment.WordSegmenter.load().segment(sectionText), region);
      for (ClaimSpan c : claims) {
        sb.append(String.format(
            "    %s -> %s %s%s (%s, %s%s%s)%s subject=%s%s%n",
            c.valueText(),
            c.redacted() ? "[redacted]" : c.value() == null ? "range" : c.value().toPlainString(),
            c.unit(),
            c.currency().isEmpty() ? "" : " " + c.currency() + " (" + c.currencyFrom() + ")",
            c.unitKind(),
            c.qualifier(),
            c.lower() == null ? "" : " lower=" + c.lower().toPlainString(),
            c.upper() == null ? "" : " upper=" + c.upper().toPlainString(),
            c.year() == null ? "" : " year=" + c.year(),
            c.subject(),
            c.places().isEmpty()
                ? ""
                : " places=" + c.places().stream().map(p -> p.name() + "/" + p.code()).collect(Collectors.joining(","))));
      }
    }
    return sb.toString();
  }
}
