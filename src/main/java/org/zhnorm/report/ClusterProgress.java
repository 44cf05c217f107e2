package org.zhnorm.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.apache.beam.runners.flink.FlinkPipelineOptions;
import org.apache.beam.runners.spark.SparkPipelineOptions;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.spark.SparkContext;
import org.apache.spark.SparkStageInfo;
import org.apache.spark.SparkStatusTracker;

/**
 * The progress of a run on a cluster, from the engine's own figures: on Flink the JobManager's REST API
 * ({@code /jobs/overview}: the job's tasks by state), on Spark the driver's status tracker (tasks of the
 * active stages). The JVM-wide counters {@link Progress} shows on embedded runners stay at zero there:
 * the documents are read and processed in the workers' JVMs.
 */
abstract class ClusterProgress {
  /** The cluster run's progress source, or empty for a run in this JVM (embedded Flink, Spark local, DirectRunner). */
  static Optional<ClusterProgress> of(PipelineOptions options) {
    String runner = options.getRunner().getSimpleName();
    if (runner.endsWith("FlinkRunner")) {
      String master = options.as(FlinkPipelineOptions.class).getFlinkMaster();
      if (master != null && !master.isEmpty() && !master.startsWith("[")) {
        return Optional.of(new Flink(master, options.getJobName()));
      }
    } else if (runner.endsWith("SparkRunner")) {
      String master = options.as(SparkPipelineOptions.class).getSparkMaster();
      if (master != null && !master.startsWith("local")) {
        return Optional.of(new Spark(master));
      }
    }
    return Optional.empty();
  }

  /** Printed once when the run starts: where the engine's UI shows the run. */
  abstract String where();

  /** The current state, without the elapsed time. */
  abstract String line();

  /** Flink: the job's tasks by state from the JobManager's REST API. */
  static final class Flink extends ClusterProgress {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final String rest;
    private final String jobName;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    Flink(String master, String jobName) {
      this.rest = (master.contains("://") ? master : "http://" + master).replaceAll("/+$", "");
      this.jobName = jobName;
    }

    @Override
    String where() {
      return "zhnorm: running on the Flink cluster at " + rest + "; its web UI shows the job " + jobName;
    }

    @Override
    String line() {
      JsonNode overview;
      try {
        HttpRequest request = HttpRequest.newBuilder(URI.create(rest + "/jobs/overview")).timeout(Duration.ofSeconds(5)).build();
        overview = JSON.readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
      } catch (Exception e) {
        return "Flink's REST API at " + rest + " does not answer (" + e.getClass().getSimpleName() + ")";
      }
      for (JsonNode job : overview.path("jobs")) {
        if (jobName.equals(job.path("name").asText())) {
          JsonNode t = job.path("tasks");
          return String.format(Locale.ROOT, "Flink job %s: %d of %d tasks finished, %d running, %d failed (%s/#/job/%s/overview)",
              job.path("state").asText(), t.path("finished").asInt(), t.path("total").asInt(), t.path("running").asInt(),
              t.path("failed").asInt(), rest, job.path("jid").asText());
        }
      }
      return "the job is not on the cluster yet (submitting it and its jars)";
    }
  }

  /** Spark: the tasks of the active stages, from the status tracker of the driver in this JVM. */
  static final class Spark extends ClusterProgress {
    private final String master;

    Spark(String master) {
      this.master = master;
    }

    @Override
    String where() {
      return "zhnorm: running on the Spark cluster " + master + "; the driver's UI shows the stages";
    }

    @Override
    String line() {
      // SparkContext.getActive is Spark-internal (private[spark]) but public in the byte code; the context is the runner's
      scala.Option<SparkContext> active = org.apache.spark.SparkContext$.MODULE$.getActive();
      if (active.isEmpty()) {
        return "the Spark context is starting";
      }
      SparkContext context = active.get();
      SparkStatusTracker tracker = context.statusTracker();
      int tasks = 0;
      int done = 0;
      int running = 0;
      int failed = 0;
      int[] stages = tracker.getActiveStageIds();
      for (int id : stages) {
        scala.Option<SparkStageInfo> info = tracker.getStageInfo(id);
        if (info.isDefined()) {
          tasks += info.get().numTasks();
          done += info.get().numCompletedTasks();
          running += info.get().numActiveTasks();
          failed += info.get().numFailedTasks();
        }
      }
      String ui = context.uiWebUrl().isDefined() ? " (" + context.uiWebUrl().get() + ")" : "";
      return String.format(Locale.ROOT, "Spark: %d jobs, %d stages active, %d of %d tasks done, %d running, %d failed%s",
          tracker.getActiveJobIds().length, stages.length, done, tasks, running, failed, ui);
    }
  }
}
