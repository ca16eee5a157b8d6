"""Extraction quality on ../shared/eval/gold/dev: actors, locations, risks (its score.py).

    .venv/bin/python benchmarks/extraction.py [--split dev] [--articles all|tuned|added]

Makes a JSON brief per article with the library, then prints score.py's table.
``--articles tuned``: the first 16 dev articles (index.json order), on which the extraction
rules were tuned; ``added``: the 24 added later, never tuned on — score a change there
before trusting it.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from briefing import Options, make_brief, render_json, segment
from briefing.extract import extract
from briefing.ingest import read_source

EVAL = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"
TUNED = 16  # the first dev articles in index.json: the extraction rules were tuned on them


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev")
    parser.add_argument("--articles", choices=["all", "tuned", "added"], default="all")
    args = parser.parse_args()
    articles = sorted((EVAL / "articles" / args.split).glob("*.txt"))
    if args.articles != "all" and (EVAL / "index.json").exists():
        ids = [e["id"] for e in json.loads((EVAL / "index.json").read_text())]
        chosen = set(ids[:TUNED] if args.articles == "tuned" else ids[TUNED:])
        articles = [a for a in articles if a.stem in chosen]
    if not articles:
        print(f"no articles under {EVAL}: this benchmark needs ../shared/eval", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as out, tempfile.TemporaryDirectory() as gold:
        for article in articles:  # score.py reads a gold folder: only these articles' gold
            name = f"{article.stem}.json"
            shutil.copy(EVAL / "gold" / args.split / name, Path(gold) / name)
        start = time.perf_counter()
        for article in articles:
            brief = make_brief([article], Options())
            (Path(out) / f"{article.stem}.json").write_text(render_json(brief))
        elapsed = time.perf_counter() - start
        print(f"{len(articles)} articles, {elapsed:.1f} s including model load")
        _time_extraction(articles)
        subprocess.run(
            [
                sys.executable,
                str(EVAL / "score.py"),
                "briefs",
                gold,
                out,
            ],
            check=True,
        )
    return 0


def _time_extraction(articles: list[Path]) -> None:
    """Extraction alone (NER, rules, gazetteer), model already loaded: best of 3 per article."""
    options = Options()
    docs = [segment(read_source(str(a), "s1")) for a in articles]
    extract(docs[:1], options)  # load the model and the gazetteer
    rows = []
    for doc in docs:
        best = min(_timed(lambda d=doc: extract([d], options)) for _ in range(3))
        rows.append((doc.source.words, best))
    per_600 = [t * 600 / w for w, t in rows]
    print(
        f"extraction after load: mean {sum(t for _, t in rows) / len(rows) * 1000:.0f} ms, "
        f"max {max(t for _, t in rows) * 1000:.0f} ms per article "
        f"({sum(w for w, _ in rows) / len(rows):.0f} words on average); "
        f"scaled to 600 words: max {max(per_600) * 1000:.0f} ms\n"
    )


def _timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


if __name__ == "__main__":
    sys.exit(main())
