package org.zhnorm.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.zhnorm.model.Claim;
import org.zhnorm.model.Document;
import org.zhnorm.model.Entity;
import org.zhnorm.model.Section;

/** The output tables' Avro schemas (resources org/zhnorm/schema/*.avsc) and the mapping of records to rows. */
public final class TableRows {
  public static final String DOCUMENTS = "documents";
  public static final String SECTIONS = "sections";
  public static final String CLAIMS = "claims";
  /** Decimal scale of claim values (see claims.avsc). */
  static final int VALUE_SCALE = 6;

  private TableRows() {}

  /** Loads a table's schema; a missing resource fails fast. */
  public static Schema schema(String table) {
    String path = "/org/zhnorm/schema/" + table + ".avsc";
    try (InputStream in = TableRows.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("bundled schema missing: " + path);
      }
      return new Schema.Parser().parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static GenericRecord document(Schema s, Document d) {
    GenericRecord r = new GenericData.Record(s);
    r.put("doc_id", d.docId);
    r.put("source_uri", d.sourceUri);
    r.put("source_offset", d.offset);
    r.put("format", d.format);
    r.put("url", d.url);
    r.put("title", d.title);
    r.put("pub_time", d.pubTime);
    r.put("source_name", d.sourceName);
    r.put("editor", d.editor);
    r.put("reporter", d.reporter);
    r.put("author", d.author);
    r.put("metadata_found_by", d.metadataFoundBy);
    r.put("province", d.province);
    r.put("city", d.city);
    r.put("county", d.county);
    r.put("script", d.script);
    r.put("conversion", d.conversion);
    r.put("text", d.text);
    r.put("text_original", d.textOriginal);
    r.put("char_count", d.text.codePointCount(0, d.text.length()));
    r.put("removed", d.removed);
    r.put("rule_hits", d.ruleHits);
    r.put("flags", d.flags);
    r.put("charset", d.charset);
    r.put("charset_reason", d.charsetReason);
    r.put("damage_score", d.damageScore);
    r.put("duplicates", d.duplicates);
    r.put("duplicate_sources", d.duplicateSources);
    r.put("token_count", d.tokens.size());
    return r;
  }

  public static GenericRecord section(Schema s, Section x) {
    GenericRecord r = new GenericData.Record(s);
    r.put("doc_id", x.docId);
    r.put("section_id", x.sectionId);
    r.put("ordinal", x.ordinal);
    r.put("level", x.level);
    r.put("kind", x.kind);
    r.put("speaker", x.speaker);
    r.put("heading", x.heading);
    r.put("text", x.text);
    r.put("start_offset", x.start);
    r.put("end_offset", x.end);
    r.put("tokens", x.tokens);
    r.put("pos_tags", x.posTags);
    Schema entity = s.getField("entities").schema().getElementType();
    List<GenericRecord> entities = new ArrayList<>(x.entities.size());
    for (Entity e : x.entities) {
      GenericRecord er = new GenericData.Record(entity);
      er.put("text", e.text);
      er.put("type", e.type);
      er.put("start_offset", e.start);
      er.put("end_offset", e.end);
      entities.add(er);
    }
    r.put("entities", entities);
    return r;
  }

  public static GenericRecord claim(Schema s, Claim c) {
    GenericRecord r = new GenericData.Record(s);
    r.put("claim_id", c.claimId);
    r.put("doc_id", c.docId);
    r.put("section_id", c.sectionId);
    r.put("sentence", c.sentence);
    r.put("subject", c.subject);
    r.put("value", decimal(c.value));
    r.put("value_text", c.valueText);
    r.put("unit", c.unit);
    r.put("unit_kind", c.unitKind);
    r.put("qualifier", c.qualifier);
    r.put("lower", decimal(c.lower));
    r.put("upper", decimal(c.upper));
    r.put("currency", c.currency);
    r.put("currency_from", c.currencyFrom);
    r.put("year", c.year);
    r.put("redacted", c.redacted);
    r.put("places", c.places);
    r.put("province", c.province);
    r.put("city", c.city);
    r.put("county", c.county);
    r.put("place_from", c.placeFrom);
    return r;
  }

  private static @Nullable ByteBuffer decimal(@Nullable BigDecimal v) {
    if (v == null) {
      return null;
    }
    return ByteBuffer.wrap(v.setScale(VALUE_SCALE, RoundingMode.HALF_EVEN).unscaledValue().toByteArray());
  }
}
