package org.zhnorm.io;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.avro.AvroParquetWriter;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.OutputFile;
import org.zhnorm.model.Claim;
import org.zhnorm.model.Document;
import org.zhnorm.model.Entity;
import org.zhnorm.model.Section;
import org.zhnorm.text.clean.CleanResult;
import org.zhnorm.text.clean.Cleaner;
import org.zhnorm.text.clean.Metadata;
import org.zhnorm.text.clean.PageHints;
import org.zhnorm.text.convert.Conversion;
import org.zhnorm.text.convert.ScriptConverter;
import org.zhnorm.text.extract.ClaimExtractor;
import org.zhnorm.text.extract.ClaimSpan;
import org.zhnorm.text.extract.Currencies;
import org.zhnorm.text.extract.Place;
import org.zhnorm.text.extract.SectionSpan;
import org.zhnorm.text.extract.Sectioner;
import org.zhnorm.text.segment.Token;
import org.zhnorm.text.segment.WordSegmenter;

/**
 * Micro-benchmark of writing the three Parquet tables, in one JVM: builds the documents, sections and
 * claims of a text dump (MakeDump --layout=txt) with the real text stages (the glue mirrors
 * transforms/*; site boilerplate and duplicate merging are left out), then times only the writing
 * (model object to row to Parquet file, closed) in several rounds, as CPU seconds of the writing thread.
 *
 * <pre>java -cp "target/zhnorm.jar:target/lib/*:target/test-classes" org.zhnorm.io.ParquetWriteBench DUMP_DIR [DOCS] [ROUNDS] [VARIANTS]</pre>
 *
 * VARIANTS is a comma-separated list (see {@link #write}), timed in turn within each round.
 */
public final class ParquetWriteBench {
  private ParquetWriteBench() {}

  /** The rows of the three tables. */
  record Rows(List<Document> documents, List<Section> sections, List<Claim> claims) {}

  public static void main(String[] args) throws Exception {
    Path dump = Path.of(args[0]);
    int docs = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    List<String> variants = List.of((args.length > 3 ? args[3] : "sink").split(","));
    Rows rows = build(dump, docs);
    long words = rows.sections().stream().mapToLong(s -> s.tokens.size()).sum();
    System.out.printf("rows: %d documents, %d sections (%d words), %d claims%n",
        rows.documents().size(), rows.sections().size(), words, rows.claims().size());
    Path out = Files.createTempDirectory("pq-bench");
    for (int r = 0; r < rounds; r++) {
      for (String variant : variants) {
        double total = 0;
        StringBuilder line = new StringBuilder();
        for (String table : List.of(TableRows.DOCUMENTS, TableRows.SECTIONS, TableRows.CLAIMS)) {
          Path file = out.resolve(variant + "-" + table + ".parquet");
          double cpu = switch (table) {
            case TableRows.DOCUMENTS -> write(variant, file, table, rows.documents(), TableRows::document);
            case TableRows.SECTIONS -> write(variant, file, table, rows.sections(), TableRows::section);
            default -> write(variant, file, table, rows.claims(), TableRows::claim);
          };
          total += cpu;
          line.append(String.format(" %s %.3f s %,d B;", table, cpu, Files.size(file)));
        }
        System.out.printf("round %d %-6s total %.3f s;%s%n", r, variant, total, line);
      }
    }
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /**
   * Writes {@code rows} to {@code file} as one table file; returns the CPU seconds of this thread.
   * Variants: {@code sink} the run's writer (ParquetSink's {@link TableFileWriter}); {@code avro}
   * parquet-avro's AvroParquetWriter with the same settings (the first writer of the project); {@code zstd},
   * {@code gzip}, {@code none} the run's writer with that codec ({@code lz4raw}: LZ4_RAW).
   */
  static <T> double write(String variant, Path file, String table, List<T> rows, BiFunction<Schema, T, GenericRecord> toRow)
      throws IOException {
    Files.deleteIfExists(file);
    Schema schema = Partitioning.PUB_MONTH.schema(TableRows.schema(table));
    long start = THREADS.getCurrentThreadCpuTime();
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      OutputFile out = new ParquetSink.ChannelOutputFile(channel);
      if (variant.equals("avro")) {
        try (ParquetWriter<GenericRecord> w = avroWriter(out, schema)) {
          for (T row : rows) {
            w.write(toRow.apply(schema, row));
          }
        }
      } else {
        try (TableFileWriter w = ParquetSink.writer(out, schema, codec(variant))) {
          for (T row : rows) {
            w.write(toRow.apply(schema, row));
          }
        }
      }
    }
    return (THREADS.getCurrentThreadCpuTime() - start) / 1e9;
  }

  private static CompressionCodecName codec(String variant) {
    return switch (variant) {
      case "sink" -> CompressionCodecName.SNAPPY;
      case "zstd" -> CompressionCodecName.ZSTD;
      case "gzip" -> CompressionCodecName.GZIP;
      case "lz4raw" -> CompressionCodecName.LZ4_RAW;
      case "none" -> CompressionCodecName.UNCOMPRESSED;
      default -> throw new IllegalArgumentException("unknown variant " + variant + ": sink, avro, zstd, lz4raw, gzip, none");
    };
  }

