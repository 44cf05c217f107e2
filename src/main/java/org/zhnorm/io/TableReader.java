package org.zhnorm.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.generic.GenericRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.avro.AvroParquetReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;

/** Reads a table of a local output folder back as Avro records (used by the evaluate command). */
public final class TableReader {
  private TableReader() {}

  /** Every row of {@code output/table}, across its partitions. */
  public static List<GenericRecord> read(Path output, String table) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(output.resolve(table))) {
      files = s.filter(p -> p.toString().endsWith(".parquet")).sorted().toList();
    }
    List<GenericRecord> rows = new ArrayList<>();
    Configuration conf = new Configuration();
    for (Path f : files) {
      try (ParquetReader<GenericRecord> r = AvroParquetReader.<GenericRecord>builder(
          HadoopInputFile.fromPath(new org.apache.hadoop.fs.Path(f.toUri()), conf)).build()) {
        for (GenericRecord g = r.read(); g != null; g = r.read()) {
          rows.add(g);
        }
      }
    }
    return rows;
  }
}
