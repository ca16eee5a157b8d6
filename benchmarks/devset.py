"""The dev articles a benchmark scores: all, one half of the split discipline, or a round."""

from __future__ import annotations

import json
from pathlib import Path

EVAL = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"


def dev_articles(half: str = "all", round_: int | None = None) -> list[Path]:
    """Dev article files in index.json order. ``half`` "read": those at even positions (where
    errors are read), "check": the odd ones (where a change must hold); ``round_``: only
    that annotation round."""
    entries = [e for e in json.loads((EVAL / "index.json").read_text()) if e.get("split") == "dev"]
    return [
        EVAL / "articles" / "dev" / f"{e['id']}.txt"
        for i, e in enumerate(entries)
        if (half == "all" or (i % 2 == 0) == (half == "read"))
        and (round_ is None or e.get("round") == round_)
    ]
