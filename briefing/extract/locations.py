"""Parsed sentences -> locations, resolved offline (see gazetteer.py) and ranked."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..data import load
from ..model import Location, Sentence
from .gazetteer import Gazetteer, Place, gazetteer, spelt_alike
from .names import (
    REPORTING,
    TITLES,
    Mentions,
    business_names,
    clean,
    dateline,
    is_name_word,
    key,
    looks_named,
    person_nouns,
    split_at_rank,
    untagged_names,
)
from .nlp import Parsed
from .weighing import LogisticModel, load_model

_WATER = re.compile(r"\b(sea|ocean|gulf|bay|river|lake|strait|straits|channel|canal)\b", re.I)
_REGION_NOUNS = frozenset(
    "province region governorate district state county oblast prefecture".split()  # noqa: SIM905
)
_REGION = re.compile(
    r"\b(province|region|governorate|district|state|county|valley|desert|ward|oblast)\b", re.I
)
PLACE_LABELS = ("GPE", "LOC", "FAC")
_STREET = re.compile(
    r"\b(Road|Street|Avenue|Lane|Square|Boulevard|Airport|Highway|Interstate|Motorway|Pass|"
    r"Bridge|Tunnel)\b"
)
# The last word of an organisation's name: "Oklahoma Highway Patrol" is no highway.
ORG_TAIL = re.compile(
    r"\b(Patrol|Police|Authority|Agency|Department|Service|Commission|Company|Corporation|"
    r"Council|Board|Trust|Association|Union|Group|Institute|Foundation|Office|Club)$"
)


def names_a_street(surface: str) -> bool:
    """A road, bridge, airport … by its name: "Birch Road East", not "Oklahoma Highway Patrol"."""
    return bool(_STREET.search(surface)) and not ORG_TAIL.search(surface)


_ACTING = {"nsubj", "nsubjpass", "agent", "poss"}
# Verbs whose object is a government when it is a capital ("accused Washington").
_ADDRESSED = re.compile(
    r"(accus|warn|urg|critici[sz]|blam|condemn|thank|prais|press|told|tell|ask|persuad|"
    r"convinc|support|back|sanction|punish|reassur|threat|defied|defy|snub|reject|call)"
)
# Prepositions that put what follows as a scene: "fighting in X", "fled to X", "near X".
# Not "on": before a name it is mostly a platform, a topic or a target ("a user on Weibo",
# "the impact on Europe"), and "on the border" is a noun, not a name.
_LOCATIVE = frozenset(
    """
    in at near across inside outside within throughout into to from around along over
    through toward towards via off beyond among onto upon
    """.split()  # noqa: SIM905 - a word list reads best as words
)
# Verbs whose subject is a state being, having or needing, not acting: "Italy is prone".
STATIVE = frozenset(
    """
    is are was were be been being 's am has have had having become becomes became remain
    remains remained seem seems seemed need needs needed lie lies lay sit sits
    """.split()  # noqa: SIM905 - a word list reads best as words
)
_COMPASS = {
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
    "north east", "north west", "south east", "south west",
}  # fmt: skip


def place_mentions(
    doc: Any,
    g: Gazetteer,
    countries: set[str],
    brand_words: Collection[str] = (),
    scenes: Collection[str] = (),
) -> list[tuple[str, str, bool, bool]]:
    """(surface, NER label, acts, setting) of each place in a sentence, including places NER
    mislabelled; ``acts``: the name is the subject or possessor ("Athens insisted");
    ``setting``: something happens there ("fighting in Syria", see is_setting); ``scenes``:
    names the text uses as scenes somewhere (see named_as_scene)."""
    out = []
    for ent in _joined_places(doc, g):
        while (
            len(ent) > 1
            and ent.end < len(doc)
            and ent[-1].lower_ in _OFFICE_QUALIFIERS
            and doc[ent.end].lower_ in _OFFICES
        ):
            ent = ent[:-1]  # "Lehigh County" of "Lehigh County District Attorney"
        surface = clean(ent.text)
        k = key(surface)
        if len(k) < 2 or not looks_named(surface) or " - " in surface or dateline(ent):
            continue
        if k.split()[0] in TITLES and len(k.split()) > 1:
            continue  # "Mr Hussen" tagged as a place
        if k in _COMPASS or k in load("actors.json")["demonyms"]:
            continue  # "Southeast" alone, "Nepali": not a place
        if _in_a_title(doc, ent):
            continue  # "Lord Walker of Gestingthorpe"
        if ent.end < len(doc) and doc[ent.end].lower_ == "party":
            continue  # "the ruling Syriza party"
        if ent.end < len(doc) and doc[ent.end].text in ("-", "\u2010") and not ent[-1].whitespace_:
            continue  # "US-backed", "Iran-led": who backs or leads, not where
        if _ends_a_longer_name(doc, ent):
            continue  # "Islamic State in the Greater Sahara (ISGS)": a group, not a place
        acts = ent.root.dep_ in _ACTING or addressed_capital(ent, k, g)
        setting = is_setting(ent.root)
        after = doc[ent.end] if ent.end < len(doc) else None
        if ent.label_ == "ORG" and after is not None and after.lower_ in _SITES:
            # "Census Bureau headquarters"
            out.append((f"{surface} {after.text}", "FAC", False, setting))
            continue
        site = _site_of(ent)
        if site is not None:
            out.append(site)  # "in a Walmart parking lot": the place is the lot
            continue
        if ent.label_ == "ORG" and _SITE_NAME.search(surface) and setting:
            before = doc[max(0, ent.start - 2) : ent.start]
            if len(before) == 2 and before[1].tag_ == "POS" and before[0].pos_ == "PROPN":
                surface = clean(doc[ent.start - 2 : ent.end].text)  # "Duncan's District Court"
            out.append((surface, "FAC", acts, setting))  # "girls from Bethnal Green Academy"
            continue
        if ent.label_ in ("ORG", "FAC") and ent[0].text in _SITE_PREFIXES and setting:
            out.append((surface, "FAC", acts, setting))
            continue  # "HMP Darrowby" as one name
        if ent.start > 0 and doc[ent.start - 1].text in _SITE_PREFIXES and setting:
            out.append((f"{doc[ent.start - 1].text} {surface}", "FAC", acts, setting))
            continue  # "serving time at HMP Birmingham"
        if k in _CONTINENTS and ent.start > 0 and doc[ent.start - 1].lower_ in _QUARTERS:
            surface = f"{doc[ent.start - 1].text} {surface}"  # "south Asia", "West Africa"
        elif ent.start > 0 and doc[ent.start - 1].lower_ in _QUARTERS and g.country_code(k):
            # "northern Russia", "southern Iraq": a part of the country, named as the text does
            out.append((f"{doc[ent.start - 1].text} {surface}", "LOC", False, setting))
            continue
        if ent.label_ in ("PERSON", "ORG", "FAC") and _names_a_region(ent):
            # "Sennar state" (NER: a person), "Benishangul-Gumuz region" (a facility)
            region = doc[ent.end]
            out.append((f"{surface} {region.text}", "LOC", acts, is_setting(region)))
        elif ent.label_ in PLACE_LABELS:
            out.append((surface, ent.label_, acts, setting))
        elif is_mislabelled_place(ent.label_, surface, g, countries, brand_words):
            out.append((surface, "GPE", acts, setting))
        elif ent.label_ in ("PERSON", "ORG", "NORP") and (named_as_scene(ent) or k in scenes):
            out.append((surface, "GPE", acts, setting))  # "fled to Tal Tamr"
        elif ent.label_ in ("ORG", "PERSON") and names_a_street(surface):
            # "Birch Road East" tagged as an organisation
            out.append((surface, "FAC", acts, setting))
    out.extend((name, "GPE", False, True) for name in _untagged_settlements(doc))
    out.extend(_untagged_sites(doc))
    return out


def _untagged_sites(doc: Any) -> list[tuple[str, str, bool, bool]]:
    """A site by its prefix that NER left untagged: "serving time at HMP Darrowby"."""
    out = []
    for token in doc[:-1]:
        name = doc[token.i + 1]
        if (
            token.text in _SITE_PREFIXES
            and not token.ent_type_
            and not name.ent_type_
            and name.pos_ == "PROPN"
            and is_setting(name)
        ):
            out.append((f"{token.text} {name.text}", "FAC", False, True))
    return out


def _untagged_settlements(doc: Any) -> list[str]:
    """Names NER left untagged that the sentence makes a settlement: "Residents of
    Tayeeglow said", "the village of Bulo Mareer"."""
    out = []
    for token in doc:
        if (
            token.dep_ == "pobj"
            and token.ent_iob_ == "O"
            and is_name_word(token)
            and _names_a_settlement(token.head)
        ):
            start = token.i
            while start > 0 and doc[start - 1].dep_ == "compound" and is_name_word(doc[start - 1]):
                start -= 1
            out.append(doc[start : token.i + 1].text)
    return out


