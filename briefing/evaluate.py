"""ROUGE of summarisers on reference summaries (JSONL {id, text, summary}), with Lead alongside."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError, OptionError
from .ingest import source_from_bytes
from .segment import segment
from .summarise import ALGORITHMS, rate, select

METRICS = ("rouge1", "rouge2", "rougeL", "rougeLsum")


@dataclass(frozen=True)
class Score:
    """Mean ROUGE F1 (x100) of one algorithm over the articles."""

    algorithm: str
    articles: int
    rouge1: float
    rouge2: float
    rougeL: float
    rougeLsum: float


def read_rows(path: Path) -> list[dict[str, str]]:
    """The articles of a JSONL file; each line needs "text" and "summary"."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise InputError(f"{path} cannot be read ({error.strerror}) — check the path") from None
    rows = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except ValueError:
            raise InputError(f"{path} line {number} is not JSON — give one object a line") from None
        if not isinstance(row, dict) or not row.get("text") or not row.get("summary"):
            raise InputError(
                f"{path} line {number} lacks 'text' or 'summary' — give both on every line"
            )
        rows.append(row)
    if not rows:
        raise InputError(f"{path} has no articles — give JSONL lines {{id, text, summary}}")
    return rows


def evaluate(
    rows: Sequence[dict[str, str]],
    algorithms: Sequence[str],
    k: int = 3,
    progress: Callable[[int], None] | None = None,
) -> list[Score]:
    """Mean ROUGE-1/2/L/Lsum F1 of each algorithm's k-sentence summaries, plus Lead-k."""
    try:
        from rouge_score import rouge_scorer
    except ImportError:
        raise OptionError(
            "briefing eval needs rouge-score — install it with `pip install 'briefing[eval]'`"
        ) from None
    unknown = [a for a in algorithms if a not in ALGORITHMS]
    if unknown:
        raise OptionError(f"unknown algorithm {unknown[0]!r} — see `briefing algorithms`")
    names = list(dict.fromkeys(["lead", *algorithms]))
    scorer = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)
    totals = {name: dict.fromkeys(METRICS, 0.0) for name in names}
    for row in rows:
        doc = segment(source_from_bytes(row["text"].encode("utf-8"), "s1"))
        target = "\n".join(_sentences(row["summary"]))
        for name in names:
            count = min(k, len(doc.sentences))
            chosen = select(doc, name, rate(doc, name, top=count), count)
            prediction = "\n".join(s.sentence.text for s in chosen.sentences)
            result = scorer.score(target, prediction)
            for metric in METRICS:
                totals[name][metric] += result[metric].fmeasure * 100
        if progress:
            progress(1)
    n = len(rows)
    return [Score(name, n, *(round(totals[name][m] / n, 2) for m in METRICS)) for name in names]


def _sentences(text: str) -> Iterator[str]:
    doc = segment(source_from_bytes(text.encode("utf-8"), "s1"))
    return (s.text for s in doc.sentences)
