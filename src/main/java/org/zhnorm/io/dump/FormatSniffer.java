package org.zhnorm.io.dump;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** Tells a dump file's format by content sniffing first, then by its name (docs/REPAIRS.md, Formats). */
final class FormatSniffer {
  static final int SNIFF_BYTES = 8192;

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  /** A file's format, from its first bytes and its name. */
  enum Format { WARC, BINARY, JSON_FILE, JSON_LINES, HTML, TEXT }

  private FormatSniffer() {}

  /** The format of a file named {@code name} whose first bytes (up to {@link #SNIFF_BYTES}) are {@code head}. */
  static Format sniff(String name, byte[] head) {
    String base = baseName(name);
    String start = new String(head, 0, Math.min(head.length, 2048), StandardCharsets.ISO_8859_1);
    String trimmed = start.stripLeading();
    if (trimmed.startsWith("WARC/") || base.endsWith(".warc") || base.endsWith(".wet") || base.endsWith(".arc")) {
      return Format.WARC;
    }
    if (looksBinary(head)) {
      return Format.BINARY;
    }
    boolean jsonFile = base.endsWith(".json") && !base.endsWith(".jsonl");
    if (jsonFile) {
      return Format.JSON_FILE;
    }
    if (base.endsWith(".jsonl") || base.endsWith(".ndjson") || (stripBom(trimmed).startsWith("{") && firstLineIsJson(head))) {
      return Format.JSON_LINES;
    }
    return isHtml(base, trimmed) ? Format.HTML : Format.TEXT;
  }

  /** Whether the first non-blank line in {@code head} parses as a JSON object (or runs past the head). */
  private static boolean firstLineIsJson(byte[] head) {
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

  private static boolean parsesAsObject(String line) {
    try {
      JsonNode n = JSON.readTree(line);
      return n != null && n.isObject();
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  static String stripBom(String s) {
    return s.startsWith("\u00EF\u00BB\u00BF") ? s.substring(3) : s;
  }

  static String baseName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    int slash = Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\'));
    n = n.substring(slash + 1);
    for (String ext : List.of(".gz", ".gzip", ".bz2", ".zst", ".zstd", ".xz")) {
      if (n.endsWith(ext)) {
        return n.substring(0, n.length() - ext.length());
      }
    }
    return n;
  }

  static boolean isHtml(String base, String start) {
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
}
