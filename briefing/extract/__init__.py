"""Sentences -> actors, locations and risks; the only package that loads spaCy."""

from __future__ import annotations

from collections.abc import Sequence

from ..ingest.language import looks_english
from ..model import Extraction, Options, Progress, Segmented, Summary
from .actors import find_actors
from .dates import publication_dates
from .facts import text_facts
from .figures import find_figures
from .gazetteer import gazetteer as _gazetteer  # (the name "gazetteer" is the module)
from .locations import find_locations
from .nlp import Parsed, load_pipeline, parse
from .reading import to_read
from .risks import find_risks
from .timeline import find_timeline

__all__ = ["Parsed", "extract", "load_pipeline", "looks_english", "parse"]


def extract(
    docs: Sequence[Segmented],
    options: Options,
    summaries: Sequence[Summary] = (),
    progress: Progress | None = None,
) -> Extraction:
    """Run NER and the rules over every sentence of every English source.

    ``summaries``: the key sentences chosen for the brief; actors named in them rank higher.
    ``progress``: told how far the parse is, then that the lists are being drawn up.
    """
    english = [d for d in docs if _english(d)]
    skipped = tuple(d.source.id for d in docs if d not in english)
    if not english:
        return Extraction(skipped=skipped)
    key_sentences = {(k.sentence.source, k.sentence.index) for s in summaries for k in s.sentences}
    reading = to_read(english, options.read_words, key_sentences)
    parsed = parse(reading.docs, load_pipeline(options.model), progress)
    if progress is not None:
        progress("finding actors, places, risks, figures and dates", None)
    filed = {d.source.id: d.source.dateline.place for d in english if d.source.dateline}
    facts = text_facts(parsed, _gazetteer(), filed)  # read once, shared by actors and places
    return Extraction(
        actors=find_actors(parsed, key_sentences, facts)[: options.max_actors * 2],
        locations=find_locations(parsed, key_sentences, facts)[: options.max_locations * 2],
        risks=find_risks(parsed)[: options.max_risks * 2],
        figures=find_figures(parsed, key_sentences),
        timeline=find_timeline(
            parsed,
            key_sentences,
            publication_dates(d.source for d in english),
            limit=options.max_timeline,
            datelines={d.source.id: d.source.dateline.date for d in english if d.source.dateline},
        ),
        skipped=skipped,
        partial=(reading.words, reading.total) if reading.partial else None,
    )


def _english(doc: Segmented) -> bool:
    """The model reads English only: the detected language, else the text's function words."""
    if doc.source.language is not None:
        return doc.source.language == "english"
    return looks_english(" ".join(s.text for s in doc.sentences))
