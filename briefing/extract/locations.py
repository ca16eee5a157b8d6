"""Parsed sentences -> locations, resolved offline (see gazetteer.py) and ranked.

The place stage in order: every place a sentence names (place_mentions.py), whether
something happens there (scenes.py) and what the whole text says about the name (facts.py),
then here: pooled by place, resolved with the gazetteer, kept by the rules and a fitted
weighing (data/locations.json), ranked."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from functools import lru_cache
from itertools import pairwise
from statistics import fmean
from typing import Any

from ..data import load
from ..model import Evidence, Location, Sentence
from .facts import COMPASS_WORDS, UK_NATIONS, TextFacts, known_bodies, text_facts
from .gazetteer import (
    Gazetteer,
    Place,
    airport,
    gazetteer,
    km,
    namesakes,
    small_town,
    spelt_alike,
    spelt_otherwise,
    town_by_another_name,
)
from .names import (
    Mentions,
    clean,
    key,
    person_shaped,
    untagged_names,
)
from .nlp import Parsed
from .place_mentions import (
    NAMED_AREAS,
    ORG_TAIL,
    PLACE_LABELS,
    QUARTERS,
    area_written_after,
    called_a_town,
    landform_of,
    names_a_site,
    names_a_street,
    names_water_or_land,
    place_mentions,
    untagged_regions,
)
from .scenes import (
    CELESTIAL,
    described_as_person,
    first_conjunct,
    is_region_noun,
    is_setting,
    names_a_region,
    singular,
)
from .weighing import LogisticModel, load_model

_WATER = re.compile(r"\b(sea|ocean|gulf|bay|river|lake|strait|straits|channel|canal)\b", re.I)
_REGION = re.compile(
    r"\b(province|region|governorate|district|state|county|valley|desert|ward|oblast|prefecture|"
    r"department|canton)\b",
    re.I,
)
# An administrative word after a name: "Ituri province" is Ituri (not "valley": "the Selva"
# is the river of "the Selva valley").
_ADMINISTRATIVE = re.compile(
    r"province|region|governorate|district|state|county|territory|city|town|village|canton"
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
        and key(e.text) not in businesses  # "Campaign group Save Hitchin Fields": no person
        and not is_setting(e.root)
        and not names_water_or_land(clean(e.text))  # "Kibbutz Be'eri" (NER: a person)
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
        found = place_mentions(
            p.doc, g, countries, brand_words, scenes_named, facts.firms, facts.storms, facts.sides
        )
        towns = [f[0] for f in found if f[1] in ("GPE", "LOC")]  # not a site named for its
        # town ("HMP Wandsworth" keeps Wandsworth where it stands)
        for surface, label, acts, setting in found:
            if _only_inside_another(surface, towns, p.sentence.text):
                continue  # "Stoke" of "near Stoke-on-Trent", found twice
            _, mentions = items.setdefault(key(surface), (label, Mentions("place")))
            mentions.add(surface, p.sentence, pos, acts)
            if setting:
                scenes.setdefault(key(surface), set()).add(p.sentence)
    filed_only: set[int] = set()  # id() of the mentions of dateline towns
    filed_in: dict[str, str] = {}  # dateline town -> the dateline, with its country if any
    for p, filed, dateline in _filed_from(parsed, facts.filed_from, items):
        filed_in[key(filed)] = dateline
        # "MUMBAI, Nov 29 (Reuters) -": the town the story was filed from, where the body
        # never names it, is where the story happens, cited by the sentence it opened
        mentions = Mentions("place")
        mentions.add(filed, p.sentence, order[p.sentence.source])
        items[key(filed)] = ("GPE", mentions)
        scenes[key(filed)] = {p.sentence}
        filed_only.add(id(mentions))
    mentioned = countries  # "Salem" with "Oregon" in the text is Salem, Oregon
    inside = _written_inside(parsed)
    city_parts = _parts_of_cities(parsed, g)
    partners = _listed_together(parsed)
    # names the text calls a region ("Deir ez-Zor province", "Oaxaca state"): the region,
    # not the namesake city
    regional = {
        key(clean(e.text)): word
        for p in parsed
        for e in p.doc.ents
        if (
            e.label_ in ("GPE", "LOC")
            or (
                e.label_ in ("ORG", "PERSON", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT")
                and (
                    first_conjunct(e.root).head.lower_ == "of"
                    or e.root.dep_ == "conj"
                    or any(c.dep_ == "conj" for c in e.root.children)
                    or (e.label_ == "NORP" and e.root.tag_ == "NNP")
                )
            )
        )  # NER's errors, where the text says so: "the department of Escuintla" (NER: a
        # body), "Malatya, Diyarbakir and Tunceli provinces" (NER: a people), "the Kursk and
        # Belgorod regions" (NER: a product and a body), "in Cagayan province" (NER: a people,
        # though a name, not a people's adjective)
        and (word := _its_region_word(e)) is not None
    } | {key(name): word for p in parsed for name, word in untagged_regions(p.doc)}
    for k in {key(clean(e.text)) for p in parsed for e in p.doc.ents if called_a_town(e)}:
        regional.pop(k, None)  # "the Brazilian city of Sao Paulo", then "the Sao Paulo state
        # government": the text's own word for the place it names is a city
    resolved: dict[str, tuple[Place | None, str, Mentions]] = {}
    in_scene: dict[str, set[Sentence]] = {}
    named_states = [st for s in facts.states if (st := g.curated.get(s)) is not None]
    named_states += _nations_named(items, g)  # "north Wales": Bangor is Wales's
    for k, (label, mentions) in items.items():
        # A facility resolves only when it names a known place ("Buenos Aires" tagged FAC),
        # never to a small namesake town.
        facility = label == "FAC" and not g.is_local_place(k, mentioned)
        if k in CELESTIAL or k in facts.acronyms:
            continue  # "water vapour on Europa, a moon of Jupiter": not Jupiter, Florida;
            # "the World Anti-Doping Agency (Wada)": not Wada in Japan
        place = g.county(k, facts.states) if not facility else None  # "Marion County" in
        # a story that names Florida
        if place is None and not facility and k in inside:
            place = g.county(k, {inside[k]})  # "Monroe County, Mississippi" in a story that
            # names Alabama too
        if k in regional and not g.country_code(k) and place is None:
            place = g.resolve(f"{k} {regional[k]}", mentioned)
            if place is None and regional[k] == "county":
                place = g.county(f"{k} county", facts.states)  # "Sharkey and Humphreys
                # counties" in a story that names Mississippi
        if place is None and not facility:
            place = g.resolve(k, mentioned)
            if place is not None and k in filed_in and "," not in filed_in[k]:
                place = _a_city_known_alone(k, place, g)
            if place is not None and place.kind == "country" and k in facts.states:
                # "a deputy in Georgia" where the text names Camden County: the state
                place = g.curated.get(f"{k} state") or place
        if place is None and not facility:
            place = _within(mentions.name(), g, mentioned)  # "Hinckley, Leicestershire"
        if place is None and not facility:
            place = spelt_otherwise(k, mentioned)  # "Deir al-Balah": GeoNames' Dayr al Balah
        if place is None and not facility and (town := _before_a_town_word(mentions.forms)):
            place = g.resolve(key(town), mentioned)  # "Luliang city" is Luliang
        if place is None and not facility and (land := landform_of(mentions.name(), g)):
            place = g.resolve(key(land), mentioned)  # "the Texas Gulf Coast": in Texas
        if not facility and (place is None or place.kind != "country"):
            place = _compass_part(mentions.name(), place, g, mentioned)
        if place is not None and place.kind == "city" and named_states:
            place = _in_a_named_state(k, place, g, named_states)
        if place is not None and place.kind != "country" and k in partners:
            listed = {o for o in partners[k] if o in items}  # places only
            place = _as_its_partners(k, place, listed, g, mentioned)
        if (
            place is not None
            and place.kind == "city"
            and k in scenes_named
            and mentioned
            and place.country not in mentioned
            and place.population < 200_000
        ):
            place = None  # "the seaside town of Mati" in a story of Greece: not Mati in the
            # Philippines (the text calls it a town; GeoNames knows none there); a big city
            # stays ("the city of Amsterdam" where the text names no Netherlands)
        if place is None and k in filed_in:
            place = _within(filed_in[k], g, mentioned)  # "LAUSANNE, Switzerland (AP) —": the
            # dateline says the country
        if place is None and k in filed_in and "," not in filed_in[k]:
            alone = g.resolve(k, set())  # "GENEVA (Reuters) -" in a story of Gaza: a city
            # known on its own, however far from the story's countries
            if alone is not None and alone.kind == "city" and alone.population >= _KNOWN_ALONE:
                place = alone
        if place is not None and place.kind != "country" and k in inside:
            place = _in_its_area(k, place, _area(inside[k], g, mentioned, facts.states), g)
        elif place is None and k in inside and not facility:
            place = _part_of_a_city(mentions.name(), inside[k], g, mentioned)
        if k in city_parts and (place is None or _beyond_a_city(place, city_parts[k])):
            city = city_parts[k]  # "in Clapham, south London": a part of London, not the
            place = Place(mentions.name(), "place", city.country, city.lat, city.lon)
            # village of that name near Bedford
        if place is None and (
            set(k.split()) <= person_words
            or len(k) <= 3
            or (" " not in k and k in lower)
            or k in known_bodies()
            or k in businesses
            or (
                " " not in k
                and k in brand_words
                and label == "GPE"
                and small_town(k, mentioned) is None
                and town_by_another_name(k, mentioned) is None
            )  # "Discover's closing price" beside "Discover Financial Services": the firm's
            # short name, no place anyone knows ("Jasper" of "Jasper National Park" is a
            # town, "Alexandroupolis" GeoNames' Alexandroupoli)
            or (
                k in facts.people
                and not (k in scenes and small_town(k, mentioned))
                and not names_water_or_land(mentions.name())
            )  # a name NER took for a person's that the text makes a scene and a small town
            # of its country is ("the worst-hit districts were Chikwawa and Nsanje") is a
            # place, and so is one its words say is ("Kibbutz Be'eri")
            or bool(ORG_TAIL.search(mentions.name()))  # "from West Midlands Police"
            or (label == "FAC" and _a_persons_name(mentions.forms, lower))  # "through Ruben
            # Rodrigues" (NER: a site)
        ):
            continue  # an unresolved name that is a person's, a bare code ("QC"), a word, a
            # well-known group ("an official in Kataib Hezbollah")
        if (
            place is not None
            and place.kind != "country"
            and k not in g.curated  # "Scotland" of "Ipsos MORI Scotland" is still Scotland
            and " " not in k
            and k in name_words
            and k not in filed_in  # "ALLEN, Texas (AP) —": the dateline says it is a town
        ):
            continue  # "Hammond" after "Richard Hammond": the person, not the town
        merge_key = f"{place.kind}:{place.name}:{place.country}" if place else k
        if place is None:  # "Arizona Walmart parking lot" is the "Walmart parking lot"
            merge_key = next(
                (o for o in items if o != k and len(o.split()) >= 2 and k.endswith(" " + o)), k
            )
            bare, _, word = k.rpartition(" ")
            if bare in items and _ADMINISTRATIVE.fullmatch(word):
                merge_key = bare  # "Ituri province", then "Ituri": one place the map lacks
        in_scene.setdefault(merge_key, set()).update(scenes.get(k, ()))
        if place is None and k in regional:
            label = "LOC"  # "in Buner district": a region, though no gazetteer knows it
        if merge_key in resolved:
            resolved[merge_key][2].absorb(mentions)
        else:
            resolved[merge_key] = (place, label, mentions)
    _short_forms_joined(resolved)
    _states_written_as_areas(resolved, inside, g)
    _named_with_its_word_joined(resolved)
    _unplace_far_stand_ins(resolved)
    _place_small_towns(
        resolved, mentioned, name_words, inside, g, set(filed_in), facts.states, set(regional)
    )
    _namesakes_near_the_story(resolved)
    _namesakes_near_their_list(resolved, partners)
    _namesakes_known_alone(resolved, g)
    _far_by_another_name(resolved)
    _sites_placed(resolved, inside, mentioned)
    _airports_placed(resolved, mentioned)
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
    if not kept:
        # "South Korea's parliament voted to impeach …", and no other place: a story is set
        # somewhere, and the country it names most is where
        states = [
            (mk, r, r[0].country)
            for mk, r in resolved.items()
            if r[0] is not None and r[0].kind == "country"
        ]
        named: Counter[str | None] = Counter()  # the country's own mentions and its towns'
        for place, _, m in resolved.values():  # ("Tokyo would step in", "Japan intervened"
            if place is not None:  # beside one "U.S. dollar": Japan's story)
                named[place.country] += m.count
        if states:
            mk, r, _ = max(states, key=lambda s: (named[s[2]], s[1][2].count, -s[1][2].first[1]))
            kept = {mk: r}
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
    ranked = sorted(  # a dateline's town the body never names comes after the body's places
        weighed,
        key=lambda w: (
            id(w[0][2]) in filed_only,
            -_salience(w[0][0], w[0][2], key_sentences),
            w[0][2].first,
        ),
    )
    scene_of = {id(r[2]): in_scene[mk] for mk, r in kept.items()}
    return [
        (_location(place, label, m, g, scene_of[id(m)]), features)
        for (place, label, m), features in ranked
    ]


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


def _only_inside_another(surface: str, surfaces: Sequence[str], text: str) -> bool:
    """The name is written in the sentence only inside a longer place's name found there
    too: "Stoke" of "Stoke-on-Trent" (not "Gaza" of "Gaza City in northern Gaza")."""
    longer = [o for o in surfaces if o != surface and surface in o]
    if not longer:
        return False
    rest = text
    for other in sorted(longer, key=len, reverse=True):
        rest = rest.replace(other, " ")
    return re.search(rf"(?<!\w){re.escape(surface)}(?!\w)", rest) is None


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


def _filed_from(
    parsed: Sequence[Parsed], filed: Mapping[str, str], items: Mapping[str, object]
) -> list[tuple[Parsed, str, str]]:
    """Each source's dateline town ("MUMBAI" of "MUMBAI, Nov 29 (Reuters) -", "Hanoi" of
    "HANOI, Vietnam -") the text never names itself, with the first sentence of that source
    (the one the dateline opened) and the town as the dateline writes it with its country
    ("Hanoi, Vietnam")."""
    out = []
    for source, dateline in filed.items():
        first = next((p for p in parsed if p.sentence.source == source), None)
        for place in dateline.split("/"):  # "JERUSALEM/GAZA": filed from both
            name = clean(place.split(",")[0])
            town = name.title() if name.isupper() else name
            if first is not None and town and key(town) not in items:
                area = clean(place.split(",")[1]) if "," in place else ""
                out.append((first, town, f"{town}, {area}" if area else town))
    return out


def _listed_together(parsed: Sequence[Parsed]) -> dict[str, set[str]]:
    """Place names written in one list ("crop burning in Punjab and Haryana", "the towns of
    Bayda, Susa and Shahat"): each name's key -> the keys of the others (whatever NER took
    them for: "Punjab" a nationality, "Haryana" a person; the caller keeps the places)."""
    out: dict[str, set[str]] = {}
    for p in parsed:
        lists: dict[int, set[str]] = {}
        for ent in p.doc.ents:
            if ent.label_ in ("GPE", "LOC", "FAC", "PERSON", "ORG", "NORP"):  # NER's errors
                lists.setdefault(first_conjunct(ent.root).i, set()).add(key(clean(ent.text)))
        for names in lists.values():
            for name in names:
                out.setdefault(name, set()).update(names - {name})
    return {k: v for k, v in out.items() if v}


def _as_its_partners(
    k: str, place: Place, partners: Collection[str], g: Gazetteer, mentioned: set[str]
) -> Place:
    """A name two countries the text names both have, placed in the country of the places
    written in one list with it: "Punjab and Haryana" are India's Punjab, though the text
    names Pakistan too."""
    found = [g.resolve(o, mentioned) for o in partners]
    countries = {o.country for o in found if o is not None and o.kind != "country" and o.country}
    if (
        place.kind == "city"
        and countries == {place.country}
        and any(o is not None and o.kind == "region" for o in found)
        and all(_a_region_of(o, place.country, g) is not None for o in (k, *partners))
    ):
        return _a_region_of(k, place.country, g) or place  # "a state of calamity in
        # Escuintla, Sacatepéquez and Chimaltenango": listed with a region, each a region (not
        # the namesake city) where each name is one
    if len(countries) != 1 or place.country in countries:
        return place
    other = g.resolve(k, set(countries))
    if other is not None and other.country in countries and other.kind == place.kind:
        return other
    return place


def _nations_named(items: Mapping[str, tuple[str, Mentions]], g: Gazetteer) -> list[Place]:
    """The nations of the United Kingdom the text names as places, with or without a
    compass word ("north Wales", "Scotland"): they tell its towns' namesakes apart."""
    out = []
    for k in UK_NATIONS:
        if any(m == k or (m.endswith(f" {k}") and m.split()[0] in COMPASS_WORDS) for m in items):
            out.append(g.curated[k])
    return out


