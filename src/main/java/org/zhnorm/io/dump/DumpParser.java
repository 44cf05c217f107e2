package org.zhnorm.io.dump;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.zhnorm.io.html.HtmlExtractor;
import org.zhnorm.io.html.HtmlPage;

/**
 * Parses one dump file into documents: format by content sniffing and file name, transparent
 * gzip/bzip2/zstd, charset resolution ({@link CharsetResolver}) and damage repair ({@link
 * RepairChain}). Never throws for bad content: every unreadable item becomes exactly one {@link
 * ReadFailure}; IOException only when the source itself fails.
 *
 * <p>Formats: {@code text} (one document per file), {@code html} (one page per file, with the
 * {@code <text id=URL title=… encoding=…>} crawl envelope), {@code jsonl} (one document per line;
 * offset = 1-based line number), {@code json} (one object, or an array of objects; offset = index),
 * {@code warc} / {@code wet} (offset = byte offset of the record in the decompressed stream).
 *
 * <p>Thread-safe and stateless between calls; build one per worker (for example in {@code @Setup}).
 * Charset rules, repair rules and failure ids are documented in docs/REPAIRS.md.
 */
public final class DumpParser {
  public static final String EMPTY_FILE = "empty-file";
  public static final String BINARY_FILE = "binary-file";
  public static final String UNDECODABLE = "undecodable";
  public static final String TRUNCATED_COMPRESSION = "truncated-compression";
  public static final String CORRUPT_COMPRESSION = "corrupt-compression";
  public static final String MALFORMED_JSON = "malformed-json";
  public static final String MISSING_CONTENT = "missing-content";
  public static final String EMPTY_DOCUMENT = "empty-document";
  public static final String BROKEN_WARC_RECORD = "broken-warc-record";
  public static final String TOO_LARGE = "too-large";
  public static final String UNPARSABLE_HTML = "unparsable-html";
  public static final String INTERNAL_ERROR = "internal-error";

  public static final String SKIP_NON_TEXT = "non-text-content";
  public static final String SKIP_HTTP_STATUS = "http-status";

  private static final int SNIFF_BYTES = 8192;
  private static final int MAX_WARC_HEADER_LINES = 256;
  private static final int MAX_WARC_LINE = 16384;
  /** Past the document limit, a decompression ratio above this stops reading the file. */
  private static final long BOMB_RATIO = 100;
  /** Share of malformed bytes above which a document is undecodable. */
  private static final double UNDECODABLE_SHARE = 0.05;

  private final long maxDocumentBytes;
  private final DumpSettings settings;
  private final CharsetResolver charsets = new CharsetResolver();
  private final RepairChain repairs = RepairChain.standard();
  private final HtmlExtractor html = HtmlExtractor.standard();
  private final ObjectMapper json = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  public DumpParser(long maxDocumentBytes) {
    this(maxDocumentBytes, DumpSettings.defaults());
  }

  public DumpParser(long maxDocumentBytes, DumpSettings settings) {
    if (maxDocumentBytes <= 0) {
      throw new IllegalArgumentException("maxDocumentBytes must be positive, got " + maxDocumentBytes);
    }
    this.maxDocumentBytes = Math.min(maxDocumentBytes, Integer.MAX_VALUE - 16);
    this.settings = settings;
  }

  /** State of one file being read. */
  private static final class Input {
    final DumpStreams.SourceGuard guard;
    final DumpStreams.Counting in;
    final String compression;

    Input(DumpStreams.SourceGuard guard, DumpStreams.Counting in, String compression) {
      this.guard = guard;
      this.in = in;
      this.compression = compression;
    }

    boolean compressed() {
      return !compression.equals("none");
    }

    boolean bomb(long maxDocumentBytes) {
      return compressed() && in.count > maxDocumentBytes && in.count > BOMB_RATIO * Math.max(1, guard.count);
    }
  }

