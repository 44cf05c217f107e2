#!/usr/bin/env bash
# One-line documents (issue: hostile input): for 2, 5 and 20 MB of real text on a single line (a
# minified page, a data dump), times ./zhnorm run on that one file end to end and on a one-document
# control file, and prints one JSON line per size: seconds per MB of the document beyond the control
# run (its JVM start and fixed costs), whether it was written or dead-lettered and why, and the
# pipeline's average seconds per MB from the last 200 MB row of target/bench/results.jsonl, if any.
#   bench/oneline.sh            (after bench/run.sh 200, for the average)
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target/bench/oneline
src=target/bench/dump-200mb-txt
[ -d "$src" ] || src=input
./zhnorm help >/dev/null
secs() { local t0=$EPOCHREALTIME; "$@" >/dev/null 2>>target/bench/stderr.log; awk -v a="$t0" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.2f", b - a }'; }
python3 - "$src" target/bench/oneline <<'PY'
import os, sys
src, out = sys.argv[1], sys.argv[2]
files = sorted(os.path.join(d, n) for d, _, ns in os.walk(src) for n in ns if n.endswith(".txt"))
with open(os.path.join(out, "control.txt"), "w", encoding="utf-8") as f:
    f.write(open(files[0], encoding="utf-8").read())
for mb in (2, 5, 20):
    path = os.path.join(out, f"oneline-{mb}mb.txt")
    size, i = 0, 0
    with open(path, "w", encoding="utf-8") as f:
        while size < mb * 1_000_000:
            text = open(files[i % len(files)], encoding="utf-8").read().replace("\n", "")
            f.write(text); size += len(text.encode("utf-8")); i += 1
PY
control=$(secs ./zhnorm run --input=target/bench/oneline/control.txt --output=target/bench/oneline/out-control --overwrite --quiet)
avg=$(python3 -c "
import json
rows=[json.loads(l) for l in open('target/bench/results.jsonl') if '\"dump_mb\": 200' in l] if __import__('os').path.exists('target/bench/results.jsonl') else []
print(round(rows[-1]['zhnorm']['wall_s']/rows[-1]['input_mb'], 3) if rows else 'null')")
for mb in 2 5 20; do
  f=target/bench/oneline/oneline-${mb}mb.txt
  o=target/bench/oneline/out-${mb}mb
  t=$(secs ./zhnorm run --input="$f" --output="$o" --overwrite --quiet || true)
  python3 - "$mb" "$f" "$o" "$t" "$control" "$avg" <<'PY'
import json, os, sys
mb, f, o, t, control, avg = sys.argv[1:]
bytes_ = os.path.getsize(f)
report = json.load(open(os.path.join(o, "_report", "report.json")))
dead = [json.loads(l) for d, _, ns in os.walk(os.path.join(o, "dead_letter")) for n in ns for l in open(os.path.join(d, n))]
print(json.dumps({"mode": "oneline", "document_mb": round(bytes_ / 1e6, 2), "wall_s": float(t), "control_wall_s": float(control),
  "s_per_mb": round((float(t) - float(control)) / (bytes_ / 1e6), 3), "pipeline_average_s_per_mb": None if avg == "null" else float(avg),
  "written": report["documents"]["written"], "dead_letters": [{"reason": d["reason"], "detail": d["detail"][:160]} for d in dead],
  "success": os.path.exists(os.path.join(o, "_SUCCESS"))}, ensure_ascii=False))
PY
done | tee -a target/bench/results.jsonl
