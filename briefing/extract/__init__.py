"""Sentences -> actors, locations and risks; the only package that loads spaCy."""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Extraction, Options, Segmented
from .actors import find_actors
from .locations import find_locations
from .nlp import Parsed, load_pipeline, parse
from .risks import find_risks

__all__ = ["Parsed", "extract", "load_pipeline", "parse"]


def extract(docs: Sequence[Segmented], options: Options) -> Extraction:
    """Run NER and the rules over every sentence of every source."""
    parsed = parse(docs, load_pipeline(options.model))
    return Extraction(
        actors=find_actors(parsed)[: options.max_actors * 2],
        locations=find_locations(parsed)[: options.max_locations * 2],
        risks=find_risks(parsed)[: options.max_risks * 2],
    )
