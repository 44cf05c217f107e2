package org.zhnorm.io.dump;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Test helper: a sink that keeps everything, in order. */
final class Collect implements RecordSink {
  final List<ParsedRecord> records = new ArrayList<>();
  final List<ReadFailure> failures = new ArrayList<>();
  final List<String> skipped = new ArrayList<>();
  final List<String> events = new ArrayList<>();

  @Override
  public void record(ParsedRecord record) {
    records.add(record);
    events.add("R" + record);
  }

  @Override
  public void failure(ReadFailure failure) {
    failures.add(failure);
    events.add("F" + failure);
  }

  @Override
  public void skipped(long offset, String reason) {
    skipped.add(reason);
    events.add("S" + offset + reason);
  }

  static Collect parse(DumpParser parser, String name, byte[] bytes) {
    Collect c = new Collect();
    try {
      parser.parse(name, () -> new ByteArrayInputStream(bytes), c);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return c;
  }

  static Collect parse(DumpParser parser, Path file) {
    Collect c = new Collect();
    try {
      parser.parse(file.toString(), () -> Files.newInputStream(file), c);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return c;
  }

  static byte[] resource(String name) {
    try (var in = Collect.class.getResourceAsStream("/dump/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String squash(String s) {
    return s.replaceAll("(?U)\\s+", "");
  }
}