def _in_a_named_state(k: str, place: Place, g: Gazetteer, named: Sequence[Place]) -> Place:
    """A US town with namesakes, one of them in a state the story names (``named``; or a
    British one in a nation it names: Bangor in a story of north Wales is Wales's): that
    one ("the neighbouring cities of Auburn and Lisbon" in a story of Lewiston, Maine is
    Auburn, Maine, not the larger Auburn of Washington), small towns included ("60 miles
    southwest of Ferndale, in Humboldt County" in a story of California is Ferndale,
    California, not the larger Ferndale of Michigan) where the town found is no great city
    (Washington is the capital, not a Washington of Georgia)."""
    if place.country not in {r.country for r in named} or any(g.lies_in(place, r) for r in named):
        return place
    towns = (
        namesakes(k, place.country) if place.population < _NO_GREAT_CITY else g.cities.get(k, ())
    )
    inside = [c for c in towns if any(g.lies_in(c, r) for r in named)]
    return max(inside, key=lambda c: c.population, default=place)


_NO_GREAT_CITY = 100_000  # people in a US city no small town of a named state outranks


def _a_region_of(k: str, country: str | None, g: Gazetteer) -> Place | None:
    """The first-level region of that country the key names, if the gazetteer knows one."""
    return next((r for r in g.regions.get(k, ()) if r.country == country), None)


