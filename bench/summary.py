#!/usr/bin/env python3
"""One JSON line for one size of bench/run.sh: zhnorm end to end against the Python alternative and
the library bound, from the files run.sh left in target/bench (time files: "SECONDS PEAK_RSS_KB").
  bench/summary.py MB DUMP_DIR ZHNORM_OUT ALTERNATIVE_JSONL SKIP_REASON
"""
import json
import os
import sys

BENCH = "target/bench"


def timing(name):
    path = os.path.join(BENCH, name)
    if not os.path.exists(path):
        return None, None
    with open(path) as f:
        fields = f.read().split()
    seconds = float(fields[0])
    rss_mb = round(int(fields[1]) / 1024) if len(fields) > 1 else None
    return seconds, rss_mb


def main():
    mb, dump, out, alt_out, skip = sys.argv[1:6]
    with open(dump.rstrip("/") + ".manifest.json") as f:
        manifest = json.load(f)
    with open(os.path.join(out, "_report", "report.json")) as f:
        report = json.load(f)
    with open(os.path.join(BENCH, "bound.json")) as f:
        bound = json.load(f)
    megabytes = manifest["bytes"] / 1e6
    pages = manifest["pages"]
    z_s, z_rss = timing("zhnorm.time")
    line = {
        "mode": "compare", "dump_mb": int(mb), "input_mb": round(megabytes, 2), "pages": pages,
        "zhnorm": {
            "wall_s": z_s, "mb_per_s": round(megabytes / z_s, 2), "docs_per_s": round(pages / z_s, 1),
            "peak_rss_mb": z_rss if z_rss is not None else report["run"].get("peak_rss_mb"),
            "documents_read": report["documents"]["read"], "documents_written": report["documents"]["written"],
            "files_written": report["run"]["files_written"], "stage_seconds": report["run"]["stage_seconds"],
        },
        "bound": {"wall_s": bound["wall_s"], "mb_per_s": bound["mb_per_s"], "threads": bound["threads"],
                  "share_of_bound": round(bound["wall_s"] / z_s, 3)},
        "dump_repeats": {"paragraphs": manifest["paragraph_repeats_in_dump"],
                         "sentences": manifest["sentence_repeats_in_dump"],
                         "paragraphs_in_sources": manifest["paragraph_repeats_in_sources"]},
    }
    p_s, p_rss = timing("alternative.time")
    if p_s is None:
        line["python"] = {"skipped": skip}
    else:
        with open(alt_out, encoding="utf-8") as f:
            docs = sum(1 for _ in f)
        line["python"] = {"wall_s": p_s, "mb_per_s": round(megabytes / p_s, 2), "docs_per_s": round(pages / p_s, 1),
                          "peak_rss_mb_largest_process": p_rss, "documents": docs}
        line["ratio"] = round(p_s / z_s, 3)
    print(json.dumps(line, ensure_ascii=False))


if __name__ == "__main__":
    main()
