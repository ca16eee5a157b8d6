"""The language of a text, offline: a cheap English test first, then py3langid's model."""

from __future__ import annotations

import re

# ISO 639-1 -> the name the sentence splitter (Punkt), stemmer and stop words go by.
# Every language here has a Punkt model; see summarise.stemmer_and_stop_words for the rest.
LANGUAGES = {
    "en": "english",
    "de": "german",
    "fr": "french",
    "es": "spanish",
    "pt": "portuguese",
    "it": "italian",
    "nl": "dutch",
    "cs": "czech",
    "pl": "polish",
    "sv": "swedish",
    "da": "danish",
    "nb": "norwegian",
    "no": "norwegian",
    "fi": "finnish",
    "et": "estonian",
    "el": "greek",
    "ru": "russian",
    "sl": "slovene",
    "tr": "turkish",
}
# Languages that write ordinals with a full stop ("am 12. März"): "12." ends no sentence.
ORDINAL_DOT = frozenset(
    {
        "german",
        "danish",
        "norwegian",
        "finnish",
        "estonian",
        "czech",
        "polish",
        "slovene",
        "turkish",
    }
)
CODES = {name: code for code, name in reversed(LANGUAGES.items())}
_SAMPLE = 20_000


def looks_english(text: str) -> bool:
    """Mostly Latin letters and enough English function words: no model needed."""
    from spacy.lang.en.stop_words import STOP_WORDS

    sample = text[:_SAMPLE]
    letters = [c for c in sample if c.isalpha()]
    if not letters or sum(c.isascii() for c in letters) < 0.7 * len(letters):
        return False
    words = re.findall(r"[a-z']+", sample.lower())
    return bool(words) and sum(w in STOP_WORDS for w in words) >= 0.15 * len(words)


def detect(text: str) -> str | None:
    """The language's name ("english", "german", ...), or None when it is none of LANGUAGES.

    English is recognised by its function words, so the model (0.5 s to load) is read only
    for text that is not plainly English.
    """
    if looks_english(text):
        return "english"
    sample = text[:_SAMPLE]
    if len(re.findall(r"\w+", sample)) < 3:
        return None
    from py3langid import langid  # its model ships inside the package: nothing is fetched

    code, _ = langid.classify(sample)
    return LANGUAGES.get(code)
