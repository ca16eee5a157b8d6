"""Brief -> Markdown, HTML, PDF bytes and JSON (no NLP here; templates are package data)."""

from __future__ import annotations

import json
import logging
import re
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2
import markupsafe

from . import pageheights
from .errors import OptionError, TemplateError
from .locator import locator_svg
from .model import Brief, Event, Figure, Options
from .pageheights import Heights

log = logging.getLogger("briefing")

SCHEMA = "briefing/1"
PAPERS = {"a4": "A4", "letter": "letter"}
FONT_STEPS = (10.0, 9.5, 9.0)  # body sizes tried before anything is dropped (never below 9 pt)
_MD_INLINE = re.compile(r"([\\`*_\[\]|])")
# Characters written as entities, not backslash escapes: Python-Markdown (MkDocs) shows the
# backslash of "\&", "\<" and "\~" ("S\&P 500"); every Markdown reads the entity.
_MD_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "~": "&#126;"}
_MD_LINE_START = re.compile(r"^([#>+=-]|\d+[.)])")


@dataclass(frozen=True)
class Layout:
    """How a brief is laid out on paper."""

    paper: str = "a4"
    font_pt: float = FONT_STEPS[0]
    more_actors: tuple[str, ...] = ()  # left out of the table to fit the page, named in a line
    more_locations: tuple[str, ...] = ()
    screen: bool = False  # for a browser: references link to the source texts, shown below


def render_markdown(
    brief: Brief,
    template_dir: Path | None = None,
    map_image: str | None = None,
    links: Mapping[str, Mapping[str, str]] | None = None,
) -> str:
    """The brief as GitHub-flavoured Markdown: headings and tables, article text escaped.

    ``links``: for "actors" and "locations", names -> the Markdown that links them (a
    wiki's pages), already escaped; other names are written as plain, escaped text.
    """
    env = _environment(template_dir, autoescape=False)
    given = links or {}
    return _render(
        env,
        "brief.md.j2",
        brief=brief,
        map_image=map_image,
        actor_links=given.get("actors", {}),
        location_links=given.get("locations", {}),
    )


def render_html(
    brief: Brief, template_dir: Path | None = None, layout: Layout | None = None
) -> str:
    """The brief as one standalone HTML page (CSS and locator map inline, nothing fetched)."""
    env = _environment(template_dir, autoescape=True)
    layout = layout or Layout()
    svg = locator_svg(brief.locations)
    return _render(
        env,
        "brief.html.j2",
        brief=brief,
        layout=layout,
        page=PAPERS[layout.paper],
        map_svg=markupsafe.Markup(svg) if svg else None,  # built from escaped names only
    )


def render_json(brief: Brief) -> str:
    """The brief as JSON, schema ``briefing/1``, keys in a fixed order."""
    return json.dumps(to_dict(brief), indent=2, ensure_ascii=False) + "\n"


def render_pdf(
    brief: Brief,
    target: str | Path | None = None,
    *,
    paper: str = "a4",
    template_dir: Path | None = None,
) -> bytes | None:
    """The brief as a one-page PDF; the lowest-ranked items are dropped (and logged) to fit:
    actors and locations then keep only their name, in an "Also named" line."""
    pdf, dropped = fit_one_page(brief, paper=paper, template_dir=template_dir)
    for item in dropped:
        # A name kept in the "Also named" line is not lost: a note (-v), not a warning.
        level = logging.INFO if item.endswith("(named only)") else logging.WARNING
        log.log(level, "dropped to fit one page: %s", item)
    if target is None:
        return pdf
    from .output import write_atomic

    write_atomic(target, pdf)  # its folder made when missing; the old file kept on failure
    return None


def render_files(
    brief: Brief, fmt: str, options: Options, target: Path
) -> list[tuple[Path, bytes]]:
    """The files a brief becomes at ``target``: Markdown also gets ``<stem>-map.svg`` beside it."""
    if fmt != "md":
        return [(target, render_bytes(brief, fmt, options))]
    svg = locator_svg(brief.locations)
    if svg is None:
        return [(target, render_bytes(brief, fmt, options))]
    map_path = target.with_name(f"{target.stem}-map.svg")
    markdown = render_markdown(brief, options.template_dir, map_image=map_path.name)
    return [(map_path, svg.encode("utf-8")), (target, markdown.encode("utf-8"))]


