package org.zhnorm.io;

import java.io.IOException;
import java.nio.channels.WritableByteChannel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.util.MimeTypes;
import org.apache.beam.sdk.values.KV;

/**
 * The Parquet files one worker writes for one table in one bundle, in a temporary folder: one open
 * file per partition value, so a bundle writes one file per partition. A file is closed and the next
 * rows of its partition start a new one when it reaches {@link #TARGET_FILE_BYTES}. Memory is
 * bounded: an open file holds its current row group in memory, and when the open files of the whole
 * JVM hold more than {@code budgetBytes} that way, the writer that notices closes its fullest file
 * early. Not thread-safe (one per DoFn instance and bundle).
 */
final class PartitionedFiles {
  /** Files are closed at about this size; big partitions get several files of this size. */
  static final long TARGET_FILE_BYTES = 128L << 20;
  /** Memory is checked every this many rows. */
  private static final int CHECK_EVERY = 256;
  /** A file is closed early for memory only when it holds at least this much (no tiny files). */
  private static final long MIN_EARLY_CLOSE_BYTES = 4L << 20;
  /** Bytes each writer of this JVM holds in open row groups, as of its last check. */
  private static final Map<PartitionedFiles, Long> HELD = new ConcurrentHashMap<>();

  private final String schemaJson;
  private final ResourceId tempDir;
  private final long budgetBytes;
  private final Map<String, Open> open = new HashMap<>();
  private final List<KV<String, String>> written = new ArrayList<>();
  private int sinceCheck;

  private record Open(ParquetSink sink, WritableByteChannel channel, ResourceId file) {}

  PartitionedFiles(Schema schema, ResourceId tempDir, long budgetBytes) {
    this.schemaJson = schema.toString();
    this.tempDir = tempDir;
    this.budgetBytes = budgetBytes;
  }

  /** A quarter of the heap for the open row groups of all tables and workers of this JVM. */
  static long defaultBudget() {
    return Runtime.getRuntime().maxMemory() / 4;
  }

  void write(String partition, GenericRecord row) throws IOException {
    Open f = open.get(partition);
    if (f == null) {
      f = create();
      open.put(partition, f);
    }
    f.sink().write(row);
    if (++sinceCheck >= CHECK_EVERY) {
      sinceCheck = 0;
      check();
    }
  }

  /** Closes every open file; returns (partition value, temporary file) of each file this bundle wrote. */
  List<KV<String, String>> finish() throws IOException {
    for (String partition : List.copyOf(open.keySet())) {
      close(partition);
    }
    HELD.remove(this);
    return written;
  }

  /** Closes full files, and the fullest file when the JVM's open row groups are over the budget. */
  private void check() throws IOException {
    long held = 0;
    String fullest = null;
    long most = 0;
    List<String> full = new ArrayList<>();
    for (Map.Entry<String, Open> e : open.entrySet()) {
      ParquetSink sink = e.getValue().sink();
      if (sink.dataBytes() >= TARGET_FILE_BYTES) {
        full.add(e.getKey());
        continue;
      }
      long buffered = sink.bufferedBytes();
      held += buffered;
      if (buffered > most) {
        most = buffered;
        fullest = e.getKey();
      }
    }
    for (String partition : full) {
      close(partition);
    }
    HELD.put(this, held);
    if (fullest != null && most >= MIN_EARLY_CLOSE_BYTES && total() > budgetBytes) {
      close(fullest);
      HELD.put(this, held - most);
    }
  }

  private static long total() {
    long sum = 0;
    for (long v : HELD.values()) {
      sum += v;
    }
    return sum;
  }

  private Open create() throws IOException {
    ResourceId file = tempDir.resolve(UUID.randomUUID() + ".parquet", StandardResolveOptions.RESOLVE_FILE);
    WritableByteChannel channel = FileSystems.create(file, MimeTypes.BINARY);
    ParquetSink sink = new ParquetSink(new Schema.Parser().parse(schemaJson));
    sink.open(channel);
    return new Open(sink, channel, file);
  }

  private void close(String partition) throws IOException {
    Open f = open.remove(partition);
    f.sink().flush();
    f.channel().close();
    written.add(KV.of(partition, f.file().toString()));
  }
}
