package org.zhnorm.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.SerializableBiFunction;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PDone;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.zhnorm.model.Claim;
import org.zhnorm.model.DeadLetter;
import org.zhnorm.model.Document;
import org.zhnorm.model.Section;

/**
 * Writes the run's outputs under one folder: Snappy Parquet tables ({@link WriteParquetTable}) partitioned Hive-style by
 * {@code pub_month}, {@code pub_year} or not at all ({@link Partitioning}; documents/, sections/, claims/), dead letters as JSON lines (dead_letter/) and
 * the report (_report/report.json). The input tuple holds the collections under this class's tags.
 */
public final class WriteTables extends PTransform<PCollectionTuple, PDone> {
  public static final TupleTag<Document> DOCUMENTS = new TupleTag<>() {};
  public static final TupleTag<Section> SECTIONS = new TupleTag<>() {};
  public static final TupleTag<Claim> CLAIMS = new TupleTag<>() {};
  public static final TupleTag<DeadLetter> DEAD_LETTERS = new TupleTag<>() {};
  public static final TupleTag<String> REPORT = new TupleTag<>() {};

  private final String output;
  private final Partitioning partitioning;

  private WriteTables(String output, Partitioning partitioning) {
    this.output = output.endsWith("/") ? output.substring(0, output.length() - 1) : output;
    this.partitioning = partitioning;
  }

  /** Writes under {@code output}, the tables partitioned by {@code pub_month}. */
  public static WriteTables to(String output) {
    return new WriteTables(output, Partitioning.PUB_MONTH);
  }

  /** The same, the tables partitioned as {@code partitioning} says. */
  public WriteTables partitionedBy(Partitioning partitioning) {
    return new WriteTables(output, partitioning);
  }

  @Override
  public PDone expand(PCollectionTuple in) {
    writeTable(in.get(DOCUMENTS), TableRows.DOCUMENTS, TableRows::document, d -> d.pubMonth);
    writeTable(in.get(SECTIONS), TableRows.SECTIONS, TableRows::section, x -> x.pubMonth);
    writeTable(in.get(CLAIMS), TableRows.CLAIMS, TableRows::claim, c -> c.pubMonth);
    in.get(DEAD_LETTERS)
        .apply("DeadLetterLines", MapElements.into(TypeDescriptors.strings()).via(WriteTables::json))
        .apply("WriteDeadLetters", TextIO.write().to(output + "/dead_letter/dead_letter").withSuffix(".jsonl").withNumShards(1)
            .withTempDirectory(temp()));
    in.get(REPORT)
        .apply("WriteReport", TextIO.write().to(output + "/_report/report").withSuffix(".json").withoutSharding()
            .withTempDirectory(temp()));
    return PDone.in(in.getPipeline());
  }

  private ResourceId temp() {
    return FileSystems.matchNewResource(output + "/" + OutputFolder.TEMP, true);
  }

  private <T> void writeTable(
      PCollection<T> records,
      String table,
      SerializableBiFunction<Schema, T, GenericRecord> toRow,
      SerializableFunction<T, String> month) {
    String name = Character.toUpperCase(table.charAt(0)) + table.substring(1);
    records.apply("Write" + name, new WriteParquetTable<>(output, table, partitioning, toRow, month));
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  static String json(DeadLetter d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("source", d.source);
    m.put("offset", d.offset);
    m.put("stage", d.stage);
    m.put("reason", d.reason);
    m.put("detail", d.detail);
    try {
      return JSON.writeValueAsString(m);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a map of strings and numbers always serializes", e);
    }
  }
}