def render_bytes(brief: Brief, fmt: str, options: Options) -> bytes:
    """The brief in one format (pdf, md, html, json) as the bytes of a file."""
    if fmt == "pdf":
        return render_pdf(brief, paper=options.paper, template_dir=options.template_dir) or b""
    if fmt == "md":
        return render_markdown(brief, options.template_dir).encode("utf-8")
    if fmt == "html":
        layout = Layout(options.paper, screen=True)
        return render_html(brief, options.template_dir, layout).encode("utf-8")
    if fmt == "json":
        return render_json(brief).encode("utf-8")
    raise OptionError(f"unknown format {fmt!r} — choose one of: pdf, md, html, json")


def fit_one_page(
    brief: Brief, *, paper: str = "a4", template_dir: Path | None = None
) -> tuple[bytes, list[str]]:
    """Render to one page: shrink the body to 9 pt at most, then drop lowest-ranked items.

    With our own template, the heights estimated from the fonts' widths (``pageheights``)
    choose the size and the drops before any layout, and one layout checks them. Otherwise,
    or when that layout still overflows, the heights measured in a layout say which size
    fits, or which items to drop at the smallest size, and another layout checks it; only
    when that estimate falls short are more items dropped, one layout each.
    """
    planned = _planned_fit(brief, paper) if template_dir is None else None
    size, current, dropped = planned or (FONT_STEPS[0], brief, [])

    def lay_out(shown: Brief, size: float) -> Any:
        return _document(render_html(shown, template_dir, _layout(brief, shown, paper, size)))

    document = lay_out(current, size)
    if len(document.pages) == 1:
        return document.write_pdf(), dropped
    measured = _measure(document)
    if not dropped:  # all of it laid out: a smaller size may fit, by the heights measured
        for smaller in FONT_STEPS[FONT_STEPS.index(size) + 1 :]:
            if measured.total * _shrink(smaller) / _shrink(size) <= measured.capacity:
                document = lay_out(brief, smaller)
                if len(document.pages) == 1:
                    return document.write_pdf(), []
        current, dropped = _drops_to_fit(brief, measured, size)
        document = lay_out(current, FONT_STEPS[-1])
    while len(document.pages) > 1:
        # Still too long (an estimate fell short): estimate again from this layout, at the
        # smallest size, and drop at least one more item.
        fewer, more = _drops_to_fit(current, _measure(document), FONT_STEPS[-1], brief)
        if not more:
            fewer, what = _drop_one(current)
            more = [what] if what is not None else []
        if not more:
            # Nothing left to drop: the header alone overflows (e.g. a very long title).
            return document.copy(document.pages[:1]).write_pdf(), [*dropped, "page 2 onwards"]
        current, dropped = fewer, [*dropped, *more]
        document = lay_out(current, FONT_STEPS[-1])
    return document.write_pdf(), dropped


def _planned_fit(brief: Brief, paper: str) -> tuple[float, Brief, list[str]] | None:
    """The size, and at the smallest size the drops, that the heights estimated from the
    fonts' widths say fit the page (None when the fonts cannot be read)."""
    if not pageheights.fonts_found():
        return None
    for size in FONT_STEPS:
        heights = pageheights.estimate(render_html(brief, None, Layout(paper, size)), paper, size)
        if heights is None:
            return None
        if heights.total <= heights.capacity:
            return size, brief, []
    assert heights is not None  # (the last size's, at which nothing fits without drops)
    size = FONT_STEPS[-1]
    current, dropped = _drops_to_fit(brief, heights, size)
    while True:  # the "Also named" lines, as written: drop more while the page is too long
        html = render_html(current, None, _layout(brief, current, paper, size))
        heights = pageheights.estimate(html, paper, size)
        if heights is None or heights.total <= heights.capacity:
            return size, current, dropped
        current, what = _drop_one(current)
        if what is None:
            return size, current, dropped
        dropped.append(what)


def _layout(brief: Brief, current: Brief, paper: str, size: float) -> Layout:
    """The layout of ``current``, ``brief`` less some items: the actors and places left out
    are named in an "Also named" line."""
    return Layout(
        paper,
        size,
        more_actors=tuple(a.name for a in brief.actors[len(current.actors) :]),
        more_locations=tuple(p.name for p in brief.locations[len(current.locations) :]),
    )


