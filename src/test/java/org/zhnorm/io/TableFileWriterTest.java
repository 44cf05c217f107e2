package org.zhnorm.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.avro.AvroParquetReader;
import org.apache.parquet.avro.AvroParquetWriter;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhnorm.model.Claim;
import org.zhnorm.model.Document;
import org.zhnorm.model.Entity;
import org.zhnorm.model.Section;

/**
 * The run's writer ({@link ParquetSink} over {@link TableFileWriter}) writes the same files as
 * parquet-avro's AvroParquetWriter with the same settings: the same Parquet schema, encodings and
 * values as DuckDB reads them, and the same records as parquet-avro reads them back. The rows cover
 * nulls, empty and non-empty lists and maps, entities, decimals and non-BMP text, and files of
 * several row groups.
 */
class TableFileWriterTest {
  @TempDir Path dir;

  @Test
  void documentsAreWrittenAsParquetAvroWritesThem() throws Exception {
    Document a = new Document();
    a.docId = "0123456789abcdef";
    a.sourceUri = "site/a.txt";
    a.offset = 42;
    a.format = "text";
    a.url = "http://example.cn/a";
    a.title = "标题𠀀";
    a.pubTime = "2023-06-21";
    a.metadataFoundBy = new TreeMap<>(Map.of("title", "title-line", "pub_time", "dateline"));
    a.sourceName = "来源甲";
    a.editor = "编辑乙";
    a.reporter = "记者丙";
    a.author = "作者丁";
    a.province = "广东省";
    a.city = "广州市";
    a.county = "天河区";
    a.script = "simplified";
    a.conversion = "none";
    a.text = "第一段𠀀文字\n第二段";
    a.textOriginal = "第一段𠀀文字\n第二段";
    a.removed = new TreeMap<>(Map.of("share-footer", 12L));
    a.ruleHits = new TreeMap<>(Map.of("share-footer", 1L, "spam", 3L));
    a.flags = List.of("redacted");
    a.charset = "UTF-8";
    a.charsetReason = "declared";
    a.damageScore = 0.25;
    a.duplicates = List.of("fedcba9876543210");
    a.duplicateSources = List.of("site/b.txt#0");
    a.tokens = List.of("第一", "段");
    Document b = new Document();
    b.docId = "1111111111111111";
    b.sourceUri = "site/b.txt";
    b.format = "html";
    b.script = "traditional";
    b.conversion = "t2s";
    b.text = "";
    b.textOriginal = "";
    b.charset = "GB18030";
    b.charsetReason = "detected";
    Path file = sameAsParquetAvro(TableRows.DOCUMENTS, List.of(a, b), TableRows::document, "doc_id");
    assertThat(rows("SELECT source_offset, format, url, title, pub_time, source_name, editor, reporter, author, province, city,"
        + " county, script, char_count, charset, charset_reason, token_count FROM read_parquet('" + file + "') WHERE doc_id = '" + a.docId + "'"))
        .containsExactly("42\ttext\thttp://example.cn/a\t标题𠀀\t2023-06-21\t来源甲\t编辑乙\t记者丙\t作者丁\t广东省\t广州市\t天河区"
            + "\tsimplified\t10\tUTF-8\tdeclared\t2");
  }

  @Test
  void sectionsAreWrittenAsParquetAvroWritesThem() throws Exception {
    Section a = new Section();
    a.docId = "0123456789abcdef";
    a.sectionId = "0123456789abcdef-s0";
    a.kind = "heading";
    a.level = 1;
    a.heading = "一、总体要求";
    a.text = "广州市投资15亿元";
    a.start = 3;
    a.end = 12;
    a.tokens = List.of("广州市", "投资", "15亿元");
    a.posTags = List.of("ns", "v", "mq");
    a.entities = List.of(new Entity("广州市", "place", 3, 6));
    Section b = new Section();
    b.docId = "0123456789abcdef";
    b.sectionId = "0123456789abcdef-s1";
    b.ordinal = 1;
    b.kind = "answer";
    b.speaker = "记者";
    b.text = "";
    Path file = sameAsParquetAvro(TableRows.SECTIONS, List.of(a, b), TableRows::section, "section_id");
    assertThat(rows("SELECT ordinal, level, kind, speaker, heading, start_offset, end_offset, tokens[3], pos_tags[3], entities[1].text"
        + " FROM read_parquet('" + file + "') ORDER BY ordinal"))
        .containsExactly("0\t1\theading\tnull\t一、总体要求\t3\t12\t15亿元\tmq\t广州市", "1\t0\tanswer\t记者\tnull\t0\t0\tnull\tnull\tnull");
  }

