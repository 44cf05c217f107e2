package org.zhnorm.io.dump;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Finds fields in a JSON record: by dotted path ({@code raw_response.content}, a number indexes an
 * array: {@code items.0.html}), and, when no field is named, the record's HTML or text in nested
 * objects by its shape.
 */
final class JsonShapes {
  /** How deep nested objects are searched. */
  static final int MAX_DEPTH = 5;
  /** A string is text-shaped with at least this many Han characters. */
  static final int MIN_HAN = 20;
  private static final Pattern TAG = Pattern.compile(
      "<(?:!doctype\\s+html|html|head|body|div|p|article|section|span|table|br)[\\s>/]", Pattern.CASE_INSENSITIVE);

  private JsonShapes() {}

  /** The node at a dotted path; {@link MissingNode} when absent. A field named with a dot itself is found first. */
  static JsonNode at(JsonNode node, String path) {
    JsonNode direct = node.get(path);
    if (direct != null || path.indexOf('.') < 0) {
      return direct == null ? MissingNode.getInstance() : direct;
    }
    JsonNode cur = node;
    for (String part : path.split("\\.")) {
      if (cur == null) {
        return MissingNode.getInstance();
      }
      if (cur.isArray() && part.chars().allMatch(Character::isDigit) && !part.isEmpty()) {
        cur = cur.get(Integer.parseInt(part));
      } else {
        cur = cur.get(part);
      }
    }
    return cur == null ? MissingNode.getInstance() : cur;
  }

  /** Whether a string is HTML by its shape: one of the common page tags. */
  static boolean isHtml(String s) {
    return TAG.matcher(s.length() > 65536 ? s.substring(0, 65536) : s).find();
  }

  /**
   * The record's document in nested objects (not the top level, which the named fields cover): first a
   * string under one of {@code contentNames} or {@code htmlNames} at any depth, else the longest string that
   * is HTML-shaped or holds at least {@link #MIN_HAN} Han characters; null when there is none.
   */
  static @Nullable String find(JsonNode record, List<String> contentNames, List<String> htmlNames) {
    String[] named = {null};
    String[] longest = {null};
    Iterator<Map.Entry<String, JsonNode>> top = record.fields();
    while (top.hasNext()) {
      Map.Entry<String, JsonNode> e = top.next();
      if (e.getValue().isContainerNode()) {
        walk(e.getValue(), 1, contentNames, htmlNames, named, longest);
      } else if (e.getValue().isTextual()) {
        consider(e.getValue().asText(), longest);
      }
    }
    return named[0] != null ? named[0] : longest[0];
  }

  private static void walk(JsonNode node, int depth, List<String> contentNames, List<String> htmlNames,
      String[] named, String[] longest) {
    if (depth > MAX_DEPTH) {
      return;
    }
    if (node.isArray()) {
      for (JsonNode child : node) {
        if (child.isContainerNode()) {
          walk(child, depth + 1, contentNames, htmlNames, named, longest);
        } else if (child.isTextual()) {
          consider(child.asText(), longest);
        }
      }
      return;
    }
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> e = fields.next();
      JsonNode v = e.getValue();
      if (v.isContainerNode()) {
        walk(v, depth + 1, contentNames, htmlNames, named, longest);
      } else if (v.isTextual() && !v.asText().isBlank()) {
        if (named[0] == null && (contentNames.contains(e.getKey()) || htmlNames.contains(e.getKey()))) {
          named[0] = v.asText();
        }
        consider(v.asText(), longest);
      }
    }
  }

  private static void consider(String s, String[] longest) {
    if ((longest[0] == null || s.length() > longest[0].length()) && (isHtml(s) || hanCount(s) >= MIN_HAN)) {
      longest[0] = s;
    }
  }

  private static int hanCount(String s) {
    int n = 0;
    for (int i = 0; i < s.length() && n < MIN_HAN; i++) {
      if (Character.UnicodeScript.of(s.charAt(i)) == Character.UnicodeScript.HAN) {
        n++;
      }
    }
    return n;
  }
}
