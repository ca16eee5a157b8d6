"""Sources, summaries and extraction -> the Brief (pure: no I/O, no NLP)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime

from .data import load
from .ingest.language import language_name
from .model import (
    SECTIONS,
    Brief,
    Evidence,
    Extraction,
    KeyPoint,
    Options,
    Segmented,
    Summary,
)
from .words import count_words, is_cjk

_MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
_SHORT_BLUF_WORDS = 18  # a first BLUF sentence shorter than this gets a second one


def dtg(moment: datetime) -> str:
    """Military date-time group: DDHHMMZ MON YY, in UTC."""
    utc = moment.astimezone(UTC)
    return f"{utc:%d%H%M}Z {_MONTHS[utc.month - 1]} {utc:%y}"


def compose(
    docs: Sequence[Segmented],
    summaries: Sequence[Summary],
    extraction: Extraction,
    options: Options,
    generated: datetime,
) -> Brief:
    """Lay the pipeline's results out as a brief: BLUF, key points and the three sections."""
    points = [
        KeyPoint(
            s.sentence.text,
            s.sentence.source,
            s.sentence.index,
            s.score,
            s.rank,
            also=tuple(Evidence(a.source, a.index, a.text) for a in s.also),
        )
        for summary in summaries
        for s in summary.sentences
    ]
    lead = next((d for d in docs if points and d.source.id == points[0].source), None)
    summary = _summary_section(lead) if lead else None
    bluf = _bluf(points, lead, summary) if lead else ()
    section = _section(lead, summary, bluf) if lead else None
    in_bluf = {(p.source, p.sentence) for p in bluf}
    # An actor's role line should add to the BLUF, not repeat it: BLUF sentences go last.
    actors = tuple(
        replace(
            a, evidence=tuple(sorted(a.evidence, key=lambda e: (e.source, e.sentence) in in_bluf))
        )
        for a in extraction.actors[: options.max_actors]
        if "actors" not in options.hide
    )
    key_points = tuple(p for p in points if p not in bluf)
    title = options.title or docs[0].source.title
    if options.title is None and not docs[0].source.headline and bluf:
        title = first_words(bluf[0].text)  # not the file's name ("Bbcsum business 012")
    if options.title is None and len(docs) > 1:
        more = len(docs) - 1
        title = f"{title} (+{more} more source{'s' if more > 1 else ''})"
    notes = []
    if section:
        notes.append(f"The BLUF is from the section \u201c{section}\u201d of {bluf[0].source}.")
    not_read = None
    if extraction.skipped:
        languages = {  # only the sources not read: English ones need no name
            d.source.id: language_name(d.source.text)
            for d in docs
            if d.source.id in extraction.skipped
        }
        unread = [f"{s} ({languages[s]})" if languages.get(s) else s for s in extraction.skipped]
        notes.append(
            "Actors, locations, risks, key figures and the timeline are read from English "
            f"text only; not read: {', '.join(unread)}."
        )
        if len(extraction.skipped) == len(docs):
            named = sorted({n for s in extraction.skipped if (n := languages.get(s))})
            not_read = "Not read: these lists are made from English text only" + (
                f", and this text is in {' and '.join(named)}." if named else "."
            )
    if extraction.partial:
        read, total = extraction.partial
        notes.append(
            f"The text is {total:,} words long: actors, locations, risks, key figures and the "
            f"timeline are read from {read:,} of them (its opening, the key points and its "
            "most central sentences); the key points are chosen from all of it. "
            "On the command line, --read-words 0 reads everything (slower)."
        )
    return Brief(
        title=title,
        classification=options.classification,
        generated=generated.astimezone(UTC),
        dtg=dtg(generated),
        bluf=bluf,
        key_points=key_points,
        actors=actors,
        locations=()
        if "locations" in options.hide
        else extraction.locations[: options.max_locations],
        risks=() if "risks" in options.hide else extraction.risks[: options.max_risks],
        figures=() if "figures" in options.hide else extraction.figures[: options.max_figures],
        timeline=() if "timeline" in options.hide else extraction.timeline[: options.max_timeline],
        hidden=tuple(s for s in SECTIONS if s in options.hide),
        sources=tuple(d.source for d in docs),
        algorithm=summaries[0].algorithm if summaries else options.algorithm,
        notes=tuple(notes),
        not_read=not_read,
        sentences=tuple(s for d in docs for s in d.sentences),
    )


