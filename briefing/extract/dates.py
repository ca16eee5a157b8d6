"""Time expressions -> calendar dates: the words of time (months, weekdays, relative words,
lengths of time) and the resolution of what the text writes into YYYY, YYYY-MM or
YYYY-MM-DD, only as far as the text (with its publication date) fixes it: never invented.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta
from typing import Any

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
WEEKDAY_INDEX = {
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
WEEKDAYS = frozenset(WEEKDAY_INDEX)
RELATIVE = frozenset(
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
DURATION_UNITS = frozenset(
    [
        "second",
        "seconds",
        "minute",
        "minutes",
        "hour",
        "hours",
        "day",
        "days",
        "night",
        "nights",
        "week",
        "weeks",
        "month",
        "months",
        "quarter",
        "quarters",
        "year",
        "years",
        "decade",
        "decades",
        "century",
        "centuries",
    ]
)
YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
# A year of the common era written with its era: "1100 AD", "AD 79", "800 CE".
ERA_YEAR = re.compile(r"\b(?:AD|A\.D\.)\s*(\d{1,4})\b|\b(\d{1,4})\s*(?:AD|A\.D\.|CE)(?!\w)")
DAY = re.compile(r"\b([0-3]?\d)(st|nd|rd|th)?\b")
# Words that put what a sentence says in the future.
WILL = r"will|shall|'ll|is due|are due|was due|were due|is set to|are set to|scheduled|plans? to"


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


def resolve(
    when: str,
    anchor: datetime | None,
    future: bool = False,
    month_years: Mapping[int, str] | None = None,
) -> str | None:
    """The calendar date a time expression fixes: YYYY, YYYY-MM or YYYY-MM-DD, or None.

    An explicit year is read with the month and day written beside it ("6 April 2009" ->
    2009-04-06, "June 2004" -> 2004-06, "in 2014" -> 2014). Without a year, the expression
    needs the source's date (``anchor``): dateparser resolves "on Friday", "yesterday",
    "last month", "10 June" against it, towards the past unless the sentence speaks of the
    future. With no anchor, a month the text writes with one year elsewhere (``month_years``:
    month -> year, from "June 2004") is that month of that year ("the 10 June election");
    otherwise it stays None.
    """
    years = YEAR.findall(when)
    if years:
        when = _holidays_as_days(when)  # "on Christmas Day 2021": 2021-12-25
    words = _words(when)
    month = next((MONTHS[w] for w in words if w in MONTHS), None)
    if not years and _DECADE.search(when):
        return None  # "in the 1990s", "the 80s": a decade fixes no date (dateparser gave today)
    if years:
        if len(set(years)) > 1 or re.search(r"\b(1[89]|20)\d\ds\b", when):
            return years[0] if len(set(years)) == 1 else None  # a span or a decade: no one date
        year = years[0]
        if month is None:
            if any(w in RELATIVE for w in words) and "this" not in words:
                return None
            return year
        return _valid(int(year), month, None if _DAYS.search(when) else _day(when, year))
    if era := ERA_YEAR.search(when):
        return f"{int(era.group(1) or era.group(2)):04d}"
    if anchor is None:
        if month is None or not month_years or month not in month_years or RELATIVE & set(words):
            return None
        return _valid(int(month_years[month]), month, _day(when))
    return _relative(when, words, month, anchor, future)


# A span of days in one month: "between 1 and 10 September", "3-5 May" (the month, no day).
_DAYS = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s*(?:and|to|-|\u2013)\s*\d{1,2}(?:st|nd|rd|th)?\b")

_DECADE = re.compile(r"\b(?:1[5-9]|20)?\d0['\u2019]?s\b|['\u2019]\d0s\b")


def _words(when: str) -> list[str]:
    return [w.strip(".,") for w in _PART_OF.sub(r"\1 ", when.lower()).split()]


# A part of a month or year written on to it: "mid-June", "early-2024", "late-March".
_PART_OF = re.compile(r"\b(mid|early|late)-(?=[a-z]{3,}|\d{4})", re.I)


def _day(when: str, year: str | None = None) -> int | None:
    """The day of the month written in a time expression (not its year), if any."""
    return next(
        (
            int(m.group(1))
            for m in DAY.finditer(when)
            if m.group(1) != year and 1 <= int(m.group(1)) <= 31
        ),
        None,
    )


def years_of_months(whens: Iterable[str]) -> dict[int, str]:
    """Month -> the one year a text writes it with ("June 2004"); a month written with two
    different years is left out."""
    seen: dict[int, set[str]] = {}
    for when in whens:
        found = YEAR.findall(when)
        months = [MONTHS[w] for w in _words(when) if w in MONTHS]
        if len(set(found)) == 1 and len(set(months)) == 1:
            seen.setdefault(months[0], set()).add(found[0])
    return {month: next(iter(ys)) for month, ys in seen.items() if len(ys) == 1}


def _relative(
    when: str, words: list[str], month: int | None, anchor: datetime, future: bool
) -> str | None:
    """A date without a year, resolved against the source's date by dateparser."""
    import dateparser

    if duration_shaped_text(words) and "ago" not in words and month is None:
        return None  # "three weeks"; not "4 August last year"
    text = re.sub(
        r"^(on|in|at|by|since|from|until|till|through|during|early|late)\s+", "", when, flags=re.I
    )
    text = re.sub(r"^(early|mid|late)[- ]", "", text, flags=re.I)  # "mid-June": June
    # "earlier this month", "later this year", "the end of the month": the month, the year
    text = re.sub(r"^(earlier|later)\s+(?=(this|next|last)\b)", "", text, flags=re.I)
    text = re.sub(
        r"^(the\s+)?(end|start|beginning|middle)\s+of\s+(the|this)\s+(?=(month|year)\b)",
        "this ",
        text,
        flags=re.I,
    )
    text = _holidays_as_days(text)  # "on Christmas Eve": 24 December
    if ("week" in words or "weekend" in words) and "ago" not in words:
        return _week(words, anchor)
    if month is not None and _DAYS.search(text):
        text = next(w for w in words if w in MONTHS)  # "between 1 and 10 September": the month
    if future and month is not None and not DAY.search(text) and month == anchor.month:
        return f"{anchor.year:04d}-{month:02d}"  # "the finals, Oct. 5–7" ahead of 4 October:
        # this October, which has not ended (dateparser's future is next year's)
    if month is not None and (named := _by_its_weekday(words, month, anchor)) is not None:
        return named
    if month is not None and (told := _month_told_from(words, month, anchor)) is not None:
        return told
    if _same_weekday(words, anchor) or _CLOCK.fullmatch(text.strip()):
        # the source's own weekday; a time of day alone ("at 7:23 am") is on the source's day
        return f"{anchor.year:04d}-{anchor.month:02d}-{anchor.day:02d}"
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
    if {"month"} & set(words) or (month and not DAY.search(text)):
        return f"{found.year:04d}-{found.month:02d}"
    return f"{found.year:04d}-{found.month:02d}-{found.day:02d}"


