"""An article's structure from its parts: headline, standfirst, byline, date, body, furniture.

Every format reader hands over its text as Parts with what the format itself says of each
(an HTML <h2> is a heading, a <li> an item; plain text says nothing). Each part is cut into
lines that stand alone (a line without sentence punctuation is never glued onto the next),
and every line is read by its shape: a date or byline line, a reading time, a share or
related link, a photo credit, a heading. Only paragraphs, items and quotes are the body that
sentences come from; everything else keeps its span and the reason it was left out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from ..data import load
from ..model import BODY_KINDS, Block, Dateline
from ..words import count_words

# Hints a reader may give: "text" (nothing known: read by shape, cut at line ends),
# "paragraph", "item", "quote" (the body, unless the shape says furniture), "heading",
# "caption", "title" (a top-level heading), "standfirst".
_END = re.compile(r"[.!?\u2026\u3002\uff01\uff1f][\"'\u2019\u201d\u00bb)\]\u300d\u300f\uff09]*$")
# A reader's letter signed after a dash, two or more words in capitals: "-- FEELING LIKE
# SECOND RATE" (an advice column prints it under the letter; extract.letters reads who
# wrote it from the words, group 1).
_CAPS_WORD = r"[A-Z][A-Z0-9'\u2019.,&\-]*"
SIGNED = rf"(?:--|\u2014|\u2013)\s*({_CAPS_WORD}(?: {_CAPS_WORD})+)"
_SIGNATURE = re.compile(rf"^{SIGNED}$")
_URL = re.compile(r"^(<)?(https?://|www\.)\S+(>)?$", re.IGNORECASE)
_BULLET = re.compile(r"^([-*\u2022\u25aa\u25cf\u2013]|\d{1,2}[.)])\s+")
_PIECES = re.compile(r"\s+[|\u2022\u00b7\u2013\u2014-]\s+|\s*\|\s*|\s{3,}")
_CREDIT = re.compile(r"[\[(]([^\[\]()]{1,60})[\])]\s*$")
_YEAR = re.compile(r"\b(1[89]|20)\d\d\b")
_TIME = re.compile(
    r"^\d{1,2}[:.]\d\d\s*([ap]\.?m\.?)?(\s+[A-Z]{2,4})?$|^\d{1,2}\s*[ap]\.?m\.?$", re.I
)
_NUMERIC_DATE = re.compile(r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b")
_MONTHISH = re.compile(r"[^\W\d_]{3,}\W{0,3}(\w{1,3}\s+)?\d|\d\W{0,3}(\w{1,3}\s+)?[^\W\d_]{3,}")
_NAME_WORD = re.compile(
    r"^[A-Z\u00c0-\u024f][\w'\u2019.-]*$|^(and|und|et|y|e|de|da|van|von|al|el|bin)$"
)
_MAX_META_WORDS = 30
_HEADING_WORDS = 15  # a line with fewer words and no sentence punctuation is a heading
_HEADLINE_WORDS = 30  # a plain text's first such line up to this long is its headline
# What the format marked a part as, when its shape does not say furniture: (kind, why).
_MARKED = {
    "heading": ("heading", "a heading"),
    "title": ("heading", "a heading"),
    "caption": ("caption", "a photo caption"),
    "standfirst": ("standfirst", "the standfirst"),
}


@dataclass(frozen=True)
class Part:
    """A piece of a source as its format gives it, with the format's own word for it."""

    text: str
    hint: str = "text"


@dataclass(frozen=True)
class Structure:
    """The text made from the parts, its blocks, and what the furniture said of the source."""

    text: str
    blocks: tuple[Block, ...]
    headline: str | None = None
    author: str | None = None
    published: str | None = None  # ISO 8601 date
    dateline: Dateline | None = None  # "NIAMEY, 9 June —" opening the first paragraph


@dataclass
class _Line:
    start: int
    end: int
    hint: str
    kind: str = ""
    why: str = ""


@dataclass
class _Found:
    authors: list[str] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)


