"""Extraction quality on ../shared/eval/gold/dev: actors, locations, risks (its score.py),
and where each section loses, stage by stage.

    .venv/bin/python benchmarks/extraction.py [--half all|read|check] [--round N] [--save DIR]

Makes a JSON brief per article with the library, then prints score.py's table and, per
section, what each stage keeps of the major gold items:

- finding: found by some candidate of either section before the cut (actor candidates
  unranked, every place the text names, resolved or not);
- typing: of those found, the share found in the right section (a gold actor among the
  actors, a gold place among the places before the cut), and the share of matched listed
  items whose kind agrees with the gold;
- grouping: gold items spread over two or more listed entries, listed entries that join two
  or more gold items;
- final: precision and recall of the brief's lists (as score.py), and how many briefs put a
  gold person or organisation on the map.

``--half read``: the articles at even positions of index.json, where errors are read;
``check``: the odd ones, where a change must hold. ``--round 3``: one annotation round.
``--save DIR`` keeps the JSON briefs for reading.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from devset import EVAL, dev_articles

from briefing import Options, make_brief, render_json, segment
from briefing.extract import extract, load_pipeline, parse
from briefing.extract.actors import actor_candidates
from briefing.extract.facts import text_facts
from briefing.extract.gazetteer import gazetteer
from briefing.extract.locations import find_locations
from briefing.extract.place_mentions import place_mentions
from briefing.ingest import read_source

SECTIONS = ("actors", "locations")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", choices=["all", "read", "check"], default="all")
    parser.add_argument("--round", type=int, help="only the articles of this annotation round")
    parser.add_argument("--save", type=Path, help="keep the JSON briefs in this folder")
    parser.add_argument("--no-stages", action="store_true", help="score.py's table only")
    args = parser.parse_args()
    if not (EVAL / "index.json").exists():
        print(f"no articles under {EVAL}: this benchmark needs ../shared/eval", file=sys.stderr)
        return 1
    articles = dev_articles(args.half, args.round)
    with tempfile.TemporaryDirectory() as tmp, tempfile.TemporaryDirectory() as gold:
        out = args.save or Path(tmp)
        out.mkdir(parents=True, exist_ok=True)
        for article in articles:  # score.py reads a gold folder: only these articles' gold
            name = f"{article.stem}.json"
            shutil.copy(EVAL / "gold" / "dev" / name, Path(gold) / name)
        start = time.perf_counter()
        for article in articles:
            brief = make_brief([article], Options())
            (out / f"{article.stem}.json").write_text(render_json(brief))
        elapsed = time.perf_counter() - start
        print(f"{len(articles)} articles, {elapsed:.1f} s including model load")
        _time_extraction(articles)
        subprocess.run(
            [sys.executable, str(EVAL / "score.py"), "briefs", gold, str(out)], check=True
        )
        if not args.no_stages:
            _stages(articles, out)
    return 0


def _score_module() -> Any:
    spec = importlib.util.spec_from_file_location("eval_score", EVAL / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _stages(articles: list[Path], briefs: Path) -> None:
    """The by-stage table (see the module's docstring)."""
    score = _score_module()
    nlp, g = load_pipeline(Options().model), gazetteer()
    t: dict[str, dict[str, int]] = {
        s: dict.fromkeys(
            (
                "major",
                "found",
                "right_section",
                "listed",
                "kind_right",
                "matched",
                "split",
                "joined",
            ),
            0,
        )
        for s in SECTIONS
    }
    on_map = 0
    for article in articles:
        gold = json.loads((EVAL / "gold" / "dev" / f"{article.stem}.json").read_text())
        brief = json.loads((briefs / f"{article.stem}.json").read_text())
        parsed = parse([segment(read_source(str(article), "s1"))], nlp)
        facts = text_facts(parsed, g)
        cands = {
            "actors": [
                {"name": a.name, "aliases": list(a.aliases)}
                for a, _, _ in actor_candidates(parsed, (), facts)
            ],
            "locations": [
                {"name": x.name, "aliases": list(x.aliases)}
                for x in find_locations(parsed, (), facts)
            ],
        }
        raw_places = [
            {"name": surface}
            for p in parsed
            for surface, *_ in place_mentions(p.doc, g, facts.countries, facts.brands, facts.scenes)
        ]
        anywhere = cands["actors"] + cands["locations"] + raw_places
        for section in SECTIONS:
            row, golds = t[section], gold.get(section) or []
            for item in golds:
                if item.get("salience") != "major":
                    continue
                row["major"] += 1
                if any(score.matches(c, item) for c in anywhere):
                    row["found"] += 1
                    own = cands[section] + (raw_places if section == "locations" else [])
                    row["right_section"] += any(score.matches(c, item) for c in own)
                hits = [p for p in brief.get(section) or [] if score.matches(p, item)]
                row["split"] += len(hits) > 1
            for listed in brief.get(section) or []:
                hits = [item for item in golds if score.matches(listed, item)]
                row["joined"] += len(hits) > 1
                if hits and section == "actors":
                    row["matched"] += 1
                    row["kind_right"] += listed.get("kind") == hits[0].get("kind")
        if any(
            any(score.matches(place, a) for a in gold.get("actors") or [] if a["kind"] != "state")
            and not any(score.matches(place, x) for x in gold.get("locations") or [])
            for place in brief.get("locations") or []
        ):
            on_map += 1
    print(f"\n{'by stage':10} {'finding':>8} {'section':>8} {'kind':>6} {'split':>6} {'joined':>7}")
    for section, row in t.items():
        kind = f"{row['kind_right'] / row['matched']:.3f}" if row["matched"] else "-"
        print(
            f"{section:10} {row['found'] / max(1, row['major']):8.3f} "
            f"{row['right_section'] / max(1, row['found']):8.3f} {kind:>6} "
            f"{row['split']:6d} {row['joined']:7d}"
        )
    print(f"briefs with a gold person or organisation on the map: {on_map} of {len(articles)}")


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