  public void parse(String name, ByteSource source, RecordSink sink) throws IOException {
    DumpStreams.SourceGuard guard = new DumpStreams.SourceGuard(source.open());
    try (InputStream closer = guard) {
      Input input;
      try {
        BufferedInputStream raw = new BufferedInputStream(guard, 65536);
        String compression = DumpStreams.sniffCompression(raw);
        InputStream plain = DumpStreams.decompress(compression, raw);
        input = new Input(guard, new DumpStreams.Counting(new BufferedInputStream(plain, 65536)), compression);
      } catch (IOException e) {
        if (guard.failed) {
          throw e;
        }
        sink.failure(new ReadFailure(0, compressionReason(e), "cannot open compressed stream: " + e.getMessage()));
        return;
      }
      try {
        dispatch(name, input, sink);
      } catch (IOException e) {
        if (guard.failed) {
          throw e;
        }
        sink.failure(new ReadFailure(input.in.count, compressionReason(e),
            input.compression + " stream ends or breaks after " + input.in.count + " bytes: " + e.getMessage()));
      } catch (RuntimeException | StackOverflowError e) {
        // a bug, not bad content: report it for this file and let the batch go on
        sink.failure(new ReadFailure(input.in.count, INTERNAL_ERROR, e.getClass().getName() + ": " + e.getMessage()));
      }
    }
  }

  private static String compressionReason(IOException e) {
    return e instanceof EOFException || (e.getMessage() != null && e.getMessage().toLowerCase(Locale.ROOT).contains("truncat"))
        ? TRUNCATED_COMPRESSION
        : CORRUPT_COMPRESSION;
  }

  private void dispatch(String name, Input input, RecordSink sink) throws IOException {
    DumpStreams.Counting in = input.in;
    in.mark(SNIFF_BYTES + 1);
    byte[] head = in.readNBytes(SNIFF_BYTES);
    in.reset();
    if (head.length == 0) {
      sink.failure(new ReadFailure(0, EMPTY_FILE, input.compressed() ? "the decompressed file has no bytes" : "the file has no bytes"));
      return;
    }
    String base = baseName(name);
    String start = new String(head, 0, Math.min(head.length, 2048), StandardCharsets.ISO_8859_1);
    String trimmed = start.stripLeading();
    if (trimmed.startsWith("WARC/") || base.endsWith(".warc") || base.endsWith(".wet") || base.endsWith(".arc")) {
      readWarc(input, sink);
      return;
    }
    if (looksBinary(head)) {
      sink.failure(new ReadFailure(0, BINARY_FILE, "control or NUL bytes in the first " + head.length + " bytes"));
      return;
    }
    boolean jsonFile = base.endsWith(".json") && !base.endsWith(".jsonl");
    boolean jsonName = jsonFile || base.endsWith(".jsonl") || base.endsWith(".ndjson");
    if (jsonName || (stripBom(trimmed).startsWith("{") && firstLineIsJson(head))) {
      long[] seen = new long[1];
      RecordSink counting = new RecordSink() {
        @Override
        public void record(ParsedRecord record) {
          seen[0]++;
          sink.record(record);
        }

        @Override
        public void failure(ReadFailure failure) {
          seen[0]++;
          sink.failure(failure);
        }

        @Override
        public void skipped(long offset, String reason) {
          seen[0]++;
          sink.skipped(offset, reason);
        }
      };
      if (jsonFile) {
        readJsonFile(input, counting);
      } else {
        readJsonLines(input, counting);
      }
      if (seen[0] == 0) {
        sink.failure(new ReadFailure(0, EMPTY_FILE, "no JSON documents in the file (blank lines or an empty array)"));
      }
      return;
    }
    byte[] bytes = readDocument(input, sink, 0);
    if (bytes == null) {
      return;
    }
    if (isHtml(base, trimmed)) {
      htmlDocument(bytes, 0, "html", null, null, null, new ArrayList<>(), sink);
    } else {
      textDocument(bytes, 0, "text", null, null, null, List.of(), sink);
    }
  }

  /** Whether the first non-blank line in {@code head} parses as a JSON object (or runs past the head). */
  private boolean firstLineIsJson(byte[] head) {
    String text = new String(head, StandardCharsets.UTF_8).stripLeading();
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    int nl = text.indexOf('\n');
    if (nl < 0) {
      return head.length >= SNIFF_BYTES || parsesAsObject(text);
    }
    return parsesAsObject(text.substring(0, nl));
  }

