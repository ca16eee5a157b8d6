"""Source -> sentences with stable ids, and the offline tokenizer sumy is given."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import suppress
from copy import copy
from functools import lru_cache

import punkt

from .errors import InputError
from .ingest.language import ORDINAL_DOT
from .ingest.structure import blocks_of_text
from .model import BODY_KINDS, Segmented, Sentence, Source
from .words import words_of

_ORDINAL_END = re.compile(r"(?<![\d.,])\d{1,2}\.$")
MAX_SENTENCE_CHARS = 600  # longer runs (lists, text without punctuation) are cut into pieces
_PARAGRAPH = re.compile(r"\n[ \t]*\n+")
# Page furniture scraped along with the story, and wire credits, at the start of a sentence.
_FURNITURE = re.compile(
    r"(?i:scroll down for (the )?video|advertisement|read more"
    # a media player's notice: "Media playback is unsupported on your device"
    r"|(media|video) playback is (not supported|unsupported) on (this|your) (device|browser)"
    # an explainer's signpost: "Here is what we know.", "Here's everything you need to know"
    r"|here(\'s|\u2019s| is) (what we know|what you need to know|everything (we know|you "
    r"need to know))( so far)?( about [^.:]{0,60})?)"
    r"[.:!]*\s*"
    r"|([A-Z][\w .,'-]{0,40})?\((CNN|AP|AFP|Reuters)\)\s*(--|\u2014|-)?\s*"  # "(CNN)They ..."
)
# A photo caption runs into the next sentence without a full stop when a page is scraped:
# "... than a colleague The cost of divorce can ...". A sentence starter after a word ends
# the caption; see _glued.
_GLUED = re.compile(
    r"(?<=[\w%)])\s+((The|A|An|He|She|They|It|His|Her|Their|But|This|These|Police|Mr|Mrs|Ms)"
    r"\s+(\S+))"
)
# A caption's label: "Attack: …", "Vile acts: …", "Pictured: …". A piece cut off by a glued
# sentence that opens with one is a photo caption, not a sentence of the story.
_LABELLED = re.compile(r"[A-Z][\w'\u2019-]*(?: [\w'\u2019-]+){0,2}: ")
_ARTICLES = frozenset(
    ["The", "A", "An", "He", "She", "They", "It", "His", "Her", "Their", "This", "These"]
)
_PRONOUNS = frozenset(["He", "She", "They", "It"])
# Verbs (not in -ed or -ing) that take a person as object: "met Mr Brown", "told Mrs Lee",
# with the irregular past forms that do ("found Mr Gandhi guilty", "gave Mrs Lee").
_VERBS_BEFORE_NAMES = frozenset(
    """met meet meets told tell tells saw see sees beat beats hit hits let lets thank thanks
    urge urges ask asks back backs found find finds gave give gives sent send sends left
    made make makes kept keep keeps held hold holds led lead leads paid pay pays shot struck
    caught fought sought brought bought taught took take takes knew know knows won sold
    chose threw drove put set cut hurt""".split()  # noqa: SIM905 - a word list reads best as words
)
_TITLED = frozenset(["Police", "Mr", "Mrs", "Ms"])
# Words before a verb's base form: "to restore Mr Bazoum", "will meet Mrs Lee".
_BEFORE_A_VERB = frozenset(
    "to will would could can may might must should shall did not".split()  # noqa: SIM905
)
# Words after which a capitalised "The" is part of a name or title ("for The Times").
_BEFORE_NAMES = frozenset(
    """
    of the and to in with by for from at on as than that said says told what is was were
    are be into about like after before over under against between through during without
    within or nor but so if when while because how where who whom which a an his her their
    its my our your this these those titled called named dubbed whether although though
    unless until since once whereas why whose
    """.split()  # noqa: SIM905 - a word list reads best as words
)


# Titles written short before a name, which Punkt's English model does not know as
# abbreviations: "Texas Gov. Greg Abbott", "Det. Supt. Ann Lee", "Rev. Al Sharpton".
_SHORT_TITLES = frozenset(
    """gov sgt capt cmdr cdr supt insp det const rev hon atty brig cpl pvt pfc spc cllr
    dep pres amb""".split()  # noqa: SIM905 - a word list reads best as words
)


@lru_cache(maxsize=8)
def _sentence_splitter(language: str) -> punkt.PunktSentenceTokenizer:
    """Punkt's trained model for the language. Other languages than English also take the
    non-breaking prefixes Punkt keeps for them (a copy of the model; "ca. 300 Häuser", "z. B.
    in Passau", "env. 40 maisons" end no sentence); English takes the titles written short
    before a name that its model lacks ("Texas Gov. Greg Abbott")."""
    name = language if language in punkt.available_languages() else "english"
    params = punkt.load_model(name)
    if name == "english":
        params = copy(params)  # the loaded model is shared: a copy takes the titles
        params.abbrev_types = params.abbrev_types | _SHORT_TITLES
    else:
        from punkt.model.prefixes import with_nonbreaking_prefixes

        with suppress(LookupError):  # no list for this language: its model alone
            params = with_nonbreaking_prefixes(params, name)
    return punkt.PunktSentenceTokenizer(params)


def segment(source: Source, language: str = "auto") -> Segmented:
    """Split a source's body into sentences numbered 0, 1, ... in document order.

    Only the body (paragraphs, items, quotes) gives sentences; the headline, datelines,
    captions and page furniture ingest found are kept in ``left_out`` with the reason.
    ``language``: "auto" takes the source's detected language (English when unknown).
    """
    language = resolve_language(source, language)
    splitter = _sentence_splitter(language)
    ordinal_dot = language in ORDINAL_DOT
    spans: list[tuple[int, int, int]] = []  # (start, end, paragraph)
    text = source.text
    blocks = source.blocks or blocks_of_text(text, source.language)
    left_out = []
    paragraph = 0
    for block in blocks:
        if block.kind not in BODY_KINDS:
            left_out.append(block)
            continue
        piece = text[block.start : block.end]
        for a, b in _sentence_spans(piece, splitter, ordinal_dot):
            spans.append((block.start + a, block.start + b, paragraph))
        paragraph += 1
    sentences = tuple(
        Sentence(
            source=source.id,
            index=i,
            text=" ".join(text[a:b].split()),
            start=a,
            end=b,
            paragraph=p,
        )
        for i, (a, b, p) in enumerate(spans)
    )
    if not sentences:
        raise InputError(f"{source.location} has no sentences — give a file with article text")
    return Segmented(source=source, sentences=sentences, left_out=tuple(left_out))


def _sentence_spans(
    piece: str, splitter: punkt.PunktSentenceTokenizer, ordinal_dot: bool
) -> Iterator[tuple[int, int]]:
    """The sentences of one paragraph, as offsets into it: Punkt's, then each repair in turn
    (ordinal dots, lines glued by a lost line break, CJK stops, over-long runs, glued
    captions), less page furniture and the captions cut off."""
    spans = _initials(piece, _ordinals(piece, splitter.span_tokenize(piece), ordinal_dot))
    for run_a, run_b in (r for s in spans for r in _run_on(piece, *s)):
        for long_a, long_b in (
            p for c in _cjk(piece, run_a, run_b) for p in _split_long(piece, *c)
        ):
            glued = _glued(piece, long_a, long_b)
            for n, (a, b) in enumerate(glued):
                furniture = _FURNITURE.match(piece, a, b)
                a = furniture.end() if furniture else a
                if n < len(glued) - 1 and _LABELLED.match(piece, a, b):
                    continue  # "Attack: Peter Holt … set upon" ran into "He was …"
                if _LABELLED.match(piece, a, b) and piece[a:b].rstrip().endswith(" ."):
                    continue  # "Jailed: Maureen Doyle, 61, hid cocaine in tins of beans .":
                    # a caption the CNN/Daily Mail corpus closes with a dotted gap
                if piece[a:b].strip(" .,;:!?\u3002\uff01\uff1f"):
                    yield a, b


# A quoted question or exclamation and the attribution after it are one sentence:
# '"Who would pay that?" one trader asked.'; so is a name that ends in one and what follows
# it in lower case ("consumer group Which? warned that bills could rise", "Yahoo! said").
_QUOTED_EXCLAIM = re.compile("[?!][\"\u201d\u2019']?\\s*$")


def _ordinals(
    text: str, spans: Iterable[tuple[int, int]], ordinal_dot: bool
) -> list[tuple[int, int]]:
    """In languages that write "12." for "12th", a sentence never ends on a day number; a
    question or exclamation runs on into what follows it in lower case (a quoted one into
    its attribution, '"…?" one trader asked'; a name into its verb, "Which? warned")."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and (
            (ordinal_dot and _ORDINAL_END.search(text, out[-1][0], out[-1][1]))
            or (_QUOTED_EXCLAIM.search(text, out[-1][0], out[-1][1]) and text[a : a + 1].islower())
        ):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


