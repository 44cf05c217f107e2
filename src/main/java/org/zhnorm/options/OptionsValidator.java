package org.zhnorm.options;

import java.util.Arrays;
import java.util.List;
import org.zhnorm.io.Partitioning;
import org.zhnorm.io.dump.DumpSettings;

/** Rejects invalid flag values before the pipeline is built, naming the flag, the value and what is allowed. */
public final class OptionsValidator {
  public static final List<String> CONVERSIONS = List.of("auto", "t2s", "tw2s", "tw2sp", "hk2s", "none");

  private OptionsValidator() {}

  /** The JSON field names of the flags, as the dump parser takes them. */
  public static DumpSettings dumpSettings(ZhnormOptions o) {
    return new DumpSettings(fields("--jsonUrlFields", o.getJsonUrlFields()), fields("--jsonTitleFields", o.getJsonTitleFields()),
        fields("--jsonContentFields", o.getJsonContentFields()), fields("--jsonHtmlFields", o.getJsonHtmlFields()),
        fields("--jsonDateFields", o.getJsonDateFields()));
  }

  private static List<String> fields(String flag, String value) {
    List<String> out = Arrays.stream(value.split(",")).map(String::strip).filter(f -> !f.isEmpty()).toList();
    if (out.isEmpty()) {
      throw new IllegalArgumentException(flag + "=" + value + " is not allowed; name at least one JSON field");
    }
    return out;
  }

  /** @throws IllegalArgumentException with a message for the user */
  public static void validate(ZhnormOptions o) {
    if (!CONVERSIONS.contains(o.getConversion())) {
      throw new IllegalArgumentException(
          "--conversion=" + o.getConversion() + " is not allowed; use one of " + String.join(", ", CONVERSIONS));
    }
    if (o.getMaxDocumentBytes() < 1) {
      throw new IllegalArgumentException(
          "--maxDocumentBytes=" + o.getMaxDocumentBytes() + " is not allowed; use a positive number of bytes");
    }
    if (o.getMaxDocumentChars() < 1) {
      throw new IllegalArgumentException(
          "--maxDocumentChars=" + o.getMaxDocumentChars() + " is not allowed; use a positive number of characters");
    }
    if (o.getDocumentTimeoutSeconds() < 1) {
      throw new IllegalArgumentException("--documentTimeoutSeconds=" + o.getDocumentTimeoutSeconds()
          + " is not allowed; use a positive number of seconds");
    }
    if (!(o.getMaxDeadLetteredShare() >= 0 && o.getMaxDeadLetteredShare() <= 1)) {
      throw new IllegalArgumentException("--maxDeadLetteredShare=" + o.getMaxDeadLetteredShare()
          + " is not allowed; use a share in [0, 1] (1: fail only when no document is written)");
    }
    if (o.getBoilerplateMinDocuments() < 2) {
      throw new IllegalArgumentException("--boilerplateMinDocuments=" + o.getBoilerplateMinDocuments()
          + " is not allowed; a line repeated across documents needs at least 2");
    }
    if (!(o.getBoilerplateMinShare() > 0 && o.getBoilerplateMinShare() <= 1)) {
      throw new IllegalArgumentException("--boilerplateMinShare=" + o.getBoilerplateMinShare()
          + " is not allowed; use a share in (0, 1]");
    }
    if (!(o.getNearDuplicateThreshold() > 0 && o.getNearDuplicateThreshold() <= 1)) {
      throw new IllegalArgumentException("--nearDuplicateThreshold=" + o.getNearDuplicateThreshold()
          + " is not allowed; use a similarity in (0, 1]");
    }
    dumpSettings(o);
    Partitioning.of(o.getPartitionBy());
    if (o.getInput() == null || o.getInput().isBlank()) {
      throw new IllegalArgumentException("--input is empty; name a folder, file or glob of the crawl dump");
    }
    if (o.getOutput() == null || o.getOutput().isBlank()) {
      throw new IllegalArgumentException("--output is empty; name a folder for the tables");
    }
  }
}
