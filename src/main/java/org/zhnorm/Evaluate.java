package org.zhnorm;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.zhnorm.eval.ClaimEvaluation;
import org.zhnorm.eval.DevSets;
import org.zhnorm.eval.GoldEvaluation;
import org.zhnorm.eval.GoldSet;
import org.zhnorm.eval.TextScore;
import org.zhnorm.eval.TitleMatch;
import org.zhnorm.io.DocIds;
import org.zhnorm.io.TableReader;
import org.zhnorm.options.RunnerDefaults;
import org.zhnorm.options.ZhnormOptions;
import org.zhnorm.text.extract.ClaimExtractor;
import org.zhnorm.text.extract.Sectioner;

/**
 * {@code zhnorm evaluate}: runs the real pipeline (DirectRunner) once over a gold set laid out like
 * cn_web_gold, the other dev sets and the seeds, then scores what it wrote: text P/R/F1 by
 * character bigrams and date accuracy per gold page, the dev sets' expected texts and snippets, and
 * claim precision/recall against the hand-checked seed claims.
 */
final class Evaluate {
  private Evaluate() {}

  /** Dev folders scored against their own gold; the rest only count leftovers. */
  private static final java.util.Set<String> SCORED_DIRS = java.util.Set.of(
      "cn_web_gold", "trafilatura", "readability_testpages", "newspaper", "newspaper4k", "goose3");