def _month_told_from(words: list[str], month: int, anchor: datetime) -> str | None:
    """ "last September", "next March", "this June" (which dateparser does not read): the
    month's last time before the source's month, its next time after it, or this year's;
    "August last year", "May this year", "March of next year": that month of that year."""
    at = words.index(next(w for w in words if w in MONTHS))
    before = words[at - 1] if at > 0 else ""
    after = [w for w in words[at + 1 :] if w != "of" and not DAY.fullmatch(w)]
    if after[:2] in (["last", "year"], ["this", "year"], ["next", "year"]):
        shift = {"last": -1, "this": 0, "next": 1}[after[0]]
        return _valid(anchor.year + shift, month, _day(" ".join(words)))  # "4 August"
    if before == "last":
        year = anchor.year if month < anchor.month else anchor.year - 1
    elif before == "next":
        year = anchor.year if month > anchor.month else anchor.year + 1
    elif before == "this":
        year = anchor.year
    else:
        return None
    return f"{year:04d}-{month:02d}"


# Holidays on one date every year, as dateparser reads them.
_FIXED_HOLIDAYS = {
    "christmas eve": "24 December",
    "christmas day": "25 December",
    "christmas": "25 December",
    "boxing day": "26 December",
    "new year['\u2019]s eve": "31 December",
    "new year['\u2019]s day": "1 January",
    "valentine['\u2019]s day": "14 February",
    "halloween": "31 October",
}


