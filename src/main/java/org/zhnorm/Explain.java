package org.zhnorm;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.zhnorm.io.dump.CharsetResolver;
import org.zhnorm.io.dump.DumpParser;
import org.zhnorm.io.dump.ParsedRecord;
import org.zhnorm.io.dump.ReadFailure;
import org.zhnorm.io.dump.RecordSink;
import org.zhnorm.io.html.HtmlExtractor;
import org.zhnorm.io.html.HtmlPage;
import org.zhnorm.text.clean.CleanResult;
import org.zhnorm.text.clean.Cleaner;
import org.zhnorm.text.clean.PageHints;
import org.zhnorm.text.clean.RuleTrace;
import org.zhnorm.text.convert.Conversion;
import org.zhnorm.text.convert.ScriptConverter;
import org.zhnorm.text.extract.Explainer;

/**
 * {@code zhnorm explain FILE}: the pipeline's libraries applied to one file, in the pipeline's order,
 * printing what each did. How a data engineer debugs a rule.
 */
final class Explain {
  private Explain() {}

  static int run(String[] args, PrintStream stdout) throws IOException {
    if (args.length != 1 || args[0].startsWith("--")) {
      throw new IllegalArgumentException("explain takes one FILE (a dump file: text, HTML, JSON lines, WARC)");
    }
    Path file = Path.of(args[0]);
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("no such file: " + file);
    }
    PrintStream out = new PrintStream(stdout, true, StandardCharsets.UTF_8);
    List<ParsedRecord> records = new ArrayList<>();
    new DumpParser(64L * 1024 * 1024).parse(file.getFileName().toString(), () -> Files.newInputStream(file), new RecordSink() {
      @Override
      public void record(ParsedRecord r) {
        records.add(r);
      }

      @Override
      public void failure(ReadFailure f) {
        out.printf("DEAD LETTER at %d: %s (%s)%n", f.offset(), f.reason(), f.detail());
      }
    });
    Cleaner cleaner = Cleaner.standard();
    ScriptConverter converter = ScriptConverter.load();
    Explainer explainer = Explainer.standard();
    for (ParsedRecord r : records) {
      out.printf("== document at %d: format %s, charset %s (%s), damage %.3f, repairs %s%n",
          r.offset(), r.format(), r.charset(), r.charsetReason(), r.damageScore(), r.repairs());
      if (r.format().equals("html") && r.offset() == 0) {
        printHtmlDrops(Files.readAllBytes(file), r.url(), out);
      }
      CleanResult c = cleaner.clean(r.text(), new PageHints(r.url(), r.title(), r.date()), true);
      out.println("-- rules");
      for (RuleTrace t : c.traces()) {
        out.printf("  %-24s %-9s %s%n", t.ruleId(), t.action(), oneLine(t.text()));
      }
      out.println("-- metadata");
      out.println("  title:       " + c.metadata().title());
      out.println("  pub_time:    " + c.metadata().pubTime());
      out.println("  source_name: " + c.metadata().sourceName());
      out.println("  editor:      " + c.metadata().editor());
      out.println("  reporter:    " + c.metadata().reporter());
      out.println("  author:      " + c.metadata().author());
      out.println("  found by:    " + c.metadata().foundBy());
      out.println("  flags:       " + c.flags());
      Conversion conv = converter.convert(c.text(), r.url(), null);
      out.printf("-- conversion: script %s, chain %s%n", conv.script(), conv.chain());
      out.println("-- text");
      out.println(conv.text());
      out.println("-- sections and claims");
      out.print(explainer.explain(conv.text()));
    }
    return 0;
  }

  /** Which of the page's lines the HTML extractor left out, and why (how a lost article is found). */
  private static void printHtmlDrops(byte[] bytes, String url, PrintStream out) {
    String markup = new CharsetResolver().resolve(bytes, List.of()).text();
    HtmlPage page = HtmlExtractor.standard().extract(markup, url);
    out.printf("-- html: text from %s%s; %d lines left out%n", page.source(),
        page.noArticle() == null ? "" : " (" + page.noArticle() + ")", page.dropped().size());
    for (String d : page.dropped()) {
      out.println("  " + oneLine(d));
    }
  }

  private static String oneLine(String s) {
    String t = s.replace("\n", "⏎");
    return t.length() > 120 ? t.substring(0, 117) + "..." : t;
  }

}
