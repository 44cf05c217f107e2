package org.zhnorm.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.WritableByteChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.io.FileIO;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.PositionOutputStream;

/**
 * Writes Avro records of one table schema to a Snappy Parquet file with standard 3-level lists, through
 * {@link RowWriteSupport} (the Parquet schema parquet-avro would write, without its per-value work).
 * Dictionary encoding is on for every column except those whose Avro field carries
 * {@code "parquet.dictionary": false} (a top-level column, or the values of a list): ids, paths, URLs,
 * titles, free text and the words of the sections table are (nearly) unique per row, so hashing them
 * into a dictionary that is thrown away costs time and memory (an open file keeps every distinct value)
 * and saves nothing; the low-cardinality columns (tags, kinds, units, places, charsets) keep it.
 * The schema travels as its JSON text.
 */
final class ParquetSink implements FileIO.Sink<GenericRecord> {
  /** The Avro field property that turns dictionary encoding off for one top-level column. */
  static final String DICTIONARY = "parquet.dictionary";

  /** Row groups of about this many bytes: an open file holds its row group in memory until it is full. */
  static final long ROW_GROUP_BYTES = 8L << 20;

  private final String schemaJson;
  private transient ParquetWriter<GenericRecord> writer;
  private transient ChannelOutputFile file;

  ParquetSink(Schema schema) {
    this.schemaJson = schema.toString();
  }

  @Override
  public void open(WritableByteChannel channel) throws IOException {
    file = new ChannelOutputFile(channel);
    writer = builder(file, new Schema.Parser().parse(schemaJson)).build();
  }

  /** The writer of one table file as the run writes it (the benchmark varies it). */
  static Builder builder(OutputFile file, Schema schema) {
    Builder builder = new Builder(file, schema)
        .withConf(new Configuration(false))
        .withRowGroupSize(ROW_GROUP_BYTES)
        .withCompressionCodec(CompressionCodecName.SNAPPY)
        .withWriteMode(ParquetFileWriter.Mode.OVERWRITE);
    for (String column : plainColumns(schema)) {
      builder.withDictionaryEncoding(column, false);
    }
    for (String column : PLAIN_IN_EVERY_TABLE) {
      builder.withDictionaryEncoding(column, false);
    }
    return builder;
  }

  /**
   * The plain (no dictionary) columns of all three tables, set on every writer. parquet-java 1.13
   * builds every writer's column encoders with one shared factory
   * ({@code ParquetProperties.DEFAULT_VALUES_WRITER_FACTORY}), which each {@code build()} re-initializes
   * with its own settings: a file's first row group got its table's settings, its later row groups
   * those of whichever writer was built last. With sections and documents writers open side by side,
   * most row groups after the first dictionary-encoded the words of {@code sections.tokens} (and could
   * have hashed whole texts into a dictionary). No column path is plain in one table and dictionary-
   * encoded in another, so with the same settings on every writer it does not matter which one the
   * factory holds ({@code ParquetSinkTest}).
   */
  private static final List<String> PLAIN_IN_EVERY_TABLE = Stream.of(TableRows.DOCUMENTS, TableRows.SECTIONS, TableRows.CLAIMS)
      .flatMap(t -> plainColumns(TableRows.schema(t)).stream()).distinct().toList();

  /** The column paths of {@code schema} whose field says {@code "parquet.dictionary": false}. */
  static List<String> plainColumns(Schema schema) {
    List<String> out = new ArrayList<>();
    for (Schema.Field f : schema.getFields()) {
      if (Boolean.FALSE.equals(f.getObjectProp(DICTIONARY))) {
        // a list's values are the leaf column of its 3-level structure
        out.add(f.schema().getType() == Schema.Type.ARRAY ? f.name() + ".list.element" : f.name());
      }
    }
    return out;
  }

  /** Builds a Parquet writer of table rows ({@link RowWriteSupport}). */
  static final class Builder extends ParquetWriter.Builder<GenericRecord, Builder> {
    private final Schema schema;

    Builder(OutputFile file, Schema schema) {
      super(file);
      this.schema = schema;
    }

    @Override
    protected Builder self() {
      return this;
    }

    @Override
    protected WriteSupport<GenericRecord> getWriteSupport(Configuration conf) {
      return new RowWriteSupport(schema);
    }
  }

  @Override
  public void write(GenericRecord element) throws IOException {
    writer.write(element);
  }

  /** Bytes of the file so far: written to the channel plus buffered in the open row group. */
  long dataBytes() {
    return writer.getDataSize();
  }

  /** Bytes held in memory: the open row group, not yet written to the channel. */
  long bufferedBytes() {
    return writer.getDataSize() - file.position;
  }

  @Override
  public void flush() throws IOException {
    // the footer is written on close; the channel itself is closed by FileIO
    writer.close();
  }

  /** A Parquet output file over the channel FileIO opened; Parquet only appends and asks its position. */
  static final class ChannelOutputFile implements OutputFile {
    private final OutputStream out;
    private long position;

    ChannelOutputFile(WritableByteChannel channel) {
      this.out = Channels.newOutputStream(channel);
    }

    @Override
    public PositionOutputStream create(long blockSizeHint) {
      return new PositionOutputStream() {
        @Override
        public long getPos() {
          return position;
        }

        @Override
        public void write(int b) throws IOException {
          out.write(b);
          position++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          out.write(b, off, len);
          position += len;
        }

        @Override
        public void flush() throws IOException {
          out.flush();
        }

        @Override
        public void close() throws IOException {
          // FileIO closes the channel after flush()
          out.flush();
        }
      };
    }

    @Override
    public PositionOutputStream createOrOverwrite(long blockSizeHint) {
      return create(blockSizeHint);
    }

    @Override
    public boolean supportsBlockSize() {
      return false;
    }

    @Override
    public long defaultBlockSize() {
      return 0;
    }
  }
}
