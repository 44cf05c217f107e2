package org.zhnorm.io.dump;

import java.util.regex.Pattern;

/** The {@code numeric-entity} repair (docs/REPAIRS.md). */
final class NumericEntityRepair implements RepairChain.Repair {
  @Override
  public String id() {
    return "numeric-entity";
  }

  @Override
  public String description() {
    return "unescapes numeric character references left in text, also double-escaped `&amp;#…;`; never to control characters, surrogates or `&`";
  }

  @Override
  public String example() {
    return "`&#x4E2D;&#x6587;` -> `中文`";
  }

  @Override
  public String apply(String text, long[] count) {
    return numericEntities(text, count);
  }

  private static final Pattern ENTITY = Pattern.compile("&(?:amp;)?#(?:[xX]([0-9a-fA-F]{1,6})|([0-9]{1,7}));");

  static String numericEntities(String text, long[] count) {
    if (text.indexOf("&") < 0) {
      return text;
    }
    return RepairText.replaceAll(ENTITY, text, m -> {
      int cp;
      try {
        cp = m.group(1) != null ? Integer.parseInt(m.group(1), 16) : Integer.parseInt(m.group(2));
      } catch (NumberFormatException e) {
        return null;
      }
      if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0) || cp > 0x10FFFF
          || (cp >= 0xD800 && cp <= 0xDFFF) || cp == '&') {
        return null;
      }
      count[0]++;
      return new String(Character.toChars(cp));
    });
  }
}