  private static ParquetWriter<GenericRecord> avroWriter(OutputFile file, Schema schema) throws IOException {
    Configuration conf = new Configuration(false);
    conf.setBoolean("parquet.avro.write-old-list-structure", false);
    AvroParquetWriter.Builder<GenericRecord> b = AvroParquetWriter.<GenericRecord>builder(file)
        .withRowGroupSize(ParquetSink.ROW_GROUP_BYTES)
        .withSchema(schema)
        .withDataModel(GenericData.get())
        .withConf(conf)
        .withCompressionCodec(CompressionCodecName.SNAPPY)
        .withWriteMode(ParquetFileWriter.Mode.OVERWRITE);
    for (String c : ParquetSink.plainColumns(schema)) {
      b.withDictionaryEncoding(c, false);
    }
    return b.build();
  }

  /** The first {@code limit} text files of the dump (sorted by path), through clean, convert, segment, sections and claims. */
  static Rows build(Path dump, int limit) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(dump)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().limit(limit).toList();
    }
    Cleaner cleaner = Cleaner.standard();
    ScriptConverter converter = ScriptConverter.load();
    WordSegmenter segmenter = WordSegmenter.load();
    Sectioner sectioner = new Sectioner();
    ClaimExtractor extractor = ClaimExtractor.standard();
    List<Document> documents = new ArrayList<>();
    List<Section> sections = new ArrayList<>();
    List<Claim> claims = new ArrayList<>();
    for (Path f : files) {
      String raw = Files.readString(f, StandardCharsets.UTF_8);
      CleanResult r = cleaner.clean(raw, PageHints.NONE, false);
      if (r.text().isBlank()) {
        continue;
      }
      Document d = document(dump.relativize(f).toString(), r);
      Conversion c = converter.convert(d.textOriginal, d.url, null);
      d.text = c.text();
      d.script = c.script();
      d.conversion = c.chain();
      List<Token> tokens = segmenter.segment(d.text);
      d.tokens = tokens.stream().map(Token::word).toList();
      d.posTags = tokens.stream().map(Token::pos).toList();
      documents.add(d);
      Currencies.Region region = Currencies.regionOf(d.url, d.script, d.text);
      for (SectionSpan span : sectioner.split(d.text)) {
        Section s = section(d, span, tokens);
        sections.add(s);
        List<Token> inSection = new ArrayList<>();
        for (Token t : tokens) {
          if (t.start() >= span.start() && t.end() <= span.end()) {
            inSection.add(new Token(t.word(), t.pos(), t.start() - span.start()));
          }
        }
        List<ClaimSpan> spans = extractor.extract(s.text, s.heading, inSection, region);
        for (int i = 0; i < spans.size(); i++) {
          claims.add(claim(s, i, spans.get(i)));
        }
      }
    }
    return new Rows(documents, sections, claims);
  }

  private static Document document(String source, CleanResult r) {
    Metadata m = r.metadata();
    Document d = new Document();
    d.docId = DocIds.of(source, 0);
    d.sourceUri = source;
    d.format = "text";
    d.title = m.title();
    d.pubTime = m.pubTime();
    d.pubMonth = m.pubTime() == null || m.pubTime().length() < 7 ? "unknown" : m.pubTime().substring(0, 7);
    d.sourceName = m.sourceName();
    d.editor = m.editor();
    d.reporter = m.reporter();
    d.author = m.author();
    d.metadataFoundBy = new TreeMap<>(m.foundBy());
    d.text = r.text();
    d.textOriginal = r.text();
    d.removed = new TreeMap<>(r.removedChars());
    d.ruleHits = new TreeMap<>(r.hits());
    d.flags = new ArrayList<>(r.flags());
    d.charset = "UTF-8";
    d.charsetReason = "declared";
    return d;
  }

  private static Section section(Document d, SectionSpan span, List<Token> tokens) {
    Section s = new Section();
    s.docId = d.docId;
    s.sectionId = d.docId + "-s" + span.ordinal();
    s.ordinal = span.ordinal();
    s.level = span.level();
    s.kind = span.kind();
    s.speaker = span.speaker();
    s.heading = span.heading();
    s.text = d.text.substring(span.start(), span.end());
    s.start = d.text.codePointCount(0, span.start());
    s.end = s.start + s.text.codePointCount(0, s.text.length());
    List<String> words = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    List<Entity> entities = new ArrayList<>();
    for (Token t : tokens) {
      if (t.start() >= span.start() && t.end() <= span.end()) {
        words.add(t.word());
        tags.add(t.pos());
        String type = Token.entityTypeOf(t.pos());
        if (type != null) {
          int cp = d.text.codePointCount(0, t.start());
          entities.add(new Entity(t.word(), type, cp, cp + t.word().codePointCount(0, t.word().length())));
        }
      }
    }
    s.tokens = words;
    s.posTags = tags;
    s.entities = entities;
    s.pubMonth = d.pubMonth;
    return s;
  }

  private static Claim claim(Section s, int index, ClaimSpan span) {
    Claim c = new Claim();
    c.claimId = s.sectionId + "-c" + index;
    c.docId = s.docId;
    c.sectionId = s.sectionId;
    c.sentence = span.sentence();
    c.subject = span.subject();
    c.value = span.value();
    c.valueText = span.valueText();
    c.unit = span.unit();
    c.unitKind = span.unitKind();
    c.qualifier = span.qualifier();
    c.lower = span.lower();
    c.upper = span.upper();
    c.currency = span.currency();
    c.currencyFrom = span.currencyFrom();
    c.year = span.year();
    c.redacted = span.redacted();
    c.places = span.places().stream().map(Place::name).toList();
    Place first = span.places().stream().filter(p -> p.province() != null).findFirst().orElse(null);
    if (first != null) {
      c.province = first.province();
      c.city = first.city();
      c.county = first.county();
      c.placeFrom = "sentence";
    }
    c.pubMonth = s.pubMonth;
    return c;
  }
}