def _a_city_known_alone(k: str, place: Place, g: Gazetteer) -> Place:
    """A dateline that names no country names a city known on its own: "Geneva (Reuters) -"
    in a story that names the United States is Geneva, Switzerland, not Geneva, Illinois (a
    wire writes "GENEVA, Illinois" for that one). A city of the story's country as large as
    _KNOWN_ALONE stays ("HYDERABAD (Reuters)" in a story of Pakistan)."""
    if place.kind != "city" or place.population >= _KNOWN_ALONE:
        return place
    alone = g.resolve(k, set())
    if alone is not None and alone.kind == "city" and alone.population > place.population:
        return alone
    return place


# The population of a city a dateline may name without its country.
_KNOWN_ALONE = 100_000


def _within(name: str, g: Gazetteer, mentioned: set[str]) -> Place | None:
    """A town written with the region or country it lies in ("Hinckley, Leicestershire",
    "Salem, Oregon" as one name): the town, found in that region's country."""
    town, _, area = name.partition(", ")
    outer = g.resolve(key(area), mentioned) if area and "," not in area else None
    if outer is None or outer.country is None:
        return None
    place = g.resolve(key(town), mentioned | {outer.country})
    return place if place is not None and place.country == outer.country else None


_TOWN_WORD = re.compile(r"^(.+?)\s+(city|town|village|township|municipality|island)$")


def _before_a_town_word(forms: Collection[str]) -> str | None:
    """The name before a settlement's word written in lower case: "Luliang city" is the
    city of Luliang ("Chesapeake City", a name of its own, is not Chesapeake); "Jolo
    island", the island of the town of Jolo, is placed at its town."""
    for form in forms:
        match = _TOWN_WORD.match(form)
        if match:
            return match.group(1)
    return None


_COMPASS = frozenset(("North", "South", "East", "West"))


def _compass_part(
    name: str, place: Place | None, g: Gazetteer, mentioned: set[str]
) -> Place | None:
    """A name of a compass word and a place ("East London", "North London", "East
    Palestine") in a text whose countries do not hold what the whole name resolves to: a
    part of the city the rest names, where that city lies in a country the text names and
    the namesake, if any, lies far away ("East London" in a story of Britain is no South
    African city); else no country's part ("East Palestine, Ohio" is no part of the
    Palestinian Territory). "eastern Syria", written in lower case, is left as it is, and so
    is a world region ("West Africa")."""
    first, _, rest = name.partition(" ")
    if first not in _COMPASS or not rest or not mentioned:
        return place
    if place is not None and place.country in mentioned:
        return place
    other = g.resolve(key(rest), mentioned)
    if (
        other is not None
        and other.kind == "city"
        and other.country in mentioned
        and other.lat is not None
        and other.lon is not None
        and (place is None or _far(place, other))
    ):
        return Place(name, "region", other.country, other.lat, other.lon)
    if place is not None and place.country is not None and g.is_part_of_country(place):
        return None
    return place


def _parts_of_cities(parsed: Sequence[Parsed], g: Gazetteer) -> dict[str, Place]:
    """Names written before a comma and a compass word into a city: "in Clapham, south
    London" -> {"clapham": London}."""
    out: dict[str, Place] = {}
    for p in parsed:
        doc = p.doc
        places = [e for e in doc.ents if e.label_ in ("GPE", "LOC", "FAC")]
        for town, area in pairwise(places):
            if (
                area.start == town.end + 2
                and doc[town.end].text == ","
                and doc[town.end + 1].lower_ in QUARTERS  # "south London"
                and (city := g.resolve(key(clean(area.text)), set())) is not None
                and city.kind == "city"
            ):
                out.setdefault(key(clean(town.text)), city)
    return out


def _beyond_a_city(place: Place, city: Place) -> bool:
    """More than 40 km from the city's point: no part of it."""
    if place.lat is None or place.lon is None or city.lat is None or city.lon is None:
        return False
    return km(place.lat, place.lon, city.lat, city.lon) > 40


