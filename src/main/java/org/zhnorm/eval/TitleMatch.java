package org.zhnorm.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Title accuracy against the titles the dev sets hold: cn_web_gold's crawl envelope ({@code <text
 * title=…>}, the page's raw {@code <title>}), readability's {@code expected-metadata.json}, newspaper4k's
 * and trafilatura's JSON. Raw page titles carry the site's name, so a predicted title matches when,
 * after {@link TextScore#normalize} (Simplified, no spaces), it equals the gold title or the gold title
 * is it plus shorter site/section parts set off by a separator ({@code _ | - — :: @ »}).
 */
public final class TitleMatch {
  private static final Pattern ENVELOPE_TITLE = Pattern.compile("^\\s*<text\\b[^>]*?\\btitle=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
  private static final String SEPARATORS = "_|｜-—–:：@»<>·";

  private TitleMatch() {}

  public static boolean matches(@Nullable String predicted, @Nullable String gold) {
    if (predicted == null || gold == null) {
      return false;
    }
    String p = TextScore.normalize(predicted);
    String g = TextScore.normalize(org.jsoup.parser.Parser.unescapeEntities(gold, false));
    if (p.isEmpty() || g.isEmpty()) {
      return false;
    }
    if (p.equals(g)) {
      return true;
    }
    int at = g.indexOf(p);
    if (at < 0) {
      return false;
    }
    boolean before = at == 0 || SEPARATORS.indexOf(g.charAt(at - 1)) >= 0;
    int end = at + p.length();
    boolean after = end == g.length() || SEPARATORS.indexOf(g.charAt(end)) >= 0;
    if (!before || !after) {
      return false;
    }
    if (at == 0) {
      return true; // the headline, then the site's parts
    }
    // site parts first (千龙网--北京--headline): the headline is the longest part, so a trailing
    // site or channel name alone is no title
    for (String part : g.substring(0, at).split("[" + Pattern.quote(SEPARATORS) + "]+")) {
      if (part.length() > p.length()) {
        return false;
      }
    }
    return true;
  }

  /** A gold title that is script residue ({@code '+document.title+'}) says nothing about the page's title. */
  public static boolean usable(@Nullable String gold) {
    return gold != null && !gold.isBlank() && !gold.contains("document.");
  }

  /** cn_web_gold: the envelope title of each original (read as bytes: the attribute is ASCII-safe in GBK and UTF-8 alike). */
  public static Map<String, String> envelopeTitles(GoldSet gold) {
    Map<String, String> out = new LinkedHashMap<>();
    for (GoldSet.Page p : gold.pages().values()) {
      String title = envelopeTitle(p.original());
      if (usable(title)) {
        out.put(p.id(), title);
      }
    }
    return out;
  }

  static @Nullable String envelopeTitle(Path original) {
    try {
      byte[] bytes = Files.readAllBytes(original);
      // the envelope's encoding attribute is not always the file's: UTF-8 when it decodes strictly, else GB18030
      int n = Math.min(bytes.length, 4096);
      String text;
      try {
        text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes, 0, n)).toString();
      } catch (java.nio.charset.CharacterCodingException e) {
        text = new String(bytes, 0, n, java.nio.charset.Charset.forName("GB18030"));
      }
      Matcher m = ENVELOPE_TITLE.matcher(text);
      return m.find() ? m.group(1) : null;
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + original, e);
    }
  }
}
