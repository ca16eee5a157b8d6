"""The whole pipeline as library calls: inputs -> Brief, and text -> summary sentences."""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from .compose import compose
from .errors import OptionError
from .extract import extract
from .ingest import MAX_BYTES, read_source, source_from_bytes
from .model import Brief, Extraction, Options, Progress, Segmented, Source, Summary
from .segment import segment
from .summarise import combine, summarise


def generated_at(options: Options) -> datetime:
    """The brief's time: --date, else SOURCE_DATE_EPOCH (reproducible builds), else now."""
    if options.date is not None:
        return options.date.astimezone(UTC)
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        try:
            return datetime.fromtimestamp(int(epoch), UTC)
        except ValueError:
            raise OptionError(
                f"SOURCE_DATE_EPOCH={epoch!r} is not a whole number of seconds — fix or unset it"
            ) from None
    return datetime.now(UTC).replace(microsecond=0)


def read_sources(
    inputs: Sequence[str | Path], *, input_format: str = "auto", max_bytes: int = MAX_BYTES
) -> list[Source]:
    """Read every input (paths, or "-" for stdin) as sources s1, s2, ..."""
    if not inputs:
        raise OptionError("no input given — name one or more article files, or - for stdin")
    return [
        read_source(str(loc), f"s{i}", input_format=input_format, max_bytes=max_bytes)
        for i, loc in enumerate(inputs, 1)
    ]


def brief_from_sources(
    sources: Sequence[Source], options: Options | None = None, progress: Progress | None = None
) -> Brief:
    """Segment, summarise, extract and compose a Brief from sources already read.

    ``progress`` (optional) is told each stage as it starts, and how far the parse is."""
    options = options or Options()
    tell = progress or (lambda _stage, _fraction: None)
    tell("splitting into sentences", None)
    docs = [segment(s, options.language) for s in sources]
    tell("choosing the key points", None)
    summaries = summarise_docs(docs, options)
    extraction = extract(docs, options, summaries, tell) if options.extract else Extraction()
    tell("laying out the brief", None)
    return compose(docs, summaries, extraction, options, generated_at(options))


def make_brief(inputs: Sequence[str | Path], options: Options | None = None) -> Brief:
    """Read the inputs and make one brief from all of them."""
    options = options or Options()
    sources = read_sources(inputs, input_format=options.input_format, max_bytes=options.max_bytes)
    return brief_from_sources(sources, options)


def summarise_docs(docs: Sequence[Segmented], options: Options) -> list[Summary]:
    """Summarise the sources: alone, the best sentences; together, balanced and de-duplicated."""
    if len(docs) == 1:
        return [
            summarise(
                docs[0],
                options.algorithm,
                sentences=options.sentences,
                ratio=options.ratio,
                language=options.language,
            )
        ]
    return combine(
        docs,
        options.algorithm,
        sentences=options.sentences,
        ratio=options.ratio,
        language=options.language,
    )


def summarise_text(
    text: str,
    *,
    algorithm: str = "lead",
    sentences: int | None = 5,
    ratio: float | None = None,
    language: str = "auto",
) -> list[str]:
    """The key sentences of a text, in document order: the library form of `summarise`."""
    source = source_from_bytes(text.encode("utf-8"), "s1")
    doc = segment(source, language)
    summary = summarise(doc, algorithm, sentences=sentences, ratio=ratio, language=language)
    return [s.sentence.text for s in summary.sentences]
