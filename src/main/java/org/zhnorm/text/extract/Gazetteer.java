package org.zhnorm.text.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Administrative divisions (province, city, county) from the bundled GB/T 2260 tables under
 * {@code org/zhnorm/gazetteer/}, matched in text by full name and by short form.
 *
 * <p>Short forms: provinces and prefecture-level units drop 省/市/自治区/地区/盟/自治州 (and the
 * ethnic names before 自治…); counties drop 县/市/旗/自治县/自治旗. District names (…区) are matched
 * only in full, because their short forms are ordinary words (和平, 新华, 城关). A short form
 * needs at least two characters, and a county's short form counts only when its province, its city
 * or its full name is also named in the sentence or section (乐亭 next to 唐山市, 新宁 in an article
 * about 新宁县), so that 资兴 inside 投资兴办 is not a place. Words listed in
 * {@code org/zhnorm/extract/place_stopwords.txt} are never short forms. Names shared by several divisions (朝阳区 in Beijing and in
 * Changchun) are resolved by context: a candidate whose province or city is also named in the
 * sentence, else in the section, wins; if context does not decide, the mention is left out
 * rather than guessed (except a province beats a city or county of the same short name).
 */
public final class Gazetteer {
  static final String DIR = "/org/zhnorm/gazetteer/";

  /** Names of ethnic groups as they appear in autonomous-area names (longest first where nested). */
  private static final List<String> ETHNIC_GROUPS =
      List.of(
          "维吾尔", "哈萨克", "柯尔克孜", "塔吉克", "乌孜别克", "塔塔尔", "俄罗斯", "达斡尔", "鄂温克", "鄂伦春", "蒙古", "朝鲜", "土家",
          "哈尼", "拉祜", "傈僳", "布依", "仡佬", "纳西", "景颇", "锡伯", "裕固", "东乡", "保安", "撒拉", "独龙", "普米", "阿昌",
          "德昂", "布朗", "基诺", "门巴", "珞巴", "毛南", "仫佬", "赫哲", "各", "壮", "回", "藏", "满", "苗", "彝", "佤", "傣",
          "侗", "瑶", "白", "黎", "羌", "土", "水", "畲", "怒", "京");

  record Division(String name, String code, int level, @Nullable String province, @Nullable String city) {}

  private final Map<String, List<Division>> byAlias = new HashMap<>();
  /** Every division's full name, sorted, so that a stem's names are found by {@link java.util.TreeSet#ceiling}. */
  private final java.util.TreeSet<String> names = new java.util.TreeSet<>();
  /** A division suffix a token may carry in place of its full name's (屯留县 for 屯留区). */
  private static final java.util.regex.Pattern SUFFIX =
      java.util.regex.Pattern.compile("(特别行政区|自治州|自治县|自治旗|自治区|林区|新区|地区|盟|县|市|区|旗|州|省)$");
  /** The aliases of a province or city name, for context checks; filled as names come up (threads share it). */
  private final Map<String, List<String>> mentionAliases = new ConcurrentHashMap<>();
  /** Every alias, for finding the longest one at each position of a text. */
  private final AliasTrie trie;

  private Gazetteer(List<Division> divisions, Set<String> stopwords) {
    for (Division d : divisions) {
      names.add(d.name());
      for (String alias : aliases(d)) {
        if (stopwords.contains(alias) && !alias.equals(d.name())) {
          continue;
        }
        List<Division> list = byAlias.computeIfAbsent(alias, k -> new ArrayList<>());
        if (!list.contains(d)) {
          list.add(d);
        }
      }
    }
    this.trie = new AliasTrie(byAlias.keySet());
  }

  /** Loads the bundled tables; fails fast if one is missing. */
  public static Gazetteer load() {
    Map<String, String> provinces = new HashMap<>();
    List<Division> all = new ArrayList<>();
    for (String[] f : csv("provinces.csv")) {
      provinces.put(f[0], f[1]);
      all.add(new Division(f[1], f[0], 1, f[1], null));
    }
    Map<String, String> cities = new HashMap<>();
    for (String[] f : csv("cities.csv")) {
      if (isPlaceholder(f[1])) {
        continue;
      }
      cities.put(f[0], f[1]);
      all.add(new Division(f[1], f[0], 2, provinces.get(f[2]), f[1]));
    }
    for (String[] f : csv("areas.csv")) {
      if (isPlaceholder(f[1])) {
        continue;
      }
      all.add(new Division(f[1], f[0], 3, provinces.get(f[3]), cities.get(f[2])));
    }
    return new Gazetteer(all, stopwords());
  }

  /** Resource listing short forms that are ordinary words. */
  public static final String STOPWORDS = "/org/zhnorm/extract/place_stopwords.txt";