def _far(a: Place, b: Place) -> bool:
    """More than 300 km apart (a place with no point is far from any)."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return True
    return km(a.lat, a.lon, b.lat, b.lon) > 300


def _listed_after(doc: Any, area: Any) -> bool:
    """The second name is the next of a list the first opens: "and" or "or" and another
    place follow it (the parse's conjuncts are no sign: "the San Ysidro, California,
    Customs and Border Protection facility" may be parsed as a list)."""
    after = doc[area.end : area.end + 2]
    return (
        len(after) == 2
        and after[0].lower_ in ("and", "or")
        and after[1].ent_type_ in ("GPE", "LOC", "FAC")
    )


def _written_inside(parsed: Sequence[Parsed]) -> dict[str, str]:
    """Names written with the place they lie in: "the town of Palu in Elazig province",
    "Springfield in Illinois" -> {"palu": "elazig province", ...} (a name run straight
    before "in", and a place entity straight after it); a site's name before "near" too
    ("Howletts Wild Animal Park near Canterbury")."""
    out: dict[str, str] = {}
    g = gazetteer()
    for p in parsed:
        doc = p.doc
        starts = {
            e.start: e
            for e in doc.ents
            if e.label_ in ("GPE", "LOC")
            or (e.label_ in ("ORG", "PERSON") and g.is_place(key(clean(e.text))))
        }  # "near El Fasher" (NER: a body) too
        ends = {e.end: e for e in doc.ents if e.label_ == "FAC"}
        for t in doc[1:-1]:
            outer = starts.get(t.i + 1)
            if t.lower_ not in ("in", "near") or outer is None:
                continue
            first = t.i - 1
            if doc[first].pos_ != "PROPN":
                if not names_a_site(doc[first].text):
                    continue  # a name, or a name and its site's word: "the Hexcel plant in
                    # Darwen", "the Zamzam displacement camp near El Fasher"
                first -= 1
                while first > 0 and doc[first].pos_ in ("NOUN", "ADJ") and doc[first].is_lower:
                    first -= 1  # "the Sendai nuclear power plant in Kagoshima"
                if first < 0 or doc[first].pos_ != "PROPN":
                    continue
            first = _name_start(doc, first)  # "Alder Hey Children's Hospital in Liverpool"
            site = ends.get(t.i)
            if site is not None and site.start < first:
                first = site.start  # "St Julia's Hospice in Hayle": the site's whole name
            if t.lower_ == "near" and not names_a_site(doc[first : t.i].text):
                continue  # "Howletts Wild Animal Park near Canterbury": a site stands
                # within its town's reach; a town near another is its own place
            named_in = g.resolve(key(doc[first : t.i].text), set())
            around = g.resolve(key(clean(outer.text)), set())
            if (
                named_in is not None
                and named_in.kind in ("country", "region")
                and around is not None
                and around.kind == "city"
            ):
                continue  # "a 2-1 victory over England in Berlin": no country lies in a city
            out.setdefault(key(doc[first : t.i].text), key(clean(outer.text)))
        places = [e for e in doc.ents if e.label_ in ("GPE", "LOC", "FAC")]
        for town, area in pairwise(places):
            # "in Cleveland, Texas": a town, a comma, then the region or country it is in
            # ("the San Ysidro, California, border facility": NER may take the town for one)
            if area.start != town.end + 1 or doc[town.end].text != ",":
                continue
            outer = g.resolve(key(clean(area.text)), set())
            state = g.curated.get(f"{key(clean(area.text))} state")
            if outer is not None and outer.kind == "city" and state is not None:
                outer = state  # "in Renton, Washington": the state, which the city shares
            inner = g.resolve(key(clean(town.text)), set())
            if (
                outer is not None
                and outer.kind in ("region", "country")
                and g.country_code(key(clean(town.text))) is None
                # "in Texas, Kansas, Michigan and Idaho": a list of regions, no region in
                # the next
                and (
                    inner is None
                    or inner.kind != "region"
                    or outer.kind == "country"
                    or _a_town_of(key(clean(town.text)), inner, outer, g)
                )
                # "still held in Gaza, Israel says": the second name speaks
                and area.root.dep_ not in ("nsubj", "nsubjpass")
                # "trips to Dubai, Florida and Tenerife": a list, Dubai no town of Florida
                and not _listed_after(doc, area)
            ):
                out.setdefault(key(clean(town.text)), key(clean(area.text)))
        for name, lies_in in _described_as_inside(doc):
            out.setdefault(key(name), key(lies_in))
        for e in doc.ents:
            country = _of_a_peoples_area(e)
            if country is not None:
                out.setdefault(key(clean(e.text)), country)
            area = area_written_after(e, g)  # "in Mayfair, central London" (NER: a body)
            if area is not None:
                out.setdefault(key(clean(e.text)), key(area))
            region = _region_written_after(e, g) if e.label_ == "GPE" else None
            if region is not None:
                out.setdefault(key(clean(e.text)), region)
            owner = _owning_place(e)
            if owner is not None:
                out.setdefault(key(clean(e.text)), owner)  # "Baltimore's Francis Scott Key
                # Bridge": the bridge stands in Baltimore
    return out


def _described_as_inside(doc: Any) -> Iterable[tuple[str, str]]:
    """A name and the place its apposition says it lies in, whatever NER made of either:
    "HMP Belmarsh, a high-security jail in Thamesmead" -> ("HMP Belmarsh", "Thamesmead")."""
    for noun in doc:
        name = noun.head
        if noun.dep_ != "appos" or name.pos_ != "PROPN" or name.i >= noun.i:
            continue
        prep = next((c for c in noun.children if c.dep_ == "prep" and c.i == noun.i + 1), None)
        if prep is None or prep.lower_ not in ("in", "near"):
            continue
        place = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None)
        if place is not None:
            yield (
                clean(doc[_name_start(doc, name.i) : name.i + 1].text),
                clean(doc[_name_start(doc, place.i) : place.i + 1].text),
            )


def _name_start(doc: Any, end: int) -> int:
    """Where the proper nouns run up to the word at ``end`` begin, over a possessive
    among them: "HMP Belmarsh", "Alder Hey Children's Hospital"."""
    start = end
    while start > 0 and (
        doc[start - 1].pos_ == "PROPN"
        or (doc[start - 1].tag_ == "POS" and start > 1 and doc[start - 2].pos_ == "PROPN")
    ):
        start -= 1
    return start


def _a_town_of(k: str, inner: Place, outer: Place, g: Gazetteer) -> bool:
    """A name the gazetteer knows as a region of another country than the region written
    after it, and as a town inside that one: "based in Somerset, New Jersey" is the town
    in New Jersey, not the English county (no region lies in another country's)."""
    return inner.country != outer.country and bool(_towns_in(k, outer, g))


def _towns_in(k: str, region: Place, g: Gazetteer) -> list[Place]:
    """The towns of that name the gazetteer places inside the region."""
    return [c for c in g.cities.get(k, ()) if g.lies_in(c, region)]


def _owning_place(ent: Any) -> str | None:
    """The key of the place a name is written as the possession of: "Baltimore's Francis
    Scott Key Bridge"."""
    owner = next((c for c in ent.root.children if c.dep_ == "poss" and c.i < ent.start), None)
    if owner is None or owner.ent_type_ not in ("GPE", "LOC"):
        return None
    whole = next((e for e in ent.doc.ents if e.start <= owner.i < e.end), None)
    return key(clean(whole.text)) if whole is not None else None


