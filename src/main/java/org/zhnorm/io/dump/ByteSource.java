package org.zhnorm.io.dump;

import java.io.IOException;
import java.io.InputStream;

/** Opens a fresh stream over a file's raw bytes; may be called more than once. */
@FunctionalInterface
public interface ByteSource {
  InputStream open() throws IOException;
}
