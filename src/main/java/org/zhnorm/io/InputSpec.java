package org.zhnorm.io;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Turns {@code --input} into a Beam file pattern and the root against which document sources are
 * named. A local folder is read recursively; a URI ending in {@code /} is read as a folder.
 *
 * @param glob the pattern for FileIO.match
 * @param root the prefix stripped from each file's path to name it in document ids
 */
public record InputSpec(String glob, String root) implements java.io.Serializable {

  public static InputSpec of(String input) {
    boolean uri = input.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*");
    String in = uri ? input : Path.of(input).toAbsolutePath().normalize().toString();
    int wildcard = firstWildcard(in);
    if (wildcard >= 0) {
      return new InputSpec(in, in.substring(0, in.lastIndexOf('/', wildcard) + 1));
    }
    boolean folder = in.endsWith("/") || (!uri && Files.isDirectory(Path.of(in)));
    if (folder) {
      String dir = in.endsWith("/") ? in : in + "/";
      return new InputSpec(dir + "**", dir);
    }
    return new InputSpec(in, in.substring(0, in.lastIndexOf('/') + 1));
  }

  /** The file's name relative to the root (its full name when outside it). */
  public String relativeName(String file) {
    return file.startsWith(root) ? file.substring(root.length()) : file;
  }

  private static int firstWildcard(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '*' || c == '?' || c == '[' || c == '{') {
        return i;
      }
    }
    return -1;
  }
}
