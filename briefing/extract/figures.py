"""Parsed sentences -> key figures: how many were killed, injured, displaced, arrested or
affected, and the money involved, each traced to its sentences.

A figure is a number the parse finds (spaCy's CARDINAL, MONEY, PERCENT and QUANTITY
entities, and a DATE entity that is a length of time, such as a prison term), read with its
quantifier ("at least"), its currency and its scale ("bn"). What it counts comes from the
dependency parse: the noun the number modifies ("11 officers"), and the verb, adjective or
noun that governs it ("were killed", "dead", "the death toll of 30"), read in counted.py. The
number itself is read in amounts.py (number words by text2num, amounts and currency symbols
by price-parser). Whether a figure belongs in the key-figures box is a weighing of its cues: a
logistic model whose weights are data (data/figures.json, fitted by tools/fit_facts.py,
cross-validated by article).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from ..data import load
from ..model import FIGURE_CATEGORIES, Evidence, Figure
from .amounts import (
    DIGITS,
    PERCENT,
    QUANTIFIER_WORDS,
    QUANTIFIERS,
    SIGNS,
    currency_names,
    currency_of,
    is_conversion,
    is_num,
    number_token,
    parse_count,
    scale_words,
    spelled_currency,
    split_range,
    vague_counts,
)
from .counted import (
    a_part_said_of,
    category_of,
    counted_noun,
    counted_words,
    counts_people,
    governing_words,
    is_tally,
    measured_words,
    people_words,
    share_for,
    share_of,
    share_written,
    unit_words,
    verb_before,
    word_stem,
)
from .dates import DURATION_UNITS, MONTHS
from .names import SAYING, hyphenated_end, person_nouns
from .nlp import FORMS_OF_BE, Parsed
from .roles import according_to
from .scenes import means_of_travel
from .weighing import LogisticModel, load_model

_NUMERIC = frozenset({"CARDINAL", "MONEY", "PERCENT", "QUANTITY"})
_DURATION = re.compile(r"\b(years?|months?|weeks?|days?|hours?|minutes?|decades?)\b", re.I)
_AGE_WORDS = re.compile(r"\b(aged?|year-old|years? old|-year-old)\b", re.I)
_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)s?$")
_MAX_EVIDENCE = 4
_GLUED_WORD = re.compile(r"(?<=\d)\.[A-Z][a-z]+$")
FIGURE_FEATURES = (
    "money",
    "percent",
    "vague",
    "casualty",  # killed, injured or missing
    "humanitarian",  # displaced, arrested or affected
    "one",  # the count is 1 (often "one of", a pronoun)
    "magnitude",  # log10 of the count, capped at 12
    "counts_noun",  # the number modifies a noun
    "people",  # ... and the noun is a kind of person
    "quantified",  # "at least", "more than", "about" ...
    "early",  # 1 for the first sentence, falling to 0 at the end
    "lead",  # in the first three sentences
    "in_key",  # in a sentence the summary chose
    "repeated",  # the same count is given again in the text
    "duration",  # a length of time (a sentence, a term)
    "words",  # written in words ("two", "eleven")
    "quoted",  # inside a quotation
)


@dataclass(frozen=True)
class Candidate:
    """One number in one sentence, read; ``features`` in FIGURE_FEATURES order."""

    category: str
    count: float | None
    as_written: str
    of_whom: str | None
    currency: str | None
    parsed: Parsed
    duration: bool = False  # a length of time (a prison term), not a count
    governed: str = "other"  # the category of the words that govern it, whatever it counts
    features: tuple[float, ...] = ()
    about: str | None = None  # the words that govern it ("firm fined"): governing_words


@lru_cache(maxsize=1)
def figure_model() -> LogisticModel:
    """The fitted model in data/figures.json (tools/fit_facts.py writes it)."""
    return load_model("figures.json", FIGURE_FEATURES)


def find_figures(
    parsed: Sequence[Parsed],
    key_sentences: Iterable[tuple[str, int]] = (),
    model: LogisticModel | None = None,
) -> tuple[Figure, ...]:
    """The key figures of the text, most probable first; one entry per distinct figure."""
    model = model or figure_model()
    scored = [(model.probability(c.features), c) for c in candidates(parsed, set(key_sentences))]
    return _merge([(p, c) for p, c in scored if p >= model.threshold])


def candidates(parsed: Sequence[Parsed], key: set[tuple[str, int]]) -> list[Candidate]:
    """Every number of the text that could be a figure, read and with its features."""
    found: list[Candidate] = []
    per_source: dict[str, int] = {}
    for p in parsed:
        per_source[p.sentence.source] = max(per_source.get(p.sentence.source, 0), p.sentence.index)
    for p in parsed:
        read_here: list[tuple[Any, Candidate]] = []
        for span, duration in _number_spans(p.doc):
            if _asked(p.doc, span):
                continue  # "£200?": a number asked about is no figure the text states
            read = _read(p, span, duration)
            if read is not None:
                read_here.append((span, read))
        found.extend(_ranges_joined(p.doc, read_here))
    counts: dict[tuple[str, float], int] = {}
    for c in found:
        if c.count is not None:
            k = (c.parsed.sentence.source, c.count)
            counts[k] = counts.get(k, 0) + 1
    out = []
    for c in found:
        s = c.parsed.sentence
        last = max(1, per_source[s.source])
        repeated = c.count is not None and counts[(s.source, c.count)] > 1
        out.append(_with_features(c, 1 - s.index / last, (s.source, s.index) in key, repeated))
    return out


def _ranges_joined(doc: Any, read: list[tuple[Any, Candidate]]) -> list[Candidate]:
    """A range is one figure, its lower end the count: "£4,000 to £6,000", "between 30% and
    60%", "30-40 people" (not a change, "rose from 20 to 30", nor two tallies, "killed 20
    and injured 30")."""
    out: list[Candidate] = []
    i = 0
    while i < len(read):
        (span, low), high = read[i], read[i + 1][1] if i + 1 < len(read) else None
        if high is not None and _a_range(doc, span, read[i + 1][0], low, high):
            between = _gap(doc, span, read[i + 1][0], high)
            category = low.category if low.category != "other" else high.category
            out.append(
                replace(
                    low,
                    as_written=f"{low.as_written}{between}{high.as_written}",
                    category=category,
                    of_whom=low.of_whom or high.of_whom,
                )
            )
            i += 2
            continue
        out.append(low)
        i += 1
    return out


def _a_range(doc: Any, first: Any, second: Any, low: Candidate, high: Candidate) -> bool:
    """Two numbers read in a row are the ends of one range: only a range's word between them,
    the second the larger, both sums of one currency or both shares; "and" only after
    "between"."""
    between = _gap(doc, first, second, high).strip().lower()
    start = first.start - (first.start > 0 and doc[first.start - 1].tag_ == "$")  # "from £20"
    before = doc[start - 1].lower_ if start > 0 else ""
    opened = first[0].lower_ == "between" or before == "between"
    return (
        low.count is not None
        and high.count is not None
        and 0 < low.count < high.count  # "0-60 mph": a measure's name
        and low.currency == high.currency
        and ("%" in low.as_written) == ("%" in high.as_written)  # "fell 22% to 61,000 cars"
        and low.duration == high.duration
        and before != "from"
        and first[0].lower_ != "from"
        and any(is_num(t) for t in second)  # "between €9bn and €10bn": "10bn" is a numeral
        and second[0].lower_ not in scale_words()  # "a 13.8-billion-year history": one
        and (between in ("to", "-", "\u2013") or (between == "and" and opened))
    )