def _bluf(
    points: Sequence[KeyPoint], doc: Segmented, summary: tuple[int, int] | None
) -> tuple[KeyPoint, ...]:
    """The best-ranked point of the first source (``doc``); when it is short, the sentence
    after it too (a BLUF reads as one passage of the source, never two sentences from far
    apart). A report with a summary of its own (``summary``, see _summary_section) gives its
    BLUF from there: its best-ranked point in that section, else the section's first
    sentence."""
    first_source = doc.source.id
    ranked = sorted((p for p in points if p.source == first_source), key=lambda p: p.rank)
    best = ranked[0]
    if summary is not None and not summary[0] <= best.sentence < summary[1]:
        inside = [p for p in ranked if summary[0] <= p.sentence < summary[1]]
        if inside:
            best = inside[0]
        else:
            lead = doc.sentences[summary[0]]
            best = KeyPoint(lead.text, first_source, lead.index, 0.0, len(doc.sentences))
    if len(ranked) < 3 or count_words(best.text) >= _SHORT_BLUF_WORDS:
        return (best,)
    chosen = next((p for p in ranked if p.sentence == best.sentence + 1), None)
    if chosen is None:
        after = [s for s in doc.sentences if s.index == best.sentence + 1]
        if not after or after[0].paragraph != doc.sentences[best.sentence].paragraph:
            return (best,)
        chosen = KeyPoint(after[0].text, first_source, after[0].index, 0.0, len(doc.sentences))
    return (best, chosen)


_NUMBERING = re.compile(r"^(?:\d+(?:\.\d+)*|[A-Z]|[IVXLC]+)[.)]?\s+")


def _headings(doc: Segmented) -> list[tuple[int, str]]:
    """A source's section headings, (where each starts, its text), in order."""
    return [
        (b.start, " ".join(doc.source.text[b.start : b.end].split()))
        for b in doc.left_out
        if b.kind == "heading"
    ]


def _summary_section(doc: Segmented) -> tuple[int, int] | None:
    """The sentence indexes [first, past-the-end) of a report's own summary: the first
    section headed as one, in a source with at least two headings (a report, not a story
    with a subhead)."""
    headings = _headings(doc)
    if len(headings) < 2:
        return None
    names = frozenset(load("sections.json")["summary"])
    for i, (start, text) in enumerate(headings):
        if _NUMBERING.sub("", text).rstrip(" :.").lower() not in names:
            continue
        end = headings[i + 1][0] if i + 1 < len(headings) else len(doc.source.text)
        inside = [s.index for s in doc.sentences if start <= s.start < end]
        if inside:
            return inside[0], inside[-1] + 1
    return None


def _section(
    doc: Segmented, summary: tuple[int, int] | None, bluf: Sequence[KeyPoint]
) -> str | None:
    """The heading of the section the BLUF comes from, worth saying where it is a report's
    own summary or not the first section with text (a story's lead under its first subhead
    goes without saying)."""
    headings = _headings(doc)
    if not bluf or len(headings) < 2:
        return None
    if summary is not None and summary[0] <= bluf[0].sentence < summary[1]:
        start = doc.sentences[summary[0]].start
    else:
        start = doc.sentences[bluf[0].sentence].start
        first = doc.sentences[0].start
        if not any(first < at <= start for at, _ in headings):
            return None  # the same section as the source's first sentence
    before = [text for at, text in headings if at <= start]
    return before[-1] if before else None


def first_words(sentence: str, most: int = 12) -> str:
    """A title from a sentence: its first clause of five words or more, at most ``most``
    words, with an ellipsis where it was cut ("Militants linked to the Islamic State…")."""
    if is_cjk(sentence):  # no spaces: its first clause, or at most two characters a word
        clause = re.split("[\u3001\uff0c\u3002\uff01\uff1f]", sentence, maxsplit=1)[0]
        if 8 <= len(clause) <= 2 * most:
            return clause + ("…" if len(clause) < len(sentence.rstrip("\u3002")) else "")
        text = sentence.rstrip("\u3002")
        return text if len(text) <= 2 * most else text[: 2 * most] + "…"
    words = sentence.split()
    for i, word in enumerate(words[:most]):
        if i >= 4 and word.endswith((",", ";", ":")):
            return " ".join(words[: i + 1]).rstrip(",;:") + "…"
    if len(words) <= most:
        return sentence.rstrip(" .")
    return " ".join(words[:most]).rstrip(",;:") + "…"
