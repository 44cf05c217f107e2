package org.zhnorm.io;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Deterministic ids: the same source and offset give the same id on every run and runner. */
public final class DocIds {
  private DocIds() {}

  /** 16 hex digits of SHA-256 over "relativeSource#offset". */
  public static String of(String relativeSource, long offset) {
    return hash(relativeSource + "#" + offset);
  }

  public static String hash(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JRE", e);
    }
  }
}