  static int run(String[] args, PrintStream stdout) throws IOException {
    Map<String, String> flags = new HashMap<>(Map.of(
        "gold", "../shared/corpus/dev/cn_web_gold", "dev", "../shared/corpus/dev", "seeds", "input"));
    for (String a : args) {
      int eq = a.indexOf('=');
      String name = a.startsWith("--") && eq > 2 ? a.substring(2, eq) : "";
      if (!flags.containsKey(name)) {
        throw new IllegalArgumentException("unknown flag '" + a + "'; evaluate takes --gold=DIR --dev=DIR --seeds=DIR"
            + " (use --dev= or --seeds= with nothing to leave a set out)");
      }
      flags.put(name, a.substring(eq + 1));
    }
    PrintStream out = new PrintStream(stdout, true, StandardCharsets.UTF_8);
    Path work = Files.createTempDirectory("zhnorm-evaluate");
    Path input = Files.createDirectories(work.resolve("input"));

    GoldSet gold = null;
    if (!flags.get("gold").isEmpty()) {
      Path dir = Path.of(flags.get("gold"));
      if (!Files.isDirectory(dir)) {
        throw new IllegalArgumentException("--gold=" + dir + " is not a folder (original/ + cleaned/ + date/)");
      }
      gold = GoldSet.load(dir);
      stage(input.resolve("gold"), gold.pages().values().stream().map(p -> Map.entry(p.id(), p.original())).toList());
    }
    List<DevSets.SnippetCase> snippets = new ArrayList<>();
    List<DevSets.ExpectedCase> expected = new ArrayList<>();
    Path dev = flags.get("dev").isEmpty() ? null : Path.of(flags.get("dev"));
    if (dev != null && Files.isDirectory(dev)) {
      if (Files.isDirectory(dev.resolve("trafilatura"))) {
        snippets.addAll(DevSets.trafilatura(dev.resolve("trafilatura")));
      }
      addIfPresent(expected, dev.resolve("readability_testpages"), () -> DevSets.readability(dev.resolve("readability_testpages")));
      addIfPresent(expected, dev.resolve("newspaper"), () -> DevSets.newspaper("newspaper", dev.resolve("newspaper")));
      addIfPresent(expected, dev.resolve("newspaper4k"), () -> DevSets.newspaper("newspaper4k", dev.resolve("newspaper4k")));
      addIfPresent(expected, dev.resolve("goose3"), () -> DevSets.goose3(dev.resolve("goose3")));
      List<Map.Entry<String, Path>> devFiles = new ArrayList<>();
      for (int i = 0; i < snippets.size(); i++) {
        devFiles.add(Map.entry("snippet-" + i, snippets.get(i).html()));
      }
      for (DevSets.ExpectedCase c : expected) {
        devFiles.add(Map.entry(c.set() + "-" + c.id(), c.html()));
      }
      stage(input.resolve("dev"), devFiles);
      // every other dev folder (Taiwan news, crawl formats, widget demos, encodings) is run too, for the
      // leftover counts: no gold there, but what the rules would still find is noise that got through
      try (Stream<Path> all = Files.walk(dev)) {
        List<Path> others = all.filter(Files::isRegularFile)
            .filter(f -> !SCORED_DIRS.contains(dev.relativize(f).getName(0).toString()))
            .filter(f -> !f.getFileName().toString().matches("(?i)LICENSE.*|README.*|.*\\.md"))
            .sorted().toList();
        List<Map.Entry<String, Path>> otherFiles = new ArrayList<>();
        for (Path f : others) {
          otherFiles.add(Map.entry(dev.relativize(f).toString().replace('/', '~'), f));
        }
        stage(input.resolve("other"), otherFiles);
      }
    }
    Path seeds = flags.get("seeds").isEmpty() ? null : Path.of(flags.get("seeds"));
    if (seeds != null) {
      List<Map.Entry<String, Path>> seedFiles = new ArrayList<>();
      try (Stream<Path> s = Files.list(seeds)) {
        s.filter(Files::isRegularFile).sorted().forEach(p -> seedFiles.add(Map.entry(p.getFileName().toString().split("[_.]")[0], p)));
      }
      stage(input.resolve("seeds"), seedFiles);
    }

    Path output = work.resolve("output");
    PipelineOptionsFactory.register(ZhnormOptions.class);
    ZhnormPipeline.run(PipelineOptionsFactory.fromArgs(RunnerDefaults.apply(new String[] {
        "--input=" + input, "--output=" + output, "--quiet"})).withValidation().as(ZhnormOptions.class));
    Map<String, Map<String, String>> texts = new HashMap<>();
    Map<String, Map<String, String>> dates = new HashMap<>();
    Map<String, Map<String, String>> titles = new HashMap<>();
    Map<String, Map<String, Long>> leftovers = new java.util.TreeMap<>();
    // a page merged as a duplicate is scored with the text of the page it was merged into
    Map<String, String> stagedById = new HashMap<>();
    try (Stream<Path> s = Files.walk(input)) {
      s.filter(Files::isRegularFile).forEach(f -> {
        String relative = input.relativize(f).toString();
        stagedById.put(DocIds.of(relative, 0), relative);
      });
    }
    for (GenericRecord r : TableReader.read(output, "documents")) {
      List<String> sources = new ArrayList<>();
      sources.add(input.relativize(Path.of(r.get("source_uri").toString())).toString());
      for (Object dup : (List<?>) r.get("duplicates")) {
        String staged = stagedById.get(dup.toString());
        if (staged != null) {
          sources.add(staged);
        }
      }
      for (String relative : sources) {
        Path source = Path.of(relative);
        String set = source.getParent().getFileName().toString();
        String id = source.getFileName().toString();
        texts.computeIfAbsent(set, k -> new HashMap<>()).put(id, r.get("text").toString());
        if (r.get("pub_time") != null) {
          dates.computeIfAbsent(set, k -> new HashMap<>()).put(id, r.get("pub_time").toString());
        }
        leftovers.computeIfAbsent(set, k -> new java.util.TreeMap<>());
        org.zhnorm.text.clean.Cleaner.standard().leftovers(r.get("text").toString())
            .forEach((rule, n) -> leftovers.get(set).merge(rule, n, Long::sum));
        if (r.get("title") != null) {
          titles.computeIfAbsent(set, k -> new HashMap<>()).put(id, r.get("title").toString());
        }
      }
    }

    if (gold != null) {
      GoldEvaluation.Report report = GoldEvaluation.score(texts.getOrDefault("gold", Map.of()), dates.getOrDefault("gold", Map.of()), gold);
      out.println("== gold set " + flags.get("gold") + ": text against gold (character bigrams), publish dates");
      out.println(report.toTable());
      out.printf(Locale.ROOT, "overall F1 %.3f (micro), mean F1 %.3f, lowest page F1 %.3f, date accuracy %.3f%n%n",
          report.overallF1(), report.meanF1(), report.minF1(), report.dateAccuracy());
    }
    Map<String, String> devTexts = texts.getOrDefault("dev", Map.of());
    if (!snippets.isEmpty()) {
      DevSets.SnippetScore total = new DevSets.SnippetScore(0, 0, 0, 0);
      for (int i = 0; i < snippets.size(); i++) {
        total = total.plus(DevSets.scoreSnippets(devTexts.getOrDefault("snippet-" + i, ""), snippets.get(i)));
      }
      out.printf(Locale.ROOT, "== trafilatura snippets: %d/%d 'with' snippets found (%.3f), %d/%d 'without' snippets absent (%.3f)%n%n",
          total.withFound(), total.withTotal(), total.recall(), total.withoutAbsent(), total.withoutTotal(), total.precision());
    }
    if (!expected.isEmpty()) {
      Map<String, TextScore> bySet = new LinkedHashMap<>();
      out.println("== expected texts");
      for (DevSets.ExpectedCase c : expected) {
        TextScore s = TextScore.of(devTexts.getOrDefault(c.set() + "-" + c.id(), ""), c.expected());
        bySet.merge(c.set(), s, TextScore::plus);
        out.printf(Locale.ROOT, "  %-12s %-28s P %.3f R %.3f F1 %.3f%n", c.set(), c.id(), s.precision(), s.recall(), s.f1());
      }
      bySet.forEach((set, s) -> out.printf(Locale.ROOT, "  %-12s %-28s P %.3f R %.3f F1 %.3f%n", set, "(micro)", s.precision(), s.recall(), s.f1()));
      out.println();
    }
    printTitleAccuracy(out, gold, titles, snippets, expected);
    printLeftovers(out, leftovers);
    ClaimEvaluation claims = new ClaimEvaluation(new Sectioner(), ClaimExtractor.standard());
    List<String> claimSummary = new ArrayList<>();
    if (seeds != null) {
      List<ClaimEvaluation.GoldClaim> claimGold = claimGold("/org/zhnorm/eval/seed_claims.tsv");
      out.println("== claims of the seeds against the hand-checked gold (org/zhnorm/eval/seed_claims.tsv)");
      ClaimEvaluation.Result r = claims.evaluate(texts.getOrDefault("seeds", Map.of()), claimGold);
      ClaimEvaluation.print(r, out);
      claimSummary.add(ClaimEvaluation.summary("seeds", r.overall()));
      out.println();
    }
    if (gold != null) {
      // claims of the gold main texts (cleaned/), so that the score is the extractor's, not the cleaner's
      String resource = "/org/zhnorm/eval/dev_claims.tsv";
      List<ClaimEvaluation.GoldClaim> claimGold = claimGold(resource);
      List<String> pages;
      try (Reader r = new InputStreamReader(Evaluate.class.getResourceAsStream(resource), StandardCharsets.UTF_8)) {
        pages = ClaimEvaluation.readPages(r, claimGold);
      }
      Map<String, String> docs = new java.util.TreeMap<>();
      for (String id : pages) {
        List<GoldSet.Page> hits = gold.pages().values().stream().filter(p -> p.id().startsWith(id)).toList();
        if (hits.size() != 1) {
          throw new IllegalArgumentException("dev claims gold page " + id + " matches " + hits.size() + " pages of --gold=" + flags.get("gold"));
        }
        docs.put(id, hits.get(0).text());
      }
      out.println("== claims of " + docs.size() + " gold main texts (cleaned/) against the hand-annotated gold (org/zhnorm/eval/dev_claims.tsv)");
      ClaimEvaluation.Result r = claims.evaluate(docs, claimGold);
      ClaimEvaluation.print(r, out);
      claimSummary.add(ClaimEvaluation.summary("dev_claims", r.overall()));
      out.println();
    }
    if (!claimSummary.isEmpty()) {
      out.println("== claims summary (P, R; unit, qualifier, currency and subject accuracy among matched claims)");
      out.println(ClaimEvaluation.SUMMARY_HEADER);
      claimSummary.forEach(out::println);
    }
    return 0;
  }

