"""Words of a sentence: NLTK's Treebank word tokenizer rules on the standard library's ``re``.

NLTKWordTokenizer (what sumy's tokenizer uses) runs each rule through NLTK's timed regex
wrapper, and importing it imports the whole of NLTK (scipy.stats included): together most
of a `briefing summarise` run. These are the same rules, in the same order, compiled once
with ``re``; tests/test_words.py checks the output against NLTK's token for token.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_STARTING_QUOTES = (
    (re.compile("([«“‘„]|[`]+)"), r" \1 "),
    (re.compile(r"^\"", re.M), r"``"),
    (re.compile(r"(``)"), r" \1 "),
    (re.compile(r"([ \(\[{<])(\"|\'{2})"), r"\1 `` "),
    (re.compile(r"(?i)(?<!\w)(\')(?!(?:re|ve|ll|m|t|s|d|n)\b)(?=\w)"), r"\1 "),
)
_PUNCTUATION = (
    (re.compile(r'([^\.])(\.)([\]\)}>"\'' "»”’ " r"]*+)[^\S\n]*$", re.M), r"\1 \2 \3 "),
    (re.compile(r"([:,])([^\d])"), r" \1 \2"),
    (re.compile(r"([:,])$", re.M), r" \1 "),
    (re.compile(r"\.{2,}"), r" \g<0> "),
    (re.compile(r"[;@#$%&]"), r" \g<0> "),
    (re.compile(r"[\u2012-\u2015]"), r" \g<0> "),
    (re.compile(r'([^\.])(\.)([\]\)}>"\']*)[^\S\n]*$', re.M), r"\1 \2\3 "),
    (re.compile(r"[?!]"), r" \g<0> "),
    (re.compile(r"([^'])' "), r"\1 ' "),
    (re.compile(r"[*]"), r" \g<0> "),
)
_PARENS_BRACKETS = (re.compile(r"[\]\[\(\)\{\}\<\>]"), r" \g<0> ")
_DOUBLE_DASHES = (re.compile(r"--"), r" -- ")
_ENDING_QUOTES = (
    (re.compile("([»”’])"), r" \1 "),
    (re.compile(r"''"), " '' "),
    (re.compile(r'"'), " '' "),
    # NLTK's \s+ -> " ": the text holds no white space but single spaces, line breaks and
    # the spaces the rules above put in, so runs of spaces are all there is to fold.
    (re.compile(" {2,}"), " "),
    (re.compile(r"([^' ])('[sS]|'[mM]|'[dD]|') "), r"\1 \2 "),
    (re.compile(r"([^' ])('ll|'LL|'re|'RE|'ve|'VE|n't|N'T) "), r"\1 \2 "),
)
# MacIntyre's contractions ("cannot" -> "can not"), one alternation instead of a pass each.
_CONTRACTIONS = re.compile(
    r"(?i)\b(?:(can)(not)|(d)('ye)|(gim)(me)|(gon)(na)|(got)(ta)|(lem)(me)|(more)('n))\b"
    r"|(?i:\b(wan)(na)(?=\s))|(?i: ('t)(is|was)\b)"
)


_MAYBE_CONTRACTED = re.compile(r"(?i)cannot|d'ye|gimme|gonna|gotta|lemme|more'n|wanna|'t(?:is|was)")


def _split_contraction(match: re.Match[str]) -> str:
    first, second = (g for g in match.groups() if g is not None)
    return f" {first} {second} "


_RULES = (*_STARTING_QUOTES, *_PUNCTUATION, _PARENS_BRACKETS, _DOUBLE_DASHES)
# What sumy counts as a word: letters, with apostrophes or hyphens inside; no digits.
WORD = re.compile(r"^[^\W\d_](?:[^\W\d_]|['\-\u2019])*$")
_WORD = WORD.match


def tokenize(text: str) -> list[str]:
    """Every token of a sentence, as NLTKWordTokenizer().tokenize(text) gives them."""
    return tokenize_many([text])[0]


def tokenize_many(sentences: Sequence[str]) -> list[list[str]]:
    """The tokens of many sentences at once: one pass of each rule over all of them.

    The rules anchored at a sentence's start or end work per line (re.MULTILINE), and no
    rule crosses a line break, so each line comes out as it would alone.
    """
    text = "\n".join(" ".join(s.split()) for s in sentences)
    for pattern, substitution in _RULES:
        text = pattern.sub(substitution, text)
    text = "\n".join(f" {line} " for line in text.split("\n"))
    for pattern, substitution in _ENDING_QUOTES:
        text = pattern.sub(substitution, text)
    lines = text.split("\n")
    if _MAYBE_CONTRACTED.search(text):  # rare: rewrite only the lines that have one
        lines = [
            _CONTRACTIONS.sub(_split_contraction, line) if _MAYBE_CONTRACTED.search(line) else line
            for line in lines
        ]
    return [line.split() for line in lines]


def words_of(sentences: Sequence[str]) -> list[tuple[str, ...]]:
    """The words of each sentence, punctuation and numbers dropped (as sumy keeps them)."""
    return [tuple(w for w in tokens if _WORD(w)) for tokens in tokenize_many(sentences)]


# Han, kana and CJK punctuation: scripts written without spaces between words.
_CJK = re.compile(
    r"[\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]"
)


def count_words(text: str) -> int:
    """Words in a text: space-separated ones, and in Chinese or Japanese (no spaces between
    words) one per two characters, about the length of a word there."""
    total = 0
    for token in text.split():
        cjk = len(_CJK.findall(token))
        total += max(1, -(-cjk // 2)) if cjk else 1
    return total


def is_cjk(text: str) -> bool:
    """Mostly Chinese or Japanese characters (among its letters)."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(bool(_CJK.match(c)) for c in letters) > len(letters) / 2