def _gap(doc: Any, first: Any, second: Any, high: Candidate) -> str:
    """The text between a range's two numbers, less the currency sign the second is read
    with: "between €2bn and €2.5bn" (NER: "€2.5bn" without its sign) -> " and "."""
    end = second.start_char
    if second.start > first.end:
        sign = doc[second.start - 1]
        if sign.tag_ == "$" and high.as_written.startswith(sign.text):
            end = sign.idx
    return str(doc.text[first.end_char : end])


def _number_spans(doc: Any) -> Iterable[tuple[Any, bool]]:
    """Spans that hold a number: numeric entities, lengths of time, and bare numerals."""
    covered: set[int] = set()
    for ent in doc.ents:
        if (
            ent.label_ not in _NUMERIC
            and all(is_num(t) for t in ent)
            and (ent.label_ in _NAMES or _SCALED.search(ent.text))
        ):
            continue  # "fined Apple €1.84bn" (NER: "1.84bn", a person or a date): a numeral
        covered.update(range(ent.start, ent.end))
        if _one_by_one(ent[0]):
            continue
        if ent.label_ in _NUMERIC or _a_count_read_as_a_date(ent):
            yield from ((s, False) for s in split_range(ent))
        elif (
            ent.label_ == "DATE"
            and any(is_num(t) and t.tag_ == "CD" for t in ent)  # not "his first day"
            and _DURATION.search(ent.text)
            and not _AGE_WORDS.search(ent.text)
            and not any(
                t.lower_ in ("ago", "later", "earlier", "last", "next", "past") for t in ent
            )
            and not any(_YEAR.match(t.text) for t in ent)
            and not any(t.lower_.rstrip(".") in MONTHS for t in ent)  # "November 3—nine days"
            and not _from_event(ent)
            and not _time_frame(ent)
        ):
            yield _from_its_number(ent), True
    for t in doc:
        if (
            t.i not in covered
            and (t.pos_ == "NUM" or not t.like_num or _counts_a_plural(t))
            and is_num(t)
            and not _YEAR.match(t.text)
            and not _one_by_one(t)
        ):
            yield doc[t.i : t.i + 1], False


def _from_its_number(ent: Any) -> Any:
    """A length of time without the words of another time that NER joined to it, up to
    the last preposition before its number: "12 years" of "sentenced on Tuesday to 12
    years" (NER: one date); "more than 10 years" and "between 10 and 15 years" whole."""
    doc, first = ent.doc, next(t for t in ent if is_num(t) and t.tag_ == "CD")
    cut = [t.i for t in ent if t.i < first.i and t.pos_ == "ADP" and t.lower_ != "between"]
    if not cut:
        return ent
    hedged = (  # "up to 10 years": the hedge's own preposition stays
        first.i - len(q)
        for q in QUANTIFIERS
        if first.i - len(q) >= ent.start
        and tuple(t.lower_ for t in doc[first.i - len(q) : first.i]) == q
    )
    return doc[min([cut[-1] + 1, *hedged]) : ent.end]


# Words a year follows, before the words that hedge it: "until at least 2024".
_BEFORE_A_YEAR = frozenset("until till in since by before after from to through".split())  # noqa: SIM905


def _a_year_after_a_quantifier(doc: Any, span: Any) -> bool:
    """The span is a year hedged by a quantifier, after a word of time: "until at least
    2024", "by as early as 2030" (NER: a number)."""
    last = span[-1]
    return (
        len(span) > 1
        and bool(_YEAR.match(last.text))
        and all(not t.like_num or t.i == last.i for t in span)
        and span.start > 0
        and doc[span.start - 1].lower_ in _BEFORE_A_YEAR
    )


def _one_by_one(token: Any) -> bool:
    """Either "one" of "one by one", "one after another": an order of events, no count."""
    if token.lower_ not in ("one", "1", "another"):
        return False
    doc, i = token.doc, token.i
    words = [t.lower_ for t in doc[max(0, i - 2) : i + 3]]
    at = i - max(0, i - 2)
    return any(
        words[k : k + 3] in (["one", "by", "one"], ["one", "after", "another"])
        for k in range(max(0, at - 2), at + 1)
    )


# A number with its scale glued on, which no date is: "1.84bn", "45m".
_SCALED = re.compile(r"\d(bn|mn|m|tn|trn|k)$", re.I)
# Labels of names, which a number alone never is.
_NAMES = frozenset("PERSON ORG GPE LOC NORP FAC PRODUCT WORK_OF_ART EVENT LAW".split())  # noqa: SIM905


def _a_count_read_as_a_date(ent: Any) -> bool:
    """Numbers NER took for a date that count people or things outside it ("Between 20 and
    30 people died", opening a sentence): nothing in it but numbers and the words joining
    them, and a plural noun they count."""
    if ent.label_ != "DATE" or _YEAR.match(ent.text.split()[-1]):
        return False
    if not all(is_num(t) or t.lower_ in _JOINING | QUANTIFIER_WORDS or t.is_punct for t in ent):
        return False
    counted = [t.head for t in ent if is_num(t) and not ent.start <= t.head.i < ent.end]
    return any(h.tag_ in ("NNS", "NNPS") for h in counted)


_JOINING = frozenset("between and to or from".split())  # noqa: SIM905 - the words of a range


def _counts_a_plural(token: Any) -> bool:
    """A number word the tagger took for an adjective that counts a plural noun: "Eleven
    people have died" ("Eleven" opening the sentence, tagged ADJ)."""
    return token.dep_ in ("amod", "nummod") and token.head.tag_ == "NNS" and token.i < token.head.i


# Adverbs that belong to the count they follow: "£5m more", "$40 apiece".
_AFTER_A_COUNT = frozenset("more less apiece each".split())  # noqa: SIM905


def _who_told(noun: Any) -> bool:
    """The people counted are the subject of a verb of saying, or whom something is according to:
    "two security sources said", "three witnesses told Reuters", "according to two
    officials"."""
    return (noun.dep_ == "nsubj" and noun.head.lower_ in SAYING) or according_to(noun)