# Offices a place's name qualifies, and the words NER takes from the office into the place.
_OFFICES = frozenset(
    "attorney attorneys court judge sheriff prosecutor prosecutors coroner clerk".split()  # noqa: SIM905
)
_OFFICE_QUALIFIERS = frozenset("district circuit superior municipal".split())  # noqa: SIM905
_SITES = {"headquarters", "hq", "campus", "compound", "embassy", "consulate", "base", "plant"}
# Nouns for a site an organisation runs: "a Walmart parking lot", "the CBP facility".
_SITE_NOUNS = frozenset(
    """
    lot store shop supermarket mall school academy university college hospital clinic hotel
    facility centre center station prison jail camp factory plant mine port stadium church
    mosque temple office offices warehouse studio headquarters base compound depot
    """.split()  # noqa: SIM905 - a word list reads best as words
)
# An organisation named for the site it is: "Bethnal Green Academy", "Belmarsh Prison".
_SITE_NAME = re.compile(
    r"\b(Academy|School|College|University|Hospital|Clinic|Prison|Jail|Hotel|Stadium|Station|"
    r"Barracks|Camp|Mall|Market|Infirmary|Court|Courthouse|Airport|Hall)$"
)
# Words before a place's name that make it a site there: "HMP Birmingham" is the prison.
_SITE_PREFIXES = frozenset("HMP HMYOI RAF".split())  # noqa: SIM905