def read_structure(
    parts: Sequence[Part],
    *,
    title: str | None = None,
    standfirst: str | None = None,
    language: str | None = None,
) -> Structure:
    """Join the parts into one text and say what each line of it is.

    ``title``/``standfirst``: what the format's metadata says (an HTML page's <title> and
    description), recognised when they stand in the text too.
    """
    chunks: list[str] = []
    lines: list[_Line] = []
    offset = 0
    for part in parts:
        text = part.text.strip("\n")
        if not text.strip():
            continue
        if chunks:
            offset += 2  # "\n\n" between parts
        for a, b in _cut(text, part.hint):
            lines.append(_Line(offset + a, offset + b, part.hint))
        chunks.append(text)
        offset += len(text)
    joined = "\n\n".join(chunks)
    found = _Found()
    for line in lines:
        line.kind, line.why = _classify(
            _flat(joined[line.start : line.end]), line.hint, found, language
        )
    _lists(joined, lines)
    for line in lines:  # an item's text starts after its bullet or number ("- 45 killed")
        bullet = _BULLET.match(joined[line.start : line.end]) if line.kind == "item" else None
        if bullet and line.start + bullet.end() < line.end:
            line.start += bullet.end()
    headline = _top(joined, lines, title, standfirst)
    lines = _unglue(joined, lines, headline or title)
    lines = _unglue_share_buttons(joined, lines)
    lines = _unglue_time_stamps(joined, lines)
    _fall_back_to_every_line(lines)
    _dotted_byline(joined, lines, found, language)
    dateline = _dateline(joined, lines, language)
    blocks = tuple(Block(ln.kind, ln.start, ln.end, ln.why) for ln in lines)
    published = found.dates[0] if found.dates else _headline_date(headline, language)
    return Structure(
        text=joined,
        blocks=blocks,
        headline=headline,
        author=found.authors[0] if found.authors else None,
        published=published or (dateline.iso if dateline else None),
        dateline=dateline,
    )


def blocks_of_text(text: str, language: str | None = None) -> tuple[Block, ...]:
    """The blocks of a bare text (a Source made without ingest), spans into that text."""
    structure = read_structure([Part(text)], language=language)
    if structure.text == text:
        return structure.blocks
    shift = len(text) - len(text.lstrip("\n"))
    return tuple(Block(b.kind, b.start + shift, b.end + shift, b.why) for b in structure.blocks)


# -- cutting parts into lines ---------------------------------------------------------------


def _cut(text: str, hint: str) -> list[tuple[int, int]]:
    """Spans of the lines that stand alone: paragraphs, and lines that end without a stop."""
    spans: list[tuple[int, int]] = []
    for pa, pb in _paragraphs(text):
        rows = [(m.start() + pa, m.end() + pa) for m in re.finditer(r"[^\n]+", text[pa:pb])]
        rows = [(a, b) for a, b in (_trim(text, a, b) for a, b in rows) if a < b]
        if hint == "text" and _wrapped(text, rows):
            spans.extend(_unwrap(text, rows))
        else:
            spans.extend(rows)
    return spans


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for match in re.finditer(r"\n[ \t]*\n+", text):
        spans.append((pos, match.start()))
        pos = match.end()
    spans.append((pos, len(text)))
    return [s for s in (_trim(text, a, b) for a, b in spans) if s[0] < s[1]]


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _wrapped(text: str, rows: list[tuple[int, int]]) -> bool:
    """Hard-wrapped prose: lines of about one width that mostly end inside a sentence, the
    next often going on in lower case. Lines that each end a sentence, or a list of lines
    that start alike, are lines on their own."""
    if len(rows) < 3:
        return len(rows) == 2 and _continues(text, rows[0], rows[1])
    heads = [text[a:b] for a, b in rows[:-1]]
    tails = [text[a:b] for a, b in rows[1:]]
    widths = sorted(len(h) for h in heads)
    width = widths[int(len(widths) * 0.9)]
    regular = width <= 110 and sum(w >= 0.7 * width for w in widths) >= 0.7 * len(widths)
    share = 1.0 if len(heads) < 3 else 0.5  # two or three lines: every one must run on
    open_ended = sum(not _END.search(h) for h in heads) >= share * len(heads)
    lower = sum(
        t[:1].islower() or h.endswith((",", "-")) for h, t in zip(heads, tails, strict=True)
    )
    return regular and open_ended and lower >= 0.3 * len(heads)


def _continues(text: str, first: tuple[int, int], second: tuple[int, int]) -> bool:
    """Two lines of one wrapped sentence: the first runs on into a lower-case word."""
    head = text[first[0] : first[1]]
    nxt = text[second[0] : second[1]]
    return not _END.search(head) and nxt[:1].islower() and len(head) >= 40


