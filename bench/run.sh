#!/usr/bin/env bash
# The benchmark: zhnorm against the script it replaces, on the same synthetic dump, in one run.
# For each size (MB): builds a dump of real paragraphs, one document per .txt file
# (org.zhnorm.bench.MakeDump --layout=txt), then, one after the other,
#   1. ./zhnorm run on it end to end, as a user runs it (launcher, JVM start, default settings, --quiet);
#   2. the Python alternative (bench/alternative.py: OpenCC CLI t2s + jieba, 2 processes, JSON lines);
#   3. the library bound (OpenCC + HanLP plain Viterbi, no recognizers, 2 threads, in memory, warm);
# and prints one JSON line (ratio = python seconds / zhnorm seconds, MB/s, docs/s, peak RSS, share of
# the bound, how often paragraphs repeat in the dump) on stdout and into target/bench/results.jsonl.
#   bench/run.sh 200 1000
#   BENCH_RUNNERS="FlinkRunner DirectRunner" bench/run.sh 10   also time the pipeline inside one JVM per
#                                                               runner (org.zhnorm.bench.Benchmark run)
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("${@:-10}")
runners=(${BENCH_RUNNERS:-})
mkdir -p target/bench
log=target/bench/stderr.log

# a python interpreter that can import jieba: Debian's python3-jieba is for /usr/bin/python3
alt_python() {
  for py in /usr/bin/python3 python3; do
    if command -v "$py" >/dev/null 2>&1 && "$py" -c 'import jieba' >/dev/null 2>&1; then echo "$py"; return 0; fi
  done
  return 1
}
# the Python alternative's packages, installed with apt-get when root; else the reason it is skipped
alternative_ready() {
  if command -v opencc >/dev/null 2>&1 && alt_python >/dev/null; then return 0; fi
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "bench: installing opencc and python3-jieba for the Python alternative" >&2
    (DEBIAN_FRONTEND=noninteractive apt-get install -y -qq opencc python3-jieba \
      || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq opencc python3-jieba)) >>"$log" 2>&1 || true
  fi
  if command -v opencc >/dev/null 2>&1 && alt_python >/dev/null; then return 0; fi
  skip_reason="the Debian packages opencc and python3-jieba are not installed and could not be (not root, or apt-get failed; see $log)"
  return 1
}
if [ ! -x /usr/bin/time ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >>"$log" 2>&1 || true
fi
# runs a command; writes "SECONDS PEAK_RSS_KB" (peak RSS of its largest process, empty without GNU time) to $1
timed() {
  local out=$1; shift
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f '%e %M' -o "$out" "$@"
  else
    local t0=$EPOCHREALTIME
    "$@"
    awk -v a="$t0" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.2f \n", b - a }' >"$out"
  fi
}

# builds target/zhnorm.jar and its start-up cache now if they are missing or stale, so the timed run does not
./zhnorm run --input=input --output=target/bench/warm-up --overwrite --quiet >/dev/null
opens=(--add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.lang=ALL-UNNAMED
     --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
     --add-opens=java.base/java.lang.invoke=ALL-UNNAMED -cp "target/zhnorm.jar:target/lib/*")
# the JVM the launcher runs a local embedded run on (Java 25 when the machine has one), so the bound
# and the in-JVM runs are measured on the same JVM as ./zhnorm run
java_bin="$(./zhnorm --print-java run --input=x)"
if [ "$("$java_bin" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')" -ge 24 ]; then
  opens+=(--sun-misc-unsafe-memory-access=allow --enable-native-access=ALL-UNNAMED)
fi
jvm=("$java_bin" ${BENCH_JAVA_OPTS:--Xmx3g -XX:+UseParallelGC} "${opens[@]}")
tool=("$java_bin" -Xmx8g "${opens[@]}")   # the bound and the dump maker hold whole dumps in memory
sources=(input)
[ -d ../shared/corpus/dev ] && sources+=(../shared/corpus/dev)

for mb in "${sizes[@]}"; do
  dump="target/bench/dump-${mb}mb-txt"
  [ -d "$dump" ] || "${tool[@]}" org.zhnorm.bench.MakeDump "$dump" "$mb" --layout=txt "${sources[@]}" 2>>"$log"
  out="target/bench/out-${mb}mb"
  echo "bench: ${mb} MB: ./zhnorm run" >&2
  timed target/bench/zhnorm.time ./zhnorm run --input="$dump" --output="$out" --overwrite --quiet >>"$log" 2>&1 \
    || { echo "bench: ./zhnorm run failed on $dump; see $log" >&2; exit 1; }
  alt_out="target/bench/alternative-${mb}mb.jsonl"
  skip_reason=""
  if alternative_ready; then
    echo "bench: ${mb} MB: the Python alternative" >&2
    timed target/bench/alternative.time "$(alt_python)" bench/alternative.py "$dump" "$alt_out" 2 2>>"$log" \
      || { echo "bench: the Python alternative failed on $dump; see $log" >&2; exit 1; }
  else
    echo "bench: the Python alternative is skipped: $skip_reason" >&2
    rm -f target/bench/alternative.time "$alt_out"
  fi
  echo "bench: ${mb} MB: the library bound" >&2
  "${tool[@]}" org.zhnorm.bench.Benchmark bound "$dump" 2 2>>"$log" >target/bench/bound.json
  for runner in "${runners[@]}"; do
    extra=()
    [ "$runner" = DirectRunner ] && extra=(--enforceImmutability=false --enforceEncodability=false)
    "${jvm[@]}" org.zhnorm.bench.Benchmark run "$dump" "target/bench/out-${mb}mb-$runner" --runner="$runner" "${extra[@]}" \
      2>>"$log" | tee -a target/bench/results.jsonl
  done
  python3 bench/summary.py "$mb" "$dump" "$out" "$alt_out" "$skip_reason" | tee -a target/bench/results.jsonl
done
