package org.zhnorm.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A cleaned document; each stage fills more of it (ConvertScript the script fields, Segment the
 * tokens). Stages never mutate their input: they output a {@link #copy()}.
 */
@DefaultSchema(JavaFieldSchema.class)
public class Document {
  public String docId = "";
  public String sourceUri = "";
  public long offset;
  public String format = "";
  public @Nullable String url;
  public @Nullable String title;
  /** ISO-8601 with the source's precision, or null. */
  public @Nullable String pubTime;
  /** YYYY-MM of pubTime, or "unknown": the Hive partition. */
  public String pubMonth = "unknown";
  public @Nullable String sourceName;
  public @Nullable String editor;
  public @Nullable String reporter;
  public @Nullable String author;
  /** Field name to the id of the rule that found it. */
  public Map<String, String> metadataFoundBy = Map.of();
  /** The place the document is about (title and opening text, through the gazetteer), or null. */
  public @Nullable String province;
  public @Nullable String city;
  public @Nullable String county;
  /** simplified, traditional, traditional-tw, traditional-hk or mixed. */
  public String script = "";
  /** The OpenCC chain applied, or none. */
  public String conversion = "";
  /** The clean text in Simplified script, one paragraph per line. */
  public String text = "";
  /**
   * The clean text before script conversion; set by ConvertScript. Empty before it: the stages that
   * shuffle whole documents (site boilerplate, duplicates) carry the text once, not twice.
   */
  public String textOriginal = "";
  /** Rule id to characters removed. */
  public Map<String, Long> removed = Map.of();
  /** Rule id (cleaning and repair rules) to times it fired. */
  public Map<String, Long> ruleHits = Map.of();
  public List<String> flags = List.of();
  public String charset = "";
  public String charsetReason = "";
  public double damageScore;
  /** Ids of the documents merged into this one as duplicates. */
  public List<String> duplicates = List.of();
  /** Where each of {@link #duplicates} came from ({@code source#offset}), in the same order. */
  public List<String> duplicateSources = List.of();
  public List<String> tokens = List.of();
  public List<String> posTags = List.of();
  /** Start offset of each token in {@link #text} (UTF-16 units). */
  public List<Integer> tokenStarts = List.of();

  public Document copy() {
    Document d = new Document();
    d.docId = docId;
    d.sourceUri = sourceUri;
    d.offset = offset;
    d.format = format;
    d.url = url;
    d.title = title;
    d.pubTime = pubTime;
    d.pubMonth = pubMonth;
    d.sourceName = sourceName;
    d.editor = editor;
    d.reporter = reporter;
    d.author = author;
    d.metadataFoundBy = new TreeMap<>(metadataFoundBy);
    d.province = province;
    d.city = city;
    d.county = county;
    d.script = script;
    d.conversion = conversion;
    d.text = text;
    d.textOriginal = textOriginal;
    d.removed = new TreeMap<>(removed);
    d.ruleHits = new TreeMap<>(ruleHits);
    d.flags = new ArrayList<>(flags);
    d.charset = charset;
    d.charsetReason = charsetReason;
    d.damageScore = damageScore;
    d.duplicates = new ArrayList<>(duplicates);
    d.duplicateSources = new ArrayList<>(duplicateSources);
    d.tokens = new ArrayList<>(tokens);
    d.posTags = new ArrayList<>(posTags);
    d.tokenStarts = new ArrayList<>(tokenStarts);
    return d;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Document d && docId.equals(d.docId) && text.equals(d.text);
  }

  @Override
  public int hashCode() {
    return docId.hashCode();
  }

  @Override
  public String toString() {
    return "Document{" + docId + ", " + title + "}";
  }
}
