"""The sparse LexRank/TextRank give sumy's numbers, and so sumy's selection, on the same tokens."""

from __future__ import annotations

import numpy as np
import pytest
from sumy.nlp.stemmers import Stemmer
from sumy.summarizers.kl import KLSummarizer
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.summarizers.lsa import LsaSummarizer
from sumy.summarizers.reduction import ReductionSummarizer
from sumy.summarizers.text_rank import TextRankSummarizer
from sumy.utils import get_stop_words

from briefing import fastgraph
from briefing.ingest import read_source, source_from_bytes
from briefing.segment import OfflineTokenizer, segment
from briefing.summarise import (
    FastKLSummarizer,
    FastLexRankSummarizer,
    FastLsaSummarizer,
    FastReductionSummarizer,
    FastTextRankSummarizer,
    _sumy_document,
)

from .conftest import CASES

ODD = (
    "Rain. Rain. Rain fell on the port. The port closed. 2026 3 4. "
    "The port and the road closed because rain fell. Ships waited. Ships waited."
)


def documents() -> list:
    docs = [segment(read_source(str(case), "s1")) for case in CASES]
    docs.append(segment(source_from_bytes(ODD.encode(), "s1")))
    # Several articles joined: a longer document with repeated vocabulary.
    joined = "\n\n".join(case.read_text() for case in CASES * 3)
    docs.append(segment(source_from_bytes(joined.encode(), "s1")))
    return [_sumy_document(d, OfflineTokenizer("english")) for d in docs]


def configured(cls: type) -> object:
    summarizer = cls(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    return summarizer


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


@pytest.mark.parametrize("index", range(4))
def test_reduction_scores_equal_sumy(index: int) -> None:
    document = documents()[index]
    expected = configured(ReductionSummarizer).rate_sentences(document)
    ours = configured(FastReductionSummarizer).rate_sentences(document)
    assert list(ours) == list(expected)
    assert np.allclose(list(ours.values()), list(expected.values()), rtol=1e-9, atol=1e-12)


@pytest.mark.parametrize("index", range(4))
def test_lsa_scores_equal_sumy_svd(index: int) -> None:
    import warnings

    document = documents()[index]
    captured = {}
    for cls in (LsaSummarizer, FastLsaSummarizer):
        summarizer = configured(cls)

        def keep(sentences, count, rating, cls=cls):
            captured[cls] = [rating(s) for s in sentences]
            return ()

        summarizer._get_best_sentences = keep
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # sumy warns when words < sentences
            summarizer(document, 3)
    assert np.allclose(captured[FastLsaSummarizer], captured[LsaSummarizer], rtol=1e-9)


@pytest.mark.parametrize(
    ("fast", "slow"),
    [
        (FastLexRankSummarizer, LexRankSummarizer),
        (FastTextRankSummarizer, TextRankSummarizer),
        (FastReductionSummarizer, ReductionSummarizer),
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
def test_lsa_selection_equals_sumy_up_to_exact_ties(count: int) -> None:
    """sumy's SVD turns exact ties (same word pattern) into 1e-15 noise; ours keeps them tied
    and takes the earlier sentence. Apart from that the chosen sentences are the same."""
    import warnings

    for document in documents():
        fast = configured(FastLsaSummarizer)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            theirs = [str(s) for s in configured(LsaSummarizer)(document, count)]
        ours = [str(s) for s in fast(document, count)]
        scores = {
            str(s): round(r, 9)
            for s, r in zip(document.sentences, fast.rate_sentences(document), strict=True)
        }
        assert sorted(scores[t] for t in theirs) == sorted(scores[o] for o in ours)


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