def _read(p: Parsed, span: Any, duration: bool) -> Candidate | None:
    """The number in ``span`` read with its quantifier, currency, scale and what it counts;
    None for what is no figure (an age, a year, a time, a number inside a name)."""
    doc = p.doc
    if all(t.lower_ in ("zero", "nil") for t in span):
        return None  # "the net zero committee", "zero tolerance": no count of anything
    while len(span) > 1 and span[-1].pos_ == "ADV" and span[-1].lower_ not in _AFTER_A_COUNT:
        span = span[:-1]  # "almost two metres overnight" (NER took the time in): two metres
    start, end = span.start, span.end
    while start > 0 and doc[start - 1].text in SIGNS:
        start -= 1
    if start > 0 and _code_before(doc[start - 1]):
        start -= 1  # "Rs 12 crore", "USD 5 million": a currency's code written first
    ratio = start >= 2 and doc[start - 1].lower_ == "in" and _a_share(doc[start - 2], span)
    share = None
    if ratio:
        start -= 2  # "one in six adults", "nine in ten people": a share, of every six or ten
        share = parse_count(doc[start].text)
    elif _one_of_a_ratio(doc, span):
        return None  # "one" of "one in six", read with the six
    for phrase in sorted(QUANTIFIERS, key=len, reverse=True):
        n = len(phrase)
        if start >= n and tuple(t.lower_ for t in doc[start - n : start]) == phrase:
            start -= n
            break
    while end < len(doc) and (
        _scale(doc[end]) or doc[end].text in ("%",) or doc[end].lower_ in ("per", "cent")
    ):
        if doc[end].lower_ == "per" and not (
            end + 1 < len(doc) and doc[end + 1].pos_ in ("NOUN", "PROPN")
        ):
            break  # "per cent", "34.4 cents per share" whole; not a "per" left hanging
        end += 1 + (doc[end].lower_ == "per" and doc[end + 1].lower_ != "cent")
    while start < end and doc[start].lower_ in ("a", "an", "the") and start < span.start:
        start += 1
    spelled = None  # "176 Hong Kong dollars", where the entity stops short of the name
    for i in range(span.start, end + 1):
        spelled = spelled_currency(doc, i)
        if spelled and i + spelled[1] > end:
            end = i + spelled[1]
            break
        spelled = None
    whole = doc[start:end]
    text = _GLUED_WORD.sub("", whole.text)  # "to 148.The US opened": the next sentence's word
    if end > span.end and doc[end - 1].text.endswith("."):
        text = text[:-1]  # "£2.6m.": the sentence's full stop, which the scale took along
    if _is_age(doc, span) or _in_name(doc, span) or _phone(text) or _day_of_month(doc, span):
        return None
    if span.start > 0 and all(_scale(t) for t in span) and is_num(doc[span.start - 1]):
        return None  # "billion" of "R1.2 billion", read with its amount
    if _announces_a_list(doc, span):
        return None  # "Seven big questions heading into the debate:": the list's length
    carrier = counted_noun(number_token(span))
    if carrier is not None and means_of_travel(carrier):
        return None  # "arrived on about forty motorcycles": how they came, not a key figure
    if carrier is not None and _a_kind_of_person(carrier, number_token(span)):
        return None  # "Olympic 400-metre champion", "the 100m sprinter": who, not how many
    if carrier is not None and _measures(carrier) and carrier.head.lower_ in _RECORDS:
        return None  # "a 34-year low", "a 52-week high": how long since, no figure
    if _refers_back(doc, start, span):
        return None  # "the two countries": the pair the story already has, not a count
    if _a_ranking(number_token(span)):
        return None  # "eight of the world's 14 highest mountains": a ranking, not a count
    if _a_label(doc, span):
        return None  # "a .22 calibre handgun", "a 911 emergency call": names, not counts
    if _says_where(doc, span, end):
        return None  # "35km north of the city", "at a depth of 10km": where, not how many
    if _measure_converted(doc, span):
        return None  # "209km/h (130mph)", "43C (109F)": the same measure in other units
    if _metres_converted(doc, span):
        return None  # "waves of 5m (16ft)", "200m long": a length, no 5 or 200 million
    if _a_score(doc, span):
        return None  # "Arema FC's 3-2 home defeat", "a 6-3 ruling": a score, no count
    if not duration and any(_YEAR.match(t.text) for t in span) and len(span) == 1:
        return None
    if not duration and _a_year_after_a_quantifier(doc, span):
        return None  # "expected to last until at least 2024": a year, however hedged
    after_word = doc[span.end].lower_.strip(".") if span.end < len(doc) else ""
    if after_word in ("ad", "bc", "bce", "ce", "am", "pm", "gmt", "bst", "utc", "edt", "est"):
        return None  # a year of an era or a time of day
    if not any(is_num(t) or t.lower_ in vague_counts() for t in span):
        return None
    count = parse_count(text)
    if ratio:
        every = parse_count(span.text)
        count = round((share or 1) / every, 4) if every else None  # "nine in ten": 0.9
    currency = spelled[0] if spelled else currency_of(doc, whole)
    if currency and end < len(doc) and currency_names().get(doc[end].text) == currency:
        end += 1  # "5 million euros": the currency's name is part of the sum as written
        whole = doc[start:end]
        text = _GLUED_WORD.sub("", whole.text)
    if count is not None and currency and re.search(r"\b(cents?|pence)\b", text, re.I):
        count = round(count / 100, 2)
    if currency and is_conversion(doc, span):
        return None
    number = number_token(span)
    noun = counted_noun(number)
    if (
        count is None
        and noun is not None
        and (noun.lower_ in unit_words() or noun.lower_ in _distances()["units"])
    ):
        return None  # "a wall of water several metres high", "rose by several feet": a
        # size said vaguely, no count
    if noun is None and not currency:
        noun = _counted_alongside(number)  # "X has 1,500 troops and Y has about 1,100"
    share = owner = None
    written = False
    sign = noun is not None and noun.lower_ in ("%", "percent", "pct")  # "40%", "12 percent"
    rate = sign and noun is not None and (noun.head.lower_ in _RATES or _habitual(noun))
    if noun is not None and (
        _scale(noun) or noun.text in currency_names() or sign or (spelled and noun.i < end)
    ):
        share = share_of(noun) if sign else None
        written = sign and share_written(noun)
        owner = share_for(noun) if sign else None
        noun = None  # "£2.4m", "40%", "7bn Icelandic crowns": the scale, the sign or the
        # currency's name, not what is counted
    # A length of time (a prison term, a delay) counts no one, whatever governs it.
    governed = "money" if currency else "other" if duration else category_of(number, noun)
    part_of = _the_whole_of(number)
    if (
        part_of is not None
        and not currency
        and not duration
        and number.head.pos_ not in ("VERB", "AUX", "ADJ")  # "30 of them are dead": its own
    ):
        governed = category_of(part_of, counted_noun(part_of))  # "2,059 were injured, 1,404 of
        # them critically": a part of the injured, whatever the parse hangs it on
    if a_part_said_of(number):
        return None  # "12 of the dead had been identified": a part of a tally, no figure
    if governed == "other" and not currency and not duration and start > 0:
        # "killed at least 53 people, …, witnesses said", the parse making the people the
        # subject of "said": the verb written straight before the count is what it counts
        governed = verb_before(doc[start - 1], number)
    if governed == "other" and noun is not None and counts_people(noun) and _who_told(noun):
        return None  # "two security sources said", "according to three diplomats": who
        # told, no figure of what happened
    # Killed, injured ... displaced, arrested, affected count people (or their cases): a
    # number that counts a thing ("two counts of threats to kill", "three shots") is other.
    # a per cent of nothing named counts no one ("held interest rates at 5.25%")
    of_people = share is not None and (counts_people(share) or is_tally(share))
    people = (noun is None and ((share is None and not sign) or of_people)) or (
        noun is not None and (counts_people(noun) or is_tally(noun) or _done_to_people(noun))
    )  # "losing more than 80% of its value": a share of a thing counts no one
    category = governed if people or governed == "money" else "other"
    if category == "injured" and noun is not None and noun.lower_ in ("case", "cases"):
        category = "affected"  # "Eight suspected cases are being treated": the sick, who
        # are treated as the injured are, not hurt
    if rate:
        category = "other"  # "case fatality ratio 89%": a rate, no count of the dead
    if currency and _is_price(doc, end, number):
        category = "other"  # the price of one unit ("shares closed at $185.25") is no sum
    if any(
        doc[i].lower_ == "per" and i + 1 < end and doc[i + 1].lower_ in currency_names()
        for i in range(start, end)
    ):
        category = "other"  # "the yen weakened past 160 per dollar": a rate, no sum
    measured = measured_words(noun) if noun is not None else None
    of_whom = (measured or counted_words(noun)) if noun is not None else None
    if noun is not None and is_tally(noun) and category != "other":
        of_whom = "people"  # "taking this year's toll … to 38": 38 people killed, not "toll"
    if noun is not None and noun.pos_ not in ("NOUN", "PROPN"):
        of_whom = "people"  # "14 of the wounded", "the number of dead": people, the verb says what
    if noun is None and not currency and not sign and _a_vote(number):
        of_whom = "votes"  # "MPs voted by 313 to 269", "a majority of 44"
    elif (
        noun is None
        and share is None
        and not currency
        and not duration
        and category not in ("other", "money")
        and number.dep_ in ("dobj", "nsubjpass")
        and number.head.pos_ == "VERB"
    ):
        of_whom = "people"  # "killing three and wounding eight": the verb's people
    if measured and noun.i == end:  # "more than 8,500 hectares of forest": with its unit
        text = _GLUED_WORD.sub("", doc[start : noun.i + 1].text)
    if noun is not None and _measures(noun):
        of_whom = doc[noun.i + 1 : noun.head.i + 1].text  # "a two-day strike": a strike
        if noun.i >= end:  # "a 60-bed centre": the figure as written is "60-bed"
            text = _GLUED_WORD.sub("", doc[start : noun.i + 1].text)
    # a sum or a length of time that counts no noun says what it is by what governs it
    about = governing_words(whole) if noun is None or duration else None
    if owner is not None:  # "against 36.1% for opposition candidate Mira Tal": hers
        of_whom, about = f"for {counted_words(owner)}", None
    elif share is not None and (about is None or len(about.split()) == 1 or written):
        # "raised its main interest rate … to 14%": the rate; "40% of the population lives":
        # the population (a lone verb says less, and "won in the first round with 54.3% of
        # the vote" is of the vote, whatever governs it)
        of_whom = counted_words(share)
    return Candidate(category, count, text, of_whom, currency, p, duration, governed, about=about)


