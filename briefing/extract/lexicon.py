"""The actor lexicon: data/actors.json read once (group heads, well-known bodies and the
names they go by, demonyms), and the word lists more than one actor stage reads."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from ..data import load
from .facts import body_home, known_bodies
from .gazetteer import gazetteer
from .names import TITLES, key

# A state's armed forces are a state body (the annotation guide: national armed forces are
# government), named by their nation or as "the army".
NATIONAL_FORCES = frozenset(
    "army armies navy military troops forces soldiers marines airforce".split()  # noqa: SIM905
)
HONORIFICS = frozenset(["mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady"])


@dataclass(frozen=True)
class Lexicon:
    group_heads: dict[str, str]
    known: dict[str, tuple[str, str]]  # key(any name) -> (canonical name, kind)
    exact: frozenset[str]  # every known name exactly as listed (acronyms are case-sensitive)
    demonyms: dict[str, str]  # "british" -> "GB"
    named_heads: frozenset[str]  # heads that make a group only after a name ("Obama campaign")
    first_words: frozenset[str]  # first words of the known names' keys, to skip the rest fast
    qualified_heads: frozenset[str]  # heads that need a nation or name ("Syrian regime")
    agentive: frozenset[str]  # heads whose possessor acts through them ("Russia's army")
    cased: frozenset[str]  # keys of acronyms that match only as written ("LeT", "IS")
    honours: frozenset[str]  # heads of things named after a person ("the Ushakov medal")
    honour_ends: frozenset[str]  # such heads no surname ends with ("Pell Grants")
    faiths: frozenset[str]  # words of a faith ("Coptic Christians" are of a faith, "other")
    seats: dict[str, tuple[str, ...]]  # a body's seat -> the body's names ("brussels" -> EU)
    chambers: dict[str, str]  # key(a parliament's chamber) -> "lower house" or "upper house"


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    raw = load("actors.json")
    known = known_bodies()
    exact = {form for item in raw["known"] for form in [item["name"], *item["aliases"]]}
    # Names in mixed-case capitals ("LeT", "JeM") are acronyms: only as written, never the
    # word they spell ("Let's wait and see").
    cased = {key(f) for f in exact if len(f) <= 5 and not f.isupper() and _capitals(f) >= 2}
    # ... and so are acronyms spelt like a word of the language ("IS", "WHO"): "Is he
    # talking to you?" names no Islamic State.
    cased |= {key(f) for f in exact if f.isupper() and f.lower() in STOP_WORDS}
    return Lexicon(
        dict(raw["group_heads"]),
        known,
        frozenset(exact),
        dict(raw["demonyms"]),
        frozenset(raw["named_heads"]),
        frozenset(k.split()[0] for k in known if k),
        frozenset(raw["qualified_heads"]),
        frozenset(raw["group_heads"]) | frozenset(raw["agentive_heads"]) | TITLES,
        frozenset(cased),
        frozenset(raw["honour_heads"]),
        frozenset(raw["honour_ends"]),
        frozenset(raw["faiths"]),
        {k: tuple(v) for k, v in raw["seats"].items()},
        {key(name): level for level, names in raw["chambers"].items() for name in names},
    )


def nation(text: str) -> str | None:
    """The country code of a key naming a country or its people ("u s", "british")."""
    return gazetteer().country_code(text) or lexicon().demonyms.get(text)


def known_body(surface: str, data: Lexicon) -> tuple[str, str] | None:
    """The well-known body a name is (canonical name, kind); a mixed-case acronym only as
    written ("Let's wait and see" names no LeT)."""
    k = key(surface)
    if k in data.cased and surface not in data.exact:
        return None
    if k in data.known:
        return data.known[k]
    first, _, rest = k.partition(" ")
    code = nation(first)
    if code is not None and rest in data.known and body_home(rest) == code:
        return data.known[rest]  # "U.S. Centers for Disease Control and Prevention": the
        # CDC, named with its own country (not "China's CDC", another country's)
    return None


def _capitals(form: str) -> int:
    return sum(c.isupper() for c in form)
