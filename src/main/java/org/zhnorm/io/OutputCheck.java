package org.zhnorm.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.DelegatingSeekableInputStream;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.SeekableInputStream;

/**
 * The last step of a run: what is on disk must be what the run's report counted. The report and the
 * writers receive the same collections, so a difference means rows were lost or doubled on the way to
 * the files (a failed and retried task, a lost worker's files). Reads back, through Beam's filesystems
 * (local, hdfs://, ...), each Parquet file's row count from its footer and the dead-letter lines, and
 * compares them with report.json: documents written (also per {@code pub_month} partition), sections,
 * claims and dead letters.
 */
public final class OutputCheck {
  private static final List<String> TABLES = List.of("documents", "sections", "claims");

  private OutputCheck() {}

  /**
   * Compares {@code root}'s tables with its {@code _report/report.json}.
   *
   * @throws IllegalStateException naming every count that differs, the report's figure and the files'
   */
  public static void verify(String root, Partitioning partitioning) throws IOException {
    String base = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
    JsonNode report = readReport(base);
    Map<String, Long> expected = new TreeMap<>();
    expected.put("documents", report.path("documents").path("written").asLong(0));
    expected.put("sections", report.path("sections").path("total").asLong(0));
    expected.put("claims", report.path("claims").path("total").asLong(0));
    for (Iterator<Map.Entry<String, JsonNode>> it = report.path("documents_by_month").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (partitioning != Partitioning.NONE) {
        String folder = partitioning.folder(partitioning.value(e.getKey()));
        expected.merge("documents/" + folder.substring(0, folder.length() - 1), e.getValue().asLong(), Long::sum);
      }
    }
    expected.put("dead_letter", leafSum(report.path("dead_letters")));

    Map<String, Long> found = new TreeMap<>();
    for (String table : TABLES) {
      long total = 0;
      String files = partitioning == Partitioning.NONE ? "/*.parquet" : "/*/*.parquet";
      for (MatchResult.Metadata file : match(base + "/" + table + files)) {
        long rows = rowCount(file);
        total += rows;
        if (table.equals("documents") && partitioning != Partitioning.NONE) {
          found.merge("documents/" + partition(file.resourceId()), rows, Long::sum);
        }
      }
      found.put(table, total);
    }
    long lines = 0;
    for (MatchResult.Metadata file : match(base + "/dead_letter/*.jsonl")) {
      lines += lineCount(file.resourceId());
    }
    found.put("dead_letter", lines);

    List<String> differences = new ArrayList<>();
    for (String key : union(expected, found)) {
      long want = expected.getOrDefault(key, 0L);
      long have = found.getOrDefault(key, 0L);
      if (want != have) {
        differences.add(key + ": report.json says " + want + ", the files hold " + have);
      }
    }
    if (!differences.isEmpty()) {
      throw new IllegalStateException("the written rows differ from the run's own report in " + base + " ("
          + String.join("; ", differences) + "); rows were lost or doubled on the way to the files, the output is not valid");
    }
  }

  private static JsonNode readReport(String base) throws IOException {
    ResourceId json = FileSystems.matchNewResource(base + "/_report/report.json", false);
    try (InputStream in = Channels.newInputStream(FileSystems.open(json))) {
      return new ObjectMapper().readTree(in);
    }
  }

  private static long leafSum(JsonNode node) {
    if (node.isNumber()) {
      return node.asLong();
    }
    long sum = 0;
    for (JsonNode child : node) {
      sum += leafSum(child);
    }
    return sum;
  }

  private static List<String> union(Map<String, Long> a, Map<String, Long> b) {
    TreeMap<String, Long> all = new TreeMap<>(a);
    all.putAll(b);
    return new ArrayList<>(all.keySet());
  }

  private static List<MatchResult.Metadata> match(String glob) throws IOException {
    MatchResult m = FileSystems.match(glob, EmptyMatchTreatment.ALLOW);
    if (m.status() == MatchResult.Status.NOT_FOUND) {
      return List.of();
    }
    return m.metadata();
  }

  /** {@code pub_month=2023-06} for {@code .../documents/pub_month=2023-06/part-....parquet} (pub_year likewise). */
  private static String partition(ResourceId file) {
    return file.getCurrentDirectory().getFilename();
  }

  private static long rowCount(MatchResult.Metadata file) throws IOException {
    try (ParquetFileReader reader = ParquetFileReader.open(new BeamInputFile(file))) {
      return reader.getRecordCount();
    }
  }

  private static long lineCount(ResourceId file) throws IOException {
    long n = 0;
    try (BufferedReader r = new BufferedReader(Channels.newReader(FileSystems.open(file), StandardCharsets.UTF_8))) {
      while (r.readLine() != null) {
        n++;
      }
    }
    return n;
  }

  /** A Parquet input file read through Beam's filesystems, so the check works wherever the run wrote. */
  private static final class BeamInputFile implements InputFile {
    private final MatchResult.Metadata file;

    BeamInputFile(MatchResult.Metadata file) {
      this.file = file;
    }

    @Override
    public long getLength() {
      return file.sizeBytes();
    }

    @Override
    public SeekableInputStream newStream() throws IOException {
      ReadableByteChannel channel = FileSystems.open(file.resourceId());
      if (!(channel instanceof SeekableByteChannel seekable)) {
        channel.close();
        throw new IOException("cannot seek in " + file.resourceId() + " to read its Parquet footer");
      }
      return new DelegatingSeekableInputStream(Channels.newInputStream(seekable)) {
        @Override
        public long getPos() throws IOException {
          return seekable.position();
        }

        @Override
        public void seek(long newPos) throws IOException {
          seekable.position(newPos);
        }
      };
    }
  }
}
