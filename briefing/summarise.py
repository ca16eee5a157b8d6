"""Sentences -> the key sentences of each source, scored.

news, lead, LexRank, TextRank, LSA and Reduction run here on our own words (briefing.words)
and Snowball stems, without importing sumy or NLTK; sumy's own Luhn, Edmundson, SumBasic
and KL-Sum come from sumy_algorithms, imported only when asked for."""

from __future__ import annotations

import importlib
import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import lru_cache

import numpy

from . import fastgraph
from .errors import OptionError
from .extract.names import REPORTING
from .ingest.language import CODES, stop_words
from .model import ScoredSentence, Segmented, Summary
from .segment import resolve_language
from .words import count_words, words_of

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
        words = _content(doc, *_stemmer_and_stop_words(language))
        lengths = [count_words(s.text) for s in doc.sentences]
        scores = [float(v) for v in fastgraph.news(words, lengths)]
        if top is None or top >= n:
            return scores
        # The summary itself: the k opening sentences that best cover the story; they keep
        # their news-score order (the BLUF is the best of them) above every other sentence.
        quoted = [_quote_cost(s.text) for s in doc.sentences]
        leaning = [_leans_on_before(s.text) for s in doc.sentences]
        chosen = fastgraph.lead_cover(
            words,
            lengths,
            top,
            quoted=quoted,
            leaning=leaning,
            keep_lead=bool(doc.sentences) and _hard_news_lead(doc.sentences[0].text),
        )
        lift = max(scores) - min(scores[i] for i in chosen) + 1.0
        return [v + lift if i in chosen else v for i, v in enumerate(scores)]
    if n == 1:
        return [1.0]
    stem, stop_words = _stemmer_and_stop_words(language)
    if algorithm in _GRAPH:
        return _GRAPH[algorithm](doc, stem, stop_words)
    from .sumy_algorithms import rate_with_sumy  # imports sumy (and NLTK) only here

    return rate_with_sumy(doc, algorithm, stem, stop_words, language, top)


_NEWS_DAYS = re.compile(
    r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|"
    r"overnight)\b",
    re.IGNORECASE,
)


# A day of a month, either way round: "on 3 March 2025", "on March 3".
_MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_ON_A_DATE = re.compile(
    rf"\bon\s+(\d{{1,2}}(st|nd|rd|th)?\s+{_MONTH}|{_MONTH}\s+\d{{1,2}}(st|nd|rd|th)?)\b",
    re.IGNORECASE,
)


def _hard_news_lead(text: str) -> bool:
    """The opening sentence is a hard-news lead: it says on what day something happened
    ("on Saturday", "yesterday", "on 3 March 2025"), or what has just been done to someone
    ("has been charged", "has been jailed for life"). Such a lead is the story in one
    sentence and stays in the summary; a feature's opening ("Baseball has long been
    considered …") may give way to a sentence with more of the story."""
    return bool(_NEWS_DAYS.search(text) or _ON_A_DATE.search(text) or _JUST_DONE.search(text))


# What has just been done to someone, the British lead's tense: "A police officer has been
# charged", "A woman … has been jailed for life".
_JUST_DONE = re.compile(
    r"\b(has|have) been (charged|jailed|arrested|killed|sentenced|convicted|fined|banned|"
    r"found guilty|cleared|suspended)\b",
    re.IGNORECASE,
)


def _quote_cost(text: str) -> float:
    """How much a sentence that opens with a quotation costs the opening summary, in units of
    the quote cost: 1 where it names who speaks ("'…,' said Dr Kobe"), 2 where it does not
    ("'Clean water is the priority.'", a voice the reader cannot place), 0 for no quote."""
    if text[:1] not in "\"'\u2018\u201c":
        return 0.0
    return 1.0 if REPORTING & set(re.findall(r"[a-z]+", text.lower())) else 2.0


# Pronouns that open a sentence about someone the sentence before named.
_LEANING = frozenset("he she they his her their him them".split())  # noqa: SIM905


def _leans_on_before(text: str) -> float:
    """1 for a sentence that opens with a personal pronoun ("His whereabouts could not be
    confirmed.", "He said several people were missing."): without the sentence before, a
    reader cannot tell who (fastgraph.lead_cover keeps the two together). A sentence with a
    quotation mark is a voice, left to the quotation's own cost."""
    if any(mark in text for mark in '"\u201c\u201d'):
        return 0.0  # "They will not load a ship," the union's leader said: a voice, named
    first = re.match(r"[A-Za-z]+", text)
    return 1.0 if first is not None and first.group(0).lower() in _LEANING else 0.0