def _unwrap(text: str, rows: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join wrapped lines; a short line (a heading, a paragraph's end) ends its run."""
    width = max(b - a for a, b in rows)
    spans: list[tuple[int, int]] = []
    start = rows[0][0]
    for i, (a, b) in enumerate(rows):
        last = i == len(rows) - 1
        short = (b - a) < 0.6 * width and not (
            i + 1 < len(rows) and _continues(text, (a, b), rows[i + 1])
        )
        if last or short or _BULLET.match(text[rows[i + 1][0] : rows[i + 1][1]]):
            spans.append((start, b))
            if not last:
                start = rows[i + 1][0]
    return spans


# -- reading a line -------------------------------------------------------------------------


def _flat(text: str) -> str:
    return " ".join(text.split())


@lru_cache(maxsize=1)
def _cues() -> dict[str, tuple[str, ...]]:
    data = load("furniture.json")
    return {k: tuple(v) for k, v in data.items() if isinstance(v, list)}


_COPYRIGHT = re.compile(r"^(\u00a9|\(c\)|copyright)\s*(\u00a9\s*)?(19|20)\d\d\b")


def _call_to_action(bare: str, words: Sequence[str]) -> bool:
    """A line asking the reader to sign up, subscribe, follow or download: an opening of
    furniture.json's calls_to_action and one of its channels, in a short line."""
    if len(words) > 40:
        return False
    data = load("furniture.json")["calls_to_action"]
    text = re.sub(r"^(please|\u203a|>)\s+", "", bare)
    if _starts(text, data["openings"]) is None:
        return False
    return any(re.search(rf"(?<!\w){re.escape(c)}(?!\w)", text) for c in data["channels"])


def _usage_notice(lower: str, words: Sequence[str]) -> bool:
    """A usage, copyright or licensing line ("This material may not be published …",
    "© 2026 …", "For personal, non-commercial use only")."""
    if len(words) > 60:
        return False
    phrases = load("furniture.json")["usage_notices"]["phrases"]
    return bool(_COPYRIGHT.match(lower)) or any(p in lower for p in phrases)


# A number to ring: seven digits or more (in groups), or a short line after "call", "ring" or
# "on" ("call 101", "on 0800 555 111", "at 1-800-222-8477").
_PHONE = re.compile(r"(\d[\d\s-]{5,}\d)|\b(call|ring|on|dial)\s+\d{3}\b")


def _appeal(lower: str, words: Sequence[str]) -> bool:
    """An appeal for information with a number to ring ("Anyone with information is asked to
    call 101, quoting log 1789, or Crimestoppers on 0800 555 111"): furniture.json's
    appeals' openings, and a telephone number."""
    if len(words) > 60:
        return False
    openings = load("furniture.json")["appeals"]["openings"]
    return _starts(lower, openings) is not None and bool(_PHONE.search(lower))


def _editors_note(lower: str, words: Sequence[str]) -> bool:
    """A note from the editors to the reader ("Editor's note: This story contains
    descriptions of violence.", "Correction: An earlier version …"): furniture.json's
    editors_notes' openings, in a line of at most 60 words."""
    if len(words) > 60:
        return False
    return _starts(lower, load("furniture.json")["editors_notes"]["openings"]) is not None


def _reporting_credit(bare: str, words: Sequence[str]) -> bool:
    """The line that credits who else reported or edited the story ("Associated Press
    writer Jane Doe contributed to this report.", "Additional reporting by John Roe")."""
    if len(words) > 40:
        return False
    data = load("furniture.json")["reporting_credits"]
    text = bare.rstrip(" .")
    # a line may hold several credits: "Reporting by X; Editing by Y"
    return any(text.endswith(e) for e in data["endings"]) or any(
        _starts(part.strip(), data["openings"]) for part in text.split(";")
    )


def _starts(lower: str, prefixes: Sequence[str]) -> str | None:
    for prefix in prefixes:
        if lower.startswith(prefix) and (
            len(lower) == len(prefix)
            or not prefix[-1].isalnum()
            or not lower[len(prefix)].isalnum()
        ):
            return prefix
    return None


def _classify(line: str, hint: str, found: _Found, language: str | None) -> tuple[str, str]:
    """(kind, why) of one line, by the format's hint and the line's own shape."""
    cues = _cues()
    words = line.split()
    lower = line.lower()
    bare = _BULLET.sub("", lower).strip(" -|:\u2022")
    ends = bool(_END.search(line)) or (line.endswith(":") and len(words) >= 5)
    if not any(c.isalpha() for c in line):
        return "furniture", "no words"
    if _URL.match(line.strip()):
        return "furniture", "a bare link"
    if bare.rstrip(".!:") in cues["link_phrases"] or bare in cues["link_phrases"]:
        return "furniture", "a share, print or navigation link"
    prefix = _starts(bare, cues["link_prefixes"])
    if prefix and (prefix.endswith(":") or not ends or len(words) <= 6):
        return "furniture", f"a '{prefix.rstrip(':')}' line (related link, credit or label)"
    if len(words) <= 8 and any(cue in lower for cue in cues["reading_time"]):
        return "furniture", "a reading time"
    if _call_to_action(bare, words):
        return "furniture", "a call to action (sign up, subscribe, follow, download …)"
    if _usage_notice(lower, words):
        return "furniture", "a usage, copyright or licensing notice"
    if _appeal(bare, words):
        return "furniture", "an appeal for information with a number to ring"
    if _editors_note(bare, words):
        return "furniture", "an editor's note to the reader (a warning, a correction)"
    if _reporting_credit(bare, words):
        return "furniture", "a reporting credit ('… contributed to this report')"
    if not ends and _is_tag_list(line):
        return "furniture", "a list of tags or keywords"
    meta = _meta(line, words, ends, found, language)
    if meta:
        return meta
    if _is_caption(line):
        return "caption", "a photo caption or credit"
    if hint in _MARKED:
        return _MARKED[hint]
    if _SIGNATURE.match(line.strip()):
        return "paragraph", ""  # "-- WORRIED IN LEEDS": a letter's signature, not a heading
    if not ends and _capitals(line):
        return "heading", "a line in capitals without sentence punctuation"
    if hint in ("item", "quote"):
        return hint, ""
    if _BULLET.match(line) and hint in ("text", "paragraph"):
        return "item", ""
    if not ends and count_words(line) < _HEADING_WORDS:
        return "heading", "a line without sentence punctuation (heading, caption or label)"
    if hint == "text" and _a_question_heading(line):
        return "heading", "a question on a line of its own (a headline or subheading)"
    return "paragraph", ""


def _a_question_heading(line: str) -> bool:
    """One short question alone on its line, not quoted: an explainer's headline or its
    subheadings ("Who controls Port-au-Prince?"), not a sentence of the story."""
    text = line.strip()
    return (
        text.endswith("?")
        and count_words(text) <= _QUESTION_WORDS
        and text[:1] not in "\"'\u201c\u2018"
        and text.count("?") == 1
        and not re.search(r"[.!]\s", text)
    )


_QUESTION_WORDS = 15


def _capitals(line: str) -> bool:
    """Written in capitals: four letters or more, at least 80 % of them upper case."""
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 4 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def _is_tag_list(line: str) -> bool:
    """Keywords in a row: 'stock car 2018, stock car brasil, ...' (four or more short pieces)."""
    pieces = [p.strip() for p in re.split(r"[,;]", line) if p.strip()]
    return len(pieces) >= 4 and all(len(p.split()) <= 4 and p[:1].islower() for p in pieces)


def _is_caption(line: str) -> bool:
    """A line that ends in a bracketed photo credit: '... advances [file photo-AFP]'."""
    match = _CREDIT.search(line)
    if not match:
        return False
    inside = re.sub(r"[^\w\s/]", " ", match.group(1).lower())
    credit = set(_cues()["credit_words"])
    tokens = inside.replace("/", " ").split()
    pairs = {" ".join(tokens[i : i + 2]) for i in range(len(tokens) - 1)}
    return bool(credit & (set(tokens) | pairs)) and len(tokens) <= 8


def _meta(
    line: str, words: list[str], ends: bool, found: _Found, language: str | None
) -> tuple[str, str] | None:
    """A date, time or byline line, alone or in pieces ('05/10/2018 - By X - Tags: y')."""
    if len(words) > _MAX_META_WORDS or (ends and len(words) > 12):
        return None
    pieces = [p.strip(" ,;") for p in _PIECES.split(line) if p.strip(" ,;")]
    kinds = []
    for piece in pieces:
        kind = _meta_piece(piece, found, language)
        if kind is None:
            return None
        kinds.append(kind)
    if "date" in kinds:
        return "date", "a date line" + (" with a byline" if "byline" in kinds else "")
    if "byline" in kinds:
        return "byline", "a byline"
    return None


def _a_writers_name(name: str, most: int) -> bool:
    """One to ``most`` words, each a name's ("Amira Haddad and Tomas Ferreira")."""
    words = name.split()
    return 1 <= len(words) <= most and all(_NAME_WORD.match(w.strip(",")) for w in words)


def _meta_piece(piece: str, found: _Found, language: str | None) -> str | None:
    cues = _cues()
    lower = piece.lower()
    words = piece.split()
    byline = _starts(lower, cues["byline_prefixes"])
    if byline:
        name = piece[len(byline) :].strip(" :")
        # "By Rebecca Hale for MailOnline", "By Ana Ruiz in Lima": the writer, then where
        name = re.split(r"\s+(?:for|in|at)\s+(?=[A-Z])", name, maxsplit=1)[0]
        if _a_writers_name(name, 6):
            found.authors.append(name.rstrip(".,"))
            return "byline"
    if _starts(lower, cues["link_prefixes"]) and len(words) <= 6:
        return "label"  # "Tags: x", "Categoria: Saúde"
    if any(cue in lower for cue in cues["reading_time"]) and len(words) <= 8:
        return "label"
    date_prefix = _starts(lower, cues["date_prefixes"])
    by = re.match(r"(.{6,40}?)\s+by\s+\S", piece[len(date_prefix) :]) if date_prefix else None
    if by and (dated := _parse_date(by.group(1).strip(" :"), language)):
        # "Published 14 March 2024 by the UN Office for the Coordination of Humanitarian
        # Affairs": the date, then who published it
        if _YEAR.search(by.group(1)) or _NUMERIC_DATE.search(by.group(1)):
            found.dates.append(dated)
        return "date"
    if len(words) <= 10 and any(c.isdigit() for c in piece):
        rest = piece[len(date_prefix) :].strip(" :") if date_prefix else piece
        if _TIME.match(rest):
            return "date"
        parsed = _parse_date(rest, language)
        if not parsed:
            rest = _after_a_place(rest) or ""
            parsed = _parse_date(rest, language) if rest else None
        if parsed:
            if _YEAR.search(rest) or _NUMERIC_DATE.search(rest):
                found.dates.append(parsed)
            return "date"
    return None


def _after_a_place(piece: str) -> str | None:
    """A report's place and date on a line of their own ("Maputo, 12 February 2026",
    "Geneva/New York, 3 March 2024"): the date after a short capitalised name and a comma."""
    head, comma, tail = piece.partition(",")
    words = head.split()
    if not comma or not 1 <= len(words) <= 4 or any(c.isdigit() for c in head):
        return None
    if not all(w[:1].isupper() for w in words if w.lower() not in ("and", "of", "de")):
        return None
    return tail.strip() if _YEAR.search(tail) or _NUMERIC_DATE.search(tail) else None


def _parse_date(text: str, language: str | None) -> str | None:
    """An ISO date from a short piece of text, by dateparser (day and month required)."""
    if not (_NUMERIC_DATE.search(text) or _MONTHISH.search(text)):
        return None
    import dateparser

    from .language import CODES

    languages = list(dict.fromkeys([CODES.get(language or "english", "en"), "en"]))
    settings = {"PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["day", "month"]}
    try:
        moment = dateparser.parse(text, languages=languages, settings=settings)
    except (ValueError, OverflowError, TypeError):
        return None
    return moment.date().isoformat() if moment else None


# A date closing a report's title: "Flash Update No. 3 (14 August 2025)", "Situation
# Report – 3 March 2024", "Weekly Bulletin | 12/05/2023".
_TITLE_DATE = re.compile(r"(?:\(|\[|\s[-–—|:,]\s*)([^()\[\]–—|:]{6,30}?)[)\]]?\s*$")


def _headline_date(headline: str | None, language: str | None) -> str | None:
    """The date a report's title ends with, with its day, month and year: the report's
    date, where no date line gives one."""
    match = _TITLE_DATE.search(headline or "")
    if match is None or not (_YEAR.search(match.group(1)) or _NUMERIC_DATE.search(match.group(1))):
        return None
    return _parse_date(match.group(1).strip(), language)


# -- the top of the article -----------------------------------------------------------------


def _key(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def _top(joined: str, lines: list[_Line], title: str | None, standfirst: str | None) -> str | None:
    """Mark the headline, its repeats and the standfirst; return the headline's text."""
    title_key = _key(title) if title else ""
    dek_key = _key(standfirst) if standfirst else ""
    headline: str | None = None
    headline_key = ""
    body_seen = False
    for i, line in enumerate(lines):
        text = _flat(joined[line.start : line.end])
        key = _key(text)
        if headline_key and key == headline_key:
            line.kind, line.why = "furniture", "the headline again"
            continue
        first = not body_seen and headline is None and i == _first_words(lines)
        if (first and _a_long_headline(text, line)) or (
            not body_seen and headline is None and _headline_like(text, line, key, title_key)
        ):
            line.kind, line.why = "headline", "the headline (the brief's title)"
            headline, headline_key = text.strip("#* "), key
            continue
        if line.kind in BODY_KINDS:
            if not body_seen and dek_key and key == dek_key:
                line.kind, line.why = "standfirst", "the standfirst"
                continue
            if not body_seen and headline and _before_meta(lines, i):
                line.kind, line.why = "standfirst", "the standfirst (before the byline or date)"
                continue
            body_seen = True
        elif title_key and key == title_key and line.kind == "heading":
            line.kind, line.why = "furniture", "the headline again"
    return headline


def _headline_like(text: str, line: _Line, key: str, title_key: str) -> bool:
    if line.kind == "furniture" or line.kind in ("date", "byline"):
        return False
    if title_key and (key == title_key or (len(key) > 12 and (key in title_key))):
        return True
    if line.hint == "title":
        return True
    return line.hint == "text" and line.kind == "heading" and 2 <= count_words(text) <= 25


def _first_words(lines: list[_Line]) -> int:
    """The index of the first line that is not furniture."""
    return next((i for i, line in enumerate(lines) if line.kind != "furniture"), -1)


def _a_long_headline(text: str, line: _Line) -> bool:
    """The first line of a plain text, with no sentence punctuation and too long for a
    heading elsewhere, but no paragraph: a tabloid's headline ("Grandmother, 82, left
    fighting for life after being mauled by neighbour's XL bully dogs in her own garden")."""
    return (
        line.hint == "text"
        and line.kind == "paragraph"
        and not _END.search(text)
        and _HEADING_WORDS <= count_words(text) <= _HEADLINE_WORDS
    )


def _before_meta(lines: list[_Line], i: int) -> bool:
    """A paragraph right under the headline that a byline, date or caption line follows."""
    for line in lines[i + 1 : i + 4]:
        if line.kind in ("date", "byline") or (line.kind == "furniture" and "reading" in line.why):
            return True
        if line.kind in BODY_KINDS:
            return False
    return False


def _lists(joined: str, lines: list[_Line]) -> None:
    """Three or more numbered lines in a row without sentence punctuation are a list
    ('1a etapa: 10 de março – Interlagos', '2a etapa: ...'): their items are the body."""
    run: list[_Line] = []
    shape = ""
    for line in [*lines, None]:
        this = ""
        if line is not None and line.kind == "heading" and line.hint in ("text", "paragraph"):
            first = joined[line.start : line.end].split()[0].lower()
            this = re.sub(r"\d+", "#", first) if first[:1].isdigit() else ""
        if this and this == shape:
            run.append(line)  # type: ignore[arg-type]
            continue
        if len(run) >= 3:
            for item in run:
                item.kind, item.why = "item", ""
        run = [line] if this and line is not None else []
        shape = this


def _unglue(joined: str, lines: list[_Line], headline: str | None) -> list[_Line]:
    """A body line that starts with the headline ('Sweden drops inquiry Assange, who ...')
    loses it: the headline part is left out, the rest stays body."""
    if not headline:
        return lines
    words = re.findall(r"\w+", headline.casefold())
    if len(words) < 3:
        return lines
    out: list[_Line] = []
    for line in lines:
        text = joined[line.start : line.end]
        tag = _TAG.match(text)  # "[서울신문]" before the headline: the outlet's tag
        for skip in (0, tag.end() if tag else None):
            if skip is None or line.kind not in BODY_KINDS:
                continue
            tokens = list(re.finditer(r"\w+", text[skip:]))
            if (
                len(tokens) > len(words) + 2
                and [t.group().casefold() for t in tokens[: len(words)]] == words
            ):
                cut = line.start + skip + tokens[len(words) - 1].end()
                rest = line.start + skip + tokens[len(words)].start()
                out.append(_Line(line.start, cut, line.hint, "furniture", "the headline glued on"))
                out.append(_Line(rest, line.end, line.hint, line.kind, line.why))
                break
        else:
            out.append(line)
    return out


# Brackets a tag or byline opens a paragraph with, in Latin and full-width forms: [ ( 【 〔 （
_OPENING, _CLOSING = "[\\[(\u3010\u3014\uff08]", "[\\])\u3011\u3015\uff09]"
_BRACKETED = "[^=\\[\\]()\u3010\u3011\u3014\u3015\uff08\uff09\\n]"  # what is inside them
# An outlet's or reporter's tag in brackets opening a paragraph: "[서울신문]", "【新华社】".
_TAG = re.compile(rf"\s*{_OPENING}[^\]\u3011\u3015)\uff09\n]{{1,30}}{_CLOSING}\s*")


def _unglue_share_buttons(joined: str, lines: list[_Line]) -> list[_Line]:
    """A body line that opens with a row of share-button labels run together with its
    first sentence ('Share this withEmailFacebookTwitterCopy this linkThe measure …')
    loses them: the labels are left out, the sentence stays body."""
    return _split_openings(joined, lines, _share_buttons(), "share buttons")


def _split_openings(
    joined: str, lines: list[_Line], pattern: re.Pattern[str], why: str
) -> list[_Line]:
    """Each body line that opens with ``pattern`` before more text: the opening split off
    as furniture (``why``), the rest staying what the line was."""
    out: list[_Line] = []
    for line in lines:
        match = pattern.match(joined, line.start, line.end) if line.kind in BODY_KINDS else None
        if match and match.end() < line.end:
            out.append(_Line(line.start, match.end(), line.hint, "furniture", why))
            out.append(_Line(match.end(), line.end, line.hint, line.kind, line.why))
            continue
        out.append(line)
    return out


# A live blog's time stamp opening an entry: "10:45 p.m. — ", "09:40 GMT - ", "14:02 – ".
_TIME_STAMP = re.compile(
    r"\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?\s*(?:[A-Z]{2,4}\s*)?[\u2014\u2013-]{1,2}\s+"
    r"(?=[A-Z\u201c\"])"
)


def _unglue_time_stamps(joined: str, lines: list[_Line]) -> list[_Line]:
    """A body line that opens with a live blog's time stamp ("10:45 p.m. — Hurricane Milton
    made landfall …") loses it, as a dateline is split off: no BLUF or key point opens with
    the clock."""
    return _split_openings(joined, lines, _TIME_STAMP, "a time stamp")


@lru_cache(maxsize=1)
def _share_buttons() -> re.Pattern[str]:
    """Two or more button labels, then the capital that starts the sentence (data:
    furniture.json share_widgets)."""
    data = load("furniture.json")["share_widgets"]

    def alternatives(words: list[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    openings, buttons = alternatives(data["openings"]), alternatives(data["buttons"])
    # after a "Share" opening the labels may be spaced; without one they must be run
    # together ("EmailFacebookTwitter"), so prose naming services ("Facebook, Twitter and
    # Google said") is never cut
    return re.compile(
        rf"(?:(?i:(?:{openings})\s*(?:(?:{buttons})[\s|·•]*){{2,}})"
        rf"|(?i:(?:{buttons}){{2,}}))(?=[A-Z\u201c\"])"
    )


# "NIAMEY, 9 June — ", "LONDON (Reuters) - ", "KASSALA -- ", "BEIRUT, Lebanon — ",
# "GENEVA, Sept. 3 (AP) — ", "GAZA/CAIRO, 18 March 2025 (Reuters) - ": where (and when) the
# story was filed, opening its first paragraph.
_DATELINE = re.compile(
    r"(?P<place>[^\W\d_][^\W\d_.'\u2019 /-]*(?:[ .'\u2019/-]+[^\W\d_]+)*\.?)"
    # "GOMA, Democratic Republic of Congo, 14 August 2025 - ": a long country and a date
    r"(?:,\s*(?P<rest>[^\u2014\u2013\n(:]{1,50}?))?"
    r"(?:\s*\((?P<agency>[^)\n]{2,30})\))?"
    r"\s*(?:\u2014|\u2013|--|-)\s+(?=\S)"
)
# "GENEVA: The UN said …": a place in capitals before a colon; only a place the gazetteer
# knows, since a kicker ("BREAKING:", "WATCH:", "EXCLUSIVE:") is written the same way.
_COLON_DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Z.'\u2019 -]{1,38}[A-Z.])"
    r"(?:,\s*(?P<rest>[^\u2014\u2013\n(:]{1,30}?))?"
    r"(?:\s*\((?P<agency>[^)\n]{2,30})\))?"
    r":\s+(?=[A-Z\"\u201c\u2018])"
)


def _colon_dateline(joined: str, start: int, end: int) -> re.Match[str] | None:
    """A "PLACE:" opening whose place the gazetteer knows (a country, a city, a region)."""
    match = _COLON_DATELINE.match(joined, start, end)
    if match is None:
        return None
    return match if _known_place(match.group("place")) else None


def _known_place(name: str) -> bool:
    """The gazetteer knows the name as a place (a country, a city, a region)."""
    from ..extract.gazetteer import gazetteer  # only for an opening shaped as a dateline
    from ..extract.names import key

    return gazetteer().is_place(key(name.strip().title()))


def _titled_dateline(joined: str, match: re.Match[str], end: int) -> bool:
    """A dateline written with capital initials and no agency ("Madrid - Spain's transport
    minister resigned …", "Madrid, 12 March - …"): a place the gazetteer knows, then a dash
    and a capital opening the sentence; what comes after a comma is a date or a place. A
    dash that comes again before the sentence ends is an aside ("Kenya - a country of 50
    million - said …"), no dateline."""
    after = joined[match.end() : end]
    rest = (match.group("rest") or "").strip()
    if not after[:1].isupper():
        return False
    if rest and not (any(c.isdigit() for c in rest) or _known_place(rest)):
        return False
    sentence = re.split(r"(?<=[.!?])\s", after, maxsplit=1)[0]
    if re.search(r"\s(?:\u2014|\u2013|--|-)\s", sentence):
        return False
    return _known_place(match.group("place"))


@lru_cache(maxsize=1)
def _reporter_openings() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A Korean, Japanese or Chinese story's opening byline (reporter words: furniture.json
    reporters): "(서울=연합뉴스) 김민수 기자 = " (place=agency, reporters), and
    "[아시아경제 김민수 기자] " (outlet and reporter in brackets)."""
    words = "|".join(re.escape(w) for w in load("furniture.json")["reporters"]["words"])
    inside = _BRACKETED
    agency = re.compile(
        rf"{_OPENING}\s*(?P<place>{inside}{{1,15}}?)\s*=\s*(?P<agency>{inside}{{1,20}}?)\s*"
        rf"{_CLOSING}\s*(?:(?:[^\s=]{{2,5}}\s+)*?[^\s=]{{2,5}}\s*(?:{words})\s*)?=?\s*"
    )
    tag = re.compile(rf"{_OPENING}\s*{inside}{{1,20}}?\s*(?:{words})\s*{_CLOSING}\s*")
    return agency, tag


# The fields of an archived story's opening, dotted apart: "By . Sam Webb . PUBLISHED: .
# 08:12 EST, 14 May 2014 . | . UPDATED: . 10:41 EST, 14 May 2014 . A grandmother …"
_DOTTED_BY = re.compile(r"By\s+\.\s+")
_DOTTED = re.compile(r"\s+\.(?:\s+|$)")  # a field's gap, or the end of a byline line
_FIELD_LABEL = re.compile(r"^(published|updated|last updated|created)\b\s*(on|at)?\s*:?\s*", re.I)


def _dotted_byline(joined: str, lines: list[_Line], found: _Found, language: str | None) -> None:
    """Split the dotted byline and date fields off the first paragraph (the CNN/Daily Mail
    corpus writes its stories so): left out of the sentences, so no BLUF reads "By .";
    the writer kept as the author, the first date as the publication date."""
    first = next((ln for ln in lines if ln.kind in BODY_KINDS), None)
    if first is None:
        return
    text = joined[first.start : first.end]
    opening = _DOTTED_BY.match(text)
    if opening is None:
        return
    pos, authors, dates = opening.end(), [], []
    while (gap := _DOTTED.search(text, pos)) is not None:
        piece = text[pos : gap.start()].strip()
        label = _FIELD_LABEL.match(piece)
        if label:  # "PUBLISHED:", then its date; "Last updated at 4:52 PM on 5th March 2011"
            piece = piece[label.end() :]
        words = piece.split()
        if piece in ("|", ""):
            pass
        elif (
            any(c.isdigit() for c in piece)
            and len(words) <= 8
            and (dated := _parse_date(piece, language)) is not None
        ):
            dates.append(dated)
        elif not dates and _a_writers_name(piece, 8):
            authors.append(piece.rstrip(".,"))
        else:
            break  # the story's first sentence
        pos = gap.end()
    if not authors:
        return
    if pos >= len(text):  # the fields stand as their own paragraph: the whole is a byline
        first.kind, first.why = "byline", "a byline"
        found.authors.insert(0, " ".join(authors))
        found.dates[:0] = dates[:1]
        return
    index = lines.index(first)
    lines.insert(index, _Line(first.start, first.start + pos, first.hint, "byline", "a byline"))
    first.start += pos
    found.authors.insert(0, " ".join(authors))
    if dates:
        found.dates.insert(0, dates[0])


def _dateline(joined: str, lines: list[_Line], language: str | None) -> Dateline | None:
    """Split a dateline off the first paragraph: its own block (left out of the sentences,
    so no BLUF opens with it), its place and date kept for the sources line."""
    first = next((ln for ln in lines if ln.kind in BODY_KINDS), None)
    if first is None:
        return None
    filed, tagged = _reporter_openings()
    opened = filed.match(joined, first.start, first.end) or tagged.match(
        joined, first.start, first.end
    )
    if opened is not None and opened.end() < first.end:
        index = lines.index(first)
        why = "a dateline: where the story was filed" if opened.re is filed else "a byline"
        kind = "dateline" if opened.re is filed else "byline"
        lines.insert(index, _Line(first.start, opened.end(), first.hint, kind, why))
        first.start = opened.end()
        if opened.re is filed:
            return Dateline(opened.group("place").strip(), None, None)
        return None
    match = _DATELINE.match(joined, first.start, first.end) or _colon_dateline(
        joined, first.start, first.end
    )
    if match is None:
        return None
    place = match.group("place").strip()
    letters = [c for c in place if c.isalpha()]
    # A dateline's place is written in capitals ("NIAMEY", "LONDON"), or, before an agency
    # in brackets, with capital initials ("Nairobi, Kenya, June 9 (Reuters) -").
    capitals = all(c.isupper() for c in letters)
    agency = (match.group("agency") or "").strip().lower()
    titled = agency in load("furniture.json")["agencies"]["names"] and all(
        w[:1].isupper() for w in place.split()
    )
    if len(letters) < 2 or len(place) > 40:
        return None
    if not (capitals or titled or _titled_dateline(joined, match, first.end)):
        return None
    if match.end() >= first.end:
        return None
    rest = (match.group("rest") or "").strip()
    place_words, date, parsed = [place.title() if capitals else place], None, None
    pieces = [p.strip() for p in rest.split(",") if p.strip()] if rest else []
    for cut in range(len(pieces)):  # "Kenya, June 9": the place goes on, then the date
        tail = ", ".join(pieces[cut:])
        parsed = _parse_date(tail, language)
        if parsed:
            place_words += pieces[:cut]
            date = tail
            break
    else:
        place_words += pieces
    rest = date or ""
    index = lines.index(first)
    lines.insert(
        index,
        _Line(
            first.start,
            match.end(),
            first.hint,
            "dateline",
            "a dateline: where the story was filed",
        ),
    )
    first.start = match.end()
    return Dateline(", ".join(place_words), date, parsed if _YEAR.search(rest) else None)


def _fall_back_to_every_line(lines: list[_Line]) -> None:
    """Text without a single body line (a list, a text with no punctuation, only numbers)
    is all body: any readable text gives a brief."""
    if any(line.kind in BODY_KINDS for line in lines):
        return
    worded = [line for line in lines if line.why != "no words"] or lines
    if len(worded) > 1:
        worded = [line for line in worded if line.kind != "headline"]
    for line in worded:
        line.kind, line.why = "paragraph", ""