_PARTITIVE = frozenset(["them", "those", "whom"])


def _the_whole_of(number: Any) -> Any | None:
    """The count a number is a part of, written before it in its sentence and taken up by
    "of them" ("2,059 were injured, 1,404 of them critically"): the nearest number before."""
    if not any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(o.lower_ in _PARTITIVE for o in c.children if o.dep_ == "pobj")
        for c in number.children
    ):
        return None
    before = [t for t in number.doc[number.sent.start : number.i] if t.like_num and t.pos_ == "NUM"]
    return before[-1] if before else None


def _done_to_people(noun: Any) -> bool:
    """The noun is the object of a verb done only to people, or its subject in the passive:
    "Police arrested 41 election monitors" counts people, whatever "monitors" names; or
    what it counts is among people, or listed with them: "Two Nepalese guides and climbers
    from Italy were among the dead"."""
    verb = noun.head
    among = (
        noun.dep_ == "nsubj"
        and verb.lower_ in FORMS_OF_BE
        and any(
            counts_people(o)
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ == "among"
            for o in c.children
            if o.dep_ == "pobj"
        )
    )
    listed = any(  # one count for both ("Two guides and climbers"), not "100 doses and
        c.dep_ == "conj"  # four physicians", each counted on its own
        and c.tag_ == "NNS"
        and counts_people(c)
        and not any(n.dep_ == "nummod" for n in c.children)
        for c in noun.children
    )
    return (
        among
        or listed
        or (
            noun.dep_ in ("dobj", "nsubjpass")
            and verb.pos_ == "VERB"
            and word_stem(verb.lower_) in _people_verbs()
        )
    )


@lru_cache(maxsize=1)
def _people_verbs() -> frozenset[str]:
    return frozenset(word_stem(w) for w in load("figures.json")["people_verbs"]["words"])


def _habitual(noun: Any) -> bool:
    """A share done in the present simple is how often it happens, a rate: "the virus kills
    up to 88% of those infected" (not "40% of the population were displaced")."""
    verb = noun.head
    return (
        noun.dep_ in ("dobj", "nsubj")
        and verb.tag_ in ("VBZ", "VBP")
        and verb.pos_ == "VERB"
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )


# Nouns a percentage is the value of, never a count: "case fatality ratio 89%".
_RATES = frozenset("ratio rate rates proportion turnout".split())  # noqa: SIM905


def _says_where(doc: Any, span: Any, end: int) -> bool:
    """A distance that locates something rather than counts: a direction or "away" after it
    ("35km north of Lucca", "around 60km away"), a noun of depth or distance over it ("at a
    depth of 10km"), the same distance converted in brackets after it ("15.5km (9.6
    miles)"), or "within" before it. A distance that measures a thing ("a 13-mile route") is
    no location."""
    data = _distances()
    if (
        end < len(doc)
        and _unit(doc[end]) in data["units"]
        and _unit(doc[end - 1]) not in data["units"]
    ):
        end += 1  # "about 150km northeast of" (NER: "about 150" a number, the unit after it)
    inside = end
    while inside - 1 > span.start and (
        doc[inside - 1].lower_ in data["where"] or doc[inside - 1].text in ("-", "\u2010")
    ):
        inside -= 1  # "about 10 km south-east" (NER took the direction in): 10 km, and where
    if inside < end and _unit(doc[inside - 1]) in data["units"]:
        return True
    if _unit(doc[end - 1]) not in data["units"]:
        return False
    if end < len(doc) and doc[end].text == "(":  # "about 100km (60 miles) west of Tripoli"
        close = next((t.i for t in doc[end : end + 8] if t.text == ")"), None)
        end = close + 1 if close is not None else end
    after = [t.lower_ for t in doc[end : end + 3]]
    if after and (after[0] in data["where"] or (after[0] == "to" and data["where"] & {*after})):
        return True  # "35km north of", "60 miles to the south"
    before = span.start - 1
    while before >= 0 and doc[before].lower_ in ("about", "around", "some", "nearly", "almost"):
        before -= 1
    if before >= 1 and doc[before].text == "(":  # "15.5km (9.6 miles)": the same distance
        return _unit(doc[before - 1]) in data["units"]
    if before >= 0 and doc[before].lower_ in data["before"]:
        return True  # "within 15 kilometres of its northern edge": how near, not how much
    return before >= 1 and doc[before].lower_ == "of" and doc[before - 1].lower_ in data["nouns"]


def _measure_converted(doc: Any, span: Any) -> bool:
    """A measure in brackets right after a measure: the same one in other units ("winds of
    209km/h (130mph)", "above 43C (109F)"), both written with a unit."""
    if span.start < 2 or doc[span.start - 1].text != "(":
        return False
    before, last = doc[span.start - 2], doc[span.end - 1]
    if before.i >= 2 and doc[before.i - 1].text == "/":
        before = doc[before.i - 2]  # "70 km/h (43 mph)" (tokens "km", "/", "h"): per hour
    after = doc[span.end] if span.end < len(doc) else last
    if _a_length_written_apart(before) and "m" in (last.lower_, after.lower_):
        return True  # "a surge of up to 10ft (3m)": metres after feet, no 3 million
    metres = re.fullmatch(r"[\d.,]+m", before.lower_) or (
        before.lower_ == "m" and before.i > 0 and doc[before.i - 1].like_num
    )
    if metres and {_unit(last), _unit(after)} & _distances()["units"]:
        return True  # "a storm surge of up to 3.5m (11ft)": feet after metres
    return (
        _a_unit(before)
        and (_a_unit(last) or (after is not last and _a_unit(after)))
        and last.lower_ not in people_words()
    )


