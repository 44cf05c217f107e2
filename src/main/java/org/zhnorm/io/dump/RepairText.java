package org.zhnorm.io.dump;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.CoderResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text and byte helpers the repairs and the damage detector share. */
final class RepairText {
  static final Charset GB = CharsetResolver.gb18030();

  private RepairText() {}

  static String replaceAll(Pattern p, String text, java.util.function.Function<Matcher, String> f) {
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
  static final int[] GB2 = gb2Table();

  static int[] gb2Table() {
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
  static byte[] encode2(char c) {
    int v = GB2[c];
    return v < 0 ? null : new byte[] {(byte) (v >> 8), (byte) v};
  }

  static byte[] encode(String s) {
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

  static String strictDecode(byte[] b, Charset cs) {
    return strictDecode(b, strictDecoder(cs));
  }

  /** A decoder of {@code cs} that reports malformed and unmappable input (for {@link #strictDecode(byte[], CharsetDecoder)}). */
  static CharsetDecoder strictDecoder(Charset cs) {
    return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /**
   * {@code b} decoded by a strict decoder (reset first, so one serves many calls), or null when a byte
   * sequence is malformed or unmappable. What {@code decoder.decode(ByteBuffer)} gives, without the
   * exception (and its stack trace) it throws for bytes that do not decode: a caller trying the 126
   * possible lead bytes of a GBK character gets most of them refused.
   */
  static String strictDecode(byte[] b, CharsetDecoder decoder) {
    decoder.reset();
    CharBuffer out = CharBuffer.allocate((int) Math.ceil(b.length * (double) decoder.maxCharsPerByte()) + 1);
    CoderResult r = decoder.decode(ByteBuffer.wrap(b), out, true);
    if (!r.isError() && !r.isOverflow()) {
      r = decoder.flush(out);
    }
    if (r.isError()) {
      return null;
    }
    if (r.isOverflow()) {
      throw new IllegalStateException("a strict decode of " + b.length + " bytes overflowed " + out.capacity() + " chars");
    }
    return out.flip().toString();
  }
}
