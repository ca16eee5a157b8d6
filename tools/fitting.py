"""Shared by the fitting tools: the eval's score.py, article folds and a logistic regression."""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
FOLDS = 5
L2 = 1.0


def score_module():  # type: ignore[no-untyped-def]
    """../shared/eval/score.py, imported: the eval's own matching rules."""
    spec = importlib.util.spec_from_file_location("score", EVAL / "score.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def folds(ids: Sequence[str]) -> dict[str, int]:
    """Article id -> fold, dealt in id order so every fold mixes old and new articles."""
    return {article: i % FOLDS for i, article in enumerate(sorted(ids))}


def logistic(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, float]:  # type: ignore[type-arg]
    """L2 logistic regression by gradient descent on standardised features (numpy only).

    Returns the weights and intercept on the raw features' scale."""
    mean, std = x.mean(axis=0), x.std(axis=0)
    std[std == 0] = 1.0
    z = (x - mean) / std
    w, b = np.zeros(z.shape[1]), 0.0
    for _ in range(4000):
        p = 1 / (1 + np.exp(-(z @ w + b)))
        w -= 0.5 * (z.T @ (p - y) / len(y) + L2 * w / len(y))
        b -= 0.5 * float(np.mean(p - y))
    return w / std, b - float((mean / std) @ w)


def ascend(
    start: Sequence[float], value_of: Callable[[tuple[float, ...]], float], passes: int = 2
) -> tuple[float, ...]:
    """Coordinate ascent: each parameter in turn moves by ±0.5 or ±1 while that raises
    value_of (e.g. the F1 of the briefs), ``passes`` times over; a transparent fit of a few
    hand-readable numbers to the very score the brief is judged on."""
    best_params = tuple(start)
    best = value_of(best_params)
    for _ in range(passes):
        for i in range(len(best_params)):
            for step in (-1.0, -0.5, 0.5, 1.0):
                params = (*best_params[:i], best_params[i] + step, *best_params[i + 1 :])
                value = value_of(params)
                if value > best + 1e-9:
                    best, best_params = value, params
    return best_params


def f1(precision: float, recall: float, beta: float = 1.0) -> float:
    """F-beta of precision and recall (F1 by default; 0 when both are 0)."""
    if not precision + recall:
        return 0.0
    return (1 + beta**2) * precision * recall / (beta**2 * precision + recall)


def write_fit(
    path: Path, section: str, p: float, r: float, about: str = "", **fields: object
) -> None:
    """Store fitted weights (``fields``) in a data file with their cross-validated figures
    (``about``: what was refitted in each fold, when not everything)."""
    data = json.loads(path.read_text())
    validated: dict[str, object] = {"folds": FOLDS, f"{section}_p": round(p, 3)}
    validated[f"{section}_r"] = round(r, 3)
    if about:
        validated["about"] = about
    data.update(fields, cross_validated=validated)
    path.write_text(json.dumps(data, indent=2) + "\n")
    print(f"wrote {path}")


def pr(counts: tuple[int, int, int, int]) -> tuple[float, float]:
    """(correct listed, listed, major gold found, major gold) -> precision, recall."""
    c, n, f, m = counts
    return (c / n if n else 0.0), (f / m if m else 0.0)


def add(a: tuple[int, ...], b: tuple[int, ...]) -> tuple[int, int, int, int]:
    return tuple(x + y for x, y in zip(a, b, strict=True))  # type: ignore[return-value]


def report(name: str, counts: tuple[int, int, int, int]) -> tuple[float, float]:
    """Print one line of a fitting tool's table; return its precision and recall."""
    p, r = pr(counts)
    c, n, found, major = counts
    print(f"  {name:40} P {p:.3f}  R {r:.3f}  F1 {f1(p, r):.3f}   ({c}/{n}, {found}/{major})")
    return p, r


def dev_parsed():  # type: ignore[no-untyped-def]
    """Each dev article as the brief reads it: (position in index.json, id, parsed
    sentences, the key sentences the summariser picks), in index.json order."""
    import sys

    sys.path.insert(0, str(ROOT))
    from briefing import Options
    from briefing.extract import load_pipeline, parse
    from briefing.ingest import read_source
    from briefing.pipeline import summarise_docs
    from briefing.segment import segment

    options = Options()
    nlp = load_pipeline(options.model)
    for index, entry in enumerate(json.loads((EVAL / "index.json").read_text())):
        if entry.get("split", "dev") != "dev":
            continue
        doc = segment(read_source(str(EVAL / "articles" / "dev" / f"{entry['id']}.txt"), "s1"))
        summary = summarise_docs([doc], options)
        key = {(k.sentence.source, k.sentence.index) for s in summary for k in s.sentences}
        yield index, entry["id"], parse([doc], nlp), key
