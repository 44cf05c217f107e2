package org.zhnorm.io.dump;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Damage repair after decoding: an ordered list of repairs with stable ids, applied until the text
 * stops changing, then damage detection ({@link DamageDetector}). Each repair is one class with one job
 * ({@code NumericEntityRepair}, ...); their order is data, {@code src/main/resources/org/zhnorm/dump/repairs.txt}.
 * docs/REPAIRS.md's table of repairs is rendered from them by {@link RepairsCatalog} and checked by a test.
 */
public final class RepairChain {
  /** A repair: returns the repaired text and adds the number of repairs to {@code count}. */
  interface Repair {
    /** The stable id: the key of {@link Result#repairs}, traces and counters. */
    String id();

    /** What it repairs, for docs/REPAIRS.md. */
    String description();

    /** A real example, {@code damaged -> repaired}, for docs/REPAIRS.md. */
    String example();

    String apply(String text, long[] count);
  }

  /** Every repair there is; {@link #standard()} takes them in the order of the resource. */
  static final List<Repair> ALL = List.of(new NumericEntityRepair(), new GbkAsLatin1Repair(), new InvisibleCharsRepair(),
      new Utf8AsGbkRepair(), new GbkByteShiftRepair(), new HanQuestionDotRepair(), new FullwidthAsciiRepair());

  static final String ORDER = "/org/zhnorm/dump/repairs.txt";

  /** Repaired text, repairs per rule id, damage score and flags. */
  public record Result(String text, Map<String, Long> repairs, double damageScore, List<String> flags) {}

  /** One change made by a rule, for tracing. */
  public record TraceEntry(String ruleId, String before, String after) {}

  public static final String INVISIBLE = "invisible-chars";
  public static final String NUMERIC_ENTITY = "numeric-entity";
  public static final String UTF8_AS_GBK = "utf8-as-gbk";
  public static final String GBK_AS_LATIN1 = "gbk-as-latin1";
  public static final String GBK_BYTE_SHIFT = "gbk-byte-shift";
  public static final String HAN_QUESTION_DOT = "han-question-dot";
  public static final String FULLWIDTH_ASCII = "fullwidth-ascii";

  public static final String FLAG_REPLACEMENT = "replacement-chars";
  public static final String FLAG_KUNJINKAO = "kun-jin-kao";
  public static final String FLAG_LATIN1 = "mojibake-latin1";
  public static final String FLAG_UTF8_AS_GBK = "mojibake-utf8-as-gbk";
  public static final String FLAG_PRIVATE_USE = "private-use-chars";
  public static final String FLAG_LOST_BYTES = "lost-bytes";

  private static final int MAX_PASSES = 4;

  private final List<Repair> rules;

  private RepairChain(List<Repair> rules) {
    this.rules = List.copyOf(rules);
  }

  /** The standard chain, in the order of {@code repairs.txt}; fails fast on a missing resource or an unknown id. */
  public static RepairChain standard() {
    return new RepairChain(order());
  }

  static List<Repair> order() {
    List<Repair> out = new ArrayList<>();
    try (InputStream in = RepairChain.class.getResourceAsStream(ORDER)) {
      if (in == null) {
        throw new IllegalStateException("missing bundled resource " + ORDER);
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String id = line.strip();
        if (id.isEmpty() || id.startsWith("#")) {
          continue;
        }
        out.add(ALL.stream().filter(r -> r.id().equals(id)).findFirst()
            .orElseThrow(() -> new IllegalStateException(ORDER + " names an unknown repair '" + id + "'")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + ORDER, e);
    }
    return out;
  }

  /** The repairs of this chain, in order. */
  List<Repair> repairs() {
    return rules;
  }

  public List<String> ruleIds() {
    return rules.stream().map(Repair::id).toList();
  }

  public Result apply(String text) {
    return run(text, null);
  }

  /** Applies the chain and records every change each rule made. */
  public List<TraceEntry> trace(String text) {
    List<TraceEntry> trace = new ArrayList<>();
    run(text, trace);
    return trace;
  }

  private Result run(String text, List<TraceEntry> trace) {
    Map<String, Long> counts = new TreeMap<>();
    String current = text;
    for (int pass = 0; pass < MAX_PASSES; pass++) {
      String before = current;
      for (Repair r : rules) {
        long[] c = new long[1];
        String next = r.apply(current, c);
        if (!next.equals(current)) {
          if (c[0] == 0) {
            c[0] = 1;
          }
          counts.merge(r.id(), c[0], Long::sum);
          if (trace != null) {
            trace.add(new TraceEntry(r.id(), current, next));
          }
          current = next;
        }
      }
      if (current.equals(before)) {
        break;
      }
    }
    Map<String, Long> flags = DamageDetector.damage(current);
    long damaged = flags.values().stream().mapToLong(Long::longValue).sum();
    long visible = current.codePoints().filter(cp -> !Character.isWhitespace(cp)).count();
    double score = visible == 0 ? 0.0 : Math.min(1.0, (double) damaged / visible);
    return new Result(current, Collections.unmodifiableMap(counts), score, List.copyOf(flags.keySet()));
  }
}
