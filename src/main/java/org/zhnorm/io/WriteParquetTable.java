package org.zhnorm.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.io.fs.MoveOptions.StandardMoveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.SerializableBiFunction;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.transforms.windowing.GlobalWindow;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PDone;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Writes one table as Hive-partitioned Parquet files: each worker writes its records, without a
 * shuffle, into one temporary file per partition per bundle ({@link PartitionedFiles}: files close at
 * about 128 MB, or earlier when memory is short), and when every worker is done the files are moved
 * into {@code TABLE/PARTITION/part-NNNNN.parquet}. A bundle that fails and is retried leaves its
 * files in the temporary folder, which is removed at the end of the run; only the files of bundles
 * that completed are moved. With the run's large bundles (RunnerDefaults) that is one file per
 * partition per worker.
 */
final class WriteParquetTable<T> extends PTransform<PCollection<T>, PDone> {
  private final String output;
  private final String table;
  private final Partitioning partitioning;
  private final SerializableBiFunction<Schema, T, GenericRecord> toRow;
  private final SerializableFunction<T, String> month;

  WriteParquetTable(String output, String table, Partitioning partitioning,
      SerializableBiFunction<Schema, T, GenericRecord> toRow, SerializableFunction<T, String> month) {
    this.output = output;
    this.table = table;
    this.partitioning = partitioning;
    this.toRow = toRow;
    this.month = month;
  }

  @Override
  public PDone expand(PCollection<T> records) {
    String temp = output + "/" + OutputFolder.TEMP + "/" + table + "/";
    records
        .apply("WriteFiles", ParDo.of(new WriteFn<>(table, temp, partitioning, toRow, month)))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()))
        .apply("AllFiles", WithKeys.of(table))
        .apply("GroupFiles", GroupByKey.create())
        .apply("MoveFiles", ParDo.of(new MoveFn(output + "/" + table + "/", partitioning)));
    return PDone.in(records.getPipeline());
  }

  /** Writes a bundle's rows to temporary files; emits (partition value, file) for each when the bundle ends. */
  static final class WriteFn<T> extends DoFn<T, KV<String, String>> {
    private final Counter rows;
    private final String table;
    private final String temp;
    private final Partitioning partitioning;
    private final SerializableBiFunction<Schema, T, GenericRecord> toRow;
    private final SerializableFunction<T, String> month;
    private transient Schema schema;
    private transient ResourceId tempDir;
    private transient PartitionedFiles files;

    WriteFn(String table, String temp, Partitioning partitioning,
        SerializableBiFunction<Schema, T, GenericRecord> toRow, SerializableFunction<T, String> month) {
      this.rows = Metrics.counter(WriteTables.class, table + "-rows");
      this.table = table;
      this.temp = temp;
      this.partitioning = partitioning;
      this.toRow = toRow;
      this.month = month;
    }

    @Setup
    public void setup() {
      schema = partitioning.schema(TableRows.schema(table));
    }

    @StartBundle
    public void startBundle(StartBundleContext c) {
      FileSystemsReady.await(temp, c.getPipelineOptions());
      tempDir = FileSystems.matchNewResource(temp, true);
      files = new PartitionedFiles(schema, tempDir, PartitionedFiles.defaultBudget());
    }

    @ProcessElement
    public void process(@Element T element) throws IOException {
      String m = month.apply(element);
      GenericRecord row = toRow.apply(schema, element);
      partitioning.fill(row, m);
      files.write(partitioning.value(m), row);
      rows.inc();
    }

    @FinishBundle
    public void finishBundle(FinishBundleContext c) throws IOException {
      for (KV<String, String> f : files.finish()) {
        c.output(f, GlobalWindow.INSTANCE.maxTimestamp(), GlobalWindow.INSTANCE);
      }
      files = null;
    }
  }

  /** Moves the files of completed bundles into their partition folders, numbered per partition. */
  static final class MoveFn extends DoFn<KV<String, Iterable<KV<String, String>>>, Void> {
    private final String tableDir;
    private final Partitioning partitioning;

    MoveFn(String tableDir, Partitioning partitioning) {
      this.tableDir = tableDir;
      this.partitioning = partitioning;
    }

    @ProcessElement
    public void process(@Element KV<String, Iterable<KV<String, String>>> all, PipelineOptions options) throws IOException {
      FileSystemsReady.await(tableDir, options);
      Map<String, List<String>> byPartition = new TreeMap<>();
      for (KV<String, String> f : all.getValue()) {
        byPartition.computeIfAbsent(f.getKey(), k -> new ArrayList<>()).add(f.getValue());
      }
      List<ResourceId> from = new ArrayList<>();
      List<ResourceId> to = new ArrayList<>();
      for (Map.Entry<String, List<String>> p : byPartition.entrySet()) {
        List<String> files = p.getValue();
        files.sort(null);
        for (int i = 0; i < files.size(); i++) {
          from.add(FileSystems.matchNewResource(files.get(i), false));
          to.add(FileSystems.matchNewResource(
              tableDir + partitioning.folder(p.getKey()) + String.format("part-%05d.parquet", i), false));
        }
      }
      FileSystems.rename(from, to, StandardMoveOptions.IGNORE_MISSING_FILES);
    }
  }
}