def _site_of(ent: Any) -> tuple[str, str, bool, bool] | None:
    """An organisation naming the site where something happens: "in a Walmart parking lot"
    is the place "Walmart parking lot" (a facility), not Walmart."""
    if ent.label_ != "ORG" or ent.root.dep_ not in ("compound", "nmod"):
        return None
    head = ent.root.head
    if head.lower_ not in _SITE_NOUNS or head.i < ent.end or not is_setting(head):
        return None
    between = ent.doc[ent.end : head.i]
    if any(t.dep_ != "compound" for t in between):
        return None
    return (clean(ent.doc[ent.start : head.i + 1].text), "FAC", False, True)


_CONTINENTS = {"asia", "africa", "europe", "america", "latin america"}
_QUARTERS = {
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "south-east", "southeast", "north-east", "northeast", "south-west", "southwest",
    "north-west", "northwest", "sub-saharan",
}  # fmt: skip


def _ends_a_longer_name(doc: Any, ent: Any) -> bool:
    """The place closes a name its acronym spells out: "... in the Greater Sahara (ISGS)"."""
    after = doc[ent.end : ent.end + 3]
    if len(after) < 3 or after[0].text != "(" or after[2].text != ")":
        return False
    acronym = after[1].text
    capitals = sum(1 for t in ent if t.text[:1].isupper())
    return acronym.isupper() and len(acronym) > capitals


_PEERAGE = {"lord", "lady", "baron", "baroness", "earl", "duke", "duchess", "viscount", "bishop"}


def _in_a_title(doc: Any, ent: Any) -> bool:
    """A place that is part of a person's title: "Lord Walker of Gestingthorpe"."""
    if ent.start < 2 or doc[ent.start - 1].lower_ != "of":
        return False
    return any(t.lower_ in _PEERAGE for t in doc[max(0, ent.start - 5) : ent.start - 1])


def first_conjunct(token: Any) -> Any:
    """ "Portugal" in "the Netherlands, Portugal and the Czech Republic announced": the word
    whose role in the sentence the list shares (also after "as well as", which the parser
    hangs on the conjunction: "visit Aceh, as well as Sri Lanka")."""
    while token.head is not token:
        if token.dep_ == "conj":
            token = token.head
        elif token.dep_ == "pobj" and token.head.dep_ == "cc" and token.head.head is not token:
            joined = token.head.head  # a noun, or the verb whose object it joins
            obj = next((c for c in joined.children if c.dep_ == "dobj"), None)
            token = obj if joined.tag_.startswith("VB") and obj is not None else joined
        else:
            break
    return token


def is_setting(token: Any) -> bool:
    """The place is where something happens: the object of "in/at/near/to/across …", or a
    list joined to one ("in Syria and Iraq")."""
    token = first_conjunct(token)
    head = token.head
    if token.dep_ in ("compound", "nmod", "poss", "det", "appos") and head is not token:
        # "held in Belmarsh prison", "at the Census Bureau headquarters"; not "outside the US
        # embassy" (the US is not where that is) or "to US President George Bush"
        return (
            head.ent_type_ not in ("PERSON", "NORP")
            and head.lower_ not in TITLES
            and head.lower_ not in _ABROAD
            and head.lower_ not in person_nouns()
            and is_setting(head)
        )
    if token.dep_ == "pobj" and head.lower_ in _LOCATIVE:
        # "to"/"from" after a verb is a scene only for going ("fled to Syria"), not for
        # writing or speaking ("wrote to Barnes"); after a noun it is ("the road to Tera")
        return head.lower_ not in ("to", "from") or _moving(head.head)
    if token.dep_ == "pobj" and _names_a_settlement(head):
        return True  # "the town of Bhaktapur", "Karauli district of Rajasthan"
    if (
        token.dep_ == "pobj"
        and head.lower_ == "of"
        and head.head.pos_ == "NOUN"
        and head.head.lower_ not in person_nouns()
        and head.head.dep_ == "pobj"
        and is_setting(head.head)
    ):
        return True  # "a bomb exploded in the central market of Korvasta"
    if token.dep_ == "dobj" and head.lower_.startswith(_GOING):
        return True  # "visiting Israel", "the quake that hit Nepal"
    # "the south of Syria", "the border with Lebanon": a part or edge of the place (the
    # preposition may hang on the verb instead: "tracking them towards the border with Mali")
    return token.dep_ == "pobj" and (
        head.head.lower_ in _AREAS or (head.i > 0 and head.doc[head.i - 1].lower_ in _AREAS)
    )


