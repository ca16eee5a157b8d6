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

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any

from ..data import load
from ..model import Event, Evidence
from .chronology import AHEAD, days_from, order, stand_in_day
from .counted import unit_words
from .dates import (
    DAY,
    DURATION_UNITS,
    ERA_YEAR,
    MONTHS,
    RELATIVE,
    WEEKDAYS,
    WILL,
    YEAR,
    a_clock_time_alone,
    duration_shaped_text,
    resolve,
    years_of_months,
)
from .gazetteer import gazetteer
from .names import REPORTING, key
from .nlp import Parsed, content_words
from .place_mentions import names_a_street
from .scenes import first_conjunct
from .weighing import LogisticModel, load_model

_RECURRING = re.compile(
    r"\b(every|each|annual(ly)?|daily|nightly|weekly|fortnightly|monthly|quarterly|yearly|"
    r"hourly|per)\b",
    re.I,
)
_AGE = re.compile(r"\b(\d+|\w+)[- ]years?[- ]old\b|\baged?\b", re.I)
# A decade of someone's life: "a man in his 40s", "in her early twenties".
_DECADE_OF_LIFE = re.compile(
    r"\b(his|her|their|my|your|our)\s+((early|mid|late)[- ])?"
    r"(\d0s|teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b",
    re.I,
)
_FUTURE = re.compile(rf"\b({WILL})\b", re.I)
# "the Security Council is expected to meet on Wednesday", "the storm is forecast to weaken":
# looked for, in its own clause (_FUTURE has "is due", "set to")
_EXPECTED = re.compile(r"\b(is|are) (expected|forecast|predicted) to\b", re.I)
_QUOTE = re.compile('["\u201c\u201d]')
_TEXT_CHARS = 200  # an event's line on the brief
# A capitalised word glued to the one before it where a page lost a space ("correspondentTheresa").
_GLUED_NAME = re.compile(r"[a-z][A-Z][a-z]+$")
_MAX_EVIDENCE = 3  # sentences cited for one event
# The share of their content words (of all either has) two sentences of one date must share
# to tell one event. On the read half 0.12 joins five of the pairs the gold joins and none it
# keeps apart; the share of the shorter sentence's words joined a ferry operator's sailings
# to a council's vote on the same Tuesday by the name both share.
_SAME_EVENT = 0.12
# Undated day words that name one day of one source's story.
_DAY_WORDS = frozenset(["yesterday", "today", "tonight", "tomorrow", "overnight"])

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
    "fronted",  # the expression opens the sentence ("Earlier, ...", "A day later, ...")
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
    groups = _one_per_event(kept)[:limit]
    chosen = [group[0][1] for group in groups]
    events = [_event(group) for group in groups]
    return order(events, _offsets(chosen, datelines or {}))


def _one_per_event(
    scored: Sequence[tuple[float, Candidate]],
) -> list[list[tuple[float, Candidate]]]:
    """Sentences that tell one event, grouped (most probable first): each joins the first
    group whose leading sentence it shares a date and its subject with (_same_event). The
    group is led by its most precise date ("on August 16, 2013" over "in August 2013")."""
    groups: list[list[tuple[float, Candidate]]] = []
    words: dict[tuple[str, int], set[str]] = {}
    for p, c in scored:
        words[_position(c)] = _subject_words(c.parsed)
        group = next(
            (
                g
                for g in groups
                if _same_event(g[0][1], c, words[_position(g[0][1])], words[_position(c)])
            ),
            None,
        )
        if group is None:
            groups.append([(p, c)])
        else:
            group.append((p, c))
    for group in groups:
        group.sort(key=lambda pc: -_precision(pc[1].date))  # stable: most probable first
    return groups


def _same_event(a: Candidate, b: Candidate, words_a: set[str], words_b: set[str]) -> bool:
    """Two sentences about one event: the same day or month (one date may refine the other;
    undated, the same day word in one source: "yesterday", "on Friday") and enough of the
    same content words besides the time (_SAME_EVENT of all the two have)."""
    if a.date and b.date:
        if min(len(a.date), len(b.date)) < len("YYYY-MM"):
            return False  # a year is no occasion
        if not (a.date.startswith(b.date) or b.date.startswith(a.date)):
            return False
    elif a.date or b.date:
        return False
    else:
        day_a, day_b = a.when.lower().split()[-1], b.when.lower().split()[-1]
        if a.parsed.sentence.source != b.parsed.sentence.source or day_a != day_b:
            return False
        if day_a not in WEEKDAYS and day_a not in _DAY_WORDS:
            return False
    if not words_a or not words_b:
        return False
    if (AHEAD.search(a.parsed.sentence.text) is None) != (
        AHEAD.search(b.parsed.sentence.text) is None
    ):
        return False  # what is expected this week is not what happened this week
    return len(words_a & words_b) / len(words_a | words_b) >= _SAME_EVENT


def _subject_words(p: Parsed) -> set[str]:
    """The sentence's content words, less its time expressions."""
    times = {t.i for e in p.doc.ents if e.label_ in ("DATE", "TIME") for t in e}
    return {w for w, _ in content_words(p, skip=times)}


