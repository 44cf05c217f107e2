"""jieba 0.42.1 (Debian python3-jieba) on the same Simplified seed text as SegmenterBench.

Usage: /usr/bin/python3 docs/bench/jieba_bench.py DUMP_DIR/seeds-simplified.txt [seconds] [runs]
Prints one Markdown table row like SegmenterBench (chars per CPU-second of this thread).
"""
import re
import sys
import time

import jieba

jieba.setLogLevel(60)
text = open(sys.argv[1], encoding="utf-8").read()
seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 2.0
runs = int(sys.argv[3]) if len(sys.argv) > 3 else 3
docs = text.split("\n")
terms = [l.split("\t")[0] for l in open("src/main/resources/org/zhnorm/segment/domain-terms.txt", encoding="utf-8")
         if l.strip() and not l.startswith("#")]


def segment(s):
    out, at = [], 0
    for w in jieba.cut(s):
        if not w.isspace():
            out.append((w, at))
        at += len(w)
    return out


tokens = segment(text)
segment(text)
speeds = []
for r in range(runs + 1):
    chars, t0 = 0, time.process_time()
    while time.process_time() - t0 < seconds:
        for d in docs:
            segment(d)
            chars += len(d)
    if r > 0:
        speeds.append(chars / (time.process_time() - t0))
starts = {a: a + len(w) for w, a in tokens}
split = occ = 0
for t in terms:
    for m in re.finditer(re.escape(t), text):
        occ += 1
        if not any(a <= m.start() and m.end() <= a + len(w) for w, a in tokens if a <= m.start() < a + len(w)):
            split += 1
nums = whole = 0
for m in re.finditer(r"[0-9]+(\.[0-9]+)?(多|余)?(万|亿)?(元|万元|亿元|名|个|户|人|亩|年|%)", text):
    nums += 1
    whole += starts.get(m.start()) == m.end()
print("| jieba 0.42.1 cut (HMM on), Python | %s | %d | %d | %d/%d | %d/%d | - | - | - | - |" % (
    " / ".join("%.2fM" % (s / 1e6) for s in speeds), len(tokens), len({w for w, _ in tokens}), split, occ, whole, nums))