def _content(
    doc: Segmented,
    stem: Callable[[str], str],
    stop_words: frozenset[str],
    words: Sequence[Sequence[str]] | None = None,
) -> list[list[str]]:
    """Each sentence's words, lower-cased, stop words out, stemmed (sumy's _to_words_set).

    ``words``: the sentences' words when already tokenised (each document is tokenised once).
    """
    if words is None:
        words = words_of([s.text for s in doc.sentences])
    stems: dict[str, str] = {}  # each distinct word stemmed once
    return [
        [stems[w] if w in stems else stems.setdefault(w, stem(w)) for w in sentence]
        for sentence in (
            [w for w in (x.lower() for x in sentence_words) if w not in stop_words]
            for sentence_words in words
        )
    ]


def _lexrank(doc: Segmented, stem: Callable[[str], str], stop_words: frozenset[str]) -> list[float]:
    """sumy's LexRank (threshold 0.1, epsilon 0.1) on sparse matrices; 0/0 rows score 0."""
    with numpy.errstate(all="ignore"):
        scores = fastgraph.lexrank(_content(doc, stem, stop_words), 0.1, 0.1)
    return _last_copy(doc, [float(v) if math.isfinite(v) else 0.0 for v in scores])


def _textrank(
    doc: Segmented, stem: Callable[[str], str], stop_words: frozenset[str]
) -> list[float]:
    """sumy's TextRank (damping 0.85, epsilon 1e-4) on sparse matrices."""
    scores = fastgraph.textrank(_content(doc, stem, stop_words), 0.85, 1e-4)
    return _last_copy(doc, [float(v) for v in scores])


def _last_copy(doc: Segmented, scores: list[float]) -> list[float]:
    """sumy keys ratings by sentence text: equal sentences all get the last copy's rating."""
    last = {s.text: v for s, v in zip(doc.sentences, scores, strict=True)}
    return [last[s.text] for s in doc.sentences]


def _reduction(
    doc: Segmented, stem: Callable[[str], str], stop_words: frozenset[str]
) -> list[float]:
    """sumy's Reduction: summed shared-word edge weights; equal sentences share (add) theirs."""
    scores = fastgraph.reduction(_content(doc, stem, stop_words))
    total: dict[str, float] = {}
    for sentence, score in zip(doc.sentences, scores, strict=True):
        total[sentence.text] = total.get(sentence.text, 0.0) + float(score)
    return [total[s.text] for s in doc.sentences]


_LSA_SMOOTH = 0.4


def _lsa(doc: Segmented, stem: Callable[[str], str], stop_words: frozenset[str]) -> list[float]:
    """sumy's LSA rank without the SVD, in time linear in the words.

    sumy keeps every singular dimension, so its rank of a sentence, sqrt(sum_i s_i² v_ij²),
    is the norm of that sentence's column of the smoothed term-frequency matrix (A = U S Vᵀ).
    Every cell of a column is 0.4 + 0.6·tf/max_tf, so the norm needs only the sentence's
    own words: no dense |words|×|sentences| matrix.
    """
    every = words_of([s.text for s in doc.sentences])
    # sumy's dictionary holds the title's words too (a heading of the first paragraph).
    title = words_of([doc.source.title])[0] if doc.source.title else ()
    content = _content(doc, stem, stop_words, every)
    dictionary = frozenset(w for sentence in content for w in sentence)
    dictionary |= {stem(w.lower()) for w in title if w.lower() not in stop_words}
    if not dictionary:
        return [0.0] * len(doc.sentences)
    floor = len(dictionary) * _LSA_SMOOTH**2
    ranks = []
    for words in every:
        counts = Counter(w for w in (stem(x.lower()) for x in words) if w in dictionary)
        if not counts:
            ranks.append(0.0)
            continue
        top = max(counts.values())
        extra = sum(
            (_LSA_SMOOTH + (1 - _LSA_SMOOTH) * c / top) ** 2 - _LSA_SMOOTH**2
            for c in counts.values()
        )
        ranks.append(math.sqrt(floor + extra))
    return ranks


_GRAPH: dict[str, Callable[[Segmented, Callable[[str], str], frozenset[str]], list[float]]] = {
    "lexrank": _lexrank,
    "textrank": _textrank,
    "reduction": _reduction,
    "lsa": _lsa,
}


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


@lru_cache(maxsize=8)
def _stemmer_and_stop_words(language: str) -> tuple[Callable[[str], str], frozenset[str]]:
    """Snowball's stemmer (PyStemmer, its C library) and sumy's stop word list for the
    language; spaCy's stop words where sumy has none, no stemming where Snowball has none."""
    import Stemmer

    try:
        stemmer: Callable[[str], str] = Stemmer.Stemmer(language).stemWord
    except KeyError:
        stemmer = str.lower  # no Snowball stemmer for this language: words as written
    listed = stop_words(language)
    if listed is not None:
        return stemmer, listed

    try:
        module = importlib.import_module(f"spacy.lang.{CODES[language]}.stop_words")
    except (KeyError, ImportError):
        raise OptionError(f"no stop words for {language!r} — use --language english") from None
    return stemmer, frozenset(module.STOP_WORDS)
