package org.zhnorm.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.WritableByteChannel;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.io.FileIO;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.avro.AvroParquetWriter;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.PositionOutputStream;

/**
 * Writes Avro records of one table schema to a Snappy Parquet file with standard 3-level lists.
 * Dictionary encoding is on for every column except those whose Avro field carries
 * {@code "parquet.dictionary": false}: free text (a document's text, a claim's sentence) is unique
 * per row, so hashing it into a dictionary that is thrown away at the end costs time and saves nothing.
 * The schema travels as its JSON text.
 */
final class ParquetSink implements FileIO.Sink<GenericRecord> {
  /** The Avro field property that turns dictionary encoding off for one top-level column. */
  static final String DICTIONARY = "parquet.dictionary";

  private final String schemaJson;
  private transient ParquetWriter<GenericRecord> writer;

  ParquetSink(Schema schema) {
    this.schemaJson = schema.toString();
  }

  @Override
  public void open(WritableByteChannel channel) throws IOException {
    Schema schema = new Schema.Parser().parse(schemaJson);
    Configuration conf = new Configuration(false);
    conf.setBoolean("parquet.avro.write-old-list-structure", false);
    AvroParquetWriter.Builder<GenericRecord> builder = AvroParquetWriter.<GenericRecord>builder(new ChannelOutputFile(channel))
        .withSchema(schema)
        .withDataModel(GenericData.get())
        .withConf(conf)
        .withCompressionCodec(CompressionCodecName.SNAPPY)
        .withWriteMode(ParquetFileWriter.Mode.OVERWRITE);
    for (Schema.Field f : schema.getFields()) {
      if (Boolean.FALSE.equals(f.getObjectProp(DICTIONARY))) {
        builder.withDictionaryEncoding(f.name(), false);
      }
    }
    writer = builder.build();
  }

  @Override
  public void write(GenericRecord element) throws IOException {
    writer.write(element);
  }

  @Override
  public void flush() throws IOException {
    // the footer is written on close; the channel itself is closed by FileIO
    writer.close();
  }

  /** A Parquet output file over the channel FileIO opened; Parquet only appends and asks its position. */
  private static final class ChannelOutputFile implements OutputFile {
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
