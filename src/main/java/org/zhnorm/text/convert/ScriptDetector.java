package org.zhnorm.text.convert;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Per-document script detection from character evidence and the source host.
 *
 * <p>Character classes, derived once from OpenCC's tables:
 *
 * <ul>
 *   <li><b>traditional-only</b>: a TSCharacters key none of whose values is itself (it always
 *       changes under t2s) and that is not an STCharacters key (not itself a Simplified form), e.g.
 *       這 後 國 區; excludes 乾 (乾坤), 著, 餘 style characters valid in both.
 *   <li><b>simplified-only</b>: an STCharacters key none of whose values is itself and that is
 *       not a TSCharacters key, e.g. 这 国 区; excludes 干 后 里.
 * </ul>
 *
 * <p>Decision, with t = traditional-only count, s = simplified-only count:
 *
 * <ul>
 *   <li>t + s &lt; {@value #MIN_EVIDENCE}: simplified (nothing that t2s would reliably change);
 *   <li>t / (t + s) &ge; {@value #TRADITIONAL_SHARE}: traditional, with variant tw/hk (below);
 *   <li>t / (t + s) &le; {@value #SIMPLIFIED_SHARE}: simplified (a quoted name in Traditional
 *       does not make a Simplified article Traditional);
 *   <li>otherwise mixed.
 * </ul>
 *
 * <p>Variant: a Taiwan host (.tw, known TW outlets) or a Hong Kong host (.hk, known HK outlets)
 * decides. Without one, Hong Kong is chosen when HK-only variant characters (HKVariants forms that
 * Taiwan and OpenCC-standard text do not use: 説 綫 衞 啓 悦 税 ...) and Cantonese particles (嘅 咗
 * 喺 哋 冇 嚟 啲) reach {@value #MIN_VARIANT_EVIDENCE} and outnumber the Taiwan evidence; Taiwan
 * when Taiwan-only variant forms (TWVariants forms 裡 啟 ...) plus distinct Taiwan phrases
 * (TWPhrasesRev keys: 軟體 網路 資料庫 ...) reach {@value #MIN_VARIANT_EVIDENCE} and outnumber the
 * HK evidence.
 */
final class ScriptDetector {
  static final int MIN_EVIDENCE = 3;
  static final double TRADITIONAL_SHARE = 0.8;
  static final double SIMPLIFIED_SHARE = 0.2;
  static final int MIN_VARIANT_EVIDENCE = 3;

  static final String SIMPLIFIED = "simplified";
  static final String TRADITIONAL = "traditional";
  static final String TRADITIONAL_TW = "traditional-tw";
  static final String TRADITIONAL_HK = "traditional-hk";
  static final String MIXED = "mixed";

  /** Host suffixes of Taiwan outlets without a .tw domain (corpus/dev/tw_news_parser_specs etc.). */
  private static final List<String> TW_HOSTS =
      List.of(
          "udn.com", "chinatimes.com", "ettoday.net", "setn.com", "nownews.com", "storm.mg",
          "ltn.com.tw", "appledaily.com.tw", "tvbs.com.tw", "pixnet.net", "mirrormedia.mg",
          "newtalk.tw", "thenewslens.com", "businessweekly.com.tw", "cw.com.tw");
  /** Host suffixes of Hong Kong outlets without a .hk domain. */
  private static final List<String> HK_HOSTS =
      List.of("on.cc", "hk01.com", "mingpao.com", "hket.com", "stheadline.com", "am730.com.hk",
          "singtao.com", "inmediahk.net", "thestandnews.com", "now.com");
  private static final String CANTONESE = "嘅咗喺哋冇嚟啲";

  private final Set<Integer> traditionalOnly = new HashSet<>();
  private final Set<Integer> simplifiedOnly = new HashSet<>();
  private final Set<Integer> twOnly = new HashSet<>();
  private final Set<Integer> hkOnly = new HashSet<>();
  private final OpenccDictionary twPhrases;

  ScriptDetector(
      OpenccDictionary tsCharacters,
      OpenccDictionary stCharacters,
      OpenccDictionary twVariants,
      OpenccDictionary hkVariants,
      OpenccDictionary twPhrasesRev) {
    Map<String, List<String>> ts = tsCharacters.entries();
    Map<String, List<String>> st = stCharacters.entries();
    ts.forEach(
        (k, v) -> {
          if (!v.contains(k) && !st.containsKey(k)) {
            traditionalOnly.add(k.codePointAt(0));
          }
        });
    st.forEach(
        (k, v) -> {
          if (!v.contains(k) && !ts.containsKey(k)) {
            simplifiedOnly.add(k.codePointAt(0));
          }
        });
    Set<Integer> twForms = variantForms(twVariants);
    Set<Integer> hkForms = variantForms(hkVariants);
    for (int c : twForms) {
      if (!hkForms.contains(c)) {
        twOnly.add(c);
      }
    }
    for (int c : hkForms) {
      if (!twForms.contains(c)) {
        hkOnly.add(c);
      }
    }
    // HK forms that are also plain OpenCC-standard forms (keys of TWVariants, e.g. 啓 裏) are
    // shared with mainland-made Traditional text: keep them out of the HK evidence.
    twVariants.entries().keySet().forEach(k -> hkOnly.remove(k.codePointAt(0)));
    hkVariants.entries().keySet().forEach(k -> twOnly.remove(k.codePointAt(0)));
    this.twPhrases = twPhrasesRev;
  }

  /** Single-character values of a variants table that differ from their key. */
  private static Set<Integer> variantForms(OpenccDictionary variants) {
    Set<Integer> forms = new HashSet<>();
    variants.entries().forEach(
        (k, vs) -> {
          for (String v : vs) {
            if (!v.equals(k) && v.codePointCount(0, v.length()) == 1) {
              forms.add(v.codePointAt(0));
            }
          }
        });
    return forms;
  }

  /** Evidence counted on one document. */
  record Evidence(int traditional, int simplified, int taiwan, int hongKong, @Nullable String hostRegion) {}

  Evidence evidence(String text, @Nullable String sourceUri) {
    int t = 0;
    int s = 0;
    int tw = 0;
    int hk = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (traditionalOnly.contains(c)) {
        t++;
      } else if (simplifiedOnly.contains(c)) {
        s++;
      }
      if (twOnly.contains(c)) {
        tw++;
      } else if (hkOnly.contains(c) || CANTONESE.indexOf(c) >= 0) {
        hk++;
      }
      i += Character.charCount(c);
    }
    Set<String> phrases = new HashSet<>();
    for (int i = 0; i < text.length(); ) {
      int len = twPhrases.matchPrefix(text, i, text.length());
      if (len > 0) {
        phrases.add(text.substring(i, i + len));
        i += len;
      } else {
        i += DictGroup.codePointLength(text, i);
      }
    }
    tw += phrases.size();
    return new Evidence(t, s, tw, hk, hostRegion(sourceUri));
  }

  String detect(String text, @Nullable String sourceUri) {
    return decide(evidence(text, sourceUri));
  }

  static String decide(Evidence e) {
    int total = e.traditional() + e.simplified();
    if (total < MIN_EVIDENCE) {
      return SIMPLIFIED;
    }
    double share = (double) e.traditional() / total;
    if (share <= SIMPLIFIED_SHARE) {
      return SIMPLIFIED;
    }
    if (share < TRADITIONAL_SHARE) {
      return MIXED;
    }
    if (e.hostRegion() != null) {
      return e.hostRegion();
    }
    if (e.hongKong() >= MIN_VARIANT_EVIDENCE && e.hongKong() > e.taiwan()) {
      return TRADITIONAL_HK;
    }
    if (e.taiwan() >= MIN_VARIANT_EVIDENCE && e.taiwan() > e.hongKong()) {
      return TRADITIONAL_TW;
    }
    return TRADITIONAL;
  }

  /** traditional-tw / traditional-hk when the URL's host is in Taiwan / Hong Kong, else null. */
  static @Nullable String hostRegion(@Nullable String sourceUri) {
    if (sourceUri == null || sourceUri.isBlank()) {
      return null;
    }
    String host;
    try {
      host = URI.create(sourceUri.trim()).getHost();
    } catch (IllegalArgumentException e) {
      return null; // not a URI: no host evidence, the text decides
    }
    if (host == null) {
      return null;
    }
    host = host.toLowerCase(Locale.ROOT);
    if (host.endsWith(".tw") || host.startsWith("tw.") || matches(host, TW_HOSTS)) {
      return TRADITIONAL_TW;
    }
    if (host.endsWith(".hk") || host.startsWith("hk.") || matches(host, HK_HOSTS)) {
      return TRADITIONAL_HK;
    }
    return null;
  }

  private static boolean matches(String host, List<String> suffixes) {
    for (String s : suffixes) {
      if (host.equals(s) || host.endsWith("." + s)) {
        return true;
      }
    }
    return false;
  }
}
