"""Extraction quality on ../shared/eval/gold/dev: actors, locations, risks (its score.py).

    .venv/bin/python benchmarks/extraction.py [--split dev]

Makes a JSON brief per article with the library, then prints score.py's table.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from briefing import Options, make_brief, render_json

EVAL = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev")
    args = parser.parse_args()
    articles = sorted((EVAL / "articles" / args.split).glob("*.txt"))
    if not articles:
        print(f"no articles under {EVAL}: this benchmark needs ../shared/eval", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as out:
        start = time.perf_counter()
        for article in articles:
            brief = make_brief([article], Options())
            (Path(out) / f"{article.stem}.json").write_text(render_json(brief))
        elapsed = time.perf_counter() - start
        print(f"{len(articles)} articles, {elapsed:.1f} s including model load\n")
        subprocess.run(
            [
                sys.executable,
                str(EVAL / "score.py"),
                "briefs",
                str(EVAL / "gold" / args.split),
                out,
            ],
            check=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
