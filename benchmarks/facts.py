"""Key figures and timeline quality on ../shared/eval/gold/timeline (its score.py timeline).

    .venv/bin/python benchmarks/facts.py [--half all|read|check] [--round N]

Makes a JSON brief per dev article with the library (default options), then prints
score.py's table: precision of the figures and timeline entries listed, recall of the major
gold ones, dates right and categories right. ``--half read``: the articles at even positions
of index.json (where errors are read), ``check``: the odd ones (where a change must hold).
Also times extraction of both sections after the model is loaded.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from devset import EVAL, dev_articles

from briefing import Options, make_brief, render_json, segment
from briefing.extract import load_pipeline, parse
from briefing.extract.figures import find_figures
from briefing.extract.timeline import find_timeline
from briefing.ingest import read_source


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", choices=["all", "read", "check"], default="all")
    parser.add_argument("--round", type=int, help="only the articles of this annotation round")
    args = parser.parse_args()
    if not (EVAL / "gold" / "timeline" / "dev").is_dir():
        print(
            f"no timeline gold under {EVAL}: this benchmark needs ../shared/eval", file=sys.stderr
        )
        return 1
    articles = dev_articles(args.half, args.round)
    with tempfile.TemporaryDirectory() as out, tempfile.TemporaryDirectory() as gold:
        for article in articles:
            name = f"{article.stem}.json"
            shutil.copy(EVAL / "gold" / "timeline" / "dev" / name, Path(gold) / name)
        start = time.perf_counter()
        for article in articles:
            (Path(out) / f"{article.stem}.json").write_text(
                render_json(make_brief([article], Options()))
            )
        print(f"{len(articles)} articles, {time.perf_counter() - start:.1f} s including model load")
        _time(articles)
        subprocess.run([sys.executable, str(EVAL / "score.py"), "timeline", gold, out], check=True)
    return 0


def _time(articles: list[Path]) -> None:
    """Both sections alone, parse done and model loaded: best of 3, scaled to 600 words."""
    nlp = load_pipeline(Options().model)
    rows = []
    for article in articles:
        doc = segment(read_source(str(article), "s1"))
        parsed = parse([doc], nlp)
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            find_figures(parsed)
            find_timeline(parsed)
            best = min(best, time.perf_counter() - start)
        rows.append((doc.source.words, best))
    per_600 = [t * 600 / max(w, 1) for w, t in rows]
    print(
        "figures + timeline after parsing: "
        f"mean {sum(t for _, t in rows) / len(rows) * 1000:.1f} ms, "
        f"max {max(t for _, t in rows) * 1000:.1f} ms per article; scaled to 600 words: "
        f"max {max(per_600) * 1000:.1f} ms\n"
    )


if __name__ == "__main__":
    sys.exit(main())