# A person's initials ending a piece ("police commissioner G.S."), and the surname that
# opens the next, then a word in lower case or a comma ("Malik said"); not a country's
# ("moved to the U.S. After that").
_INITIALS_END = re.compile(r"(?<![\w.])((?:[A-Z]\.){2,3})\s*$")
_SURNAME_START = re.compile(r"[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?(?:,|\s+[a-z])")
_PLACES_INITIALS = frozenset("U.S. U.K. U.N. E.U. D.C. U.A.E. U.S.A. U.S.S.R.".split())  # noqa: SIM905


def _initials(text: str, spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Punkt cuts after initials it does not know ("police commissioner G.S." | "Malik
    said."): a person's initials and the surname after them are one sentence."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        end = _INITIALS_END.search(text, out[-1][0], out[-1][1]) if out else None
        if (
            end is not None
            and end.group(1) not in _PLACES_INITIALS
            and _SURNAME_START.match(text, a, b)
        ):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def resolve_language(source: Source, language: str = "auto") -> str:
    """The language to read a source in: the one asked for, else the detected one, else English."""
    if language != "auto":
        return language
    return source.language or "english"


# Chinese and Japanese end a sentence with a full-width stop, exclamation or question mark
# (and no space after it): 。！？ and the half-width forms right after CJK text. Closing
# brackets and quotes stay with their sentence; a quotation that runs on into its verb
# ("…。」と話した") is not cut.
_CJK_END = re.compile(
    r"(?:[\u3002\uff01\uff1f\uff0e]|(?<=[\u3040-\u30ff\u3400-\u9fff])[!?])"
    r"[\u300d\u300f\uff09\u3011)\"\u201d\u2019]*"
)
_RUNS_ON = ("\u3068", "\u3063\u3066")  # と, って: the quotation's verb follows


def _cjk(block: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut a span at the sentence ends of Chinese and Japanese text (punkt knows neither)."""
    pieces, a = [], start
    for match in _CJK_END.finditer(block, start, end):
        b = match.end()
        closed_quote = len(match.group()) > 1  # "。」": the stop and a closing bracket
        if b >= end or (closed_quote and block.startswith(_RUNS_ON, b)):
            continue
        pieces.append((a, b))
        a = b
        while a < end and block[a].isspace():
            a += 1
    if a < end:
        pieces.append((a, end))
    return pieces


# Where a scraped page lost a line break, a lower-case word runs into the next sentence's
# first word with no stop ("Media playback is unsupported on your deviceThe hosts won",
# "By Jo Lee, home affairs correspondentTheresa May's plan"). A glued word of four or five
# letters is cut only before a word that opens sentences ("Coverage in fullMr Blair"), so
# names written that way stay whole ("easyJet"). (A full stop with no space after it,
# "to 61.The proportional system", is not cut: tried three times, see docs/ingest.md.)
_RUN_ON = re.compile(r"(?<![\w'\u2019])[a-z]{4,}(?=[A-Z][a-z])")
_STARTERS = _ARTICLES | _TITLED | frozenset("But In If At On After When As Dr".split())  # noqa: SIM905
# A reporter's byline a lost line break left at a sentence's start: "By Jo LeeBBC home
# affairs correspondent" (cut off its sentence by _run_on and dropped, as a caption is).
_BYLINE = re.compile(
    r"By [A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*){0,3}\b.{0,60}"
    r"\b(?:correspondent|editor|reporter|writer|presenter|analyst)s?",
)


def _run_on(block: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut a span where a line ran into the next sentence (see _RUN_ON); a caption ("Chilcot
    report: Findings at-a-glance") or byline cut off the sentence it ran into is dropped."""
    pieces, a = [], start
    for match in _RUN_ON.finditer(block, start, end):
        following = re.match(r"[A-Z][a-z]+", block[match.end() :])  # the lookahead's word
        if len(block[a : match.start()].split()) < 2 or (
            len(match.group()) < 6 and following and following.group() not in _STARTERS
        ):
            continue
        if not (_LABELLED.match(block, a) or _BYLINE.fullmatch(block, a, match.end())):
            pieces.append((a, match.end()))
        a = match.end()
    pieces.append((a, end))
    return pieces


def _split_long(block: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut an over-long sentence at line breaks, then at ; or , or spaces."""
    if end - start <= MAX_SENTENCE_CHARS:
        return [(start, end)]
    pieces: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\n]+", block[start:end]):
        a, b = start + line.start(), start + line.end()
        while b - a > MAX_SENTENCE_CHARS:
            window = block[a : a + MAX_SENTENCE_CHARS]
            cut = max(window.rfind("; "), window.rfind(", "))
            if cut < MAX_SENTENCE_CHARS // 3:
                cut = window.rfind(" ")
            if cut < MAX_SENTENCE_CHARS // 3:
                cut = MAX_SENTENCE_CHARS - 1
            pieces.append((a, a + cut + 1))
            a += cut + 1
            while a < b and block[a].isspace():
                a += 1
        if block[a:b].strip():
            pieces.append((a, b))
    return pieces


def _glued(block: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut a sentence where a photo caption ran into it without a full stop.

    A cut needs a sentence starter ("The", "He", "Police", ...) after at least four words;
    not after a word that leads into names ("for The Times", "called The Verge"); "The", "A",
    "His"... only before a lower-case word ("The cost", not "The New York Times"); and after a
    capitalised word ("Ronald Reagan The document") only an article or pronoun before a
    lower-case word.
    """
    pieces = []
    a = start
    for match in _GLUED.finditer(block, start, end):
        before = block[a : match.start()].split()
        if len(before) < 4:
            continue
        prev, starter, following = before[-1], match.group(2), match.group(3)
        if prev.lower().strip("'\"\u2018\u2019\u201c\u201d") in _BEFORE_NAMES:
            continue
        lower_after = following[:1].islower() or following[:1].isdigit()
        lower_before = prev[:1].islower() or prev[:1].isdigit() or prev.endswith(")")
        if lower_before:
            # "… supporting Mrs Sandiford, said": a verb takes the titled name as its object
            # (a verb's -s form too: "footage released by the department shows Mr Dean")
            verb = (
                re.search(r"(ing|ed|[a-rt-z]s)$", prev)
                or prev in _VERBS_BEFORE_NAMES
                or before[-2].lower() in _BEFORE_A_VERB  # "threatened to restore Mr Bazoum"
            )
            titled = starter in _TITLED and not verb
            ok = lower_after or starter in _PRONOUNS or titled
        else:
            # "Class A drugs", "Plan A was", "Hepatitis A cases": a capital letter after a
            # capitalised word is part of its name, not an article
            ok = starter in _ARTICLES and starter != "A" and following[:1].islower()
        if ok:
            pieces.append((a, match.start()))
            a = match.start(1)
    pieces.append((a, end))
    return pieces


class OfflineTokenizer:
    """The tokenizer handed to sumy: Punkt sentences and NLTK's Treebank words (briefing.words),
    no NLTK data needed. ``prime`` tokenises many sentences in one pass; each is done once."""

    def __init__(self, language: str = "english") -> None:
        self.language = language
        self._sentences = _sentence_splitter(language)
        self._cache: dict[str, tuple[str, ...]] = {}

    def prime(self, sentences: Sequence[str]) -> list[tuple[str, ...]]:
        """The words of every sentence, tokenised together and kept for to_words."""
        todo = [s for s in dict.fromkeys(sentences) if s not in self._cache]
        self._cache.update(zip(todo, words_of(todo), strict=True))
        return [self._cache[s] for s in sentences]

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        """Split a paragraph into sentences."""
        return tuple(s.strip() for s in self._sentences.tokenize(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        """Split a sentence into words, dropping punctuation and numbers (as sumy does)."""
        words = self._cache.get(sentence)
        return words if words is not None else self.prime([sentence])[0]
