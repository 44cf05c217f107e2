package org.zhnorm.io.dump;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link RepairText#strictDecode} answers what a strict {@code CharsetDecoder.decode} answers (the text,
 * or null where it throws), for one decoder reused across calls: on random short byte strings in the
 * GBK and Big5 ranges, with lead bytes cut off at the end, and on the bytes of real text.
 */
class StrictDecodeTest {
  private static String reference(byte[] b, Charset cs) {
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

  @Test
  void answersAsTheThrowingDecoderDoes() {
    Random random = new Random(20261207);
    for (Charset cs : new Charset[] {RepairText.GB, CharsetResolver.big5()}) {
      CharsetDecoder reused = RepairText.strictDecoder(cs);
      int refused = 0;
      for (int i = 0; i < 200_000; i++) {
        byte[] b = new byte[1 + random.nextInt(8)];
        for (int k = 0; k < b.length; k++) {
          // mostly the double-byte ranges, some ASCII and some bytes no encoding uses
          b[k] = (byte) (random.nextInt(4) == 0 ? random.nextInt(0x80) : 0x80 + random.nextInt(0x80));
        }
        String expected = reference(b, cs);
        assertThat(RepairText.strictDecode(b, reused)).as("%s %s", cs, java.util.HexFormat.of().formatHex(b)).isEqualTo(expected);
        if (expected == null) {
          refused++;
        }
      }
      assertThat(refused).as("some strings are refused").isGreaterThan(10_000).isLessThan(190_000);
    }
    byte[] text = "华州区的原原种，比去年同期多发2.1亿千瓦时。".getBytes(RepairText.GB);
    assertThat(RepairText.strictDecode(text, RepairText.GB)).isEqualTo("华州区的原原种，比去年同期多发2.1亿千瓦时。");
  }
}