def _names_a_settlement(prep: Any) -> bool:
    """The preposition is the "of" of "the village of …", "… district of …", "residents of …"."""
    return prep.lower_ == "of" and prep.head.lower_ in _SETTLEMENTS


# What a place is called beside its name: "Ed Damazin, the state capital".
_PLACE_APPOSITIONS = frozenset(
    "capital village town city district province region county suburb island port".split()  # noqa: SIM905
)
# A country's posts abroad: "the US embassy" is not in the US.
_ABROAD = frozenset(["embassy", "embassies", "consulate", "base", "bases", "mission", "forces"])
# Verbs whose object is a scene: going there, leaving it, striking it.
_GOING = tuple(
    """
    visit enter invad reach leav left cross tour occup fled flee quit return hit struck
    strik rock devastat ravag swept sweep shell bomb raid
    """.split()  # noqa: SIM905 - a word list reads best as words
)
# Nouns whose "of/with X" is a part or edge of the place: "the outskirts of Kabul".
_AREAS = frozenset(
    """
    north south east west centre center heart outskirts edge part parts region regions area
    areas border borders coast capital city cities province provinces interior rest length
    breadth soil streets frontier frontiers coastline shores hub hubs
    """.split()  # noqa: SIM905 - a word list reads best as words
)


# Nouns that name a settlement or area by what follows: "the village of Tal Baydar".
_SETTLEMENTS = frozenset(
    """
    village villages town towns city cities district districts province provinces region
    regions county counties state states
    suburb neighbourhood neighborhood camp municipality commune hamlet island
    residents inhabitants villagers townspeople citizens
    """.split()  # noqa: SIM905 - a word list reads best as words
)
_SPATIAL = frozenset(
    """
    in at near towards toward into outside inside across around through
    """.split()  # noqa: SIM905 - a word list reads best as words
)
_MOTION = tuple(
    """
    fled flee mov travel went go head deploy evacuat driv drove walk sail flew fly march
    advanc retreat withdr push return arriv reach sent send flow pour stream ship deliver
    airlift carr brought bring escap migrat relocat transfer smuggl
    """.split()  # noqa: SIM905 - a word list reads best as words
)


_MOVING = _MOTION + _GOING
# The sky: planets, moons and stars are named like towns ("Jupiter", Florida) but are none.
_CELESTIAL = frozenset(
    """sun moon earth mercury venus mars jupiter saturn uranus neptune pluto europa titan
    ganymede callisto io enceladus ceres""".split()  # noqa: SIM905
)
# Ways of getting somewhere: "trains to Machu Picchu", "the road from Kurmuk" name places.
_ROUTES = frozenset(
    """road roads route routes highway train trains flight flights bus buses ferry ferries
    border crossing convoy convoys corridor journey trip access""".split()  # noqa: SIM905
)


def _joined_places(doc: Any, g: Gazetteer) -> list[Any]:
    """The sentence's entities, with "X and Y" one place where the gazetteer knows it as one
    ("Trinidad and Tobago", "England and Wales"), though NER tagged two."""
    ents = list(doc.ents)
    out: list[Any] = []
    i = 0
    while i < len(ents):
        ent = ents[i]
        nxt = ents[i + 1] if i + 1 < len(ents) else None
        if (
            nxt is not None
            and ent.label_ in PLACE_LABELS
            and nxt.start == ent.end + 1
            and doc[ent.end].lower_ == "and"
            and g.is_place(key(doc[ent.start : nxt.end].text), cities=False)
        ):
            joined = doc[ent.start : nxt.end]
            joined.label_ = ent.label_
            out.append(joined)
            i += 2
            continue
        out.append(ent)
        i += 1
    return out


@lru_cache(maxsize=1)
def known_bodies() -> dict[str, tuple[str, str]]:
    """The well-known groups and bodies of data/actors.json by the key of any name they go
    by: key -> (canonical name, kind). The actor stage reads the same table."""
    return {
        key(form): (item["name"], item["kind"])
        for item in load("actors.json")["known"]
        for form in [item["name"], *item["aliases"]]
    }


def scene_names(parsed: Sequence[Parsed]) -> frozenset[str]:
    """Keys of the names the text uses as a scene somewhere ("the town of al-Bukamal"): the
    same name elsewhere ("Residents of al-Bukamal said") is that place, not an organisation."""
    return frozenset(key(clean(e.text)) for p in parsed for e in p.doc.ents if named_as_scene(e))


def _names_a_region(ent: Any) -> bool:
    """The name qualifies a region word after it: "Sennar state", "Benishangul-Gumuz region"
    are regions, whatever NER took the name for."""
    doc = ent.doc
    return (
        ent.end < len(doc)
        and doc[ent.end].text in _REGION_NOUNS  # lower case: "Islamic State" is no region
        and any(t.head.i == ent.end and t.dep_ != "det" for t in ent)
    )


