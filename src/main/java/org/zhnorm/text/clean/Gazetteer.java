package org.zhnorm.text.clean;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chinese administrative division names (provinces, prefecture and county level) from the bundled
 * {@code /org/zhnorm/gazetteer/*.csv} (shared with the claim extractor). A token resolves when it is a full name, or, with a division suffix
 * (县, 市, 区, 旗, 自治县 …) stripped, a stem of two or more characters that starts a full name
 * ({@code 镇沅} -> 镇沅彝族哈尼族拉祜族自治县, {@code 屯留县} -> 屯留区). Traditional tokens are converted first.
 */
final class Gazetteer {
  private static final Pattern NAME = Pattern.compile("^[0-9]+,\"([^\"]+)\"");
  private static final Pattern SUFFIX =
      Pattern.compile("(特别行政区|自治州|自治县|自治旗|自治区|林区|新区|地区|盟|县|市|区|旗|州|省)$");
  private static final Set<String> NOT_NAMES = Set.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划");
  private final Set<String> names = new HashSet<>();
  private final Set<String> prefixes = new HashSet<>();

  Gazetteer() {
    for (String file : List.of("provinces.csv", "cities.csv", "areas.csv")) {
      for (String row : RuleData.rawLinesAt("/org/zhnorm/gazetteer/" + file)) {
        Matcher m = NAME.matcher(row);
        if (m.find() && !NOT_NAMES.contains(m.group(1))) {
          String name = m.group(1);
          names.add(name);
          for (int i = 2; i <= name.length(); i++) {
            prefixes.add(name.substring(0, i));
          }
        }
      }
    }
    if (names.size() < 2000) {
      throw new IllegalStateException("gazetteer too small: " + names.size() + " names");
    }
  }

  boolean resolves(String token) {
    String t = token.strip();
    if (t.length() < 2 || t.length() > 12) {
      return false;
    }
    if (check(t)) {
      return true;
    }
    String s = ZhConverterUtil.toSimple(t);
    return !s.equals(t) && check(s);
  }

  private boolean check(String t) {
    if (names.contains(t)) {
      return true;
    }
    String stem = SUFFIX.matcher(t).replaceFirst("");
    return stem.length() >= 2 && prefixes.contains(stem);
  }
}
