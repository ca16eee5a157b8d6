"""Batch throughput: Markdown briefs per second with 1 and 2 worker processes (and Dask).

    .venv/bin/python benchmarks/batch.py [--articles 200] [--dask]

Articles are the CNN/Daily Mail texts of ../shared/eval/summaries/cnndm-dev.jsonl, cut to
about 500 words, written to a temporary folder. Time includes starting the workers and
loading the model in each.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from briefing import Options
from briefing.batch import run_batch

EVAL = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--dask", action="store_true", help="also run on a Dask LocalCluster")
    args = parser.parse_args()
    data = EVAL / "summaries" / "cnndm-dev.jsonl"
    if not data.exists():
        print(f"{data} not found: this benchmark needs ../shared/eval", file=sys.stderr)
        return 1
    texts = [json.loads(line)["text"] for line in data.read_text().splitlines() if line.strip()]
    options = Options(date=datetime(2026, 6, 9, 14, 30, tzinfo=UTC))
    with tempfile.TemporaryDirectory() as tmp:
        inbox = Path(tmp) / "in"
        inbox.mkdir()
        words = 0
        for i in range(args.articles):
            text = " ".join(texts[i % len(texts)].split()[:500])
            words += len(text.split())
            (inbox / f"a{i:05d}.txt").write_text(text)
        print(f"{args.articles} articles, {words / args.articles:.0f} words on average\n")
        print("| run | seconds | briefs/s |")
        print("|---|---:|---:|")
        runs = [("1 worker", 1, None), ("2 workers", 2, None)]
        if args.dask:
            runs.append(("Dask LocalCluster, 2 workers", 2, "local"))
        outputs = {}
        for label, workers, scheduler in runs:
            out = Path(tmp) / label.replace(" ", "_").replace(",", "")
            start = time.perf_counter()
            result = run_batch(
                [str(inbox)], out, "md", options, workers=workers, scheduler=scheduler
            )
            elapsed = time.perf_counter() - start
            assert result.ok and result.made == args.articles, result
            outputs[label] = {p.name: p.read_bytes() for p in out.glob("*.md")}
            print(f"| {label} | {elapsed:.1f} | {args.articles / elapsed:.1f} |")
        first = next(iter(outputs.values()))
        same = all(o == first for o in outputs.values())
        print(f"\noutputs identical across runs: {same}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
