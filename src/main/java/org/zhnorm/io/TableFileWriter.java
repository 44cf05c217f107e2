package org.zhnorm.io;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.IndexedRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.avro.AvroSchemaConverter;
import org.apache.parquet.column.ColumnWriteStore;
import org.apache.parquet.column.ParquetProperties;
import org.apache.parquet.column.values.factory.DefaultV1ValuesWriterFactory;
import org.apache.parquet.hadoop.CodecFactory;
import org.apache.parquet.hadoop.ColumnChunkPageWriteStore;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.schema.MessageType;

/**
 * One Parquet file of table rows: row groups of about {@code rowGroupBytes}, each column's pages
 * encoded and compressed by parquet-java, the rows shredded into the columns by {@link RowColumns}.
 * The file is what parquet-avro's writer makes of the same records (the same schema, encodings and
 * footer, with the Avro schema under {@code parquet.avro.schema}); the row-group cycle is the one of
 * parquet-java's own record writer (check the buffered size every so many rows, flush a row group
 * when it is nearly full). Each file has its own encoder factory, so that the per-column dictionary
 * settings of one table never leak into another's file (parquet-java shares one between writers).
 */
final class TableFileWriter implements AutoCloseable {
  /** The footer key parquet-avro reads the Avro schema from. */
  static final String AVRO_SCHEMA = "parquet.avro.schema";
  /** parquet-java's bounds on how many rows pass between two checks of the row group's size. */
  private static final long MIN_ROWS_BETWEEN_CHECKS = 100;
  private static final long MAX_ROWS_BETWEEN_CHECKS = 10_000;

  private final Schema schema;
  private final MessageType parquetSchema;
  private final ParquetProperties props;
  private final ParquetFileWriter file;
  private final CodecFactory codecs;
  private final CodecFactory.BytesCompressor compressor;
  private final long rowGroupBytes;
  private final RowColumns columns;
  private ColumnChunkPageWriteStore pages;
  private ColumnWriteStore store;
  private long rows;
  private long nextCheck = MIN_ROWS_BETWEEN_CHECKS;
  private long lastRowGroupEnd;
  private boolean closed;

  /**
   * A file of {@code schema}'s rows; the top-level fields (or lists) named in {@code plainColumns}
   * ("name" or "name.list.element") are written without a dictionary.
   */
  TableFileWriter(OutputFile out, Schema schema, Iterable<String> plainColumns, CompressionCodecName codec, long rowGroupBytes)
      throws IOException {
    this.schema = schema;
    Configuration conf = new Configuration(false);
    conf.setBoolean("parquet.avro.write-old-list-structure", false);
    this.parquetSchema = new AvroSchemaConverter(conf).convert(schema);
    ParquetProperties.Builder settings = ParquetProperties.builder()
        .withWriterVersion(ParquetProperties.WriterVersion.PARQUET_1_0)
        // a factory of this file's own: parquet-java's default one hands every writer the same static
        // V1 factory, re-initialized by whichever writer was built last (ParquetSinkTest)
        .withValuesWriterFactory(new DefaultV1ValuesWriterFactory());
    for (String column : plainColumns) {
      settings.withDictionaryEncoding(column, false);
    }
    this.props = settings.build();
    this.rowGroupBytes = rowGroupBytes;
    this.file = new ParquetFileWriter(out, parquetSchema, ParquetFileWriter.Mode.OVERWRITE, rowGroupBytes,
        ParquetWriter.MAX_PADDING_SIZE_DEFAULT, props.getColumnIndexTruncateLength(), props.getStatisticsTruncateLength(),
        props.getPageWriteChecksumEnabled());
    file.start();
    this.codecs = new CodecFactory(conf, props.getPageSizeThreshold());
    this.compressor = codecs.getCompressor(codec);
    this.columns = new RowColumns(schema, parquetSchema);
    newRowGroup();
  }

  private void newRowGroup() {
    pages = new ColumnChunkPageWriteStore(compressor, parquetSchema, props.getAllocator(),
        props.getColumnIndexTruncateLength(), props.getPageWriteChecksumEnabled());
    store = props.newColumnWriteStore(parquetSchema, pages, pages);
    columns.bind(store);
  }

  void write(IndexedRecord row) throws IOException {
    columns.write(row);
    store.endRecord();
    rows++;
    if (rows >= nextCheck) {
      long buffered = store.getBufferedSize();
      long perRow = buffered / rows;
      if (buffered > rowGroupBytes - 2 * perRow) {
        flushRowGroup();
        newRowGroup();
        nextCheck = MIN_ROWS_BETWEEN_CHECKS;
        lastRowGroupEnd = file.getPos();
      } else {
        nextCheck = Math.min(Math.max(MIN_ROWS_BETWEEN_CHECKS, (rows + (long) (rowGroupBytes / (float) Math.max(perRow, 1))) / 2),
            rows + MAX_ROWS_BETWEEN_CHECKS);
      }
    }
  }

  private void flushRowGroup() throws IOException {
    if (rows > 0) {
      file.startBlock(rows);
      store.flush();
      pages.flushToFileWriter(file);
      file.endBlock();
      rows = 0;
    }
    store.close();
  }

  /** Bytes of the file so far: the row groups written plus the open one, buffered. */
  long dataSize() {
    return lastRowGroupEnd + store.getBufferedSize();
  }

  /** Bytes held in memory: the open row group. */
  long bufferedSize() {
    return store.getBufferedSize();
  }

  /** Writes the last row group and the footer. */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try {
      flushRowGroup();
      Map<String, String> meta = new HashMap<>();
      meta.put(AVRO_SCHEMA, schema.toString());
      meta.put(ParquetWriter.OBJECT_MODEL_NAME_PROP, "zhnorm-rows");
      file.end(meta);
    } finally {
      codecs.release();
    }
  }
}
