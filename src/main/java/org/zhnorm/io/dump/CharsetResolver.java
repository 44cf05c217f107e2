package org.zhnorm.io.dump;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Picks the charset of a document's bytes: BOM first, then valid UTF-8, then the declarations in
 * the order given (each checked against the bytes), then detection (ICU4J, verified by decoding).
 * GB2312 and GBK are always read as GB18030, their superset.
 *
 * <p>Reasons: {@code bom}, {@code ascii}, {@code utf8-valid}, {@code declared-<source>}, {@code
 * detected} (with {@code -over-<source>} when a declaration was rejected), {@code best-effort}.
 */
public final class CharsetResolver {
  /** A charset named by a header, meta tag, envelope or XML declaration. */
  public record Declared(String source, String name) {}

  /** Decoded text, the charset used, why, and how many malformed byte sequences were replaced. */
  public record Decoded(String text, String charset, String reason, int malformed) {}

  /** Malformed sequences tolerated in a declared or detected charset: 1 per this many bytes. */
  private static final int TOLERANCE_BYTES = 4000;

  public Decoded resolve(byte[] bytes, List<Declared> declared) {
    int bomLen = 0;
    Charset bom = null;
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      bom = StandardCharsets.UTF_8;
      bomLen = 3;
    } else if (startsWith(bytes, 0xFF, 0xFE)) {
      bom = StandardCharsets.UTF_16LE;
      bomLen = 2;
    } else if (startsWith(bytes, 0xFE, 0xFF)) {
      bom = StandardCharsets.UTF_16BE;
      bomLen = 2;
    }
    if (bom != null) {
      return decode(bytes, bomLen, bom, "bom");
    }
    if (isAscii(bytes)) {
      return new Decoded(new String(bytes, StandardCharsets.US_ASCII), "US-ASCII", "ascii", 0);
    }
    // one decoding for the common case: the JDK's decoder puts U+FFFD for every malformed sequence, so a
    // text without one is valid UTF-8; with one (a real U+FFFD, or damage), the sequences are counted
    String utf8 = new String(bytes, StandardCharsets.UTF_8);
    if (utf8.indexOf('\uFFFD') < 0 || malformed(bytes, StandardCharsets.UTF_8) == 0) {
      return new Decoded(utf8, "UTF-8", "utf8-valid", 0);
    }
    int tolerance = bytes.length / TOLERANCE_BYTES;
    List<Charset> detected = new ArrayList<>();
    Charset icuTop = null;
    try {
      CharsetDetector detector = new CharsetDetector();
      detector.setText(bytes);
      for (CharsetMatch m : detector.detectAll()) {
        Charset cs = normalize(m.getName());
        if (cs != null && icuTop == null) {
          icuTop = cs;
        }
        // UTF-16/32 are only taken from a BOM: without one, detection of them is unreliable
        if (cs != null && isCjkOrUnicode(cs) && !cs.name().startsWith("UTF-16") && !cs.name().startsWith("UTF-32")
            && !detected.contains(cs)) {
          detected.add(cs);
        }
      }
    } catch (RuntimeException e) {
      // detection is advisory; fall back to the fixed candidates below
    }
    for (Charset cs : List.of(gb18030(), big5())) {
      if (!detected.contains(cs)) {
        detected.add(cs);
      }
    }
    detected.remove(StandardCharsets.UTF_8); // already known not to decode cleanly
    Charset best = null;
    double bestP = -1;
    Charset leastBad = null;
    int leastBadCount = Integer.MAX_VALUE;
    for (Charset cs : detected) {
      int bad = malformed(bytes, cs);
      if (bad <= tolerance) {
        double p = plausibility(new String(bytes, cs), cs);
        if (p > bestP) {
          bestP = p;
          best = cs;
        }
      } else if (bad < leastBadCount) {
        leastBadCount = bad;
        leastBad = cs;
      }
    }
    if (icuTop != null && !isCjkOrUnicode(icuTop) && (best == null || bestP < 0.5)
        && malformed(bytes, icuTop) <= tolerance
        && plausibility(new String(bytes, icuTop), icuTop) > Math.max(bestP, 0.5)) {
      best = icuTop;
      bestP = plausibility(new String(bytes, icuTop), icuTop);
    }
    String rejected = null;
    for (Declared d : declared) {
      Charset cs = normalize(d.name());
      if (cs == null) {
        continue;
      }
      boolean ok = !cs.equals(StandardCharsets.UTF_8) && malformed(bytes, cs) <= tolerance;
      if (ok && best != null && !best.equals(cs)) {
        double p = plausibility(new String(bytes, cs), cs);
        ok = !(bestP >= 0.6 && bestP - p >= 0.3);
      }
      if (ok) {
        return decode(bytes, 0, cs, "declared-" + d.source());
      }
      if (rejected == null) {
        rejected = d.source();
      }
    }
    String suffix = rejected == null ? "" : "-over-" + rejected;
    if (best != null) {
      return decode(bytes, 0, best, "detected" + suffix);
    }
    return decode(bytes, 0, leastBad == null ? gb18030() : leastBad, "best-effort" + suffix);
  }

  private static final java.util.regex.Pattern LATIN1_MOJIBAKE = java.util.regex.Pattern.compile(
      "[\\u00C0-\\u00FF][\\u0080-\\u00FF]{2,}");

  /**
   * Share of the non-ASCII characters that look like real text: for CJK and Unicode charsets, the
   * characters found in the bundled frequency list; for single-byte charsets, the characters outside
   * runs of Latin-1 letters typical of mojibake ({@code ÎÒÃÇ}). 1 when there is nothing to judge.
   */
  static double plausibility(String text, Charset cs) {
    String t = text.length() > 200_000 ? text.substring(0, 200_000) : text;
    long n = t.codePoints().filter(c -> c >= 0x80 && !Character.isWhitespace(c)).count();
    if (n == 0) {
      return 1.0;
    }
    if (!isCjkOrUnicode(cs)) {
      long bad = 0;
      java.util.regex.Matcher m = LATIN1_MOJIBAKE.matcher(t);
      while (m.find()) {
        bad += m.end() - m.start();
      }
      return 1.0 - (double) bad / n;
    }
    long good = t.codePoints().filter(c -> c >= 0x80 && !Character.isWhitespace(c) && CharData.frequency(c) > 0).count();
    return (double) good / n;
  }

  /** Maps a declared or detected name to the charset used to read it, null if unknown or unusable. */
  static @Nullable Charset normalize(@Nullable String name) {
    if (name == null) {
      return null;
    }
    String n = name.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    if (n.startsWith("\"") || n.startsWith("'")) {
      n = n.substring(1);
    }
    n = n.replaceAll("[\"';,].*$", "").strip();
    switch (n) {
      case "gb2312", "gbk", "gb18030", "x-gbk", "cp936", "windows-936", "ms936", "euc-cn", "csgb2312", "gb-2312", "hz-gb-2312" -> {
        return gb18030();
      }
      case "big5", "big-5", "cn-big5", "x-x-big5", "csbig5", "big5-hkscs" -> {
        return big5();
      }
      case "utf8", "utf-8", "unicode-1-1-utf-8" -> {
        return StandardCharsets.UTF_8;
      }
      case "", "unset", "none", "unknown" -> {
        return null;
      }
      default -> {
        try {
          return Charset.forName(n);
        } catch (RuntimeException e) {
          return null;
        }
      }
    }
  }

  static Charset gb18030() {
    return Charset.forName("GB18030");
  }

  static Charset big5() {
    return Charset.forName("Big5-HKSCS");
  }

  private static boolean isCjkOrUnicode(Charset cs) {
    String n = cs.name();
    return n.equals("GB18030") || n.startsWith("Big5") || n.startsWith("UTF") || n.equals("Shift_JIS")
        || n.equals("EUC-JP") || n.equals("EUC-KR");
  }

  private static Decoded decode(byte[] bytes, int from, Charset cs, String reason) {
    int bad = malformed(java.util.Arrays.copyOfRange(bytes, from, bytes.length), cs);
    String text = new String(bytes, from, bytes.length - from, cs);
    return new Decoded(text, cs.name(), reason, bad);
  }

  /** Counts malformed or unmappable sequences when decoding {@code bytes} with {@code cs}. */
  static int malformed(byte[] bytes, Charset cs) {
    CharsetDecoder dec = cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(8192);
    int bad = 0;
    while (true) {
      CoderResult r = in.hasRemaining() ? dec.decode(in, out, true) : CoderResult.UNDERFLOW;
      if (r.isError()) {
        bad++;
        in.position(Math.min(in.limit(), in.position() + r.length()));
      } else if (r.isOverflow()) {
        out.clear();
      } else {
        break;
      }
    }
    out.clear();
    CoderResult r = dec.flush(out);
    if (r.isError()) {
      bad++;
    }
    return bad;
  }

  static boolean isAscii(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

}
