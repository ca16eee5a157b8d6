"""How tall a brief's page will be, estimated from its HTML and the fonts' widths, before any
layout: lines wrapped word by word with each font's advance widths, each line as high as
``brief.css`` makes it. ``render.fit_one_page`` uses the estimate to choose the first layout
it tries (the size, and what to drop); the layout itself always decides.

Every number here mirrors ``templates/brief.css`` (print rules); a test lays out briefs for
real and checks the estimate against them, so a change there that is not made here shows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

PX_PER_MM = 96 / 25.4
PX_PER_PT = 96 / 72
SECTIONS = ("points", "actors", "locations", "risks", "figures", "timeline")  # droppable rows
LINE_HEIGHT = 1.25  # body { line-height }
# The page's content box (paper less @page margins), in mm.
CONTENT_MM = {"a4": (210 - 24, 297 - 27), "letter": (215.9 - 24, 279.4 - 27)}
_FONT_DIRS = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu"))
_FACES = {
    "sans": "DejaVuSansCondensed.ttf",
    "bold": "DejaVuSansCondensed-Bold.ttf",
    "italic": "DejaVuSansCondensed-Oblique.ttf",
    "mono": "DejaVuSansMono.ttf",
}


@dataclass(frozen=True)
class Heights:
    """What a layout would measure (CSS px): the content, the page, each droppable row."""

    total: float
    capacity: float
    rows: dict[str, tuple[float, ...]]
    beside_map: float


@dataclass(frozen=True)
class Run:
    """Text in one font: face (a key of _FACES), size in pt."""

    text: str
    face: str = "sans"
    pt: float = 9.0
    spacing: float = 0.0  # letter-spacing, em


def line(pt: float, height: float = LINE_HEIGHT) -> float:
    """The height of one line of text at ``pt``, in px."""
    return pt * height * PX_PER_PT


def mm(value: float) -> float:
    return value * PX_PER_MM


_BREAK_INSIDE = re.compile(r"(?<=[-/?!])(?=[^\W\d])")
_EM = 1000  # fonts are read at 1000 px and scaled: unhinted widths, as Pango lays them out


def _path(face: str) -> Path | None:
    """The file of one of the template's faces, where Debian installs it."""
    return next((d / _FACES[face] for d in _FONT_DIRS if (d / _FACES[face]).exists()), None)


@cache
def _font(face: str) -> Any | None:
    from PIL import ImageFont  # (Pillow comes with WeasyPrint)

    path = _path(face)
    return ImageFont.truetype(str(path), _EM) if path else None


def fonts_found() -> bool:
    """Whether the template's fonts are where the estimate can read their widths."""
    return all(_font(face) is not None for face in _FACES)


@cache
def _covered() -> frozenset[int]:
    """The characters every face has a glyph for (others come from a fallback font, whose
    widths the estimate does not know)."""
    from fontTools.ttLib import TTFont

    faces = []
    for face in _FACES:
        with TTFont(str(_path(face)), lazy=True) as font:
            faces.append(frozenset(font.getBestCmap()))
    return frozenset.intersection(*faces)


def covers(text: str) -> bool:
    """Whether the template's fonts have every character of ``text``."""
    covered = _covered()
    return all(ord(c) in covered or c.isspace() for c in set(text))


@cache
def _width(word: str, face: str, pt: float, spacing: float) -> float:
    font = _font(face)
    px = pt * PX_PER_PT
    if font is None:
        return len(word) * px * 0.55
    return float(font.getlength(word)) * px / _EM + spacing * px * len(word)


def lines(runs: list[Run], width: float) -> int:
    """How many lines ``runs`` take wrapped in ``width`` px (at least one): breaking at
    spaces, and inside a word after a hyphen, slash, "?" or "!" before a letter."""
    count, used = 1, 0.0
    before = runs[0] if runs else None  # the run whose space comes before the next word
    for run in runs:
        if run.text[:1].isspace():
            before = run
        for word in run.text.split():
            assert before is not None
            gap = _width(" ", before.face, before.pt, before.spacing)
            before = run
            for piece in _BREAK_INSIDE.split(word):
                w = _width(piece, run.face, run.pt, run.spacing)
                if used and used + gap + w > width:  # (a word longer than a line overflows it)
                    count += 1
                    used = 0.0
                elif used:
                    w += gap
                used += w
                gap = 0.0  # the next piece of this word follows with no space
    return count


def text_of(element: Any) -> str:
    return " ".join("".join(element.itertext()).split())


def _classes(element: Any) -> set[str]:
    return set((element.get("class") or "").split())


