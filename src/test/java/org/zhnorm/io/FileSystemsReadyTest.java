package org.zhnorm.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.hdfs.HadoopFileSystemOptions;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** FileSystemsReady.await on the kinds of path the pipeline gives it, and with a registry that lags. */
class FileSystemsReadyTest {
  private static final String HDFS_DUMP = "hdfs://127.0.0.1:9/dump/";

  @AfterEach
  void defaultRegistry() {
    FileSystems.setDefaultPipelineOptions(PipelineOptionsFactory.create());
  }

  @Test
  void aFolderPathWithATrailingSlashAndAFilePathBothResolve(@TempDir Path dir) {
    PipelineOptions options = PipelineOptionsFactory.create();
    assertThatCode(() -> FileSystemsReady.await(dir + "/", options)).doesNotThrowAnyException();
    assertThatCode(() -> FileSystemsReady.await(dir.resolve("a.txt").toString(), options)).doesNotThrowAnyException();
    assertThatCode(() -> FileSystemsReady.await(dir.toString(), options)).doesNotThrowAnyException();
  }

  @Test
  void aRegistryLeftWithoutTheRunsSchemeIsInstalledFromTheRunsOptions() {
    HadoopFileSystemOptions run = PipelineOptionsFactory.as(HadoopFileSystemOptions.class);
    Configuration hdfs = new Configuration(false);
    hdfs.set("fs.defaultFS", "hdfs://127.0.0.1:9");
    run.setHdfsConfiguration(List.of(hdfs));
    // another thread installed options without --hdfsConfiguration last; nobody sets the run's again
    FileSystems.setDefaultPipelineOptions(PipelineOptionsFactory.create());
    assertThatThrownBy(() -> FileSystems.matchNewResource(HDFS_DUMP, true)).hasMessageStartingWith("No filesystem found");

    long started = System.nanoTime();
    FileSystemsReady.await(HDFS_DUMP, run);

    assertThat(FileSystems.matchNewResource(HDFS_DUMP, true).getScheme()).isEqualTo("hdfs");
    assertThat(System.nanoTime() - started).isGreaterThanOrEqualTo(FileSystemsReady.REINSTALL_AFTER_NANOS);
  }

  @Test
  void aSchemeNobodyRegisteredStillFailsWithBeamsError() {
    assertThatThrownBy(() -> FileSystemsReady.await("nosuchscheme://x/y", PipelineOptionsFactory.create()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("No filesystem found");
  }
}
