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

/**
 * The output tables' Avro schemas (resources org/zhnorm/schema/*.avsc) and the mapping of records to
 * rows. Rows are filled by column position (the order of the .avsc fields, named in the comments;
 * TableRowsTest reads each column back by name), which saves a name lookup per column and row.
 */
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
    r.put(0, d.docId); // doc_id
    r.put(1, d.sourceUri); // source_uri
    r.put(2, d.offset); // source_offset
    r.put(3, d.format); // format
    r.put(4, d.url); // url
    r.put(5, d.title); // title
    r.put(6, d.pubTime); // pub_time
    r.put(7, d.sourceName); // source_name
    r.put(8, d.editor); // editor
    r.put(9, d.reporter); // reporter
    r.put(10, d.author); // author
    r.put(11, d.metadataFoundBy); // metadata_found_by
    r.put(12, d.province); // province
    r.put(13, d.city); // city
    r.put(14, d.county); // county
    r.put(15, d.script); // script
    r.put(16, d.conversion); // conversion
    r.put(17, d.text); // text
    r.put(18, d.textOriginal); // text_original
    r.put(19, d.text.codePointCount(0, d.text.length())); // char_count
    r.put(20, d.removed); // removed
    r.put(21, d.ruleHits); // rule_hits
    r.put(22, d.flags); // flags
    r.put(23, d.charset); // charset
    r.put(24, d.charsetReason); // charset_reason
    r.put(25, d.damageScore); // damage_score
    r.put(26, d.duplicates); // duplicates
    r.put(27, d.duplicateSources); // duplicate_sources
    r.put(28, d.tokens.size()); // token_count
    return r;
  }

  public static GenericRecord section(Schema s, Section x) {
    GenericRecord r = new GenericData.Record(s);
    r.put(0, x.docId); // doc_id
    r.put(1, x.sectionId); // section_id
    r.put(2, x.ordinal); // ordinal
    r.put(3, x.level); // level
    r.put(4, x.kind); // kind
    r.put(5, x.speaker); // speaker
    r.put(6, x.heading); // heading
    r.put(7, x.text); // text
    r.put(8, x.start); // start_offset
    r.put(9, x.end); // end_offset
    r.put(10, x.tokens); // tokens
    r.put(11, x.posTags); // pos_tags
    Schema entity = s.getFields().get(12).schema().getElementType();
    List<GenericRecord> entities = new ArrayList<>(x.entities.size());
    for (Entity e : x.entities) {
      GenericRecord er = new GenericData.Record(entity);
      er.put(0, e.text); // text
      er.put(1, e.type); // type
      er.put(2, e.start); // start_offset
      er.put(3, e.end); // end_offset
      entities.add(er);
    }
    r.put(12, entities); // entities
    return r;
  }

  public static GenericRecord claim(Schema s, Claim c) {
    GenericRecord r = new GenericData.Record(s);
    r.put(0, c.claimId); // claim_id
    r.put(1, c.docId); // doc_id
    r.put(2, c.sectionId); // section_id
    r.put(3, c.sentence); // sentence
    r.put(4, c.subject); // subject
    r.put(5, decimal(c.value)); // value
    r.put(6, c.valueText); // value_text
    r.put(7, c.unit); // unit
    r.put(8, c.unitKind); // unit_kind
    r.put(9, c.qualifier); // qualifier
    r.put(10, decimal(c.lower)); // lower
    r.put(11, decimal(c.upper)); // upper
    r.put(12, c.currency); // currency
    r.put(13, c.currencyFrom); // currency_from
    r.put(14, c.year); // year
    r.put(15, c.redacted); // redacted
    r.put(16, c.places); // places
    r.put(17, c.province); // province
    r.put(18, c.city); // city
    r.put(19, c.county); // county
    r.put(20, c.placeFrom); // place_from
    return r;
  }

  private static @Nullable ByteBuffer decimal(@Nullable BigDecimal v) {
    if (v == null) {
      return null;
    }
    return ByteBuffer.wrap(v.setScale(VALUE_SCALE, RoundingMode.HALF_EVEN).unscaledValue().toByteArray());
  }
}
