"""Parsed sentences -> a timeline: the events the text ties to a time, dated where the text
(with its publication date) fixes the date, in time order.

Time expressions are spaCy's DATE and TIME entities; a length of time ("for three years"), an
age ("a 23-year-old") or a recurrence ("every year") is no point in time. A date is resolved
only from what the text says: an explicit year, month and day are read as written; a
relative or partial expression ("on Friday", "last month", "10 June") is resolved by
dateparser against the source's publication date, and stays undated (null) without one:
never invented. Whether a dated sentence belongs in the timeline is a weighing of its cues,
a logistic model whose weights are data (data/timeline.json, fitted by tools/fit_facts.py,
cross-validated by article).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any

from ..model import Event, Evidence
from .nlp import Parsed
from .weighing import LogisticModel, load_model

MONTHS = {
    m: i
    for i, names in enumerate(
        (
            "january jan",
            "february feb",
            "march mar",
            "april apr",
            "may",
            "june jun",
            "july jul",
            "august aug",
            "september sep sept",
            "october oct",
            "november nov",
            "december dec",
        ),
        1,
    )
    for m in names.split()
}
_WEEKDAY_INDEX = {
    name: i
    for i, names in enumerate(
        (
            "monday mon",
            "tuesday tue tues",
            "wednesday wed",
            "thursday thu thur thurs",
            "friday fri",
            "saturday sat",
            "sunday sun",
        )
    )
    for name in names.split()
}
_WEEKDAYS = frozenset(_WEEKDAY_INDEX)
_RELATIVE = frozenset(
    [
        "yesterday",
        "today",
        "tonight",
        "tomorrow",
        "last",
        "next",
        "ago",
        "earlier",
        "later",
        "this",
        "recently",
        "recent",
        "past",
        "coming",
        "previous",
        "following",
        "overnight",
        "weekend",
    ]
)
_DURATION_UNITS = frozenset(
    [
        "second",
        "seconds",
        "minute",
        "minutes",
        "hour",
        "hours",
        "day",
        "days",
        "week",
        "weeks",
        "month",
        "months",
        "year",
        "years",
        "decade",
        "decades",
        "century",
        "centuries",
    ]
)
_RECURRING = re.compile(r"\b(every|each|annual(ly)?|daily|weekly|monthly|yearly|per)\b", re.I)
_AGE = re.compile(r"\b(\d+|\w+)[- ]years?[- ]old\b|\baged?\b", re.I)
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
# A year of the common era written with its era: "1100 AD", "AD 79", "800 CE".
_ERA_YEAR = re.compile(r"\b(?:AD|A\.D\.)\s*(\d{1,4})\b|\b(\d{1,4})\s*(?:AD|A\.D\.|CE)(?!\w)")
_DAY = re.compile(r"\b([0-3]?\d)(st|nd|rd|th)?\b")
_WILL = r"will|shall|'ll|is due|are due|is set to|are set to|scheduled|plans? to"
_FUTURE = re.compile(rf"\b({_WILL})\b", re.I)
# ... and what is expected or forecast: events still to come, placed after the rest.
_AHEAD = re.compile(rf"\b({_WILL}|expects?|expected to|forecasts?)\b", re.I)
_QUOTE = re.compile('["\u201c\u201d]')
_TEXT_CHARS = 200  # an event's line on the brief

TIMELINE_FEATURES = (
    "year",  # an explicit year
    "month",  # a month name
    "day",  # a day of the month or a weekday
    "relative",  # yesterday, last month, two days ago ...
    "time_of_day",  # a TIME entity ("at 15:48", "on Friday night")
    "duration",  # shaped like a length of time ("three years")
    "verb",  # the expression attaches to a verb (an event happens then)
    "past",  # a verb in the past tense
    "future",  # will, is due to, scheduled
    "early",  # 1 for the first sentence, falling to 0 at the end
    "lead",  # in the first three sentences
    "in_key",  # in a sentence the summary chose
    "quoted",  # inside a quotation
    "many",  # the sentence has three or more time expressions
    "dated",  # the date is resolved
    "adverb",  # only a time adverb ("earlier", "later", "recently")
)


@dataclass(frozen=True)
class Candidate:
    """A sentence with a time expression: when (as written), its date, and its features."""

    when: str
    date: str | None
    parsed: Parsed
    features: tuple[float, ...]


@lru_cache(maxsize=1)
def timeline_model() -> LogisticModel:
    """The fitted model in data/timeline.json (tools/fit_facts.py writes it)."""
    return load_model("timeline.json", TIMELINE_FEATURES)


def find_timeline(
    parsed: Sequence[Parsed],
    key_sentences: Iterable[tuple[str, int]] = (),
    anchors: dict[str, datetime] | None = None,
    model: LogisticModel | None = None,
    limit: int = 8,
    datelines: Mapping[str, str | None] | None = None,
) -> tuple[Event, ...]:
    """The timeline: the ``limit`` most probable events, in time order (see ``order``)."""
    model = model or timeline_model()
    scored = [
        (model.probability(c.features), c)
        for c in candidates(parsed, set(key_sentences), anchors or {})
    ]
    kept = sorted((sc for sc in scored if sc[0] >= model.threshold), key=lambda sc: -sc[0])
    chosen = [c for _, c in kept[:limit]]
    events = [_event(p, c) for p, c in kept[:limit]]
    return order(events, _offsets(chosen, datelines or {}))


def order(
    events: Sequence[Event], offsets: Mapping[tuple[str, int], float | None] | None = None
) -> tuple[Event, ...]:
    """Dated events by date (a year before its months, a month before its days), then the
    undated ones: in the order the text tells them, or, where ``offsets`` says how many days
    before or after the story's own day an event lies ("last week", "on Thursday"), placed
    there; an undated event without one stays after the event the text tells before it (one
    spoken of in the future goes last)."""
    dated = sorted(
        (e for e in events if e.date),
        key=lambda e: (e.date, e.evidence[0].source, e.evidence[0].sentence),
    )
    undated = sorted(
        (e for e in events if not e.date),
        key=lambda e: (e.evidence[0].source, e.evidence[0].sentence),
    )
    if offsets:
        keys: list[float] = []
        previous = -math.inf
        for e in undated:
            offset = offsets.get((e.evidence[0].source, e.evidence[0].sentence))
            if offset is None:
                future = _AHEAD.search(e.evidence[0].text) is not None
                offset = math.inf if future else previous
            keys.append(offset)
            previous = offset
        undated = [e for _, e in sorted(zip(keys, undated, strict=True), key=lambda k: k[0])]
    return (*dated, *undated)


def _offsets(
    chosen: Sequence[Candidate], datelines: Mapping[str, str | None]
) -> dict[tuple[str, int], float | None]:
    """Days from each source's own day to each undated event, for ordering only (no date is
    shown): "last week" -7, "on Thursday" the Thursday before the story's day, "since
    March" that month before the dateline's, counted from a stand-in day that has the
    dateline's day and month and the story's weekday (_days_from)."""
    out: dict[tuple[str, int], float | None] = {}
    for source in dict.fromkeys(c.parsed.sentence.source for c in chosen):
        mine = [c for c in chosen if c.parsed.sentence.source == source and not c.date]
        past = [c.when for c in mine if not _AHEAD.search(c.parsed.sentence.text)]
        base = _stand_in_day(datelines.get(source), past)
        for c in mine:
            future = _AHEAD.search(c.parsed.sentence.text) is not None
            out[_position(c)] = _days_from(c.when, base, future)
    return out


def _position(c: Candidate) -> tuple[str, int]:
    return (c.parsed.sentence.source, c.parsed.sentence.index)


def _stand_in_day(dateline_date: str | None, whens: Sequence[str]) -> datetime:
    """A day with the dateline's day and month ("NIAMEY, 9 June —") and the weekday the story
    was told on (the last of the weekdays it names), in whatever year has both: only the
    order of events is read off it."""
    day, month = 1, 7
    if dateline_date:
        words = dateline_date.lower().replace(",", " ").replace(".", " ").split()
        found_month = next((MONTHS[w] for w in words if w in MONTHS), None)
        found_day = next((int(w) for w in words if w.isdigit() and 1 <= int(w) <= 28), None)
        if found_month and found_day:
            day, month = found_day, found_month
    days = {
        _WEEKDAY_INDEX[w]
        for when in whens
        for w in when.lower().strip(".,").split()
        if w in _WEEKDAY_INDEX
    }
    weekday = None
    if days:
        # News tells the days just past: the story's day ends the shortest run of days that
        # holds every weekday named ("Thursday … Sunday", not "Sunday … Thursday").
        start = min(days, key=lambda d: (max((x - d) % 7 for x in days), d))
        weekday = (start + max((x - start) % 7 for x in days)) % 7
    for year in range(2001, 2030):
        candidate = datetime(year, month, day)
        if weekday is None or candidate.weekday() == weekday:
            return candidate
    return datetime(2001, month, day)


# Days that relative words stand for, for ordering undated events only (never shown).
_SPANS = {"day": 1, "week": 7, "fortnight": 14, "month": 30, "year": 365, "decade": 3650}
_TODAY = frozenset(
    ["today", "tonight", "now", "midday", "noon", "overnight", "morning", "afternoon", "evening"]
)


def _days_from(when: str, base: datetime, future: bool) -> float | None:
    """Roughly how many days from ``base`` the expression lies, for ordering only: "last
    week" -7, "on Thursday" the Thursday before ``base`` (after it for the future), "since
    March" that month before ``base``'s, "three days ago" -3; None for a period ("this
    year") or what it cannot place ("the planting season")."""
    words = [w.strip(".,'\u2019") for w in when.lower().split()]
    words = [w[:-1] if w.endswith("s") and w[:-1] in _SPANS else w for w in words]
    sign = 1 if future else -1
    if any(w in ("this", "the") for w in words) and any(w in _SPANS for w in words):
        return None
    weekday = next((_WEEKDAY_INDEX[w] for w in words if w in _WEEKDAY_INDEX), None)
    if weekday is not None:
        return float(sign * ((sign * (weekday - base.weekday())) % 7))
    month = next((MONTHS[w] for w in words if w in MONTHS), None)
    if month is not None:
        return float(sign * ((sign * (month - base.month)) % 12) * 30)
    if "yesterday" in words:
        return -1.0
    if "tomorrow" in words:
        return 1.0
    unit = next((_SPANS[w] for w in words if w in _SPANS), None)
    if unit is not None and ("last" in words or "past" in words or "previous" in words):
        return float(-unit)
    if unit is not None and ("next" in words or "coming" in words):
        return float(unit)
    if unit is not None and "ago" in words:
        count = next((_count(w) for w in words if _count(w)), 1)
        return float(-unit * count)
    if words and all(
        w in _TODAY or w in ("on", "by", "at", "in", "the", "this", "early", "late") for w in words
    ):
        return 0.0
    return None


