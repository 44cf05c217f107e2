package org.zhnorm.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhnorm.model.DeadLetter;

/**
 * Entries of a local dump that Beam's matching passes over silently become dead letters. The folder
 * case needs a user that permissions apply to: as root with CAP_DAC_OVERRIDE every folder is readable,
 * so it is skipped there (run it as another user, or under
 * {@code capsh --drop=cap_dac_override,cap_dac_read_search --}).
 */
class UnreadablePathsTest {
  @TempDir Path dir;

  @Test
  void aFolderThatCannotBeListedIsOneDeadLetter() throws Exception {
    Path locked = Files.createDirectories(dir.resolve("dump/locked"));
    Files.writeString(locked.resolve("a.txt"), "乡村振兴");
    Files.writeString(dir.resolve("dump/b.txt"), "乡村振兴");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try {
      assumeFalse(Files.isReadable(locked), "permissions do not apply to this user (root)");
      List<DeadLetter> dead = UnreadablePaths.under(dir.resolve("dump").toString());
      assertThat(dead).hasSize(1);
      assertThat(dead.get(0).source).isEqualTo(locked.toString());
      assertThat(dead.get(0).reason).isEqualTo("unreadable-folder");
      assertThat(dead.get(0).detail).contains("cannot list the folder", "were not read");
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void aLinkToNothingIsAnUnreadableFileAndReadableEntriesAreNothing() throws Exception {
    Path dump = Files.createDirectories(dir.resolve("dump/sub"));
    Files.writeString(dump.resolve("a.txt"), "乡村振兴");
    Files.createSymbolicLink(dump.resolve("gone.txt"), dir.resolve("missing.txt"));
    List<DeadLetter> dead = UnreadablePaths.under(dir.resolve("dump").toString());
    assertThat(dead).extracting(d -> d.reason + " " + Path.of(d.source).getFileName()).containsExactly("unreadable-file gone.txt");
    assertThat(UnreadablePaths.under(dump.resolve("a.txt").toString())).isEmpty();
    assertThat(UnreadablePaths.under("hdfs://nn/dump/")).isEmpty();
  }
}