def _metres_converted(doc: Any, span: Any) -> bool:
    """Metres written "m", no currency before them, read as a length by what follows: the
    same length in brackets in another unit ("waves of 5m (16ft)"), a word of extent ("a
    section about 200m long"), or a measure of a verb that goes on to a place ("cars plunged
    45m to the ground") — no 5, 200 or 45 million; or by its own size ("the 10,000m world
    record": no one writes ten thousand million so)."""
    end = span.end
    if end < len(doc) and doc[end].lower_ in ("m", "m."):
        end += 1
    if not re.fullmatch(r"m\.?|[\d.,]+m\.?", doc[end - 1].lower_):
        return False
    if span.start > 0 and doc[span.start - 1].text in SIGNS:
        return False  # "£45m": a sum
    if end < len(doc) and doc[end].lower_ in _EXTENT:
        return True
    digits = re.sub(r"[^\d.]", "", doc[span.start : end].text)
    if re.fullmatch(r"\d{4,}", digits) and not currency_of(doc, doc[span.start : end]):
        return True  # "the 10,000m world record", "over 5,000m": thousands of millions are
        # written "bn"; no currency names a sum
    if (
        span.start > 0
        and doc[span.start - 1].lower_ == "the"
        and not (end < len(doc) and doc[end].pos_ in ("NOUN", "PROPN", "ADJ"))
        and not currency_of(doc, doc[span.start : end])
    ):
        return True  # "won the 800m": a race by its length, nothing counted
    if (
        doc[end - 1].dep_ == "npadvmod"
        and end + 1 < len(doc)
        and doc[end].pos_ == "ADP"
        and not any(t.like_num or t.text in SIGNS for t in doc[end].subtree)
    ):
        return True  # "plunged 45m to the ground" (not "fell 45m to £300m")
    return end + 2 < len(doc) and doc[end].text == "(" and _a_length_written_apart(doc[end + 2])


# Words of extent after a length: "200m long", "a wall 3m high", "buried 2m underground".
_EXTENT = frozenset("long high tall deep wide thick away underground underwater".split())  # noqa: SIM905


def _a_length_written_apart(token: Any) -> bool:
    """A unit of length (not "m", which may be millions) the tokenizer split from the
    number before it: "10" + "ft"."""
    return token.i > 0 and token.doc[token.i - 1].like_num and token.lower_ in _distances()["units"]


def _a_unit(token: Any) -> bool:
    """A unit glued to its number ("130mph", "109F") or counted by one ("60 miles",
    "209 km/h")."""
    unit = _unit(token)
    if not unit[:1].isalpha():
        return False
    if unit != token.lower_:
        return True
    counted = any(c.dep_ == "nummod" for c in token.children)
    return counted and (
        unit in unit_words() or unit in _distances()["units"] or unit in _SPEEDS or "/" in unit
    )


_SPEEDS = frozenset(("mph", "kph", "knots"))


# Nouns of a match's result: "a 3-2 home defeat", "their 2-0 win".
_RESULTS = frozenset("defeat defeats win wins victory draw loss lead scoreline".split())  # noqa: SIM905


def _a_score(doc: Any, span: Any) -> bool:
    """A match's score or a split of votes: two small numbers joined by a dash, beside a
    result ("Arema FC's 3-2 home defeat", "won 2-1") or a decision ("in a 6-3 ruling", "the
    56-26 vote")."""
    window = doc[max(0, span.start - 3) : min(len(doc), span.end + 4)]
    if not re.search(r"(?<![\d.,])\d{1,2} ?[-\u2013] ?\d{1,2}(?![\d.,])", window.text):
        return False
    return any(
        t.lower_ in _RESULTS | _SPLITS or t.lower_ in ("won", "beat", "lost", "voted")
        for t in window
    )


# What a split of votes decides: "a 6-3 ruling", "the 56-26 vote".
_SPLITS = frozenset("ruling decision verdict vote".split())  # noqa: SIM905


def _unit(token: Any) -> str:
    """The unit a token writes, its number left off: "10km" -> "km", "miles" -> "miles"."""
    return re.sub(r"^[\d.,]+", "", token.lower_)


@lru_cache(maxsize=1)
def _distances() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in load("figures.json")["distances"].items() if k != "_about"}


def _code_before(token: Any) -> bool:
    """A currency's code or abbreviation ("USD", "INR", "Rs", "Rs.") written before an
    amount; a currency's name in words ("rupees") is written after it."""
    code = token.text.rstrip(".")
    return code[:1].isupper() and code in currency_names()


def _scale(token: Any) -> bool:
    """A scale word after a number ("bn", "million"), also with the sentence's full stop the
    tokenizer leaves on an abbreviation ("£2.6m." at the end of a sentence)."""
    return token.lower_.rstrip(".") in scale_words()


def _with_features(c: Candidate, early: float, in_key: bool, repeated: bool) -> Candidate:
    noun_is_person = c.of_whom is not None and c.of_whom.split()[-1].lower() in people_words()
    text = c.as_written
    # A share said in words ("about half", "two-thirds") weighs as vague, as a count in
    # words without a number ("dozens") does: it states no size.
    vague = c.count is None or (c.count < 1 and not PERCENT.search(text) and not c.currency)
    features = (
        1.0 if c.currency else 0.0,
        1.0 if PERCENT.search(text) else 0.0,
        1.0 if vague else 0.0,
        1.0 if c.governed in ("killed", "injured", "missing") else 0.0,
        1.0 if c.governed in ("displaced", "arrested", "affected") else 0.0,
        1.0 if c.count == 1 else 0.0,
        min(12.0, math.log10(abs(c.count) + 1)) if c.count is not None and not vague else 0.0,
        1.0 if c.of_whom else 0.0,
        1.0 if noun_is_person else 0.0,
        1.0 if text.lower().split()[0] in QUANTIFIER_WORDS else 0.0,
        early,
        1.0 if c.parsed.sentence.index < 3 else 0.0,
        1.0 if in_key else 0.0,
        1.0 if repeated else 0.0,
        1.0 if c.duration else 0.0,
        0.0 if DIGITS.search(text) else 1.0,
        1.0 if _quoted(c.parsed.sentence.text) else 0.0,
    )
    return replace(c, features=features)


# What a length of time joined to its unit by a hyphen dates: "a 34-year low" (a history's
# length may be a figure: "the universe has a 13.8-billion-year history").
_RECORDS = frozenset(["low", "lows", "high", "highs", "record"])


def _counted_alongside(number: Any) -> Any | None:
    """The noun the same verb's number counts in the clause beside it, where this number
    counts none: "France has about 1,500 troops in the country and the United States has
    about 1,100" (1,100 troops)."""
    verb = number.head
    if number.dep_ != "dobj" or verb.pos_ not in ("VERB", "AUX"):
        return None
    beside = [c for c in verb.children if c.dep_ in ("conj", "ccomp")]
    if verb.dep_ in ("conj", "ccomp"):
        beside.append(verb.head)
    for other in beside:
        if other.lower_ != verb.lower_:
            continue
        for obj in other.children:
            if obj.dep_ == "dobj" and any(c.dep_ == "nummod" and c.like_num for c in obj.children):
                return obj
    return None


def _a_kind_of_person(noun: Any, number: Any) -> bool:
    """The number measures what makes one person what they are: "400-metre champion" (a
    unit joined to the person word it describes), "the 100m sprinter" (a number over one
    before a person word in the singular)."""
    if _measures(noun):
        return noun.head.lower_ in person_nouns()
    if noun.lower_ == "m" and noun.dep_ == "compound" and noun.i + 1 < len(noun.doc):
        noun = noun.doc[noun.i + 1]  # "Olympic 100m finalist": metres, before its person
    return (
        noun.tag_ == "NN"
        and noun.lower_ in person_nouns()
        and number.i < noun.i
        and number.lower_ not in ("1", "one")
    )


def _measures(unit: Any) -> bool:
    """A unit joined to its number by a hyphen that describes the noun after it: "a
    two-day strike", "a 13-mile route", "a ten-year order"."""
    doc = unit.doc
    return (
        unit.dep_ in ("compound", "amod", "nmod")
        and unit.head.pos_ == "NOUN"
        and unit.head.i > unit.i
        and unit.i > 0
        and doc[unit.i - 1].text in ("-", "\u2010")
    )