def _region_written_after(ent: Any, g: Gazetteer) -> str | None:
    """The key of a region written after a town and a comma that NER did not take as one
    place: "in Washington, Tyne and Wear" (NER: two people), the longest run of words up
    to the next stop that the gazetteer knows as a region."""
    doc = ent.doc
    if ent.end + 1 >= len(doc) or doc[ent.end].text != ",":
        return None
    itself = g.resolve(key(clean(ent.text)), set())
    if itself is not None and itself.kind in ("region", "country"):
        return None  # "in Arizona, Ohio, New Mexico and Oregon": a list of regions, no
        # region lies in the next
    stop = next((t.i for t in doc[ent.end + 1 : ent.end + 1 + _REGION_WORDS] if t.is_punct), None)
    stop = stop if stop is not None else min(len(doc), ent.end + 1 + _REGION_WORDS)
    for end in range(stop, ent.end + 2, -1):  # two words or more: one is an entity's
        k = key(doc[ent.end + 1 : end].text)
        place = g.curated.get(k) or next(iter(g.regions.get(k, ())), None)
        if place is not None and place.kind == "region":
            return k
    return None


_REGION_WORDS = 4  # the longest region name looked for after a town ("Tyne and Wear")


def _of_a_peoples_area(ent: Any) -> str | None:
    """The country a name is written inside by a people's adjective: "the Indonesian
    island of Flores" lies in Indonesia (the key of its name), not in Brazil."""
    of = ent.root.head
    if ent.root.dep_ != "pobj" or of.lower_ != "of" or of.head.lower_ not in NAMED_AREAS:
        return None
    demonyms = load("actors.json")["demonyms"]
    g = gazetteer()
    for child in of.head.children:
        code = demonyms.get(key(child.text)) if child.dep_ in ("amod", "compound") else None
        if code and code in g.country_places:
            return key(g.country_places[code].name)
    return None


def _sites_placed(
    resolved: dict[str, tuple[Place | None, str, Mentions]],
    inside: Mapping[str, str],
    mentioned: Collection[str],
) -> None:
    """A site no gazetteer knows, written inside a town ("Parr Hall in Warrington") or named
    for a town the story names as a place itself ("Leicester Crown Court" where the story
    names Leicester, "HMP Birmingham"): placed at that town's point, a site lying well within
    its town's reach. Only a town the story names and places itself, in a country it names:
    "Chaoyang Hospital" is no site of Chaoyang, Liaoning, nor a school "in east London" one
    of East London, South Africa."""
    towns = {
        key(p.name): p
        for p, _, _ in resolved.values()
        if p is not None
        and p.kind == "city"
        and (p.country in mentioned or (not mentioned and p.population >= _A_CITY))
    }  # a story that names no country is placed by its cities ("in a park in Leeds", then
    # "Leeds General Infirmary"), not by a small town of one name in many lands (Airdrie)
    placed = [p for p, _, _ in resolved.values() if p is not None and p.country]
    regions = {key(p.name): p for p in placed if p.kind == "region"}
    g = gazetteer()
    for mk, (place, label, m) in list(resolved.items()):
        words = key(m.name()).split()
        port_of = len(words) > 2 and words[0] in _PORTS and words[1] == "of"
        park = len(words) > 2 and " ".join(words[-2:]) in _RESERVES  # "Jasper National Park"
        # round the town of Jasper: the park's point is its town's
        if place is not None or (
            _kind_from_label(label, m.name()) != "facility" and not port_of and not park
        ):
            continue
        named = [" ".join(words[:n]) for n in (3, 2, 1)] + [" ".join(words[-n:]) for n in (2, 1)]
        named += [  # then the words inside: "Royal Oldham Hospital" is at Oldham
            " ".join(words[i : i + n]) for n in (3, 2, 1) for i in range(1, len(words) - n)
        ]
        if names_a_street(m.name()):
            named = []  # "London Road" in Croydon: a road is named for where it leads
        host = towns.get(inside.get(mk, "")) or next(
            (towns[w] for w in named if w in towns and len(w.split()) < len(words)), None
        )
        if host is None and _a_common_nouns_site(m):
            # "its Swindon plant": the plant at Swindon, a town named only so
            host = _the_town_it_is_named_for(words, mentioned, placed)
        if host is None and port_of:
            host = _the_town_it_is_named_for([*words[2:], "port"], mentioned, placed)  # "the
            # Port of Dover" is at Dover, as a court named for its town sits there
        if host is None and words[0] in _PRISONS and len(words) > 1:
            host = _the_town_it_is_named_for([*words[1:], "prison"], mentioned, placed)  #
            # "HMP Bedford" is the prison at Bedford, as a court named for its town sits there
        if host is None and words[-1] == "court" and not m.strong:  # not "the Munich
            # Regional Court ruled": a court that acts is listed where it sits as written (one
            # that heard a case sat: place_mentions._a_court_hearing)
            host = _the_town_it_is_named_for(words, mentioned, placed)
        outer = regions.get(inside.get(mk, ""))
        if host is not None and outer is not None:
            lies_in = g.lies_in(host, outer)
            if lies_in is False or (lies_in is None and _far(host, outer)):
                host = outer  # "its Sendai nuclear power plant in Kagoshima prefecture": not
                # at the city of Sendai in Miyagi, 1,100 km off, but in the region the text
                # puts it in
        if host is not None:
            kind = "region" if park else "facility"
            resolved[mk] = (Place(m.name(), kind, host.country, host.lat, host.lon), label, m)


_PORTS = frozenset(["port", "harbour", "harbor"])
_PRISONS = frozenset(["hmp", "hmyoi"])  # His Majesty's Prison, … Young Offender Institution
_A_CITY = 250_000  # people: a city known well enough to place what is named for it
_RESERVES = frozenset(["national park", "national forest", "nature reserve", "game reserve"])


def _a_common_nouns_site(m: Mentions) -> bool:
    """A site written as a name and a common noun, never capitalised: "the Port Talbot
    plant", "the Sellafield site" — the name says where it is ("Chaoyang Hospital", a name
    of its own, need not)."""
    return all(len(f.split()) > 1 and f.split()[-1].islower() for f in m.forms)


def _the_town_it_is_named_for(
    words: Sequence[str], mentioned: Collection[str], placed: Sequence[Place]
) -> Place | None:
    """The town a court (or a site written with a common noun, "its Swindon plant") is named
    for, in a country the story names or places another place in, though it names the town
    nowhere else: "a trial at Cardiff Crown Court" in a story of Bridgend sits in Cardiff (a
    court named for a place sits there, as a hospital need not: "Chaoyang Hospital" is no
    site of Chaoyang, Liaoning). The town's own entry is no evidence of its country: a town
    placed abroad stays its own error, not the court's."""
    g = gazetteer()
    for n in range(min(3, len(words) - 1), 0, -1):
        name = " ".join(words[:n])
        countries = set(mentioned) | {
            p.country for p in placed if p.country and key(p.name) != name
        }
        town = g.resolve(name, countries)
        if town is not None and town.kind == "city" and town.country in countries:
            return town
    return None


def _airports_placed(
    resolved: dict[str, tuple[Place | None, str, Mentions]], mentioned: Collection[str]
) -> None:
    """An airport no gazetteer knows, named with its word ("Gatwick Airport", "Keflavik
    international airport"): placed at the airport of that name (gazetteer.airport)."""
    for mk, (place, label, m) in list(resolved.items()):
        if place is None and (found := airport(key(m.name()), mentioned)) is not None:
            resolved[mk] = (
                Place(m.name(), "facility", found.country, found.lat, found.lon),
                label,
                m,
            )


def _part_of_a_city(name: str, area: str, g: Gazetteer, mentioned: set[str]) -> Place | None:
    """A name the gazetteer does not know, written inside a city ("in Mayfair, central
    London"): a part of that city, placed at its point (a part lies well within a city's
    reach); inside a region it stays unplaced, a region being too wide to say where."""
    city = g.resolve(area, mentioned)
    if city is None or city.kind != "city":
        return None
    return Place(name, "place", city.country, city.lat, city.lon)