  /** Title accuracy per set against the titles the sets hold ({@link TitleMatch}), with the misses. */
  private static void printTitleAccuracy(PrintStream out, GoldSet gold, Map<String, Map<String, String>> titles,
      List<DevSets.SnippetCase> snippets, List<DevSets.ExpectedCase> expected) {
    out.println("== titles (TitleMatch: equal, or the gold page title is it plus site/section parts)");
    List<String[]> cases = new ArrayList<>(); // set, staged folder, staged id, gold title
    if (gold != null) {
      TitleMatch.envelopeTitles(gold).forEach((id, t) -> cases.add(new String[] {"cn_web_gold", "gold", id, t}));
    }
    for (int i = 0; i < snippets.size(); i++) {
      String t = DevSets.titleOf(snippets.get(i).html());
      if (TitleMatch.usable(t)) {
        cases.add(new String[] {"trafilatura", "dev", "snippet-" + i, t});
      }
    }
    for (DevSets.ExpectedCase c : expected) {
      String t = DevSets.titleOf(c.html());
      if (TitleMatch.usable(t)) {
        cases.add(new String[] {c.set(), "dev", c.set() + "-" + c.id(), t});
      }
    }
    Map<String, int[]> bySet = new LinkedHashMap<>();
    for (String[] c : cases) {
      String predicted = titles.getOrDefault(c[1], Map.of()).get(c[2]);
      boolean ok = TitleMatch.matches(predicted, c[3]);
      int[] n = bySet.computeIfAbsent(c[0], k -> new int[2]);
      n[0] += ok ? 1 : 0;
      n[1]++;
      if (!ok) {
        out.printf("  miss  %-12s %-40s gold %s | predicted %s%n", c[0], c[2], c[3], predicted);
      }
    }
    int right = 0;
    int total = 0;
    for (Map.Entry<String, int[]> e : bySet.entrySet()) {
      out.printf(Locale.ROOT, "  %-12s %d/%d%n", e.getKey(), e.getValue()[0], e.getValue()[1]);
      right += e.getValue()[0];
      total += e.getValue()[1];
    }
    out.printf(Locale.ROOT, "title accuracy %d/%d (%.3f)%n%n", right, total, total == 0 ? 0.0 : (double) right / total);
  }

