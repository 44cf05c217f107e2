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
 *   <li>t + s = 0: simplified (nothing script-specific; t2s would change at most shared forms);
 *   <li>t + s &lt; {@value #MIN_EVIDENCE} (titles, short fields): traditional if s = 0,
 *       simplified if t = 0, else mixed;
 *   <li>t / (t + s) &ge; {@value #TRADITIONAL_SHARE}: traditional, with variant tw/hk (below);
 *   <li>t / (t + s) &le; {@value #SIMPLIFIED_SHARE}: simplified (a quoted name in Traditional
 *       does not make a Simplified article Traditional);
 *   <li>otherwise mixed.
 * </ul>
 *
 * <p>Variant: a Taiwan host (.tw, tw.*, known TW outlets) or a Hong Kong host (.hk, hk.*, known HK
 * outlets) decides. Without one, the text decides, from evidence that mainland-made Traditional
 * text (the seeds: converted by a tool, so they use Taiwan-standard character forms like 為 裡 群)
 * does not produce:
 *
 * <ul>
 *   <li>Hong Kong: occurrences of Cantonese particles (嘅 咗 喺 哋 冇 嚟 啲 嗰) and of HK-only
 *       variant forms: HKVariants values that are not TWVariants forms or keys, not STCharacters
 *       keys (that excludes Simplified look-alikes 兑 户 温 台) and not the OpenCC-standard forms
 *       {@code 濕 煙} (so: 説 綫 衞 閲 鋭 鈎 敍 枱 ...);
 *   <li>Taiwan: distinct Taiwan-vocabulary phrases, i.e. TWPhrasesRev keys whose tw2sp value differs
 *       (網路 軟體 資訊 影片 搜尋 列印 ...), minus {@link #NOT_TAIWAN_SPECIFIC}, words that
 *       TWPhrasesRev rewrites but that mainland text uses as well (建立, 即時, 文件 ...).
 * </ul>
 *
 * Each needs {@value #MIN_VARIANT_EVIDENCE} and must outnumber the other; otherwise plain
 * traditional. Character forms shared by Taiwan and mainland-made Traditional are not evidence.
 *
 * <p>Character standard (used to pick t2s or tw2s for plain traditional and mixed text, not for the
 * script label): occurrences of the Taiwan-standard member vs the OpenCC-standard member of the
 * TWVariants pairs in {@link #STANDARD_PAIRS} (為/爲, 裡/裏, 群/羣 ...). Most converters that make
 * Traditional pages from mainland text (the seeds) write Taiwan-standard forms, including 著 for
 * the particle zhe (著眼, 看著), which t2s keeps as 著 and tw2s turns into 着.
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
  /**
   * TWVariants pairs, OpenCC-standard form first, whose Taiwan form OpenCC-standard text does not
   * use (so not 才/纔, 吃/喫, 梁/樑 where the Taiwan form is common in both). 著/着 is left out: 著
   * is also the standard form of zhu.
   */
  static final String STANDARD_PAIRS = "爲為裏裡僞偽啓啟衆眾羣群牀床峯峰脣唇";
  private static final String CANTONESE = "嘅咗喺哋冇嚟啲嗰";
  /** OpenCC-standard Traditional forms that HKVariants lists as targets too. */
  private static final String NOT_HONG_KONG_SPECIFIC = "濕煙";
  /** TWPhrasesRev keys that are ordinary words in mainland-made Traditional text as well. */
  static final Set<String> NOT_TAIWAN_SPECIFIC =
      Set.of("建立", "效能", "整合", "通訊", "文件", "程序", "執行", "行程", "智慧", "互動", "即時",
          "資料", "品質", "對象");

  private final java.util.BitSet traditionalOnly = new java.util.BitSet();
  private final java.util.BitSet simplifiedOnly = new java.util.BitSet();
  private final java.util.BitSet hkOnly = new java.util.BitSet();
  /** Taiwan-vocabulary phrases (see class comment), for longest-match counting. */
  private final PhraseTable twPhrases;
  /** Longest Taiwan phrase starting with a given UTF-16 unit; 0 = none. */
  private final byte[] twPhraseMaxLen = new byte[65536];

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
            traditionalOnly.set(k.codePointAt(0));
          }
        });
    st.forEach(
        (k, v) -> {
          if (!v.contains(k) && !ts.containsKey(k)) {
            simplifiedOnly.set(k.codePointAt(0));
          }
        });
    Set<Integer> twForms = variantForms(twVariants);
    twVariants.entries().keySet().forEach(k -> twForms.add(k.codePointAt(0)));
    for (int c : variantForms(hkVariants)) {
      if (!twForms.contains(c)
          && !st.containsKey(new String(Character.toChars(c)))
          && NOT_HONG_KONG_SPECIFIC.indexOf(c) < 0) {
        hkOnly.set(c);
      }
    }
    for (int c : CANTONESE.codePoints().toArray()) {
      hkOnly.set(c);
    }
    Map<String, List<String>> twp = new java.util.HashMap<>();
    twPhrasesRev.entries().forEach(
        (k, v) -> {
          if (!v.get(0).equals(k) && !NOT_TAIWAN_SPECIFIC.contains(k)) {
            twp.put(k, v);
          }
        });
    this.twPhrases = new PhraseTable(twp.keySet());
    for (String k : twp.keySet()) {
      int i = k.charAt(0);
      twPhraseMaxLen[i] = (byte) Math.max(twPhraseMaxLen[i], Math.min(k.length(), 127));
    }
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
  record Evidence(
      int traditional,
      int simplified,
      int taiwan,
      int hongKong,
      int taiwanStandardForms,
      int openccStandardForms,
      @Nullable String hostRegion) {
    /** True when the text writes Taiwan-standard character forms (see class comment). */
    boolean taiwanStandard() {
      return taiwanStandardForms >= MIN_VARIANT_EVIDENCE && taiwanStandardForms > openccStandardForms;
    }
  }

  Evidence evidence(String text, @Nullable String sourceUri) {
    int t = 0;
    int s = 0;
    int tw = 0;
    int hk = 0;
    int twForms = 0;
    int openccForms = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (traditionalOnly.get(c)) {
        t++;
      } else if (simplifiedOnly.get(c)) {
        s++;
      }
      if (hkOnly.get(c)) {
        hk++;
      }
      int pair = STANDARD_PAIRS.indexOf(c);
      if (pair >= 0) {
        if (pair % 2 == 0) {
          openccForms++;
        } else {
          twForms++;
        }
      }
      i += Character.charCount(c);
    }
    Set<String> phrases = new HashSet<>();
    int[] prefixHash = new int[128];
    for (int i = 0; i < text.length(); ) {
      int len = Math.min(twPhraseMaxLen[text.charAt(i)], text.length() - i);
      for (int k = 0, h = 0; k < len; k++) {
        h = PhraseTable.extend(h, text.charAt(i + k));
        prefixHash[k + 1] = h;
      }
      while (len > 0 && !twPhrases.contains(text, i, len, prefixHash[len])) {
        len--;
      }
      if (len > 0) {
        phrases.add(text.substring(i, i + len));
        i += len;
      } else {
        i += DictGroup.codePointLength(text, i);
      }
    }
    tw += phrases.size();
    return new Evidence(t, s, tw, hk, twForms, openccForms, hostRegion(sourceUri));
  }

  String detect(String text, @Nullable String sourceUri) {
    return decide(evidence(text, sourceUri));
  }

  static String decide(Evidence e) {
    int total = e.traditional() + e.simplified();
    if (total == 0) {
      return SIMPLIFIED;
    }
    if (total < MIN_EVIDENCE) {
      if (e.traditional() == 0) {
        return SIMPLIFIED;
      }
      if (e.simplified() > 0) {
        return MIXED;
      }
    } else {
      double share = (double) e.traditional() / total;
      if (share <= SIMPLIFIED_SHARE) {
        return SIMPLIFIED;
      }
      if (share < TRADITIONAL_SHARE) {
        return MIXED;
      }
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
