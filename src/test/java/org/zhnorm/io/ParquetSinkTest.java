package org.zhnorm.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParquetSinkTest {
  @TempDir Path dir;

  /** Both columns hold the same few repeated values, so Parquet would dictionary-encode both unless told not to. */
  @Test
  void aFieldMarkedWithoutDictionaryIsPlainAndTheOthersAreDictionaryEncoded() throws Exception {
    Schema schema = new Schema.Parser().parse("""
        {"type": "record", "name": "Row", "fields": [
          {"name": "free", "type": "string", "parquet.dictionary": false},
          {"name": "coded", "type": "string"},
          {"name": "words", "type": {"type": "array", "items": "string"}, "parquet.dictionary": false},
          {"name": "tags", "type": {"type": "array", "items": "string"}}]}""");
    Path file = dir.resolve("t.parquet");
    ParquetSink sink = new ParquetSink(schema);
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      sink.open(channel);
      for (int i = 0; i < 1000; i++) {
        GenericRecord r = new GenericData.Record(schema);
        r.put("free", "第" + (i % 3) + "段：同一段文字在很多行里重复出现");
        r.put("coded", "第" + (i % 3) + "段：同一段文字在很多行里重复出现");
        r.put("words", java.util.List.of("同一", "段", "文字"));
        r.put("tags", java.util.List.of("n", "q", "n"));
        sink.write(r);
      }
      sink.flush();
    }
    Map<String, String> encodings = new HashMap<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT path_in_schema, encodings FROM parquet_metadata('" + file + "')")) {
      while (rs.next()) {
        encodings.put(rs.getString(1), rs.getString(2));
      }
    }
    assertThat(encodings.get("free")).doesNotContain("DICTIONARY");
    assertThat(encodings.get("coded")).contains("DICTIONARY");
    assertThat(encodings).containsKey("words, list, element");
    assertThat(encodings.get("words, list, element")).doesNotContain("DICTIONARY");
    assertThat(encodings.get("tags, list, element")).contains("DICTIONARY");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*), count(DISTINCT free), min(coded) FROM read_parquet('" + file + "')")) {
      rs.next();
      assertThat(rs.getLong(1)).isEqualTo(1000);
      assertThat(rs.getLong(2)).isEqualTo(3);
      assertThat(rs.getString(3)).isEqualTo("第0段：同一段文字在很多行里重复出现");
    }
  }

  /**
   * parquet-java 1.13 re-initializes one shared encoder factory on every writer it builds: here the
   * documents writer, built after the sections writer, would set the encodings of the sections file's
   * later row groups, dictionary-encoding the words. Every row group keeps its table's settings.
   */
  @Test
  void everyRowGroupKeepsItsTablesEncodingsWhenAnotherTablesWriterIsBuiltMeanwhile() throws Exception {
    Schema sections = Partitioning.PUB_MONTH.schema(TableRows.schema(TableRows.SECTIONS));
    Schema documents = Partitioning.PUB_MONTH.schema(TableRows.schema(TableRows.DOCUMENTS));
    Path file = dir.resolve("sections.parquet");
    Path other = dir.resolve("documents.parquet");
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        FileChannel otherChannel = FileChannel.open(other, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      ParquetSink sink = new ParquetSink(sections);
      sink.open(channel);
      new ParquetSink(documents).open(otherChannel); // builds a writer of the other table
      java.util.List<String> vocabulary = new java.util.ArrayList<>();
      for (int w = 0; w < 500; w++) {
        vocabulary.add("词语" + Integer.toString(w, 36) + "号");
      }
      for (int i = 0; i < 16000; i++) {
        java.util.List<String> words = new java.util.ArrayList<>();
        java.util.List<String> tags = new java.util.ArrayList<>();
        for (int k = 0; k < 200; k++) {
          words.add(vocabulary.get((i * 7 + k * 13) % vocabulary.size()));
          tags.add("n");
        }
        GenericRecord r = new GenericData.Record(sections);
        r.put(0, "d" + i);
        r.put(1, "d" + i + "-s0");
        r.put(2, 0);
        r.put(3, 0);
        r.put(4, "body");
        r.put(7, String.join("", words));
        r.put(8, 0);
        r.put(9, 1000);
        r.put(10, words);
        r.put(11, tags);
        r.put(12, java.util.List.of());
        sink.write(r);
      }
      sink.flush();
    }
    java.util.List<String> tokenEncodings = new java.util.ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT encodings FROM parquet_metadata('" + file
            + "') WHERE path_in_schema = 'tokens, list, element' ORDER BY row_group_id")) {
      while (rs.next()) {
        tokenEncodings.add(rs.getString(1));
      }
    }
    assertThat(tokenEncodings).as("several row groups").hasSizeGreaterThan(1);
    assertThat(tokenEncodings).allSatisfy(e -> assertThat(e).doesNotContain("DICTIONARY"));
  }
}
