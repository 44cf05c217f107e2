package org.zhnorm.io.dump;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link CharsetResolver#resolve} takes a text as valid UTF-8 when the JDK's decoding of it holds no
 * U+FFFD, counting malformed sequences only otherwise: that shortcut needs every malformed sequence the
 * strict decoder counts to come out of {@code new String(bytes, UTF_8)} as a U+FFFD. Checked on random
 * byte strings built from UTF-8 pieces (1 to 4 bytes, overlong forms, surrogates, stray continuation and
 * lead bytes, sequences cut short).
 */
class Utf8ValidityTest {
  private static final List<byte[]> PIECES = List.of(
      new byte[] {'a'}, new byte[] {(byte) 0xC3, (byte) 0xA9}, "中".getBytes(StandardCharsets.UTF_8),
      "𠀀".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0xAF},
      new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0x80}, new byte[] {(byte) 0xBF},
      new byte[] {(byte) 0xE4, (byte) 0xB8}, new byte[] {(byte) 0xF0, (byte) 0x9F}, new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
      new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0xFE}, "\uFFFD".getBytes(StandardCharsets.UTF_8));

  @Test
  void aDecodingWithoutReplacementCharactersHasNoMalformedSequence() {
    Random random = new Random(7);
    int malformed = 0;
    for (int i = 0; i < 100_000; i++) {
      java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
      for (int k = 1 + random.nextInt(6); k > 0; k--) {
        b.writeBytes(PIECES.get(random.nextInt(PIECES.size())));
      }
      byte[] bytes = b.toByteArray();
      int bad = CharsetResolver.malformed(bytes, StandardCharsets.UTF_8);
      if (new String(bytes, StandardCharsets.UTF_8).indexOf('\uFFFD') < 0) {
        assertThat(bad).as(java.util.HexFormat.of().formatHex(bytes)).isZero();
      }
      if (bad > 0) {
        malformed++;
      }
    }
    assertThat(malformed).as("the pieces make malformed strings").isGreaterThan(50_000);
  }
}
