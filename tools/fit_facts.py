"""Fit the key-figures and timeline models (briefing/data/figures.json, timeline.json) on the
dev timeline gold, validated by article.

    .venv/bin/python tools/fit_facts.py                 # report only, both sections
    .venv/bin/python tools/fit_facts.py --write         # and store the models fitted on all
    .venv/bin/python tools/fit_facts.py --section timeline

Every number (figures.candidates) and every sentence with a point in time
(timeline.candidates) of each dev article is a candidate, labelled by the eval's own rules:
does it match a gold entry (any salience)? A logistic regression (tools/fitting.py) weighs
the candidate's features; the probability a candidate must reach is then chosen to maximise
the F1 of the section as a brief lists it (merged, cut, scored with score.py's matching:
precision of what is listed, recall of the major gold entries). Reported:
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

from briefing.extract.weighing import LogisticModel

THRESHOLDS = tuple(round(0.05 * i, 2) for i in range(2, 19))


def articles() -> list[dict]:  # type: ignore[type-arg]
    """Per dev article: id, parsed sentences, key sentences and timeline gold."""
    return [
        {
            "id": article,
            "index": index,
            "parsed": parsed,
            "key": key,
            "gold": json.loads((EVAL / "gold" / "timeline" / "dev" / f"{article}.json").read_text()),
        }
        for index, article, parsed, key in dev_parsed()
    ]


class Section:
    """What differs between figures and timeline: candidates, labels, the listing, scoring."""

    def __init__(self, name: str, score) -> None:  # type: ignore[no-untyped-def]
        self.name = name
        self.score = score
        if name == "figures":
            from briefing.extract import figures as module

            self.features = module.FIGURE_FEATURES
            self.data = ROOT / "briefing" / "data" / "figures.json"
        else:
            from briefing.extract import timeline as module  # type: ignore[no-redef]

            self.features = module.TIMELINE_FEATURES
            self.data = ROOT / "briefing" / "data" / "timeline.json"
        self.module = module
        self.model_class = LogisticModel
        self.cap = 0  # figures listed on a brief (0: Options.max_figures)

    def candidates(self, a: dict) -> list:  # type: ignore[type-arg]
        if self.name == "figures":
            return self.module.candidates(a["parsed"], a["key"])
        return self.module.candidates(a["parsed"], a["key"], {})

    def label(self, c, gold: dict, same: Sequence[str] = ()) -> float:  # type: ignore[no-untyped-def,type-arg]
        """Does the candidate match a gold entry? A figure given in several sentences is one
        entry citing them all (as find_figures merges it): ``same`` are those sentences."""
        if self.name == "figures":
            evidence = [c.parsed.sentence.text, *same][:4]
            pred = {"count": c.count, "as_written": c.as_written, "evidence": evidence}
            return float(any(self.score.figure_match(pred, g) for g in gold["figures"]))
        pred = {"evidence": [c.parsed.sentence.text]}
        return float(any(self.score.event_match(pred, g) for g in gold["timeline"]))

    def listed(self, a: dict, model) -> list[dict]:  # type: ignore[no-untyped-def,type-arg]
        """The section as the brief's JSON lists it (what score.py reads)."""
        from briefing.model import Options
        from briefing.render import event_dict, figure_dict

        if self.name == "figures":
            found = self.module.find_figures(a["parsed"], a["key"], model)[: self.cap or Options().max_figures]
            return [figure_dict(f) for f in found]
        found = self.module.find_timeline(a["parsed"], a["key"], {}, model, Options().max_timeline)
        return [event_dict(e) for e in found]

    def counts(self, arts: Sequence[dict], model) -> tuple[int, int, int, int]:  # type: ignore[no-untyped-def,type-arg]
        match = self.score.figure_match if self.name == "figures" else self.score.event_match
        c = n = f = m = 0
        for a in arts:
            preds = self.listed(a, model)
            golds = a["gold"][self.name]
            c += sum(1 for p in preds if any(match(p, g) for g in golds))
            n += len(preds)
            major = [g for g in golds if g.get("salience") == "major"]
            f += sum(1 for g in major if any(match(p, g) for p in preds))
            m += len(major)
        return c, n, f, m


