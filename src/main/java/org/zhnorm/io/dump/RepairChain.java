package org.zhnorm.io.dump;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Damage repair after decoding: an ordered list of rules with stable ids (documented in
 * docs/REPAIRS.md), applied until the text stops changing, then damage detection.
 *
 * <p>Each rule is one small pure function that returns the new text and counts its repairs.
 */
public final class RepairChain {
  /** A repair rule: returns the repaired text and adds the number of repairs to {@code count}. */
  interface Rule {
    String id();

    String apply(String text, long[] count);
  }

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
  private static final Charset GB = CharsetResolver.gb18030();

  private final List<Rule> rules;

  private RepairChain(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** The standard chain, in order. */
  public static RepairChain standard() {
    return new RepairChain(List.of(
        rule(NUMERIC_ENTITY, RepairChain::numericEntities),
        rule(GBK_AS_LATIN1, RepairChain::gbkAsLatin1),
        rule(INVISIBLE, RepairChain::invisible),
        rule(UTF8_AS_GBK, RepairChain::utf8AsGbk),
        rule(GBK_BYTE_SHIFT, RepairChain::gbkByteShift),
        rule(HAN_QUESTION_DOT, RepairChain::hanQuestionDot),
        rule(FULLWIDTH_ASCII, RepairChain::fullwidthAscii)));
  }

  public List<String> ruleIds() {
    return rules.stream().map(Rule::id).toList();
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
      for (Rule r : rules) {
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
    Map<String, Long> flags = damage(current);
    long damaged = flags.values().stream().mapToLong(Long::longValue).sum();
    long visible = current.codePoints().filter(cp -> !Character.isWhitespace(cp)).count();
    double score = visible == 0 ? 0.0 : Math.min(1.0, (double) damaged / visible);
    return new Result(current, Collections.unmodifiableMap(counts), score, List.copyOf(flags.keySet()));
  }

  private static Rule rule(String id, java.util.function.BiFunction<String, long[], String> f) {
    return new Rule() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public String apply(String text, long[] count) {
        return f.apply(text, count);
      }
    };
  }

  // ---- numeric-entity ----------------------------------------------------------------------

  private static final Pattern ENTITY = Pattern.compile("&(?:amp;)?#(?:[xX]([0-9a-fA-F]{1,6})|([0-9]{1,7}));");

  static String numericEntities(String text, long[] count) {
    if (text.indexOf("&") < 0) {
      return text;
    }
    return replaceAll(ENTITY, text, m -> {
      int cp;
      try {
        cp = m.group(1) != null ? Integer.parseInt(m.group(1), 16) : Integer.parseInt(m.group(2));
      } catch (NumberFormatException e) {
        return null;
      }
      if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0) || cp > 0x10FFFF
          || (cp >= 0xD800 && cp <= 0xDFFF) || cp == '&') {
        return null;
      }
      count[0]++;
      return new String(Character.toChars(cp));
    });
  }

  // ---- invisible-chars ---------------------------------------------------------------------

  static boolean isInvisible(int c) {
    return c == 0xFEFF || (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2060 && c <= 0x2064) || (c >= 0x206A && c <= 0x206F) || c == 0x00AD
        || c == 0x180E || (c >= 0xFFF9 && c <= 0xFFFB) || c == 0x7F || (c >= 0x80 && c <= 0x9F)
        || (c < 0x20 && c != '\n' && c != '\t' && c != '\r');
  }

  static String invisible(String text, long[] count) {
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isInvisible(c)) {
        if (sb == null) {
          sb = new StringBuilder(text.length()).append(text, 0, i);
        }
        count[0]++;
      } else if (sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? text : sb.toString();
  }

  // ---- fullwidth-ascii ---------------------------------------------------------------------

  static String fullwidthAscii(String text, long[] count) {
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean fw = (c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ');
      if (fw) {
        if (sb == null) {
          sb = new StringBuilder(text.length()).append(text, 0, i);
        }
        sb.append((char) (c - 0xFEE0));
        count[0]++;
      } else if (sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? text : sb.toString();
  }

  // ---- han-question-dot --------------------------------------------------------------------

  /** Three or more runs of one or two Han characters joined by ASCII '?': a list (紅?綠?藍). */
  private static final Pattern LIST = Pattern.compile(
      "(?<![\\p{IsHan}?])\\p{IsHan}{1,2}(?:\\?\\p{IsHan}{1,2}){2,}(?![\\p{IsHan}?])");

  /** Three or more single Han characters joined by ASCII '?', inside any text (紅?綠?藍). */
  private static final Pattern SINGLE_LIST = Pattern.compile("\\p{IsHan}(?:\\?\\p{IsHan}){2,}");

  static String hanQuestionDot(String text, long[] count) {
    if (text.indexOf('?') < 0) {
      return text;
    }
    String single = replaceAll(SINGLE_LIST, text, m -> {
      String s = m.group();
      count[0] += s.chars().filter(ch -> ch == '?').count();
      return s.replace('?', '·');
    });
    String out = replaceAll(LIST, single, m -> {
      String s = m.group();
      count[0] += s.chars().filter(ch -> ch == '?').count();
      return s.replace('?', '·');
    });
    StringBuilder sb = new StringBuilder(out);
    for (int i = 0; i < sb.length(); i++) {
      if (sb.charAt(i) == '?' && translitRun(sb, i - 1, -1) >= 2 && translitRun(sb, i + 1, 1) >= 2) {
        sb.setCharAt(i, '·');
        count[0]++;
      }
    }
    return sb.toString();
  }

  private static int translitRun(CharSequence s, int from, int step) {
    int n = 0;
    for (int i = from; i >= 0 && i < s.length() && CharData.isTransliteration(s.charAt(i)); i += step) {
      n++;
    }
    return n;
  }

  // ---- gbk-byte-shift ----------------------------------------------------------------------

  /** The longest stretch of shifted characters gbk-byte-shift tries to restore after one '?'. */
  static final int MAX_SHIFT_RUN = 16;

  static String gbkByteShift(String text, long[] count) {
    StringBuilder out = null;
    int copied = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '?' && c != '\uFFFD') {
        continue;
      }
      int end = i + 1;
      while (end < text.length() && end - i <= 200 && shiftRunChar(text.charAt(end))) {
        end++;
      }
      if (end - (i + 1) < 3) {
        continue;
      }
      // the shifted stretch ends where decoding falls back into step, so the run may go on into
      // good text: take the longest prefix (up to MAX_SHIFT_RUN characters) that verifies
      // ASCII after the first character is a single byte: decoding is back in step before it
      int limit = Math.min(end - (i + 1), MAX_SHIFT_RUN);
      for (int k = i + 2; k < i + 1 + limit; k++) {
        if (text.charAt(k) < 0x80) {
          limit = k - (i + 1);
          break;
        }
      }
      String fixed = null;
      for (int len = limit; len >= 3 && fixed == null; len--) {
        fixed = unshift(text.substring(i + 1, i + 1 + len));
        if (fixed != null) {
          end = i + 1 + len;
        }
      }
      if (fixed == null) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length());
      }
      out.append(text, copied, i).append(fixed);
      copied = end;
      count[0]++;
      i = end - 1;
    }
    if (out == null) {
      return text;
    }
    return out.append(text, copied, text.length()).toString();
  }

  private static boolean shiftRunChar(char c) {
    if (c < 0x80) {
      return c > 0x20 && !Character.isLetterOrDigit(c) && c != '?';
    }
    return !Character.isWhitespace(c) && c != '\uFFFD' && c != '？' && !Character.isSurrogate(c);
  }

  /** Re-decodes {@code run} with one lost GBK lead byte restored; null unless verified and unique. */
  static String unshift(String run) {
    boolean suspect = false;
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    for (int k = 0; k < run.length(); k++) {
      char c = run.charAt(k);
      if (c == '€') {
        bytes.write(0x80); // cp936 decodes a lone 0x80 as the euro sign
        suspect = true;
        continue;
      }
      char w = c < 0x80 ? (char) (c + 0xFEE0) : c; // full-width form (may have been folded upstream)
      byte[] b = encode2(w);
      if (b == null) {
        return null;
      }
      bytes.writeBytes(b);
      if (c >= 0x80 && CharData.frequency(c) == 0) {
        suspect = true;
      }
    }
    if (!suspect) {
      return null;
    }
    byte[] shifted = bytes.toByteArray();
    String best = null;
    long bestFreq = 0;
    long secondFreq = 0;
    byte[] candidate = new byte[shifted.length + 1];
    System.arraycopy(shifted, 0, candidate, 1, shifted.length);
    for (int lead = 0x81; lead <= 0xFE; lead++) {
      candidate[0] = (byte) lead;
      String s = strictDecode(candidate, GB);
      if (s == null || s.isEmpty()) {
        continue;
      }
      boolean common = s.codePoints().allMatch(cp -> CharData.frequency(cp) > 0);
      if (!common) {
        continue;
      }
      long f = CharData.frequency(s.codePointAt(0));
      if (f > bestFreq) {
        secondFreq = bestFreq;
        bestFreq = f;
        best = s;
      } else if (f > secondFreq) {
        secondFreq = f;
      }
    }
    // Never guess: the restored character must be clearly the most frequent candidate.
    if (best == null || bestFreq < 2 * secondFreq) {
      return null;
    }
    return best;
  }

  // ---- utf8-as-gbk ---------------------------------------------------------------------------

  static String utf8AsGbk(String text, long[] count) {
    return utf8Windows(text, true, count);
  }

  /**
   * Finds stretches of double-byte GBK characters whose bytes are valid UTF-8 ending on a
   * character boundary, hold at least one rare character and decode to at least two characters.
   * With {@code repair}, replaces those whose UTF-8 reading is all common characters and counts
   * them; without, counts the characters of the stretches that could not be verified.
   */
  private static String utf8Windows(String text, boolean repair, long[] count) {
    StringBuilder out = null;
    int copied = 0;
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c < 0x80 || Character.isSurrogate(c)) {
        i++;
        continue;
      }
      byte[] bytes = encode2(c);
      if (bytes == null || (bytes[1] & 0xFF) < 0x80) {
        i++;
        continue;
      }
      // longest prefix from i whose bytes are valid UTF-8 on a character boundary
      java.io.ByteArrayOutputStream acc = new java.io.ByteArrayOutputStream();
      int need = 0;
      int end = -1;
      boolean rare = false;
      boolean rareAtEnd = false;
      for (int j = i; j < n && j - i < 400; j++) {
        char d = text.charAt(j);
        byte[] e = d < 0x80 ? null : encode2(d);
        if (e == null) {
          break;
        }
        boolean ok = true;
        for (byte x : e) {
          int v = x & 0xFF;
          if (need == 0) {
            if (v >= 0xC2 && v <= 0xDF) {
              need = 1;
            } else if (v >= 0xE0 && v <= 0xEF) {
              need = 2;
            } else if (v >= 0xF0 && v <= 0xF4) {
              need = 3;
            } else {
              ok = false;
              break;
            }
          } else if (v >= 0x80 && v <= 0xBF) {
            need--;
          } else {
            ok = false;
            break;
          }
        }
        if (!ok) {
          break;
        }
        acc.writeBytes(e);
        rare |= CharData.frequency(d) == 0;
        if (need == 0) {
          end = j + 1;
          rareAtEnd = rare;
        }
      }
      if (end < 0 || !rareAtEnd) {
        i++;
        continue;
      }
      String decoded = strictDecode(encode(text.substring(i, end)), StandardCharsets.UTF_8);
      // Chinese read as GBK decodes back to CJK (three-byte UTF-8); two-byte UTF-8 (Latin, Greek,
      // Cyrillic) appears by accident in ordinary GBK text, so it does not count.
      if (decoded == null || decoded.codePoints().filter(RepairChain::isCjk).count() < 2
          || !decoded.codePoints().allMatch(cp -> cp < 0x80 || isCjk(cp))) {
        i++;
        continue;
      }
      boolean common = decoded.codePoints().allMatch(cp -> cp < 0x80 || CharData.frequency(cp) > 0);
      if (repair && common) {
        if (out == null) {
          out = new StringBuilder(n);
        }
        out.append(text, copied, i).append(decoded);
        copied = end;
        count[0]++;
      } else if (!repair && !common) {
        count[0] += end - i;
      }
      i = end;
    }
    if (out == null) {
      return text;
    }
    return out.append(text, copied, n).toString();
  }

  private static boolean isCjk(int cp) {
    return (cp >= 0x2E80 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFF00 && cp <= 0xFFEF);
  }

  // ---- gbk-as-latin1 -------------------------------------------------------------------------

  private static final Charset CP1252 = Charset.forName("windows-1252");

  static String gbkAsLatin1(String text, long[] count) {
    if (text.chars().noneMatch(c -> c >= 0xC0 && c <= 0xFF)) {
      return text;
    }
    String[] lines = text.split("\n", -1);
    boolean changed = false;
    for (int i = 0; i < lines.length; i++) {
      String fixed = latin1Line(lines[i]);
      if (fixed != null) {
        lines[i] = fixed;
        count[0]++;
        changed = true;
      }
    }
    return changed ? String.join("\n", lines) : text;
  }

  /** The GB18030 (or Big5) text whose bytes were read as Latin-1/cp1252 to give {@code line}. */
  static String latin1Line(String line) {
    if (line.chars().filter(c -> c >= 0xC0 && c <= 0xFF).count() < 2) {
      return null;
    }
    byte[] b = new byte[line.length()];
    for (int k = 0; k < line.length(); k++) {
      char c = line.charAt(k);
      if (c < 0x100) {
        b[k] = (byte) c;
      } else {
        byte[] e = CP1252.newEncoder().canEncode(c) ? String.valueOf(c).getBytes(CP1252) : null;
        if (e == null || e.length != 1) {
          return null;
        }
        b[k] = e[0];
      }
    }
    for (Charset cs : List.of(GB, CharsetResolver.big5())) {
      String s = strictDecode(b, cs);
      if (s == null) {
        continue;
      }
      long n = s.codePoints().filter(c -> c >= 0x80 && !Character.isWhitespace(c)).count();
      long good = s.codePoints().filter(c -> c >= 0x80 && !Character.isWhitespace(c) && CharData.frequency(c) > 0).count();
      if (n > 0 && good >= 0.9 * n && (n >= 10 || good == n)) {
        return s;
      }
    }
    return null;
  }

  // ---- damage detection --------------------------------------------------------------------

  private static final Pattern KUNJINKAO = Pattern.compile("(?:锟斤拷|烫烫烫|屯屯屯)+");
  private static final Pattern LATIN1 = Pattern.compile(
      "[\\u00C0-\\u00FF][\\u0080-\\u00FF\\u0152\\u0153\\u0160\\u0161\\u0178\\u017D\\u017E\\u0192\\u02C6\\u02DC"
          + "\\u2013\\u2014\\u2018-\\u201E\\u2020-\\u2022\\u2026\\u2030\\u2039\\u203A\\u20AC\\u2122]{2,}");

  /** Damage flag to number of damaged characters. */
  static Map<String, Long> damage(String text) {
    Map<String, Long> flags = new LinkedHashMap<>();
    long fffd = text.chars().filter(c -> c == 0xFFFD).count();
    put(flags, FLAG_REPLACEMENT, fffd);
    put(flags, FLAG_KUNJINKAO, matchedChars(KUNJINKAO, text));
    put(flags, FLAG_LATIN1, matchedChars(LATIN1, text));
    put(flags, FLAG_PRIVATE_USE, text.chars().filter(c -> c >= 0xE000 && c <= 0xF8FF).count());
    long[] utf8 = new long[1];
    utf8Windows(text, false, utf8);
    put(flags, FLAG_UTF8_AS_GBK, utf8[0]);
    put(flags, FLAG_LOST_BYTES, lostBytes(text));
    return flags;
  }

  private static final Pattern QUESTION_IN_CJK = Pattern.compile("([^\\x00-\\x7F])\\?+(?=([^\\x00-\\x7F]))");

  /** '?' runs between non-ASCII characters of which one is rare: bytes lost in a bad conversion (鏄?笉). */
  private static long lostBytes(String text) {
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

  // ---- helpers -----------------------------------------------------------------------------

  private static String replaceAll(Pattern p, String text, java.util.function.Function<Matcher, String> f) {
    Matcher m = p.matcher(text);
    StringBuilder sb = null;
    int last = 0;
    while (m.find()) {
      String r = f.apply(m);
      if (r == null) {
        continue;
      }
      if (sb == null) {
        sb = new StringBuilder(text.length());
      }
      sb.append(text, last, m.start()).append(r);
      last = m.end();
    }
    if (sb == null) {
      return text;
    }
    return sb.append(text, last, text.length()).toString();
  }

  /** GB18030 two-byte code of each BMP char (lead << 8 | trail), or -1 when not a two-byte code. */
  private static final int[] GB2 = gb2Table();

  private static int[] gb2Table() {
    int[] t = new int[0x10000];
    java.util.Arrays.fill(t, -1);
    CharsetEncoder enc = GB.newEncoder();
    for (int c = 0x80; c < 0x10000; c++) {
      if (Character.isSurrogate((char) c) || !enc.canEncode((char) c)) {
        continue;
      }
      byte[] b = String.valueOf((char) c).getBytes(GB);
      if (b.length == 2) {
        t[c] = ((b[0] & 0xFF) << 8) | (b[1] & 0xFF);
      }
    }
    return t;
  }

  /** The GB18030 bytes of a single char, null when it has no two-byte code. */
  private static byte[] encode2(char c) {
    int v = GB2[c];
    return v < 0 ? null : new byte[] {(byte) (v >> 8), (byte) v};
  }

  private static byte[] encode(String s) {
    CharsetEncoder enc = GB.newEncoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      ByteBuffer bb = enc.encode(CharBuffer.wrap(s));
      byte[] out = new byte[bb.remaining()];
      bb.get(out);
      return out;
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static String strictDecode(byte[] b, Charset cs) {
    try {
      return cs.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

}
