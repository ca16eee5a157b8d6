"""Brief(s) -> a wiki folder: a page per brief (YAML front matter, its locator map beside it),
a page per actor and per place listing every brief that names it, and indexes.

The brief pages are the wiki's memory: their front matter records what each brief said of
each actor and place, and every entity page and index is rebuilt from them on each run, so
a deleted brief page leaves no dangling link. Only pages carrying our ``generator`` line
are ever replaced or removed; a run holds a lock on the folder and writes atomically.
"""

from __future__ import annotations

import fcntl
import json
import re
import unicodedata
from collections.abc import Iterator, Mapping, Sequence, Set
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import OptionError, OutputError
from .locator import locator_svg
from .model import Brief
from .output import write_atomic
from .render import md_escape, render_markdown

LINK_STYLES = ("markdown", "wiki")
GENERATOR = "briefing"
LOCK = ".briefing-wiki.lock"
_SECTIONS = {"actors": "Actors", "places": "Places"}
# Characters YAML reads as line breaks or will not take raw in a double-quoted scalar.
_YAML_UNSAFE = re.compile(
    "[^\x09\x0a\x0d\x20-\x7e\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]|[\x85\u2028\u2029]"
)


@dataclass(frozen=True)
class _Page:
    """A brief page already in the wiki, as its front matter records it."""

    path: Path
    meta: dict[str, Any]


def write_wiki(
    brief: Brief, folder: Path, *, links: str = "markdown", template_dir: Path | None = None
) -> Path:
    """Put one brief into the wiki at ``folder`` and rebuild its entity pages and indexes.

    Returns the brief page's path. A brief of the same sources (by sha256) replaces the
    page made from them before.
    """
    return write_wiki_many([brief], folder, links=links, template_dir=template_dir)[0]


def write_wiki_many(
    briefs: Sequence[Brief],
    folder: Path,
    *,
    links: str = "markdown",
    template_dir: Path | None = None,
) -> list[Path]:
    """Put several briefs into the wiki under one lock; the indexes are rebuilt once."""
    if links not in LINK_STYLES:
        raise OptionError(f"unknown link style {links!r} — choose one of: markdown, wiki")
    with _locked(folder):
        written = [_add_brief(brief, folder, links, template_dir) for brief in briefs]
        _rebuild(folder, links)
    return written


# -- one brief -------------------------------------------------------------------------------


def _add_brief(brief: Brief, folder: Path, links: str, template_dir: Path | None) -> Path:
    pages = _brief_pages(folder)
    sources = sorted(s.sha256 for s in brief.sources)
    for page in pages:  # the same sources briefed again: this brief takes the page's place
        if sorted(s.get("sha256", "") for s in page.meta.get("sources", [])) == sources:
            _remove(page.path)
            _remove(_map_of(page.path))
    pages = [p for p in pages if p.path.exists()]
    entities = _registry(pages)
    day = brief.generated.strftime("%Y-%m-%d")
    path = _free(folder / "briefs", f"{day}-{slugify(brief.title)}", ".md", any_page=True)
    actors: list[dict[str, Any]] = [
        {
            "name": a.name,
            "page": _entity_slug(entities["actors"], a.name, a.aliases, folder / "actors"),
            "kind": a.kind,
            "aliases": list(a.aliases),
            "role": a.evidence[0].text if a.evidence else "",
            "ref": a.evidence[0].ref if a.evidence else "",
        }
        for a in brief.actors
    ]
    places: list[dict[str, Any]] = [
        {
            "name": p.name,
            "page": _entity_slug(entities["places"], p.name, p.aliases, folder / "places"),
            "kind": p.kind,
            "country": p.country,
            "lat": p.lat,
            "lon": p.lon,
            "aliases": list(p.aliases),
            "role": p.evidence[0].text if p.evidence else "",
        }
        for p in brief.locations
    ]
    meta: dict[str, Any] = {
        "generator": GENERATOR,
        "title": brief.title,
        "date": brief.generated.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "dtg": brief.dtg,
        "classification": brief.classification,
        "bluf": " ".join(p.text for p in brief.bluf),
        "sources": [
            {
                "title": s.title,
                "url": s.location,
                "sha256": s.sha256,
                "published": s.published,
                "author": s.author,
                "site": s.site,
            }
            for s in brief.sources
        ],
        "actors": actors,
        "places": places,
        "tags": sorted(
            {"situation-brief"} | {slugify(p.country) for p in brief.locations if p.country}
        ),
    }
    svg = locator_svg(brief.locations)
    map_name = f"{path.stem}-map.svg" if svg else None
    name_links = {
        "actors": {a["name"]: _link(a["name"], "actors", a["page"], links) for a in actors},
        "locations": {p["name"]: _link(p["name"], "places", p["page"], links) for p in places},
    }
    body = render_markdown(brief, template_dir, map_image=map_name, links=name_links)
    if svg and map_name:
        write_atomic(path.with_name(map_name), svg.encode("utf-8"))
    write_atomic(path, (_front_matter(meta) + body).encode("utf-8"))
    return path


