"""Sentences -> the key sentences of each source, scored; the only module that imports sumy."""

from __future__ import annotations

import importlib
import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

import numpy
from sumy.models.dom import ObjectDocumentModel, Paragraph
from sumy.models.dom import Sentence as SumySentence
from sumy.nlp.stemmers import Stemmer
from sumy.summarizers._summarizer import AbstractSummarizer
from sumy.summarizers.edmundson import EdmundsonSummarizer
from sumy.summarizers.kl import KLSummarizer
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.summarizers.lsa import LsaSummarizer
from sumy.summarizers.luhn import LuhnSummarizer
from sumy.summarizers.reduction import ReductionSummarizer
from sumy.summarizers.sum_basic import SumBasicSummarizer
from sumy.summarizers.text_rank import TextRankSummarizer
from sumy.utils import get_stop_words

from . import fastgraph
from .errors import OptionError
from .model import ScoredSentence, Segmented, Summary
from .segment import OfflineTokenizer, resolve_language
from .words import words_of

ALGORITHMS: dict[str, str] = {
    "news": "lead coverage + position + directed centrality + MMR: the default, best on news",
    "lead": "the first sentences of each source: the classic news baseline",
    "lexrank": "LexRank: centrality in a graph of TF-IDF cosine similarity (sparse, = sumy's)",
    "textrank": "TextRank: PageRank over word-overlap similarity (sparse, = sumy's)",
    "lsa": "LSA: sentence weight in the term-sentence SVD (computed without an SVD; = sumy's)",
    "luhn": "Luhn (sumy): clusters of significant (frequent, non-stop) words",
    "edmundson": "Edmundson (sumy): cue words, title words and position",
    "kl": "KL-Sum: greedily keeps the word distribution close to the document's (= sumy's)",
    "sumbasic": "SumBasic (sumy): average word probability, with redundancy down-weighting",
    "reduction": "Reduction: summed shared-word edge weights (sparse, = sumy's)",
}
DEFAULT_ALGORITHM = "news"

# Words that mark a sentence as less useful for a brief (Edmundson's stigma words).
_STIGMA = ("hardly", "impossible", "perhaps", "anyway", "meanwhile", "click", "subscribe")


class _CachedStems:
    """Stem each distinct word once (sumy stems every occurrence)."""

    _stems: dict[str, str]

    def stem_word(self, word: str) -> str:
        stems = self.__dict__.setdefault("_stems", {})
        if word not in stems:
            stems[word] = super().stem_word(word)  # type: ignore[misc]
        return stems[word]


class FastLexRankSummarizer(_CachedStems, LexRankSummarizer):
    """sumy's LexRank, same tokens and selection, with sparse matrices (fastgraph.lexrank)."""

    def __call__(self, document: Any, sentences_count: Any) -> Any:
        words = [self._to_words_set(s) for s in document.sentences]
        if not words:
            return ()
        scores = fastgraph.lexrank(words, self.threshold, self.epsilon)
        ratings = dict(zip(document.sentences, scores, strict=True))
        return self._get_best_sentences(document.sentences, sentences_count, ratings)


class FastTextRankSummarizer(_CachedStems, TextRankSummarizer):
    """sumy's TextRank, same tokens and selection, with sparse matrices (fastgraph.textrank)."""

    def rate_sentences(self, document: Any) -> dict[Any, float]:
        words = [self._to_words_set(s) for s in document.sentences]
        scores = fastgraph.textrank(words, self.damping, self.epsilon)
        return dict(zip(document.sentences, scores, strict=True))


class FastReductionSummarizer(_CachedStems, ReductionSummarizer):
    """sumy's Reduction, same tokens and selection, with sparse sums (fastgraph.reduction)."""

    def rate_sentences(self, document: Any) -> dict[Any, float]:
        words = [self._to_words_set(s) for s in document.sentences]
        ratings: dict[Any, float] = {}
        # Equal sentences share one entry in sumy's ratings, which adds up both their sums.
        for sentence, score in zip(document.sentences, fastgraph.reduction(words), strict=True):
            ratings[sentence] = ratings.get(sentence, 0.0) + float(score)
        return ratings