  @Test
  void claimsAreWrittenAsParquetAvroWritesThem() throws Exception {
    Claim a = new Claim();
    a.claimId = "x-s0-c0";
    a.docId = "x";
    a.sectionId = "x-s0";
    a.sentence = "投资16.59万元。";
    a.subject = "投资";
    a.value = new BigDecimal("165900");
    a.lower = new BigDecimal("165900");
    a.upper = new BigDecimal("-0.000001");
    a.valueText = "16.59万元";
    a.unit = "元";
    a.unitKind = "money";
    a.qualifier = "exact";
    a.currency = "CNY";
    a.currencyFrom = "default";
    a.year = 2021;
    a.places = List.of("广州", "深圳");
    a.province = "广东省";
    a.placeFrom = "sentence";
    Claim b = new Claim();
    b.claimId = "x-s0-c1";
    b.docId = "x";
    b.sectionId = "x-s0";
    b.sentence = "xx万元";
    b.redacted = true;
    Path file = sameAsParquetAvro(TableRows.CLAIMS, List.of(a, b), TableRows::claim, "claim_id");
    assertThat(rows("SELECT subject, value, value_text, unit, unit_kind, qualifier, lower, upper, currency, currency_from, year,"
        + " redacted, places[2], province, place_from FROM read_parquet('" + file + "') WHERE claim_id = 'x-s0-c0'"))
        .containsExactly("投资\t165900.000000\t16.59万元\t元\tmoney\texact\t165900.000000\t-0.000001\tCNY\tdefault\t2021\tfalse\t深圳\t广东省\tsentence");
  }