def named_as_scene(ent: Any) -> bool:
    """A name NER took for a person, organisation or nationality that the sentence uses as a
    place:
    "the village of Tal Baydar", "fled to Tal Tamr", "shelling near Tal Baydar", "trains to
    Aguas Verdes". For an organisation only the naming pattern and routes count ("at
    Walmart", "a stake in Irancell" stay organisations); a person with a title before the
    name stays a person."""
    if named_as_settlement(ent):
        return True
    token = first_conjunct(ent.root)
    if token.dep_ != "pobj":
        return False
    prep = token.head
    doc = ent.doc
    singular_norp = ent.label_ == "NORP" and ent.root.tag_ == "NNP"  # "in the Peloponnese"
    if not (ent.label_ == "PERSON" or singular_norp) or (
        ent.start > 0 and doc[ent.start - 1].lower_ in TITLES
    ):
        return False
    return prep.lower_ in _SPATIAL or journey_end(ent)


def journey_end(ent: Any) -> bool:
    """Where someone goes or comes from: "fled to Tal Tamr", "returned from Makhanga"."""
    token = first_conjunct(ent.root)
    prep = token.head
    return (
        token.dep_ == "pobj"
        and prep.lower_ in ("to", "from")
        and prep.head.lower_.startswith(_MOTION)
    )


def named_as_settlement(ent: Any) -> bool:
    """The sentence names it as a place by its kind or as the end of a route, whatever NER
    took it for: "the village of Tal Baydar", "residents of al-Qaim", "Sennar state",
    "Ed Damazin, the state capital", "trains to Aguas Verdes"."""
    if _names_a_region(ent):
        return True
    if any(c.dep_ == "appos" and c.lower_ in _PLACE_APPOSITIONS for c in ent.root.children):
        return True  # "Ed Damazin, the state capital"
    token = first_conjunct(ent.root)
    if token.dep_ != "pobj":
        return False
    prep = token.head
    return _names_a_settlement(prep) or (
        prep.lower_ in ("to", "from") and prep.head.lower_ in _ROUTES
    )


def _moving(word: Any) -> bool:
    """The word a "to"/"from" hangs on is a noun or a verb of going ("fled", "sent"), or a
    way of getting there the tagger took for a verb ("trains to Machu Picchu")."""
    return (
        not word.tag_.startswith("VB") or word.lower_.startswith(_MOVING) or word.lower_ in _ROUTES
    )


def described_as_person(ent: Any) -> bool:
    """A name the sentence describes as a person: "Mahendra, a butcher", "her husband,
    Mahendra": whatever NER took it for."""
    root = ent.root
    if root.dep_ == "appos" and root.head.lower_ in person_nouns():
        return True
    return any(c.dep_ == "appos" and c.lower_ in person_nouns() for c in root.children)


def state_acts(token: Any, agentive: Collection[str]) -> bool:
    """A country (or capital) that acts: the subject of a verb that is not being or having,
    the agent of a passive, the possessor of a government, army, minister …
    (``agentive``: such heads). "Italy is prone", "Spain's election", "China's version"
    name the country without its acting."""
    token = first_conjunct(token)
    dep, head = token.dep_, token.head
    if dep == "nsubj":
        return head.lower_ not in STATIVE
    if dep == "pobj" and head.dep_ == "agent":
        return True
    if dep == "poss":
        return head.lower_ in agentive or head.lower_.rstrip("s") in agentive
    return False


def addressed_capital(ent: Any, k: str, g: Gazetteer) -> bool:
    """A capital that is the object of accusing, urging, warning...: "accused Washington" is
    the government, not the city."""
    return (
        ent.root.dep_ == "dobj" and k in g.capitals and bool(_ADDRESSED.match(ent.root.head.lower_))
    )


def full_name_words(parsed: Sequence[Parsed]) -> frozenset[str]:
    """Keys of the words of people's full names ("richard", "hammond"): alone, such a word
    is the person ("Hammond"), not a town or an organisation."""
    return frozenset(
        w
        for p in parsed
        for ent in p.doc.ents
        for e in split_at_rank(p.doc, ent)  # "Army Spc Caleb Barnes": Caleb Barnes
        if e.label_ == "PERSON" and len(key(e.text).split()) > 1
        for w in key(e.text).split()
    )


def lower_case_words(parsed: Sequence[Parsed]) -> frozenset[str]:
    """Words the text writes in lower case mid-sentence: "Telecoms" or "Tsunami" opening a
    sentence is one of them, not a name."""
    return frozenset(t.text for p in parsed for t in p.doc if t.is_lower and not t.is_sent_start)


def brands(parsed: Sequence[Parsed]) -> frozenset[str]:
    """Keys of the first words of organisation names of two words or more ("asahi")."""
    return frozenset(
        key(e[0].text) for p in parsed for e in p.doc.ents if e.label_ == "ORG" and len(e) > 1
    )


