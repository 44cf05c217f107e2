#!/usr/bin/env python3
"""The script zhnorm is compared with, as a data engineer would write it: every .txt file under
DUMP_DIR through the OpenCC command line tool (t2s, one call per 64 files: a call per file would
spend more time starting opencc than converting) and jieba, in 2 processes, one JSON line
{file, text, words} per file in OUT.jsonl. Needs the Debian packages opencc and python3-jieba.
  bench/alternative.py DUMP_DIR OUT.jsonl [PROCESSES]
"""
import json, logging, os, subprocess, sys
from multiprocessing import Pool

import jieba

SEPARATOR = "\n<<<next file>>>\n"  # ASCII: t2s leaves it as it is


def convert_and_segment(paths):
    texts = [open(p, encoding="utf-8").read() for p in paths]
    converted = subprocess.run(["opencc", "-c", "t2s.json"], input=SEPARATOR.join(texts).encode("utf-8"),
                               check=True, capture_output=True).stdout.decode("utf-8").split(SEPARATOR)
    assert len(converted) == len(paths), "opencc changed the separator"
    return "".join(json.dumps({"file": p, "text": t, "words": jieba.lcut(t)}, ensure_ascii=False) + "\n"
                   for p, t in zip(paths, converted))


if __name__ == "__main__":
    root, out = sys.argv[1], sys.argv[2]
    processes = int(sys.argv[3]) if len(sys.argv) > 3 else 2
    files = sorted(os.path.join(d, n) for d, _, names in os.walk(root) for n in names if n.endswith(".txt"))
    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()  # the dictionary is loaded once, before the workers fork
    with Pool(processes) as pool, open(out, "w", encoding="utf-8") as sink:
        for lines in pool.imap_unordered(convert_and_segment, [files[i:i + 64] for i in range(0, len(files), 64)]):
            sink.write(lines)