def _area(area: str, g: Gazetteer, mentioned: set[str], states: Collection[str]) -> Place | None:
    """The region or country a name is written inside: a US county where the story names
    its state ("Ferndale in Humboldt County" in a story of California), else what the
    gazetteer resolves."""
    return g.county(area, states) or g.resolve(area, mentioned)


def _in_its_area(k: str, place: Place, outer: Place | None, g: Gazetteer) -> Place | None:
    """The place a name written inside ``outer`` is: its namesake in the area's country, or
    none known (the town of Palu in Elazig province, Turkey, is not Palu, Indonesia;
    Ferndale in Humboldt County, California, is not Ferndale, Michigan)."""
    if outer is None or outer.country is None:
        return place
    if outer.country == place.country and (outer.kind != "region" or _lies_within(place, outer, g)):
        return place
    # "Springfield in Illinois" is the Springfield of Illinois, not the larger one of
    # Missouri; "Somerset, New Jersey" the town there, not the English county
    inside = _towns_in(k, outer, g) if outer.kind == "region" else []
    town = max(inside, key=lambda c: c.population, default=None)
    if outer.country == place.country or town is not None:
        return town  # "Cleveland, Texas" is no city 1,900 km away in Ohio, but a town of
        # the region the gazetteer does not know
    namesake = g.resolve(k, {outer.country})
    if namesake is None or namesake.country != outer.country:
        # "the central Ukrainian city of Dnipro": the city, not the river of that name
        namesake = g.city_in(k, outer.country)
    return namesake


def _its_region_word(ent: Any) -> str | None:
    """The region word a name qualifies: "Sennar state" -> "state"; also each name of a
    list the word follows in the plural ("the Kharkiv and Lviv regions" -> "region" for
    both) or opens ("the provinces of Tehran, Khuzestan and Ilam" -> "province")."""
    if names_a_region(ent):
        return singular(str(ent.doc[ent.end].text))
    first = first_conjunct(ent.root) if ent.root.dep_ == "conj" else ent.root  # "Malatya" of
    # "Malatya, Diyarbakir and Tunceli provinces", for each name of the list
    region = first.head
    listed = ent.root.dep_ == "conj" or any(c.dep_ == "conj" for c in first.children)
    if (
        first.dep_ in ("nmod", "compound")
        and is_region_noun(region)
        and region.i >= ent.end
        and (listed or region.text == singular(region.text))
    ):
        return singular(region.text)
    listed_first = first_conjunct(ent.root)
    of = listed_first.head
    if (
        listed_first.dep_ == "pobj"
        and of.lower_ == "of"
        and is_region_noun(of.head)
        and (
            (
                of.head.text != singular(of.head.text)
                and any(c.dep_ == "conj" for c in listed_first.children)
            )
            or (
                of.head.text == singular(of.head.text)
                and not any(c.dep_ == "conj" for c in listed_first.children)
                and any(c.dep_ == "det" and c.lower_ == "the" for c in of.head.children)
            )  # "the department of Escuintla", "the province of Helmand"
        )
        and not any(
            c.dep_ == "nummod" or (c.dep_ == "amod" and c.lower_ not in QUARTERS)
            for c in of.head.children
        )
    ):
        return singular(of.head.text)  # "the provinces of Tehran, Khuzestan and Ilam", "the
        # eastern states of Bihar and Odisha" (not "three riverside districts of Kassala",
        # parts of one)
    members = [listed_first, *listed_first.conjuncts]
    after = max(m.i for m in members) + 1
    doc = ent.doc
    if (
        len(members) > 1
        and after < len(doc)
        and is_region_noun(doc[after])
        and doc[after].text != singular(doc[after].text)
        and doc[after].head.i in {m.i for m in members}
    ):
        return singular(doc[after].text)  # "in Kassala, Gedaref and River Nile states", the
        # parse hanging "states" on the list's first name: each a state
    return None  # "the Gulf states", "the Baltic states": one name, several countries


def _short_forms_joined(resolved: dict[str, tuple[Place | None, str, Mentions]]) -> None:
    """A one-word name that begins a town's longer name the text also gives is that town:
    "near Boulogne-sur-Mer", then "taken to hospital in Boulogne" (not Boulogne-Billancourt,
    the larger namesake the word alone would mean); a word no gazetteer knows, the island
    the text names as "the Isle of" it ("Arran" after "the Isle of Arran")."""
    for mk, (place, _, mentions) in list(resolved.items()):
        word = key(mentions.name())
        if " " in word or (place is not None and place.kind != "city"):
            continue  # "Kansas" (a state) is no short form of "Kansas City"
        longer = [
            other
            for ok, other in resolved.items()
            if ok != mk
            and other[0] is not None
            and other[0].kind == "city"
            and key(other[2].name()).startswith(word + " ")
        ]
        if place is None and not longer:
            longer = [  # "the Isle of Arran", then "inspectors to Arran": the island
                other
                for ok, other in resolved.items()
                if ok != mk
                and other[0] is not None
                and key(other[2].name()) in (f"isle of {word}", f"island of {word}")
            ]
        if len(longer) == 1 and (place is None or place != longer[0][0]):
            longer[0][2].absorb(mentions)
            del resolved[mk]


# Words written in lower case after a place's name that say what it is and name nothing
# else ("Vangunu island", "Bagar village"; not "Gaza city", a city beside the Gaza Strip).
_ITS_WORDS = frozenset("island village town township hamlet".split())  # noqa: SIM905


def _states_written_as_areas(
    resolved: dict[str, tuple[Place | None, str, Mentions]],
    inside: Mapping[str, str],
    g: Gazetteer,
) -> None:
    """A city's name written as the area a town lies in is the state of that name where
    the town lies in it: "in Renton, Washington" is Washington State, not the capital."""
    by_name = {key(form): mk for mk, (_, _, m) in resolved.items() for form in m.forms}
    for town_key, area_key in inside.items():
        if town_key not in by_name or area_key not in by_name:
            continue
        town, _, _ = resolved[by_name[town_key]]
        area, label, mentions = resolved[by_name[area_key]]
        state = g.curated.get(f"{area_key} state")
        if (
            town is not None
            and area is not None
            and area.kind == "city"
            and state is not None
            and state.kind == "region"
            and _lies_within(town, state, g)
        ):
            resolved[by_name[area_key]] = (state, label, mentions)


def _named_with_its_word_joined(resolved: dict[str, tuple[Place | None, str, Mentions]]) -> None:
    """A place written once with its word in lower case and once without is one place:
    "on Vangunu island", then "people from Vangunu"."""
    by_name = {key(m.name()): mk for mk, (_, _, m) in resolved.items()}
    for mk, (place, _, mentions) in list(resolved.items()):
        name = mentions.name()
        words = name.split()
        if len(words) < 2 or words[-1] not in _ITS_WORDS:  # lower case: as written
            continue
        bare = by_name.get(key(" ".join(words[:-1])))
        if bare is None or bare == mk or bare not in resolved:
            continue
        other = resolved[bare]
        other[2].absorb(mentions)
        if other[0] is None and place is not None:
            resolved[bare] = (place, other[1], other[2])
        del resolved[mk]