class FastLsaSummarizer(_CachedStems, LsaSummarizer):
    """sumy's LSA without the SVD: the same scores and selection, in time linear in the words.

    sumy keeps every singular dimension (REDUCTION_RATIO = 1), so its rank of a sentence,
    sqrt(sum_i s_i² v_ij²), is the norm of that sentence's column of the smoothed
    term-frequency matrix (A = U S Vᵀ). Every cell of a column is 0.4 + 0.6·tf/max_tf, so
    the norm needs only the sentence's own words: no dense |words|×|sentences| matrix.
    """

    SMOOTH = 0.4

    def rate_sentences(self, document: Any) -> list[float]:
        """Each sentence's rank, in document order."""
        dictionary = self._create_dictionary(document)
        floor = len(dictionary) * self.SMOOTH**2
        ranks = []
        for sentence in document.sentences:
            counts = Counter(w for w in map(self.stem_word, sentence.words) if w in dictionary)
            if not counts:
                ranks.append(0.0)
                continue
            top = max(counts.values())
            extra = sum(
                (self.SMOOTH + (1 - self.SMOOTH) * c / top) ** 2 - self.SMOOTH**2
                for c in counts.values()
            )
            ranks.append(math.sqrt(floor + extra))
        return ranks

    def __call__(self, document: Any, sentences_count: Any) -> Any:
        if not self._create_dictionary(document):
            return ()
        ratings = iter(self.rate_sentences(document))
        return self._get_best_sentences(
            document.sentences, sentences_count, lambda _sentence: next(ratings)
        )


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
    "lexrank": FastLexRankSummarizer,
    "textrank": FastTextRankSummarizer,
    "lsa": FastLsaSummarizer,
    "luhn": LuhnSummarizer,
    "edmundson": EdmundsonSummarizer,
    "kl": FastKLSummarizer,
    "sumbasic": SumBasicSummarizer,
    "reduction": FastReductionSummarizer,
}


def sentence_count(total: int, sentences: int | None, ratio: float | None) -> int:
    """How many sentences to keep of ``total``: an explicit count, else a ratio (at least 1)."""
    if ratio is not None:
        if not 0 < ratio <= 1:
            raise OptionError(f"ratio {ratio} is out of range — give a fraction in (0, 1]")
        return max(1, math.ceil(total * ratio))
    if sentences is None or sentences < 1:
        raise OptionError("the sentence count must be at least 1 — give --sentences 1 or more")
    return min(total, sentences)


def summarise(
    doc: Segmented,
    algorithm: str = DEFAULT_ALGORITHM,
    *,
    sentences: int | None = 5,
    ratio: float | None = None,
    language: str = "auto",
) -> Summary:
    """Pick the key sentences of one source; returned in document order, scored and ranked."""
    if algorithm not in ALGORITHMS:
        known = ", ".join(ALGORITHMS)
        raise OptionError(f"unknown algorithm {algorithm!r} — choose one of: {known}")
    count = sentence_count(len(doc.sentences), sentences, ratio)
    scores = rate(doc, algorithm, language=language, top=count)
    return select(doc, algorithm, scores, count)


