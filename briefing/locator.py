"""Located places -> a small locator map as SVG: country outlines, a dot and label per place.

Drawn offline from Natural Earth outlines (briefing/data/countries.json), framed to fit the
places, deterministic (same places, same bytes).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import lru_cache
from html import escape

from .data import load
from .extract.gazetteer import km
from .model import Location

WIDTH, HEIGHT = 400, 250  # SVG user units; the template sets the printed size
_MIN_SPAN = 6.0  # degrees of latitude shown at least, so one town still has context
_PAD = 0.35  # fraction of the places' extent added on each side
_MAX_PLACES = 8
_NEAR_KM = 3000.0  # places this close to the main one are always framed


@lru_cache(maxsize=1)
def _outlines() -> tuple[tuple[str, tuple[tuple[tuple[float, float], ...], ...]], ...]:
    return tuple(
        (c["name"], tuple(tuple((x, y) for x, y in ring) for ring in c["outlines"]))
        for c in load("countries.json")["countries"]
    )


@lru_cache(maxsize=1)
def _label_points() -> dict[str, tuple[float, float]]:
    """Each country's representative point (lon, lat), where its name is written."""
    return {c["name"]: (c["lon"], c["lat"]) for c in load("countries.json")["countries"]}


def locator_svg(locations: Sequence[Location]) -> str | None:
    """An SVG locator map of the located places, or None when none has coordinates."""
    located = [loc for loc in locations if loc.lat is not None and loc.lon is not None]
    if not located:
        return None
    places, away = _focus(located[:_MAX_PLACES])
    frame = _frame([(p.lon, p.lat) for p in places])  # type: ignore[misc]
    west, south, east, north = frame
    kx = WIDTH / (east - west)
    ky = HEIGHT / (north - south)

    def xy(lon: float, lat: float) -> tuple[float, float]:
        return (lon - west) * kx, (north - lat) * ky

    named = {p.name for p in places if p.kind == "country"}
    shapes = []
    shapes_named: list[tuple[str, object]] = []
    for name, rings in _outlines():
        if not any(_touches(ring, frame) for ring in rings):
            continue
        path = " ".join(
            "M"
            + " L".join(f"{x:.1f},{y:.1f}" for x, y in (xy(lon, lat) for lon, lat in ring))
            + "Z"
            for ring in rings
        )
        cls = "land mentioned" if name in named else "land"
        shapes.append(f'<path class="{cls}" d="{path}"/>')
        shapes_named.append((name, rings))
    dots, labels = [], []
    boxes: list[tuple[float, float, float, float]] = []  # label boxes already placed
    marks: list[tuple[float, float]] = []  # dots
    for place in places:
        x, y = xy(place.lon, place.lat)  # type: ignore[arg-type]
        width = 6.2 * len(place.name)
        left = x > WIDTH * 0.7
        lx = x - 6 - width if left else x + 6
        ly = y + 3.5
        while any(_hits((lx, ly - 9, lx + width, ly + 2), box) for box in boxes):
            ly += 11  # move down until it no longer covers another label
        boxes.append((lx, ly - 9, lx + width, ly + 2))
        marks.append((x, y))
        shape = "sq" if place.kind == "country" else "dot"
        dots.append(f'<circle class="{shape}" cx="{x:.1f}" cy="{y:.1f}" r="3.3"/>')
        name = escape(place.name)
        # A white copy underneath keeps the label readable over outlines (no paint-order).
        for cls in ("halo", "label"):
            labels.append(f'<text class="{cls}" x="{lx:.1f}" y="{ly:.1f}">{name}</text>')
    # Country names, faint, where they clear the places' dots and labels: orientation.
    countries = []
    taken = boxes + [(x - 4, y - 4, x + 4, y + 4) for x, y in marks]
    for name, _rings in shapes_named:
        if name in {p.name for p in places}:
            continue  # already marked and labelled as a place
        lon, lat = _label_points()[name]
        x, y = xy(lon, lat)
        text = name.upper()
        width = 5.2 * len(text)
        box = (x - width / 2, y - 9, x + width / 2, y + 3)
        if box[0] < 2 or box[2] > WIDTH - 2 or box[1] < 2 or box[3] > HEIGHT - 12:
            continue
        if any(_hits(box, other) for other in taken):
            continue
        taken.append(box)
        countries.append(
            f'<text class="country" x="{x:.1f}" y="{y:.1f}" text-anchor="middle">'
            f"{escape(text)}</text>"
        )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'width="{WIDTH}" height="{HEIGHT}" class="locator" role="img" '
        f'aria-label="Locator map">'
        "<style>.sea{fill:#eef3f7}.land{fill:#e4e2da;stroke:#9a968a;stroke-width:.6}"
        ".mentioned{fill:#cfd8c9}.dot{fill:#b91c1c;stroke:#fff;stroke-width:1}"
        ".sq{fill:#14532d;stroke:#fff;stroke-width:1}"
        "text{font-family:'DejaVu Sans',sans-serif;font-size:10.5px;fill:#111}"
        ".halo{fill:#fff;stroke:#fff;stroke-width:3px}.credit{font-size:7px;fill:#555}"
        ".country{font-size:7.5px;fill:#7a7668;letter-spacing:.6px}</style>"
        f'<rect class="sea" width="{WIDTH}" height="{HEIGHT}"/>'
        + "".join(shapes)
        + "".join(countries)
        + "".join(dots)
        + "".join(labels)
        + (
            f'<text class="credit" x="4" y="{HEIGHT - 4}">'
            f"Off the map: {escape(', '.join(p.name for p in away))}</text>"
            if away
            else ""
        )
        + f'<text class="credit" x="{WIDTH - 4}" y="{HEIGHT - 4}" text-anchor="end">'
        "Natural Earth · GeoNames</text></svg>"
    )


