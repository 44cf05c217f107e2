package org.zhnorm.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.MoveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.util.MimeTypes;
import org.zhnorm.report.ReportHtml;
import org.zhnorm.report.RunReport;

/**
 * The run's output folder: refuses to mix a new run into an old one, and marks a finished run with
 * {@code _SUCCESS} written last. Works on local paths and on any Beam filesystem URI.
 */
public final class OutputFolder {
  /** What a run writes; --overwrite removes exactly these. */
  public static final List<String> ENTRIES =
      List.of("documents", "sections", "claims", "dead_letter", "_report", "_SUCCESS", ".temp-beam");

  /** Where the writers stage their files; removed when the run succeeds. */
  public static final String TEMP = ".temp-beam";

  private static final String KEEP = ".gitkeep";
  private final String root;

  public OutputFolder(String root) {
    this.root = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
  }

  public String root() {
    return root;
  }

  private boolean isUri() {
    return root.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*");
  }

  /**
   * Makes the folder ready for a run: it must be empty (a {@code .gitkeep} aside) unless
   * {@code overwrite}, in which case a previous run's outputs are removed first.
   *
   * @throws IllegalStateException naming the folder and the flag when it is not empty
   */
  public void prepare(boolean overwrite) throws IOException {
    List<String> present = existingFiles();
    if (present.isEmpty()) {
      return;
    }
    if (!overwrite) {
      throw new IllegalStateException("--output=" + root + " is not empty (" + present.size()
          + " files, e.g. " + present.get(0) + "); pass --overwrite to replace a previous run, or name an empty folder");
    }
    for (String entry : ENTRIES) {
      delete(root + "/" + entry);
    }
  }

  /**
   * Checks before the run that the folder can be created and written, so a run never fails at its end
   * for want of a writable output.
   *
   * @throws IllegalStateException naming the flag, the folder and the cause
   */
  public void checkWritable() {
    String probe = root + "/.zhnorm-write-check";
    try {
      if (!isUri()) {
        Files.createDirectories(Path.of(root));
        Path p = Path.of(probe);
        Files.writeString(p, "zhnorm checks that it can write here\n", StandardCharsets.UTF_8);
        Files.delete(p);
        return;
      }
      ResourceId id = FileSystems.matchNewResource(probe, false);
      try (OutputStream out = Channels.newOutputStream(FileSystems.create(id, MimeTypes.TEXT))) {
        out.write("zhnorm checks that it can write here\n".getBytes(StandardCharsets.UTF_8));
      }
      FileSystems.delete(List.of(id));
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException("--output=" + root + " cannot be written (" + cause(e)
          + "); name a folder you can write, or create it first");
    }
  }

  private static String cause(Throwable e) {
    Throwable c = e;
    while (c.getCause() != null && c.getCause() != c) {
      c = c.getCause();
    }
    String m = c.getMessage();
    String kind = c.getClass().getSimpleName().replace("Exception", "");
    return m == null ? kind : kind + ": " + m;
  }

  /**
   * Gives every table that got no rows one empty Parquet file with its schema, in the partition of
   * documents without a publish time ({@code pub_month=unknown}, {@code pub_year=unknown}, or the
   * table's folder when not partitioned), so readers such as DuckDB read it as a table with no rows.
   *
   * @return the tables that were empty
   */
  public List<String> writeEmptyTables(Partitioning partitioning) throws IOException {
    List<String> empty = new ArrayList<>();
    for (String table : List.of(TableRows.DOCUMENTS, TableRows.SECTIONS, TableRows.CLAIMS)) {
      MatchResult m = FileSystems.match(root + "/" + table + "/**.parquet", EmptyMatchTreatment.ALLOW);
      if (m.status() == MatchResult.Status.OK && !m.metadata().isEmpty()) {
        continue;
      }
      empty.add(table);
      String folder = root + "/" + table + "/" + partitioning.folder(partitioning.value(Partitioning.UNKNOWN));
      if (!isUri()) {
        Files.createDirectories(Path.of(folder));
      }
      ResourceId file = FileSystems.matchNewResource(folder + "part-empty.parquet", false);
      ParquetSink sink = new ParquetSink(partitioning.schema(TableRows.schema(table)));
      try (var channel = FileSystems.create(file, MimeTypes.BINARY)) {
        sink.open(channel);
        sink.flush();
      }
    }
    return empty;
  }

  /** The folders whose files {@link #completeReport} counts, as report.json names them. */
  static final List<String> TABLES = List.of("documents", "sections", "claims", "dead_letter");

