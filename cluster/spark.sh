#!/usr/bin/env bash
# A Spark 3.5 standalone cluster on 127.0.0.1: one master and one worker, each its own JVM, with Spark's
# default settings (daemons 1g, the worker offers every core and the machine's memory less 1g, executors 1g);
# the executors run with this Spark home's jars/ first on their class path, as under a Spark distribution.
#   cluster/spark.sh start     assembles jars/ from Maven Central on first use, starts both, waits for the worker
#   cluster/spark.sh stop      stops both by PID
#   cluster/spark.sh status
# The master: spark://127.0.0.1:${SPARK_MASTER_PORT:-7077}, its web UI http://127.0.0.1:${SPARK_MASTER_WEBUI_PORT:-8080};
# submit with ./zhnorm run --runner=SparkRunner --sparkMaster=spark://127.0.0.1:7077 ...
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"

home="$cluster_dir/spark/target/spark"
port="${SPARK_MASTER_PORT:-7077}"
ui_port="${SPARK_MASTER_WEBUI_PORT:-8080}"
worker_ui_port="${SPARK_WORKER_WEBUI_PORT:-8081}"
master="spark://127.0.0.1:$port"
ui="http://127.0.0.1:$ui_port"

# what sbin/spark-daemon.sh and load-spark-env.sh give a daemon: SPARK_HOME, SPARK_SCALA_VERSION, SPARK_DAEMON_MEMORY
# (1g), Java 17's opens
daemon() { # daemon NAME MAINCLASS ARGS...
  local name="$1" main="$2"; shift 2
  launch "$home/run/$name.pid" "$home/log/$name.out" env SPARK_HOME="$home" SPARK_SCALA_VERSION=2.12 SPARK_LOCAL_IP=127.0.0.1 \
    SPARK_LOCAL_DIRS="$home/local" \
    java -Xmx1g -Xms1g -Djava.io.tmpdir="$home/tmp" \
    --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.lang=ALL-UNNAMED \
    --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED \
    -cp "$home/conf:$home/jars/*" "$main" "$@"
}

start() {
  assemble spark
  mkdir -p "$home/local" "$home/work"
  # the launcher that builds each executor's command takes a home with RELEASE for a distribution: jars/ is the class path
  [ -f "$home/RELEASE" ] || echo "Spark 3.5.1 (jars assembled from Maven Central by cluster/spark/pom.xml)" >"$home/RELEASE"
  port_free "$port" || die "127.0.0.1:$port is taken; set SPARK_MASTER_PORT to a free port"
  port_free "$ui_port" || die "127.0.0.1:$ui_port is taken; set SPARK_MASTER_WEBUI_PORT to a free port"
  local t0=$SECONDS
  daemon master org.apache.spark.deploy.master.Master --host 127.0.0.1 --port "$port" --webui-port "$ui_port"
  wait_for 90 "$home/run/master.pid" "Spark master" curl -sf "$ui/json/"
  daemon worker org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --webui-port "$worker_ui_port" \
    --work-dir "$home/work" "$master"
  wait_for 90 "$home/run/worker.pid" "Spark worker" worker_alive
  echo "Spark is up at $master, UI $ui (master PID $(cat "$home/run/master.pid"), worker PID $(cat "$home/run/worker.pid"), $((SECONDS - t0)) s)" >&2
}

worker_alive() {
  curl -sf "$ui/json/" | tr -d ' \n' | grep -Eq '"aliveworkers":[1-9]'
}

stop() {
  stop_pid "$home/run/worker.pid" "Spark worker"
  stop_pid "$home/run/master.pid" "Spark master"
  rm -rf "${home:?}/tmp" "${home:?}/local" "${home:?}/work"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) curl -sf "$ui/json/" && echo || { echo "Spark master is not answering at $ui"; exit 1; } ;;
  *) echo "usage: cluster/spark.sh start|stop|status" >&2; exit 2 ;;
esac