def _focus(places: Sequence[Location]) -> tuple[list[Location], list[Location]]:
    """The places to frame, and those left off: a place named once, far (over 3,000 km) from
    the main place, would shrink the story's area to a dot ("accused Washington" in a
    Syrian story); a far place named again and again (London and Washington) stays."""
    main = places[0]
    framed: list[Location] = []
    away: list[Location] = []
    for p in places:
        far = km(main.lat, main.lon, p.lat, p.lon) > _NEAR_KM  # type: ignore[arg-type]
        (away if far and p.mentions < 2 else framed).append(p)
    return framed, away


def _frame(points: Sequence[tuple[float, float]]) -> tuple[float, float, float, float]:
    """West, south, east, north around the points, padded, with the map's aspect ratio."""
    lons = [p[0] for p in points]
    lats = [p[1] for p in points]
    mid_lat = (min(lats) + max(lats)) / 2
    stretch = max(math.cos(math.radians(mid_lat)), 0.2)  # a degree of longitude is shorter
    height = max(max(lats) - min(lats), _MIN_SPAN) * (1 + 2 * _PAD)
    width = max((max(lons) - min(lons)) * (1 + 2 * _PAD), _MIN_SPAN * 1.0 / stretch)
    # Match the SVG's aspect ratio in projected units.
    if width * stretch / height < WIDTH / HEIGHT:
        width = height * WIDTH / HEIGHT / stretch
    else:
        height = width * stretch * HEIGHT / WIDTH
    cx, cy = (min(lons) + max(lons)) / 2, (min(lats) + max(lats)) / 2
    south, north = max(cy - height / 2, -85.0), min(cy + height / 2, 85.0)
    return cx - width / 2, south, cx + width / 2, north


def _hits(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _touches(ring: Sequence[tuple[float, float]], frame: tuple[float, float, float, float]) -> bool:
    west, south, east, north = frame
    xs = [p[0] for p in ring]
    ys = [p[1] for p in ring]
    return min(xs) <= east and max(xs) >= west and min(ys) <= north and max(ys) >= south