def _unplace_far_stand_ins(resolved: dict[str, tuple[Place | None, str, Mentions]]) -> None:
    """A county or province the gazetteer places at a town of its name ("San Jacinto County"
    at San Jacinto, California) loses that point where it lies far from every region of its
    country the text names (Texas): the county is there, not in California; it keeps its
    country."""
    regions = [
        r[0]
        for r in resolved.values()
        if r[0] is not None and r[0].kind == "region" and r[0].lat is not None
    ]
    for mk, (place, label, mentions) in list(resolved.items()):
        name = key(mentions.name())
        if (
            place is None
            or place.kind != "region"
            or not _REGION.search(name)
            or not name.startswith(key(place.name) + " ")
        ):
            continue  # not a region placed at a town of its name
        named = [r for r in regions if r.country == place.country and r is not place]
        if named and all(_far_within(place, r) for r in named):
            unplaced = place._replace(name=mentions.name(), lat=None, lon=None)
            resolved[mk] = (unplaced, label, mentions)


def _place_small_towns(
    resolved: dict[str, tuple[Place | None, str, Mentions]],
    countries: set[str],
    name_words: Collection[str],
    inside: dict[str, str],
    g: Gazetteer,
    filed_from: Collection[str] = (),
    states: Collection[str] = (),
    regions: Collection[str] = (),
) -> None:
    """Give a name kept as a place that the main index does not know its small town (under
    15,000 people; or a town under 100,000 by another of its names, where the text names
    other places of its country) in a country the text names: "the fishing town of
    Grindavik" in a story of Iceland. Not a facility, a street or a region's name, nor a
    person's word ("Hammond"), and only near the text's other places in that country, if it
    names any (San Ysidro, New Mexico is no town of a story set in San Diego). The town a
    dateline says the story was filed from (``filed_from``) is where the reporter was, no
    measure of where the story's towns lie ("ROME (Reuters) -", then "the island of
    Lampedusa"), but it does show the country is a real one: "ATHENS —", then
    "Alexandroupolis" is GeoNames' Alexandroupoli. A name the text writes with a region's
    word (``regions``: "Cagayan province") is a town known by that name as another of its
    own only where it is a spelling of the town's name (Poonch, Punch), not a name of
    another time (Mapun, once Cagayan de Tawi-Tawi)."""
    placed = [(p, m) for p, _, m in resolved.values() if p is not None and p.kind != "country"]
    known = [p for p, m in placed if not (m.count == 1 and key(m.name()) in filed_from)]
    # the dateline's town, too, shows the text's country is a real one with towns of its own
    anchors = [p for p, _ in placed]
    # a country whose places the text names is the text's too: "in Ellesmere Port, Cheshire"
    # names no country, but Cheshire's is Britain
    countries = countries | {p.country for p in anchors if p.country and p.lat is not None}
    for mk, (place, label, mentions) in list(resolved.items()):
        name = mentions.name()
        if (
            place is not None
            or (label == "FAC" and names_a_site(name))
            or (" " not in mk and mk in name_words)
            or _says_its_kind(mentions.forms)
        ):
            continue
        outer = _area(inside[mk], g, countries, states) if mk in inside else None
        region = outer if outer is not None and outer.kind == "region" else None
        town = small_town(key(name), countries, region)  # "Darlington, Pennsylvania"
        by_another_name = town is None
        if town is None:
            town = town_by_another_name(key(name), countries)
            if town is not None and mk in regions and not spelt_alike(key(name), key(town.name)):
                continue  # "Cagayan province" is no Mapun (once Cagayan de Tawi-Tawi); the
                # "Poonch district" is Punch's
        if town is None:
            continue
        if outer is not None and (
            outer.country != town.country
            or (region is not None and not _lies_within(town, region, g))
        ):
            continue  # "San Ysidro, California" is no town of New Mexico
        others = [p for p in known if p.country == town.country and p.lat is not None]
        if by_another_name and not any(p.country == town.country for p in anchors):
            continue  # "Velsk" of a made-up country is no Vel'sk in the Russia named aside
        if others and not any(_within_reach(town, p) for p in others):
            continue
        resolved[mk] = (town, label, mentions)


def _namesakes_near_the_story(resolved: dict[str, tuple[Place | None, str, Mentions]]) -> None:
    """A town under 100,000 people placed far from every other place the text names in its
    country, where a namesake lies near them, is that namesake: "Seminole" in a story of
    Lubbock and Gaines County is Seminole, Texas, not the larger Seminole of Florida 1,800 km
    away (of two namesakes near, the nearer). A larger town gives way only to a namesake
    at least half its size: "the foothills above Pasadena" in a story of Los Angeles and
    Altadena are those of Pasadena, California, not of the somewhat larger Pasadena, Texas."""
    placed = {
        mk: p
        for mk, (p, _, _) in resolved.items()
        if p is not None and p.kind != "country" and p.lat is not None and p.lon is not None
    }
    for mk, (place, label, mentions) in list(resolved.items()):
        if place is None or place.kind != "city":
            continue
        least = 0 if place.population < 100_000 else place.population // 2
        others = [p for k, p in placed.items() if k != mk and p.country == place.country]
        if least == 0 and (town := _namesake_in_a_named_region(place, others)) is not None:
            resolved[mk] = (town, label, mentions)
            continue
        if not _one_area(others) or any(_within_reach(place, p) for p in others):
            continue  # a tour of Nashville, Denver, Seattle and Los Angeles is no one area
        near = [
            (min(_km(town, p) for p in others), town)
            for town in namesakes(key(place.name), place.country)
            if town.population >= least and any(_within_reach(town, p) for p in others)
        ]
        if near:
            resolved[mk] = (min(near, key=lambda pair: pair[0])[1], label, mentions)


def _namesakes_known_alone(
    resolved: dict[str, tuple[Place | None, str, Mentions]], g: Gazetteer
) -> None:
    """A town under 100,000 people, placed in a country only because the text names that
    country, is the city of that very name five times its size that stands on its own name
    (_KNOWN_ALONE), where the text names places of more than one country and no other town
    or region of the town's: "talks in Geneva, hosted by the United States" in a story of
    Sudan are in Geneva, Switzerland, not Geneva, Illinois. A text that names the town's
    region or a neighbour ("Geneva, Illinois"; "Geneva and Aurora") keeps it."""
    placed = [p for p, _, _ in resolved.values() if p is not None]
    if len({p.country for p in placed}) < 2:
        return
    for mk, (place, label, mentions) in list(resolved.items()):
        if place is None or place.kind != "city" or place.population >= 100_000:
            continue
        if any(p.country == place.country and p.kind != "country" and p != place for p in placed):
            continue
        known = max(g.cities.get(key(place.name), ()), key=lambda c: c.population, default=None)
        if (
            known is not None
            and known.country != place.country
            and key(known.name) == key(place.name)
            and known.population >= max(_KNOWN_ALONE, 5 * place.population)
        ):
            resolved[mk] = (known, label, mentions)


def _far_by_another_name(resolved: dict[str, tuple[Place | None, str, Mentions]]) -> None:
    """A city the text names only by another of its names, not spelt like its own and the
    very name of other towns, in a country it names no other place of, a continent
    (_A_CONTINENT_KM) from every place it does name, is no place the gazetteer can vouch
    for: "a father of two from Canton" in a story of Cardiff and Malaga is the district of
    Cardiff, not Guangzhou (once called Canton). It stays a name, off the map."""
    placed = [
        p
        for p, _, _ in resolved.values()
        if p is not None and p.kind != "country" and p.lat is not None and p.lon is not None
    ]
    for mk, (place, label, mentions) in list(resolved.items()):
        if place is None or place.kind != "city" or place.lat is None:
            continue
        forms = {key(f) for f in mentions.forms}
        if any(spelt_alike(f, key(place.name)) for f in forms):
            continue  # "Kiev" is Kyiv's spelling: only another name is in doubt
        if not any(key(c.name) == f for f in forms for c in gazetteer().cities.get(f, ())):
            continue  # "Bombay" is no other town's own name: Mumbai
        others = [p for p in placed if p != place]
        if (
            others
            and all(p.country != place.country for p in others)
            and all(_km(place, p) > _A_CONTINENT_KM for p in others)
        ):
            resolved[mk] = (None, label, mentions)


