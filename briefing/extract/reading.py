"""How much of a very long text the lists are read from.

Parsing is the costly step (about 4,000 words a second on one core), and every list the
brief draws from the parse is linear in it. A text longer than the word budget
(``Options.read_words``) is read in part: the key sentences the summariser chose, each
source's opening sentences, then its most central sentences by the summariser's own "news"
score, in that order, until the source's share of the budget is used. Each source's share
is in proportion to its length. The sentences kept stay in document order with their own
numbers, so every reference still points at the source sentence. The key points
themselves are always chosen from all of the text."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace

from ..model import Segmented
from ..summarise import rate
from ..words import count_words

# Sentences of each source read whatever their score: the lead carries a report's who,
# where and when.
LEAD = 20


@dataclass(frozen=True)
class Reading:
    """The sentences to read, and how many words of how many that is."""

    docs: tuple[Segmented, ...]
    words: int
    total: int

    @property
    def partial(self) -> bool:
        return self.words < self.total


def to_read(
    docs: Sequence[Segmented], budget: int, key_sentences: Collection[tuple[str, int]] = ()
) -> Reading:
    """The sentences of ``docs`` to parse within ``budget`` words (0: all of them)."""
    lengths = [[count_words(s.text) for s in d.sentences] for d in docs]
    total = sum(map(sum, lengths))
    if budget <= 0 or total <= budget:
        return Reading(tuple(docs), total, total)
    kept_docs, read = [], 0
    for doc, words in zip(docs, lengths, strict=True):
        share = budget * sum(words) / total
        keep = {i for i, s in enumerate(doc.sentences) if (s.source, s.index) in key_sentences}
        used = sum(words[i] for i in keep)
        scores = rate(doc, "news", language="english") if len(doc.sentences) > LEAD else []
        central = sorted(range(LEAD, len(words)), key=lambda i: -scores[i])
        order = [*range(min(LEAD, len(words))), *central]
        for i in order:
            if used >= share:
                break
            if i not in keep:
                keep.add(i)
                used += words[i]
        kept_docs.append(replace(doc, sentences=tuple(doc.sentences[i] for i in sorted(keep))))
        read += used
    return Reading(tuple(kept_docs), read, total)