def _link(name: str, section: str, slug: str, style: str, here: str = "briefs") -> str:
    """A link to an entity page from a page in folder ``here``."""
    if style == "wiki":
        return f"[[{slug}]]"
    if here == section:
        target = f"{slug}.md"
    elif here == "":  # the wiki's top folder
        target = f"{section}/{slug}.md"
    else:
        target = f"../{section}/{slug}.md"
    return f"[{md_escape(name)}]({target})"


def _entity_slug(known: dict[str, str], name: str, aliases: Sequence[str], folder: Path) -> str:
    """The page of the actor or place this name or alias already has, else a new one."""
    for form in (name, *aliases):
        found = known.get(_key(form))
        if found:
            break
    else:
        found = _free(folder, slugify(name), ".md", taken=set(known.values())).stem
    for form in (name, *aliases):
        known.setdefault(_key(form), found)
    return found


def _registry(pages: Sequence[_Page]) -> dict[str, dict[str, str]]:
    """Name and alias keys -> entity page slug, from what the briefs already recorded."""
    known: dict[str, dict[str, str]] = {"actors": {}, "places": {}}
    for page in sorted(pages, key=lambda p: p.meta.get("date", "")):
        for section in known:
            for item in page.meta.get(section, []):
                for form in (item.get("name", ""), *item.get("aliases", [])):
                    known[section].setdefault(_key(form), item.get("page", ""))
    return known


# -- rebuilding entity pages and indexes ----------------------------------------------------


def _rebuild(folder: Path, links: str) -> None:
    """Every actor and place page and the three indexes, from the brief pages alone."""
    pages = sorted(
        _brief_pages(folder), key=lambda p: (p.meta.get("date", ""), p.path.name), reverse=True
    )
    for section in _SECTIONS:
        entries: dict[str, list[tuple[_Page, dict[str, Any]]]] = {}
        for page in pages:
            for item in page.meta.get(section, []):
                entries.setdefault(item["page"], []).append((page, item))
        for slug, named in entries.items():
            write_atomic(
                folder / section / f"{slug}.md",
                _entity_page(section, named, links).encode("utf-8"),
            )
        for old in _ours(folder / section):  # entities no brief names any more
            if old.stem != "index" and old.stem not in entries:
                _remove(old)
        write_atomic(
            folder / section / "index.md",
            _entity_index(section, entries, links).encode("utf-8"),
        )
    write_atomic(folder / "index.md", _index(pages, links).encode("utf-8"))


def _entity_page(section: str, named: list[tuple[_Page, dict[str, Any]]], links: str) -> str:
    latest = named[0][1]
    aliases = sorted({a for _, item in named for a in item.get("aliases", [])} - {latest["name"]})
    meta: dict[str, Any] = {
        "generator": GENERATOR,
        "title": latest["name"],
        "kind": latest.get("kind"),
        "aliases": aliases,
    }
    lines = [f"# {md_escape(latest['name'])}", ""]
    lines.append(f"**Kind** {md_escape(_kind(latest.get('kind')))}")
    if section == "places":
        country = latest.get("country")
        lat, lon = latest.get("lat"), latest.get("lon")
        meta.update(country=country, lat=lat, lon=lon)
        where = f"{lat:.4f}, {lon:.4f}" if lat is not None and lon is not None else "—"
        lines.append(f" · **Country** {md_escape(country or '—')} · **Lat, lon** {where}")
    lines += ["", f"**Also written** {md_escape(', '.join(aliases)) if aliases else '—'}", ""]
    lines += [f"## Briefs naming it ({len(named)})", ""]
    lines += ["| Date | Brief | In that brief's words |", "|---|---|---|"]
    for page, item in named:
        date = str(page.meta.get("date", ""))[:10]
        brief = _brief_link(page, links, section)
        role = md_escape(_one_line(item.get("role", ""))) or "—"
        lines.append(f"| {date} | {brief} | {role} |")
    return _front_matter(meta) + "\n".join(lines) + "\n"


def _entity_index(
    section: str, entries: dict[str, list[tuple[_Page, dict[str, Any]]]], links: str
) -> str:
    title = _SECTIONS[section]
    lines = [f"# {title}", "", f"| {title[:-1]} | Kind | Briefs | Latest |", "|---|---|---:|---|"]
    for slug, named in sorted(entries.items(), key=lambda e: _key(e[1][0][1]["name"])):
        item = named[0][1]
        name = _link(item["name"], section, slug, links, here=section)
        date = str(named[0][0].meta.get("date", ""))[:10]
        kind = md_escape(_kind(item.get("kind")))
        lines.append(f"| {name} | {kind} | {len(named)} | {date} |")
    if not entries:
        lines.append("| — | | 0 | |")
    meta = {"generator": GENERATOR, "title": title}
    return _front_matter(meta) + "\n".join(lines) + "\n"