  /**
   * Adds the run's facts to {@code _report/report.json} (with the files written per table, counted
   * now) and renders it as {@code _report/report.html}. Call after the pipeline finished.
   */
  public void completeReport(Map<String, Object> runFacts) throws IOException {
    ResourceId json = FileSystems.matchNewResource(root + "/_report/report.json", false);
    String text;
    try (InputStream in = Channels.newInputStream(FileSystems.open(json))) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Map<String, Object> run = new LinkedHashMap<>(runFacts);
    run.put("files_written", filesWritten());
    String completed = RunReport.withRun(text, run);
    try (OutputStream out = Channels.newOutputStream(FileSystems.create(json, MimeTypes.TEXT))) {
      out.write(completed.getBytes(StandardCharsets.UTF_8));
    }
    JsonNode report = new ObjectMapper().readTree(completed);
    ResourceId html = FileSystems.matchNewResource(root + "/_report/report.html", false);
    try (OutputStream out = Channels.newOutputStream(FileSystems.create(html, MimeTypes.TEXT))) {
      out.write(ReportHtml.render(report).getBytes(StandardCharsets.UTF_8));
    }
  }

  /** Files now under each table's folder (all partitions), by table. */
  Map<String, Long> filesWritten() throws IOException {
    Map<String, Long> out = new LinkedHashMap<>();
    for (String table : TABLES) {
      long n = 0;
      if (!isUri()) {
        Path p = Path.of(root, table);
        if (Files.isDirectory(p)) {
          try (Stream<Path> s = Files.walk(p)) {
            n = s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).count();
          }
        }
      } else {
        MatchResult m = FileSystems.match(root + "/" + table + "/**", EmptyMatchTreatment.ALLOW);
        if (m.status() == MatchResult.Status.OK) {
          n = m.metadata().size();
        }
      }
      out.put(table, n);
    }
    return out;
  }

  /** Removes the runners' leftover temp folders and writes {@code _SUCCESS}. Call after the pipeline finished. */
  public void markSuccess(String summary) throws IOException {
    delete(root + "/" + TEMP);
    ResourceId success = FileSystems.matchNewResource(root + "/_SUCCESS", false);
    try (OutputStream out = Channels.newOutputStream(FileSystems.create(success, MimeTypes.TEXT))) {
      out.write(summary.getBytes(StandardCharsets.UTF_8));
    }
  }

  private List<String> existingFiles() throws IOException {
    if (!isUri()) {
      Path p = Path.of(root);
      if (!Files.exists(p)) {
        return List.of();
      }
      if (!Files.isDirectory(p)) {
        throw new IllegalStateException("--output=" + root + " is a file; name a folder");
      }
      try (Stream<Path> s = Files.list(p)) {
        return s.map(x -> x.getFileName().toString()).filter(n -> !n.equals(KEEP)).sorted().toList();
      }
    }
    MatchResult m = FileSystems.match(root + "/**", EmptyMatchTreatment.ALLOW);
    List<String> out = new ArrayList<>();
    if (m.status() == MatchResult.Status.OK) {
      for (MatchResult.Metadata md : m.metadata()) {
        out.add(md.resourceId().toString());
      }
    }
    return out;
  }

  private void delete(String path) throws IOException {
    if (!isUri()) {
      deleteTree(Path.of(path));
      return;
    }
    List<ResourceId> ids = new ArrayList<>();
    collect(path, ids);
    FileSystems.delete(ids, MoveOptions.StandardMoveOptions.IGNORE_MISSING_FILES);
  }

  /**
   * {@code spec} and everything under it, children before their folder. One level at a time: a Hadoop
   * filesystem deletes only empty folders and its {@code **} skips a folder's own files and every folder.
   */
  private static void collect(String spec, List<ResourceId> out) throws IOException {
    MatchResult self = FileSystems.match(spec, EmptyMatchTreatment.ALLOW);
    if (self.status() != MatchResult.Status.OK || self.metadata().isEmpty()) {
      return;
    }
    MatchResult children = FileSystems.match(spec + "/*", EmptyMatchTreatment.ALLOW);
    if (children.status() == MatchResult.Status.OK) {
      for (MatchResult.Metadata child : children.metadata()) {
        collect(child.resourceId().toString(), out);
      }
    }
    self.metadata().forEach(md -> out.add(md.resourceId()));
  }

  private static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p)) {
      return;
    }
    try (Stream<Path> s = Files.walk(p)) {
      for (Path x : s.sorted(Comparator.reverseOrder()).toList()) {
        try {
          Files.delete(x);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot remove " + x, e);
        }
      }
    }
  }
}