def _offsets(
    chosen: Sequence[Candidate], datelines: Mapping[str, str | None]
) -> dict[tuple[str, int], float | None]:
    """Days from each source's own day to each undated event, for ordering only (no date is
    shown): "last week" -7, "on Thursday" the Thursday before the story's day, "since
    March" that month before the dateline's, counted from a stand-in day that has the
    dateline's day and month and the story's weekday (days_from)."""
    out: dict[tuple[str, int], float | None] = {}
    for source in dict.fromkeys(c.parsed.sentence.source for c in chosen):
        mine = [c for c in chosen if c.parsed.sentence.source == source and not c.date]
        past = [c.when for c in mine if not AHEAD.search(c.parsed.sentence.text)]
        base = stand_in_day(datelines.get(source), past)
        for c in mine:
            future = AHEAD.search(c.parsed.sentence.text) is not None
            out[_position(c)] = days_from(c.when, base, future)
    return out


def _position(c: Candidate) -> tuple[str, int]:
    return (c.parsed.sentence.source, c.parsed.sentence.index)


def candidates(
    parsed: Sequence[Parsed], key: set[tuple[str, int]], anchors: dict[str, datetime]
) -> list[Candidate]:
    """One candidate per sentence that names a point in time: its most precise expression."""
    last: dict[str, int] = {}
    for p in parsed:
        last[p.sentence.source] = max(last.get(p.sentence.source, 0), p.sentence.index)
    dates: dict[str, list[str]] = {}
    for p in parsed:
        dates.setdefault(p.sentence.source, []).extend(
            e.text for e in p.doc.ents if e.label_ == "DATE"
        )
    years = {source: years_of_months(whens) for source, whens in dates.items()}  # month -> year
    out = []
    last_day: dict[str, str] = {}  # source -> the last full date a sentence was read at
    last_dated: dict[str, str] = {}  # source -> the last date of any precision it was read at
    for p in parsed:
        # (a dateline's date, when the story was filed, is left out at ingest)
        spans = [
            e
            for e in map(_without_verb, p.doc.ents)
            if e.label_ in ("DATE", "TIME") and len(e) and _is_point(e)
        ]
        spans += _time_adverbs(p.doc, spans)
        spans += _clock_times(p.doc, spans)
        spans += _holidays(p.doc, spans)
        if not spans:
            continue
        anchor = anchors.get(p.sentence.source)
        read = [
            (
                e,
                resolve(
                    e.text + _glued_year(e),
                    anchor,
                    _clause_ahead(e) or _deadline_ahead(e),
                    years[p.sentence.source],
                ),
            )
            for e in spans
        ]
        read = _one_day_one_year(read)
        timed = [r for r in read if not _names_a_things_year(r[0])]
        ent, date = max(timed or read, key=lambda r: (_precision(r[1]), _specificity(r[0].text)))
        s = p.sentence
        if a_clock_time_alone(ent.text):
            # "overturned on Wednesday evening …", then "left the road shortly after 6pm":
            # a time of day alone is on the day the story last named, else the source's own
            date = last_day.get(s.source, date)
        elif date is None and (width := _pointing_back(ent)):
            # "a raid in June 2004", then "counted towards that month's elections": the
            # month, day or year the story last named, as far as it was named
            before = last_dated.get(s.source)
            date = before[:width] if before is not None and len(before) >= width else None
        elif date is not None and len(date) == 10:
            last_day[s.source] = date
        if date is not None:
            last_dated[s.source] = date
        text = ent.text + _glued_year(ent)
        features = (
            1.0 if YEAR.search(text) or ERA_YEAR.search(text) else 0.0,
            1.0 if any(w.lower_.rstrip(".") in MONTHS for w in ent) else 0.0,
            1.0
            if any(w.lower_.rstrip(".") in WEEKDAYS for w in ent)
            or (DAY.search(text) and not YEAR.fullmatch(text))
            else 0.0,
            1.0 if any(w.lower_ in RELATIVE for w in ent) else 0.0,
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
            1.0 if _fronted(ent) else 0.0,
        )
        out.append(Candidate(_with_preposition(ent) + _glued_year(ent), date, p, features))
    return out


def _pointing_back(ent: Any) -> int:
    """How much of the date the story last named a time that points back to it keeps:
    "that day" 10 (YYYY-MM-DD), "that month" 7 (YYYY-MM), "that year" 4; else 0. NER may
    tag the noun alone ("that month's elections": "month")."""
    words = [t.lower_ for t in ent if t.tag_ != "POS"]
    if ent.start > 0 and ent.doc[ent.start - 1].lower_ == "that" and words[:1] != ["that"]:
        words = ["that", *words]
    return _THAT.get(" ".join(words), 0)


# Times that point back to the one the story last named, and how much of its date they keep.
_THAT = {"that day": 10, "that month": 7, "that year": 4}


_DEADLINES = frozenset(["by", "until", "till", "before", "through"])
_FORECASTS = ("warn", "forecast", "expect", "predict", "threat")
_PRESENT = frozenset({"VBZ", "VBP"})


def _deadline_ahead(ent: Any) -> bool:
    """A deadline the text looks ahead to: "by", "until" or "before" a day, on a verb with a
    modal, of forecasting or in the present perfect ("river levels would keep rising until
    Saturday", "warned of a further 80mm of rain by Sunday", "has been released on bail
    until April"). Such a day is the next one, not the last ("on Thursday" after "said"
    stays the last)."""
    doc = ent.doc
    if ent.start == 0 or doc[ent.start - 1].lower_ not in _DEADLINES:
        return False
    node = doc[ent.start - 1]
    for _ in range(8):  # up the heads to the root: the verbs this deadline belongs to
        if node.pos_ in ("VERB", "AUX") and (
            any(c.tag_ == "MD" for c in node.children)
            or node.lower_.startswith(_FORECASTS)
            or _present_condition(node)
            or any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in node.children)
        ):
            return True  # ... or a state that holds till then: "has been released on bail
            # until April" (a present perfect)
        if node.head is node:
            return False
        node = node.head
    return False