def _is_price(doc: Any, end: int, number: Any) -> bool:
    """A sum that is the price of one unit: followed by "a share", "each"; or with a price
    noun governing it ("a $500 price tag") or as the subject or object of its verb
    ("Alibaba shares closed at $185.25", "offer subscriptions for about $180")."""
    data = load("figures.json")["prices"]
    following = " ".join(t.lower_ for t in doc[end : end + 2])
    if any(following == a or following.startswith(a + " ") for a in data["after"]) and not (
        following.startswith("each") and _paid_to_people(number)
    ):
        return True
    for at in (end, end - 2):  # after the sum, or written into it ("£1.50 per litre")
        if (
            0 <= at < len(doc) - 1
            and doc[at].lower_ in ("a", "an", "per")
            and doc[at + 1].lower_ in unit_words()
        ):
            return True  # "$85.20 a barrel", "$2,300 an ounce", "£1.50 per litre": a price
    nouns = {word_stem(w) for w in data["nouns"]}
    node, words = number, []
    for _ in range(5):
        words.append(node)
        if node.pos_ in ("VERB", "AUX") or node.head is node:
            words.extend(c for c in node.children if c.dep_ in ("nsubj", "nsubjpass", "dobj"))
            break
        node = node.head
    return any(word_stem(w.lower_) in nouns for w in words)


def _paid_to_people(number: Any) -> bool:
    """The sum is what each person was fined, awarded or paid ("Two defendants were fined
    £20,000 each"): a sum per person, no unit's price."""
    verb = number.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head is not verb:
        verb = verb.head
    return verb.lower_.startswith(_PAYING)


# Verbs of sums people pay or are paid: fines, awards, compensation.
_PAYING = ("fine", "award", "compensat", "paid", "pay", "order", "receiv", "grant", "given")
_A_SHARE = re.compile(r"%|\bper ?cent\b|\bpct\b", re.IGNORECASE)


def _merge(scored: Sequence[tuple[float, Candidate]]) -> tuple[Figure, ...]:
    """One entry per distinct figure (the same count and kind, or the same vague phrase),
    its most precise form, every sentence that gives it (up to 4), most probable first."""
    groups: dict[tuple[object, ...], list[tuple[float, Candidate]]] = {}
    sums = {(c.parsed.sentence.source, c.count): c for _, c in scored if c.currency}
    for p, c in scored:
        key: tuple[object, ...]
        if c.count is not None:
            # "three children" killed and "three days" of mourning are two figures, and so
            # are "four soldiers" and prices up "4%"
            share = bool(_A_SHARE.search(c.as_written))
            key = (c.parsed.sentence.source, c.count, c.currency, c.duration, share)
            same = sums.get((c.parsed.sentence.source, c.count))
            if same is not None and not c.currency and not c.duration and _same_thing(c, same):
                key = (c.parsed.sentence.source, c.count, same.currency, False, False)
        else:
            key = (c.parsed.sentence.source, c.as_written.lower(), c.of_whom)
        groups.setdefault(key, []).append((p, c))
    out = []
    for members in (part for group in groups.values() for part in _by_category(group)):
        best_p = max(p for p, _ in members)
        first = min(
            members, key=lambda m: (m[1].parsed.sentence.source, m[1].parsed.sentence.index)
        )[1]
        category = next((c.category for _, c in members if c.category not in ("other",)), "other")
        # whom the casualty count itself names ("more than 160 people drowned", not the
        # "about 160 passengers" aboard)
        of_whom = next(
            (c.of_whom for _, c in members if c.of_whom and c.category == category),
            next((c.of_whom for _, c in members if c.of_whom), None),
        )
        # the most precise form of the count of those ("171 passengers", not the "about 171
        # planes" grounded)
        alike = [m for m in members if not m[1].of_whom or m[1].of_whom == of_whom] or members
        precise = max(alike, key=lambda m: (len(m[1].as_written.split()), m[0]))[1]
        about = next((c.about for _, c in sorted(members, key=lambda m: -m[0]) if c.about), None)
        evidence: list[Evidence] = []
        for _, c in sorted(
            members, key=lambda m: (m[1].parsed.sentence.source, m[1].parsed.sentence.index)
        ):
            s = c.parsed.sentence
            e = Evidence(s.source, s.index, s.text)
            if e not in evidence and len(evidence) < _MAX_EVIDENCE:
                evidence.append(e)
        out.append(
            Figure(
                category=category,
                count=first.count,
                as_written=precise.as_written,
                of_whom=of_whom,
                currency=next((c.currency for _, c in members if c.currency), None),
                score=round(best_p, 4),
                evidence=tuple(evidence),
                about=about,
                duration=first.duration,
            )
        )
    # A sitrep's box leads with people killed, injured, missing, displaced, arrested and
    # affected, then money, then the rest; the surest first within each.
    out.sort(
        key=lambda f: (
            FIGURE_CATEGORIES.index(f.category),
            -f.score,
            f.evidence[0].source,
            f.evidence[0].sentence,
        )
    )
    return tuple(out)


_ANYONE = frozenset({"people", "others", "persons", "individuals"})  # counts that name no one


def _by_category(
    members: list[tuple[float, Candidate]],
) -> list[list[tuple[float, Candidate]]]:
    """One count said of two kinds of people is two figures: "10 suspected cases, including
    10 deaths"; and a count of things is no evidence for a count of people ("two mobile
    health teams" is no second source of "two suspected cholera cases", and lists no
    figure of its own: listed apart, such counts cost the read half's precision). Members
    of no category go with the first kind's."""

    def head(c: Candidate) -> str:
        return c.of_whom.split()[-1].lower() if c.of_whom else ""

    counted = {head(c) for _, c in members if c.category not in ("other", "money")}
    named = not counted & (_ANYONE | {""})  # every casualty count names whom it counts

    def apart(c: Candidate) -> bool:
        """A count of things, or of other people than the casualties' ("lost his wife and
        two daughters" beside "two crew members were detained"), with no category."""
        if c.category != "other" or not c.of_whom:
            return False
        return head(c) not in people_words() or (
            named and head(c) not in counted and head(c) not in _ANYONE
        )

    rest = [m for m in members if not (counted and apart(m[1]))]
    kinds = list(dict.fromkeys(c.category for _, c in rest if c.category != "other"))
    if len(kinds) < 2:
        return [rest]
    parts: dict[str, list[tuple[float, Candidate]]] = {k: [] for k in kinds}
    for p, c in rest:
        parts[c.category if c.category in parts else kinds[0]].append((p, c))
    return list(parts.values())


def _same_thing(bare: Candidate, sum_: Candidate) -> bool:
    """A count written without its currency that repeats a sum of the text: "the 500 and
    1,000 notes" after "the 500 and 1,000 rupee notes" (the same notes, the same word, or no
    word said)."""
    if bare.of_whom is None or sum_.of_whom is None:
        return bare.of_whom is None
    return word_stem(bare.of_whom.split()[-1].lower()) == word_stem(
        sum_.of_whom.split()[-1].lower()
    )


def _one_of_a_ratio(doc: Any, span: Any) -> bool:
    """The span is the "one" of "one in six" (or the "nine" of "nine in ten"), a ratio read
    whole from its second number."""
    if not (span.end + 1 < len(doc) and doc[span.end].lower_ == "in"):
        return False
    second = doc[span.end + 1]
    return second.like_num and _a_share(span[-1], doc[second.i : second.i + 1])


def _a_share(first: Any, second: Any) -> bool:
    """ "one in six", "nine in ten", "3 in 4": a share, its first number the smaller, written
    alike (both in words or both in figures) — not "killed 12 in 2019" nor "two in 10 days"."""
    if first.lower_ in ("one", "1"):
        return True
    low, high = parse_count(first.text), parse_count(second.text)
    after = second.doc[second.end] if second.end < len(second.doc) else None
    return (
        low is not None
        and high is not None
        and 0 < low < high <= 1000
        and first.is_alpha == second[-1].is_alpha
        and second[-1].ent_type_ not in ("DATE", "TIME")
        and not (after is not None and after.lower_ in DURATION_UNITS)
    )