def _runs(element: Any, face: str, pt: float) -> list[Run]:
    """An element's text as runs, the references (class "ref") in the mono 6.5 pt face."""
    runs: list[Run] = []
    if element.text:
        runs.append(Run(element.text, face, pt))
    for child in element:
        classes = _classes(child)
        if "ref" in classes:  # (with the space before it, kept inside: see brief.html.j2)
            runs.append(Run("".join(child.itertext()), "mono", 6.5))
        elif child.tag in ("b", "strong") or "name" in classes or "count" in classes:
            runs.append(Run(text_of(child), "bold", pt))
        elif "kind" in classes:
            runs.append(Run(text_of(child).upper(), "sans", 6.3, 0.03))
        else:
            runs.extend(_runs(child, face, pt))
        if child.tail:
            runs.append(Run(child.tail, face, pt))
    return runs


def estimate(html: str, paper: str, font_pt: float) -> Heights | None:
    """The heights a layout of ``html`` (made by ``render_html`` from our own template) at
    ``font_pt`` would measure; None when its text needs a font the estimate cannot read."""
    import lxml.html

    root = lxml.html.document_fromstring(html)
    body = root.find("body")
    if not covers(text_of(body)):
        return None
    width_mm, height_mm = CONTENT_MM[paper]
    page = _Page(mm(width_mm), font_pt)
    total = 0.0
    for element in body:
        total += page.block(element)
    return Heights(total, mm(height_mm), page.rows, page.beside_map)