def _holidays_as_days(text: str) -> str:
    """A holiday on a fixed day written as that day: "Christmas Eve" -> "24 December"."""
    for holiday, day in _FIXED_HOLIDAYS.items():
        text = re.sub(rf"\b{holiday}\b", day, text, flags=re.I)
    return text


_CLOCK = re.compile(
    r"((about|around|approximately|shortly|just)\s+(after\s+|before\s+)?)?"  # "at about 2 a.m."
    r"\d{1,2}([:.]\d\d)?\s*([ap]\.?m\.?|gmt|bst|utc|local time)?",
    re.I,
)


def _week(words: list[str], anchor: datetime) -> str | None:
    """A week or a weekend fixes no day: "this week" in a story of Friday 9 June 2017 is
    5-11 June, so 2017-06; "last week" (29 May - 4 June) spans two months, so no date."""
    shift = -7 if {"last", "past", "previous"} & set(words) else 0
    shift = 7 if {"next", "coming", "following"} & set(words) else shift
    monday = anchor - timedelta(days=anchor.weekday() - shift)
    first = monday + timedelta(days=5) if "weekend" in words else monday
    last = monday + timedelta(days=6)
    if (first.year, first.month) != (last.year, last.month):
        return None
    return f"{first.year:04d}-{first.month:02d}"


def _by_its_weekday(words: list[str], month: int, anchor: datetime) -> str | None:
    """A date written with its weekday and no year ("Monday, Jan. 15"): the year, of the
    source's and the two beside it, in which that date falls on that weekday, where one
    does ("the hearing is set for Monday, Jan. 15" in a story of 8 January 2024 is 2024,
    not the January 15 before)."""
    weekdays = {WEEKDAY_INDEX[w] for w in words if w in WEEKDAY_INDEX}
    day = _day(" ".join(words))
    if len(weekdays) != 1 or day is None:
        return None
    fits = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            moment = datetime(year, month, day)
        except ValueError:
            continue
        if moment.weekday() in weekdays:
            fits.append(moment)
    if len(fits) != 1:
        return None
    return fits[0].strftime("%Y-%m-%d")


def a_clock_time_alone(when: str) -> bool:
    """The expression is a time of day and nothing else: "at about 2 a.m.", "shortly after
    6pm", "at 03:36 local time"."""
    text = re.sub(r"^(at|before|after|around|by|until|from)\s+", "", when.strip(), flags=re.I)
    return bool(_CLOCK.fullmatch(text))


def _same_weekday(words: list[str], anchor: datetime) -> bool:
    """The weekday of the source's own date, said plainly: a story dated Saturday 14 March
    that says "on Saturday" means that day (dateparser would take the Saturday before, or
    after); "last Saturday" and "next Saturday" are another week."""
    days = {WEEKDAY_INDEX[w] for w in words if w in WEEKDAY_INDEX}
    return (
        days == {anchor.weekday()}
        and not (RELATIVE - {"this"}) & set(words)
        and not any(w in MONTHS or DAY.fullmatch(w) for w in words)
    )


def _valid(year: int, month: int, day: int | None) -> str | None:
    try:
        datetime(year, month, day or 1)
    except ValueError:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")


def duration_shaped_text(words: list[str]) -> bool:
    """Shaped like a length of time: a unit ("years") with a count ("three", "a")."""
    return any(w in DURATION_UNITS for w in words) and any(
        re.fullmatch(
            r"\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|many", w
        )
        and not YEAR.fullmatch(w)  # "the first quarter of 2024" counts no quarters
        for w in words
    )
