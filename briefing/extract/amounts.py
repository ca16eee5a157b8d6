"""Reading a number as written: its count ("two hundred and five", "1.2bn", "some three
dozen"), its quantifier ("at least"), its scale, its currency (a sign, a code, a name in
words from CLDR), a range split in two, and a sum in brackets that converts another."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from ..data import load

# Words before a number that say how exact it is: part of the figure as written.
QUANTIFIERS = tuple(
    tuple(q.split())
    for q in (
        "at least",
        "at most",
        "more than",
        "less than",
        "fewer than",
        "up to",
        "as many as",
        "as much as",
        "a total of",
        "an estimated",
        "close to",
        "in excess of",
        "over",
        "under",
        "about",
        "around",
        "some",
        "nearly",
        "almost",
        "roughly",
        "approximately",
        "just",
        "only",
        "estimated",
        "about a",
        "some of",
    )
)
QUANTIFIER_WORDS = frozenset(w for q in QUANTIFIERS for w in q)
DIGITS = re.compile(r"(\d[\d,]*(?:\.\d+)?|\.\d+)")
PERCENT = re.compile(r"(%|\bper ?cent\b|\bpercent(age points?)?\b)", re.I)
_AMBIGUOUS_CURRENCY = frozenset({"p", "won", "real", "rand", "score"})
# Of those, the units a sum names in lower case after its number ("12 million rand"), which
# no other word written there is ("Rand Paul"; "won 5" is no "5 won").
_CURRENCIES_WRITTEN_SMALL = frozenset({"rand"})
SIGNS = ("$", "£", "€", "¥", "₹", "US$")  # currency signs written before an amount

_NUM_TOKEN = re.compile(
    r"^\$?\d[\d,]*(\.\d+)?(bn|mn|m|k|tn|trn|million|billion|trillion|\.(?=[A-Z]))?$|^\d[\d,]*\.[A-Z]\w*$"
)
# A currency's letters glued to its amount, with a scale or a decimal so that a road or a
# grade ("the R1", "N95") is none: "R1.2 billion" (rand), "Rs 500" apart, "KSh2bn".
_GLUED_CODE = re.compile(r"^(R|Rs|KSh)(\d[\d,]*(\.\d+)?)(bn|mn|m|tn)?$")


def _glued_code(t: Any) -> str | None:
    """The currency letters glued to an amount ("R" of "R1.2 billion"), or None."""
    found = _GLUED_CODE.match(t.text)
    if found is None:
        return None
    after = t.doc[t.i + 1].lower_ if t.i + 1 < len(t.doc) else ""
    return found.group(1) if found.group(3) or found.group(4) or after in scale_words() else None


def is_num(t: Any) -> bool:
    """A numeral token: spaCy's like_num, or a number glued to its scale ("3bn") or, where
    a source lost a space, to the next sentence ("148.The")."""
    return bool(t.like_num or _NUM_TOKEN.match(t.text) or _glued_code(t))


def split_range(ent: Any) -> list[Any]:
    """ "70% to 49%", "between 35 and 45": one span per number, none ending on the word
    that joins it to the next."""
    doc = ent.doc
    parts, start = [], ent.start
    for t in ent:
        if t.text == "-" and t.i + 1 < ent.end and _is_fraction(doc[t.i + 1].lower_):
            continue  # "one-fifth" is one number
        if (
            t.text == "-"
            and t.i > start
            and t.i + 1 < ent.end
            and doc[t.i - 1].lower_ in _TENS
            and doc[t.i + 1].lower_ in _UNITS
        ):
            continue  # "Twenty-five" is one number
        if (
            t.lower_ == "and"
            and t.i > start
            and t.i + 1 < ent.end
            and doc[t.i - 1].lower_ in ("hundred", "thousand")
            and doc[t.i + 1].lower_ in _TENS | _UNITS | _TEENS
        ):
            continue  # "One hundred and thirty-seven" is one number
        if t.lower_ in ("to", "and", "-", "–", "or") and t.i > start:
            before = doc[start : t.i]
            if any(is_num(x) for x in before) and any(is_num(x) for x in doc[t.i + 1 : ent.end]):
                parts.append(before)
                start = t.i + 1
    end = ent.end
    while end - 1 > start and doc[end - 1].lower_ in ("to", "and", "-", "\u2013", "or"):
        end -= 1  # "5.25% to" (NER stopped inside "5.25% to 5.5%"): the number alone
    parts.append(doc[start:end])
    return parts


# Number words a hyphen joins into one number: "Twenty-five".
_TENS = frozenset("twenty thirty forty fifty sixty seventy eighty ninety".split())  # noqa: SIM905
_UNITS = frozenset("one two three four five six seven eight nine".split())  # noqa: SIM905
_TEENS = frozenset(
    "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()  # noqa: SIM905
)

# Fractions: "half" and "quarter" always; an ordinal ("third", "fifths") only where a
# number or "a" counts it ("a third", "two-thirds"): "the third" is a rank, not a fraction.
_FRACTIONS = {"half": 2, "halves": 2, "quarter": 4, "quarters": 4}


def _fraction_parts(word: str) -> list[str]:
    """ "two-thirds" -> ["two", "thirds"]; "five-day" -> ["five", "day"] (a number word
    joined to its unit, as "60-day" is); other hyphenated words as they are ("forty-two")."""
    head, _, tail = word.rpartition("-")
    if head and _is_fraction(tail):
        return [head, tail]
    if head and not _a_number_word(tail) and _a_number_word(head.rpartition("-")[2]):
        return [head, tail]
    return [word]


@lru_cache(maxsize=4096)
def _a_number_word(word: str) -> bool:
    """ "five", "twenty-five": a word text2num reads as a number."""
    from text_to_num import text2num

    try:
        text2num(word, "en")
    except ValueError:
        return False
    return True


def _is_fraction(word: str) -> bool:
    """ "half", "quarters", "third", "fifths": a word that can divide."""
    return word in _FRACTIONS or _ordinal(word) is not None


@lru_cache(maxsize=4096)
def _ordinal(word: str) -> int | None:
    """The number of an ordinal word used as a denominator ("third(s)" 3, "tenths" 10)."""
    from text_to_num import alpha2digit

    if not word.isalpha() or word in ("first", "second", "seconds", "firsts"):
        return None  # "a second" is a length of time
    found = re.fullmatch(r"(\d+)(?:st|nd|rd|th)s?", alpha2digit(word, "en"))
    return int(found.group(1)) if found else None


def _denominator(word: str, before: str) -> int | None:
    """What a fraction word divides by, where ``word`` is one: "half" 2, "a third" 3."""
    if word in _FRACTIONS:
        return _FRACTIONS[word]
    number = _ordinal(word)
    if number is None or not (word.endswith("s") or before in ("a", "one", "an")):
        return None
    return number


def parse_count(text: str) -> float | None:
    """The number a figure phrase states: "at least 11" -> 11, "$12.9bn" -> 12.9e9,
    "some three dozen" -> 36, "59.2 trillion rupiah" -> 5.92e13; None for "dozens"."""
    from text_to_num import text2num

    words = re.findall(r"[\d.,]+|[A-Za-z]+(?:-[A-Za-z]+)*|%", text.lower())
    words = [part for w in words for part in _fraction_parts(w)]
    value: float | None = None
    scale = 1.0
    i = 0
    multipliers = scale_words()
    while i < len(words):
        w = words[i].strip(",").rstrip(".")
        digits = DIGITS.fullmatch(w.replace(",", "")) if w else None
        parts = _denominator(w, words[i - 1] if i else "")
        if parts is not None and value is not None and words[i - 2 : i] == ["and", "a"]:
            value += 1 / parts  # "two and a half"
        elif parts is not None and (value is None or value < parts):
            # "half a million", "a quarter", "one-fifth", "two-thirds": a fraction of what
            # comes before it (one, where nothing does), times any scale after it
            value = (value if value is not None else 1.0) / parts
        elif value is None and digits:
            try:
                value = float(w.replace(",", ""))
            except ValueError:
                return None
        elif (
            value is None
            and w in vague_counts()
            and w not in ("hundred", "thousand", "million")
            and not (w in QUANTIFIER_WORDS and i + 1 < len(words))
        ):
            return None  # "dozens"; not the "many" of "as many as 323,000"
        elif value is None and w not in QUANTIFIER_WORDS:
            # the longest run of number words from here ("two hundred and five")
            for j in range(len(words), i, -1):
                phrase = " ".join(words[i:j])
                if phrase in ("a", "an", "and"):
                    continue
                try:
                    value = float(text2num(phrase, "en"))
                except ValueError:
                    continue
                i = j - 1
                break
        elif value is not None and w in multipliers:  # "bn" of "3bn" is a word of its own
            scale *= multipliers[w]
        i += 1
    if value is None:
        return None
    result = value * scale
    if scale != 1.0:
        result = round(result, 4)  # "£16.4bn": 16,400,000,000, not 16,399,999,999.999998
    return int(result) if float(result).is_integer() else result


def currency_of(doc: Any, span: Any) -> str | None:
    """The ISO 4217 code of a sum of money, from its symbol or word: in the figure itself
    first ("1bn CFA francs", "$12.9bn"; price-parser reads symbols glued to the amount),
    then the word just after it ("500 rupees"); None for a number that is not money."""
    if not any(is_num(t) or t.lower_ in vague_counts() for t in span) or PERCENT.search(span.text):
        return None
    names = currency_names()
    for i in range(span.start, span.end):  # "9.6 billion Hong Kong dollars", one entity
        spelled = spelled_currency(doc, i)
        if spelled and i + spelled[1] >= span.end:
            return spelled[0]
    found = _named_currency(doc, [*span, *_words_after(doc, span.end)])
    if found:
        return found
    glued = next((code for t in span if (code := _glued_code(t))), None)
    if glued is not None:
        return names.get(glued)
    number = number_token(span)
    # "the 500 and 1,000 rupee notes": a number joined to another shares its currency
    partners = [c for c in number.children if c.dep_ == "conj" and is_num(c)]
    if number.dep_ == "conj" and is_num(number.head):
        partners.append(number.head)
    for partner in partners:
        found = _named_currency(doc, _words_after(doc, partner.i + 1))
        if found:
            return found
    if not any(unicodedata.category(ch) == "Sc" for ch in span.text):
        return None  # no currency sign glued anywhere: price-parser would find none either
    from price_parser import Price

    price = Price.fromstring(span.text)
    if price.currency and price.amount is not None:
        return names.get(price.currency) or names.get(price.currency.lower())
    return None


def _named_currency(doc: Any, tokens: Sequence[Any]) -> str | None:
    """The currency one of these tokens names, as a word or a symbol."""
    names = currency_names()
    for t in tokens:
        if t.lower_ in _AMBIGUOUS_CURRENCY:  # "50p", "5 won": only glued to the number,
            before = doc[t.i - 1] if t.i > 0 else None  # or a unit's name written small
            if before is not None and is_num(before) and not before.whitespace_:
                return names.get(t.lower_)
            if (
                before is not None
                and t.lower_ in _CURRENCIES_WRITTEN_SMALL
                and t.is_lower
                and (is_num(before) or before.lower_ in scale_words())
            ):
                return names.get(t.lower_)  # "12 million rand", "50,000 rand"
        elif t.text in names or t.lower_ in names or t.text.rstrip(".") in names:
            return names.get(t.text) or names.get(t.lower_) or names[t.text.rstrip(".")]
    return None


def _words_after(doc: Any, i: int) -> list[Any]:
    """The two words after an amount ("500 rupees", "millions of pounds"), past a bracket
    that converts it ("1,000 ($15; £12) rupee notes": the bracket's "$" is not its currency)."""
    if i < len(doc) and doc[i].text == "(":
        close = next((t.i for t in doc[i:] if t.text == ")"), None)
        if close is None:
            return []
        i = close + 1
    words = []
    for t in doc[i : min(len(doc), i + 2)]:
        if t.is_punct:
            break
        words.append(t)
    return words


def spelled_currency(doc: Any, start: int) -> tuple[str, int] | None:
    """A currency named in two or more words right after the amount ("Hong Kong dollars",
    "Swiss francs"), from the CLDR names babel carries: its code and length in tokens, the
    longest name first."""
    names = _long_currency_names()
    for n in range(min(4, len(doc) - start), 1, -1):
        code = names.get(tuple(t.lower_ for t in doc[start : start + n]))
        if code:
            return code, n
    return _national_currency(doc, start)


# Words for a currency that many countries name theirs, the country said before them.
_NATIONAL_UNITS = frozenset(
    "crown crowns krona kronor kronur krone kroner koruna korun dinar dinars".split()  # noqa: SIM905
)


def _national_currency(doc: Any, start: int) -> tuple[str, int] | None:
    """A currency named by its country's adjective and a word many countries use, which
    CLDR names otherwise: "7 billion Icelandic crowns" (ISK), "Swedish crowns" (SEK); the
    country's legal tender as CLDR lists it (babel)."""
    if start + 1 >= len(doc) or doc[start + 1].lower_ not in _NATIONAL_UNITS:
        return None
    from babel.numbers import get_territory_currencies

    from .lexicon import nation  # lexicon reads the parse, which reads this module
    from .names import key

    country = nation(key(doc[start].text))
    if country is None:
        return None
    tender = get_territory_currencies(country.upper(), tender=True)
    return (tender[0], 2) if tender else None


def number_token(span: Any) -> Any:
    """The token that carries the number: the last numeral of the span that hangs on a word
    outside it ("hundred" of "One hundred and thirty-seven schoolchildren", whose "seven"
    hangs on "hundred"), else the last numeral, else its root."""
    nums = [t for t in span if is_num(t) or t.lower_ in vague_counts()]
    outward = [t for t in nums if not span.start <= t.head.i < span.end]
    return outward[-1] if outward else nums[-1] if nums else span.root


def is_conversion(doc: Any, span: Any) -> bool:
    """A sum in brackets right after another sum is the same figure in another currency:
    "€4.2bn ($4.5bn)", "$12.9bn (£10bn)", "1bn CFA francs ($2m; £1m)", "176 Hong Kong
    dollars (£17.43)"."""
    i = span.start
    while i > 0 and doc[i - 1].text in SIGNS:
        i -= 1
    # back to the bracket this sum sits in, past the other sums listed in it
    j = i - 1
    while j >= 0 and i - j <= 8 and doc[j].text not in ("(", ")", "["):
        j -= 1
    if j < 1 or doc[j].text not in ("(", "["):
        return False
    before = doc[j - 1]
    return (
        before.ent_type_ == "MONEY"
        or before.lower_ in scale_words()
        or is_num(before)
        or before.text in currency_names()
        or before.lower_ in currency_names()
    )


@lru_cache(maxsize=1)
def scale_words() -> dict[str, float]:
    return {k: float(v) for k, v in load("figures.json")["multipliers"].items()}


@lru_cache(maxsize=1)
def vague_counts() -> frozenset[str]:
    return frozenset(load("figures.json")["vague"]) | {"hundred", "thousand", "million"}


@lru_cache(maxsize=1)
def currency_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for code, forms in load("figures.json")["currencies"].items():
        for form in forms:
            names.setdefault(form, code)
            if len(form) > 1 and not form.isupper():
                names.setdefault(form.lower(), code)
    return names


@lru_cache(maxsize=1)
def _long_currency_names() -> dict[tuple[str, ...], str]:
    """CLDR's English names of currencies that take two or more words, singular and plural
    ("hong kong dollar(s)", "swiss franc(s)") -> ISO 4217 code."""
    from babel.numbers import get_currency_name, list_currencies

    out: dict[tuple[str, ...], str] = {}
    for code in sorted(list_currencies()):
        for count in (1, 2):
            words = tuple(get_currency_name(code, count=count, locale="en").lower().split())
            if len(words) > 1:
                out.setdefault(words, code)
    return out