  private boolean parsesAsObject(String line) {
    try {
      JsonNode n = json.readTree(line);
      return n != null && n.isObject();
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static String stripBom(String s) {
    return s.startsWith("\u00EF\u00BB\u00BF") ? s.substring(3) : s;
  }

  private static String baseName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    int slash = Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\'));
    n = n.substring(slash + 1);
    for (String ext : List.of(".gz", ".gzip", ".bz2", ".zst", ".zstd")) {
      if (n.endsWith(ext)) {
        return n.substring(0, n.length() - ext.length());
      }
    }
    return n;
  }

  private static boolean isHtml(String base, String start) {
    if (base.endsWith(".html") || base.endsWith(".htm") || base.endsWith(".xhtml") || base.endsWith(".shtml")) {
      return true;
    }
    String s = stripBom(start).toLowerCase(Locale.ROOT);
    return s.startsWith("<text id=") || s.startsWith("<!doctype html") || s.startsWith("<html")
        || (s.startsWith("<") && (s.contains("<html") || s.contains("<body") || s.contains("<head")));
  }

  /** NUL bytes, or more than 10% C0 control bytes, outside a UTF-16 BOM. */
  static boolean looksBinary(byte[] head) {
    if (head.length >= 2 && ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE
        || (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF)) {
      return false;
    }
    int control = 0;
    for (byte b : head) {
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b >= 0 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B) {
        control++;
      }
    }
    return control * 10 > head.length;
  }

  /** Reads the rest of the stream as one document, bounded; null (and one failure) if too large. */
  private byte @Nullable [] readDocument(Input input, RecordSink sink, long offset) throws IOException {
    byte[] bytes = input.in.readNBytes((int) maxDocumentBytes + 1);
    if (bytes.length > maxDocumentBytes) {
      sink.failure(new ReadFailure(offset, TOO_LARGE, "document exceeds " + maxDocumentBytes
          + " bytes" + (input.compressed() ? " after decompression; reading stopped at the limit" : "")));
      return null;
    }
    return bytes;
  }

  // ---- documents -----------------------------------------------------------------------------

  private static final Pattern ENVELOPE = Pattern.compile("^\\s*<text\\s+([^>]*)>", Pattern.CASE_INSENSITIVE);
  private static final Pattern ATTR = Pattern.compile("(\\w+)\\s*=\\s*\"([^\"]*)\"");
  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern XML_DECL = Pattern.compile(
      "^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([\\w.:-]+)", Pattern.CASE_INSENSITIVE);

