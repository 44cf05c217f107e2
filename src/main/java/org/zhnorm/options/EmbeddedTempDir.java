package org.zhnorm.options;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The folder an embedded Flink run keeps its temporary files in, one per JVM under {@code java.io.tmpdir}
 * and removed with everything in it when the JVM exits. Flink's mini-cluster otherwise leaves in the
 * temporary folder, on every run, the 22 MB RPC system jar it unpacks ({@code flink-rpc-akka*.jar}),
 * its working folder ({@code minicluster_*}) and {@code flink-web-upload/}. The same disk as before, so
 * no run is slower.
 */
final class EmbeddedTempDir {
  private static Path dir;

  private EmbeddedTempDir() {}

  /** The config.yaml lines that point Flink's temporary files ({@code io.tmp.dirs}, {@code web.tmpdir}) here. */
  static String flinkConf() {
    String path = folder().toString();
    return "io.tmp.dirs: " + path + "\n" + "web.tmpdir: " + path + "\n";
  }

  static synchronized Path folder() {
    if (dir == null) {
      try {
        dir = Files.createTempDirectory("zhnorm-flink-tmp");
      } catch (IOException e) {
        throw new UncheckedIOException("cannot create a folder for Flink's temporary files in " + System.getProperty("java.io.tmpdir"), e);
      }
      Path created = dir;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(created), "zhnorm-remove-flink-tmp"));
    }
    return dir;
  }

  /** Removes {@code root} and everything under it; what cannot be removed is left, the exit goes on. */
  static void delete(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> s = Files.walk(root)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      System.err.println("zhnorm: could not remove Flink's temporary folder " + root + ": " + e.getMessage());
    }
  }
}