def fit(section: Section, arts: Sequence[dict]):  # type: ignore[no-untyped-def]
    """Logistic weights on the candidates' labels, then the threshold by the section's F1."""
    x, y = [], []
    for a in arts:
        for c in a["cands"]:
            same = [
                o.parsed.sentence.text
                for o in a["cands"]
                if section.name == "figures" and o is not c and o.count is not None and o.count == c.count
            ]
            x.append(c.features)
            y.append(section.label(c, a["gold"], same))
    weights, intercept = logistic(np.array(x, dtype=float), np.array(y, dtype=float))
    best: tuple[float, float] = (-1.0, 0.5)
    for t in THRESHOLDS:
        model = section.model_class(tuple(float(w) for w in weights), float(intercept), t)
        value = f1(*pr(section.counts(arts, model)))
        if value > best[0] + 1e-9:
            best = (value, t)
    return section.model_class(tuple(float(w) for w in weights), float(intercept), best[1])


def run(section: Section, arts: list[dict], write: bool) -> None:  # type: ignore[type-arg]
    for a in arts:
        a["cands"] = section.candidates(a)
    print(f"{section.name}: {sum(len(a['cands']) for a in arts)} candidates in {len(arts)} articles")
    read = [a for a in arts if a["index"] % 2 == 0]
    check = [a for a in arts if a["index"] % 2 == 1]
    report("read half, model fitted on it", section.counts(read, fit(section, read)))
    report("check half, model fitted on read", section.counts(check, fit(section, read)))
    report("read half, model fitted on check", section.counts(read, fit(section, check)))
    fold_of = folds([a["id"] for a in arts])
    total = (0, 0, 0, 0)
    for k in range(FOLDS):
        train = [a for a in arts if fold_of[a["id"]] != k]
        test = [a for a in arts if fold_of[a["id"]] == k]
        total = add(total, section.counts(test, fit(section, train)))
    p_cv, r_cv = report(f"{FOLDS}-fold cross-validated by article", total)
    if section.name == "figures":
        for cap in (3, 4, 5, 6, 8, 10, 12):
            section.cap = cap
            total = (0, 0, 0, 0)
            for k in range(FOLDS):
                train = [a for a in arts if fold_of[a["id"]] != k]
                test = [a for a in arts if fold_of[a["id"]] == k]
                total = add(total, section.counts(test, fit(section, train)))
            report(f"  cross-validated, {cap} listed", total)
        section.cap = 0
    model = fit(section, arts)
    report("fitted on all (optimistic)", section.counts(arts, model))
    if section.name == "figures":
        categories(section, arts, model)
    if write:
        data = json.loads(section.data.read_text())
        data.update(
            features=list(section.features),
            weights=[round(w, 4) for w in model.weights],
            intercept=round(model.intercept, 4),
            threshold=model.threshold,
            fitted="tools/fit_facts.py: logistic regression on the candidates' labels (match a "
            "gold entry of any salience), threshold by the F1 of the listed section",
            cross_validated={"folds": FOLDS, f"{section.name}_p": round(p_cv, 3), f"{section.name}_r": round(r_cv, 3)},
        )
        section.data.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
        print(f"wrote {section.data}")


def categories(section: Section, arts: Sequence[dict], model) -> None:  # type: ignore[no-untyped-def,type-arg]
    right = total = 0
    for a in arts:
        for p in section.listed(a, model):
            g = next((g for g in a["gold"]["figures"] if section.score.figure_match(p, g)), None)
            if g is not None:
                total += 1
                right += p["category"] == g["category"]
    print(f"  matched figures in the gold's category: {right}/{total}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--section", choices=["figures", "timeline", "both"], default="both")
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args(argv)
    if not (EVAL / "gold" / "timeline" / "dev").is_dir():
        print(f"no timeline gold under {EVAL}: this tool needs ../shared/eval", file=sys.stderr)
        return 1
    score = score_module()
    arts = articles()
    for name in ("figures", "timeline") if args.section == "both" else (args.section,):
        run(Section(name, score), arts, args.write)
    return 0


if __name__ == "__main__":
    sys.exit(main())