def _shrink(size: float) -> float:
    """How much shorter the page gets at ``size``: lines are lower and hold more words, so
    wrapped text shrinks with the square of the font size."""
    return (size / FONT_STEPS[0]) ** 2


def _measure(document: Any) -> Heights:
    """Read the heights of the content and of each item off a laid-out document."""
    rows: dict[str, list[float]] = {section: [] for section in pageheights.SECTIONS}
    spans: dict[str, float] = {}
    capacity = total = 0.0
    for number, page in enumerate(document.pages):
        box = page._page_box  # WeasyPrint's layout tree: the only way to read heights
        top = box.content_box_y()
        capacity = box.height
        bottom = top
        for child, section in _boxes(box, None):
            element = child.element
            if "banner" in (element.get("class") or ""):
                continue
            bottom = max(bottom, child.position_y + child.margin_height())
            kind = type(child).__name__
            if section in rows and (
                (child.element_tag == "tr" and kind == "TableRowBox")
                or (child.element_tag == "li" and kind == "BlockBox")
            ):
                rows[section].append(child.margin_height())
            if section == "figures" and kind == "LineBox":
                # boxes side by side: the row's height is given back when its first box goes
                boxes = [c for c in child.children if getattr(c, "element_tag", None) == "li"]
                if boxes:
                    rows[section].extend([child.margin_height()] + [0.0] * (len(boxes) - 1))
            if element.get("class") in ("locations", "map") and kind == "BlockBox":
                name = str(element.get("class"))
                spans[name] = spans.get(name, 0.0) + child.margin_height()
        total += (bottom - top) if number == len(document.pages) - 1 else capacity
    return Heights(
        total,
        capacity,
        {k: tuple(v) for k, v in rows.items()},
        max(0.0, spans.get("locations", 0.0) - spans.get("map", 0.0)),
    )


def _boxes(box: Any, section: str | None) -> Iterator[tuple[Any, str | None]]:
    """Every box with an element under ``box``, with the class of the section it is in."""
    for child in getattr(box, "children", ()):
        element = getattr(child, "element", None)
        inner = section
        if element is not None:
            if child.element_tag == "section" and type(child).__name__ == "BlockBox":
                inner = str(element.get("class") or "")
            yield child, inner
        if getattr(child, "is_header", False):
            continue  # a table's header rows (repeated on each page) are not items
        if child.element_tag not in ("tr", "li"):  # an item's own inner boxes are not items
            yield from _boxes(child, inner)


def _drops_to_fit(
    brief: Brief,
    measured: Heights,
    size: float = FONT_STEPS[0],
    original: Brief | None = None,
) -> tuple[Brief, list[str]]:
    """Drop items in _drop_one's order until the heights measured in a layout at ``size``
    (scaled to the smallest size) say the page fits; each "Also named" line that appears
    costs a line (``original``: the brief before any drop, which had none)."""
    original = original or brief
    scale = _shrink(FONT_STEPS[-1]) / _shrink(size)
    need = measured.total * scale - measured.capacity
    line = 14.0 * scale
    beside_map = measured.beside_map * scale
    dropped: list[str] = []
    current = brief
    # Each item of the brief as laid out, with its measured height: key points in order,
    # the other sections' rows in order (their last rows are the ones dropped).
    left: dict[str, list[tuple[Any, float]]] = {
        "key_points": list(zip(brief.key_points, measured.rows["points"], strict=False)),
        "risks": list(zip(brief.risks, measured.rows["risks"], strict=False)),
        "actors": list(zip(brief.actors, measured.rows["actors"], strict=False)),
        "locations": list(zip(brief.locations, measured.rows["locations"], strict=False)),
        "timeline": list(zip(brief.timeline, measured.rows["timeline"], strict=False)),
        "figures": list(zip(brief.figures, measured.rows["figures"], strict=False)),
    }
    while need > 0:
        before = current
        current, what = _drop_one(current)
        if what is None:
            break
        dropped.append(what)
        for section, items in left.items():
            kept: tuple[Any, ...] = getattr(current, section)
            gone = [h for item, h in items if not any(item is k for k in kept)]
            if not gone:
                continue
            left[section] = [(item, h) for item, h in items if any(item is k for k in kept)]
            height = sum(gone) * scale
            if section == "locations":  # rows beside a taller map give no height back
                height, beside_map = min(height, beside_map), max(0.0, beside_map - height)
            need -= height
            named = section in ("actors", "locations")
            if named and len(getattr(before, section)) == len(getattr(original, section)):
                need += line  # the "Also named" line appears
    return current, dropped