def _one_day_one_year(read: list[tuple[Any, str | None]]) -> list[tuple[Any, str | None]]:
    """A day named twice in one sentence, by its weekday and by its date without a year
    ("reports its results next Tuesday, on May 7"): the date takes the weekday's year, as
    the weekday fixes it (May 7 was taken as last year's, before the story's date)."""
    by_weekday = {
        date[5:]: date
        for ent, date in read
        if date and len(date) == 10 and any(w.lower_ in WEEKDAYS for w in ent)
    }
    return [
        (ent, by_weekday.get(date[5:], date))
        if date and len(date) == 10 and not YEAR.search(ent.text)
        else (ent, date)
        for ent, date in read
    ]


def _clause_ahead(ent: Any) -> bool:
    """The clause a time expression belongs to looks ahead: its verb, with the verbs it
    completes and their auxiliaries, says "will", "is due to", "plans to" ("the Senate is
    due to vote on 26 March"); another clause's future does not move it ("trains were
    cancelled on Tuesday as workers protested the government's plan to raise the age").
    A clause in the present tense that hangs on another ("as it moves towards Fujian on
    Tuesday", "when talks open on Monday") is in the time of the clause it hangs on ("is
    forecast to weaken as it moves ..."). With no verb over it, the sentence says."""
    node = ent.root
    for _ in range(8):
        if node.pos_ in ("VERB", "AUX") or node.head is node:
            break
        node = node.head
    if node.pos_ not in ("VERB", "AUX"):
        return _FUTURE.search(ent.sent.text) is not None
    while node.dep_ == "advcl" and node.tag_ in _PRESENT and node.head.pos_ in ("VERB", "AUX"):
        node = node.head
    words = []
    while True:
        words.append(node)
        words.extend(c for c in node.children if c.dep_ in ("aux", "auxpass", "acomp"))
        if node.dep_ not in ("xcomp", "acomp") or node.head is node:
            break
        node = node.head
    text = " ".join(t.text for t in sorted(set(words), key=lambda t: t.i))
    return (
        _FUTURE.search(text) is not None
        or any(w.lower_ == "due" and w.pos_ == "ADJ" for w in words)  # "the Grand Prix, due
        # to be held on Sunday, was cancelled": when it was to be
        or _EXPECTED.search(text) is not None
        or _scheduled(words[0])
        or _may_yet(words[0])
    )


def _may_yet(verb: Any) -> bool:
    """A verb that may yet happen: "cases could rise sharply before April", "the vote may
    slip to June"; not what could not be done ("she could not attend in May") nor what
    might have been ("it could have opened in March")."""
    aux = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return (
        any(a in ("may", "might", "could") for a in aux)
        and "have" not in aux
        and not any(c.dep_ == "neg" for c in verb.children)
    )


def _scheduled(verb: Any) -> bool:
    """A verb in the simple present that does something, dated: what is scheduled ("Iceland
    holds a parliamentary election on Nov 30", "the court sits again on Monday"), not what
    is said ("says"), nor a state ("is", "has")."""
    return (
        verb.tag_ in _PRESENT
        and verb.pos_ == "VERB"
        and verb.lower_ not in REPORTING
        and verb.lemma_ not in ("be", "have")
        and verb.lower_.replace("\u2019", "'") not in ("'s", "'re", "'ve")  # "What’s new"
        and not any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children)
    )


def _present_condition(verb: Any) -> bool:
    """A condition in the present tense: "if the ransom is not paid by Friday", "unless
    talks resume by Monday" look ahead."""
    children = list(verb.children)
    return any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in children) and (
        verb.tag_ in _PRESENT
        or any(c.tag_ in _PRESENT for c in children if c.dep_.startswith("aux"))
    )


_GLUED_YEAR = re.compile(r"^((?:1[89]|20)\d\d)\.[A-Z][a-z]+$")


def _glued_year(ent: Any) -> str:
    """The year a flattened page glued to the next sentence's first word, right after a day
    and month ("on 16 June 2013.The medal"): " 2013", else ""."""
    doc = ent.doc
    if ent.end >= len(doc) or not any(t.lower_.rstrip(".") in MONTHS for t in ent):
        return ""
    found = _GLUED_YEAR.match(doc[ent.end].text)
    return f" {found.group(1)}" if found and not YEAR.search(ent.text) else ""


