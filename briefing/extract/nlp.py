"""Load the spaCy pipeline once and parse sentences with it."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..errors import ModelError
from ..model import Progress, Segmented, Sentence
from ..summarise import _stemmer_and_stop_words
from .names import REPORTING
from .ruler import use_fast_ruler
from .spans import repaired_at_parse

# The brief needs tags, the parse and entities; lemmas are not used.
_EXCLUDE = ("lemmatizer",)
# The forms of "be" (the pipeline has no lemmatizer: lemma_ is empty).
FORMS_OF_BE = frozenset("be is are was were been being am 's".split())  # noqa: SIM905
# Words too common to say what a sentence is about (with spaCy's stop words, the reporting
# verbs and the generic nouns below): what two sentences share beyond them is their subject.
CONTENT_STOP = frozenset(
    {
        "that",
        "this",
        "with",
        "from",
        "have",
        "were",
        "been",
        "will",
        "would",
        "could",
        "their",
        "they",
        "there",
        "which",
        "about",
        "after",
        "said",
        "says",
        "also",
        "than",
        "more",
        "into",
        "over",
        "some",
        "when",
        "what",
        "while",
        "where",
        "other",
        "only",
        "such",
        "most",
    }
)
_CONTENT_POS = frozenset({"NOUN", "VERB", "ADJ", "PROPN"})
_GENERIC = frozenset("people year years time week weeks month months day days".split())  # noqa: SIM905


@dataclass(frozen=True)
class Parsed:
    """One sentence with its spaCy Doc."""

    sentence: Sentence
    doc: Any  # spacy.tokens.Doc


def content_words(p: Parsed, skip: Collection[int] = ()) -> set[tuple[str, bool]]:
    """A sentence's content words, stemmed as the summariser stems them, each with whether it
    is part of a name; ``skip``: indexes of tokens left out."""
    stem = _stemmer_and_stop_words("english")[0]
    return {
        (stem(t.lower_), t.pos_ == "PROPN")
        for t in p.doc
        if t.pos_ in _CONTENT_POS
        and t.is_alpha
        and len(t) > 2
        and not t.is_stop
        and t.lower_ not in CONTENT_STOP
        and t.lower_ not in REPORTING
        and t.lower_ not in _GENERIC
        and t.i not in skip
    }


@lru_cache(maxsize=2)
def load_pipeline(name: str) -> Any:
    """Load an installed spaCy pipeline by package name or path (cached per process).

    Two start-up costs are skipped, neither changing what is loaded: the language's default
    tokenizer is not built first only to be replaced by the pipeline's own (read from its
    folder, rules and all), and the registries look entry points up by group instead of
    scanning every installed entry point on each lookup. The attribute ruler's patterns are
    applied by lookup (ruler.py). tests/test_extract.py checks the result parses exactly as
    a plain ``spacy.load``."""
    import catalogue
    import spacy

    _register_blank_tokenizer()
    scanned = catalogue.AVAILABLE_ENTRY_POINTS
    if hasattr(scanned, "items"):  # importlib.metadata's groups: {group: entry points}
        catalogue.AVAILABLE_ENTRY_POINTS = {group: list(eps) for group, eps in scanned.items()}
    try:
        nlp = spacy.load(name, exclude=list(_EXCLUDE), config=_BLANK_TOKENIZER)
        use_fast_ruler(nlp)  # the same tags and parts of speech, by lookup (ruler.py)
        return nlp
    except OSError:
        raise ModelError(
            f"spaCy pipeline {name!r} is not installed — run `make demo` or "
            f"`pip install -r requirements/model.txt`, or pass --model with an installed one"
        ) from None
    finally:
        catalogue.AVAILABLE_ENTRY_POINTS = scanned


_BLANK_TOKENIZER = {"nlp": {"tokenizer": {"@tokenizers": "briefing.blank_tokenizer.v1"}}}


@lru_cache(maxsize=1)
def _register_blank_tokenizer() -> None:
    """A tokenizer without rules, for the pipeline's own to be read into (from_disk)."""
    import spacy
    from spacy.tokenizer import Tokenizer

    @spacy.registry.tokenizers("briefing.blank_tokenizer.v1")
    def blank() -> Any:
        return lambda nlp: Tokenizer(nlp.vocab)


_BATCH = 256


def parse(docs: Sequence[Segmented], nlp: Any, progress: Progress | None = None) -> list[Parsed]:
    """Parse every sentence of every source, in order, batched through nlp.pipe;
    ``progress`` is told the share parsed after each batch."""
    sentences = [s for doc in docs for s in doc.sentences]
    out = []
    piped = nlp.pipe((s.text for s in sentences), batch_size=_BATCH)
    for i, (sentence, doc) in enumerate(zip(sentences, piped, strict=True), 1):
        doc.ents = repaired_at_parse(doc)
        out.append(Parsed(sentence, doc))
        if progress is not None and (i % _BATCH == 0 or i == len(sentences)):
            progress("parsing sentences", i / len(sentences))
    return out
