"""Fit the weighing of kept places (briefing/data/locations.json) on the dev gold, validated
by article.

    .venv/bin/python tools/fit_places.py            # report only
    .venv/bin/python tools/fit_places.py --write    # and store the model fitted on all

Every place the location rules keep (locations.location_candidates) in each dev article is a
candidate, labelled by the eval's own matching: does a gold location (any salience) share
one of its forms? A logistic regression (tools/fitting.py) weighs its LOCATION_FEATURES; a
place is listed when its probability reaches 0.5 (THRESHOLDS), and the listing is scored as
a brief lists it (cut at Options.max_locations; precision of what is listed, recall of the
major gold places). Reported, as for the other fitted models:
- the rules alone (every kept place listed), for comparison;
- the split discipline: fitted on the read half (even index in index.json), scored on the
  check half (odd), and the reverse;
- 5-fold cross-validation by article (each article scored by a model fitted without it);
- the model fitted on all 85 (what --write stores), scored on the same articles.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

import numpy as np
from fitting import EVAL, FOLDS, ROOT, add, dev_parsed, f1, folds, logistic, pr, report, score_module

sys.path.insert(0, str(ROOT))

from briefing.extract.locations import LOCATION_FEATURES
from briefing.extract.weighing import LogisticModel
from briefing.model import Options

# The logistic regression's own boundary, not a searched threshold: a threshold chosen for
# F1 on 43 articles moved with every small change to the candidates and then lost recall on
# the other half (fitted on the read half, the check half fell to R 0.840); at 0.5 both
# halves and the cross-validation gain over the rules alone.
THRESHOLDS = (0.5,)
DATA = ROOT / "briefing" / "data" / "locations.json"


def articles(score) -> list[dict]:  # type: ignore[no-untyped-def,type-arg]
    """Per dev article: id, index, its kept places with features and labels, and the gold."""
    from briefing.extract.locations import location_candidates

    out = []
    for index, article, parsed, key in dev_parsed():
        gold = json.loads((EVAL / "gold" / "dev" / f"{article}.json").read_text())["locations"]
        cands = []
        for loc, features in location_candidates(parsed, key):
            pred = {"name": loc.name, "aliases": list(loc.aliases)}
            label = float(any(score.matches(pred, g) for g in gold))
            cands.append((pred, features, label))
        out.append({"id": article, "index": index, "cands": cands, "gold": gold})
    return out


def counts(arts: Sequence[dict], model: LogisticModel | None, score) -> tuple[int, int, int, int]:  # type: ignore[no-untyped-def,type-arg]
    """(correct listed, listed, major gold found, major gold) of the briefs' location lists."""
    c = n = f = m = 0
    cap = Options().max_locations
    for a in arts:
        listed = [
            p for p, x, _ in a["cands"] if model is None or model.probability(x) >= model.threshold
        ][:cap]
        c += sum(1 for p in listed if any(score.matches(p, g) for g in a["gold"]))
        n += len(listed)
        major = [g for g in a["gold"] if g.get("salience") == "major"]
        f += sum(1 for g in major if any(score.matches(p, g) for p in listed))
        m += len(major)
    return c, n, f, m


def fit(arts: Sequence[dict], score) -> LogisticModel:  # type: ignore[no-untyped-def,type-arg]
    """Logistic weights on the candidates' labels; the threshold the best of THRESHOLDS."""
    x = np.array([f for a in arts for _, f, _ in a["cands"]], dtype=float)
    y = np.array([label for a in arts for _, _, label in a["cands"]], dtype=float)
    weights, intercept = logistic(x, y)
    best = (-1.0, 0.0)
    for t in THRESHOLDS:
        model = LogisticModel(tuple(float(w) for w in weights), float(intercept), t)
        value = f1(*pr(counts(arts, model, score)))
        if value > best[0] + 1e-9:
            best = (value, t)
    return LogisticModel(tuple(float(w) for w in weights), float(intercept), best[1])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args(argv)
    if not (EVAL / "gold" / "dev").is_dir():
        print(f"no gold under {EVAL}: this tool needs ../shared/eval", file=sys.stderr)
        return 1
    score = score_module()
    arts = articles(score)
    read = [a for a in arts if a["index"] % 2 == 0]
    check = [a for a in arts if a["index"] % 2 == 1]
    print(f"{sum(len(a['cands']) for a in arts)} kept places in {len(arts)} articles")
    report("read half, rules alone", counts(read, None, score))
    report("check half, rules alone", counts(check, None, score))
    report("all, rules alone", counts(arts, None, score))
    report("read half, model fitted on it", counts(read, fit(read, score), score))
    report("check half, model fitted on read", counts(check, fit(read, score), score))
    report("read half, model fitted on check", counts(read, fit(check, score), score))
    fold_of = folds([a["id"] for a in arts])
    total = (0, 0, 0, 0)
    for k in range(FOLDS):
        train = [a for a in arts if fold_of[a["id"]] != k]
        test = [a for a in arts if fold_of[a["id"]] == k]
        total = add(total, counts(test, fit(train, score), score))
    p_cv, r_cv = report(f"{FOLDS}-fold cross-validated by article", total)
    model = fit(arts, score)
    report("fitted on all (optimistic)", counts(arts, model, score))
    for name, w in zip(LOCATION_FEATURES, model.weights, strict=True):
        print(f"    {name:10} {w:+.3f}")
    print(f"    intercept  {model.intercept:+.3f}   threshold {model.threshold}")
    if args.write:
        data = {
            "about": "Whether a careful reader lists a place the location rules keep: a logistic "
            "weighing of LOCATION_FEATURES (briefing/extract/locations.py)",
            "features": list(LOCATION_FEATURES),
            "weights": [round(w, 4) for w in model.weights],
            "intercept": round(model.intercept, 4),
            "threshold": model.threshold,
            "fitted": "tools/fit_places.py: logistic regression on the kept places' labels (match "
            "a gold location of any salience), listed at probability 0.5",
            "cross_validated": {
                "folds": FOLDS,
                "locations_p": round(p_cv, 3),
                "locations_r": round(r_cv, 3),
            },
        }
        DATA.write_text(json.dumps(data, indent=2) + "\n")
        print(f"wrote {DATA}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
