package org.zhnorm.io.dump;

import static org.zhnorm.io.dump.DumpParser.MALFORMED_JSON;
import static org.zhnorm.io.dump.DumpParser.MISSING_CONTENT;
import static org.zhnorm.io.dump.DumpParser.EMPTY_DOCUMENT;
import static org.zhnorm.io.dump.DumpParser.TOO_LARGE;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.zhnorm.io.html.HtmlPage;

/**
 * Reads JSON dumps: JSON lines (offset = 1-based line number) or one JSON file holding an object or an
 * array of objects (offset = index; falls back to JSON lines). Fields by {@link DumpSettings}, dotted
 * paths and shapes by {@link JsonShapes}.
 */
final class JsonReader {
  private final ObjectMapper json = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  private final DumpSettings settings;
  private final Documents docs;
  private final long maxDocumentBytes;

  JsonReader(DumpSettings settings, Documents docs) {
    this.settings = settings;
    this.docs = docs;
    this.maxDocumentBytes = docs.maxDocumentBytes;
  }

  void readJsonFile(DumpInput input, RecordSink sink) throws IOException {
    byte[] bytes = docs.readDocument(input, sink, 0);
    if (bytes == null) {
      return;
    }
    CharsetResolver.Decoded d = docs.charsets.resolve(bytes, List.of());
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

  private DumpInput input(byte[] bytes) {
    DumpStreams.SourceGuard g = new DumpStreams.SourceGuard(new ByteArrayInputStream(bytes));
    return new DumpInput(g, new DumpStreams.Counting(new BufferedInputStream(g)), "none");
  }

  void readJsonLines(DumpInput input, RecordSink sink) throws IOException {
    long lineNo = 0;
    while (true) {
      lineNo++;
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      int end = DumpInput.readLine(input, line, maxDocumentBytes);
      if (end == DumpInput.LINE_EOF && line.size() == 0) {
        return;
      }
      if (end == DumpInput.LINE_TOO_LONG) {
        boolean stopped = DumpInput.skipLine(input, maxDocumentBytes);
        sink.failure(new ReadFailure(lineNo, TOO_LARGE, "line exceeds " + maxDocumentBytes + " bytes"
            + (stopped ? "; decompression ratio over " + DumpInput.BOMB_RATIO + ":1, reading of the file stopped" : "")));
        if (stopped) {
          return;
        }
        continue;
      }
      byte[] bytes = line.toByteArray();
      CharsetResolver.Decoded d = docs.charsets.resolve(bytes, List.of());
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
      if (end == DumpInput.LINE_EOF) {
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
    String markup = content == null ? field(node, settings.htmlFields()) : null;
    if (content == null && markup == null && namedByDefault()) {
      // no field named by the user: find the record's HTML or text in nested objects by its shape
      String found = JsonShapes.find(node, settings.contentFields(), settings.htmlFields());
      if (found != null && JsonShapes.isHtml(found)) {
        markup = found;
      } else {
        content = found;
      }
    }
    if (content == null) {
      if (markup == null) {
        boolean present = settings.contentFields().stream().anyMatch(f -> present(node, f))
            || settings.htmlFields().stream().anyMatch(f -> present(node, f));
        sink.failure(new ReadFailure(offset, present ? EMPTY_DOCUMENT : MISSING_CONTENT,
            present ? "content field is empty" : "none of the fields " + settings.contentFields() + " or "
                + settings.htmlFields() + " holds a string"
                + (namedByDefault() ? ", and no nested string looks like HTML or text" : "")));
        return;
      }
      HtmlPage page = docs.extract(markup, url, title, offset, sink);
      if (page == null) {
        return;
      }
      docs.emit(offset, format, url, title != null ? title : page.title(), date != null ? date : page.date(),
          page.text(), d, sink);
      return;
    }
    docs.emit(offset, format, url, title, date, content, d, sink);
  }

  /** Whether the content and HTML fields are the defaults (none named by the user). */
  private boolean namedByDefault() {
    DumpSettings d = DumpSettings.defaults();
    return settings.contentFields().equals(d.contentFields()) && settings.htmlFields().equals(d.htmlFields());
  }

  private static boolean present(JsonNode node, String name) {
    return !JsonShapes.at(node, name).isMissingNode();
  }

  /** The first named field (a dotted path such as {@code raw_response.content}) holding a non-blank string. */
  private static @Nullable String field(JsonNode node, List<String> names) {
    for (String n : names) {
      JsonNode v = JsonShapes.at(node, n);
      if (v != null && v.isTextual() && !v.asText().isBlank()) {
        return v.asText();
      }
    }
    return null;
  }
}
