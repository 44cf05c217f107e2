package org.zhnorm.io.dump;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The HTML envelope of a dump page, shared by every reader that meets HTML: the crawl envelope
 * {@code <text id=URL title=… encoding=…>} and the charset declarations of the page's head (XML
 * declaration, meta charset), scanned once from the raw bytes.
 */
final class HtmlEnvelope {

  private static final Pattern ENVELOPE = Pattern.compile("^\\s*<text\\s+([^>]*)>", Pattern.CASE_INSENSITIVE);

  private static final Pattern ATTR = Pattern.compile("(\\w+)\\s*=\\s*\"([^\"]*)\"");

  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)", Pattern.CASE_INSENSITIVE);

  private static final Pattern XML_DECL = Pattern.compile(
      "^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([\\w.:-]+)", Pattern.CASE_INSENSITIVE);

  /** The envelope's {@code id} (the page URL), or null. */
  final @Nullable String url;
  /** The envelope's {@code title}, as raw Latin-1 bytes of the page's charset, or null. */
  final @Nullable String titleRaw;
  /** Whether the page is wrapped in a {@code <text id=… title=… encoding=…>} crawl envelope. */
  final boolean present;
  /** The charset declarations found: envelope {@code encoding=}, XML declaration, meta charset. */
  final List<CharsetResolver.Declared> declared;

  private HtmlEnvelope(@Nullable String url, @Nullable String titleRaw, boolean present, List<CharsetResolver.Declared> declared) {
    this.url = url;
    this.titleRaw = titleRaw;
    this.present = present;
    this.declared = declared;
  }

  /** Scans the first 8 KB of a page's bytes for the crawl envelope and the charset declarations. */
  static HtmlEnvelope scan(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 8192), StandardCharsets.ISO_8859_1);
    List<CharsetResolver.Declared> declared = new ArrayList<>();
    Matcher env = ENVELOPE.matcher(head);
    boolean envelope = env.find();
    String url = null;
    String titleRaw = null;
    if (envelope) {
      Matcher a = ATTR.matcher(env.group(1));
      while (a.find()) {
        switch (a.group(1).toLowerCase(Locale.ROOT)) {
          case "id" -> url = url == null ? a.group(2) : url;
          case "title" -> titleRaw = a.group(2);
          case "encoding" -> declared.add(new CharsetResolver.Declared("envelope", a.group(2)));
          default -> { }
        }
      }
    }
    Matcher xml = XML_DECL.matcher(head);
    if (xml.find()) {
      declared.add(new CharsetResolver.Declared("xml", xml.group(1)));
    }
    Matcher meta = META_CHARSET.matcher(head);
    if (meta.find()) {
      declared.add(new CharsetResolver.Declared("meta", meta.group(1)));
    }
    return new HtmlEnvelope(url, titleRaw, envelope, declared);
  }

  /** The markup inside the envelope (all of it when there is none). */
  String unwrap(String markup) {
    if (!present) {
      return markup;
    }
    String m = markup;
    Matcher e2 = ENVELOPE.matcher(m);
    if (e2.find()) {
      m = m.substring(e2.end());
    }
    int close = m.lastIndexOf("</text>");
    return close >= 0 ? m.substring(0, close) : m;
  }

  /** The envelope title, re-decoded from its raw bytes with the document's charset. */
  static String decodeAttr(String latin1, CharsetResolver.Decoded d) {
    byte[] raw = latin1.getBytes(StandardCharsets.ISO_8859_1);
    try {
      return org.jsoup.parser.Parser.unescapeEntities(new String(raw, java.nio.charset.Charset.forName(d.charset())), true);
    } catch (RuntimeException e) {
      return latin1;
    }
  }
}
