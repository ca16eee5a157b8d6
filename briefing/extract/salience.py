"""Which actors a brief lists first: the salience features, their weights (data,
data/salience.json, fitted by tools/fit_salience.py), and the cut of names met in passing."""

from __future__ import annotations

from collections.abc import Collection
from functools import lru_cache

from ..data import load
from .gazetteer import gazetteer
from .names import Mentions
from .place_mentions import (
    COMPANY_ENDINGS,
    ORG_TAIL,
    STRUCTURES,
    a_nations_court,
    ends_as_a_site,
)


def lone_word(m: Mentions) -> bool:
    """One word taken for a person once, with no title: "Mat", "Inn", "Floodwater" are NER
    guesses at capitalised words more often than people, and news names a person in full
    at least once (a surname alone joins that full name); not one the text says is a
    person ("Mr Ellis's widow, Rebecca, said")."""
    return (
        m.kind == "person"
        and m.count == 1
        and not m.titled
        and not m.introduced
        and all(" " not in f and f[:1].isupper() for f in m.forms)
    )


def in_passing(k: str, m: Mentions, known: Collection[str]) -> bool:
    """An organisation named once and never acting or speaking ("a stake in Irancell", "the
    Black Death", "EU Enlargement"): named in passing, not an actor of the story. Well-known
    bodies (data/actors.json) and countries are exempt."""
    return (
        m.kind == "organisation"
        and m.count == 1
        and not m.strong
        and not m.introduced
        and k not in known
        and not all(_a_public_body(f) for f in m.forms)
    )


def _a_public_body(form: str) -> bool:
    """A name that ends as a public body's, a trust's or a union's does ("Brightside
    Children's Trust", "London Ambulance Service"), not a firm's or a club's: an actor even
    where named once ("ran the Brightside Children's Trust")."""
    words = form.split()
    return bool(ORG_TAIL.search(form)) and words[-1].lower() not in COMPANY_ENDINGS | {"club"}


def only_a_site(m: Mentions) -> bool:
    """A body named for the site it is ("the Government Secondary School", "Belmarsh
    Prison") that never acts or speaks: where something happened, listed with the places,
    not an actor ("the school said" is one); a dam, bridge or tunnel whatever it does. A
    court, university or hospital is one only where named once (see _an_institution)."""
    return (
        (not m.strong or all(f.endswith(STRUCTURES) for f in m.forms))
        and not m.cited
        and all(ends_as_a_site(f) and not _an_institution(f, m.count) for f in m.forms)
    )


def _an_institution(form: str, count: int) -> bool:
    """A site that is also an institution ("Leicester Crown Court", "St Mary's Hospital"),
    where the text returns to it; named once, it is where something happened ("jailed at
    Birmingham Crown Court"), unless it is a nation's court ("the US Supreme Court")."""
    return form.endswith(_INSTITUTIONS) and (count > 1 or a_nations_court(form, gazetteer()))


# Sites that are also institutions, named for what they do more than where they stand: a
# court sits in judgment (an actor where it is a nation's, see place_mentions), a university
# or hospital publishes, treats, employs.
_INSTITUTIONS = (
    "Court", "Courthouse", "University", "College", "Hospital", "Clinic", "Infirmary",
)  # fmt: skip


SALIENCE_FEATURES = (
    "mentions",  # sentences-count of mentions
    "acts",  # sentences where it is the one acting (subject, agent)
    "early",  # 1 / (1 + index of its first sentence)
    "person",  # kind, when written as a name
    "organisation",
    "armed_group",
    "government",
    "other_named",  # another kind, written as a name
    "unnamed",  # never written with a capital ("officials", "residents")
    "in_key",  # key points naming it (at most 2)
    "cited",  # only ever named as a source the story cites ("told the Mail")
)


def salience_features(
    m: Mentions, key_sentences: Collection[tuple[str, int]] = ()
) -> tuple[float, ...]:
    """What makes an actor salient, as numbers in SALIENCE_FEATURES order."""
    named = any(form[:1].isupper() for form in m.forms)
    kinds = ("person", "organisation", "armed_group", "government")
    in_key = sum(1 for s in m.sentences if (s.source, s.index) in key_sentences)
    return (
        float(m.count),
        float(len(m.strong)),
        1.0 / (1 + m.first[1]),
        *(float(named and m.kind == kind) for kind in kinds),
        float(named and m.kind not in kinds),
        float(not named),
        float(min(in_key, 2)),
        float(m.cited >= m.count > 0),
    )


@lru_cache(maxsize=1)
def salience_weights() -> tuple[float, ...]:
    """The weights of SALIENCE_FEATURES, from data/salience.json."""
    data = load("salience.json")
    if tuple(data["features"]) != SALIENCE_FEATURES:
        raise ValueError("data/salience.json does not match SALIENCE_FEATURES — refit it")
    return tuple(float(w) for w in data["weights"])