class _Page:
    """Heights of the template's blocks, read off brief.css."""

    def __init__(self, width: float, pt: float) -> None:
        self.width = width
        self.pt = pt
        self.table_pt = pt - 0.8
        self.rows: dict[str, tuple[float, ...]] = {section: () for section in SECTIONS}
        self.beside_map = 0.0

    def block(self, element: Any) -> float:
        classes = _classes(element)
        if element.tag == "header":
            return self.header(element)
        if "banner" in classes:
            return 0.0  # running elements, in the page margins
        if element.tag == "footer":
            runs = [Run(text_of(element), "italic", 7.0)]
            return mm(1.5) + lines(runs, self.width) * line(7.0)
        if "columns" in classes:
            return self.columns(element)
        if element.tag == "section":
            return self.section(element, self.width)
        return 0.0

    def header(self, element: Any) -> float:
        h1 = element.find("h1")
        title = lines([Run(text_of(h1), "bold", 15.0)], self.width) if h1 is not None else 1
        return (
            line(7.5)
            + mm(0.3 + 0.8)
            + title * line(15.0, 1.12)
            + line(8.0)
            + mm(1.2)
            + 2.0
            + mm(2.0)
        )

    def heading(self) -> float:
        return mm(1.8) + line(8.0) + mm(0.3) + 0.6 * PX_PER_PT + mm(0.6)

    def section(self, element: Any, width: float) -> float:
        name = (element.get("class") or "").split()[0] if element.get("class") else ""
        height = self.heading()
        if name == "bluf":
            p = element.find("p")
            inner = width - 3 * PX_PER_PT - mm(6)
            body = lines(_runs(p, "bold", self.pt), inner) * line(self.pt) if p is not None else 0
            return mm(1.2 + 1.8) + (height - mm(1.8) + mm(0.6)) + body
        if name == "figures":
            return height + self.figures(element, width)
        if name == "points":
            rows = [
                lines(_runs(li, "sans", self.pt), width - mm(5)) * line(self.pt) + mm(0.4)
                for li in element.iter("li")
            ]
            self.rows["points"] = tuple(rows)
            # the last item's bottom margin folds into the next heading's top margin
            return height + sum(rows) - (mm(0.4) if rows else 0.0)
        for child in element:
            if child.tag == "table":
                height += self.table(name, child, width)
            elif child.tag == "p":
                size = 7.0 if "more" in _classes(child) else self.pt
                margin = mm(0.4) if "more" in _classes(child) else 0.0
                height += margin + lines([Run(text_of(child), "sans", size)], width) * line(size)
        return height

    def figures(self, element: Any, width: float) -> float:
        """Boxes in rows (inline blocks with a 2 mm right and a 1 mm bottom margin, no space
        between them): each row as high as its tallest box and its margin. A row's height is
        given back only when its first box goes, so it is counted on that box."""
        used = 0.0
        rows: list[list[float]] = []  # the heights of the boxes in each row
        for li in element.iter("li"):
            runs = [
                Run(text_of(li.find("span[@class='count']")), "bold", self.pt + 0.5),
                Run(text_of(li.find("span[@class='what']")), "sans", self.pt),
                Run(text_of(li.find("span[@class='ref']")), "mono", 6.5),
            ]
            words = [(w, r) for r in runs for w in r.text.split()]
            natural = sum(_width(w, r.face, r.pt, 0) for w, r in words)
            natural += (len(words) - 1) * _width(" ", "sans", self.pt, 0)
            # max-width 62 mm of content, 1.6 mm padding and .5 pt + 2.5 pt borders around it
            box = min(natural, mm(62)) + mm(3.2) + 3.0 * PX_PER_PT
            wrapped = lines(runs, mm(62))
            # the first line holds the larger count; .4 mm padding and .5 pt border each side
            height = line(self.pt + 0.5) + (wrapped - 1) * line(self.pt) + mm(0.8) + PX_PER_PT
            if not rows or used + box + mm(2) > width:  # the right margin fits on the line
                rows.append([])
                used = 0.0
            rows[-1].append(height)
            used += box + mm(2)
        heights: list[float] = []
        for row in rows:
            heights.append(max(row) + mm(1))
            heights.extend([0.0] * (len(row) - 1))
        self.rows["figures"] = tuple(heights)
        return sum(heights)  # (the list's top margin folds into the heading's bottom one)

    def table(self, name: str, table: Any, width: float) -> float:
        header = 0.0
        thead = table.find("thead")
        if thead is not None:
            cells = thead.findall(".//th")
            widths = self.columns_of(name, width, len(cells))
            header = (
                max(
                    lines([Run(text_of(th).upper(), "sans", 6.8, 0.05)], w - mm(2))
                    for th, w in zip(cells, widths, strict=False)
                )
                * line(6.8)
                + mm(0.8)
                + 0.6 * PX_PER_PT
            )
        body = table.find("tbody").findall("tr")
        rows = []
        for tr in body:
            cells = tr.findall("td")
            widths = self.columns_of(name, width, len(cells))
            rows.append(self.row(name, cells, widths))
        if name in ("actors", "risks", "timeline", "locations"):
            self.rows[name] = tuple(rows)
        return header + sum(rows)

    def columns_of(self, name: str, width: float, count: int) -> list[float]:
        # A cell's CSS width is its content's: the column is 2 mm (its padding) wider.
        fixed = {
            "actors": (mm(48), mm(29)),
            "risks": (mm(35), None, mm(18)),
            "timeline": (mm(21), mm(32)),
            "locations": (None, mm(24), mm(15)),
            "sources": (mm(7), None, mm(88)),
        }.get(name, ())
        given = [w for w in fixed if w is not None]
        rest = max(width - sum(given), mm(20))
        widths = [w if w is not None else rest for w in fixed]
        while len(widths) < count:
            widths.append(rest)
        return widths[:count]

    def row(self, name: str, cells: list[Any], widths: list[float]) -> float:
        pt = self.table_pt
        tallest = 0.0
        for cell, width in zip(cells, widths, strict=False):
            classes = _classes(cell)
            inner = width - mm(2)
            if "date" in classes or "kindcol" in classes or "coord" in classes or "num" in classes:
                height = line(pt)  # nowrap
            elif "hash" in classes:
                height = line(5.6)  # nowrap
            elif "lik" in classes:
                pill = cell.find("span[@class]")
                cue = [s for s in cell.iter("span") if "cue" in _classes(s)]
                height = 0.0
                if pill is not None and "pill" in _classes(pill):
                    height += line(pt)
                for c in cue:
                    height += lines([Run(text_of(c), "italic", 6.5)], inner) * line(6.5)
            elif "ref" in classes:
                height = lines([Run(text_of(cell), "mono", 6.5)], inner) * line(6.5)
            else:
                size = 7.0 if name == "sources" else pt
                face = "bold" if "name" in classes else "sans"
                height = lines(_runs(cell, face, size), inner) * line(size)
            tallest = max(tallest, height)
        padding = mm(0.6) if name == "sources" else mm(0.7)
        return tallest + padding + 0.3 * PX_PER_PT

    def columns(self, element: Any) -> float:
        """The places beside the map: the taller of the two, side by side."""
        figure = element.find("figure")
        map_width = 0.44 * self.width if figure is not None else 0.0
        gap = mm(5) if figure is not None else 0.0
        places = 0.0
        for child in element:
            if child.tag == "section":
                places = self.section(child, self.width - map_width - gap)
        if figure is None:
            return places
        picture = mm(3) + map_width * 250 / 400 + 0.8 * PX_PER_PT
        self.beside_map = max(0.0, places - picture)
        return max(places, picture)
