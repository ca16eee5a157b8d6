"""What the whole text says about its names, read once per extraction and shared by the
actor and place stages: the countries it names, its lower-case words, the words of its
people's full names, brands, the names it uses as scenes, the names it treats as people,
and the well-known bodies of data/actors.json."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise
from typing import Any

from ..data import load
from .gazetteer import Gazetteer, small_town
from .names import (
    REPORTING,
    business_names,
    clean,
    key,
    person_nouns,
    split_at_rank,
    without_trade,
)
from .nlp import Parsed
from .place_mentions import (
    SITE_PREFIXES,
    ends_as_a_body,
    ends_as_a_site,
    in_a_list_of_places,
    in_a_region_after,
    listed_among_bodies,
    named_area,
    one_place_of_two,
    prefixed_name_end,
    site_named,
    sited_in,
    untagged_settlements,
)
from .scenes import (
    climbed,
    first_conjunct,
    holding_of,
    is_setting,
    journey_end,
    named_as_scene,
    named_as_settlement,
    overrun,
)
from .spans import acronym_definitions


def _known_forms() -> list[tuple[str, dict[str, Any]]]:
    """Each well-known body of data/actors.json under the key of every name it goes by."""
    return [
        (key(form), item)
        for item in load("actors.json")["known"]
        for form in [item["name"], *item["aliases"]]
    ]


@lru_cache(maxsize=1)
def _homes() -> dict[str, str]:
    """The country of each known national body, by the key of any name it goes by ("met
    office" -> GB, "fbi" -> US)."""
    return {k: item["country"] for k, item in _known_forms() if item.get("country")}


def body_home(k: str) -> str | None:
    """The country of the known national body that key names, if it is one ("cdc" -> US)."""
    return _homes().get(k)


@lru_cache(maxsize=1)
def known_bodies() -> dict[str, tuple[str, str]]:
    """The well-known groups and bodies of data/actors.json by the key of any name they go
    by: key -> (canonical name, kind). The actor stage reads the same table."""
    return {k: (item["name"], item["kind"]) for k, item in _known_forms()}


def scene_names(parsed: Sequence[Parsed]) -> frozenset[str]:
    """Keys of the names the text uses as a scene somewhere ("the town of al-Bukamal"): the
    same name elsewhere ("Residents of al-Bukamal said") is that place, not an organisation."""
    return frozenset(key(clean(e.text)) for p in parsed for e in p.doc.ents if named_as_scene(e))


def listed_with_places(
    parsed: Sequence[Parsed], g: Gazetteer, countries: set[str]
) -> frozenset[str]:
    """Keys of names NER took for organisations or people, listed with a place where
    something happens, that are towns or regions of a country the text names by one of
    their names: "reached 1.4 million people in Kassala and Gedaref" (NER: Gedaref an
    organisation, a name GeoNames gives Al Qadarif, Sudan); "in Darfur, Kordofan, Blue Nile,
    Al Jazirah and Khartoum" (NER: Al Jazirah a person); and any name the text calls the
    place's neighbour ("in Jajarkot and neighbouring Rukum West")."""
    out: set[str] = set()
    for p in parsed:
        places = {e.root.i for e in p.doc.ents if e.label_ in ("GPE", "LOC")}
        for e in p.doc.ents:
            token = e.root
            if e.label_ not in ("ORG", "PERSON") or token.dep_ != "conj":
                continue
            first = first_conjunct(token)
            k = key(clean(e.text))
            if first.i not in places and in_a_list_of_places(e, g, countries):
                # "four practices, in Wick, Thurso and Lairg" (NER: bodies), a list led by a
                # town of the text's country: each name a place, the first too
                out.update((k, key(first.text)))
                continue
            if (
                first.i in places
                and first.dep_ == "pobj"
                and first.head.lower_ in ("in", "at", "near", "across")
                and (
                    (e.label_ == "ORG" and any(c.country in countries for c in g.cities.get(k, ())))
                    or _a_region_of(k, g, countries)
                    or any(c.dep_ == "amod" and c.lower_ in _NEIGHBOURING for c in token.children)
                )
            ):
                out.add(k)
    return frozenset(out)


# Words that make a name listed with a place its neighbour: "in Jajarkot and neighbouring
# Rukum West" (NER: a person).
_NEIGHBOURING = frozenset(["neighbouring", "neighboring", "nearby", "adjacent", "adjoining"])


def _a_region_of(k: str, g: Gazetteer, countries: set[str]) -> bool:
    """The name is a first-level region of a country the text names."""
    place = g.resolve(k, countries)
    return place is not None and place.kind == "region" and place.country in countries


def full_name_words(
    parsed: Sequence[Parsed], businesses: Collection[str] = frozenset()
) -> frozenset[str]:
    """Keys of the words of people's full names ("richard", "hammond"): alone, such a word
    is the person ("Hammond"), not a town or an organisation. ``businesses``: names the text
    says are organisations, whatever NER took them for. Not a word the text itself calls a
    place by its kind: "the Canadian province of Alberta", then "Alberta Wildfire said"
    (NER: a person)."""
    settled = {
        key(e.text) for p in parsed for e in p.doc.ents if len(e) == 1 and named_as_settlement(e)
    }
    return frozenset(
        w
        for p in parsed
        for ent in p.doc.ents
        for e in split_at_rank(p.doc, ent)  # "Army Spc Caleb Barnes": Caleb Barnes
        if e.label_ == "PERSON"
        and len(key(e.text).split()) > 1
        and not _runs_into_a_body(e)
        and key(e.text) not in businesses
        and not named_as_settlement(e)  # "parts of Penteli and Nea Penteli": a town's words
        for w in key(e.text).split()
        if w not in settled
    )


def _runs_into_a_body(ent: Any) -> bool:
    """A "person" NER cut from the institution it names: "Birmingham Children's" +
    "Hospital" (no person's name owns a hospital's name)."""
    doc = ent.doc
    if ent.end >= len(doc):
        return False
    after = doc[ent.end]
    body = next((e for e in doc.ents if e.start == after.i), None)
    return ends_as_a_body(body.text if body is not None else after.text)


def lower_case_words(parsed: Sequence[Parsed]) -> frozenset[str]:
    """Words the text writes in lower case mid-sentence: "Telecoms" or "Tsunami" opening a
    sentence is one of them, not a name."""
    return frozenset(t.text for p in parsed for t in p.doc if t.is_lower and not t.is_sent_start)


def brands(parsed: Sequence[Parsed]) -> frozenset[str]:
    """Keys of the first words of organisation names of two words or more ("asahi"), and of
    the names a commodity is sold by ("Brent crude futures", then "Brent could reach $100":
    no London borough)."""
    return frozenset(
        key(without_trade(e)[0].text)
        for p in parsed
        for e in p.doc.ents
        if e.label_ == "ORG" and len(without_trade(e)) > 1 and not _a_places_own_body(e)
    ) | frozenset(
        key(t.text)
        for p in parsed
        for t in p.doc
        if t.text[:1].isupper() and t.dep_ == "compound" and t.head.lower_ in _GOODS
    )


def _a_places_own_body(e: Any) -> bool:
    """A public body named by its place and its kind alone: "Derbyshire Police", "Kent
    County Council", or a site ("Nottingham Crown Court") — the first word is the place (its
    own, not a brand's: "Glossop, Derbyshire" is in the county)."""
    heads = load("actors.json")["group_heads"]
    rest = [t.lower_ for t in without_trade(e)[1:]]
    if ends_as_a_site(e.text):
        return True  # "outside a Nottingham takeaway", then "Nottingham Crown Court": the
        # town's court, no brand's
    return rest[-1] in heads and all(w in heads or w in _PLACE_RANKS for w in rest)


# The words for a place's rank a public body's name may carry: "Kent County Council".
_PLACE_RANKS = frozenset("county city borough district town state regional".split())  # noqa: SIM905


# Nouns for a commodity a name qualifies: "Brent crude", "Urals blend", "cocoa futures".
_GOODS = frozenset("crude blend futures".split())  # noqa: SIM905


def _whose_nationality(e: Any) -> bool:
    """A nationality that says who one person is: "American businessman Todd Boehly" (no
    sign the story happens in the United States, as "American troops" may be)."""
    head = e.root.head
    return (
        e.root.dep_ in ("amod", "compound") and head.tag_ == "NN" and head.lower_ in person_nouns()
    )


def countries_named(parsed: Sequence[Parsed], g: Gazetteer) -> set[str]:
    """ISO codes of the countries named anywhere in the text, or whose state, county or
    curated place is, whose first-level region is where only one country has a region of
    that name ("Assam"), whose people are named ("British"), or whose national body is (the
    Met Office, the FBI)."""
    named = set()
    regions = []  # names of regions whose country is named only by them
    shared = {}  # a country's name that is also a state's: "Georgia" -> (GE, US)
    capitals = set()  # countries whose capital is named: "Tbilisi" -> GE
    demonyms = load("actors.json")["demonyms"]
    for p in parsed:
        for e in p.doc.ents:
            k = key(clean(e.text))
            code = g.country_code(k) or (g.curated[k].country if k in g.curated else None)
            if code is None and e.label_ == "NORP" and not _whose_nationality(e):
                code = demonyms.get(k)  # "British troops" name the United Kingdom too
            if code is None and e.label_ in ("ORG", "FAC", "GPE"):
                code = _homes().get(k)  # "the Met Office", "the FBI": their country too
            if code is None and e.label_ in ("ORG", "EVENT"):
                code = country_a_body_is_named_for(k, g)  # "North Wales Police", "the
                # Scottish Premiership"
            if code is None and e.label_ == "GPE" and k in g.capitals:
                capitals.add(g.capitals[k])
            if code is None and e.label_ in ("GPE", "LOC") and is_setting(e.root):
                regions.append(k)  # "rain in Assam": India (not "the Zaire strain")
            state = g.curated.get(f"{k} state")
            if code and state is not None and state.country != code and e.label_ == "GPE":
                shared[k] = (code, state.country)  # which one, once the rest is known
            elif code:
                named.add(code)  # "Colorado" names the United States too
        regions.extend(key(name) for name in untagged_settlements(p.doc))  # "19 districts of
        # Assam", untagged
        named.update(
            code
            for t in p.doc
            if t.ent_iob_ == "O"
            and t.tag_ == "NNP"
            and t.dep_ != "compound"
            and (code := g.country_code(key(t.text)))
        )  # "in north-central Nigeria", which NER left untagged
        named.update(
            code
            for a, b in pairwise(p.doc.ents)
            if one_place_of_two(p.doc, a, b, g)
            and (code := g.country_code(key(p.doc[a.start : b.end].text)))
        )  # "Trinidad and Tobago" (NER: a place and a body)
    for country, other in shared.values():
        named.add(country if other not in named or country in named | capitals else other)
        # "Winder, Georgia" beside "the FBI": the US state; beside nothing American, or
        # beside the country's people or capital ("Georgian", "Tbilisi"), the country
    for k in regions:
        # A region's country is named by it, unless the name is a town of a country the
        # text names otherwise: "San Miguel" in a story of the Philippines is its town, and
        # names no El Salvador (whose department San Miguel is).
        if (code := _region_home(k, g)) and not any(g.city_in(k, c) for c in named - {code}):
            named.add(code)
    # A great city names its country where the story happens in it ("won gold in Paris"
    # names France, so "the court in Lausanne" is Switzerland's town, near it); a story
    # that names no country is in its great city's wherever the city stands: "north of Los
    # Angeles" is in the United States (so "Santa Ana winds" are no Philippine town's)
    named.update(
        code
        for p in parsed
        for e in p.doc.ents
        if e.label_ == "GPE"
        and (not named or is_setting(e.root))
        and (code := _great_city_home(key(clean(e.text)), g))
    )
    return named


def country_a_body_is_named_for(k: str, g: Gazetteer) -> str | None:
    """The country, or nation of one (Wales, Scotland), whose name a body's name opens or
    ends with: "Police Scotland", "Care Inspectorate Wales", "North Wales Police", "Kenya
    Airways" are bodies of theirs, and so is a police force or council named for one of its
    counties or states ("Wiltshire Police"), or a body named with its people's word ("the
    Scottish Premiership"); so the story is set there. Not a country named after
    "of" or "for" ("Friends of Syria", "Campaign for Tibet"), whose bodies need not be."""
    words = k.split()
    if len(words) < 2 or any(w in ("of", "for") for w in words):
        return None
    for n in (2, 1):
        for part in (" ".join(words[:n]), " ".join(words[-n:])):
            if part == k:
                continue
            code = g.country_code(part)
            if code is None and part in g.curated and g.curated[part].kind == "region":
                serves = part in UK_NATIONS or words[-1] in _PUBLIC_SERVICES  # "Wiltshire Police"
                code = g.curated[part].country if serves else None
            if code is not None:
                return code
    # "North Wales Police": a nation with its compass word
    if len(words) >= 3 and words[0] in COMPASS_WORDS and words[1] in UK_NATIONS:
        return g.curated[words[1]].country
    # "the Scottish Premiership", "the Dutch Safety Board": a nation's, by its people's word
    code = load("actors.json")["demonyms"].get(words[0])
    return code if isinstance(code, str) else None


# The last words of a public service named for the county or state it serves: "Wiltshire
# Police", "Essex County Council" (not a firm's: "Georgia Power").
_PUBLIC_SERVICES = frozenset("police constabulary council".split())  # noqa: SIM905
# The nations of the United Kingdom, whose names stand for it in a body's name ("Police
# Scotland") and tell its towns' namesakes apart (locations._nations_named).
UK_NATIONS = ("wales", "scotland", "england", "northern ireland")
# Compass words written before a nation's name: "North Wales Police", "in north Wales".
COMPASS_WORDS = frozenset("north south east west mid northern southern eastern western".split())  # noqa: SIM905


_GREAT_CITY = 1_000_000  # people in a city whose name alone says its country


def _great_city_home(k: str, g: Gazetteer) -> str | None:
    """The country of the city of a million or more people of that name, where no other
    place of the name is a tenth its size ("Los Angeles"; not "Valencia" or "Hyderabad")."""
    cities = sorted(g.cities.get(k, ()), key=lambda c: -c.population)
    if not cities or cities[0].population < _GREAT_CITY:
        return None
    if len(cities) > 1 and cities[1].population * 10 >= cities[0].population:
        return None
    return cities[0].country


def _region_home(k: str, g: Gazetteer) -> str | None:
    """The country of a first-level region of that name, where only one country has one —
    and no city of 100,000 people elsewhere has the name ("Manchester" names no Jamaica,
    whose parish it is: the English city is far the better known)."""
    homes = {r.country for r in g.regions.get(k, ())}
    if len(homes) != 1:
        return None
    home = next(iter(homes))
    if any(c.population >= 100_000 and c.country != home for c in g.cities.get(k, ())):
        return None
    return home


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
    firms: frozenset[str]  # first words of its firms' names (firm_words)
    people: frozenset[str]  # names it treats as people, whatever their roles (people_named)
    storms: frozenset[str] = frozenset()  # names it gives storms (storm_names)
    sites: frozenset[str] = frozenset()  # names it writes after a site's prefix (site_names)
    filed_from: Mapping[str, str] = field(default_factory=dict)  # source -> dateline place
    sides: frozenset[str] = frozenset()  # names of teams in a contest (contest_sides)
    states: frozenset[str] = frozenset()  # keys of the US states it names (states_named)
    # (source, sentence) -> the names each sentence defines with an acronym in brackets
    definitions: Mapping[tuple[str, int], tuple[tuple[str, str], ...]] = field(default_factory=dict)
    acronyms: frozenset[str] = frozenset()  # acronyms it gives bodies (bodies_abbreviated)


def text_facts(
    parsed: Sequence[Parsed], g: Gazetteer, datelines: Mapping[str, str] | None = None
) -> TextFacts:
    """``datelines``: source id -> the place it was filed from ("DUNMORE, 3 May (AFP) -"):
    the same name in the body is that place ("connectivity in Dunmore", NER: a person), and
    where the body never names it, it is the story's place."""
    datelines = datelines or {}
    filed = frozenset(key(clean(place.split(",")[0])) for place in datelines.values() if place)
    countries = countries_named(parsed, g)
    listed = listed_with_places(parsed, g, countries)
    placed = towns_placed_in_a_region(parsed, g, countries)
    return TextFacts(
        countries=countries,
        lower=lower_case_words(parsed),
        brands=brands(parsed),
        # "Kent" after "Clark Kent" is the person; not "Hitchin" after "Campaign group Save
        # Hitchin Fields" (NER: a person); businesses, but not "Colombia and Peru, the
        # world's two largest cocaine producers": countries
        name_words=full_name_words(
            parsed,
            businesses := frozenset(k for k in business_names(parsed) if not g.country_code(k))
            | firms_by_shares(parsed),
        ),
        scenes=scene_names(parsed) | filed | listed | placed,
        businesses=businesses,
        firms=firm_words(parsed, businesses) | team_names(parsed) | listed_firms(parsed),
        # a dateline's town is no person, nor a town of the story's country where things
        # happen ("the development at Hazel Grove", NER: a person), nor a region listed with
        # places ("in Darfur, Kordofan, Blue Nile, Al Jazirah and Khartoum")
        people=people_named(parsed, g)
        - filed
        - towns_as_scenes(parsed, g, countries)
        - listed
        - placed
        - (sites := site_names(parsed)),
        storms=storm_names(parsed),
        sites=sites,
        sides=contest_sides(parsed, g),
        filed_from={source: place for source, place in datelines.items() if place},
        states=states_named(parsed, g, datelines.values(), countries),
        definitions=(definitions := acronyms_defined(parsed)),
        acronyms=bodies_abbreviated(definitions, g),
    )


def acronyms_defined(
    parsed: Sequence[Parsed],
) -> dict[tuple[str, int], tuple[tuple[str, str], ...]]:
    """(source, sentence) -> the (name, acronym) pairs the sentence defines in brackets
    ("the World Anti-Doping Agency (Wada)"), read once for the actors and the places."""
    out = {}
    for p in parsed:
        if pairs := acronym_definitions(p.sentence.text):
            out[(p.sentence.source, p.sentence.index)] = tuple(pairs)
    return out


def firms_by_shares(parsed: Sequence[Parsed]) -> frozenset[str]:
    """Keys of the names whose shares or a stake the text holds: "Shares in Burberry
    slumped" makes Burberry a firm in every sentence, whatever NER took it for elsewhere
    ("Burberry's chairman", NER: a person)."""
    return frozenset(
        key(clean(e.text)) for p in parsed for e in p.doc.ents if holding_of(e.root) is not None
    )


def bodies_abbreviated(
    definitions: Mapping[tuple[str, int], Iterable[tuple[str, str]]], g: Gazetteer
) -> frozenset[str]:
    """Keys of the acronyms the text defines in brackets (acronyms_defined) for names that
    are no place: "the World Anti-Doping Agency (Wada)" makes "Wada" the agency, never the
    town in Japan; "the Democratic Republic of Congo (DRC)" stays a place."""
    return frozenset(
        key(acronym)
        for pairs in definitions.values()
        for name, acronym in pairs
        if g.country_code(key(name)) is None and g.resolve(key(name), set()) is None
    )


def states_named(
    parsed: Sequence[Parsed],
    g: Gazetteer,
    datelines: Iterable[str],
    countries: Collection[str] = (),
) -> frozenset[str]:
    """Keys of the states of the United States the text names, in its body or its datelines
    ("ROLLING FORK, Miss. (AP) —", "Memphis, Tenn."): they tell its counties apart. A name
    a state shares with a country ("Georgia") is the state beside other states or the
    United States, unless the text names that country (``countries``: countries_named)."""
    names = [key(clean(e.text)) for p in parsed for e in p.doc.ents if e.label_ in ("GPE", "LOC")]
    names += [key(part) for dateline in datelines for part in dateline.split(",")[1:]]
    states = {
        key(place.name)
        for k in names
        if (place := g.curated.get(k)) is not None
        and place.country == "US"
        and place.kind == "region"
    }
    counties = {
        key(m.group(0))
        for p in parsed
        for e in p.doc.ents
        for m in _A_COUNTY.finditer(clean(e.text))
    }
    county_states = {s for c in counties for s in g.states_with_county(c)}
    if states or any(g.country_code(k) == "US" for k in names) or county_states:
        # "In Georgia, Governor Brian Kemp said" beside Florida: the state, not the country;
        # "a deputy in Georgia … Camden County" (a county Georgia has): the state too
        beside = bool(states) or any(g.country_code(n) == "US" for n in names)
        for k in names:
            place = g.curated.get(f"{k} state")
            if place is None or place.country != "US" or place.kind != "region":
                continue
            code = g.country_code(k)
            if beside and code not in countries:  # "a native of Tbilisi, Georgia": the country
                states.add(key(k))
            elif k in county_states and not _a_place_of(code, names, k, g):
                states.add(key(k))  # "a deputy in Georgia … Camden County": no other place
                # of the country Georgia named, and a county of the state
    return frozenset(states)


def _a_place_of(code: str | None, names: Iterable[str], but: str, g: Gazetteer) -> bool:
    """Another of the names is a place of the country ``code`` ("Tbilisi" of Georgia)."""
    return code is not None and any(
        n != but and (place := g.resolve(n, {code})) is not None and place.country == code
        for n in names
    )


# A US county as a name writes it: "Camden County", "Glynn County Courthouse".
_A_COUNTY = re.compile(r"\b[A-Z][\w'.-]+(?: [A-Z][\w'.-]+)? County\b")


# Words a storm's name is written after: "Cyclone Remal", "Hurricane Florence", "Storm Ciaran".
_STORMS = frozenset("cyclone hurricane typhoon storm".split())  # noqa: SIM905
# Words a wildfire's name ends with: "the Canyon Fire", "the Dixie Fire", "the Park Wildfire".
_FIRES = frozenset("Fire Wildfire Blaze".split())  # noqa: SIM905


def site_names(parsed: Sequence[Parsed]) -> frozenset[str]:
    """Keys of the names the text writes after a site's prefix ("walked out of HMP Castle
    Huntly") or before a landform's word ("Guatemala's Fuego volcano"): the site or the
    mountain, wherever the name stands alone ("Castle Huntly has seen more than 20
    absconds", "the last eruption of Fuego", NER: a person, a body)."""
    out: set[str] = set()
    for p in parsed:
        for t in p.doc:
            if t.lower_ in _LANDFORMS and t.i > 0 and p.doc[t.i - 1].pos_ == "PROPN":
                start = t.i - 1
                while start > 0 and t.i - start < 3 and p.doc[start - 1].pos_ == "PROPN":
                    start -= 1
                out.add(key(p.doc[start : t.i].text))
        for t in p.doc[:-1]:
            if t.text not in SITE_PREFIXES:
                continue
            end = prefixed_name_end(p.doc, t.i)
            if end > t.i + 1:
                out.add(key(p.doc[t.i + 1 : end].text))
    return frozenset(out)


# Landforms' words written after their names in lower case: "the Fuego volcano".
_LANDFORMS = frozenset("volcano glacier".split())  # noqa: SIM905


def storm_names(parsed: Sequence[Parsed]) -> frozenset[str]:
    """The names the text gives storms, with and without their word ("cyclone remal",
    "remal"), and wildfires, with their word ("canyon fire"): no person, body or place
    ("Hurricane Florence" is not Florence, Italy; "the Canyon Fire has burned 14,000 acres"
    is no organisation). A fire's name without its word is an ordinary word or a place."""
    out: set[str] = set()
    for p in parsed:
        doc = p.doc
        for t in doc[:-1]:
            name = doc[t.i + 1]
            if (
                t.lower_ in _STORMS
                and (
                    t.text[:1].isupper()
                    or (t.lower_ != "storm" and name.ent_type_ not in ("ORG", "NORP"))
                    or (t.i > 0 and doc[t.i - 1].lower_ == "tropical")
                )  # "tropical storm Trami", "typhoon Haiyan" (not "the storm Labour faced")
                and name.pos_ == "PROPN"
                and name.text[:1].isupper()
                and not ends_as_a_body(name.text)  # "the National Hurricane Center"
            ):
                out.update({key(f"{t.text} {name.text}"), key(name.text)})
                if t.i > 0 and doc[t.i - 1].text[:1].isupper() and doc[t.i - 1].is_alpha:
                    # "Tropical Storm Ana", "Super Typhoon Haiyan": the storm's whole name
                    out.add(key(f"{doc[t.i - 1].text} {t.text} {name.text}"))
        for t in doc[1:]:
            name = doc[t.i - 1]
            if (
                t.text in _FIRES
                and name.dep_ == "compound"
                and name.head.i == t.i
                and name.text[:1].isupper()
                and name.ent_type_ not in ("GPE", "LOC", "NORP")
            ):
                out.add(key(f"{name.text} {t.text}"))
    return frozenset(out)


# Words that end a firm's name: "Halden Group", "Toyota Motor Corp", "Nokia Oyj".
_FIRM_ENDINGS = frozenset(
    "group plc ltd limited inc corp corporation holdings co ag sa gmbh nv llc oyj spa".split()  # noqa: SIM905
)


def firm_words(parsed: Sequence[Parsed], businesses: frozenset[str]) -> frozenset[str]:
    """The first words of the names the text gives firms: names it says are businesses
    ("Brewer Halden Group", "retailer Argos Ltd") or that end as a firm's does ("Halden
    Group"), of two words or more: "Halden" alone is then the firm where nothing happens
    there (place_mentions.a_firms_short_name)."""
    names = set(businesses) | {
        key(without_trade(e).text)
        for p in parsed
        for e in p.doc.ents
        if e.label_ == "ORG" and e[-1].lower_.rstrip(".") in _FIRM_ENDINGS
    }
    return frozenset(n.split()[0] for n in names if len(n.split()) > 1)


def listed_firms(parsed: Sequence[Parsed]) -> frozenset[str]:
    """Keys of one-word names the text lists among bodies, in a list of three or more set
    off by commas ("Delta, United and American Airlines grounded all flights"): the body
    wherever nothing happens there ("Delta said it expected more cancellations"), not
    Delta, British Columbia. Not a name joined to one body ("the Birmingham and Midlands
    Institute")."""
    return frozenset(
        key(e.text)
        for p in parsed
        for e in p.doc.ents
        if len(e) == 1
        and e.label_ in ("ORG", "GPE", "LOC")
        and _beside_a_comma(e)
        and listed_among_bodies(e)
    )


def _beside_a_comma(ent: Any) -> bool:
    doc = ent.doc
    return (ent.start > 0 and doc[ent.start - 1].text == ",") or (
        ent.end < len(doc) and doc[ent.end].text == ","
    )


def team_names(parsed: Sequence[Parsed]) -> frozenset[str]:
    """Keys of one-word names the text makes a team by agreement: a singular name with a
    plural verb ("Chelsea have signed", "Dundee were beaten") is a club or a side, the
    collective British English writes in the plural, not the town (which "has"). Not a
    name joined to another ("Vodafone and Three have agreed")."""
    out = set()
    for p in parsed:
        for t in p.doc:
            verb = t.head
            if (
                t.dep_ != "nsubj"
                or t.tag_ != "NNP"
                or not t.text[:1].isupper()
                or any(c.dep_ in ("conj", "cc") for c in t.children)
                or (t.i > 0 and t.doc[t.i - 1].dep_ in ("compound", "amod"))
            ):
                continue
            words = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
            if any(w.tag_ == "VBP" or w.lower_ == "were" for w in words) and not any(
                w.tag_ == "VBZ" or w.lower_ == "was" for w in words
            ):
                out.add(key(t.text))
    return frozenset(out)


# Nouns for a sporting contest between two sides ("a game against Manchester United"; not
# "win" or "defeat", which elections have too), and for a side ("former club Celtic").
_CONTESTS = frozenset(
    """match matches game games friendly friendlies fixture fixtures final semi-final
    quarter-final tie derby""".split()  # noqa: SIM905 - a word list reads best as words
)
_SIDE_NOUNS = frozenset("club side team".split())  # noqa: SIM905
_AGAINST = frozenset("against versus vs v".split())  # noqa: SIM905
# The people of a side a club's name qualifies: "Tottenham boss", "Chelsea midfielder".
_SIDE_ROLES = frozenset(
    "boss manager coach striker midfielder goalkeeper defender captain winger".split()  # noqa: SIM905
)


def contest_sides(parsed: Sequence[Parsed], g: Gazetteer) -> frozenset[str]:
    """Keys of the names the text makes sides in a sporting contest: the owner of a match or
    game ("Bayern's Champions League game"), what it is against ("against Manchester
    United"), or a name written after "club" or "side" ("former club Celtic"). A club, not a
    person or a place (NER often takes "Aston Villa" for one, "Bayern Munich" for the other);
    a country or region stays itself ("a friendly against Scotland"). In a text with such a
    side, a win, victory or defeat is a contest too ("Bayern Munich's win over Bochum"; not
    in an election's "win over Trump"), and a side's name runs on ("Bayern Munich")."""
    sides = [(k, result) for p in parsed for t in p.doc for k, result in _sides_at(t, g)]
    if not any(not result for _, result in sides):
        return frozenset()
    out = {k for k, _ in sides}
    out |= {
        key(e.text)
        for p in parsed
        for e in p.doc.ents
        if len(e) > 1 and key(e[0].text) in out and not g.country_code(key(e.text))
    }
    return frozenset(out)


_RESULTS = frozenset("win wins victory victories defeat defeats draw".split())  # noqa: SIM905
# Verbs of leading a team, whose object is the team.
_LEADING_A_SIDE = frozenset(
    """captain captained captains captaining skipper skippered skippers managed manages
    managing coached coaches coaching""".split()  # noqa: SIM905
)


def _sides_at(token: Any, g: Gazetteer) -> list[tuple[str, bool]]:
    """The keys of the sides the token names (see contest_sides), each with whether only a
    result names it ("a win over Bochum")."""
    names: list[tuple[Any, bool]] = []
    if token.pos_ == "NOUN" and token.lower_ in _CONTESTS | _RESULTS:
        result = token.lower_ in _RESULTS
        against = _AGAINST | {"over", "with", "by"} if result else _AGAINST  # "a defeat by"
        names += [(c, result) for c in token.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
        names += [
            (o, result)
            for prep in token.children
            if prep.dep_ == "prep" and prep.lower_ in against
            for o in prep.children
            if o.dep_ == "pobj" and o.pos_ == "PROPN"
        ]
    if token.pos_ == "PROPN" and any(
        c.dep_ == "compound" and c.lower_ in _SIDE_NOUNS for c in token.children
    ):
        names.append((token, False))
    if token.pos_ == "PROPN" and token.dep_ == "compound" and token.head.lower_ in _SIDE_ROLES:
        names.append((token, True))  # "former Tottenham boss Mauricio Pochettino": as a
        # result is, a side only in a text with a contest
    if token.pos_ == "VERB" and token.lower_ in _LEADING_A_SIDE:
        names += [  # "captained Liverpool to the title": a side; "managed Chelsea" where the
            # text has a contest
            (c, not token.lower_.startswith(("captain", "skipper")))
            for c in token.children
            if c.dep_ == "dobj" and c.pos_ == "PROPN"
        ]
    out = []
    for name, result in names:
        if name.ent_type_ in ("DATE", "TIME"):
            continue  # "Saturday's Bundesliga match"
        first = name.i
        while (
            first > 0
            and name.doc[first - 1].dep_ == "compound"
            and name.doc[first - 1].pos_ == "PROPN"
        ):
            first -= 1
        k = key(name.doc[first : name.i + 1].text)
        place = g.resolve(k, set())
        if place is None or place.kind == "city":
            out.append((k, result))
    return out


_VOTE = {"GPE": "place", "LOC": "place", "FAC": "place", "PERSON": "person"}


def towns_as_scenes(parsed: Sequence[Parsed], g: Gazetteer, countries: set[str]) -> frozenset[str]:
    """Keys of names used as scenes ("the development at Hazel Grove") that are towns, as the
    place stage resolves them (in a country the text names, where it names any)."""
    scenes = {key(clean(e.text)) for p in parsed for e in p.doc.ents if named_as_scene(e)}
    return frozenset(
        k
        for k in scenes
        if ((town := g.resolve(k, countries)) is not None and town.kind == "city")
        or small_town(k, countries) is not None
    )


def towns_placed_in_a_region(
    parsed: Sequence[Parsed], g: Gazetteer, countries: set[str]
) -> frozenset[str]:
    """Keys of small towns of a country the text names, written after a preposition and
    before the region they lie in, whatever NER took them for: "kidnapped 276 schoolgirls
    from Chibok in the northeastern state of Borno" (NER: a person)."""
    return frozenset(
        k
        for p in parsed
        for e in p.doc.ents
        if e.label_ in ("PERSON", "ORG")
        and first_conjunct(e.root).dep_ == "pobj"
        and in_a_region_after(e, g)
        and small_town(k := key(clean(e.text)), countries) is not None
    )


def people_named(parsed: Sequence[Parsed], g: Gazetteer | None = None) -> frozenset[str]:
    """Names the text treats as people: NER calls them a person more often than a place (a
    person saying something, "Elsa Marrow said", counts twice: places rarely speak), and the
    text never names them as a place by its kind or as where someone went ("the village of
    …", "fled to …"). A role alone does not make such a name a place: "took a swipe at
    Myleene Klass", a misparsed "in court Chancey Luna"."""
    votes: dict[str, Counter[str]] = {}
    settled = {key(n) for p in parsed for n in untagged_settlements(p.doc)}
    for p in parsed:
        for e in p.doc.ents:
            k = key(clean(e.text))
            vote = _VOTE.get(e.label_, "")
            speaks = e.root.dep_ == "nsubj" and e.root.head.lower_ in REPORTING
            votes.setdefault(k, Counter())[vote] += 2 if vote == "person" and speaks else 1
            if (
                named_as_settlement(e)
                or journey_end(e)
                or site_named(clean(e.text))
                or named_area(e)  # "in the Maip Mulitaka area"
            ):
                settled.add(k)  # ... or a site by its name: "at Warrington's Parr Hall"
            elif sited_in(e):
                settled.add(k)  # ... or where a site stands: "its plant in Bremholt"
            elif overrun(e) or climbed(e):
                settled.add(k)  # ... or what fighters storm: "stormed Wad al-Noura"; or
                # what walkers climb: "set off to climb Scafell Pike" (NER: a person)
            elif g is not None and e.label_ == "PERSON" and _a_town_of_the_area_after(e, g):
                settled.add(k)  # ... or a town with the region it lies in after it: "at her
                # home in Bolton, Greater Manchester" (NER: a person)
            elif e.label_ == "PERSON" and in_a_list_of_places(e):
                settled.add(k)  # ... or a later name of a list of places: "schools in
                # Llanfihangel Rhydithon, Abbey Cwm Hir and Beguildy"
    return frozenset(k for k, v in votes.items() if v["person"] > v["place"] and k not in settled)


def _a_town_of_the_area_after(ent: Any, g: Gazetteer) -> bool:
    """The name is a town of the region or country written after it, set off by a comma:
    "in Bolton, Greater Manchester", "Mobile, Alabama" (the way a town is written, not a
    person)."""
    doc = ent.doc
    if ent.end + 1 >= len(doc) or doc[ent.end].text != ",":
        return False
    end = ent.end + 1
    while (
        end < len(doc) and end - ent.end <= 3 and doc[end].text[:1].isupper() and doc[end].is_alpha
    ):
        end += 1
    for stop in range(end, ent.end + 1, -1):
        area = g.resolve(key(doc[ent.end + 1 : stop].text), set())
        if area is not None and area.kind in ("region", "country"):
            return any(c.country == area.country for c in g.cities.get(key(clean(ent.text)), ()))
    return False
