"""The summarisers that are sumy's own: Luhn, Edmundson, SumBasic and KL-Sum (its greedy walk
vectorised). The only module that imports sumy, and only when one of these is asked for."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

import numpy
from sumy.models.dom import ObjectDocumentModel, Paragraph
from sumy.models.dom import Sentence as SumySentence
from sumy.summarizers._summarizer import AbstractSummarizer
from sumy.summarizers.edmundson import EdmundsonSummarizer
from sumy.summarizers.kl import KLSummarizer
from sumy.summarizers.luhn import LuhnSummarizer
from sumy.summarizers.sum_basic import SumBasicSummarizer

from . import fastgraph
from .model import Segmented
from .segment import OfflineTokenizer

# Words that mark a sentence as less useful for a brief (Edmundson's stigma words).
_STIGMA = ("hardly", "impossible", "perhaps", "anyway", "meanwhile", "click", "subscribe")


class FastKLSummarizer(KLSummarizer):
    """sumy's KL-Sum with each greedy step vectorised (fastgraph.kl_order); same selection.

    sumy walks the whole document, one greedy step per sentence, rating each sentence taken
    -(distinct sentences rated before it); equal sentences share one rating, which a later
    copy overwrites. With ``steps`` set (a summary's length), the walk stops as soon as
    ``steps`` sentences are settled: every copy taken, and rated above any rating still to
    be given. The rest would all end below them, so the best ``steps`` are sumy's; here they
    share the lowest rating. k steps (a few more with repeats) instead of n.
    """

    steps: int | None = None

    def __call__(self, document: Any, sentences_count: Any) -> Any:
        if self.steps is not None or not isinstance(sentences_count, int):
            return super().__call__(document, sentences_count)
        self.steps = sentences_count
        try:
            return super().__call__(document, sentences_count)
        finally:
            self.steps = None

    def _compute_ratings(self, sentences: Any) -> dict[Any, float]:
        content = [self._get_content_words_in_sentence(s) for s in sentences]
        raw = [list(s.words) for s in sentences]
        copies = Counter(sentences)
        copies_left = Counter(copies)
        ratings: dict[Any, float] = {}
        pending: list[Any] = []  # every copy taken; rating may still tie a later one
        settled = 0  # sentences whose rating is above every rating still to be given
        for index in fastgraph.kl_order(content, raw, self.compute_tf(sentences)):
            sentence = sentences[index]
            # Exactly sumy's rule, duplicates included: -(distinct sentences rated so far).
            ratings[sentence] = -1.0 * len(ratings)
            copies_left[sentence] -= 1
            if copies_left[sentence] == 0:
                pending.append(sentence)
            # Every later rating is at most -len(ratings).
            floor = -1.0 * len(ratings)
            settled += sum(copies[s] for s in pending if ratings[s] > floor)
            pending = [s for s in pending if ratings[s] <= floor]
            if self.steps is not None and settled >= self.steps:
                for s in copies:
                    if copies_left[s] or s in pending:  # would end at or below the floor
                        ratings[s] = -1.0 * len(sentences)
                break
        return ratings


_SUMY: dict[str, type[AbstractSummarizer]] = {
    "luhn": LuhnSummarizer,
    "edmundson": EdmundsonSummarizer,
    "kl": FastKLSummarizer,
    "sumbasic": SumBasicSummarizer,
}


def rate_with_sumy(
    doc: Segmented,
    algorithm: str,
    stemmer: Callable[[str], str],
    stop_words: frozenset[str],
    language: str,
    top: int | None,
) -> list[float]:
    """Every sentence's rating by one of sumy's summarisers, fed our sentences and words."""
    tokenizer = OfflineTokenizer(language)
    tokenizer.prime([s.text for s in doc.sentences])
    document = _sumy_document(doc, tokenizer)
    summarizer = _build(
        algorithm, stemmer, stop_words, title_words=tokenizer.to_words(doc.source.title)
    )
    if algorithm == "kl":
        summarizer.steps = top
    with numpy.errstate(all="ignore"):
        summarizer(document, len(doc.sentences))
    return [r if math.isfinite(r) else 0.0 for r in summarizer.ratings]


def _sumy_document(doc: Segmented, tokenizer: OfflineTokenizer) -> ObjectDocumentModel:
    paragraphs: dict[int, list[SumySentence]] = {}
    for sentence in doc.sentences:
        paragraphs.setdefault(sentence.paragraph, []).append(SumySentence(sentence.text, tokenizer))
    if doc.source.title:
        # The title is a heading: Edmundson's title method reads it, the others skip headings.
        first = min(paragraphs)
        paragraphs[first].insert(0, SumySentence(doc.source.title, tokenizer, is_heading=True))
    return ObjectDocumentModel(tuple(Paragraph(s) for _, s in sorted(paragraphs.items())))


def _build(
    algorithm: str,
    stemmer: Callable[[str], str],
    stop_words: frozenset[str],
    *,
    title_words: Sequence[str],
) -> Any:
    base = _SUMY[algorithm]

    class Rated(base):  # type: ignore[valid-type,misc]
        """The sumy summarizer, keeping every sentence's rating (sumy only returns the best)."""

        ratings: list[float]

        def _get_best_sentences(
            self, sentences: Sequence[Any], count: Any, rating: Any, *args: Any, **kwargs: Any
        ) -> Any:
            rate: Callable[[Any], float] = (
                rating.__getitem__
                if isinstance(rating, dict)
                else lambda s: rating(s, *args, **kwargs)
            )
            # Some ratings are one-shot iterators (LSA): read each sentence's once, here.
            self.ratings = [float(rate(s)) for s in sentences]
            return tuple(sentences)  # selection happens in select(), from the ratings

    summarizer = Rated(stemmer)
    # sumy takes these as attributes only; they are set once here, before first use.
    summarizer.stop_words = stop_words
    if algorithm == "edmundson":
        summarizer.null_words = stop_words
        summarizer.bonus_words = [w.lower() for w in title_words if w.lower() not in stop_words]
        summarizer.stigma_words = _STIGMA
    return summarizer