  static List<String> stopwordLines() {
    InputStream in = Gazetteer.class.getResourceAsStream(STOPWORDS);
    if (in == null) {
      throw new IllegalStateException("missing bundled resource " + STOPWORDS);
    }
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line.strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static Set<String> stopwords() {
    return Set.copyOf(stopwordLines());
  }

  private static boolean isPlaceholder(String name) {
    return name.equals("市辖区") || name.equals("县") || name.startsWith("省直辖") || name.startsWith("自治区直辖");
  }

  private static List<String[]> csv(String file) {
    InputStream in = Gazetteer.class.getResourceAsStream(DIR + file);
    if (in == null) {
      throw new IllegalStateException("missing bundled resource " + DIR + file);
    }
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line = r.readLine(); // header
      while ((line = r.readLine()) != null) {
        if (!line.isBlank()) {
          rows.add(line.replace("\"", "").split(","));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  static Set<String> aliases(Division d) {
    Set<String> out = new LinkedHashSet<>();
    String n = d.name();
    out.add(n);
    String s = n;
    if (d.level() < 3) {
      s = s.replaceAll("(自治区|自治州|地区|盟|省|市)$", "");
    } else if (!n.endsWith("区")) {
      s = s.replaceAll("(自治县|自治旗|县|市|旗)$", "");
    }
    if (!s.equals(n) && n.contains("自治")) {
      boolean stripped = true;
      while (stripped) {
        stripped = false;
        for (String e : ETHNIC_GROUPS) {
          String suffix = e + "族";
          if (s.endsWith(suffix) && s.length() - suffix.length() >= 2) {
            s = s.substring(0, s.length() - suffix.length());
            stripped = true;
            break;
          }
        }
      }
    }
    if (s.length() >= 2) {
      out.add(s);
    }
    return out;
  }

  /**
   * Whether a token on its own (an item of a list, not running text) names a division: a full name,
   * or, with a division suffix (县, 市, 区, 旗, 自治县 …) stripped, a stem of two or more characters
   * that starts a full name ({@code 镇沅} -> 镇沅彝族哈尼族拉祜族自治县, {@code 屯留县} -> 屯留区).
   * Traditional tokens are converted first. No context is needed: the caller judges a whole list.
   */
  public boolean resolves(String token) {
    String t = token.strip();
    if (t.length() < 2 || t.length() > 12) {
      return false;
    }
    if (namesOrStarts(t)) {
      return true;
    }
    String s = com.github.houbb.opencc4j.util.ZhConverterUtil.toSimple(t);
    return !s.equals(t) && namesOrStarts(s);
  }

  private boolean namesOrStarts(String t) {
    if (names.contains(t)) {
      return true;
    }
    String stem = SUFFIX.matcher(t).replaceFirst("");
    if (stem.length() < 2) {
      return false;
    }
    String next = names.ceiling(stem);
    return next != null && next.startsWith(stem);
  }

  /** Places named in {@code text}, resolved with {@code text} then {@code context} as evidence. */
  public List<Place> find(String text, String context) {
    List<Place> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    char[] chars = text.toCharArray();
    int i = 0;
    while (i < chars.length) {
      int len = trie.longestAt(chars, i, chars.length);
      if (len == 0) {
        i++;
        continue;
      }
      String cand = text.substring(i, i + len);
      Division d = resolve(byAlias.get(cand), text, context);
      if (d != null && d.level() == 3 && !cand.equals(d.name()) && !confirmed(d, text, context)) {
        d = null; // a county short form (资兴 in 投资兴办, 友谊) needs its province, city or full name nearby
      }
      if (d != null && seen.add(d.code())) {
        out.add(
            new Place(
                cand,
                d.code(),
                d.province(),
                d.level() >= 2 ? d.city() : null,
                d.level() == 3 ? d.name() : null));
      }
      i += len; // the longest name there is taken whole, resolved or not
    }
    return out;
  }

  private @Nullable Division resolve(List<Division> ds, String text, String context) {
    if (ds.size() == 1) {
      return ds.get(0);
    }
    int best = 0;
    List<Division> top = new ArrayList<>();
    for (Division d : ds) {
      int score = score(d, text, 4) + score(d, context, 1);
      if (score > best) {
        best = score;
        top.clear();
      }
      if (score == best) {
        top.add(d);
      }
    }
    if (top.size() == 1) {
      return top.get(0);
    }
    List<Division> provinces = top.stream().filter(d -> d.level() == 1).toList();
    return provinces.size() == 1 ? provinces.get(0) : null;
  }

  private boolean confirmed(Division d, String text, String context) {
    return score(d, text, 1) + score(d, context, 1) > 0 || text.contains(d.name()) || context.contains(d.name());
  }

  private int score(Division d, String where, int weight) {
    int s = 0;
    if (d.level() > 1 && d.province() != null && mentions(where, d.province())) {
      s += weight;
    }
    if (d.level() > 2 && d.city() != null && mentions(where, d.city())) {
      s += weight;
    }
    return s;
  }

  private boolean mentions(String where, String name) {
    for (String a : mentionAliases.computeIfAbsent(name, n ->
        List.copyOf(aliases(new Division(n, "", n.endsWith("省") || n.endsWith("区") ? 1 : 2, null, null))))) {
      if (where.contains(a)) {
        return true;
      }
    }
    return false;
  }
}
