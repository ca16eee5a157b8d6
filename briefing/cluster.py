"""Articles -> groups about the same event, for one multi-source brief per event (--group)."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

from .errors import BriefingError
from .ingest import read_source
from .model import Options

SAME_EVENT = 0.3  # TF-IDF cosine of two articles' openings that makes them one event
_OPENING_WORDS = 300  # the lead says what the event is; later paragraphs wander
_FUNCTION = frozenset(
    re.findall(
        r"\w+",
        "the and for that with from this have has had was were are been will would could said "
        "says also not but its their they them his her our who which when where what than "
        "into over after about more other some just",
    )
)


def group_by_event(
    inputs: Sequence[str], options: Options, threshold: float = SAME_EVENT
) -> tuple[list[tuple[str, ...]], list[tuple[str, str]]]:
    """Groups of inputs about the same event (in input order) and the unreadable inputs.

    Two articles are about the same event when the TF-IDF cosine of their openings is at
    least ``threshold``; groups are the connected components of that relation.
    """
    readable: list[str] = []
    words: list[Counter[str]] = []
    unreadable: list[tuple[str, str]] = []
    for location in inputs:
        try:
            source = read_source(
                location, "s1", input_format=options.input_format, max_bytes=options.max_bytes
            )
        except BriefingError as error:
            unreadable.append((location, str(error)))
            continue
        readable.append(location)
        opening = re.findall(r"[a-z][a-z'-]{2,}", source.text.lower())[:_OPENING_WORDS]
        words.append(Counter(w for w in opening if w not in _FUNCTION))
    vectors = _tfidf(words)
    parent = list(range(len(readable)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(readable)):
        for j in range(i + 1, len(readable)):
            if _cosine(vectors[i], vectors[j]) >= threshold:
                parent[root(j)] = root(i)
    groups: dict[int, list[str]] = {}
    for i, location in enumerate(readable):
        groups.setdefault(root(i), []).append(location)
    ordered = sorted(groups.values(), key=lambda g: readable.index(g[0]))
    return [tuple(g) for g in ordered], unreadable


def _tfidf(documents: Sequence[Counter[str]]) -> list[dict[str, float]]:
    n = len(documents)
    frequency: Counter[str] = Counter()
    for counts in documents:
        frequency.update(counts.keys())
    vectors = []
    for counts in documents:
        vector = {w: c * (math.log((n + 1) / (frequency[w] + 1)) + 1) for w, c in counts.items()}
        norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
        vectors.append({w: v / norm for w, v in vector.items()})
    return vectors


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(w, 0.0) for w, v in a.items())
