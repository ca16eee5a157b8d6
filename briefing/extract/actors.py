"""Parsed sentences -> actors: people, organisations, governments, armed groups, states."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ..model import Actor
from .gazetteer import Gazetteer, gazetteer
from .names import TITLES, Mentions, clean, initials, key, person_key
from .nlp import Parsed

_SUBJECT = {"nsubj", "nsubjpass", "agent", "poss"}
_GOVERNMENT = re.compile(
    r"\b(government|ministry|ministers?|department|office|council|parliament|congress|senate|"
    r"cabinet|treasury|commission|administration|presidency|regime|white house|kremlin|"
    r"assembly|police)\b",
    re.IGNORECASE,
)
_ARMED = re.compile(
    r"\b(army|forces|militias?|brigades?|battalions?|front|guards?|rebels?|fighters|militants|"
    r"hizballah|hezbollah|hamas|taliban|al-qaeda|al-shabaab|boko haram|islamic state|isis|isil|"
    r"navy|air force|marines|jihadists?|insurgents?|troops|jama'?at|nusrat|ansar|mujahid\w*|"
    r"jihad\w*|shabaab|wal-muslimin|gendarmerie)\b",
    re.IGNORECASE,
)
# Heads of descriptive group phrases ("pro-regime forces", "Iraqi militias").
GROUP_HEADS = {
    "forces": "armed_group",
    "force": "armed_group",
    "militia": "armed_group",
    "militias": "armed_group",
    "fighters": "armed_group",
    "troops": "armed_group",
    "rebels": "armed_group",
    "militants": "armed_group",
    "insurgents": "armed_group",
    "soldiers": "armed_group",
    "army": "armed_group",
    "coalition": "armed_group",
    "jihadists": "armed_group",
    "gunmen": "armed_group",
    "regime": "government",
    "government": "government",
    "officials": "government",
    "authorities": "government",
    "ministry": "government",
    "police": "government",
    "protesters": "nationality_group",
    "demonstrators": "nationality_group",
    "refugees": "nationality_group",
    "civilians": "nationality_group",
}
_GROUP_MODIFIER = re.compile(r"^(pro|anti)-|-(backed|led|allied|aligned)$", re.IGNORECASE)
_QUALIFIERS = {"opposition", "partner", "special", "government", "security", "regime", "rebel"}


def find_actors(parsed: Sequence[Parsed]) -> tuple[Actor, ...]:
    """Named and descriptive actors, aliases merged, ranked by salience."""
    order = _source_order(parsed)
    g = gazetteer()
    items: dict[str, Mentions] = {}
    acronyms: dict[str, str] = {}  # "unhcr" -> key of "United Nations refugee agency"
    for p in parsed:
        pos = order[p.sentence.source]
        defined = _acronym_definitions(p.sentence.text)
        for long_form, acronym in defined:
            long_key = key(long_form)
            acronyms.setdefault(key(acronym), long_key)
            item = items.setdefault(long_key, Mentions(_org_kind(long_form)))
            item.add(long_form, p.sentence, pos, False)
        for surface, kind, strong in _mentions(p.doc, g):
            if any(surface in long_form or surface == short for long_form, short in defined):
                continue  # counted with "Islamic State in the Greater Sahara (ISGS)" above
            k = person_key(surface) if kind == "person" else key(surface)
            if not k:
                continue
            item = items.setdefault(k, Mentions(kind))
            item.add(surface, p.sentence, pos, strong)
    for short, long_key in acronyms.items():
        if short in items and short != long_key:
            items[long_key].absorb(items.pop(short))
    merged = _merge(items)
    actors = [
        Actor(
            name=m.name(),
            kind=m.kind,
            aliases=m.aliases(),
            mentions=m.count,
            evidence=m.evidence(),
        )
        for m in sorted(merged, key=lambda m: (-_salience(m), m.first))
    ]
    return tuple(actors)


def _source_order(parsed: Sequence[Parsed]) -> dict[str, int]:
    order: dict[str, int] = {}
    for p in parsed:
        order.setdefault(p.sentence.source, len(order))
    return order


def _mentions(doc: Any, g: Gazetteer) -> list[tuple[str, str, bool]]:
    """(surface, kind, acts) for each actor mention in one sentence."""
    out: list[tuple[str, str, bool]] = []
    covered: set[int] = set()
    for ent in doc.ents:
        surface = clean(ent.text)
        if len(surface) < 2 or not any(c.isalpha() for c in surface):
            continue
        if key(surface) in TITLES:
            continue  # "Interior" of "Interior Minister ..."
        if ent.start == 0 and surface.isupper() and len(surface) > 4 and _dateline(doc, ent):
            continue  # "NIAMEY, 9 June —": a dateline, not an actor
        acts = ent.root.dep_ in _SUBJECT
        label = ent.label_
        if (label == "ORG" and not surface.isupper() and g.is_place(key(surface))) or (
            label == "PERSON" and g.is_place(key(surface), cities=False)
        ):
            label = "GPE"  # a place NER mislabelled ("Niamey" as ORG, "Mali" as PERSON)
        kind = None
        if label == "PERSON":
            kind = "person"
        elif label == "ORG":
            kind = _org_kind(surface)
        elif label == "NORP" and (ent.root.tag_ in ("NNPS", "NNS") or acts):
            kind = "nationality_group"
        elif label == "GPE" and acts:
            kind = "state"
        if kind:
            out.append((surface, kind, acts))
            covered.update(range(ent.start, ent.end))
    for chunk in doc.noun_chunks:
        group = _group(chunk)
        if group and chunk.root.i not in covered:
            surface, kind = group
            out.append((surface, kind, chunk.root.dep_ in _SUBJECT))
    return out


_ACRONYM = re.compile(
    r"((?:[A-Z][\w'\u2019.-]*|al-[\w-]+)(?:\s+(?:[A-Z][\w'\u2019.-]*|al-[\w-]+|of|the|in|for|and|on|"
    r"wal-[\w-]+|de|du|des|la|le|refugee|agency|force|forces|party|front|group))*)\s+\(([A-Z][A-Za-z&]{1,9})\)"
)


def _acronym_definitions(text: str) -> list[tuple[str, str]]:
    """Names defined with an acronym in brackets: "Islamic State in the Greater Sahara (ISGS)"."""
    out = []
    for match in _ACRONYM.finditer(text):
        long_form = clean(match.group(1))
        words = long_form.split()
        letters = match.group(2).replace("&", "")
        # Keep only the trailing words that could spell the acronym (drop "Militants linked to").
        while len(words) > 2 and words[0][0].upper() != letters[0].upper():
            words = words[1:]
        if len(words) >= 2:
            out.append((" ".join(words), match.group(2)))
    return out


def _dateline(doc: Any, ent: Any) -> bool:
    return ent.end < len(doc) and doc[ent.end].text in (",", "(", "\u2014", "-")


def _org_kind(surface: str) -> str:
    if _ARMED.search(surface):
        return "armed_group"
    if _GOVERNMENT.search(surface):
        return "government"
    return "organisation"


def _group(chunk: Any) -> tuple[str, str] | None:
    """A descriptive group: a group head qualified by a nationality, pro-/anti-, -backed..."""
    head = chunk.root.text.lower()
    kind = GROUP_HEADS.get(head)
    if kind is None:
        return None
    qualified = False
    start = chunk.start
    for token in chunk:
        if token.i >= chunk.root.i:
            break
        if token.dep_ == "det" or token.is_stop:
            start = token.i + 1
            continue
        if (
            token.ent_type_ in ("NORP", "GPE", "ORG")
            or _GROUP_MODIFIER.search(token.text)
            or token.lower_ in _QUALIFIERS
        ):
            qualified = True
    if not qualified:
        return None
    doc = chunk.doc
    surface = clean(doc[start : chunk.root.i + 1].text)
    return (surface, kind) if len(surface.split()) >= 2 else None


def _salience(m: Mentions) -> float:
    """More mentions, acting, and appearing early make an actor more salient."""
    return m.count + 0.5 * len(m.strong) + 2.0 / (1 + m.first[1])


def _merge(items: dict[str, Mentions]) -> list[Mentions]:
    """Merge short forms into full ones: surnames into people, acronyms into names."""
    keys = sorted(items, key=lambda k: (-len(k.split()), k))
    merged: dict[str, Mentions] = {}
    for k in keys:
        item = items[k]
        target = None
        for full_key, full in merged.items():
            if _same(k, item, full_key, full):
                target = full
                break
        if target is None:
            merged[k] = item
        else:
            target.absorb(item)
    return list(merged.values())


def _same(short_key: str, short: Mentions, full_key: str, full: Mentions) -> bool:
    short_words, full_words = short_key.split(), full_key.split()
    if short.kind == "person" and full.kind == "person":
        # "Blair" or "Tony Blair" into "Prime Minister Tony Blair"; keys split "al-Assad".
        return len(short_words) < len(full_words) and full_words[-len(short_words) :] == short_words
    acronym = short_key.replace(" ", "")
    if len(short_words) == 1 and 2 <= len(acronym) <= 6:
        for form in full.forms:
            if initials(form).lower() == acronym and len(form.split()) >= 2:
                return True
    return False
