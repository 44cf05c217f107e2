package org.zhnorm.io.html;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test-only page decoder (the real charset resolver belongs to the reader): strict UTF-8 when the
 * bytes are valid UTF-8, else the envelope's {@code encoding=} or the meta charset, with
 * GB2312/GBK read as GB18030, else GB18030.
 */
public final class TestDecoding {
  private static final Pattern DECLARED =
      Pattern.compile("(?:encoding|charset)\\s*=\\s*[\"']?([A-Za-z0-9_-]+)", Pattern.CASE_INSENSITIVE);

  private TestDecoding() {}

  public static String decode(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      // fall through to the declared charset
    }
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = DECLARED.matcher(head);
    Charset cs = Charset.forName("GB18030");
    while (m.find()) {
      String name = m.group(1).toLowerCase(Locale.ROOT);
      if (name.equals("unset") || name.startsWith("utf")) {
        continue;
      }
      if (name.startsWith("gb") || name.equals("cp936")) {
        break;
      }
      if (name.startsWith("big5")) {
        cs = Charset.forName("Big5-HKSCS");
        break;
      }
      try {
        cs = Charset.forName(name);
      } catch (IllegalArgumentException e) {
        // keep GB18030
      }
      break;
    }
    return new String(bytes, cs);
  }
}