def _count(word: str) -> int:
    """A number written as digits or a word ("three"), else 0."""
    from text_to_num import text2num

    if word.isdigit():
        return int(word)
    try:
        return int(text2num(word, "en"))
    except ValueError:
        return 0


def candidates(
    parsed: Sequence[Parsed], key: set[tuple[str, int]], anchors: dict[str, datetime]
) -> list[Candidate]:
    """One candidate per sentence that names a point in time: its most precise expression."""
    last: dict[str, int] = {}
    for p in parsed:
        last[p.sentence.source] = max(last.get(p.sentence.source, 0), p.sentence.index)
    out = []
    for p in parsed:
        # (a dateline's date, when the story was filed, is left out at ingest)
        spans = [e for e in p.doc.ents if e.label_ in ("DATE", "TIME") and _is_point(e)]
        spans += _time_adverbs(p.doc, spans)
        if not spans:
            continue
        anchor = anchors.get(p.sentence.source)
        read = [
            (e, resolve(e.text, anchor, _FUTURE.search(p.sentence.text) is not None)) for e in spans
        ]
        ent, date = max(read, key=lambda r: (_precision(r[1]), _specificity(r[0].text)))
        s = p.sentence
        text = ent.text
        features = (
            1.0 if _YEAR.search(text) or _ERA_YEAR.search(text) else 0.0,
            1.0 if any(w.lower_.rstrip(".") in MONTHS for w in ent) else 0.0,
            1.0
            if any(w.lower_.rstrip(".") in _WEEKDAYS for w in ent)
            or (_DAY.search(text) and not _YEAR.fullmatch(text))
            else 0.0,
            1.0 if any(w.lower_ in _RELATIVE for w in ent) else 0.0,
            1.0 if any(e.label_ == "TIME" for e, _ in read) else 0.0,
            1.0 if _duration_shaped(ent) else 0.0,
            1.0 if _attaches_to_verb(ent) else 0.0,
            1.0 if any(t.tag_ in ("VBD", "VBN") for t in p.doc) else 0.0,
            1.0 if _FUTURE.search(s.text) else 0.0,
            1 - s.index / max(1, last[s.source]),
            1.0 if s.index < 3 else 0.0,
            1.0 if (s.source, s.index) in key else 0.0,
            1.0 if _QUOTE.search(s.text) else 0.0,
            1.0 if len(spans) >= 3 else 0.0,
            1.0 if date else 0.0,
            1.0 if ent.label_ == "" else 0.0,
        )
        out.append(Candidate(_with_preposition(ent), date, p, features))
    return out


