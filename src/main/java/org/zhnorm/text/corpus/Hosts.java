package org.zhnorm.text.corpus;

import java.net.URI;
import org.checkerframework.checker.nullness.qual.Nullable;

/** The "site" a document belongs to, for site-boilerplate statistics. */
public final class Hosts {
  private Hosts() {}

  /**
   * The URL's host without a leading {@code www.}; without a usable URL, the folder of the source
   * file (a dump laid out one folder per site groups naturally).
   */
  public static String of(@Nullable String url, String sourceUri) {
    if (url != null) {
      try {
        String host = URI.create(url.strip()).getHost();
        if (host != null && !host.isEmpty()) {
          return host.toLowerCase().startsWith("www.") ? host.substring(4).toLowerCase() : host.toLowerCase();
        }
      } catch (IllegalArgumentException e) {
        // not a URL: fall back to the source folder
      }
    }
    int slash = sourceUri.lastIndexOf('/');
    return "folder:" + (slash < 0 ? "" : sourceUri.substring(0, slash));
  }

  /** A 64-bit key for a host, for joins keyed by host (stable across runs and workers). */
  public static long key(String host) {
    return Hashing64.hash(host);
  }
}
