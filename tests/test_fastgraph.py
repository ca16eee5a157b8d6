"""The sparse LexRank/TextRank give sumy's numbers, and so sumy's selection, on the same tokens."""

from __future__ import annotations

import numpy as np
import pytest
from sumy.summarizers.kl import KLSummarizer
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.summarizers.lsa import LsaSummarizer
from sumy.summarizers.reduction import ReductionSummarizer
from sumy.summarizers.text_rank import TextRankSummarizer

from briefing import fastgraph
from briefing.ingest import read_source, source_from_bytes
from briefing.segment import OfflineTokenizer, segment
from briefing.summarise import _stemmer_and_stop_words, rate
from briefing.sumy_algorithms import FastKLSummarizer, _sumy_document
from briefing.words import is_cjk

from .conftest import CASES as ALL_CASES

# sumy's parity is on English words: a case in a script without spaces has none to rate
CASES = [case for case in ALL_CASES if not is_cjk(case.read_text())]

ODD = (
    "Rain. Rain. Rain fell on the port. The port closed. 2026 3 4. "
    "The port and the road closed because rain fell. Ships waited. Ships waited."
)


def segmented() -> list:
    docs = [segment(read_source(str(case), "s1")) for case in CASES]
    docs.append(segment(source_from_bytes(ODD.encode(), "s1")))
    # Several articles joined: a longer document with repeated vocabulary (ten articles, so
    # that sumy's own KL-Sum, which the test runs, stays within seconds as cases are added).
    joined = "\n\n".join(case.read_text() for case in CASES[:10] * 3)
    docs.append(segment(source_from_bytes(joined.encode(), "s1")))
    return docs


def documents() -> list:
    return [_sumy_document(d, OfflineTokenizer("english")) for d in segmented()]


def configured(cls: type) -> object:
    """sumy's own summarizer with the stemmer and stop words briefing uses."""
    stem, stop_words = _stemmer_and_stop_words("english")
    summarizer = cls(stem)
    summarizer.stop_words = stop_words
    return summarizer


def sumy_ratings(cls: type, document: object) -> list[float]:
    """Every sentence's rating as sumy's summarizer gives it, in document order."""
    import warnings

    summarizer = configured(cls)
    captured: list[float] = []

    def keep(sentences, count, rating, *args, **kwargs):
        get = rating.__getitem__ if isinstance(rating, dict) else rating
        captured.extend(float(get(s, *args, **kwargs)) for s in sentences)
        return ()

    summarizer._get_best_sentences = keep
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # sumy warns when words < sentences
        summarizer(document, 3)
    return captured


@pytest.mark.parametrize(
    ("algorithm", "cls"),
    [
        ("lexrank", LexRankSummarizer),
        ("textrank", TextRankSummarizer),
        ("reduction", ReductionSummarizer),
        ("lsa", LsaSummarizer),
    ],
)
@pytest.mark.parametrize("index", range(len(CASES) + 2))
def test_scores_equal_sumys_own(algorithm: str, cls: type, index: int) -> None:
    """briefing rates without sumy; sumy's own class, fed the same words, agrees."""
    doc = segmented()[index]
    expected = sumy_ratings(cls, documents()[index])
    ours = rate(doc, algorithm, language="english")
    assert np.allclose(ours, expected, rtol=1e-9, atol=1e-12)


@pytest.mark.parametrize("index", range(4))
def test_lexrank_scores_equal_sumy(index: int) -> None:
    document = documents()[index]
    sumy = configured(LexRankSummarizer)
    words = [sumy._to_words_set(s) for s in document.sentences]
    tf, idf = sumy._compute_tf(words), sumy._compute_idf(words)
    expected = sumy.power_method(sumy._create_matrix(words, sumy.threshold, tf, idf), sumy.epsilon)
    assert np.allclose(fastgraph.lexrank(words), expected, rtol=1e-9, atol=1e-12)


@pytest.mark.parametrize("index", range(4))
def test_textrank_scores_equal_sumy(index: int) -> None:
    document = documents()[index]
    sumy = configured(TextRankSummarizer)
    expected = list(sumy.rate_sentences(document).values())
    words = [sumy._to_words_set(s) for s in document.sentences]
    ours = fastgraph.textrank(words)
    unique = {str(s): v for s, v in zip(document.sentences, ours, strict=True)}
    assert np.allclose(list(unique.values()), expected, rtol=1e-9, atol=1e-12)


@pytest.mark.parametrize("index", range(4))
def test_kl_ratings_equal_sumy(index: int) -> None:
    document = documents()[index]
    sentences = document.sentences
    expected = configured(KLSummarizer)._compute_ratings(sentences)
    assert configured(FastKLSummarizer)._compute_ratings(sentences) == expected


@pytest.mark.parametrize(
    ("fast", "slow"),
    [
        (FastKLSummarizer, KLSummarizer),
    ],
)
@pytest.mark.parametrize("count", [1, 3, 5])
def test_selection_equals_sumy(fast: type, slow: type, count: int) -> None:
    for document in documents():
        chosen = [str(s) for s in configured(fast)(document, count)]
        assert chosen == [str(s) for s in configured(slow)(document, count)]


def test_empty_input() -> None:
    assert fastgraph.lexrank([]).shape == (0,)
    assert fastgraph.textrank([]).shape == (0,)


@pytest.mark.parametrize("count", [1, 3, 5])
def test_kl_stops_after_count_and_picks_what_sumy_picks(count: int) -> None:
    for document in documents():
        expected = [str(s) for s in configured(KLSummarizer)(document, count)]
        assert [str(s) for s in configured(FastKLSummarizer)(document, count)] == expected


@pytest.mark.parametrize("count", [1, 2, 4])
def test_kl_with_repeated_sentences_picks_what_sumy_picks(count: int) -> None:
    from sumy.models.dom import ObjectDocumentModel, Paragraph

    for document in documents()[:2]:
        once = document.sentences
        # Repeats of a sentence sumy takes early and of one it takes late.
        repeated = ObjectDocumentModel((Paragraph((*once, once[0], once[-1], once[0])),))
        expected = [str(s) for s in configured(KLSummarizer)(repeated, count)]
        assert [str(s) for s in configured(FastKLSummarizer)(repeated, count)] == expected