def rate(
    doc: Segmented, algorithm: str, *, language: str = "auto", top: int | None = None
) -> list[float]:
    """The algorithm's score for every sentence of the source, in document order.

    ``top``: the size of the summary, when known. KL-Sum then stops its greedy walk there
    (the rest share the lowest score); news puts the ``top`` sentences of its lead
    coverage step first (fastgraph.lead_cover). None scores every sentence alone.
    """
    n = len(doc.sentences)
    language = resolve_language(doc.source, language)
    if algorithm == "lead":
        return [1.0 / (1 + i) for i in range(n)]
    if algorithm == "news":
        stem, stop_words = _stemmer_and_stop_words(language)
        stems: dict[str, str] = {}  # each distinct word stemmed once
        words = [
            [
                stems[w] if w in stems else stems.setdefault(w, stem(w))
                for w in (x.lower() for x in sentence)
                if w not in stop_words
            ]
            for sentence in words_of([s.text for s in doc.sentences])
        ]
        lengths = [len(s.text.split()) for s in doc.sentences]
        scores = [float(v) for v in fastgraph.news(words, lengths)]
        if top is None or top >= n:
            return scores
        # The summary itself: the k opening sentences that best cover the story; they keep
        # their news-score order (the BLUF is the best of them) above every other sentence.
        quoted = [s.text[:1] in "\"'\u2018\u201c" for s in doc.sentences]
        chosen = fastgraph.lead_cover(words, lengths, top, quoted=quoted)
        lift = max(scores) - min(scores[i] for i in chosen) + 1.0
        return [v + lift if i in chosen else v for i, v in enumerate(scores)]
    if n == 1:
        return [1.0]
    tokenizer = OfflineTokenizer(language)
    tokenizer.prime([s.text for s in doc.sentences])
    document = _sumy_document(doc, tokenizer)
    summarizer = _build(algorithm, language, title_words=tokenizer.to_words(doc.source.title))
    if algorithm == "kl":
        summarizer.steps = top
    # Sentences with no shared words give sumy's LexRank a zero matrix (0/0): score those 0.
    with numpy.errstate(all="ignore"):
        summarizer(document, n)
    return [r if math.isfinite(r) else 0.0 for r in summarizer.ratings]


def explain(
    doc: Segmented,
    algorithm: str = DEFAULT_ALGORITHM,
    *,
    language: str = "auto",
    count: int | None = None,
) -> tuple[ScoredSentence, ...]:
    """Every sentence with the algorithm's score and rank (1 = best), in document order.

    ``count``: the summary's size; news then ranks the sentences it chose first, as
    summarise() does. (KL-Sum still walks every sentence here, to rank them all.)
    """
    scores = rate(doc, algorithm, language=language, top=count if algorithm == "news" else None)
    return select(doc, algorithm, scores, len(scores)).sentences


def combine(
    docs: Sequence[Segmented],
    algorithm: str = DEFAULT_ALGORITHM,
    *,
    sentences: int | None = 5,
    ratio: float | None = None,
    language: str = "auto",
) -> list[Summary]:
    """Key sentences across several sources: balanced, near-duplicates merged.

    Sources take turns, best-ranked sentence first, so one long article cannot crowd out
    the rest; a sentence that says what an already chosen one says (in another source) is
    not chosen again but recorded on it as ``also`` ("reported by N sources").
    """
    if algorithm not in ALGORITHMS:
        raise OptionError(
            f"unknown algorithm {algorithm!r} — choose one of: {', '.join(ALGORITHMS)}"
        )
    ranked = [sorted(explain(d, algorithm, language=language), key=lambda s: s.rank) for d in docs]
    if ratio is not None:
        total = sum(sentence_count(len(d.sentences), None, ratio) for d in docs)
    else:
        total = sentence_count(sum(len(d.sentences) for d in docs), sentences, None)
    words = {s.sentence: _content_words(s.sentence.text) for r in ranked for s in r}
    picks: list[ScoredSentence] = []
    turn = 0
    while len(picks) < total and any(turn < len(r) for r in ranked):
        for r in ranked:
            if turn >= len(r) or len(picks) >= total:
                continue
            candidate = r[turn]
            twin = next(
                (
                    i
                    for i, p in enumerate(picks)
                    if p.sentence.source != candidate.sentence.source
                    and _same_point(words[p.sentence], words[candidate.sentence])
                ),
                None,
            )
            if twin is None:
                picks.append(candidate)
            elif all(a.source != candidate.sentence.source for a in picks[twin].also):
                picks[twin] = replace(picks[twin], also=(*picks[twin].also, candidate.sentence))
        turn += 1
    # Every other source that says the same, not only those met while taking turns.
    for i, pick in enumerate(picks):
        seen = {pick.sentence.source, *(a.source for a in pick.also)}
        extra = []
        for r in ranked:
            for s in r:
                if s.sentence.source not in seen and _same_point(
                    words[pick.sentence], words[s.sentence]
                ):
                    seen.add(s.sentence.source)
                    extra.append(s.sentence)
        if extra:
            picks[i] = replace(pick, also=(*pick.also, *extra))
    return [
        Summary(
            source=d.source.id,
            algorithm=algorithm,
            sentences=tuple(
                sorted(
                    (p for p in picks if p.sentence.source == d.source.id),
                    key=lambda p: p.sentence.index,
                )
            ),
        )
        for d in docs
    ]


