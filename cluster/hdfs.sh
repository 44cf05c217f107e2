#!/usr/bin/env bash
# HDFS on 127.0.0.1 from Hadoop's MiniDFSCluster (hadoop-minicluster 3.4.1: one NameNode, one DataNode, in one
# JVM of its own), for trying hdfs:// input and output on the local Flink and Spark clusters.
#   cluster/hdfs.sh start      assembles lib/ from Maven Central on first use, formats and starts, waits until up
#   cluster/hdfs.sh fs ARGS    Hadoop's FsShell against it: cluster/hdfs.sh fs -put input /in, -ls -R /, -get /out dir
#   cluster/hdfs.sh stop       stops it by PID and removes its data
# The file system: hdfs://127.0.0.1:${HDFS_PORT:-8020}
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"

home="$cluster_dir/hdfs/target/hdfs"
port="${HDFS_PORT:-8020}"
fs="hdfs://127.0.0.1:$port"

start() {
  assemble hdfs
  port_free "$port" || die "127.0.0.1:$port is taken; set HDFS_PORT to a free port"
  rm -rf "${home:?}/data" "$home/run/details.json"
  local t0=$SECONDS
  launch "$home/run/hdfs.pid" "$home/log/hdfs.out" \
    java -Xmx512m -Djava.io.tmpdir="$home/tmp" -Dtest.build.data="$home/data" \
    -cp "$home/lib/*" org.apache.hadoop.test.MiniDFSClusterManager -format -datanodes 1 -nnport "$port" \
    -D hdfs.minidfs.basedir="$home/data" -writeDetails "$home/run/details.json" -writeConfig "$home/conf/hdfs-site.xml"
  wait_for 120 "$home/run/hdfs.pid" "HDFS" test -s "$home/run/details.json"
  echo "HDFS is up at $fs (PID $(cat "$home/run/hdfs.pid"), $((SECONDS - t0)) s)" >&2
}

shell() {
  [ -d "$home/lib" ] || die "HDFS is not assembled; run cluster/hdfs.sh start first"
  [ -f "$home/conf/core-site.xml" ] || echo '<configuration/>' >"$home/conf/core-site.xml"
  java -Xmx256m -Djava.io.tmpdir="$home/tmp" -cp "$home/conf:$home/lib/*" org.apache.hadoop.fs.FsShell -fs "$fs" "$@"
}

stop() {
  stop_pid "$home/run/hdfs.pid" "HDFS"
  rm -rf "${home:?}/data" "${home:?}/tmp" "$home/run/details.json"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  fs) shift; shell "$@" ;;
  *) echo "usage: cluster/hdfs.sh start|stop|fs ARGS" >&2; exit 2 ;;
esac
