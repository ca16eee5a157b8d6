"""Fit the actor salience weights (briefing/data/salience.json) on the dev gold, validated by
article-level cross-validation.

    .venv/bin/python tools/fit_salience.py                   # report only
    .venv/bin/python tools/fit_salience.py --method ascent   # fit the brief's F1 directly
    .venv/bin/python tools/fit_salience.py --write           # and store the weights fitted on all

Every actor the extractor finds in each dev article (uncut) is a row: its salience features
(SALIENCE_FEATURES) and whether it matches a gold actor under the eval's own rules. A
logistic regression (L2, plain gradient descent on standardised features: numpy only)
learns which features make a found actor a real one; an actor's salience is then the
weighted sum, which ranks the list the brief cuts at 12. ``--method ascent`` instead moves
each hand weight by ±0.5/±1 while the F1 of the cut lists rises (tools/fitting.ascend).
Reported, with the eval's scoring
(precision over the 12 listed, recall of major gold actors):
- the hand-set weights on every dev article;
- 5-fold cross-validation by article: each article ranked by weights fitted without it;
- the weights fitted on all of them, scored on the same (optimistic; for comparison only).
"""

from __future__ import annotations

import argparse
import json
import sys

import numpy as np
from fitting import EVAL, FOLDS, ROOT, ascend, f1, folds, logistic, score_module, write_fit

DATA = ROOT / "briefing" / "data" / "salience.json"
CUT = 12


def rows() -> list[dict]:  # type: ignore[type-arg]
    """Per dev article: its candidates' features, first mentions, forms and the gold."""
    from briefing import Options
    from briefing.extract import load_pipeline, parse
    from briefing.extract.actors import actor_candidates
    from briefing.ingest import read_source
    from briefing.pipeline import summarise_docs
    from briefing.segment import segment

    nlp = load_pipeline(Options().model)
    out = []
    for entry in json.loads((EVAL / "index.json").read_text()):
        doc = segment(read_source(str(EVAL / "articles" / "dev" / f"{entry['id']}.txt"), "s1"))
        (summary,) = summarise_docs([doc], Options())
        key = {(s.sentence.source, s.sentence.index) for s in summary.sentences}
        found = actor_candidates(parse([doc], nlp), key)
        gold = json.loads((EVAL / "gold" / "dev" / f"{entry['id']}.json").read_text())
        out.append(
            {
                "id": entry["id"],
                "x": np.array([f for _, f, _ in found], dtype=float).reshape(len(found), -1),
                "first": [first for _, _, first in found],
                "pred": [{"name": a.name, "aliases": list(a.aliases)} for a, _, _ in found],
                "gold": gold.get("actors") or [],
            }
        )
    return out


def labels(article: dict, score, kind: str) -> np.ndarray:  # type: ignore[no-untyped-def,type-arg]
    """1 for a found actor that is a real one: any gold actor, a major one, or graded."""

    def label(pred: dict) -> float:  # type: ignore[type-arg]
        hits = [g for g in article["gold"] if score.matches(pred, g)]
        major = any(g.get("salience") == "major" for g in hits)
        if kind == "major":
            return float(major)
        if kind == "graded":
            return 1.0 if major else 0.5 if hits else 0.0
        return float(bool(hits))

    return np.array([label(p) for p in article["pred"]], dtype=float)


def fit(articles: list[dict], score, kind: str, start: np.ndarray | None = None) -> np.ndarray:  # type: ignore[no-untyped-def,type-arg]
    """Logistic-regression weights (on the raw features' scale; the intercept ranks nothing),
    or, given ``start``, coordinate ascent from it on the F1 of the cut lists."""
    if start is not None:
        found = ascend(
            tuple(float(v) for v in start),
            lambda w: f1(*evaluate(articles, lambda a: np.array(w), score)),
        )
        return np.array(found)
    x = np.vstack([a["x"] for a in articles if len(a["x"])])
    y = np.concatenate([labels(a, score, kind) for a in articles if len(a["x"])])
    return logistic(x, y)[0]


def evaluate(articles: list[dict], weights_of, score) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """Precision and major recall of the top CUT actors, ranked by each article's weights."""
    totals = np.zeros(4)
    for article in articles:
        w = weights_of(article)
        order = sorted(
            range(len(article["pred"])),
            key=lambda i: (-float(article["x"][i] @ w), article["first"][i]),
        )
        listed = [article["pred"][i] for i in order[:CUT]]
        totals += score.prf(listed, article["gold"])
    c, n, f, m = totals
    return c / n, f / m


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="store the weights fitted on all")
    parser.add_argument(
        "--labels",
        choices=["any", "major", "graded"],
        default="any",
        help="what a found actor must match to count as real: any gold actor, a major one, "
        "or graded (major 1, minor 0.5)",
    )
    parser.add_argument(
        "--method",
        choices=["logistic", "ascent"],
        default="logistic",
        help="logistic regression on found actors, or coordinate ascent on the lists' F1",
    )
    args = parser.parse_args()
    if not (EVAL / "index.json").exists():
        print(f"no eval data at {EVAL}: this tool needs ../shared/eval", file=sys.stderr)
        return 1
    from briefing.extract.salience import SALIENCE_FEATURES, salience_weights

    score = score_module()
    articles = rows()
    hand = np.array(salience_weights())
    fold = folds([a["id"] for a in articles])
    # Ascent starts from the hand-set weights kept in the data file, never from fitted ones
    # (those saw every article: a fold starting there would have seen its test articles).
    origin = np.array(json.loads(DATA.read_text())["start"]["weights"], dtype=float)
    start = origin if args.method == "ascent" else None
    fitted = {
        k: fit([a for a in articles if fold[a["id"]] != k], score, args.labels, start)
        for k in range(FOLDS)
    }
    everything = fit(articles, score, args.labels, start)
    print(f"{len(articles)} articles, {sum(len(a['pred']) for a in articles)} candidate actors")
    print("| weights | actors P | actors R (major) |")
    print("|---|---:|---:|")
    for name, weights_of in (
        (f"current data file, all {len(articles)}", lambda a: hand),
        (f"fitted, {FOLDS}-fold cross-validated by article", lambda a: fitted[fold[a["id"]]]),
        (f"fitted on all {len(articles)}, scored on the same", lambda a: everything),
    ):
        p, r = evaluate(articles, weights_of, score)
        print(f"| {name} | {p:.3f} | {r:.3f} |")
    scale = (float(np.abs(everything).max()) or 1.0) / 2.0 if args.method == "logistic" else 1.0
    weights = [round(float(v) / scale, 4) for v in everything]
    print("\nfitted weights (scaled):")
    for feature, weight in zip(SALIENCE_FEATURES, weights, strict=True):
        print(f"  {feature:13} {weight:+.4f}")
    if args.write:
        write_fit(
            DATA,
            "actors",
            *evaluate(articles, lambda a: fitted[fold[a["id"]]], score),
            weights=weights,
            fitted=(
                f"logistic regression ({args.labels} labels)"
                if args.method == "logistic"
                else "coordinate ascent on the cut lists' F1, from the hand weights"
            )
            + f" on {len(articles)} dev articles (tools/fit_salience.py)",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