def _namesakes_near_their_list(
    resolved: dict[str, tuple[Place | None, str, Mentions]], partners: Mapping[str, set[str]]
) -> None:
    """A town under 100,000 people written in one list with other towns, placed far from
    every one of them, where a namesake lies near one: that namesake ("branches in
    Sanderstead, Shirley and Broad Green" is the Shirley beside Sanderstead, in Croydon, not
    the larger Shirley of Solihull 160 km away). A list names places of one area."""
    towns = {
        key(form): p
        for p, _, m in resolved.values()
        if p is not None and p.kind == "city" and p.lat is not None and p.lon is not None
        for form in m.forms
    }
    for mk, (place, label, mentions) in list(resolved.items()):
        if place is None or place.kind != "city" or place.population >= 100_000:
            continue
        listed = {
            towns[o]
            for form in mentions.forms
            for o in partners.get(key(form), ())
            if o in towns and towns[o].country == place.country and towns[o] != place
        }
        if not listed or any(_km(place, o) <= _LISTED_KM for o in listed):
            continue
        near = [
            (min(_km(town, o) for o in listed), town)
            for town in namesakes(key(place.name), place.country)
            if town != place
        ]
        best = min(near, key=lambda pair: pair[0], default=None)
        if best is not None and best[0] <= _LISTED_KM:
            resolved[mk] = (best[1], label, mentions)


_LISTED_KM = 50  # towns written in one list lie this near one another


def _namesake_in_a_named_region(place: Place, others: Sequence[Place]) -> Place | None:
    """The namesake of a town that lies at a region the text names, where the town itself
    lies well away from every one: "Ysbyty Gwynedd in Bangor" in a story of Gwynedd is
    Bangor, Wales (40 km from the county's point), not the larger Bangor of Northern Ireland
    (230 km)."""
    regions = [p for p in others if p.kind == "region"]
    if not regions:
        return None

    def distance(town: Place) -> float:
        return min(_km(town, r) for r in regions)

    best = min(namesakes(key(place.name), place.country), key=distance, default=None)
    if (
        best is not None
        and distance(best) <= _AT_A_REGION_KM
        and distance(best) * 2 < distance(place)
    ):
        return best
    return None


_AT_A_REGION_KM = 150  # a town this near a named region's point lies at it


def _one_area(places: Sequence[Place]) -> bool:
    """The places lie in one area, as a region's towns do: each within _REGION_REACH_KM of
    their mean point."""
    if not places:
        return False
    middle = Place(
        "", "place", None, fmean(p.lat or 0.0 for p in places), fmean(p.lon or 0.0 for p in places)
    )
    return all(_km(p, middle) <= _REGION_REACH_KM for p in places)


def _km(a: Place, b: Place) -> float:
    return km(a.lat or 0.0, a.lon or 0.0, b.lat or 0.0, b.lon or 0.0)


def _within_reach(town: Place, other: Place) -> bool:
    """The town lies as near the other place as a story's towns lie to its towns, or to
    the point of its region."""
    return _km(town, other) <= (_REGION_REACH_KM if other.kind == "region" else _TOWN_REACH_KM)


_TOWN_REACH_KM = 300  # a small town of a story lies this near its other towns

_A_CONTINENT_KM = 2000  # farther than this from a story's one area is another continent

_REGION_REACH_KM = 800  # a region's towns lie within this of its point (Texas, Siberia aside)


def _lies_within(place: Place, region: Place, g: Gazetteer) -> bool:
    """The place lies in the region: by the region codes of the town records where they
    say (a US state, a nation of the UK), else near enough to the region's point."""
    known = g.lies_in(place, region)
    return known if known is not None else not _far_within(place, region)


def _far_within(place: Place, region: Place) -> bool:
    """The place lies farther from the region's point than any of its towns would."""
    if None in (place.lat, place.lon, region.lat, region.lon):
        return False
    return km(place.lat, place.lon, region.lat, region.lon) > _REGION_REACH_KM  # type: ignore[arg-type]


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
    province); and a peak, a desert or a park a story often names in passing."""
    if place is None:
        # a name the gazetteer does not know is a place only if something happens there, or
        # if its own words say so ("Birch Road East", "the Pungwe River"): "Alibaba's listing"
        # twice, tagged a place, is not one
        return not _says_its_kind(m.forms)
    if place.kind == "region" and place.country is None:
        return True  # a continent or world region: "Middle East observers", "across Europe"
    if place.kind in ("region", "water") and place.name in _named_in_passing():
        return True  # a peak, a desert, a park: "as high as Everest" is no place of the story
    if place.kind == "region" and m.count == 1 and place.country not in countries:
        return True
    return place.kind == "country" and place.country not in hosts


@lru_cache(maxsize=1)
def _named_in_passing() -> frozenset[str]:
    """Curated places a story often names in passing, listed only where something happens
    there (data/places.json, "scene_only")."""
    return frozenset(p["name"] for p in load("places.json")["places"] if p.get("scene_only"))


def _a_persons_name(forms: Collection[str], lower: Collection[str]) -> bool:
    """A name no gazetteer knows, shaped as a person's ("Ruben Rodrigues": a given name, then
    a name) and saying no kind of place: a person NER took for a site."""
    return all(
        person_shaped(f, lower) and not _says_its_kind([f]) and not names_a_site(f) for f in forms
    )


def _says_its_kind(forms: Collection[str]) -> bool:
    """A name whose own words say what it is: a street, water or a region ("Birch Road
    East", "the Pungwe River", "Utah County")."""
    return any(names_a_street(f) or _WATER.search(f) or _REGION.search(f) for f in forms)


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


def _location(
    place: Place | None, label: str, m: Mentions, g: Gazetteer, scenes: Collection[Sentence] = ()
) -> Location:
    """The place as listed, cited by the first sentence where something happens there (else
    where it is first named or acts)."""
    named = place is not None and place.kind in ("country", "water", "facility")
    name = place.name if named and place else m.name()
    if place is not None and place.name.lower() == f"the {name.lower()}":
        name = place.name  # "in The Hague" (the article left out of the mention): The Hague
    return Location(
        name=name,
        kind=place.kind if place else _kind_from_label(label, m.name()),
        aliases=m.aliases(),
        mentions=m.count,
        country=g.country_names.get(place.country) if place and place.country else None,
        lat=place.lat if place else None,
        lon=place.lon if place else None,
        evidence=next(
            ((Evidence(s.source, s.index, s.text),) for s in m.sentences if s in scenes),
            m.evidence(1),
        ),
    )


def _kind_from_label(label: str, name: str) -> str:
    """The kind of a place the gazetteer does not know, by NER's label and its own words: a
    name ending in a water's word is water, whatever NER says ("Tampa Bay", NER: a site); a
    street's is a site ("Regent Street", NER: a region)."""
    if _WATER.fullmatch(name.split()[-1] if name.split() else ""):
        return "water"
    if label == "FAC" or names_a_street(name):
        return "facility"  # "on Regent Street" (NER: a region): a street is a site
    if name.split()[-1] in ("Coast", "Coastline"):
        return "region"  # "the Gulf Coast": land along the water
    if _WATER.search(name):
        return "water"
    if label == "LOC" or _REGION.search(name):
        return "region"
    return "place"
