package org.zhnorm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.io.FileSystems;

/**
 * After a run: fails it when documents were read but none written, or when more than
 * {@code --maxDeadLetteredShare} of them were dead-lettered, naming the counts per stage and reason
 * (from {@code _report/report.json}).
 */
final class DeadLetterShare {
  private DeadLetterShare() {}

  /** Too many documents were dead-lettered; the tables are written but the run does not count as done. */
  static final class TooMany extends RuntimeException {
    TooMany(String message) {
      super(message);
    }
  }

  static void check(String output, double maxShare) throws IOException {
    JsonNode report;
    try (InputStream in = Channels.newInputStream(
        FileSystems.open(FileSystems.matchNewResource(output + "/_report/report.json", false)))) {
      report = new ObjectMapper().readTree(in);
    }
    String message = verdict(report, maxShare, output);
    if (message != null) {
      throw new TooMany(message);
    }
  }

  /** The failure message for {@code report}, or null when the run is fine. */
  static String verdict(JsonNode report, double maxShare, String output) {
    long read = report.at("/documents/read").asLong();
    long written = report.at("/documents/written").asLong();
    long dead = report.at("/documents/dead_lettered").asLong();
    String what;
    if (written == 0) {
      what = read == 0 ? "no document was read" : "all " + read + " documents read were dead-lettered, none written";
    } else if (read > 0 && (double) dead / read > maxShare) {
      what = String.format(java.util.Locale.ROOT, "%d of %d documents read (%.1f%%) were dead-lettered, more than"
          + " --maxDeadLetteredShare=%s", dead, read, 100.0 * dead / read, maxShare);
    } else {
      return null;
    }
    String hint = report.at("/dead_letters/read/missing-content").asLong() > 0
        ? " Records without a content field: name the JSON field that holds the text or HTML with --jsonContentFields"
            + " or --jsonHtmlFields (a dotted path reaches into nested objects: --jsonHtmlFields=raw_response.content)."
        : "";
    return what + "; dead letters by stage/reason: " + reasons(report) + "." + hint + " The tables in " + output
        + " are written (see " + output + "/dead_letter/ and _report/report.html) but the run is marked failed (no _SUCCESS).";
  }

  private static String reasons(JsonNode report) {
    List<String> out = new ArrayList<>();
    JsonNode stages = report.path("dead_letters");
    for (Iterator<Map.Entry<String, JsonNode>> s = stages.fields(); s.hasNext(); ) {
      Map.Entry<String, JsonNode> stage = s.next();
      for (Iterator<Map.Entry<String, JsonNode>> r = stage.getValue().fields(); r.hasNext(); ) {
        Map.Entry<String, JsonNode> reason = r.next();
        out.add(stage.getKey() + "/" + reason.getKey() + " " + reason.getValue().asLong());
      }
    }
    return out.isEmpty() ? "none" : String.join(", ", out);
  }
}
