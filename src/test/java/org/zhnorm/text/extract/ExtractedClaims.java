package org.zhnorm.text.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** The standard extractor on a sentence without a heading or tokens, for the claim tests. */
final class ExtractedClaims {
  /** The standard extractor, shared by the claim tests. */
  static final ClaimExtractor X = ClaimExtractor.standard();

  private ExtractedClaims() {}

  static List<ClaimSpan> claims(String text) {
    return X.extract(text, null);
  }

  /** The one claim of {@code text}; fails when there are none or several. */
  static ClaimSpan only(String text) {
    List<ClaimSpan> cs = claims(text);
    assertThat(cs).as("claims of %s", text).hasSize(1);
    return cs.get(0);
  }
}
