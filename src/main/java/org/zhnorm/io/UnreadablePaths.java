package org.zhnorm.io;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import org.zhnorm.model.DeadLetter;

/**
 * The entries of a local dump that Beam's file matching passes over without a word: folders that
 * cannot be listed (one {@code unreadable-folder} dead letter each; the files inside would be lost
 * silently) and symbolic links to nothing ({@code unreadable-file}). A file that is listed but cannot
 * be opened is an {@code unreadable-file} dead letter of the read stage. Remote filesystems report
 * their own errors and are not walked.
 */
public final class UnreadablePaths {
  private UnreadablePaths() {}

  /** One dead letter per folder under {@code root} (a local folder) that cannot be listed; none for a file or URI. */
  public static List<DeadLetter> under(String root) {
    List<DeadLetter> out = new ArrayList<>();
    if (root.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*") || root.indexOf('*') >= 0 || root.indexOf('?') >= 0) {
      return out;
    }
    Path start = Path.of(root).toAbsolutePath().normalize();
    if (!Files.isDirectory(start)) {
      return out;
    }
    try {
      Files.walkFileTree(start, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          if (!Files.isReadable(dir) || !Files.isExecutable(dir)) {
            out.add(dead(dir, "permission denied"));
            return FileVisitResult.SKIP_SUBTREE;
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (attrs.isSymbolicLink() && !Files.exists(file)) {
            // Beam's matching does not list a link to nothing: the document it stood for would vanish
            out.add(new DeadLetter(file.toString(), -1, "read", ReadCrawlDump.UNREADABLE_FILE,
                "cannot open the file: a symbolic link to a missing file or folder"));
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          if (Files.isDirectory(file)) {
            out.add(dead(file, e.getClass().getSimpleName() + ": " + e.getMessage()));
          }
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      out.add(dead(start, e.getClass().getSimpleName() + ": " + e.getMessage()));
    }
    return out;
  }

  private static DeadLetter dead(Path dir, String why) {
    return new DeadLetter(dir.toString(), -1, "read", ReadCrawlDump.UNREADABLE_FOLDER,
        "cannot list the folder (" + why + "); the files in it, if any, were not read");
  }
}
