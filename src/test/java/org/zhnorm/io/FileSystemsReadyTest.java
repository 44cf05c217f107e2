package org.zhnorm.io;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** FileSystemsReady.await on the kinds of path the pipeline gives it. */
class FileSystemsReadyTest {
  @Test
  void aFolderPathWithATrailingSlashAndAFilePathBothResolve(@TempDir Path dir) {
    assertThatCode(() -> FileSystemsReady.await(dir + "/")).doesNotThrowAnyException();
    assertThatCode(() -> FileSystemsReady.await(dir.resolve("a.txt").toString())).doesNotThrowAnyException();
    assertThatCode(() -> FileSystemsReady.await(dir.toString())).doesNotThrowAnyException();
  }
}
