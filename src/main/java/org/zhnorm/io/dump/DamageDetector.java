package org.zhnorm.io.dump;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Damage the repairs leave: detected and scored, not repaired (docs/REPAIRS.md). */
final class DamageDetector {
  private DamageDetector() {}

  private static final Pattern KUNJINKAO = Pattern.compile("(?:锟斤拷|烫烫烫|屯屯屯)+");
  private static final Pattern LATIN1 = Pattern.compile(
      "[\\u00C0-\\u00FF][\\u0080-\\u00FF\\u0152\\u0153\\u0160\\u0161\\u0178\\u017D\\u017E\\u0192\\u02C6\\u02DC"
          + "\\u2013\\u2014\\u2018-\\u201E\\u2020-\\u2022\\u2026\\u2030\\u2039\\u203A\\u20AC\\u2122]{2,}");

  /** Damage flag to number of damaged characters. */
  static Map<String, Long> damage(String text) {
    Map<String, Long> flags = new LinkedHashMap<>();
    long fffd = text.chars().filter(c -> c == 0xFFFD).count();
    put(flags, RepairChain.FLAG_REPLACEMENT, fffd);
    if (text.indexOf('锟') >= 0 || text.indexOf('烫') >= 0 || text.indexOf('屯') >= 0) {
      put(flags, RepairChain.FLAG_KUNJINKAO, matchedChars(KUNJINKAO, text));
    }
    if (hasCharIn(text, '\u00C0', '\u00FF')) { // where every LATIN1 match starts
      put(flags, RepairChain.FLAG_LATIN1, matchedChars(LATIN1, text));
    }
    put(flags, RepairChain.FLAG_PRIVATE_USE, text.chars().filter(c -> c >= 0xE000 && c <= 0xF8FF).count());
    long[] utf8 = new long[1];
    Utf8AsGbkRepair.utf8Windows(text, false, utf8);
    put(flags, RepairChain.FLAG_UTF8_AS_GBK, utf8[0]);
    put(flags, RepairChain.FLAG_LOST_BYTES, lostBytes(text));
    return flags;
  }

  private static final Pattern QUESTION_IN_CJK = Pattern.compile("([^\\x00-\\x7F])\\?+(?=([^\\x00-\\x7F]))");

  /** '?' runs between non-ASCII characters of which one is rare: bytes lost in a bad conversion (鏄?笉). */
  static long lostBytes(String text) {
    if (text.indexOf('?') < 0) {
      return 0;
    }
    long n = 0;
    Matcher m = QUESTION_IN_CJK.matcher(text);
    while (m.find()) {
      if (CharData.frequency(m.group(1).codePointAt(0)) == 0 || CharData.frequency(m.group(2).codePointAt(0)) == 0) {
        n += m.end() - m.start();
      }
    }
    return n;
  }

  private static boolean hasCharIn(String text, char from, char to) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= from && c <= to) {
        return true;
      }
    }
    return false;
  }

  private static void put(Map<String, Long> m, String k, long v) {
    if (v > 0) {
      m.put(k, v);
    }
  }

  private static long matchedChars(Pattern p, String text) {
    long n = 0;
    Matcher m = p.matcher(text);
    while (m.find()) {
      n += m.end() - m.start();
    }
    return n;
  }
}