def _time_frame(ent: Any) -> bool:
    """A length of time that frames what is counted rather than measures it: "the best
    showing in five years", "within five years of winning". ("Of", as in "my husband of 20
    years", and "over" and "during" cost the check half a major figure.)"""
    head = ent.root.head
    if ent.root.dep_ == "pobj" and head.lower_ in ("in", "within"):
        return True
    opener = ent.doc[ent.start - 1] if ent.start > 0 else None
    return (
        opener is not None
        and opener.lower_ in ("in", "within")
        and any(t.dep_ == "pobj" and t.head.i == opener.i for t in ent)
    )  # "the first fall in nearly four years this month" (NER: one date): the frame runs
    # to its noun, the date after it is another


def _announces_a_list(doc: Any, span: Any) -> bool:
    """The count heads a sentence that ends with a colon: it says how long the list that
    follows is ("Seven big questions heading into the debate:", "Three things to know:")."""
    words = [t for t in doc if not t.is_space]
    if not words or words[-1].text != ":":
        return False
    noun = number_token(span).head
    return noun.dep_ in ("ROOT", "nsubj", "nsubjpass") and noun.pos_ == "NOUN"


def _a_ranking(number: Any) -> bool:
    """The number counts the top of a ranking: "the world's 14 highest mountains", "eight
    of" them, "the five biggest banks" (a superlative beside the noun it counts)."""
    noun = number.head if number.dep_ == "nummod" else counted_noun(number)
    return noun is not None and any(
        c.tag_ in ("JJS", "RBS") and c.dep_ in ("amod", "advmod") for c in noun.children
    )


def _refers_back(doc: Any, start: int, span: Any) -> bool:
    """A small count in words after "the", "these" or "those" names a group the story
    already has ("the two countries", "the three men"), not a figure it gives."""
    return (
        len(span) == 1
        and span[0].lower_ in ("two", "three")
        and start > 0
        and doc[start - 1].lower_ in ("the", "these", "those")
    )


_BE = frozenset("is was 's".split())  # noqa: SIM905 - one person's age
_PERSONAL = frozenset("he she i".split())  # noqa: SIM905


def _said_of_a_person(number: Any) -> bool:
    """A bare number one person is ("The boy is 12", "she was in fact 14", which the parser
    hangs on "fact"): an age, not a count ("Casualties were 40" counts)."""
    verb = number.head
    if number.dep_ == "nummod" and verb.lower_ == "fact" and verb.head.lower_ == "in":
        verb = verb.head.head  # "she was in fact 14"
    elif number.dep_ not in ("attr", "acomp"):
        return False
    if verb.lower_ not in _BE or not number.text.isdigit() or not 0 < int(number.text) <= 110:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and (
        subject.lower_ in _PERSONAL
        or subject.ent_type_ == "PERSON"
        or (subject.tag_ == "NN" and counts_people(subject))
    )


def _is_age(doc: Any, span: Any) -> bool:
    """ "Hussen, 47,", "aged 15", "a 13-year-old", "between 35 and 45" after "aged"."""
    before = doc[max(0, span.start - 3) : span.start].text.lower()
    after = doc[span.end : min(len(doc), span.end + 3)].text.lower()
    if re.search(r"\baged?\b|\bages? of\b", before) or re.match(r"^-?\s*years?\s*-?\s*old", after):
        return True
    if _AGE_WORDS.search(span.text):
        return True
    root = span.root
    if root.dep_ == "appos" and root.head.ent_type_ == "PERSON":
        return True
    if (
        root.dep_ == "appos"
        and root.head.pos_ == "PROPN"
        and span.text.isdigit()
        and 0 < int(span.text) <= 110
        and re.search(r"(,|\bnow|\bthen)$", before)
    ):
        return True  # "Valieva, now 17, tested positive" (NER: the name a body's): an age
    if len(span) == 1 and _said_of_a_person(root):
        return True  # "The boy is 12", "she was in fact 14"
    if (  # "at 15 I was kidnapped", "he left school at 16": an age, said of a person (not
        # "the toll stood at 15", "shares closed at 120": a level)
        len(span) == 1
        and span.text.isdigit()
        and 0 < int(span.text) <= 110
        and root.dep_ == "pobj"
        and root.head.lower_ == "at"
        and root.head.head.pos_ in ("VERB", "AUX")
        and any(
            c.dep_ in ("nsubj", "nsubjpass")
            and (
                c.lower_ in _PERSONAL
                or c.ent_type_ == "PERSON"
                or (c.tag_ == "NN" and counts_people(c))
            )
            for c in root.head.head.children
        )
    ):
        return True
    if (  # "a girl under 16", "people over 65": an age limit of the people named
        root.dep_ == "pobj"
        and root.head.lower_ in ("under", "over")
        and span.text.isdigit()
        and int(span.text) <= 110
        and any(
            n.pos_ == "NOUN" and counts_people(n)
            for n in (root.head.head, doc[root.head.i - 1] if root.head.i else root.head)
        )
    ):
        return True
    return (
        span.start > 0
        and doc[span.start - 1].text == ","
        and span.end < len(doc)
        and doc[span.end].text in (",", ")")
        and len(span) == 1
        and span[0].text.isdigit()
        and 0 < int(span[0].text) <= 110
        and span.start > 1
        and doc[span.start - 2].ent_type_ == "PERSON"
    )


def _from_event(ent: Any) -> bool:
    """ "Two days after his interview", "three weeks later": a point in time counted from
    an event (the timeline's), not a length of time that is a figure. A count to what is
    still to come ("just 75 days before primary voting begins") stays one."""
    doc = ent.doc
    if ent.start > 0 and doc[ent.start - 1].lower_ == "for":
        return False  # "jailed for five years after he was found guilty": a term
    after = doc[ent.end].lower_ if ent.end < len(doc) else ""
    return after in ("after", "later", "earlier", "ago")


def _in_name(doc: Any, span: Any) -> bool:
    """A number that is part of a name: "Section 31", "Apollo 11", "COVID-19", "the 737
    Max", "the Six Nations" (a count would take a plural: "82 Republicans")."""
    first = span[0]
    if first.i > 0 and doc[first.i - 1].pos_ == "PROPN" and first.head.i == first.i - 1:
        return True
    after = doc[span.end] if span.end < len(doc) else None
    if (
        first.i > 0
        and doc[first.i - 1].tag_ == "NN"
        and (doc[first.i - 1].text[:1].isupper() or doc[first.i - 1].lower_ == "number")
        and first.head.i == first.i - 1
        and not (after is not None and after.tag_ in ("NNS", "NNPS"))
    ):
        return True  # "Highway 16", "number two": a number after the one thing it labels
        # (not "magnitude 5.1", a measure, nor "a 'standard' 40 lashes", counting what follows)
    if len(span) == 1 and first.dep_ == "nummod" and first.head.tag_ == "NNP":
        return not _scale(first.head)  # not "The £45m scheme" ("m" tagged as a name)
    between = doc[first.i + 1 : first.head.i]
    if (
        len(span) == 1
        and first.dep_ == "nummod"
        and first.head.tag_ == "NN"
        and first.lower_ not in ("one", "1")  # "one Weibo commenter": one is singular
        and len(between) > 0
        and all(t.tag_ in ("NNP", "NNPS") and t.dep_ == "compound" for t in between)
        and not any(_scale(t) for t in between)
    ):
        return True  # "its 737 Max jet": a singular thing named by the number and the name
        # after it (a count would take a plural: "15 Grad rockets")
    number = next((t for t in span if t.like_num), None)
    while number is not None and number.dep_ == "conj" and number.head.like_num:
        number = number.head  # "16" of "junctions 15 and 16"
    if number is not None and number.dep_ == "conj" and number.head.tag_ == "NNS":
        # "10" of "platforms 9 and 10" (the parse joins it to the noun): as the first goes
        number = next(
            (c for c in number.head.children if c.dep_ == "nummod" and c.i > c.head.i), number
        )
    if (
        number is not None
        and number.i > 0
        and doc[number.i - 1].tag_ == "NNS"
        and doc[number.i - 1].is_lower
        and number.head.i == number.i - 1
    ):
        return True  # "between junctions 15 and 16", "at platforms 9 and 10": the numbers
        # label the things named before them (a count comes first: "15 junctions")
    if (
        first.is_alpha
        and first.text[:1].isupper()
        and not first.is_sent_start
        and not doc[first.i - 1].is_punct  # not after an opening quote or a colon
        and first.head.tag_ in ("NNP", "NNPS")
        and first.head.i > first.i
    ):
        return True  # "Saturday's Six Nations match": a number word written with a capital
        # inside a sentence opens a name (a count is written "six nations")
    return first.ent_type_ in ("ORG", "PRODUCT", "EVENT", "LAW", "WORK_OF_ART", "FAC")


