#!/usr/bin/env bash
# The cluster integration test (run by .ci/run after the unit tests; alone: cluster/it.sh).
# Starts HDFS (Hadoop's MiniDFSCluster), puts the seeds and the dev gold pages there, runs zhnorm
#   1. embedded (the reference, local files),
#   2. on a standalone Flink 1.19 cluster with stock settings, hdfs:// in and out,
#   3. on a standalone Spark 3.5 cluster, hdfs:// in and out,
# checks that no task attempt failed and that no run left temporary files, then ClusterRunsIT compares
# every row and the report of each cluster run with the embedded run's. Every cluster is stopped on exit,
# also when a step fails. Writes under target/it/; timings at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
it="$root/target/it"

step_start=$SECONDS
timings=()
timed() { timings+=("$(printf '%-44s %4ds' "$1" $((SECONDS - step_start)))"); step_start=$SECONDS; }
fail() { echo "cluster/it.sh: FAILED: $*" >&2; exit 1; }

cleanup() {
  local rc=$?
  cluster/flink.sh stop || true
  cluster/spark.sh stop || true
  cluster/hdfs.sh stop || true
  [ "$rc" = 0 ] || echo "cluster/it.sh: failed (exit $rc); logs in $it and cluster/*/target/*/log" >&2
}
trap cleanup EXIT

command -v curl >/dev/null || fail "curl is needed to ask the clusters whether they are up (apt-get install curl)"
command -v python3 >/dev/null || fail "python3 is needed to read the clusters' JSON (apt-get install python3)"
rm -rf "$it"
mkdir -p "$it/input"

# the input: the seeds and the dev gold pages (../shared beside the clone), 40 documents
cp src/test/resources/seeds/*.txt "$it/input/"
gold="$root/../shared/corpus/dev/cn_web_gold/original"
if [ -d "$gold" ]; then
  cp "$gold"/*.html "$it/input/"
else
  echo "cluster/it.sh: $gold is not here; running on the seeds only" >&2
fi
echo "== cluster test on $(ls "$it/input" | wc -l) input files"

echo "== building target/zhnorm.jar and assembling the clusters (Maven Central)"
mvn -q -B -DskipTests package
for c in flink spark hdfs; do (. cluster/common.sh; assemble "$c"); done
timed "build and assemble"

# each run's JVM gets a private java.io.tmpdir that must be empty when it ends (no residue)
run_zhnorm() { # run_zhnorm NAME ARGS...
  local name="$1"; shift
  mkdir -p "$it/tmp-$name"
  ZHNORM_JAVA_OPTS="-Xmx2g -XX:+UseParallelGC -Djava.io.tmpdir=$it/tmp-$name $EXTRA_JAVA_OPTS" \
    ./zhnorm run "$@" >"$it/$name.log" 2>&1 || { tail -40 "$it/$name.log" >&2; fail "the $name run failed (log: $it/$name.log)"; }
  if [ -n "$(ls -A "$it/tmp-$name")" ]; then
    fail "the $name run left temporary files: $(ls -A "$it/tmp-$name" | head -5 | tr '\n' ' ')"
  fi
}
EXTRA_JAVA_OPTS=""

echo "== HDFS"
cluster/hdfs.sh start
cluster/hdfs.sh fs -put "$it/input" /input >/dev/null 2>&1 || fail "cannot put the input into HDFS"
hdfs="hdfs://127.0.0.1:${HDFS_PORT:-8020}"
hdfs_conf="--hdfsConfiguration=[{\"fs.defaultFS\":\"$hdfs\"}]"
timed "HDFS start and put"

echo "== embedded Flink (the reference; same HDFS input, so the rows' source paths are the same)"
run_zhnorm embedded "$hdfs_conf" --input="$hdfs/input/*" --output="$it/embedded"
timed "embedded run"

echo "== Flink standalone cluster"
cluster/flink.sh start
timed "Flink cluster start"
run_zhnorm flink --runner=FlinkRunner --flinkMaster=127.0.0.1:${FLINK_REST_PORT:-8081} --parallelism=1 \
  "$hdfs_conf" --input="$hdfs/input/*" --output="$hdfs/out/flink"
rest="http://127.0.0.1:${FLINK_REST_PORT:-8081}"
jobs="$(curl -sf "$rest/jobs/overview")"
echo "$jobs" > "$it/flink-jobs.json"
jid="$(echo "$jobs" | python3 -c 'import json,sys; j=[x for x in json.load(sys.stdin)["jobs"]]; print(j[0]["jid"] if len(j)==1 and j[0]["state"]=="FINISHED" else "")')"
[ -n "$jid" ] || fail "the Flink cluster does not show one FINISHED job: $jobs"
curl -sf "$rest/jobs/$jid/exceptions" > "$it/flink-exceptions.json"
python3 - "$it/flink-exceptions.json" <<'PY' || fail "a Flink task attempt failed (see target/it/flink-exceptions.json)"
import json, sys
e = json.load(open(sys.argv[1]))
sys.exit(1 if e.get("root-exception") or e.get("exceptionHistory", {}).get("entries") else 0)
PY
grep -q "Flink job RUNNING\|Flink job FINISHED" "$it/flink.log" || echo "note: the run ended before a progress line (10 s)" >&2
cluster/flink.sh stop
timed "Flink cluster run and stop"

echo "== Spark standalone cluster"
cluster/spark.sh start
timed "Spark cluster start"
mkdir -p "$it/spark-events"
# Spark reads spark.* system properties: its event log records every task attempt's end
EXTRA_JAVA_OPTS="-Dspark.eventLog.enabled=true -Dspark.eventLog.dir=file://$it/spark-events"
run_zhnorm spark --runner=SparkRunner --sparkMaster=spark://127.0.0.1:${SPARK_MASTER_PORT:-7077} \
  "$hdfs_conf" --input="$hdfs/input/*" --output="$hdfs/out/spark"
EXTRA_JAVA_OPTS=""
python3 - "$it/spark-events" <<'PY' || fail "a Spark task attempt failed (see target/it/spark-events)"
import json, os, sys
ends = failed = 0
for name in os.listdir(sys.argv[1]):
    for line in open(os.path.join(sys.argv[1], name)):
        e = json.loads(line)
        if e.get("Event") == "SparkListenerTaskEnd":
            ends += 1
            if e.get("Task End Reason", {}).get("Reason") != "Success":
                failed += 1
                print("failed attempt:", json.dumps(e.get("Task End Reason"))[:400])
print(f"spark: {ends} task attempts, {failed} failed")
sys.exit(1 if failed or ends == 0 else 0)
PY
cluster/spark.sh stop
timed "Spark cluster run and stop"

echo "== reading the cluster outputs back from HDFS"
cluster/hdfs.sh fs -get /out/flink "$it/flink" >/dev/null 2>&1 || fail "cannot read the Flink run's output from HDFS"
cluster/hdfs.sh fs -get /out/spark "$it/spark" >/dev/null 2>&1 || fail "cannot read the Spark run's output from HDFS"
cluster/hdfs.sh stop
timed "HDFS get and stop"

echo "== comparing every row with the embedded run (ClusterRunsIT)"
mvn -q -B test-compile surefire:test -Dtest=ClusterRunsIT \
  -Dzhnorm.it.dir="$it" -Dzhnorm.it.runs=flink,spark
timed "compare (ClusterRunsIT)"

echo "== cluster test passed; timings:"
printf '  %s\n' "${timings[@]}"