def countries_named(parsed: Sequence[Parsed], g: Gazetteer) -> set[str]:
    """ISO codes of the countries named anywhere in the text, or whose state, county or
    curated place is."""
    named = set()
    for p in parsed:
        for e in p.doc.ents:
            k = key(clean(e.text))
            code = g.country_code(k) or (g.curated[k].country if k in g.curated else None)
            if code:
                named.add(code)  # "Colorado" names the United States too
    return named


def is_mislabelled_place(
    label: str, surface: str, g: Gazetteer, countries: set[str], brands: Collection[str] = ()
) -> bool:
    """A place NER tagged as something else: "Niamey" as ORG, "Mali" or "Chimoio" as PERSON.

    ``brands``: first words of longer organisation names in the text; "Asahi" next to
    "Asahi Breweries" is the company, not the town.
    """
    k = key(surface)
    if label == "ORG":
        return not surface.isupper() and k not in brands and g.is_local_place(k, countries)
    if label in ("PERSON", "NORP"):
        return g.is_place(k, cities=False) or (
            label == "PERSON"
            and any(
                c.country in countries and spelt_alike(k, key(c.name)) for c in g.cities.get(k, ())
            )
        )
    return False


@dataclass(frozen=True)
class TextFacts:
    """What the whole text says about its names, read once and shared by the actor and the
    location stages (NER is not consistent from one sentence to the next)."""

    countries: set[str]  # ISO codes of the countries it names (countries_named)
    lower: frozenset[str]  # words it writes in lower case (lower_case_words)
    brands: frozenset[str]  # first words of its organisation names (brands)
    name_words: frozenset[str]  # words of people's full names (full_name_words)
    scenes: frozenset[str]  # names it uses as scenes anywhere (scene_names)
    businesses: frozenset[str]  # names it says are organisations (business_names)
    people: frozenset[str]  # names it treats as people, whatever their roles (people_named)


def text_facts(parsed: Sequence[Parsed], g: Gazetteer) -> TextFacts:
    return TextFacts(
        countries=countries_named(parsed, g),
        lower=lower_case_words(parsed),
        brands=brands(parsed),
        name_words=full_name_words(parsed),  # "Kent" after "Clark Kent" is the person
        scenes=scene_names(parsed),
        businesses=business_names(parsed),
        people=people_named(parsed),
    )


def find_locations(
    parsed: Sequence[Parsed],
    key_sentences: Collection[tuple[str, int]] = (),
    facts: TextFacts | None = None,
    model: LogisticModel | None = None,
) -> tuple[Location, ...]:
    """Places named in the text, merged by what they resolve to, ranked by salience: those of
    location_candidates whose fitted weighing (``model``, else data/locations.json) reaches
    the model's threshold."""
    model = model or location_model()
    return tuple(
        loc
        for loc, features in location_candidates(parsed, key_sentences, facts)
        if model.probability(features) >= model.threshold
    )


