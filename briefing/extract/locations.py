"""Parsed sentences -> locations, resolved offline (see gazetteer.py) and ranked."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ..model import Location
from .gazetteer import Gazetteer, Place, gazetteer
from .names import TITLES, Mentions, clean, key
from .nlp import Parsed

_WATER = re.compile(r"\b(sea|ocean|gulf|bay|river|lake|strait|straits|channel|canal)\b", re.I)
_REGION = re.compile(
    r"\b(province|region|governorate|district|state|county|valley|desert|ward|oblast)\b", re.I
)
PLACE_LABELS = ("GPE", "LOC", "FAC")


def place_mentions(doc: Any, g: Gazetteer, countries: set[str]) -> list[tuple[str, str]]:
    """(surface, NER label) of each place in a sentence, including places NER mislabelled."""
    out = []
    for ent in doc.ents:
        surface = clean(ent.text)
        k = key(surface)
        if len(k) < 2 or not surface[:1].isupper() or " - " in surface:
            continue
        if k.split()[0] in TITLES and len(k.split()) > 1:
            continue  # "Mr Hussen" tagged as a place
        if ent.label_ in PLACE_LABELS:
            out.append((surface, ent.label_))
        elif is_mislabelled_place(ent.label_, surface, g, countries):
            out.append((surface, "GPE"))
    return out


def countries_named(parsed: Sequence[Parsed], g: Gazetteer) -> set[str]:
    """ISO codes of the countries named anywhere in the text."""
    return {
        code for p in parsed for e in p.doc.ents if (code := g.country_code(key(clean(e.text))))
    }


def is_mislabelled_place(label: str, surface: str, g: Gazetteer, countries: set[str]) -> bool:
    """A place NER tagged as something else: "Niamey" as ORG, "Mali" or "Chimoio" as PERSON."""
    k = key(surface)
    if label == "ORG":
        return not surface.isupper() and g.is_local_place(k, countries)
    if label in ("PERSON", "NORP"):
        return g.is_place(k, cities=False) or (
            label == "PERSON" and any(c.country in countries for c in g.cities.get(k, ()))
        )
    return False


def find_locations(parsed: Sequence[Parsed]) -> tuple[Location, ...]:
    """Places named in the text, merged by what they resolve to, ranked by mentions."""
    g = gazetteer()
    items: dict[str, tuple[str, Mentions]] = {}
    order: dict[str, int] = {}
    # Words of people's names: "Clarke" or "Tsarnaev" tagged as a place is a person.
    person_words = {
        w for p in parsed for e in p.doc.ents if e.label_ == "PERSON" for w in key(e.text).split()
    }
    countries = countries_named(parsed, g)
    for p in parsed:
        pos = order.setdefault(p.sentence.source, len(order))
        for surface, label in place_mentions(p.doc, g, countries):
            _, mentions = items.setdefault(key(surface), (label, Mentions("place")))
            mentions.add(surface, p.sentence, pos)
    mentioned = {code for k in items if (code := g.country_code(k))}
    resolved: dict[str, tuple[Place | None, str, Mentions]] = {}
    for k, (label, mentions) in items.items():
        place = (
            None if label == "FAC" and not g.is_place(k, cities=False) else g.resolve(k, mentioned)
        )
        if place is None and (set(k.split()) <= person_words or len(k) <= 3):
            continue  # an unresolved name that is a person's, or a bare code ("QC")
        merge_key = f"{place.kind}:{place.name}:{place.country}" if place else k
        if merge_key in resolved:
            resolved[merge_key][2].absorb(mentions)
        else:
            resolved[merge_key] = (place, label, mentions)
    ranked = sorted(resolved.values(), key=lambda r: (-_salience(r[0], r[2]), r[2].first))
    return tuple(_location(place, label, m, g) for place, label, m in ranked)


def _salience(place: Place | None, m: Mentions) -> float:
    """Mentions, an early first mention, and being found in the gazetteer."""
    return m.count + 1.0 / (1 + m.first[1] / 3) + (0.5 if place is not None else 0.0)


def _location(place: Place | None, label: str, m: Mentions, g: Gazetteer) -> Location:
    named = place is not None and place.kind in ("country", "water", "facility")
    return Location(
        name=place.name if named and place else m.name(),
        kind=place.kind if place else _kind_from_label(label, m.name()),
        aliases=m.aliases(),
        mentions=m.count,
        country=g.country_names.get(place.country) if place and place.country else None,
        lat=place.lat if place else None,
        lon=place.lon if place else None,
        evidence=m.evidence(1),
    )


def _kind_from_label(label: str, name: str) -> str:
    if label == "FAC":
        return "facility"
    if _WATER.search(name):
        return "water"
    if label == "LOC" or _REGION.search(name):
        return "region"
    return "place"
