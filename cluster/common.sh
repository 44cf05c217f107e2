# Shared helpers of cluster/flink.sh, cluster/spark.sh and cluster/hdfs.sh (sourced, not run).
# Each cluster lives under cluster/<name>/target/<name>/: the jars Maven assembled, conf/, log/, run/ (pid
# files) and tmp/ (the daemons' java.io.tmpdir, so nothing they write lands in /tmp).

cluster_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

die() { echo "$(basename "$0"): $*" >&2; exit 1; }

# assemble NAME: copies the jars of cluster/NAME/pom.xml from Maven Central (or the local repository)
assemble() {
  local name="$1" home="$cluster_dir/$1/target/$1"
  if [ ! -f "$home/.assembled" ]; then
    command -v mvn >/dev/null || die "Maven (mvn) is needed to assemble the $name cluster (apt-get install maven)"
    echo "assembling $name from Maven Central into $home ..." >&2
    mvn -q -B -f "$cluster_dir/$name/pom.xml" package >&2 || die "assembling $name failed (mvn -f cluster/$name/pom.xml package)"
    touch "$home/.assembled"
  fi
  mkdir -p "$home/conf" "$home/log" "$home/run" "$home/tmp"
}

# port_free PORT: true when nothing listens on 127.0.0.1:PORT
port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# wait_for SECONDS PIDFILE DESCRIPTION COMMAND...: polls COMMAND every 0.5 s until it succeeds; fails when
# the daemon of PIDFILE died or SECONDS passed
wait_for() {
  local seconds="$1" pidfile="$2" what="$3"; shift 3
  local deadline=$((SECONDS + seconds))
  until "$@" >/dev/null 2>&1; do
    if ! kill -0 "$(cat "$pidfile")" 2>/dev/null; then
      die "$what: the process died while starting; see its log in $(dirname "$pidfile")/../log"
    fi
    [ "$SECONDS" -lt "$deadline" ] || die "$what: not ready after ${seconds}s; see $(dirname "$pidfile")/../log"
    sleep 0.5
  done
}

# launch PIDFILE LOGFILE COMMAND...: starts COMMAND in the background, detached from this shell's job
# control, and records its PID
launch() {
  local pidfile="$1" log="$2"; shift 2
  if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
    die "already running (PID $(cat "$pidfile"), $pidfile); stop it first"
  fi
  nohup "$@" >"$log" 2>&1 </dev/null &
  echo $! >"$pidfile"
}

# stop_pid PIDFILE NAME: TERM, up to 30 s to exit, then KILL; removes the pid file
stop_pid() {
  local pidfile="$1" name="$2" pid
  [ -f "$pidfile" ] || return 0
  pid="$(cat "$pidfile")"
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    if kill -0 "$pid" 2>/dev/null; then
      echo "$name (PID $pid) did not stop in 30 s; killing it" >&2
      kill -9 "$pid" 2>/dev/null || true
    fi
    echo "stopped $name (PID $pid)" >&2
  fi
  rm -f "$pidfile"
}

java_bin() { command -v java >/dev/null || die "Java 17 is needed (apt-get install openjdk-17-jdk)"; echo java; }