def publication_dates(sources: Iterable[Any]) -> dict[str, datetime]:
    """Source id -> its publication date, where the source gives one (the anchor that
    resolves "on Friday"); sources without one resolve only explicit dates."""
    out = {}
    for source in sources:
        if not source.published:
            continue
        try:
            out[source.id] = datetime.fromisoformat(str(source.published).replace("Z", "+00:00"))
        except ValueError:
            continue
    return out


def resolve(when: str, anchor: datetime | None, future: bool = False) -> str | None:
    """The calendar date a time expression fixes: YYYY, YYYY-MM or YYYY-MM-DD, or None.

    An explicit year is read with the month and day written beside it ("6 April 2009" ->
    2009-04-06, "June 2004" -> 2004-06, "in 2014" -> 2014). Without a year, the expression
    needs the source's date (``anchor``): dateparser resolves "on Friday", "yesterday",
    "last month", "10 June" against it, towards the past unless the sentence speaks of the
    future. With no anchor it stays None.
    """
    words = [w.strip(".,") for w in when.lower().split()]
    years = _YEAR.findall(when)
    month = next((MONTHS[w] for w in words if w in MONTHS), None)
    if years:
        if len(set(years)) > 1 or re.search(r"\b(1[89]|20)\d\ds\b", when):
            return years[0] if len(set(years)) == 1 else None  # a span or a decade: no one date
        year = years[0]
        if month is None:
            if any(w in _RELATIVE for w in words) and "this" not in words:
                return None
            return year
        day = next(
            (
                int(m.group(1))
                for m in _DAY.finditer(when)
                if m.group(1) != year and 1 <= int(m.group(1)) <= 31
            ),
            None,
        )
        return _valid(int(year), month, day)
    if era := _ERA_YEAR.search(when):
        return f"{int(era.group(1) or era.group(2)):04d}"
    if anchor is None:
        return None
    return _relative(when, words, month, anchor, future)


