"""Summary quality: ROUGE of every algorithm on ../shared/eval summaries, scored by its score.py.

    .venv/bin/python benchmarks/summaries.py [--data cnndm-dev.jsonl] [-k 3] [--algorithm A ...]

Prints a Markdown table (R1/R2/RL/RLsum F1 x100) with Lead-k as score.py computes it.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from briefing import ALGORITHMS, summarise_text

EVAL = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default="cnndm-dev.jsonl", help="file in shared/eval/summaries")
    parser.add_argument("-k", type=int, default=3, help="sentences per summary")
    parser.add_argument("--algorithm", action="append", choices=list(ALGORITHMS))
    args = parser.parse_args()
    refs = EVAL / "summaries" / args.data
    if not refs.exists():
        print(f"{refs} not found: this benchmark needs ../shared/eval", file=sys.stderr)
        return 1
    rows = [json.loads(line) for line in refs.read_text().splitlines() if line.strip()]
    print(f"{len(rows)} articles from {args.data}, k = {args.k}\n")
    print("| algorithm | R1 | R2 | RL | RLsum | seconds |")
    print("|---|---:|---:|---:|---:|---:|")
    lead_line = None
    for algorithm in args.algorithm or list(ALGORITHMS):
        start = time.perf_counter()
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as preds:
            for row in rows:
                chosen = summarise_text(row["text"], algorithm=algorithm, sentences=args.k)
                preds.write(json.dumps({"id": row["id"], "sentences": chosen}) + "\n")
        elapsed = time.perf_counter() - start
        score = _score(refs, Path(preds.name))
        Path(preds.name).unlink()
        print(
            f"| {algorithm} | {score['pred_rouge1']:.2f} | {score['pred_rouge2']:.2f} | "
            f"{score['pred_rougeL']:.2f} | {score['pred_rougeLsum']:.2f} | {elapsed:.1f} |"
        )
        lead_line = (
            f"| Lead-{args.k} (score.py) | {score['lead_rouge1']:.2f} | "
            f"{score['lead_rouge2']:.2f} | {score['lead_rougeL']:.2f} | "
            f"{score['lead_rougeLsum']:.2f} | |"
        )
    if lead_line:
        print(lead_line)
    return 0


def _score(refs: Path, preds: Path) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, str(EVAL / "score.py"), "summaries", str(refs), str(preds)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    line = next(x for x in out.splitlines() if x.startswith("SCORE "))
    return {k: float(v) for k, v in re.findall(r"(\w+)=([\d.]+)", line)}


if __name__ == "__main__":
    sys.exit(main())
