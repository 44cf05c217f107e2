package org.zhnorm.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.WritableByteChannel;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.io.FileIO;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.PositionOutputStream;

/**
 * Writes Avro records of one table schema to a Snappy Parquet file with standard 3-level lists, through
 * {@link TableFileWriter} (the file parquet-avro would write, without its per-value work).
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
  private transient TableFileWriter writer;

  ParquetSink(Schema schema) {
    this.schemaJson = schema.toString();
  }

  @Override
  public void open(WritableByteChannel channel) throws IOException {
    writer = writer(new ChannelOutputFile(channel), new Schema.Parser().parse(schemaJson), CompressionCodecName.SNAPPY);
  }

  /** The writer of one table file as the run writes it, with {@code codec} (the benchmark varies it). */
  static TableFileWriter writer(OutputFile file, Schema schema, CompressionCodecName codec) throws IOException {
    return new TableFileWriter(file, schema, plainColumns(schema), codec, ROW_GROUP_BYTES);
  }

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

  @Override
  public void write(GenericRecord element) throws IOException {
    writer.write(element);
  }

  /** Bytes of the file so far: written to the channel plus buffered in the open row group. */
  long dataBytes() {
    return writer.dataSize();
  }

  /** Bytes held in memory: the open row group, not yet written to the channel. */
  long bufferedBytes() {
    return writer.bufferedSize();
  }

  @Override
  public void flush() throws IOException {
    // the footer is written on close; the channel itself is closed by FileIO
    writer.close();
  }

  /** A Parquet output file over the channel FileIO opened; Parquet only appends and asks its position. */
  static final class ChannelOutputFile implements OutputFile {
    private final OutputStream out;

    ChannelOutputFile(WritableByteChannel channel) {
      this.out = Channels.newOutputStream(channel);
    }

    @Override
    public PositionOutputStream create(long blockSizeHint) {
      return new PositionOutputStream() {
        private long position;

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
