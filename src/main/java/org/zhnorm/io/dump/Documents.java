package org.zhnorm.io.dump;

import static org.zhnorm.io.dump.DumpParser.UNDECODABLE;
import static org.zhnorm.io.dump.DumpParser.EMPTY_DOCUMENT;
import static org.zhnorm.io.dump.DumpParser.TOO_LARGE;
import static org.zhnorm.io.dump.DumpParser.TOO_LONG;
import static org.zhnorm.io.dump.DumpParser.UNPARSABLE_HTML;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.zhnorm.io.html.HtmlExtractor;
import org.zhnorm.io.html.HtmlPage;

/**
 * Turns the bytes of one document into a {@link ParsedRecord} or one {@link ReadFailure}: the size caps,
 * charset resolution ({@link CharsetResolver}), HTML extraction with the shared {@link HtmlEnvelope},
 * and damage repair ({@link RepairChain}). Every reader hands its documents here.
 */
final class Documents {
  /** Share of malformed bytes above which a document is undecodable. */
  private static final double UNDECODABLE_SHARE = 0.05;

  /** The most bytes one character takes in the charsets read (GB18030, UTF-8). */
  private static final int MAX_BYTES_PER_CHAR = 4;

  final CharsetResolver charsets = new CharsetResolver();
  final RepairChain repairs = RepairChain.standard();
  final HtmlExtractor html = HtmlExtractor.standard();
  final long maxDocumentBytes;
  private final long maxDocumentChars;

  Documents(long maxDocumentBytes, long maxDocumentChars) {
    this.maxDocumentBytes = maxDocumentBytes;
    this.maxDocumentChars = maxDocumentChars;
  }

  /** Reads the rest of the stream as one document, bounded; null (and one failure) if too large. */
  byte @Nullable [] readDocument(DumpInput input, RecordSink sink, long offset) throws IOException {
    byte[] bytes = input.in.readNBytes((int) maxDocumentBytes + 1);
    if (bytes.length > maxDocumentBytes) {
      sink.failure(new ReadFailure(offset, TOO_LARGE, "document exceeds " + maxDocumentBytes
          + " bytes" + (input.compressed() ? " after decompression; reading stopped at the limit" : "")));
      return null;
    }
    return bytes;
  }

  /** One HTML page: envelope and declarations, charset, extraction, then {@link #emit}. */
  void htmlDocument(byte[] bytes, long offset, String format, @Nullable String url, @Nullable String title,
      @Nullable String date, List<CharsetResolver.Declared> declared, RecordSink sink) {
    HtmlEnvelope envelope = HtmlEnvelope.scan(bytes);
    List<CharsetResolver.Declared> all = new ArrayList<>(declared);
    all.addAll(envelope.declared);
    String pageUrl = url == null ? envelope.url : url;
    CharsetResolver.Decoded d = charsets.resolve(bytes, all);
    if (undecodable(d, bytes)) {
      sink.failure(new ReadFailure(offset, UNDECODABLE, d.malformed() + " malformed sequences as " + d.charset()));
      return;
    }
    String markup = envelope.unwrap(d.text());
    // the title the crawl record states (the envelope's, else the record's own field) is one of the
    // title candidates the extractor weighs against the page's own
    String recordTitle = envelope.titleRaw != null ? HtmlEnvelope.decodeAttr(envelope.titleRaw, d) : title;
    HtmlPage page = extract(markup, pageUrl, recordTitle, offset, sink);
    if (page == null) {
      return;
    }
    String pageTitle = page.title();
    if (pageTitle == null && envelope.titleRaw != null) {
      pageTitle = HtmlEnvelope.decodeAttr(envelope.titleRaw, d);
    }
    emit(offset, format, pageUrl, pageTitle != null ? pageTitle : title, page.date() != null ? page.date() : date,
        page.text(), d, sink);
  }

  /**
   * The page's main text and metadata, or null after reporting the failure to {@code sink}: markup
   * the extractor cannot parse ({@code unparsable-html}), or a page with no article ({@code no-article}).
   */
  HtmlPage extract(String markup, String url, @Nullable String recordTitle, long offset, RecordSink sink) {
    HtmlPage page;
    try {
      page = html.extract(markup, url, recordTitle);
    } catch (RuntimeException | StackOverflowError e) {
      sink.failure(new ReadFailure(offset, UNPARSABLE_HTML, e.getClass().getSimpleName() + ": " + e.getMessage()));
      return null;
    }
    if (page.noArticle() != null) {
      sink.failure(new ReadFailure(offset, HtmlPage.NO_ARTICLE, page.noArticle()));
      return null;
    }
    return page;
  }

  /** Decodes an HTML page the way the readers do, without extraction (for checks and tools). */
  CharsetResolver.Decoded decodeHtml(byte[] bytes) {
    return charsets.resolve(bytes, HtmlEnvelope.scan(bytes).declared);
  }

  void textDocument(byte[] bytes, long offset, String format, @Nullable String url, @Nullable String title,
      @Nullable String date, List<CharsetResolver.Declared> declared, RecordSink sink) {
    if (bytes.length > MAX_BYTES_PER_CHAR * maxDocumentChars) {
      // more characters than the cap whatever the charset: not worth decoding
      sink.failure(tooLong(offset, "a text of " + bytes.length + " bytes (more than " + maxDocumentChars
          + " characters in any charset)"));
      return;
    }
    CharsetResolver.Decoded d = charsets.resolve(bytes, declared);
    if (undecodable(d, bytes)) {
      sink.failure(new ReadFailure(offset, UNDECODABLE, d.malformed() + " malformed sequences as " + d.charset()));
      return;
    }
    emit(offset, format, url, title, date, d.text(), d, sink);
  }

  ReadFailure tooLong(long offset, String size) {
    return new ReadFailure(offset, TOO_LONG, size + " exceeds --maxDocumentChars=" + maxDocumentChars
        + "; dead-lettered before it enters the pipeline");
  }

  private static boolean undecodable(CharsetResolver.Decoded d, byte[] bytes) {
    return d.malformed() > UNDECODABLE_SHARE * bytes.length;
  }

  void emit(long offset, String format, @Nullable String url, @Nullable String title, @Nullable String date,
      String text, CharsetResolver.Decoded d, RecordSink sink) {
    if (text.length() > maxDocumentChars) {
      sink.failure(tooLong(offset, "a text of " + text.length() + " characters ("
          + text.getBytes(StandardCharsets.UTF_8).length + " bytes of UTF-8)"));
      return;
    }
    RepairChain.Result r = repairs.apply(text);
    String clean = r.text().strip();
    if (clean.isEmpty()) {
      sink.failure(new ReadFailure(offset, EMPTY_DOCUMENT, "no text after decoding and extraction"));
      return;
    }
    String t = title == null ? null : blankToNull(repairs.apply(title).text().strip());
    sink.record(new ParsedRecord(offset, format, blankToNull(url), t, blankToNull(date), clean, d.charset(),
        d.reason(), r.repairs(), r.damageScore(), r.flags()));
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
