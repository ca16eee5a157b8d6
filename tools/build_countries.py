"""Build briefing/data/countries.json from Natural Earth 1:110m countries (public domain).

    pip download --no-deps -d /tmp/ne geopandas==0.14.4 && pip install pyshp
    python tools/build_countries.py /tmp/ne/geopandas-0.14.4-py3-none-any.whl

The geopandas 0.14.4 wheel bundles Natural Earth's `naturalearth_lowres` shapefile; this
script reads it with pyshp (no geopandas import) and writes, per country: name, ISO codes,
continent, a representative point (centroid of its largest polygon) and outlines rounded to
0.05 degrees for the locator map. Run by hand when the data should change; the output is
committed, so nothing is downloaded at build or run time.
"""

from __future__ import annotations

import io
import json
import sys
import zipfile
from pathlib import Path

import shapefile  # pyshp
from geometry import ring_area_centroid

OUT = Path(__file__).resolve().parent.parent / "briefing" / "data" / "countries.json"
PREFIX = "geopandas/datasets/naturalearth_lowres/naturalearth_lowres"


def main(wheel: str) -> int:
    with zipfile.ZipFile(wheel) as archive:
        files = {ext: io.BytesIO(archive.read(f"{PREFIX}.{ext}")) for ext in ("shp", "shx", "dbf")}
    reader = shapefile.Reader(
        shp=files["shp"], shx=files["shx"], dbf=files["dbf"], encoding="latin-1"
    )
    fields = [f[0] for f in reader.fields[1:]]
    countries = []
    for record, shape in zip(reader.records(), reader.shapes(), strict=True):
        row = dict(zip(fields, record, strict=True))
        parts = list(shape.parts) + [len(shape.points)]
        rings = [shape.points[a:b] for a, b in zip(parts, parts[1:], strict=False)]
        largest = max(rings, key=lambda r: ring_area_centroid(r)[0])
        _, lon, lat = ring_area_centroid(largest)
        outlines = []
        for ring in rings:
            simplified: list[list[float]] = []
            for x, y in ring:
                point = [round(x / 0.05) * 0.05, round(y / 0.05) * 0.05]
                point = [round(point[0], 2), round(point[1], 2)]
                if not simplified or simplified[-1] != point:
                    simplified.append(point)
            if len(simplified) >= 4:
                outlines.append(simplified)
        countries.append({
            "name": row["name"], "iso3": row["iso_a3"], "continent": row["continent"],
            "lat": round(lat, 3), "lon": round(lon, 3), "outlines": outlines,
        })
    countries.sort(key=lambda c: c["name"])
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps({
        "source": "Natural Earth 1:110m Admin 0 countries (public domain), via geopandas 0.14.4",
        "countries": countries,
    }, separators=(",", ":")) + "\n")
    print(f"wrote {len(countries)} countries to {OUT} ({OUT.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
