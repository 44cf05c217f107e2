package org.zhnorm.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;

/** On a cluster the progress line shows the engine's figures, never this JVM's zero counters. */
class ClusterProgressTest {
  private static PipelineOptions options(String... args) {
    return PipelineOptionsFactory.fromArgs(args).create();
  }

  @Test
  void runsInThisJvmUseTheJvmCounters() {
    assertThat(ClusterProgress.of(options("--runner=FlinkRunner"))).isEmpty();
    assertThat(ClusterProgress.of(options("--runner=FlinkRunner", "--flinkMaster=[local]"))).isEmpty();
    assertThat(ClusterProgress.of(options("--runner=SparkRunner", "--sparkMaster=local[2]"))).isEmpty();
    assertThat(ClusterProgress.of(options("--runner=DirectRunner"))).isEmpty();
  }

  @Test
  void aFlinkClusterRunShowsTheJobsTasksFromTheRestApi() throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/jobs/overview", exchange -> {
      byte[] body = ("{\"jobs\":[{\"jid\":\"other\",\"name\":\"another-job\",\"state\":\"RUNNING\",\"tasks\":{\"total\":9}},"
          + "{\"jid\":\"ab12\",\"name\":\"zhnorm-test\",\"state\":\"RUNNING\",\"tasks\":{\"total\":58,\"finished\":12,"
          + "\"running\":3,\"failed\":0}}]}").getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    try {
      String master = "127.0.0.1:" + server.getAddress().getPort();
      ByteArrayOutputStream buf = new ByteArrayOutputStream();
      try (Progress p = Progress.start(options("--runner=FlinkRunner", "--flinkMaster=" + master, "--jobName=zhnorm-test"),
          new PrintStream(buf, true, StandardCharsets.UTF_8), 1000, 3600)) {
        assertThat(p.line()).contains("Flink job RUNNING: 12 of 58 tasks finished, 3 running, 0 failed",
            "http://" + master + "/#/job/ab12/overview", "elapsed").doesNotContain("documents read");
      }
      assertThat(buf.toString(StandardCharsets.UTF_8)).startsWith("zhnorm: running on the Flink cluster at http://" + master);
    } finally {
      server.stop(0);
    }
  }

  @Test
  void aFlinkClusterThatDoesNotAnswerIsNamed() {
    ClusterProgress p = ClusterProgress.of(options("--runner=FlinkRunner", "--flinkMaster=127.0.0.1:1", "--jobName=j")).orElseThrow();
    assertThat(p.line()).contains("does not answer");
  }

  @Test
  void aSparkClusterRunBeforeItsContextExistsSaysSo() {
    ClusterProgress p = ClusterProgress.of(options("--runner=SparkRunner", "--sparkMaster=spark://127.0.0.1:7077")).orElseThrow();
    assertThat(p.where()).contains("spark://127.0.0.1:7077");
    assertThat(p.line()).isEqualTo("the Spark context is starting");
  }
}