def _without_verb(ent: Any) -> Any:
    """ "will last two more weeks": the NER's span without the verb it swallowed, also where
    the parse takes the verb for an adjective ("could last years": no "last year"), or one
    joined after it ("on 3 January and end"); or without a count it swallowed ("rose to 27
    overnight", "turned 18 this month")."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    misread = (
        ent[0].lower_ == "last"
        and before is not None
        and (before.tag_ == "MD" or before.lower_ == "to")
    )
    if len(ent) > 1 and (ent[0].pos_ in ("VERB", "AUX") or misread):
        return ent.doc.char_span(ent[1].idx, ent.end_char, label=ent.label_) or ent
    if (
        len(ent) == 2
        and ent[0].like_num
        and not YEAR.fullmatch(ent[0].text)
        and ent[1].lower_ in _TIME_ADVERBS | {"overnight", "tonight"}
    ):
        # "The toll rose to 27 overnight": the count the tally reached, then the time
        return ent.doc.char_span(ent[1].idx, ent.end_char, label=ent.label_) or ent
    if (
        len(ent) > 2
        and ent[0].like_num
        and not YEAR.fullmatch(ent[0].text)
        and ent[1].lower_ in ("this", "last", "next")
    ):
        # "until he turned 18 this month": an age or a count, then the time
        return ent.doc.char_span(ent[1].idx, ent.end_char, label=ent.label_) or ent
    if len(ent) > 2 and ent[-2].lower_ in ("and", "or") and ent[-1].pos_ in ("VERB", "AUX"):
        # "will start on 3 January and end at 07:00": the date, not the verb joined to it
        return (
            ent.doc.char_span(ent.start_char, ent[-3].idx + len(ent[-3]), label=ent.label_) or ent
        )
    cut = next((t for t in ent[1:-1] if t.lower_ in ("after", "before")), None)
    if cut is not None and all(t.lower_ in _STRETCHES for t in ent[cut.i - ent.start + 1 :]):
        # "sold its assets last year after decades of lawsuits": the time, not the stretch
        # the NER ran on into
        time = ent.doc[ent.start : cut.i]
        time.label_ = ent.label_
        return time
    return ent


# Words of time written in lower case that stand alone as a time: "yesterday", "morning".
_TIME_WORDS = frozenset(
    """morning afternoon evening night noon midday midnight lunchtime dawn dusk daybreak
    sunrise sunset nightfall teatime spring summer autumn fall winter now""".split()  # noqa: SIM905
)


def _a_time_word(word: str) -> bool:
    """A word that says a time alone: relative ("yesterday"), a unit ("weeks"), a part of
    the day or a season, a month or a weekday."""
    return (
        word in RELATIVE
        or word in _TIME_WORDS
        or word in DURATION_UNITS
        or word.rstrip(".") in MONTHS
        or word in WEEKDAYS
    )


# Words that round a number: "around 38", "some 40", "nearly 200".
_ROUGHLY = frozenset("around about some nearly almost roughly approximately over under".split())  # noqa: SIM905


def _is_point(ent: Any) -> bool:
    """A point in time, not an age ("23-year-old", "aged 15", "Hussen, 47,"), a bare
    number the NER took for a date, or a recurrence ("every year")."""
    text = ent.text
    if _AGE.search(text) or _RECURRING.search(text):
        return False
    before = ent.doc[max(0, ent.start - 2) : ent.start].text.lower()
    if re.search(r"\baged?\b", before):
        return False
    if _DECADE_OF_LIFE.search(ent.doc[max(0, ent.start - 1) : ent.end].text):
        return False  # "a man in his 40s died", "in her early twenties": an age
    if re.fullmatch(r"\d{1,3}", text.strip()):  # "Hussen, 47," or "15": an age, not a date
        return False
    if names_a_street(text):
        return False  # "the store on East 21st Street" (NER: a date): an address
    if ent.label_ == "DATE" and all(
        t.lower_ in _ROUGHLY
        or (t.like_num and (t.is_alpha or t.text.isdigit()) and not YEAR.fullmatch(t.text))
        for t in ent
    ):
        return False  # "Around 38 of the train's 150 cars" (NER: a date): a count, no time
    if re.fullmatch(r"\d+\.(\d|\d{3,})", text.strip()):
        return False  # "one of magnitude 4.6": a decimal, no time of day ("10.30" is one)
    if ent[0].lower_ in ("under", "over", "above", "below", "between") and all(
        (t.like_num and not YEAR.fullmatch(t.text)) or t.lower_ in ("and", "to", "-")
        for t in ent[1:]
    ):
        return False  # "children under five", "people over 65": an age limit, no unit of time
    if re.fullmatch(r"\w+-(second|minute|hour|day|week|month|year)s?", text.strip(), re.I):
        return False  # "a 29-minute video", "a ten-year order": a length, as an adjective
    if _in_a_name(ent):
        return False  # "Theresa May's", "the Sunday Telegraph": a name, not a time
    if (
        len(ent) > 1
        and ent.root.dep_ in ("appos", "nsubj", "nsubjpass")
        and ent[-1].is_alpha
        and ent[-1].is_title
        and not _a_time_word(ent[-1].lower_)
        and ent[-1].pos_ == "PROPN"
    ):
        return False  # "The ship's operator, Third January Maritime, said" (NER: a date):
        # a name that ends in no word of time, standing as one
    if _a_share_of_something(ent):
        return False  # "About a quarter of the city had been wiped out": how much, not when
    if _a_comparison_base(ent) or _the_same_period_of(ent):
        return False  # "up 14% from the year before", "rose 5% on last year", "down from
        # 105,000 in the same period of 2023": what a change is measured from, not when
        # anything happened
    if any(t.lower_ in _measure_units() for t in ent) and not any(
        _a_time_word(t.lower_) for t in ent
    ):
        return False  # "hit about 70 nautical miles southwest of" (NER: a time): a distance
    if (
        ent.start > 0
        and ent.doc[ent.start - 1].lower_ == "by"
        and len(ent) == 2
        and ent[0].lower_ == "the"
        and ent[1].lower_ in _UNITS_OF_A_RATE
    ):
        return False  # "smaller by the hour", "paid by the day": a rate, not a time
    if all(t.pos_ == "PROPN" for t in ent) and gazetteer().country_code(key(ent.text)):
        return False  # "troops are stationed in Niger" (NER: a date): a country
    if (
        len(ent) == 1
        and ent[0].is_alpha
        and not _a_time_word(ent[0].lower_)
        and any(
            t.ent_type_ in ("GPE", "LOC", "FAC", "ORG", "PERSON")
            for t in (
                first_conjunct(ent.root),
                *(c for c in ent.root.children if c.dep_ == "conj"),
            )
            if t.i != ent.root.i
        )
    ):
        return False  # "hospitals in Nepalgunj and Surkhet", "schools at Achnasheen,
        # Kinlochbervie and Tongue" (NER: a date): listed with a place or a name
    if len(ent) == 1 and ent[0].is_alpha and ent.text.islower() and not _a_time_word(ent.text):
        return False  # "the crew issued a mayday call" (NER: a date): no word of time
    if (
        any(t.like_num for t in ent)
        and all(t.is_alpha and t.is_lower for t in ent)
        and not any(_a_time_word(t.lower_) for t in ent)
    ):
        return False  # "argued for no more than six and a half" (NER: a date): a count in
        # words, its unit said before (a prison term), no time
    if (
        (len(ent) == 1 or all(t.text == "-" or t.is_alpha for t in ent))
        and ent.text.islower()
        and ent.root.dep_ in ("compound", "nmod", "amod")
        and ent.root.head.i == ent.end
        and ent.root.head.pos_ == "NOUN"
    ):
        return False  # "assembling for morning classes", "the night shift", "expected
        # third-quarter revenue": what kind, not when
    if ent.root.dep_ == "dobj" and not any(t.lower_ in RELATIVE for t in ent):
        return False  # "spent the night in tents", "spent the weekend": what, not when
    if ent[0].lower_ in ("a", "one") and any(
        t.lower_ in ("times", "twice", "once") for t in ent.doc[max(0, ent.start - 3) : ent.start]
    ):
        return False  # "caught speeding three times in a year": how often, not when
    if (
        ent.root.dep_ == "nsubj"
        and ent.root.head.pos_ == "VERB"
        and not any(t.lower_ in RELATIVE for t in ent)
    ):
        return False  # "since the season began in mid-June": what began, not when ("this
        # year marks …" is when)
    if (
        ent.root.dep_ == "nsubjpass"
        and not any(t.lower_ in RELATIVE for t in ent)
        and any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in ent.root.head.children)
    ):
        return False  # "The remaining days of the festival were cancelled": what was done,
        # not when ("the planting season will be lost" is when a loss to come falls)
    if (
        ent.root.dep_ in ("conj", "appos", "attr", "nsubj")
        or (ent.root.dep_ == "pobj" and ent.root.head.lower_ in ("as", "like", "through"))
    ) and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in ent.root.children):
        return False  # "wanted a pay rise … and a 32-hour work week", "described it as a
        # 'heartbreaking' day", "has been through a terrible weekend": a thing, not a time
    if ent.root.dep_ == "attr" and any(c.dep_ == "det" for c in ent.root.children):
        return False  # "last month was the hottest June on record": what it was, not when
    # A bare length of time ("jailed for three years", "six months") is no point in time;
    # one counted from an event or the present ("two days later", "within days") is.
    doc = ent.doc
    opener = doc[ent.start - 1].lower_ if ent.start > 0 else ""
    closer = doc[ent.end].lower_ if ent.end < len(doc) else ""
    if _duration_shaped(ent) and closer == "of" and opener not in ("within", "after", "before"):
        return False  # "killed in two days of fighting": a stretch ("within five years of
        # winning" is counted from an event)
    if (
        opener in ("in", "since")
        and _since_a_record(doc[ent.start - 1])
        and not any(c.dep_ == "relcl" for c in ent.root.children)
    ):
        return False  # "the worst in 25 years", "the first rise in 11 years", "Nepal's
        # deadliest air accident since 1992": how long since, no event then ("the first to
        # be freed since May, when five detainees were exchanged" says what happened then)
    verb = doc[ent.start - 1].head if ent.start > 0 else None
    if (
        opener == "in"
        and verb is not None
        and verb.lower_ in ("began", "begun", "started")
        and any(c.dep_ == "nsubj" and c.lower_ in ("records", "record") for c in verb.children)
    ):
        return False  # "the worst since records began in 1995": the record's yardstick
    if key(ent.text) in _IDIOMS:
        return False  # "pulled out of the meeting at the last minute": late, no time
    if _MATCH_CLOCK.search(ent.text):
        return False  # "equalised in the 73rd minute": the match's clock, no time of day
    if _IN_A_SERIES.search(ent.text):
        return False  # "the rise, the 13th in a row", "for the third year running": which
        # of a series, not when
    noun = ent.root.head
    if (
        ent.root.dep_ in ("nummod", "amod", "compound")
        and noun.dep_ == "pobj"
        and noun.head.lower_ in ("in", "since")
        and _since_a_record(noun.head)
    ):
        return False  # "its worst day since the 1987 crash": the record's yardstick
    # "hours after …"; not "trying to raise money for months after sales fell": what
    # follows "for" is a length, whatever comes after it
    anchored = closer in ("after", "before", "later", "earlier", "ago") and opener != "for"
    if opener not in ("after", "within", "since") and not anchored and _a_bare_stretch(ent):
        return False  # "lived in fear for months", "delayed by months", "the worst disaster
        # in years": how long, not when
    if opener == "in" and _duration_shaped(ent) and _told_as_past(doc[ent.start - 1].head):
        return False  # "its morgues had received 138 bodies in four days": how long it took
        # ("will vote in two days" is when)
    counted = opener in ("after", "within", "in", "since") or (
        closer in ("after", "before", "later", "earlier", "ago") and opener != "for"
    )  # "two days later", "Two days after he was questioned"; not "jailed for five years
    # after he was found guilty": what follows "for" is a length, whatever comes after it
    return not (_duration_shaped(ent) and not counted)


# Phrases of time that say how late or soon, not when: "at the last minute".
_IDIOMS = frozenset(["last minute", "eleventh hour", "last moment"])  # keys


def _a_comparison_base(ent: Any) -> bool:
    """The period a change in a share or a sum is measured from: "up 14% from the year
    before", "rose 5% on last year", "down from £4.8bn a year earlier" — a period before
    another, after "from", "on", "than" or "with", hung on a change written with a per cent
    or a sum (not "killed 30 people on Friday last week": a day is a time)."""
    doc = ent.doc
    start = ent.start
    while start > 0 and (
        doc[start - 1].ent_type_ in ("PERCENT", "MONEY") or doc[start - 1].tag_ == "$"
    ):
        start -= 1  # "down from £4.8bn a year earlier": the sum, then its period
    if start == 0:
        return False
    prep = doc[start - 1]
    if prep.lower_ not in ("from", "on", "than", "with"):
        return False
    if start == ent.start and ent.root.head.i != prep.i:
        return False
    words = {t.lower_.rstrip(".") for t in ent}
    over_the_period = prep.lower_ == "on" and words - {"the"} <= _UNITS_OF_A_RATE | {"quarter"}
    if not (words & {"before", "earlier", "previous", "last", "same", "ago"} or over_the_period):
        return False  # ("rose by 0.2% on the month": over the month before, as on a year)
    if words & (WEEKDAYS | MONTHS.keys()) or any(t.like_num for t in ent):
        return False
    head = prep.head
    return (
        start < ent.start
        or head.lower_ in ("up", "down", "compared")
        or any(t.ent_type_ in ("PERCENT", "MONEY") for t in doc[head.left_edge.i : prep.i])
    )


# What a span of time is called when it is the same span in another year.
_PERIODS = frozenset("period time months weeks quarter stretch spell".split())  # noqa: SIM905
# Words a comparison hangs its base on: "down from …", "compared with …", "more than …".
_COMPARING = frozenset("from than with compared against versus down up".split())  # noqa: SIM905


def _the_same_period_of(ent: Any) -> bool:
    """The year (or the words) of "the same period of 2023", hung, a few words up, on a
    comparison ("down from 105,000 in the same period of 2023", "compared with the same
    time last year"): the base a figure is measured against, no event's time."""
    node = ent.root
    if node.dep_ == "pobj" and node.head.lower_ == "of":
        node = node.head.head  # "of 2023" on "the same period"
    elif node.lower_ not in _PERIODS:
        node = node.head  # "last year" on "the same time"
    if node.lower_ not in _PERIODS or not any(c.lower_ == "same" for c in node.children):
        return False
    for _ in range(4):
        if node.head is node:
            return False
        node = node.head
        if node.lower_ in _COMPARING:
            return True
    return False


def _a_share_of_something(ent: Any) -> bool:
    """ "a quarter of the city", "about a third of the houses": a fraction of a thing, which
    NER takes for a quarter of a year ("the first quarter of 2024" is one: an ordinal, a
    year)."""
    doc = ent.doc
    closer = doc[ent.end] if ent.end < len(doc) else None
    after = doc[ent.end + 1] if ent.end + 1 < len(doc) else None
    return (
        len(ent) >= 2
        and ent[-1].lower_ in ("quarter", "third", "half")
        and ent[-2].lower_ in ("a", "one")
        and closer is not None
        and closer.lower_ == "of"
        and after is not None
        and not after.like_num
    )


_UNITS_OF_A_RATE = frozenset("minute hour day week month".split())  # noqa: SIM905


@lru_cache(maxsize=1)
def _measure_units() -> frozenset[str]:
    """Words of units that measure distance, weight or volume (data/figures.json)."""
    return unit_words() | frozenset(load("figures.json")["distances"]["units"])


def _told_as_past(verb: Any) -> bool:
    """The verb tells what happened: in the past tense, with no modal or "will" on it."""
    return (
        verb.pos_ in ("VERB", "AUX")
        and verb.tag_ in ("VBD", "VBN")
        and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
    )


# A game's own clock: "in the 73rd minute", "in stoppage time", "at half-time".
_MATCH_CLOCK = re.compile(
    r"\b\d+(st|nd|rd|th) minute\b|\b(stoppage|injury) time\b|\bhalf-time\b", re.IGNORECASE
)


_IN_A_SERIES = re.compile(r"\b(in a row|running)$", re.I)


def _since_a_record(prep: Any) -> bool:
    """ "in" hangs on a superlative or a first: "the worst in 25 years", "the highest in 15
    years", "the first rise in 11 years" (not "will reopen in two years")."""
    head = prep.head
    if head.pos_ in ("VERB", "AUX") and head.dep_ in ("acl", "relcl", "xcomp"):
        head = head.head  # "the strongest to hit the country in more than a century", "the
        # first team to win there since 1990": the verb of the record's clause
    if head.lower_ in _BE:
        head = next((c for c in head.children if c.dep_ == "attr"), head)  # "It was the
        # deadliest accident since 1992": "since" hangs on the verb
    return head.tag_ == "JJS" or any(
        c.dep_ == "amod" and (c.tag_ == "JJS" or c.lower_ == "first") for c in head.children
    )


_BE = frozenset("is was are were be been being".split())  # noqa: SIM905


_STRETCHES = frozenset("hours days weeks months years decades".split())  # noqa: SIM905


def _a_bare_stretch(ent: Any) -> bool:
    """Units of time alone, with no count and nothing to count them from: "months",
    "for years", "by months", "months or years"."""
    words = [
        t.lower_ for t in ent if t.lower_ not in ("for", "by", "of", "over", "during", "or", "and")
    ]
    return bool(words) and all(w in _STRETCHES for w in words)


# Adverbs that place an event in time relative to the story, where the NER marks no date.
_TIME_ADVERBS = frozenset({"earlier", "later", "recently", "yesterday", "today", "tonight"})


_CALENDAR_WORDS = MONTHS.keys() | WEEKDAYS


def _in_a_name(ent: Any) -> bool:
    """A lone month or weekday that is part of a name: a surname after a first name or a
    title, owning something ("Theresa May's plan", "Mrs May's", also where a page lost the
    space before the first name: "correspondentTheresa May's"), or the first word of a
    compound name ("Sunday Telegraph journalist"); "Today" or "Tonight" capitalised after a
    name ("told Africa Today"). Not "Amazon Tuesday announced"."""
    if len(ent) == 1 and _a_names_today(ent[0]):
        return True  # "told Africa Today by phone": a programme's or paper's name
    if len(ent) != 1 or ent[0].lower_ not in _CALENDAR_WORDS:
        return False
    doc, word = ent.doc, ent[0]
    before = doc[word.i - 1] if word.i > 0 else None
    after = doc[word.i + 1] if word.i + 1 < len(doc) else None
    after_name = (
        before is not None
        and after is not None
        and after.tag_ == "POS"
        and before.pos_ == "PROPN"
        and (before.text[:1].isupper() or _GLUED_NAME.search(before.text) is not None)
        and before.lower_.rstrip(".") not in _CALENDAR_WORDS
        and not before.like_num
    )
    starts_name = (
        word.dep_ == "compound"
        and after is not None
        and after.pos_ == "PROPN"
        and after.text[:1].isupper()
        and after.ent_type_ not in ("DATE", "TIME", "")
    )
    # "seen by The Mail on Sunday", "told the Independent on Sunday": newspapers' names
    in_title = (
        word.lower_ == "sunday"
        and word.i >= 2
        and doc[word.i - 1].lower_ == "on"
        and doc[word.i - 2].text in _ON_SUNDAY_TITLES
    )
    return after_name or starts_name or in_title


# Newspapers named "… on Sunday" (a capitalised first word: "the Independent", not "an
# independent"); "Scotland on Sunday" is left out, since it is also a place on a day.
_ON_SUNDAY_TITLES = frozenset(["Mail", "Independent"])


def _a_names_today(word: Any) -> bool:
    """ "Today" or "Tonight" capitalised after a name or its owner's 's, or naming the noun
    after it, inside the sentence: a programme's or a paper's name ("told Africa Today by
    phone", "on BBC Radio 4's Today", "told the Today programme"), no time."""
    if word.text not in ("Today", "Tonight") or word.i == 0:
        return False
    before = word.doc[word.i - 1]
    after_name = before.pos_ == "PROPN" and before.text[:1].isupper() and not before.is_sent_start
    names_a_noun = (
        word.dep_ == "compound" and word.head.i == word.i + 1 and word.head.pos_ == "NOUN"
    )
    return after_name or before.tag_ == "POS" or names_a_noun


def _time_adverbs(doc: Any, spans: Sequence[Any]) -> list[Any]:
    """ "Earlier, the minister said ...", "was later overturned": a time adverb on a verb."""
    covered = {i for e in spans for i in range(e.start, e.end)}
    return [
        doc[_measure_before(t) : t.i + 1]
        for t in doc
        if t.lower_ in _TIME_ADVERBS
        and t.i not in covered
        and t.dep_ in ("advmod", "npadvmod")
        and t.head.pos_ in ("VERB", "AUX")
        and t.head.dep_ != "amod"  # "a recently formed group": it describes, nothing happens
        and not _a_names_today(t)
        and not (t.i + 1 < len(doc) and doc[t.i + 1].tag_ in ("NN", "NNS"))  # "Later
    ]  # generations knew her", "Earlier reports said": which ones, not when


def _measure_before(adverb: Any) -> int:
    """Where the time adverb's span starts: at the measure written straight before it ("Hours
    later", "Moments earlier", NER: nothing), else at the adverb."""
    before = adverb.doc[adverb.i - 1] if adverb.i > 0 else None
    if (
        before is not None
        and before.dep_ == "npadvmod"
        and before.head.i == adverb.i
        and before.lower_ in _MEASURES_OF_TIME
    ):
        return before.i
    return adverb.i


_MEASURES_OF_TIME = frozenset("moments minutes hours days weeks months years".split())  # noqa: SIM905


# A time of day NER left untagged: "at 03:36 local time", "at 3.36am".
_CLOCK_TIME = re.compile(
    r"\bat\s+\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?)|\s+(?:local time|GMT|BST|UTC|CET|EST|EDT|"
    r"PST|IST))?(?![\w:.]?\d)",
    re.IGNORECASE,
)


def _clock_times(doc: Any, spans: Sequence[Any]) -> list[Any]:
    """Times of day NER left untagged ("struck … at 03:36 local time"), as TIME spans; or
    tagged as a number where "am" or "pm" says it is a time ("lost power shortly before
    1.30am", NER: a cardinal)."""
    found = _untagged(doc, spans, _CLOCK_TIME, "TIME", tagged_end=False)
    return found + _untagged(doc, [*spans, *found], _CLOCK_TIME_OF_DAY, "TIME", tagged_end=True)


# A time of day with "am" or "pm" after a word that places an event at it.
_CLOCK_TIME_OF_DAY = re.compile(
    r"\b(?:at|before|after|around|by|until|from)\s+\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\b\.?",
    re.IGNORECASE,
)


# Days of the year known by name, which NER may leave untagged ("struck on New Year's Day")
# and dateparser resolves.
_HOLIDAY = re.compile(
    r"\b(?:New Year['\u2019]s (?:Day|Eve)|Christmas (?:Day|Eve)|Boxing Day|"
    r"Valentine['\u2019]s Day|Halloween)\b"
)


def _holidays(doc: Any, spans: Sequence[Any]) -> list[Any]:
    """Named days of the year NER left untagged ("on New Year's Day"), as DATE spans."""
    return _untagged(doc, spans, _HOLIDAY, "DATE", tagged_end=True)


def _untagged(
    doc: Any, spans: Sequence[Any], pattern: re.Pattern[str], label: str, tagged_end: bool
) -> list[Any]:
    """The pattern's matches that no time span covers, as spans of ``label``; one whose last
    word NER tagged as something else only where ``tagged_end``."""
    covered = {i for e in spans for i in range(e.start, e.end)}
    out = []
    for match in pattern.finditer(doc.text):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None or covered & set(range(span.start, span.end)):
            continue
        if not tagged_end and span[-1].ent_type_:
            continue
        span = doc[span.start : span.end]
        span.label_ = label
        out.append(span)
    return out


def _duration_shaped(ent: Any) -> bool:
    words = [t.lower_ for t in ent]
    return duration_shaped_text(words) and not any(
        w in ("ago", "later", "earlier", "last", "next", "this", "past") for w in words
    )


def _fronted(ent: Any) -> bool:
    """The expression, with any preposition that opens it, starts the sentence."""
    first = next((t for t in ent.doc if not t.is_punct and not t.is_space), None)
    if first is None:
        return False
    return first.i == ent.start or (first.i == ent.start - 1 and first.pos_ == "ADP")


def _names_a_things_year(ent: Any) -> bool:
    """A year written before a noun as part of what it names ("veterans of the 1971
    independence war", "the 2008 financial crisis"): which thing, not when the sentence's
    event happened; another time in the sentence goes first."""
    root = ent.root
    return (
        len(ent) == 1
        and YEAR.fullmatch(root.text) is not None
        and root.dep_ in ("nummod", "compound", "amod", "nmod")
        and root.head.pos_ in ("NOUN", "PROPN")
        and root.head.i > root.i
    )


def _attaches_to_verb(ent: Any) -> bool:
    head = ent.root.head
    if head.dep_ == "prep" or head.pos_ == "ADP":
        head = head.head
    return head.pos_ in ("VERB", "AUX")


_OPENING = frozenset(
    "on in at by since until till through before after during from within".split()  # noqa: SIM905
)


def _with_preposition(ent: Any) -> str:
    """The expression as written with the preposition that opens it ("on Friday"); not a
    word before it that governs nothing ("had moved in six months ago": a particle)."""
    doc = ent.doc
    start = ent.start
    while (  # "that month's elections": the NER's "month" with the word that points it
        start > 0
        and doc[start - 1].dep_ in ("det", "predet", "amod")
        and doc[start - 1].head.i in range(ent.start, ent.end)
    ):
        start -= 1
    before = doc[start - 1] if start > 0 else None
    if (
        before is not None
        and before.lower_ in _OPENING
        and before.dep_ != "prt"
        and ent.root.dep_ != "poss"  # "in Saturday's election": the election's day
        and (ent.root.head.i == before.i or any(c.dep_ == "pobj" for c in before.children))
    ):
        start -= 1
        if start > 0 and doc[start - 1].lower_ in ("later", "earlier"):
            start -= 1  # "later in the day", "earlier in the week"
    return doc[start : ent.end].text


def _precision(date: str | None) -> int:
    return 0 if date is None else len(date)


def _specificity(text: str) -> int:
    words = text.lower().split()
    return (
        3 * bool(YEAR.search(text))
        + 2 * any(w.strip(".,") in MONTHS for w in words)
        + 2 * bool(_HOLIDAY.search(text))  # "on New Year's Day": a day of a month, by name
        + any(w.strip(".,") in WEEKDAYS for w in words)
    )


def _event(group: Sequence[tuple[float, Candidate]]) -> Event:
    """One event: the time, date and line of the group's lead sentence; its evidence the
    lead, then the others in the order of the text."""
    lead = group[0][1]
    rest = sorted((c.parsed.sentence for _, c in group[1:]), key=lambda s: (s.source, s.index))
    sentences = [lead.parsed.sentence, *rest][:_MAX_EVIDENCE]
    return Event(
        when=lead.when,
        date=lead.date,
        text=_one_line(lead.parsed.sentence.text),
        score=round(max(p for p, _ in group), 4),
        evidence=tuple(Evidence(s.source, s.index, s.text) for s in sentences),
    )


def _one_line(text: str) -> str:
    """The sentence, cut at a word boundary to fit one line of the brief."""
    text = " ".join(text.split())
    if len(text) <= _TEXT_CHARS:
        return text
    cut = text[: _TEXT_CHARS - 1].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "\u2026"