def location_candidates(
    parsed: Sequence[Parsed],
    key_sentences: Collection[tuple[str, int]] = (),
    facts: TextFacts | None = None,
) -> list[tuple[Location, tuple[float, ...]]]:
    """Places the rules keep, merged by what they resolve to, ranked by salience, each with
    its LOCATION_FEATURES.

    A country or capital named only as an actor ("Washington believes", "Germany pledged")
    is left to the actors; so is a word the text also writes in lower case ("Tsunami").
    ``key_sentences``: (source, index) of the brief's key points; being named there counts.
    ``facts``: text_facts of these sentences, when the caller has them already.
    """
    g = gazetteer()
    facts = facts or text_facts(parsed, g)
    items: dict[str, tuple[str, Mentions]] = {}
    order: dict[str, int] = {}
    # Words of people's names: "Clarke" or "Tsarnaev" tagged as a place is a person; a name
    # tagged as a person where the sentence makes it a place ("reached Makhanga") is not.
    placed = {key(e.text) for p in parsed for e in p.doc.ents if e.label_ in PLACE_LABELS}
    scenes_named = facts.scenes
    businesses = facts.businesses  # "Ozcare, Australia's largest insurer": no place
    person_words = {
        w
        for p in parsed
        for e in [*p.doc.ents, *untagged_names(p.doc)]  # "Tanka Maya Sitoula, a mother"
        if e.label_ == "PERSON"
        and key(e.text) not in placed
        and key(e.text) not in scenes_named  # "the town of al-Qaim", then "al-Qaim" alone
        and not is_setting(e.root)
        for w in key(e.text).split()
    } | {key(e.text) for p in parsed for e in p.doc.ents if described_as_person(e)}
    name_words, countries, brand_words, lower = (
        facts.name_words,
        facts.countries,
        facts.brands,
        facts.lower,
    )
    scenes: dict[str, set[Sentence]] = {}  # key -> sentences where something happens there
    for p in parsed:
        pos = order.setdefault(p.sentence.source, len(order))
        for surface, label, acts, setting in place_mentions(
            p.doc, g, countries, brand_words, scenes_named
        ):
            _, mentions = items.setdefault(key(surface), (label, Mentions("place")))
            mentions.add(surface, p.sentence, pos, acts)
            if setting:
                scenes.setdefault(key(surface), set()).add(p.sentence)
    mentioned = countries  # "Salem" with "Oregon" in the text is Salem, Oregon
    # names the text calls a region ("Deir ez-Zor province", "Oaxaca state"): the region,
    # not the namesake city
    regional = {
        key(clean(e.text)): e.doc[e.end].text
        for p in parsed
        for e in p.doc.ents
        if e.label_ in ("GPE", "LOC") and _names_a_region(e)
    }
    resolved: dict[str, tuple[Place | None, str, Mentions]] = {}
    in_scene: dict[str, set[Sentence]] = {}
    for k, (label, mentions) in items.items():
        # A facility resolves only when it names a known place ("Buenos Aires" tagged FAC),
        # never to a small namesake town.
        facility = label == "FAC" and not g.is_local_place(k, mentioned)
        if k in _CELESTIAL:
            continue  # "water vapour on Europa, a moon of Jupiter": not Jupiter, Florida
        place = None
        if k in regional and not g.country_code(k):
            place = g.resolve(f"{k} {regional[k]}", mentioned)
        if place is None and not facility:
            place = g.resolve(k, mentioned)
        if place is None and not facility:
            place = _within(mentions.name(), g, mentioned)  # "Hinckley, Leicestershire"
        if place is None and (
            set(k.split()) <= person_words
            or len(k) <= 3
            or (" " not in k and k in lower)
            or k in known_bodies()
            or k in businesses
            or k in facts.people
            or bool(ORG_TAIL.search(mentions.name()))  # "from West Midlands Police"
        ):
            continue  # an unresolved name that is a person's, a bare code ("QC"), a word, a
            # well-known group ("an official in Kataib Hezbollah")
        if (
            place is not None
            and place.kind != "country"
            and k not in g.curated  # "Scotland" of "Ipsos MORI Scotland" is still Scotland
            and " " not in k
            and k in name_words
        ):
            continue  # "Hammond" after "Richard Hammond": the person, not the town
        merge_key = f"{place.kind}:{place.name}:{place.country}" if place else k
        if place is None:  # "Arizona Walmart parking lot" is the "Walmart parking lot"
            merge_key = next(
                (o for o in items if o != k and len(o.split()) >= 2 and k.endswith(" " + o)), k
            )
        in_scene.setdefault(merge_key, set()).update(scenes.get(k, ()))
        if merge_key in resolved:
            resolved[merge_key][2].absorb(mentions)
        else:
            resolved[merge_key] = (place, label, mentions)
    # Countries other places lie in stay, even when only named as actors ("Syria's media");
    # a building that only acts ("the Pentagon said") hosts nothing.
    hosts = {
        r[0].country
        for r in resolved.values()
        if r[0]
        and r[0].kind != "country"
        and not g.is_part_of_country(r[0])  # "northern Russia" is no reason to list Russia
        and not _only_acts(r[0], r[2], g, set())
    }
    # The place the story names most (three times or more) is its subject: "Greece has
    # denied it will fail to pay" is still the Greek story's place.
    top, second = [*sorted((r[2].count for r in resolved.values()), reverse=True), 0, 0][:2]
    subject = next(
        (mk for mk, r in resolved.items() if r[2].count == top >= 3 and second < top), None
    )
    kept = {
        mk: r
        for mk, r in resolved.items()
        if not _only_acts(r[0], r[2], g, hosts)
        and (in_scene[mk] or mk == subject or not _needs_a_scene(r[0], r[2], hosts, countries))
    }
    # The story's own country: the subject's, else the country of the most named place.
    home = next(
        (
            r[0].country
            for r in sorted(kept.values(), key=lambda r: (-r[2].count, r[2].first))
            if r[0] is not None and r[0].country
        ),
        None,
    )
    weighed = [
        (
            r,
            location_features(
                r[0], r[2], len(in_scene[mk]), mk == subject, home, hosts, key_sentences
            ),
        )
        for mk, r in kept.items()
    ]
    ranked = sorted(
        weighed, key=lambda w: (-_salience(w[0][0], w[0][2], key_sentences), w[0][2].first)
    )
    return [(_location(place, label, m, g), features) for (place, label, m), features in ranked]


LOCATION_FEATURES = (
    "mentions",  # log(1 + mentions)
    "scenes",  # log(1 + sentences where something happens there)
    "lead",  # 1 / (1 + index of the first mention / 3)
    "key",  # named in the brief's key points (at most 2)
    "known",  # the gazetteer knows it
    "country",  # its kind in the gazetteer (none of these for a name it does not know)
    "region",
    "city",
    "facility",
    "water",
    "acting",  # share of its mentions as the subject or possessor ("Athens insisted")
    "hosts",  # a country other listed places lie in
    "subject",  # the place the story names most (three times or more)
    "abroad",  # in another country than the story's own (the most named place's)
    "once",  # named once
)


