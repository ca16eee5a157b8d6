"""Load the spaCy pipeline once and parse sentences with it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..errors import ModelError
from ..model import Segmented, Sentence

# The brief needs tags, the parse and entities; lemmas are not used.
_EXCLUDE = ("lemmatizer",)


@dataclass(frozen=True)
class Parsed:
    """One sentence with its spaCy Doc."""

    sentence: Sentence
    doc: Any  # spacy.tokens.Doc


@lru_cache(maxsize=2)
def load_pipeline(name: str) -> Any:
    """Load an installed spaCy pipeline by package name or path (cached per process)."""
    import spacy

    try:
        return spacy.load(name, exclude=list(_EXCLUDE))
    except OSError:
        raise ModelError(
            f"spaCy pipeline {name!r} is not installed — run `make demo` or "
            f"`pip install -r requirements/model.txt`, or pass --model with an installed one"
        ) from None


def parse(docs: Sequence[Segmented], nlp: Any) -> list[Parsed]:
    """Parse every sentence of every source, in order, batched through nlp.pipe."""
    sentences = [s for doc in docs for s in doc.sentences]
    return [
        Parsed(sentence, doc)
        for sentence, doc in zip(
            sentences, nlp.pipe((s.text for s in sentences), batch_size=256), strict=True
        )
    ]