def _index(pages: Sequence[_Page], links: str) -> str:
    lines = ["# Situation briefs", ""]
    lines += ["[Actors](actors/index.md) · [Places](places/index.md)", ""]
    if links == "wiki":
        lines[2] = "[[actors/index|Actors]] · [[places/index|Places]]"
    lines += ["| Date | Brief | BLUF |", "|---|---|---|"]
    for page in pages:
        date = str(page.meta.get("date", ""))[:10]
        bluf = md_escape(_first_sentence(str(page.meta.get("bluf", ""))))
        lines.append(f"| {date} | {_brief_link(page, links, '')} | {bluf} |")
    if not pages:
        lines.append("| — | No briefs yet. | |")
    meta = {"generator": GENERATOR, "title": "Situation briefs"}
    return _front_matter(meta) + "\n".join(lines) + "\n"


def _brief_link(page: _Page, links: str, here: str) -> str:
    title = str(page.meta.get("title", page.path.stem))
    if links == "wiki":
        return f"[[{page.path.stem}]]"
    target = f"briefs/{page.path.name}" if here == "" else f"../briefs/{page.path.name}"
    return f"[{md_escape(title)}]({target})"


# -- the folder -----------------------------------------------------------------------------


@contextmanager
def _locked(folder: Path) -> Iterator[None]:
    """One run at a time in a wiki folder (an exclusive lock, released on any exit)."""
    try:
        for sub in ("briefs", "actors", "places"):
            (folder / sub).mkdir(parents=True, exist_ok=True)
        handle = (folder / LOCK).open("a")
    except OSError as error:
        raise OutputError(
            f"cannot write to {folder} ({error.strerror}) — choose another folder with --wiki"
        ) from None
    with handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _brief_pages(folder: Path) -> list[_Page]:
    pages = []
    for path in _ours(folder / "briefs"):
        meta = read_front_matter(path)
        if meta is not None:
            pages.append(_Page(path, meta))
    return pages


def _ours(folder: Path) -> list[Path]:
    """The Markdown pages in a folder that we wrote (their front matter names us)."""
    if not folder.is_dir():
        return []
    found = []
    for path in sorted(folder.glob("*.md")):
        meta = read_front_matter(path)
        if meta is not None and meta.get("generator") == GENERATOR:
            found.append(path)
    return found


def _free(
    folder: Path, stem: str, suffix: str, *, taken: Set[str] = frozenset(), any_page: bool = False
) -> Path:
    """``stem`` in ``folder``, or stem-2, stem-3... when that name is taken: by another
    entity (``taken``), by a page we did not write, or (``any_page``) by any page at all."""
    candidate, n = folder / f"{stem}{suffix}", 1
    while (
        candidate.stem in taken
        or candidate.stem == "index"
        or (candidate.exists() and (any_page or read_front_matter(candidate) is None))
    ):
        n += 1
        candidate = folder / f"{stem}-{n}{suffix}"
    return candidate


def _map_of(page: Path) -> Path:
    return page.with_name(f"{page.stem}-map.svg")


def _remove(path: Path) -> None:
    with suppress(FileNotFoundError):
        path.unlink()


# -- front matter ---------------------------------------------------------------------------


def _front_matter(meta: Mapping[str, Any]) -> str:
    """YAML front matter, one key a line, each value in JSON form (valid YAML flow style)."""
    lines = ["---"]
    for key, value in meta.items():
        text = json.dumps(value, ensure_ascii=False)
        lines.append(f"{key}: {_YAML_UNSAFE.sub(_escape, text)}")
    return "\n".join([*lines, "---", "", ""])


def _escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"  # all below U+10000: astral characters are safe


def read_front_matter(path: Path) -> dict[str, Any] | None:
    """The front matter of a page we wrote, or None (not ours, unreadable, or hand-edited)."""
    try:
        with path.open(encoding="utf-8") as handle:
            if handle.readline().rstrip("\n") != "---":
                return None
            meta: dict[str, Any] = {}
            for line in handle:
                line = line.rstrip("\n")
                if line == "---":
                    return meta if meta.get("generator") == GENERATOR else None
                key, sep, value = line.partition(": ")
                if not sep:
                    return None
                meta[key] = json.loads(value)
    except (OSError, UnicodeDecodeError, ValueError):
        return None
    return None


# -- names ----------------------------------------------------------------------------------


def slugify(text: str) -> str:
    """Lower-case ASCII words joined by '-' ("Côte d'Ivoire" -> "cote-d-ivoire")."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    return "-".join(words)[:80].strip("-") or "untitled"


def _key(text: str) -> str:
    """Names compared case-folded, accents off, punctuation as spaces, no leading 'the'."""
    folded = unicodedata.normalize("NFKD", text).casefold()
    words = re.findall(r"\w+", "".join(c for c in folded if not unicodedata.combining(c)))
    if words and words[0] in ("the", "a", "an") and len(words) > 1:
        words = words[1:]
    return " ".join(words)


def _kind(kind: object) -> str:
    return str(kind or "—").replace("_", " ")


def _first_sentence(text: str, limit: int = 240) -> str:
    """The BLUF's first sentence, cut at a word with an ellipsis past ``limit`` characters."""
    match = re.match(r"(.+?[.!?])(\s|$)", text)
    sentence = match.group(1) if match else text
    if len(sentence) <= limit:
        return sentence
    return sentence[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def _one_line(text: str) -> str:
    return " ".join(str(text).split())