def _drop_one(brief: Brief) -> tuple[Brief, str | None]:
    """Remove the lowest-ranked item of the longest section, keeping a floor in each."""
    spare = {
        "key_points": len(brief.key_points) - 1,
        "risks": len(brief.risks) - 1,
        "actors": len(brief.actors) - 2,
        "locations": len(brief.locations) - 2,
        "timeline": len(brief.timeline) - 3,
        "figures": len(brief.figures) - 2,
    }
    section = max(spare, key=lambda name: spare[name])  # ties go to the earlier section
    if spare[section] <= 0:
        return brief, None
    if section == "key_points":
        worst = max(brief.key_points, key=lambda p: p.rank)
        kept = tuple(p for p in brief.key_points if p is not worst)
        return replace(brief, key_points=kept), f"key point {worst.ref}"
    if section == "risks":
        return replace(brief, risks=brief.risks[:-1]), f"risk {brief.risks[-1].evidence[0].ref}"
    if section == "timeline":
        least = min(brief.timeline, key=lambda e: e.score)  # the rest keep their time order
        kept_events = tuple(e for e in brief.timeline if e is not least)
        return replace(brief, timeline=kept_events), f"timeline entry {least.evidence[0].ref}"
    if section == "figures":
        last_figure = brief.figures[-1]
        return replace(
            brief, figures=brief.figures[:-1]
        ), f"key figure {last_figure.as_written} {last_figure.evidence[0].ref}"
    if section == "actors":
        return replace(
            brief, actors=brief.actors[:-1]
        ), f"actor {brief.actors[-1].name} (named only)"
    last = brief.locations[-1].name
    return replace(brief, locations=brief.locations[:-1]), f"location {last} (named only)"


def _document(html: str) -> Any:
    import weasyprint

    return weasyprint.HTML(string=html, url_fetcher=_sandboxed_fetcher()()).render()


@cache
def _sandboxed_fetcher() -> type:
    """A WeasyPrint URL fetcher class that refuses everything but inline data: URLs."""
    from weasyprint.urls import URLFetcher

    class SandboxedFetcher(URLFetcher):
        """Rendering reads no local file and makes no network request."""

        def fetch(self, url: str, headers: Any = None) -> Any:
            if url.startswith("data:"):
                return super().fetch(url, headers)
            raise ValueError(f"briefing does not fetch external resources: {url[:80]}")

    return SandboxedFetcher


def to_dict(brief: Brief) -> dict[str, Any]:
    """The brief as plain data in the ``briefing/1`` schema (plus a few extra fields)."""
    return {
        "schema": SCHEMA,
        "title": brief.title,
        "classification": brief.classification,
        "generated": brief.generated.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "dtg": brief.dtg,
        "bluf": " ".join(p.text for p in brief.bluf),
        "bluf_refs": [
            {"source": p.source, "sentence": p.sentence, "reported_by": list(p.reported_by)}
            for p in brief.bluf
        ],
        "key_points": [
            {
                "text": p.text,
                "source": p.source,
                "sentence": p.sentence,
                "score": p.score,
                "rank": p.rank,
                "reported_by": list(p.reported_by),
                "also": [_evidence(e) for e in p.also],
            }
            for p in brief.key_points
        ],
        "actors": [
            {
                "name": a.name,
                "kind": a.kind,
                "aliases": list(a.aliases),
                "mentions": a.mentions,
                "evidence": [_evidence(e) for e in a.evidence],
            }
            for a in brief.actors
        ],
        "locations": [
            {
                "name": loc.name,
                "kind": loc.kind,
                "country": loc.country,
                "lat": loc.lat,
                "lon": loc.lon,
                "aliases": list(loc.aliases),
                "mentions": loc.mentions,
                "evidence": [_evidence(e) for e in loc.evidence],
            }
            for loc in brief.locations
        ],
        "risks": [
            {
                "text": r.text,
                "likelihood": r.likelihood,
                "likelihood_basis": "source wording" if r.likelihood else "not stated",
                "cue": r.cue,
                "score": r.score,
                "evidence": [_evidence(e) for e in r.evidence],
            }
            for r in brief.risks
        ],
        "figures": [figure_dict(f) for f in brief.figures],
        "timeline": [event_dict(e) for e in brief.timeline],
        "sources": [
            {
                "id": s.id,
                "title": s.title,
                "location": s.location,
                "url": s.url,  # the page's own address (canonical/og:url), or null
                "sha256": s.sha256,
                "words": s.words,
                "format": s.format,
                "author": s.author,
                "published": s.published,
                "site": s.site,
                "language": s.language,
                "dateline": {"place": s.dateline.place, "date": s.dateline.date}
                if s.dateline
                else None,
            }
            for s in brief.sources
        ],
        "algorithm": brief.algorithm,
        "caveat": brief.caveat,
        "notes": list(brief.notes),
    }


