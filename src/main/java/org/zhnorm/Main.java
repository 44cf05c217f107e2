package org.zhnorm;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.zhnorm.options.Flags;
import org.zhnorm.options.RunnerDefaults;
import org.zhnorm.options.ZhnormOptions;
import org.zhnorm.text.convert.Chain;
import org.zhnorm.text.convert.ScriptConverter;
import org.zhnorm.text.segment.WordSegmenter;

/** The {@code zhnorm} command line: run, explain, convert, segment, evaluate. */
public final class Main {
  static final String USAGE = """
      Usage: zhnorm COMMAND [FLAGS]

      Commands:
        run [--input=DIR|FILE|GLOB] [--output=DIR] [--overwrite] [--conversion=auto|t2s|tw2s|tw2sp|hk2s|none]
            [--runner=FlinkRunner|DirectRunner|SparkRunner] [any Beam or runner flag]
                          Run the pipeline on a crawl dump (default input/ to output/).
        explain FILE      Show, for one file, every rule that fired, the metadata, the final text,
                          the sections and the claims.
        convert [--config=t2s|tw2s|tw2sp|hk2s]
                          Convert stdin to Simplified script on stdout with the pipeline's converter.
        segment           Read lines on stdin, write each line's words separated by single spaces.
        evaluate [--gold=DIR] [--dev=DIR] [--seeds=DIR]
                          Run the pipeline over a gold set laid out like cn_web_gold (default
                          ../shared/corpus/dev/cn_web_gold), the dev sets and the seeds; print text
                          P/R/F1 and date accuracy per page, and claim precision/recall.
        help              This text; 'zhnorm run --help' lists every pipeline flag.
      """;

  private Main() {}

  /** Runs the command and always ends the JVM with its exit code, whatever runner threads are left. */
  public static void main(String[] args) {
    int code;
    try {
      code = run(args, System.out, System.err);
    } catch (Throwable t) {
      System.err.println("zhnorm: failed: " + ZhnormPipeline.rootCause(t));
      if (System.getenv("ZHNORM_DEBUG") != null) {
        t.printStackTrace();
      }
      code = 1;
    }
    System.out.flush();
    System.err.flush();
    System.exit(code);
  }

  static int run(String[] args, PrintStream out, PrintStream err) throws Exception {
    if (args.length == 0 || List.of("help", "--help", "-h").contains(args[0])) {
      out.print(USAGE);
      return args.length == 0 ? 2 : 0;
    }
    String[] rest = Arrays.copyOfRange(args, 1, args.length);
    try {
      return switch (args[0]) {
        case "run" -> runPipeline(rest, out);
        case "explain" -> Explain.run(rest, out);
        case "convert" -> convert(rest, out);
        case "segment" -> segment(rest, out);
        case "evaluate" -> Evaluate.run(rest, out);
        default -> {
          err.println("zhnorm: unknown command '" + args[0] + "'\n");
          err.print(USAGE);
          yield 2;
        }
      };
    } catch (ZhnormPipeline.RunFailed e) {
      return fail(err, args[0], e.getMessage(), e, 1);
    } catch (DeadLetterShare.TooMany e) {
      return fail(err, args[0], e.getMessage(), e, 3);
    } catch (IllegalArgumentException | IllegalStateException e) {
      return fail(err, args[0], e.getMessage(), e, 2);
    } catch (Exception e) {
      return fail(err, args[0], "failed: " + ZhnormPipeline.rootCause(e), e, 1);
    }
  }

  private static int fail(PrintStream err, String command, String message, Exception e, int code) {
    err.println("zhnorm " + command + ": " + message);
    if (System.getenv("ZHNORM_DEBUG") != null) {
      e.printStackTrace(err);
    }
    return code;
  }

  private static int runPipeline(String[] args, PrintStream out) throws IOException {
    if (Arrays.asList(args).contains("--help")) {
      Flags.printHelp(out);
      return 0;
    }
    for (String a : args) {
      if (a.startsWith("--help=")) {
        Flags.printHelp(out, a.substring("--help=".length()));
        return 0;
      }
    }
    PipelineOptionsFactory.register(ZhnormOptions.class);
    String[] flags = RunnerDefaults.apply(Flags.normalize(args));
    ZhnormOptions options = PipelineOptionsFactory.fromArgs(flags).withValidation().as(ZhnormOptions.class);
    ZhnormPipeline.run(options);
    out.println("zhnorm: wrote " + options.getOutput() + " (see " + options.getOutput() + "/_report/report.json)");
    return 0;
  }

  private static int convert(String[] args, PrintStream out) throws IOException {
    Chain chain = Chain.T2S;
    List<String> joined = new java.util.ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      boolean pair = args[i].equals("--config") && i + 1 < args.length && !args[i + 1].startsWith("--");
      joined.add(pair ? "--config=" + args[++i] : args[i]);
    }
    for (String a : joined) {
      if (!a.startsWith("--config=")) {
        throw new IllegalArgumentException("unknown flag '" + a + "'; use --config=t2s|tw2s|tw2sp|hk2s");
      }
      String id = a.substring("--config=".length()).replace(".json", "");
      try {
        chain = Chain.fromId(id);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--config=" + id + " is not allowed; use t2s, tw2s, tw2sp or hk2s");
      }
    }
    ScriptConverter converter = ScriptConverter.load();
    String text = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
    PrintStream utf8 = new PrintStream(out, true, StandardCharsets.UTF_8);
    utf8.print(converter.convert(text, chain));
    utf8.flush();
    return 0;
  }

  private static int segment(String[] args, PrintStream out) throws IOException {
    if (args.length > 0) {
      throw new IllegalArgumentException("segment takes no flags; it reads lines on stdin");
    }
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    WordSegmenter.load().segmentLines(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), writer);
    writer.flush();
    return 0;
  }
}