  /**
   * Per rule family: lines of the written documents that the rule, run alone on them, would still
   * remove or rewrite (Cleaner#leftovers), per staged folder (gold, dev = scored dev sets, other =
   * every other dev folder, seeds) and in all.
   */
  private static void printLeftovers(PrintStream out, Map<String, Map<String, Long>> leftovers) {
    out.println("== leftovers: lines each rule would still remove or rewrite in the written documents");
    Map<String, Long> total = new java.util.TreeMap<>();
    leftovers.values().forEach(m -> m.forEach((k, v) -> total.merge(k, v, Long::sum)));
    java.util.List<String> sets = new ArrayList<>(leftovers.keySet());
    out.printf("  %-20s%s%8s%n", "rule", String.join("", sets.stream().map(x -> String.format("%8s", x)).toList()), "all");
    for (String rule : total.keySet()) {
      StringBuilder row = new StringBuilder(String.format("  %-20s", rule));
      for (String set : sets) {
        row.append(String.format("%8d", leftovers.get(set).getOrDefault(rule, 0L)));
      }
      out.println(row.append(String.format("%8d", total.get(rule))));
    }
    if (total.isEmpty()) {
      out.println("  (none: no inline, line or block rule finds anything more in " + leftovers.values().stream()
          .mapToInt(Map::size).count() + " folders' written documents)");
    }
    out.println();
  }

  private static List<ClaimEvaluation.GoldClaim> claimGold(String resource) throws IOException {
    try (Reader r = new InputStreamReader(Evaluate.class.getResourceAsStream(resource), StandardCharsets.UTF_8)) {
      return ClaimEvaluation.readGold(r);
    }
  }

  private interface Loader {
    List<DevSets.ExpectedCase> load() throws IOException;
  }

  private static void addIfPresent(List<DevSets.ExpectedCase> cases, Path dir, Loader loader) throws IOException {
    if (Files.isDirectory(dir)) {
      cases.addAll(loader.load());
    }
  }

  /** Copies the files into {@code dir}, each named by its id, so the output maps back to the case. */
  private static void stage(Path dir, List<Map.Entry<String, Path>> files) throws IOException {
    Files.createDirectories(dir);
    for (Map.Entry<String, Path> f : files) {
      Files.copy(f.getValue(), dir.resolve(f.getKey()));
    }
  }
}
