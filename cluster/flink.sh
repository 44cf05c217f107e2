#!/usr/bin/env bash
# A Flink 1.19 standalone session cluster on 127.0.0.1: one JobManager and one TaskManager, each its own JVM,
# with the settings of flink-dist's stock conf/config.yaml (1 slot, TaskManager process 1728m, JobManager
# 1600m, sort-shuffle buffers untouched); only the addresses are pinned to 127.0.0.1.
#   cluster/flink.sh start     assembles lib/ from Maven Central on first use, starts both, waits until a slot is free
#   cluster/flink.sh stop      stops both by PID
#   cluster/flink.sh status
# The REST API and web UI: http://127.0.0.1:${FLINK_REST_PORT:-8081}; submit with
#   ./zhnorm run --runner=FlinkRunner --flinkMaster=127.0.0.1:8081 ...
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"

home="$cluster_dir/flink/target/flink"
rest_port="${FLINK_REST_PORT:-8081}"
rpc_port="${FLINK_RPC_PORT:-6123}"
url="http://127.0.0.1:$rest_port"

# flink-dist 1.19's conf/config.yaml, with localhost replaced by 127.0.0.1 (this machine may not resolve its name)
write_conf() {
  cat >"$home/conf/config.yaml" <<YAML
# written by cluster/flink.sh: flink-dist 1.19's stock config.yaml, addresses pinned to 127.0.0.1
jobmanager.rpc.address: 127.0.0.1
jobmanager.rpc.port: $rpc_port
jobmanager.bind-host: 127.0.0.1
jobmanager.memory.process.size: 1600m
jobmanager.execution.failover-strategy: region
taskmanager.bind-host: 127.0.0.1
taskmanager.host: 127.0.0.1
taskmanager.memory.process.size: 1728m
taskmanager.numberOfTaskSlots: 1
parallelism.default: 1
rest.address: 127.0.0.1
rest.port: $rest_port
rest.bind-address: 127.0.0.1
env.java.opts.all: --add-exports=java.base/sun.net.util=ALL-UNNAMED --add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED --add-exports=jdk.compiler/com.sun.tools.javac.api=ALL-UNNAMED --add-exports=jdk.compiler/com.sun.tools.javac.file=ALL-UNNAMED --add-exports=jdk.compiler/com.sun.tools.javac.parser=ALL-UNNAMED --add-exports=jdk.compiler/com.sun.tools.javac.tree=ALL-UNNAMED --add-exports=jdk.compiler/com.sun.tools.javac.util=ALL-UNNAMED --add-exports=java.security.jgss/sun.security.krb5=ALL-UNNAMED --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.text=ALL-UNNAMED --add-opens=java.base/java.time=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/java.util.concurrent.locks=ALL-UNNAMED
YAML
  cat >"$home/conf/log4j.properties" <<'PROPS'
# written by cluster/flink.sh: each daemon logs to the file named by -Dlog.file
rootLogger.level = INFO
rootLogger.appenderRef.file.ref = MainAppender
appender.main.name = MainAppender
appender.main.type = File
appender.main.fileName = ${sys:log.file}
appender.main.layout.type = PatternLayout
appender.main.layout.pattern = %d{yyyy-MM-dd HH:mm:ss,SSS} %-5p %-60c %x - %m%n
PROPS
}

# the JVM and dynamic parameters Flink's own scripts compute: BashJavaUtils GET_JM_/GET_TM_RESOURCE_PARAMS
resource_params() {
  local out
  out="$(java -cp "$home/lib/*" org.apache.flink.runtime.util.bash.BashJavaUtils "$1" --configDir "$home/conf" 2>/dev/null)" \
    || die "BashJavaUtils $1 failed"
  echo "$out" | grep '^BASH_JAVA_UTILS_EXEC_RESULT:' | sed 's/^BASH_JAVA_UTILS_EXEC_RESULT://'
}

daemon() { # daemon NAME MAINCLASS JVM_PARAMS DYNAMIC_PARAMS EXTRA...
  local name="$1" main="$2" jvm="$3" dyn="$4"; shift 4
  local opts
  opts="$(sed -n 's/^env.java.opts.all: //p' "$home/conf/config.yaml")"
  # shellcheck disable=SC2086  # the parameter strings are space-separated JVM options, as in flink-daemon.sh
  launch "$home/run/$name.pid" "$home/log/$name.out" java $jvm $opts -XX:+IgnoreUnrecognizedVMOptions \
    -Djava.io.tmpdir="$home/tmp" -Dlog.file="$home/log/$name.log" \
    -Dlog4j.configurationFile=file:"$home/conf/log4j.properties" \
    -classpath "$home/lib/*" "$main" --configDir "$home/conf" "$@" $dyn
}

start() {
  assemble flink
  port_free "$rest_port" || die "127.0.0.1:$rest_port is taken; set FLINK_REST_PORT to a free port"
  port_free "$rpc_port" || die "127.0.0.1:$rpc_port is taken; set FLINK_RPC_PORT to a free port"
  write_conf
  local jm tm t0=$SECONDS
  mapfile -t jm < <(resource_params GET_JM_RESOURCE_PARAMS)
  daemon jobmanager org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint "${jm[0]}" "${jm[1]:-}" --executionMode cluster
  wait_for 90 "$home/run/jobmanager.pid" "Flink JobManager" curl -sf "$url/overview"
  # the TaskManager starts once the REST API answers: before, it retries registering only after 10 s
  mapfile -t tm < <(resource_params GET_TM_RESOURCE_PARAMS)
  daemon taskmanager org.apache.flink.runtime.taskexecutor.TaskManagerRunner "${tm[0]}" "${tm[1]:-}"
  wait_for 90 "$home/run/taskmanager.pid" "Flink TaskManager" slots_available
  echo "Flink is up at $url (JobManager PID $(cat "$home/run/jobmanager.pid"), TaskManager PID $(cat "$home/run/taskmanager.pid"), $((SECONDS - t0)) s)" >&2
}

slots_available() {
  curl -sf "$url/overview" | grep -Eq '"slots-available":[1-9]'
}

stop() {
  stop_pid "$home/run/taskmanager.pid" "Flink TaskManager"
  stop_pid "$home/run/jobmanager.pid" "Flink JobManager"
  rm -rf "${home:?}/tmp"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) curl -sf "$url/overview" && echo || { echo "Flink is not answering at $url"; exit 1; } ;;
  *) echo "usage: cluster/flink.sh start|stop|status" >&2; exit 2 ;;
esac
