package org.zhnorm.io.dump;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
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
