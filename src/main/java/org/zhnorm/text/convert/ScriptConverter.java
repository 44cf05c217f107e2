package org.zhnorm.text.convert;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Converts text to Simplified Chinese following OpenCC's own chains (t2s, tw2s, tw2sp, hk2s) with
 * OpenCC's current dictionaries (bundled under org/zhnorm/opencc, see PROVENANCE), each dictionary
 * step running on opencc4j (see {@link OpenccStage}).
 *
 * <p>Build once with {@link #load()} (reads the dictionaries and warms up every chain); the
 * instance is then immutable and safe to share between threads.
 *
 * <p>Auto mode ({@code forced == null}) detects the script per document ({@link ScriptDetector})
 * and picks the chain:
 *
 * <ul>
 *   <li>simplified: unchanged, chain {@code none};
 *   <li>traditional and mixed: {@code tw2s} when the text writes Taiwan-standard character forms
 *       (為 裡 群 ..., see {@link ScriptDetector}), as converters that turn mainland text into
 *       Traditional do (the seeds); else {@code t2s}. The difference that matters is 著: in
 *       Taiwan-standard text it is also the particle zhe (著眼, 看著), which only tw2s turns into
 *       着 (t2s keeps 著, as OpenCC 1.1.6 does); in OpenCC-standard text 著 is only zhu and tw2s
 *       would over-convert it (土著 -> 土着);
 *   <li>traditional-hk: {@code hk2s};
 *   <li>traditional-tw: {@code tw2sp} when the source host is Taiwanese, else {@code tw2s}. tw2sp
 *       also rewrites Taiwan vocabulary into mainland vocabulary (軟體->软件, 資料庫->数据库), which
 *       is what the downstream mainland-trained segmenter and domain dictionary expect; but several
 *       of its phrases are ordinary words in mainland-made Traditional text too (互動->交互,
 *       品質->质量), so it is applied only when the host says the page is from Taiwan, not on
 *       text evidence alone.
 * </ul>
 */
public final class ScriptConverter {
  /** Chain id recorded when nothing is converted. */
  public static final String NONE = "none";

  private final Map<Chain, OpenccChain> chains;
  private final ScriptDetector detector;

  private ScriptConverter(Map<Chain, OpenccChain> chains, ScriptDetector detector) {
    this.chains = chains;
    this.detector = detector;
  }

  /** Loads the bundled dictionaries, builds the chains and warms them up. Fails fast. */
  public static ScriptConverter load() {
    OpenccDictionary compat = OpenccDictionary.load("CJK_Compatibility_Ideographs.txt");
    OpenccDictionary tsPhrases = OpenccDictionary.load("TSPhrases.txt");
    OpenccDictionary tsCharacters = OpenccDictionary.load("TSCharacters.txt");
    OpenccDictionary tsCharactersExt = OpenccDictionary.tofuRiskExtension("TSCharacters.txt");
    OpenccDictionary stCharacters = OpenccDictionary.load("STCharacters.txt");
    OpenccDictionary twPhrasesRev = OpenccDictionary.load("TWPhrasesRev.txt");
    OpenccDictionary twVariants = OpenccDictionary.load("TWVariants.txt");
    OpenccDictionary twVariantsRev = twVariants.reversed("TWVariantsRev");
    OpenccDictionary twVariantsRevPhrases = OpenccDictionary.load("TWVariantsRevPhrases.txt");
    OpenccDictionary hkVariants = OpenccDictionary.load("HKVariants.txt");
    OpenccDictionary hkVariantsRev = hkVariants.reversed("HKVariantsRev");
    OpenccDictionary hkVariantsRevPhrases = OpenccDictionary.load("HKVariantsRevPhrases.txt");

    // Chains as declared in config/{t2s,tw2s,tw2sp,hk2s}.json. TSCharactersExt is generated from
    // TSCharacters' @tofu-risk entries, as OpenCC's build does (see PROVENANCE).
    OpenccStage normalization = new OpenccStage("normalize", new DictGroup(List.of(compat)));
    OpenccStage ts = new OpenccStage("ts", new DictGroup(List.of(tsPhrases, tsCharactersExt, tsCharacters)));
    Map<Chain, OpenccChain> chains = new EnumMap<>(Chain.class);
    chains.put(Chain.T2S, new OpenccChain("t2s", normalization, tsPhrases, List.of(ts)));
    chains.put(
        Chain.TW2S,
        new OpenccChain(
            "tw2s",
            normalization,
            tsPhrases,
            List.of(
                new OpenccStage("tw-rev", new DictGroup(List.of(twVariantsRevPhrases, twVariantsRev))),
                ts)));
    chains.put(
        Chain.TW2SP,
        new OpenccChain(
            "tw2sp",
            normalization,
            tsPhrases,
            List.of(
                new OpenccStage(
                    "twp-rev",
                    new DictGroup(List.of(twPhrasesRev, twVariantsRevPhrases, twVariantsRev))),
                ts)));
    chains.put(
        Chain.HK2S,
        new OpenccChain(
            "hk2s",
            normalization,
            tsPhrases,
            List.of(
                new OpenccStage("hk-rev", new DictGroup(List.of(hkVariantsRevPhrases, hkVariantsRev))),
                ts)));
    ScriptDetector detector =
        new ScriptDetector(tsCharacters, stCharacters, twVariants, hkVariants, twPhrasesRev);
    ScriptConverter converter = new ScriptConverter(chains, detector);
    // Warm up opencc4j's lazily initialised singletons (Instances.singleton of its unit converter)
    // here, single-threaded, before the instance is shared.
    String sample = "乾淨的餅乾，看著軟體裡的資料庫。𠀀說綫";
    for (Chain c : Chain.values()) {
      converter.convert(sample, c);
    }
    converter.convert(sample, "https://example.com.tw/", null);
    return converter;
  }

  /**
   * Converts one document. {@code forced == null}: detect the script and pick the chain (see the
   * class comment); otherwise apply {@code forced}. The script is always the detected one.
   */
  public Conversion convert(String text, @Nullable String sourceUri, @Nullable Chain forced) {
    ScriptDetector.Evidence evidence = detector.evidence(text, sourceUri);
    String script = ScriptDetector.decide(evidence);
    Chain chain = forced != null ? forced : autoChain(script, evidence);
    if (chain == null) {
      return new Conversion(text, script, NONE);
    }
    return new Conversion(convert(text, chain), script, chain.id());
  }

  /**
   * The detected script alone (simplified, traditional, traditional-tw, traditional-hk, mixed),
   * for {@code --conversion=none}, where documents are not converted but the script is recorded.
   */
  public String detectScript(String text, @Nullable String sourceUri) {
    return ScriptDetector.decide(detector.evidence(text, sourceUri));
  }

  /**
   * Trace mode for debugging and reports: the text after each step of {@code chain} (normalize,
   * then the chain's dictionary groups, e.g. tw-rev, ts), in order; the last one is the result.
   */
  public java.util.LinkedHashMap<String, String> trace(String text, Chain chain) {
    java.util.LinkedHashMap<String, String> steps = new java.util.LinkedHashMap<>();
    for (String[] step : chains.get(chain).trace(text)) {
      steps.put(step[0], step[1]);
    }
    return steps;
  }

  /** Applies exactly one chain. */
  public String convert(String text, Chain chain) {
    return chains.get(chain).convert(text);
  }

  private static @Nullable Chain autoChain(String script, ScriptDetector.Evidence evidence) {
    switch (script) {
      case ScriptDetector.SIMPLIFIED:
        return null;
      case ScriptDetector.TRADITIONAL_HK:
        return Chain.HK2S;
      case ScriptDetector.TRADITIONAL_TW:
        return ScriptDetector.TRADITIONAL_TW.equals(evidence.hostRegion()) ? Chain.TW2SP : Chain.TW2S;
      default:
        return evidence.taiwanStandard() ? Chain.TW2S : Chain.T2S;
    }
  }
}
