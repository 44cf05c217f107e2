package org.zhnorm.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.transforms.Contextful;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.SerializableBiFunction;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.values.KV;
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
 * Writes the run's outputs under one folder: Snappy Parquet tables ({@link ParquetSink}) partitioned Hive-style by
 * {@code pub_month} (documents/, sections/, claims/), dead letters as JSON lines (dead_letter/) and
 * the report (_report/report.json). The input tuple holds the collections under this class's tags.
 */
public final class WriteTables extends PTransform<PCollectionTuple, PDone> {
  public static final TupleTag<Document> DOCUMENTS = new TupleTag<>() {};
  public static final TupleTag<Section> SECTIONS = new TupleTag<>() {};
  public static final TupleTag<Claim> CLAIMS = new TupleTag<>() {};
  public static final TupleTag<DeadLetter> DEAD_LETTERS = new TupleTag<>() {};
  public static final TupleTag<String> REPORT = new TupleTag<>() {};

  private final String output;

  private WriteTables(String output) {
    this.output = output.endsWith("/") ? output.substring(0, output.length() - 1) : output;
  }

  public static WriteTables to(String output) {
    return new WriteTables(output);
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
    records
        .apply(name + "Rows", ParDo.of(new ToRowFn<>(table, toRow, month)))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), AvroCoder.of(TableRows.schema(table))))
        .apply("Write" + name, parquet(output, table));
  }

  private static FileIO.Write<String, KV<String, GenericRecord>> parquet(String output, String table) {
    Schema schema = TableRows.schema(table);
    return FileIO.<String, KV<String, GenericRecord>>writeDynamic()
        .by(KV::getKey)
        .withDestinationCoder(StringUtf8Coder.of())
        .via(
            Contextful.fn(KV::getValue),
            new ParquetSink(schema))
        .to(output + "/" + table)
        .withNaming(month -> uniqueNaming("pub_month=" + month + "/part"))
        // runner-determined shards: each worker writes its own files, no shuffle of the rows
        .withTempDirectory(output + "/" + OutputFolder.TEMP);
  }

  /**
   * Beam's default names ({@code part-00000-of-00001.parquet}) with a random suffix. On Spark the files of
   * one partition can be finalized in separate groups, each numbering its files from 0 of 1: with the
   * default names they overwrote each other, and the run lost rows silently (issue 14: 34 of 40 documents
   * on disk, Spark local[2] and standalone, without any failed task). The row counts are checked
   * against the report after every run ({@link OutputCheck}).
   */
  static FileIO.Write.FileNaming uniqueNaming(String prefix) {
    return (window, pane, numShards, shardIndex, compression) -> String.format(java.util.Locale.ROOT,
        "%s-%05d-of-%05d-%s.parquet", prefix, shardIndex, numShards, java.util.UUID.randomUUID().toString().substring(0, 8));
  }

  /** Maps a record to its Avro row, keyed by its partition; the schema is parsed once per DoFn instance. */
  static final class ToRowFn<T> extends DoFn<T, KV<String, GenericRecord>> {
    private final String table;
    private final SerializableBiFunction<Schema, T, GenericRecord> toRow;
    private final SerializableFunction<T, String> month;
    private transient Schema schema;

    ToRowFn(String table, SerializableBiFunction<Schema, T, GenericRecord> toRow, SerializableFunction<T, String> month) {
      this.table = table;
      this.toRow = toRow;
      this.month = month;
    }

    @Setup
    public void setup() {
      schema = TableRows.schema(table);
    }

    @ProcessElement
    public void process(@Element T element, OutputReceiver<KV<String, GenericRecord>> out) {
      out.output(KV.of(month.apply(element), toRow.apply(schema, element)));
    }
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
