"""briefing.words gives NLTK's Treebank tokens, token for token, without importing NLTK."""

from __future__ import annotations

import pytest
from nltk.tokenize import NLTKWordTokenizer

from briefing.ingest import read_source
from briefing.segment import segment
from briefing.words import tokenize, tokenize_many, words_of

from .conftest import CASES

TRICKY = [
    '"Hello," she said.',
    "'Tis the season: gonna, wanna go, gimme, lemme, gotta, cannot, more'n, d'ye, 'twas.",
    "He said: 'no' -- and left... (again) [twice] {x} <y>",
    "It's don’t «quote» „x“ `a` ''b'' $5 & 3,000 a,b 5:30 U.S. Mr. Smith's end:",
    "' leading quote",
    "ends with a comma,",
    ". starts with a full stop",
    "“Curly quotes” and ‘single’ ones — with dashes – and *stars* @handles #tags 50%",
    "Can't won't shouldn't I'm you're we've they'll she'd O'Neill rock'n'roll",
    "",
]


def sentences() -> list[str]:
    found = [s.text for case in CASES for s in segment(read_source(str(case), "s1")).sentences]
    return found + TRICKY


@pytest.mark.parametrize("text", sentences())
def test_tokens_equal_nltk(text: str) -> None:
    assert tokenize(text) == NLTKWordTokenizer().tokenize(text)


def test_many_at_once_equal_one_by_one() -> None:
    every = sentences()
    assert tokenize_many(every) == [tokenize(s) for s in every]


def test_words_drop_punctuation_and_numbers() -> None:
    assert words_of(["It's 5 o'clock, U.S. time -- well-known."]) == [
        ("It", "o'clock", "time", "well-known")
    ]