  /** Small row groups: the rows cut into row groups where parquet-avro cuts them, every value in place. */
  @Test
  void rowsSpreadOverSeveralRowGroupsAreWrittenAsParquetAvroWritesThem() throws Exception {
    Schema schema = TableRows.schema(TableRows.SECTIONS);
    List<GenericRecord> rows = new ArrayList<>();
    String[] words = {"广州市", "投资", "15亿元", "𠀀", "建设", "了", "新区"};
    for (int i = 0; i < 3000; i++) {
      Section s = new Section();
      s.docId = "d" + (i / 7);
      s.sectionId = s.docId + "-s" + (i % 7);
      s.ordinal = i % 7;
      s.kind = i % 3 == 0 ? "heading" : "body";
      s.heading = i % 3 == 0 ? "第" + i + "节" : null;
      s.text = "第" + i + "段：" + String.join("", words).repeat(i % 5);
      List<String> tokens = new ArrayList<>();
      List<String> tags = new ArrayList<>();
      List<Entity> entities = new ArrayList<>();
      for (int k = 0; k < (i * 7) % 40; k++) { // every fifth or so row has no words at all
        tokens.add(words[(i + k) % words.length]);
        tags.add(k % 2 == 0 ? "n" : "v");
        if ((i + k) % words.length == 0) {
          entities.add(new Entity(words[0], "place", k, k + 3));
        }
      }
      s.tokens = tokens;
      s.posTags = tags;
      s.entities = entities;
      rows.add(TableRows.section(schema, s));
    }
    Path ours = dir.resolve("many-rows.parquet");
    Path theirs = dir.resolve("many-avro.parquet");
    long rowGroupBytes = 64 << 10;
    try (FileChannel channel = FileChannel.open(ours, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        TableFileWriter w = new TableFileWriter(new ParquetSink.ChannelOutputFile(channel), schema,
            ParquetSink.plainColumns(schema), CompressionCodecName.SNAPPY, rowGroupBytes)) {
      for (GenericRecord r : rows) {
        w.write(r);
      }
    }
    write(theirs, schema, rows, true, rowGroupBytes);
    String groupsSql = "SELECT DISTINCT row_group_id, row_group_num_rows FROM parquet_metadata('%s') ORDER BY 1";
    assertThat(rows(groupsSql.formatted(ours))).isEqualTo(rows(groupsSql.formatted(theirs))).hasSizeGreaterThan(2);
    String valuesSql = "SELECT * FROM read_parquet('%s') ORDER BY section_id";
    assertThat(rows(valuesSql.formatted(ours))).isEqualTo(rows(valuesSql.formatted(theirs))).hasSize(rows.size());
    assertThat(readBack(ours)).isEqualTo(readBack(theirs));
  }

  @Test
  void thePubMonthColumnOfUnpartitionedFilesIsWrittenToo() throws Exception {
    Claim a = new Claim();
    a.claimId = "c";
    a.pubMonth = "2023-06";
    Schema schema = Partitioning.NONE.schema(TableRows.schema(TableRows.CLAIMS));
    GenericRecord row = TableRows.claim(schema, a);
    Partitioning.NONE.fill(row, a.pubMonth);
    Path file = dir.resolve("month.parquet");
    write(file, schema, List.of(row), false);
    assertThat(rows("SELECT claim_id, pub_month FROM read_parquet('" + file + "')")).containsExactly("c\t2023-06");
  }

  @Test
  void aNullInARequiredColumnFailsNamingTheColumn() throws Exception {
    Section s = new Section();
    s.kind = null;
    Schema schema = TableRows.schema(TableRows.SECTIONS);
    GenericRecord row = TableRows.section(schema, s);
    assertThatThrownBy(() -> write(dir.resolve("null.parquet"), schema, List.of(row), false))
        .hasStackTraceContaining("required column kind");
  }

  /** Writes the rows both ways, checks the files read the same; returns the run writer's file. */
  private <T> Path sameAsParquetAvro(String table, List<T> values, BiFunction<Schema, T, GenericRecord> toRow, String key)
      throws Exception {
    Schema schema = TableRows.schema(table);
    List<GenericRecord> rows = new ArrayList<>();
    for (T v : values) {
      rows.add(toRow.apply(schema, v));
    }
    Path ours = dir.resolve(table + "-rows.parquet");
    Path theirs = dir.resolve(table + "-avro.parquet");
    write(ours, schema, rows, false);
    write(theirs, schema, rows, true);
    String schemaSql = "SELECT name, type, repetition_type, converted_type, logical_type FROM parquet_schema('%s')";
    assertThat(rows(schemaSql.formatted(ours))).isEqualTo(rows(schemaSql.formatted(theirs))).hasSizeGreaterThan(schema.getFields().size());
    String encodingsSql = "SELECT path_in_schema, encodings, compression FROM parquet_metadata('%s') ORDER BY 1";
    assertThat(rows(encodingsSql.formatted(ours))).isEqualTo(rows(encodingsSql.formatted(theirs)));
    String valuesSql = "SELECT * FROM read_parquet('%s') ORDER BY " + key;
    assertThat(rows(valuesSql.formatted(ours))).isEqualTo(rows(valuesSql.formatted(theirs))).hasSize(values.size());
    assertThat(readBack(ours)).isEqualTo(readBack(theirs)).contains(rows.get(0).get(0).toString());
    return ours;
  }

  private static void write(Path file, Schema schema, List<GenericRecord> rows, boolean parquetAvro) throws Exception {
    write(file, schema, rows, parquetAvro, ParquetSink.ROW_GROUP_BYTES);
  }

  private static void write(Path file, Schema schema, List<GenericRecord> rows, boolean parquetAvro, long rowGroupBytes)
      throws Exception {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      if (!parquetAvro) {
        ParquetSink sink = new ParquetSink(schema);
        sink.open(channel);
        for (GenericRecord r : rows) {
          sink.write(r);
        }
        sink.flush();
        return;
      }
      Configuration conf = new Configuration(false);
      conf.setBoolean("parquet.avro.write-old-list-structure", false);
      AvroParquetWriter.Builder<GenericRecord> b = AvroParquetWriter.<GenericRecord>builder(new ParquetSink.ChannelOutputFile(channel))
          .withSchema(schema)
          .withRowGroupSize(rowGroupBytes)
          .withDataModel(GenericData.get())
          .withConf(conf)
          .withCompressionCodec(CompressionCodecName.SNAPPY)
          .withWriteMode(ParquetFileWriter.Mode.OVERWRITE);
      for (Schema.Field f : schema.getFields()) {
        if (Boolean.FALSE.equals(f.getObjectProp(ParquetSink.DICTIONARY))) {
          b.withDictionaryEncoding(f.schema().getType() == Schema.Type.ARRAY ? f.name() + ".list.element" : f.name(), false);
        }
      }
      try (ParquetWriter<GenericRecord> w = b.build()) {
        for (GenericRecord r : rows) {
          w.write(r);
        }
      }
    }
  }

  /** The file's records as parquet-avro reads them (with the Avro schema of the footer), as text. */
  private static String readBack(Path file) throws Exception {
    List<GenericRecord> out = new ArrayList<>();
    try (ParquetReader<GenericRecord> r = AvroParquetReader.<GenericRecord>builder(
        HadoopInputFile.fromPath(new org.apache.hadoop.fs.Path(file.toUri()), new Configuration())).build()) {
      for (GenericRecord g = r.read(); g != null; g = r.read()) {
        out.add(g);
      }
    }
    return out.toString();
  }

  private static List<String> rows(String sql) throws Exception {
    List<String> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      ResultSetMetaData md = rs.getMetaData();
      while (rs.next()) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= md.getColumnCount(); i++) {
          sb.append(i > 1 ? "\t" : "").append(rs.getString(i));
        }
        out.add(sb.toString());
      }
    }
    return out;
  }
}
