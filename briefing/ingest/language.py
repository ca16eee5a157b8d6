"""The language of a text, offline: a cheap English test first, then py3langid's model."""

from __future__ import annotations

import pkgutil
import re
from functools import lru_cache

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
_ENGLISH_SHARE = 0.2  # English prose runs at 35-50 % function words; other languages below 10 %


@lru_cache(maxsize=16)
def stop_words(language: str) -> frozenset[str] | None:
    """sumy's stop word list for a language (read as sumy reads it, without importing
    sumy.utils, which imports requests and pycountry); None when sumy has none."""
    try:
        raw = pkgutil.get_data("sumy", f"data/stopwords/{language}.txt")
    except OSError:
        return None
    if raw is None:
        return None
    return frozenset(w.rstrip() for w in raw.decode("utf-8").splitlines() if w)


def looks_english(text: str) -> bool:
    """Mostly Latin letters and enough English function words: no model needed."""
    english = stop_words("english") or frozenset()
    sample = text[:_SAMPLE]
    letters = [c for c in sample if c.isalpha()]
    if not letters or sum(c.isascii() for c in letters) < 0.7 * len(letters):
        return False
    words = re.findall(r"[a-z']+", sample.lower())
    return bool(words) and sum(w in english for w in words) >= _ENGLISH_SHARE * len(words)


def language_name(text: str) -> str | None:
    """The language a text is in, by its English name ("Japanese", "German"), for telling a
    reader why it was not read: py3langid's code, named by CLDR (babel); None if unsure."""
    sample = text[:_SAMPLE]
    if len(re.findall(r"\w+", sample)) < 3 and len(sample.strip()) < 20:
        return None
    from babel import Locale
    from py3langid import langid

    code, _ = langid.classify(sample)
    return Locale("en").languages.get(code)


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