def location_features(
    place: Place | None,
    m: Mentions,
    scenes: int,
    subject: bool,
    home: str | None,
    hosts: Collection[str | None],
    key_sentences: Collection[tuple[str, int]] = (),
) -> tuple[float, ...]:
    """A kept place's cues, in LOCATION_FEATURES order, for the fitted weighing
    (data/locations.json) of whether a careful reader lists it."""
    kind = place.kind if place is not None else ""
    in_key = sum(1 for s in m.sentences if (s.source, s.index) in key_sentences)
    return (
        math.log1p(m.count),
        math.log1p(scenes),
        1.0 / (1 + m.first[1] / 3),
        float(min(in_key, 2)),
        float(place is not None),
        *(float(kind == k) for k in ("country", "region", "city", "facility", "water")),
        len(m.strong) / max(1, len(m.sentences)),
        float(kind == "country" and place is not None and place.country in hosts),
        float(subject),
        float(place is not None and home is not None and place.country not in (None, home)),
        float(m.count == 1),
    )


@lru_cache(maxsize=1)
def location_model() -> LogisticModel:
    """The fitted weighing of kept places (data/locations.json, tools/fit_places.py)."""
    return load_model("locations.json", LOCATION_FEATURES)


def _within(name: str, g: Gazetteer, mentioned: set[str]) -> Place | None:
    """A town written with the region or country it lies in ("Hinckley, Leicestershire",
    "Salem, Oregon" as one name): the town, found in that region's country."""
    town, _, area = name.partition(", ")
    outer = g.resolve(key(area), mentioned) if area and "," not in area else None
    if outer is None or outer.country is None:
        return None
    place = g.resolve(key(town), mentioned | {outer.country})
    return place if place is not None and place.country == outer.country else None


_VOTE = {"GPE": "place", "LOC": "place", "FAC": "place", "PERSON": "person"}


def people_named(parsed: Sequence[Parsed]) -> frozenset[str]:
    """Names the text treats as people: NER calls them a person more often than a place (a
    person saying something, "Elsa Marrow said", counts twice: places rarely speak), and the
    text never names them as a place by its kind or as where someone went ("the village of
    …", "fled to …"). A role alone does not make such a name a place: "took a swipe at
    Myleene Klass", a misparsed "in court Chancey Luna"."""
    votes: dict[str, Counter[str]] = {}
    settled = {key(n) for p in parsed for n in _untagged_settlements(p.doc)}
    for p in parsed:
        for e in p.doc.ents:
            k = key(clean(e.text))
            vote = _VOTE.get(e.label_, "")
            speaks = e.root.dep_ == "nsubj" and e.root.head.lower_ in REPORTING
            votes.setdefault(k, Counter())[vote] += 2 if vote == "person" and speaks else 1
            if named_as_settlement(e) or journey_end(e):
                settled.add(k)
    return frozenset(k for k, v in votes.items() if v["person"] > v["place"] and k not in settled)


def _only_acts(place: Place | None, m: Mentions, g: Gazetteer, hosts: set[str | None]) -> bool:
    """A capital, a building, or a country named once or twice, that is only ever the
    subject or possessor ("Athens insisted", "the Pentagon said", "Germany pledged"): an
    actor, not a location."""
    if place is None or len(m.strong) < len(m.sentences):
        return False
    if place.kind == "country":
        return m.count <= 2 and place.country not in hosts
    if place.kind == "facility":
        return True
    return place.kind == "city" and g.capitals.get(key(place.name)) == place.country


def _needs_a_scene(
    place: Place | None, m: Mentions, hosts: set[str | None], countries: set[str]
) -> bool:
    """Whether the place counts only with a mention where something happens there: a country
    (unless another place named lies in it) or a world region — one that only acts, backs,
    objects or qualifies ("US forces", "the UK's presidency", "Middle East observers") is
    not a location — a name the gazetteer does not know, and a region named once
    in a country the text does not name ("the Zaire strain" of a virus is no Angolan
    province)."""
    if place is None:
        # a name the gazetteer does not know is a place only if something happens there, or
        # if its own words say so ("Birch Road East", "the Pungwe River"): "Alibaba's listing"
        # twice, tagged a place, is not one
        return not any(names_a_street(f) or _WATER.search(f) or _REGION.search(f) for f in m.forms)
    if place.kind == "region" and place.country is None:
        return True  # a continent or world region: "Middle East observers", "across Europe"
    if place.kind == "region" and m.count == 1 and place.country not in countries:
        return True
    return place.kind == "country" and place.country not in hosts


def _salience(
    place: Place | None, m: Mentions, key_sentences: Collection[tuple[str, int]] = ()
) -> float:
    """Mentions, an early first mention, the key points, and being found in the gazetteer."""
    in_key = sum(1 for s in m.sentences if (s.source, s.index) in key_sentences)
    return (
        m.count
        + 1.0 / (1 + m.first[1] / 3)
        + (0.5 if place is not None else 0.0)
        + KEY_BONUS * min(in_key, 2)
    )


KEY_BONUS = 1.0


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