def _day_of_month(doc: Any, span: Any) -> bool:
    """ "11 September", "March 26": a date the NER did not mark."""
    near = [doc[i].lower_.rstrip(".") for i in (span.start - 1, span.end) if 0 <= i < len(doc)]
    return len(span) == 1 and any(w in MONTHS for w in near) and doc[span.start].text.isdigit()


def _a_vote(number: Any) -> bool:
    """A number of votes that the parse says no noun for: "voted by 313 to 269", "passed by
    195 to 106", "a majority of 44"."""
    token = number.head if number.dep_ == "quantmod" else number  # "313" of "313 to 269"
    if token.dep_ != "pobj":
        return False
    prep, ruled = token.head, token.head.head
    if prep.lower_ == "by":
        return ruled.lower_.startswith(_VOTING)
    return prep.lower_ == "of" and ruled.lower_ == "majority"


# Verbs a vote count follows, by their stems: "voted by", "passed by", "was rejected by".
_VOTING = ("vot", "pass", "approv", "back", "reject", "defeat", "elect", "endors")


# Debts named by how long they run: "10-year bonds", "a 30-year mortgage".
_INSTRUMENTS = frozenset(
    """bond bonds note notes gilt gilts yield yields treasury treasuries mortgage mortgages
    loan loans bill bills""".split()  # noqa: SIM905
)


def _a_label(doc: Any, span: Any) -> bool:
    """A number that names rather than counts: a gun's calibre ("a .22 calibre handgun"), a
    code it is written into ("a 5G network") or after ("an ATR 72 aircraft"), or an
    emergency line ("a 911 emergency call", "a 999 call", "Smith's 911 phone call")."""
    number = number_token(span)
    if (
        hyphenated_end(doc, number.i + 1) > number.i + 1
        and doc[number.i + 2].lower_ not in unit_words() | _COUNTED_AFTER_A_HYPHEN
        and doc[number.i + 2].lower_ not in scale_words()  # "a 13.8-billion-year history"
        and doc[number.i + 2].lower_ not in DURATION_UNITS
        and not _FRACTION.match(doc[number.i + 2].lower_)  # "two-thirds" is a share
    ):
        return True  # "two-step verification", "five-link suspension": a kind, no count
    end = hyphenated_end(doc, number.i + 1)
    if (
        end > number.i + 1
        and doc[end - 1].lower_ in ("year", "month")
        and end < len(doc)
        and any(doc[i].lower_ in _INSTRUMENTS for i in range(end, min(len(doc), end + 3)))
    ):
        return True  # "10-year German bonds", "a 30-year mortgage": a kind of debt, no count
    if span.end >= len(doc):
        return False
    after = doc[span.end].lower_
    if after in ("calibre", "caliber"):
        return True
    last = doc[span.end - 1]
    if (
        not last.whitespace_
        and last.like_num
        and doc[span.end].is_alpha
        and doc[span.end].is_upper
        and not _scale(doc[span.end])
    ):
        return True  # "a 5G network", "3D": a code the number is written into, no count
    before = doc[span.start - 1] if span.start > 0 else None
    if (
        before is not None
        and before.is_upper
        and before.is_alpha
        and len(before) >= 2
        and not _code_before(before)
        and doc[span.end].tag_ != "NNS"
    ):
        return True  # "the ATR 72 aircraft", "the FTSE 100 index": a model's or a name's
    if before is not None and before.lower_ in _NUMBERED and span[0].like_num:
        return True  # "a section 114 notice", "article 5", "page 12": a number it goes by
    if (
        before is not None
        and before.text == "-"
        and span.start >= 2
        and not doc[span.start - 2].whitespace_
        and doc[span.start - 2].lower_ in _NUMBERED
    ):
        return True  # "a level-three warning", "stage-two restrictions": the same, hyphened
    if (
        span.start >= 3
        and [t.text.lower() for t in doc[span.start - 3 : span.start]] == ["-", "of", "-"]
        and not any(t.whitespace_ for t in doc[span.start - 4 : span.start])
    ):
        return True  # "a mother-of-three", "father-of-two": who she is, no count
    if (
        before is not None
        and len(span) == 1
        and span[0].dep_ in ("nummod", "appos", "npadvmod")
        and span[0].head.i == before.i
        and before.tag_ in ("NN", "NNP")
        and before.lower_ not in unit_words() | _SIZES
        and before.text not in currency_names()
    ):
        return True  # "resolution 2779", "a Category 3 storm": the number a thing goes by
    digits = span.text.strip()
    if not re.fullmatch(r"\d{3}", digits):
        return False
    if after in ("emergency", "call", "calls"):
        return True
    number = number_token(span)
    head = number.head  # the noun the number qualifies, past "phone"
    # An emergency number before a singular noun names the line ("the 911 recording");
    # a count of 911 would take a plural ("911 people")
    return (
        digits in _EMERGENCY_NUMBERS
        and number.dep_ == "nummod"
        and head.tag_ == "NN"
        and head.i > number.i
    )


# Words after a number and a hyphen that still count something: "a 1,200-strong force", "a
# 12-member panel", "a 300-page report", "a 2.6 million-word report", "a 60-bed centre".
_COUNTED_AFTER_A_HYPHEN = frozenset(
    """strong member members page pages word words seat seats bed beds vote votes year
    old percent""".split()  # noqa: SIM905
)
_FRACTION = re.compile(r"^(half|halves|thirds?|quarters?|\w+ths?)$")
# Nouns a number after names a part or a place by: "section 114", "article 50", "gate 12".
_NUMBERED = frozenset(
    """section article clause paragraph chapter page rule schedule part platform gate
    terminal room ward level stage tier phase route""".split()  # noqa: SIM905
)
# Words a number after them measures, not names: "a magnitude 7.8 earthquake".
_SIZES = frozenset(["magnitude", "strength", "force"])
# The emergency numbers of North America, the UK and Ireland, and the EU.
_EMERGENCY_NUMBERS = frozenset({"911", "999", "112"})


def _phone(text: str) -> bool:
    return len(re.sub(r"\D", "", text)) >= 7 and bool(re.search(r"\d[\s-]\d{3}[\s-]?\d", text))


def _asked(doc: Any, span: Any) -> bool:
    """The number sits in a question: the first stop after it is a question mark."""
    stop = next((t.text for t in doc[span.end :] if t.text in (".", "?", "!")), "")
    return stop == "?"


def _quoted(text: str) -> bool:
    return text[:1] in "\"'\u2018\u201c" or "\u201c" in text or '"' in text
