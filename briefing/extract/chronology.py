"""Undated events in time order: how many days from the story's own day each lies ("last
week", "on Thursday"), read off a stand-in day, for ordering only (no date is shown).
Dated events go first, by date (timeline.find_timeline calls ``order``)."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from datetime import datetime

from ..model import Event
from .dates import MONTHS, RELATIVE, WEEKDAY_INDEX, WILL

# What is expected or forecast: events still to come, placed after the rest.
AHEAD = re.compile(
    rf"\b({WILL}|expects?|expected to|forecasts?)\b"
    # a warning told in the past of what "would" come: "warned that heavy rain would continue"
    r"|\b(warn|forecast|predict)\w*\b[^.;]*\bwould\b",
    re.I,
)


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
        key=lambda e: (_date_key(e), e.evidence[0].source, e.evidence[0].sentence),
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
                future = AHEAD.search(e.evidence[0].text) is not None
                offset = math.inf if future else previous
            keys.append(offset)
            previous = offset
        undated = [e for _, e in sorted(zip(keys, undated, strict=True), key=lambda k: k[0])]
    return (*dated, *undated)


def _date_key(e: Event) -> str:
    """The date to sort on; what is expected in a month or a year the story is in ("more
    rain this week", "later this year") goes after that month's or year's days, not before
    them. A year written out ("from 2002") keeps its place."""
    date = e.date or ""
    relative = RELATIVE & {w.strip(".,") for w in e.when.lower().split()}
    if len(date) < len("YYYY-MM-DD") and relative and AHEAD.search(e.evidence[0].text):
        return date + "~"
    return date


def stand_in_day(dateline_date: str | None, whens: Sequence[str]) -> datetime:
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
        WEEKDAY_INDEX[w]
        for when in whens
        for w in when.lower().strip(".,").split()
        if w in WEEKDAY_INDEX
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


def days_from(when: str, base: datetime, future: bool) -> float | None:
    """Roughly how many days from ``base`` the expression lies, for ordering only: "last
    week" -7, "on Thursday" the Thursday before ``base`` (after it for the future), "since
    March" that month before ``base``'s, "three days ago" -3; None for a period ("this
    year") or what it cannot place ("the planting season")."""
    words = [w.strip(".,'\u2019") for w in when.lower().split()]
    words = [w[:-1] if w.endswith("s") and w[:-1] in _SPANS else w for w in words]
    sign = 1 if future else -1
    unit = next((_SPANS[w] for w in words if w in _SPANS), None)
    if unit is not None and ("next" in words or "coming" in words):
        return float(unit)  # "next week", "in the coming days": ahead, whatever the verb
    if any(w in ("this", "the") for w in words) and unit is not None:
        return None
    weekday = next((WEEKDAY_INDEX[w] for w in words if w in WEEKDAY_INDEX), None)
    if weekday is not None:
        return float(sign * ((sign * (weekday - base.weekday())) % 7))
    month = next((MONTHS[w] for w in words if w in MONTHS), None)
    if month is not None:
        return float(sign * ((sign * (month - base.month)) % 12) * 30)
    if "yesterday" in words:
        return -1.0
    if "tomorrow" in words:
        return 1.0
    if unit is not None and ("last" in words or "past" in words or "previous" in words):
        return float(-unit)
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
