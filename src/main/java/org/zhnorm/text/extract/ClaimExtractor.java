package org.zhnorm.text.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;

/** Finds quantitative claims. (First version: integers followed by a unit character.) */
public final class ClaimExtractor {
  private static final Pattern QUANTITY = Pattern.compile("(\\d+)(名|个|人|元)");

  public static ClaimExtractor standard() {
    return new ClaimExtractor();
  }

  public List<ClaimSpan> extract(String sectionText, @Nullable String heading) {
    List<ClaimSpan> out = new ArrayList<>();
    Matcher m = QUANTITY.matcher(sectionText);
    while (m.find()) {
      BigDecimal v = new BigDecimal(m.group(1));
      out.add(new ClaimSpan(sectionText, m.start(), "", v, m.group(), m.group(2), "count", "exact", v, v, null, false, List.of()));
    }
    return out;
  }
}
