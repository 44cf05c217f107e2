#!/usr/bin/env bash
# The benchmark: builds synthetic dumps of the given sizes (MB) from input/ and ../shared/corpus/dev,
# runs the whole pipeline on each runner, and the library bound (OpenCC + HanLP alone, 2 threads).
# One JSON line per measurement on stdout and in target/bench/results.jsonl.
#   bench/run.sh 10 100 1000
#   BENCH_RUNNERS="FlinkRunner" bench/run.sh 1000     (the runners to time; default DirectRunner FlinkRunner)
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("${@:-10 100}")
runners=(${BENCH_RUNNERS:-DirectRunner FlinkRunner})
[ -f target/zhnorm.jar ] || mvn -q -B -DskipTests package
cp="target/zhnorm.jar:target/lib/*"
# pipeline runs get the launcher's JVM flags (-Xmx3g, parallel GC); the bound and the dump maker hold whole dumps in memory
opens=(--add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.lang=ALL-UNNAMED
     --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
     --add-opens=java.base/java.lang.invoke=ALL-UNNAMED -cp "$cp")
jvm=(java ${BENCH_JAVA_OPTS:--Xmx3g -XX:+UseParallelGC} "${opens[@]}")
tool=(java -Xmx8g "${opens[@]}")
mkdir -p target/bench
sources=(input)
[ -d ../shared/corpus/dev ] && sources+=(../shared/corpus/dev)
for mb in ${sizes[@]}; do
  dump="target/bench/dump-${mb}mb"
  [ -d "$dump" ] || "${tool[@]}" org.zhnorm.bench.MakeDump "$dump" "$mb" "${sources[@]}"
  for runner in "${runners[@]}"; do
    extra=()
    [ "$runner" = DirectRunner ] && extra=(--enforceImmutability=false --enforceEncodability=false)
    "${jvm[@]}" org.zhnorm.bench.Benchmark run "$dump" "target/bench/out-${mb}mb-$runner" --runner="$runner" "${extra[@]}" \
      2>>target/bench/stderr.log | tee -a target/bench/results.jsonl
  done
  "${tool[@]}" org.zhnorm.bench.Benchmark bound "$dump" 2 2>>target/bench/stderr.log | tee -a target/bench/results.jsonl
done
