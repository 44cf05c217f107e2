package org.zhnorm.options;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

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

  /**
   * Removes {@code root} and everything under it; what cannot be removed is left, the exit goes on.
   * Flink's own shutdown hooks remove parts of it at the same time, so a file or folder that vanishes
   * during the walk is not an error.
   */
  static void delete(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          Files.deleteIfExists(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
          if (e instanceof NoSuchFileException) {
            return FileVisitResult.CONTINUE;
          }
          throw e;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
          if (e != null && !(e instanceof NoSuchFileException)) {
            throw e;
          }
          Files.deleteIfExists(dir);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      System.err.println("zhnorm: could not remove Flink's temporary folder " + root + ": " + e);
    }
  }
}