def _relative(
    when: str, words: list[str], month: int | None, anchor: datetime, future: bool
) -> str | None:
    """A date without a year, resolved against the source's date by dateparser."""
    import dateparser

    if _duration_shaped_text(words) and not any(w in ("ago", "later", "earlier") for w in words):
        return None
    text = re.sub(r"^(on|in|at|by|since|from|until|during|early|late)\s+", "", when, flags=re.I)
    settings = {
        "RELATIVE_BASE": anchor.replace(tzinfo=None),
        "PREFER_DATES_FROM": "future" if future else "past",
        "RETURN_AS_TIMEZONE_AWARE": False,
        "PREFER_DAY_OF_MONTH": "first",
    }
    found = dateparser.parse(text, languages=["en"], settings=settings)
    if found is None:
        return None
    if {"year"} & set(words) and not month:
        return f"{found.year:04d}"
    if {"month"} & set(words) or (month and not _DAY.search(text)):
        return f"{found.year:04d}-{found.month:02d}"
    return f"{found.year:04d}-{found.month:02d}-{found.day:02d}"


def _valid(year: int, month: int, day: int | None) -> str | None:
    try:
        datetime(year, month, day or 1)
    except ValueError:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")


def _is_point(ent: Any) -> bool:
    """A point in time, not an age ("23-year-old", "aged 15", "Hussen, 47,"), a bare
    number the NER took for a date, or a recurrence ("every year")."""
    text = ent.text
    if _AGE.search(text) or _RECURRING.search(text):
        return False
    before = ent.doc[max(0, ent.start - 2) : ent.start].text.lower()
    if re.search(r"\baged?\b", before):
        return False
    if re.fullmatch(r"\d{1,3}", text.strip()):  # "Hussen, 47," or "15": an age, not a date
        return False
    if re.fullmatch(r"\w+-(second|minute|hour|day|week|month|year)s?", text.strip(), re.I):
        return False  # "a 29-minute video", "a ten-year order": a length, as an adjective
    # A bare length of time ("jailed for three years", "six months") is no point in time;
    # one counted from an event or the present ("two days later", "within days") is.
    doc = ent.doc
    opener = doc[ent.start - 1].lower_ if ent.start > 0 else ""
    closer = doc[ent.end].lower_ if ent.end < len(doc) else ""
    counted = opener in ("after", "within", "in", "since") or closer in (
        "after",
        "before",
        "later",
        "earlier",
        "ago",
    )  # "two days later", "Two days after he was questioned"
    return not (_duration_shaped(ent) and not counted)