  private void htmlDocument(byte[] bytes, long offset, String format, @Nullable String url, @Nullable String title,
      @Nullable String date, List<CharsetResolver.Declared> declared, RecordSink sink) {
    String head = new String(bytes, 0, Math.min(bytes.length, 8192), StandardCharsets.ISO_8859_1);
    Matcher env = ENVELOPE.matcher(head);
    boolean envelope = env.find();
    String envTitleRaw = null;
    if (envelope) {
      Matcher a = ATTR.matcher(env.group(1));
      while (a.find()) {
        switch (a.group(1).toLowerCase(Locale.ROOT)) {
          case "id" -> url = url == null ? a.group(2) : url;
          case "title" -> envTitleRaw = a.group(2);
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
    CharsetResolver.Decoded d = charsets.resolve(bytes, declared);
    if (undecodable(d, bytes)) {
      sink.failure(new ReadFailure(offset, UNDECODABLE, d.malformed() + " malformed sequences as " + d.charset()));
      return;
    }
    String markup = d.text();
    if (envelope) {
      Matcher e2 = ENVELOPE.matcher(markup);
      if (e2.find()) {
        markup = markup.substring(e2.end());
      }
      int close = markup.lastIndexOf("</text>");
      if (close >= 0) {
        markup = markup.substring(0, close);
      }
    }
    HtmlPage page;
    try {
      page = html.extract(markup, url);
    } catch (RuntimeException | StackOverflowError e) {
      sink.failure(new ReadFailure(offset, UNPARSABLE_HTML, e.getClass().getSimpleName() + ": " + e.getMessage()));
      return;
    }
    if (page.noArticle() != null) {
      sink.failure(new ReadFailure(offset, HtmlPage.NO_ARTICLE, page.noArticle()));
      return;
    }
    String pageTitle = page.title();
    if (pageTitle == null && envTitleRaw != null) {
      pageTitle = decodeAttr(envTitleRaw, d);
    }
    emit(offset, format, url, pageTitle != null ? pageTitle : title, page.date() != null ? page.date() : date,
        page.text(), d, sink);
  }

  /** Decodes an HTML page the way {@link #parse} does, without extraction (for checks and tools). */
  CharsetResolver.Decoded decodeHtml(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 8192), StandardCharsets.ISO_8859_1);
    List<CharsetResolver.Declared> declared = new ArrayList<>();
    Matcher env = ENVELOPE.matcher(head);
    if (env.find()) {
      Matcher a = ATTR.matcher(env.group(1));
      while (a.find()) {
        if (a.group(1).equalsIgnoreCase("encoding")) {
          declared.add(new CharsetResolver.Declared("envelope", a.group(2)));
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
    return charsets.resolve(bytes, declared);
  }

  /** The envelope title, re-decoded from its raw bytes with the document's charset. */
  private static String decodeAttr(String latin1, CharsetResolver.Decoded d) {
    byte[] raw = latin1.getBytes(StandardCharsets.ISO_8859_1);
    try {
      return org.jsoup.parser.Parser.unescapeEntities(new String(raw, java.nio.charset.Charset.forName(d.charset())), true);
    } catch (RuntimeException e) {
      return latin1;
    }
  }

  private void textDocument(byte[] bytes, long offset, String format, @Nullable String url, @Nullable String title,
      @Nullable String date, List<CharsetResolver.Declared> declared, RecordSink sink) {
    CharsetResolver.Decoded d = charsets.resolve(bytes, declared);
    if (undecodable(d, bytes)) {
      sink.failure(new ReadFailure(offset, UNDECODABLE, d.malformed() + " malformed sequences as " + d.charset()));
      return;
    }
    emit(offset, format, url, title, date, d.text(), d, sink);
  }

  private static boolean undecodable(CharsetResolver.Decoded d, byte[] bytes) {
    return d.malformed() > UNDECODABLE_SHARE * bytes.length;
  }

  private void emit(long offset, String format, @Nullable String url, @Nullable String title, @Nullable String date,
      String text, CharsetResolver.Decoded d, RecordSink sink) {
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

  // ---- JSON ----------------------------------------------------------------------------------

  private void readJsonFile(Input input, RecordSink sink) throws IOException {
    byte[] bytes = readDocument(input, sink, 0);
    if (bytes == null) {
      return;
    }
    CharsetResolver.Decoded d = charsets.resolve(bytes, List.of());
    JsonNode root;
    try {
      root = json.readTree(d.text());
    } catch (IOException | RuntimeException e) {
      // not one JSON value: read it as JSON lines
      readJsonLines(input(bytes), sink);
      return;
    }
    if (root != null && root.isArray()) {
      for (int i = 0; i < root.size(); i++) {
        jsonDocument(root.get(i), i, d, sink);
      }
    } else {
      jsonDocument(root, 0, d, sink);
    }
  }

  private Input input(byte[] bytes) {
    DumpStreams.SourceGuard g = new DumpStreams.SourceGuard(new ByteArrayInputStream(bytes));
    return new Input(g, new DumpStreams.Counting(new BufferedInputStream(g)), "none");
  }

  private void readJsonLines(Input input, RecordSink sink) throws IOException {
    long lineNo = 0;
    while (true) {
      lineNo++;
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      int end = readLine(input, line, maxDocumentBytes);
      if (end == LINE_EOF && line.size() == 0) {
        return;
      }
      if (end == LINE_TOO_LONG) {
        boolean stopped = skipLine(input);
        sink.failure(new ReadFailure(lineNo, TOO_LARGE, "line exceeds " + maxDocumentBytes + " bytes"
            + (stopped ? "; decompression ratio over " + BOMB_RATIO + ":1, reading of the file stopped" : "")));
        if (stopped) {
          return;
        }
        continue;
      }
      byte[] bytes = line.toByteArray();
      CharsetResolver.Decoded d = charsets.resolve(bytes, List.of());
      if (!d.text().isBlank()) {
        JsonNode node;
        try {
          node = json.readTree(d.text());
        } catch (IOException | RuntimeException e) {
          sink.failure(new ReadFailure(lineNo, MALFORMED_JSON, shortMessage(e)));
          node = null;
        }
        if (node != null) {
          jsonDocument(node, lineNo, d, sink);
        }
      }
      if (end == LINE_EOF) {
        return;
      }
    }
  }

  private static String shortMessage(Exception e) {
    String m = String.valueOf(e.getMessage());
    int nl = m.indexOf('\n');
    return nl > 0 ? m.substring(0, nl) : m;
  }

  private void jsonDocument(@Nullable JsonNode node, long offset, CharsetResolver.Decoded d, RecordSink sink) {
    if (node == null || !node.isObject()) {
      sink.failure(new ReadFailure(offset, MALFORMED_JSON, "not a JSON object: "
          + (node == null ? "nothing" : node.getNodeType().toString().toLowerCase(Locale.ROOT))));
      return;
    }
    String url = field(node, settings.urlFields());
    String title = field(node, settings.titleFields());
    String date = field(node, settings.dateFields());
    String content = field(node, settings.contentFields());
    String format = "jsonl";
    if (content == null) {
      String markup = field(node, settings.htmlFields());
      if (markup == null) {
        boolean present = settings.contentFields().stream().anyMatch(node::has)
            || settings.htmlFields().stream().anyMatch(node::has);
        sink.failure(new ReadFailure(offset, present ? EMPTY_DOCUMENT : MISSING_CONTENT,
            present ? "content field is empty" : "none of the fields " + settings.contentFields() + " or "
                + settings.htmlFields() + " holds a string"));
        return;
      }
      HtmlPage page;
      try {
        page = html.extract(markup, url);
      } catch (RuntimeException | StackOverflowError e) {
        sink.failure(new ReadFailure(offset, UNPARSABLE_HTML, e.getClass().getSimpleName() + ": " + e.getMessage()));
        return;
      }
      if (page.noArticle() != null) {
        sink.failure(new ReadFailure(offset, HtmlPage.NO_ARTICLE, page.noArticle()));
        return;
      }
      emit(offset, format, url, title != null ? title : page.title(), date != null ? date : page.date(),
          page.text(), d, sink);
      return;
    }
    emit(offset, format, url, title, date, content, d, sink);
  }

  private static @Nullable String field(JsonNode node, List<String> names) {
    for (String n : names) {
      JsonNode v = node.get(n);
      if (v != null && v.isTextual() && !v.asText().isBlank()) {
        return v.asText();
      }
    }
    return null;
  }

  // ---- line reading --------------------------------------------------------------------------

  private static final int LINE_LF = 0;
  private static final int LINE_EOF = 1;
  private static final int LINE_TOO_LONG = 2;

  /** Reads up to LF (dropped, with a CR before it) into {@code out}, at most {@code max} bytes. */
  private static int readLine(Input input, ByteArrayOutputStream out, long max) throws IOException {
    DumpStreams.Counting in = input.in;
    while (true) {
      int b = in.read();
      if (b < 0) {
        return LINE_EOF;
      }
      if (b == '\n') {
        byte[] bytes = out.toByteArray();
        if (bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
          out.reset();
          out.write(bytes, 0, bytes.length - 1);
        }
        return LINE_LF;
      }
      if (out.size() >= max) {
        return LINE_TOO_LONG;
      }
      out.write(b);
    }
  }

  /** Skips to the end of the line; true when reading stopped because the input looks like a bomb. */
  private boolean skipLine(Input input) throws IOException {
    DumpStreams.Counting in = input.in;
    byte[] buf = new byte[1];
    while (true) {
      if (input.bomb(maxDocumentBytes)) {
        return true;
      }
      int n = in.read(buf, 0, 1);
      if (n < 0 || buf[0] == '\n') {
        return false;
      }
    }
  }

  // ---- WARC ----------------------------------------------------------------------------------

  private void readWarc(Input input, RecordSink sink) throws IOException {
    DumpStreams.Counting in = input.in;
    String pending = null;
    long pendingOffset = 0;
    boolean any = false;
    while (true) {
      long offset;
      String first;
      if (pending != null) {
        first = pending;
        offset = pendingOffset;
        pending = null;
      } else {
        skipBlankLines(in);
        offset = in.count;
        ByteArrayOutputStream l = new ByteArrayOutputStream();
        int end = readLine(input, l, MAX_WARC_LINE);
        if (end == LINE_EOF && l.size() == 0) {
          if (!any) {
            sink.failure(new ReadFailure(0, BROKEN_WARC_RECORD, "no WARC record in the file"));
          }
          return;
        }
        first = end == LINE_TOO_LONG ? "" : l.toString(StandardCharsets.ISO_8859_1);
      }
      any = true;
      if (!first.startsWith("WARC/")) {
        sink.failure(new ReadFailure(offset, BROKEN_WARC_RECORD, "no WARC version line"));
        long[] next = new long[1];
        pending = resync(input, next);
        pendingOffset = next[0];
        if (pending == null) {
          return;
        }
        continue;
      }
      Map<String, String> headers = new LinkedHashMap<>();
      boolean headerOk = false;
      for (int i = 0; i < MAX_WARC_HEADER_LINES; i++) {
        ByteArrayOutputStream l = new ByteArrayOutputStream();
        int end = readLine(input, l, MAX_WARC_LINE);
        if (end == LINE_TOO_LONG) {
          break;
        }
        String h = l.toString(StandardCharsets.UTF_8);
        if (h.isEmpty()) {
          headerOk = end == LINE_LF;
          break;
        }
        if (h.startsWith("WARC/") && !headers.isEmpty()) {
          break; // the next record begins: this one has no block
        }
        int colon = h.indexOf(':');
        if (colon > 0) {
          headers.putIfAbsent(h.substring(0, colon).strip().toLowerCase(Locale.ROOT), h.substring(colon + 1).strip());
        }
        if (end == LINE_EOF) {
          break;
        }
      }
      long length = -1;
      try {
        length = Long.parseLong(headers.getOrDefault("content-length", "-1"));
      } catch (NumberFormatException e) {
        length = -1;
      }
      if (!headerOk || length < 0) {
        sink.failure(new ReadFailure(offset, BROKEN_WARC_RECORD,
            headerOk ? "missing or invalid Content-Length" : "unterminated WARC header"));
        long[] next = new long[1];
        pending = resync(input, next);
        pendingOffset = next[0];
        if (pending == null) {
          return;
        }
        continue;
      }
      String type = headers.getOrDefault("warc-type", "").toLowerCase(Locale.ROOT);
      boolean document = type.equals("response") || type.equals("conversion") || type.equals("resource");
      if (!document || length > maxDocumentBytes) {
        in.mark(SNIFF_BYTES + 1);
        byte[] peek = in.readNBytes((int) Math.min(length, SNIFF_BYTES));
        in.reset();
        long skipped = skipExactly(input, length);
        if (skipped < length) {
          sink.failure(new ReadFailure(offset, BROKEN_WARC_RECORD, "record block ends after " + skipped + " of " + length + " bytes"));
          return;
        }
        if (document) {
          if (isTextual(type, headers, peek)) {
            sink.failure(new ReadFailure(offset, TOO_LARGE, "record block of " + length + " bytes exceeds " + maxDocumentBytes));
          } else {
            sink.skipped(offset, SKIP_NON_TEXT);
          }
        }
        continue;
      }
      byte[] block = in.readNBytes((int) length);
      if (block.length < length) {
        sink.failure(new ReadFailure(offset, BROKEN_WARC_RECORD, "record block ends after " + block.length + " of " + length + " bytes"));
        return;
      }
      try {
        warcDocument(type, headers, block, offset, sink);
      } catch (RuntimeException | StackOverflowError e) {
        sink.failure(new ReadFailure(offset, INTERNAL_ERROR, e.getClass().getSimpleName() + ": " + e.getMessage()));
      }
    }
  }

  private static boolean isTextual(String type, Map<String, String> headers, byte[] peek) {
    if (!type.equals("response")) {
      return textualType(headers.getOrDefault("content-type", "text/plain"));
    }
    String head = new String(peek, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    Matcher m = Pattern.compile("(?m)^content-type:\\s*([^\\r\\n;]+)").matcher(head);
    return m.find() && textualType(m.group(1));
  }

  private static boolean textualType(String contentType) {
    String t = contentType.toLowerCase(Locale.ROOT).strip();
    return t.startsWith("text/html") || t.startsWith("application/xhtml") || t.startsWith("text/plain");
  }

  private void warcDocument(String type, Map<String, String> headers, byte[] block, long offset, RecordSink sink)
      throws IOException {
    String url = headers.get("warc-target-uri");
    if (url != null && url.startsWith("<") && url.endsWith(">")) {
      url = url.substring(1, url.length() - 1);
    }
    String date = headers.get("warc-date");
    if (type.equals("conversion")) {
      textDocument(block, offset, "wet", url, null, date,
          List.of(new CharsetResolver.Declared("warc", charsetParam(headers.get("content-type")))), sink);
      return;
    }
    byte[] body;
    String contentType;
    List<CharsetResolver.Declared> declared = new ArrayList<>();
    if (type.equals("response") && headers.getOrDefault("content-type", "").toLowerCase(Locale.ROOT).startsWith("application/http")) {
      HttpResponse http;
      try {
        http = HttpResponse.parse(Channels.newChannel(new ByteArrayInputStream(block)));
      } catch (IOException | RuntimeException e) {
        sink.failure(new ReadFailure(offset, BROKEN_WARC_RECORD, "HTTP response: " + e.getMessage()));
        return;
      }
      if (http.status() < 200 || http.status() >= 300) {
        sink.skipped(offset, SKIP_HTTP_STATUS);
        return;
      }
      MediaType mt = http.contentType();
      contentType = mt == null ? headers.getOrDefault("warc-identified-payload-type", "") : mt.raw();
      try (InputStream b = http.bodyDecoded().stream()) {
        body = b.readNBytes((int) maxDocumentBytes + 1);
      } catch (IOException | RuntimeException e) {
        sink.failure(new ReadFailure(offset, BROKEN_WARC_RECORD, "HTTP body: " + e.getMessage()));
        return;
      }
      if (body.length > maxDocumentBytes) {
        sink.failure(new ReadFailure(offset, TOO_LARGE, "decoded HTTP body exceeds " + maxDocumentBytes + " bytes"));
        return;
      }
    } else {
      contentType = headers.getOrDefault("content-type", "");
      body = block;
    }
    String cs = charsetParam(contentType);
    if (cs != null) {
      declared.add(new CharsetResolver.Declared("http", cs));
    }
    String t = contentType.toLowerCase(Locale.ROOT);
    if (t.isBlank()) {
      String s = new String(body, 0, Math.min(body.length, 2048), StandardCharsets.ISO_8859_1);
      t = isHtml("", s.stripLeading()) ? "text/html" : "";
    }
    if (t.startsWith("text/html") || t.startsWith("application/xhtml")) {
      htmlDocument(body, offset, "warc", url, null, date, declared, sink);
    } else if (t.startsWith("text/plain")) {
      textDocument(body, offset, "warc", url, null, date, declared, sink);
    } else {
      sink.skipped(offset, SKIP_NON_TEXT);
    }
  }

  private static @Nullable String charsetParam(@Nullable String contentType) {
    if (contentType == null) {
      return null;
    }
    Matcher m = Pattern.compile("charset\\s*=\\s*[\"']?([\\w.:-]+)", Pattern.CASE_INSENSITIVE).matcher(contentType);
    return m.find() ? m.group(1) : null;
  }

  private static void skipBlankLines(DumpStreams.Counting in) throws IOException {
    while (true) {
      in.mark(1);
      int b = in.read();
      if (b != '\r' && b != '\n') {
        if (b >= 0) {
          in.reset();
        }
        return;
      }
    }
  }

  private long skipExactly(Input input, long n) throws IOException {
    long done = 0;
    byte[] buf = new byte[8192];
    while (done < n) {
      int r = input.in.read(buf, 0, (int) Math.min(buf.length, n - done));
      if (r < 0) {
        break;
      }
      done += r;
    }
    return done;
  }

  /** Skips to the next line starting with "WARC/"; returns it (offset in next[0]) or null at EOF. */
  private static @Nullable String resync(Input input, long[] next) throws IOException {
    while (true) {
      long offset = input.in.count;
      ByteArrayOutputStream l = new ByteArrayOutputStream();
      int end = readLine(input, l, MAX_WARC_LINE);
      if (end == LINE_TOO_LONG) {
        // discard the rest of a long line
        while (true) {
          int b = input.in.read();
          if (b < 0) {
            return null;
          }
          if (b == '\n') {
            break;
          }
        }
        continue;
      }
      String s = l.toString(StandardCharsets.ISO_8859_1);
      if (s.startsWith("WARC/1.") || s.startsWith("WARC/0.")) {
        next[0] = offset;
        return s;
      }
      if (end == LINE_EOF) {
        return null;
      }
    }
  }
}