_FUNCTION_WORDS = frozenset(
    re.findall(
        r"\w+",
        "the a an and or but of in on at to for from by with as is are was were be been has have "
        "had it its this that these those he she they we you said says will would could may also "
        "not no than then there their his her our",
    )
)


def _content_words(text: str) -> frozenset[str]:
    return frozenset(
        w for w in re.findall(r"[a-z][a-z'-]{2,}", text.lower()) if w not in _FUNCTION_WORDS
    )


def _same_point(a: frozenset[str], b: frozenset[str]) -> bool:
    """Near-duplicate sentences: most content words shared (Jaccard ≥ 0.5, or 80 % of the
    shorter one)."""
    if not a or not b:
        return False
    shared = len(a & b)
    return shared / len(a | b) >= 0.5 or shared / min(len(a), len(b)) >= 0.8


def select(doc: Segmented, algorithm: str, scores: Sequence[float], count: int) -> Summary:
    """Keep the ``count`` best-scored sentences (ties to the earlier one), in document order."""
    order = sorted(range(len(scores)), key=lambda i: -scores[i])  # stable: ties keep order
    rank = {i: r + 1 for r, i in enumerate(order)}
    kept = sorted(order[:count])
    return Summary(
        source=doc.source.id,
        algorithm=algorithm,
        sentences=tuple(
            ScoredSentence(doc.sentences[i], round(float(scores[i]), 6), rank[i]) for i in kept
        ),
    )


def _sumy_document(doc: Segmented, tokenizer: OfflineTokenizer) -> ObjectDocumentModel:
    paragraphs: dict[int, list[SumySentence]] = {}
    for sentence in doc.sentences:
        paragraphs.setdefault(sentence.paragraph, []).append(SumySentence(sentence.text, tokenizer))
    if doc.source.title:
        # The title is a heading: Edmundson's title method reads it, the others skip headings.
        first = min(paragraphs)
        paragraphs[first].insert(0, SumySentence(doc.source.title, tokenizer, is_heading=True))
    return ObjectDocumentModel(tuple(Paragraph(s) for _, s in sorted(paragraphs.items())))


def _stemmer_and_stop_words(language: str) -> tuple[Callable[[str], str], frozenset[str]]:
    """sumy's stemmer and stop words; spaCy's stop words and no stemming where sumy has none."""
    try:
        stemmer: Callable[[str], str] = Stemmer(language)
    except (LookupError, ValueError):
        stemmer = str.lower  # no Snowball stemmer for this language: words as written
    try:
        return stemmer, frozenset(get_stop_words(language))
    except LookupError:
        pass
    from .ingest.language import CODES

    try:
        module = importlib.import_module(f"spacy.lang.{CODES[language]}.stop_words")
    except (KeyError, ImportError):
        raise OptionError(f"no stop words for {language!r} — use --language english") from None
    return stemmer, frozenset(module.STOP_WORDS)


def _build(algorithm: str, language: str, *, title_words: Sequence[str]) -> Any:
    stemmer, stop_words = _stemmer_and_stop_words(language)
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