# Adverbs that place an event in time relative to the story, where the NER marks no date.
_TIME_ADVERBS = frozenset({"earlier", "later", "recently", "yesterday", "today", "tonight"})


def _time_adverbs(doc: Any, spans: Sequence[Any]) -> list[Any]:
    """ "Earlier, the minister said ...", "was later overturned": a time adverb on a verb."""
    covered = {i for e in spans for i in range(e.start, e.end)}
    return [
        doc[t.i : t.i + 1]
        for t in doc
        if t.lower_ in _TIME_ADVERBS
        and t.i not in covered
        and t.dep_ in ("advmod", "npadvmod")
        and t.head.pos_ in ("VERB", "AUX")
    ]


def _duration_shaped(ent: Any) -> bool:
    words = [t.lower_ for t in ent]
    return _duration_shaped_text(words) and not any(
        w in ("ago", "later", "earlier", "last", "next", "this", "past") for w in words
    )


def _duration_shaped_text(words: list[str]) -> bool:
    return any(w in _DURATION_UNITS for w in words) and any(
        re.fullmatch(
            r"\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|many", w
        )
        for w in words
    )


def _attaches_to_verb(ent: Any) -> bool:
    head = ent.root.head
    if head.dep_ == "prep" or head.pos_ == "ADP":
        head = head.head
    return head.pos_ in ("VERB", "AUX")


def _with_preposition(ent: Any) -> str:
    """The expression as written with the preposition that opens it ("on Friday")."""
    doc = ent.doc
    if ent.start > 0 and doc[ent.start - 1].lower_ in (
        "on",
        "in",
        "at",
        "by",
        "since",
        "until",
        "before",
        "after",
        "during",
        "from",
    ):
        return doc[ent.start - 1 : ent.end].text
    return ent.text


def _precision(date: str | None) -> int:
    return 0 if date is None else len(date)


def _specificity(text: str) -> int:
    words = text.lower().split()
    return (
        3 * bool(_YEAR.search(text))
        + 2 * any(w.strip(".,") in MONTHS for w in words)
        + any(w.strip(".,") in _WEEKDAYS for w in words)
    )


def _event(probability: float, c: Candidate) -> Event:
    s = c.parsed.sentence
    return Event(
        when=c.when,
        date=c.date,
        text=_one_line(s.text),
        score=round(probability, 4),
        evidence=(Evidence(s.source, s.index, s.text),),
    )


def _one_line(text: str) -> str:
    """The sentence, cut at a word boundary to fit one line of the brief."""
    text = " ".join(text.split())
    if len(text) <= _TEXT_CHARS:
        return text
    cut = text[: _TEXT_CHARS - 1].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "\u2026"