def figure_dict(f: Figure) -> dict[str, Any]:
    """A key figure in the ``briefing/1`` schema; ``about`` (additive) is what governs it
    ("firm fined"), ``what`` the line the brief shows beside the count."""
    return _with_evidence(
        f, "category", "count", "as_written", "of_whom", "about", "what", "currency", "score"
    )


def event_dict(e: Event) -> dict[str, Any]:
    """A timeline entry in the ``briefing/1`` schema."""
    return _with_evidence(e, "when", "date", "text", "score")


def _with_evidence(item: Any, *fields: str) -> dict[str, Any]:
    """The named fields of an item, in that order, then its evidence sentences."""
    out = {name: getattr(item, name) for name in fields}
    out["evidence"] = [_evidence(e) for e in item.evidence]
    return out


def _evidence(e: Any) -> dict[str, Any]:
    return {"source": e.source, "sentence": e.sentence, "text": e.text}


def text_direction(text: str) -> str:
    """ "rtl" when the first strong character is right-to-left (Arabic, Hebrew...), else "ltr"."""
    for char in str(text):
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return "rtl"
        if kind == "L":
            return "ltr"
    return "ltr"


def md_escape(text: str) -> str:
    """Escape Markdown so a wiki shows article text literally (no markup, no raw HTML)."""
    flat = re.sub("[&<>~]", lambda m: _MD_ENTITIES[m.group()], " ".join(str(text).split()))
    flat = _MD_INLINE.sub(r"\\\1", flat)
    # No block markup at the start, and no bare URLs for GFM to turn into links (entities,
    # which GFM's autolinker does not read through and Python-Markdown shows as "/" and ".").
    flat = _MD_LINE_START.sub(lambda m: m.group(0)[:-1] + "\\" + m.group(0)[-1], flat)
    return flat.replace("://", ":&#47;&#47;").replace("www.", "www&#46;")


@lru_cache(maxsize=16)
def _environment(template_dir: Path | None, *, autoescape: bool) -> jinja2.Environment:
    """A Jinja2 environment per template folder and escaping mode (compiled templates cached)."""
    loaders: list[jinja2.BaseLoader] = []
    if template_dir is not None:
        if not Path(template_dir).is_dir():
            raise TemplateError(
                f"template folder {template_dir} does not exist — check --template-dir"
            )
        loaders.append(jinja2.FileSystemLoader(str(template_dir)))
    loaders.append(jinja2.FunctionLoader(_package_template))
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=autoescape,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=True,  # a user editing --template-dir files sees the change
    )
    env.filters["md"] = md_escape
    env.filters["textdir"] = text_direction
    return env


def _package_template(name: str) -> str | None:
    resource = resources.files("briefing.templates").joinpath(name)
    return resource.read_text(encoding="utf-8") if resource.is_file() else None


def _render(env: jinja2.Environment, name: str, **context: Any) -> str:
    try:
        return env.get_template(name).render(**context)
    except jinja2.TemplateNotFound:
        raise TemplateError(f"template {name} not found — add it to --template-dir") from None
    except jinja2.TemplateError as error:
        raise TemplateError(
            f"template {name} is broken ({error.message}) — fix it or drop --template-dir"
        ) from None
