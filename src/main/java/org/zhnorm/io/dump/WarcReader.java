package org.zhnorm.io.dump;

import static org.zhnorm.io.dump.DumpParser.BROKEN_WARC_RECORD;
import static org.zhnorm.io.dump.DumpParser.TOO_LARGE;
import static org.zhnorm.io.dump.DumpParser.INTERNAL_ERROR;
import static org.zhnorm.io.dump.DumpParser.SKIP_NON_TEXT;
import static org.zhnorm.io.dump.DumpParser.SKIP_HTTP_STATUS;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
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

/**
 * Reads WARC and WET files record by record (offset = byte offset of the record in the decompressed
 * stream): response (HTTP via jwarc), resource and conversion records are documents; a broken record
 * is one failure and reading resumes at the next {@code WARC/1.x} line.
 */
final class WarcReader {
  private static final int MAX_WARC_HEADER_LINES = 256;

  private static final int MAX_WARC_LINE = 16384;

  private final Documents docs;
  private final long maxDocumentBytes;

  WarcReader(Documents docs) {
    this.docs = docs;
    this.maxDocumentBytes = docs.maxDocumentBytes;
  }

  void readWarc(DumpInput input, RecordSink sink) throws IOException {
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
        DumpInput.skipBlankLines(in);
        offset = in.count;
        ByteArrayOutputStream l = new ByteArrayOutputStream();
        int end = DumpInput.readLine(input, l, MAX_WARC_LINE);
        if (end == DumpInput.LINE_EOF && l.size() == 0) {
          if (!any) {
            sink.failure(new ReadFailure(0, BROKEN_WARC_RECORD, "no WARC record in the file"));
          }
          return;
        }
        first = end == DumpInput.LINE_TOO_LONG ? "" : l.toString(StandardCharsets.ISO_8859_1);
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
        int end = DumpInput.readLine(input, l, MAX_WARC_LINE);
        if (end == DumpInput.LINE_TOO_LONG) {
          break;
        }
        String h = l.toString(StandardCharsets.UTF_8);
        if (h.isEmpty()) {
          headerOk = end == DumpInput.LINE_LF;
          break;
        }
        if (h.startsWith("WARC/") && !headers.isEmpty()) {
          break; // the next record begins: this one has no block
        }
        int colon = h.indexOf(':');
        if (colon > 0) {
          headers.putIfAbsent(h.substring(0, colon).strip().toLowerCase(Locale.ROOT), h.substring(colon + 1).strip());
        }
        if (end == DumpInput.LINE_EOF) {
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
        in.mark(FormatSniffer.SNIFF_BYTES + 1);
        byte[] peek = in.readNBytes((int) Math.min(length, FormatSniffer.SNIFF_BYTES));
        in.reset();
        long skipped = DumpInput.skipExactly(input, length);
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
      docs.textDocument(block, offset, "wet", url, null, date,
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
      t = FormatSniffer.isHtml("", s.stripLeading()) ? "text/html" : "";
    }
    if (t.startsWith("text/html") || t.startsWith("application/xhtml")) {
      docs.htmlDocument(body, offset, "warc", url, null, date, declared, sink);
    } else if (t.startsWith("text/plain")) {
      docs.textDocument(body, offset, "warc", url, null, date, declared, sink);
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

  /** Skips to the next line starting with "WARC/"; returns it (offset in next[0]) or null at EOF. */
  private static @Nullable String resync(DumpInput input, long[] next) throws IOException {
    while (true) {
      long offset = input.in.count;
      ByteArrayOutputStream l = new ByteArrayOutputStream();
      int end = DumpInput.readLine(input, l, MAX_WARC_LINE);
      if (end == DumpInput.LINE_TOO_LONG) {
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
      if (end == DumpInput.LINE_EOF) {
        return null;
      }
    }
  }
}
