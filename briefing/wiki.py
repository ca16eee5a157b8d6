"""Brief(s) -> a wiki folder: a page per brief (YAML front matter, its locator map beside it),
a page per actor and per place listing every brief that names it, and indexes.

The brief pages are the wiki's memory: their front matter records what each brief said of
each actor and place and which page each one is on, and every entity page and index is
rebuilt from them on each run, so a deleted brief page leaves no dangling link.

Identity (docs/wiki.md): a person is keyed by full name, an organisation by its proper name
(or the spelled-out name among its aliases), a place by its gazetteer identity (country and
point). A bare surname or a descriptive group ("police", "officials") is no identity: it is
listed in its brief without a page. A page keeps its file name once written, and its title
is the name most briefs use. Briefs of one run are added in date-and-content order, so the
order of the inputs and the number of workers never change the tree.

Only pages carrying our ``generator`` line are ever replaced or removed; whatever a person
writes below a page's ``<!-- notes -->`` marker is carried into the regenerated page. A run
holds a lock on the folder and writes atomically.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from .errors import OptionError, OutputError
from .extract.names import person_key
from .locator import locator_svg
from .model import Brief
from .output import write_atomic
from .render import md_escape, render_markdown

# "wiki" is the earlier name of "obsidian", kept as its alias.
LINK_STYLES = ("markdown", "obsidian", "gollum", "wiki")
GENERATOR = "briefing"
LOCK = ".briefing-wiki.lock"
NOTES = "<!-- notes -->"
_NOTES_HINT = "<!-- Write below this line: it is kept when briefing regenerates the page. -->"
_SECTIONS = {"actors": "Actors", "places": "Places"}
# File names no entity or brief may take: the indexes, Gollum's home page, the folders.
_RESERVED = frozenset({"index", "home", "actors", "places", "briefs"})
# Characters YAML reads as line breaks or will not take raw in a double-quoted scalar.
_YAML_UNSAFE = re.compile(
    "[^\x09\x0a\x0d\x20-\x7e\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]|[\x85\u2028\u2029]"
)
_TAG = re.compile(r"<[^>]*>?")

Say = Callable[[str], None]


@dataclass(frozen=True)
class _Page:
    """A brief page already in the wiki, as its front matter records it."""

    path: Path
    meta: dict[str, Any]


@dataclass
class _Wiki:
    """The folder's state during one run: its brief pages, which identity is on which
    page, and every file name already used anywhere in the wiki."""

    folder: Path
    pages: list[_Page]
    known: dict[str, str] = field(default_factory=dict)  # identity key -> page file name
    taken: set[str] = field(default_factory=set)  # file names (stems) in use, any folder

    @classmethod
    def load(cls, folder: Path) -> _Wiki:
        pages = _brief_pages(folder)
        wiki = cls(folder, pages)
        wiki.taken = set(_RESERVED) | {
            p.stem.casefold()
            for sub in ("", "briefs", "actors", "places")
            for p in (folder / sub).glob("*.md")
        }
        owner: dict[str, str] = {}  # page file name -> the identity it was made for
        for page in sorted(pages, key=_page_order):
            for section in _SECTIONS:
                for item in page.meta.get(section) or []:
                    slug, keys = item.get("page"), _identities(section, item)
                    if not slug or not keys:
                        continue
                    # an entry an earlier version joined to another entity's page (by a
                    # generic word or a surname) does not draw new briefs to that page
                    if owner.setdefault(slug, keys[0]) != keys[0] and keys[0] not in wiki.known:
                        continue
                    for key in keys:
                        wiki.known.setdefault(key, slug)
        return wiki


def write_wiki(
    brief: Brief,
    folder: Path,
    *,
    links: str = "markdown",
    template_dir: Path | None = None,
    say: Say | None = None,
) -> Path:
    """Put one brief into the wiki at ``folder`` and rebuild its entity pages and indexes.

    Returns the brief page's path. A brief of the same sources (by sha256) replaces the
    page made from them before, under the same name, its notes kept.
    """
    return write_wiki_many([brief], folder, links=links, template_dir=template_dir, say=say)[0]


def write_wiki_many(
    briefs: Sequence[Brief],
    folder: Path,
    *,
    links: str = "markdown",
    template_dir: Path | None = None,
    say: Say | None = None,
) -> list[Path]:
    """Put several briefs into the wiki under one lock; the indexes are rebuilt once.

    ``say`` hears what was kept that a run would otherwise have replaced (notes, pages no
    brief names any more)."""
    if links not in LINK_STYLES:
        raise OptionError(
            f"unknown link style {links!r} — choose one of: markdown, obsidian, gollum"
        )
    style = "obsidian" if links == "wiki" else links
    tell: Say = say or (lambda _message: None)
    with _locked(folder):
        wiki = _Wiki.load(folder)
        # In date-and-content order, not input order: the same briefs give the same tree.
        order = sorted(range(len(briefs)), key=lambda i: (_day(briefs[i]), _content(briefs[i])))
        written: dict[int, Path] = {}
        for i in order:
            written[i] = _add_brief(briefs[i], wiki, style, template_dir, tell)
        _rebuild(folder, style, tell)
    return [written[i] for i in range(len(briefs))]


# -- one brief -------------------------------------------------------------------------------


def _add_brief(brief: Brief, wiki: _Wiki, style: str, template_dir: Path | None, say: Say) -> Path:
    folder = wiki.folder
    content = _content(brief)
    path = None
    for page in wiki.pages:  # the same sources briefed again: the page keeps its name
        if _page_content(page) == content:
            path = page.path
    if path is None:
        stem = f"{_day(brief)}-{slugify(brief.title)}"
        if stem.casefold() in wiki.taken:
            stem = f"{stem}-{content[:8]}"
        path = folder / "briefs" / f"{stem}.md"
        wiki.taken.add(stem.casefold())
    home = _home_country(brief)
    # Places first: a country keeps its plain name; its government is "<name>-government".
    places: list[dict[str, Any]] = []
    for p in brief.locations:
        item: dict[str, Any] = {
            "name": p.name,
            "kind": p.kind,
            "country": p.country,
            "lat": p.lat,
            "lon": p.lon,
            "aliases": list(p.aliases),
            "role": p.evidence[0].text if p.evidence else "",
        }
        item["page"] = _page_for(wiki, "places", item)
        places.append(item)
    actors: list[dict[str, Any]] = []
    for a in brief.actors:
        item = {
            "name": a.name,
            "kind": a.kind,
            "aliases": list(a.aliases),
            "role": a.evidence[0].text if a.evidence else "",
            "ref": a.evidence[0].ref if a.evidence else "",
        }
        if home and a.kind in ("government", "organisation") and _body(a.name):
            item["home"] = home  # whose army, whose ministry: the country the brief is about
        item["page"] = _page_for(wiki, "actors", item)
        actors.append(item)
    meta: dict[str, Any] = {
        "generator": GENERATOR,
        "title": plain(brief.title),
        "date": _day(brief),
        "generated": brief.generated.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "dtg": brief.dtg,
        "classification": brief.classification,
        "bluf": " ".join(p.text for p in brief.bluf),
        "sources": [
            {
                "title": s.title,
                "url": s.url or (s.location if _is_web(s.location) else None),
                "input": s.location,
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
        "actors": {
            a["name"]: _link(a["name"], "actors", a["page"], style) for a in actors if a["page"]
        },
        "locations": {
            p["name"]: _link(p["name"], "places", p["page"], style) for p in places if p["page"]
        },
    }
    body = render_markdown(brief, template_dir, map_image=map_name, links=name_links)
    if svg and map_name:
        write_atomic(path.with_name(map_name), svg.encode("utf-8"))
    else:
        _remove(_map_of(path))
    _write_page(path, _front_matter(meta) + body, say)
    wiki.pages = [p for p in wiki.pages if p.path != path] + [_Page(path, meta)]
    return path


def _home_country(brief: Brief) -> str | None:
    """The country a brief is about: the one its places are in, by mentions, where one
    country holds most of them."""
    weight: Counter[str] = Counter()
    for place in brief.locations:
        if place.country:
            weight[place.country] += place.mentions
    top = weight.most_common(2)
    if not top or (len(top) == 2 and top[1][1] * 2 > top[0][1]):
        return None
    return top[0][0]


def _page_for(wiki: _Wiki, section: str, item: Mapping[str, Any]) -> str | None:
    """The file name of the page this actor or place is on (made when new), or None for a
    name that is no identity of its own (a bare surname, a descriptive group)."""
    keys = _identities(section, item)
    if not keys:
        return None
    slug = next((wiki.known[k] for k in keys if k in wiki.known), None)
    if slug is None:
        name = _title(item)
        if section == "places":
            country = str(item.get("country") or "")
            tries = [name, f"{name} {item.get('kind')}"]
            if country and _key(country) != _key(name):  # Montgomery County, US / UK
                tries.insert(1, f"{name} {country}")
        else:
            suffix = {"state": "government"}.get(str(item.get("kind")), _kind(item.get("kind")))
            tries = [name, f"{name} {suffix}"]
        slug = _unused([slugify(t) for t in tries], wiki.taken)
        wiki.taken.add(slug.casefold())
    for key in keys:
        wiki.known.setdefault(key, slug)
    return slug


def _identities(section: str, item: Mapping[str, Any]) -> list[str]:
    """The keys that make two briefs' entries one entity: the first is its own, the rest
    (an organisation's spelled-out names) may find a page made under another name."""
    name = str(item.get("name") or "")
    if section == "places":
        lat, lon = item.get("lat"), item.get("lon")
        country = item.get("country") or ""
        if item.get("kind") == "facility":  # a site at its town's point is not the town
            return [f"place:{country}:site:{_key(name)}"] if _key(name) else []
        if isinstance(lat, int | float) and isinstance(lon, int | float):
            return [f"place:{country}:{lat:.2f},{lon:.2f}"]
        return [f"place:{country}:{_key(name)}"] if _key(name) else []
    if item.get("kind") == "person":
        full = person_key(name)
        named = sum(1 for w in name.split() if re.search(r"(^|[-'’])[A-Z]", w))
        return [f"person:{full}"] if len(full.split()) >= 2 and named >= 2 else []
    if _body(name):
        # "the army", "Interior Ministry": one page per country the brief is about, or none
        home = item.get("home")
        return [f"actor:{_key(name)}|{home}"] if home else []
    if _group(name) or not _proper(name):
        return []  # "militants", "Federal prosecutors", "energy companies": no identity
    keys = [f"actor:{_key(name)}"]
    for alias in item.get("aliases") or []:
        alias = str(alias)
        if len(alias.split()) >= 2 and _proper(alias) and f"actor:{_key(alias)}" not in keys:
            keys.append(f"actor:{_key(alias)}")
    return keys


def _proper(name: str) -> bool:
    """A proper name: a capital past its first letter ("al-Qaeda", "Islamic State"), or a
    capitalised word that is no group word ("Reuters", "G7"); not a group capitalised only
    because it opened a sentence ("Fighters", "Federal prosecutors"), nor one written in
    lower case ("14-year-old girl", "coalition forces")."""
    words = name.removeprefix("The ").split()
    if not words or any(c.isupper() for c in " ".join(words)[1:]):
        return bool(words)
    return words[0][:1].isupper() and words[-1].lower() not in _descriptors()


def _group(name: str) -> bool:
    """People or bodies described, not named: a name ending in a group word in lower case
    ("African American voters", "energy companies"), or made only of office and group
    words with a plural head ("authorities", "Government officials")."""
    words = _key(name).split()
    if not words:
        return True
    head = _head(words)
    written = name.split()[-1] if name.split() else ""
    if written.islower() and written.lower() in _descriptors() and _plural(written):
        return True
    return _described(words) and _plural(head)


def _body(name: str) -> bool:
    """One body named only by what it is, whose the brief must say: every word a word of
    offices and groups, and a singular head ("the army", "Interior Ministry", "police",
    "Directorate of Culture")."""
    words = _key(name).split()
    return bool(words) and _described(words) and not _plural(_head(words))


def _described(words: Sequence[str]) -> bool:
    return all(w in _descriptors() or w in ("of", "for", "and") for w in words)


def _head(words: Sequence[str]) -> str:
    """The head word of a name: the word before "of" ("Directorate of Culture"), else the
    last."""
    return words[words.index("of") - 1] if "of" in words[1:] else words[-1]


def _plural(word: str) -> bool:
    """A plural noun by its ending ("banks", "authorities"; not "Congress", "police")."""
    word = word.lower()
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


@lru_cache(maxsize=1)
def _descriptors() -> frozenset[str]:
    """Words of groups, bodies and offices, from the actor extractor's own data."""
    from .data import load
    from .extract.names import TITLES

    raw = load("actors.json")
    return frozenset(raw["group_heads"]) | frozenset(raw["agentive_heads"]) | TITLES


def _link(name: str, section: str, slug: str, style: str, here: str = "briefs") -> str:
    """A link to an entity page from a page in folder ``here`` (always in a table cell)."""
    if style == "obsidian":
        return f"[[{slug}\\|{_wiki_text(name)}]]"
    if style == "gollum":
        return f"[[{_wiki_text(name)}|/{section}/{slug}]]"
    if here == section:
        target = f"{slug}.md"
    elif here == "":  # the wiki's top folder
        target = f"{section}/{slug}.md"
    else:
        target = f"../{section}/{slug}.md"
    return f"[{md_escape(name)}]({target})"


def _wiki_text(name: str) -> str:
    """Shown text inside [[...]]: no brackets or pipes to end the link early, no markup."""
    flat = re.sub(r"[\[\]|#^]", " ", plain(name))
    return " ".join(flat.split()) or "untitled"


# -- rebuilding entity pages and indexes ----------------------------------------------------


def _rebuild(folder: Path, style: str, say: Say) -> None:
    """Every actor and place page and the indexes, from the brief pages alone."""
    pages = sorted(_brief_pages(folder), key=_page_order, reverse=True)
    for section in _SECTIONS:
        entries: dict[str, list[tuple[_Page, dict[str, Any]]]] = {}
        for page in pages:
            for item in page.meta.get(section) or []:
                if item.get("page"):
                    entries.setdefault(item["page"], []).append((page, item))
        for slug, named in entries.items():
            _write_page(folder / section / f"{slug}.md", _entity_page(section, named, style), say)
        for old in _ours(folder / section):  # entities no brief names any more
            if old.stem == "index" or old.stem in entries:
                continue
            notes = _notes(old)
            if notes:
                meta = read_front_matter(old) or {}
                title = str(meta.get("title") or old.stem)
                text = _front_matter({"generator": GENERATOR, "title": title}) + (
                    f"# {md_escape(title)}\n\nNo brief in this wiki names it any more; "
                    "the notes below were kept.\n"
                )
                _write_page(old, text, say)
                say(f"kept {old.relative_to(folder)}: no brief names it now, but it has notes")
            else:
                _remove(old)
        _write_page(folder / section / "index.md", _entity_index(section, entries, style), say)
    _write_page(folder / "index.md", _index(pages, style), say)
    _write_nav(folder)
    if style == "gollum":  # a Gollum (GitHub, GitLab) wiki opens at Home
        _write_page(folder / "Home.md", _index(pages, style), say)


# A compact navigation for MkDocs with the awesome-pages plugin: the three indexes, not one
# menu entry per entity (which made every page of a dev wiki carry 1,100 links).
_NAV = {
    ".pages": "nav:\n  - index.md\n  - actors\n  - places\n",
    "actors/.pages": "title: Actors\nnav:\n  - index.md\n",
    "places/.pages": "title: Places\nnav:\n  - index.md\n",
    "briefs/.pages": "hide: true\n",
}
_NAV_MARK = "# briefing writes this MkDocs awesome-pages nav; remove this line to keep edits\n"


def _write_nav(folder: Path) -> None:
    """The navigation files, unless a person has written or edited one of them."""
    for name, text in _NAV.items():
        path = folder / name
        if path.exists() and not path.read_text(encoding="utf-8").startswith(_NAV_MARK):
            continue
        if not path.exists() or path.read_text(encoding="utf-8") != _NAV_MARK + text:
            write_atomic(path, (_NAV_MARK + text).encode("utf-8"))


def _entity_page(section: str, named: list[tuple[_Page, dict[str, Any]]], style: str) -> str:
    best = _canonical(named)
    title = plain(_title(best))
    names = {plain(item["name"]) for _, item in named}
    written = {plain(a) for _, item in named for a in item.get("aliases") or []}
    aliases = sorted((written | names) - {title})
    kind = Counter(str(item.get("kind")) for _, item in named).most_common(1)[0][0]
    meta: dict[str, Any] = {
        "generator": GENERATOR,
        "title": title,
        "kind": kind,
        "aliases": aliases,
    }
    lines = [f"# {md_escape(title)}", ""]
    lines.append(f"**Kind** {md_escape(_kind(kind))}")
    if section == "places":
        country = best.get("country")
        lat, lon = best.get("lat"), best.get("lon")
        meta.update(country=country, lat=lat, lon=lon)
        where = f"{lat:.4f}, {lon:.4f}" if lat is not None and lon is not None else "—"
        lines.append(f" · **Country** {md_escape(country or '—')} · **Lat, lon** {where}")
    lines += ["", f"**Also written** {md_escape(', '.join(aliases)) if aliases else '—'}", ""]
    lines += [f"## Briefs naming it ({len(named)})", ""]
    lines += ["| Date | Brief | In that brief's words |", "|---|---|---|"]
    for page, item in named:
        date = str(page.meta.get("date", ""))[:10]
        brief = _brief_link(page, style, section)
        role = md_escape(_one_line(item.get("role", ""))) or "—"
        lines.append(f"| {date} | {brief} | {role} |")
    return _front_matter(meta) + "\n".join(lines) + "\n"


def _canonical(named: list[tuple[_Page, dict[str, Any]]]) -> dict[str, Any]:
    """The entry whose name most briefs use (then the earliest brief's, then A-Z): the
    page's title, the same whatever order the briefs came in."""
    counts = Counter(_title(item) for _, item in named)
    oldest = sorted(named, key=lambda e: (_page_order(e[0]), _title(e[1])))
    return max(oldest, key=lambda e: counts[_title(e[1])])[1]


def _title(item: Mapping[str, Any]) -> str:
    """An entity's page title from one brief's entry: its name, and for a body named by
    what it is, whose it is ("Army (Niger)")."""
    name = str(item.get("name") or "")
    home = item.get("home")
    if home and _body(name):
        name = name.removeprefix("the ").removeprefix("The ")
        return f"{name[:1].upper()}{name[1:]} ({home})"
    return name


def _entity_index(
    section: str, entries: dict[str, list[tuple[_Page, dict[str, Any]]]], style: str
) -> str:
    title = _SECTIONS[section]
    lines = [f"# {title}", "", f"| {title[:-1]} | Kind | Briefs | Latest |", "|---|---|---:|---|"]
    rows = [(_canonical(named), slug, named) for slug, named in entries.items()]
    for item, slug, named in sorted(rows, key=lambda r: (_key(_title(r[0])), r[1])):
        name = _link(plain(_title(item)), section, slug, style, here=section)
        date = str(named[0][0].meta.get("date", ""))[:10]
        kind = md_escape(_kind(item.get("kind")))
        lines.append(f"| {name} | {kind} | {len(named)} | {date} |")
    if not entries:
        lines.append("| — | | 0 | |")
    meta = {"generator": GENERATOR, "title": title}
    return _front_matter(meta) + "\n".join(lines) + "\n"


def _index(pages: Sequence[_Page], style: str) -> str:
    lines = ["# Situation briefs", ""]
    if style == "obsidian":
        lines += ["[[actors/index|Actors]] · [[places/index|Places]]", ""]
    elif style == "gollum":
        lines += ["[[Actors|/actors/index]] · [[Places|/places/index]]", ""]
    else:
        lines += ["[Actors](actors/index.md) · [Places](places/index.md)", ""]
    lines += ["| Date | Brief | BLUF |", "|---|---|---|"]
    for page in pages:
        date = str(page.meta.get("date", ""))[:10]
        bluf = md_escape(_first_sentence(str(page.meta.get("bluf", ""))))
        lines.append(f"| {date} | {_brief_link(page, style, '')} | {bluf} |")
    if not pages:
        lines.append("| — | No briefs yet. | |")
    meta = {"generator": GENERATOR, "title": "Situation briefs"}
    return _front_matter(meta) + "\n".join(lines) + "\n"


def _brief_link(page: _Page, style: str, here: str) -> str:
    title = plain(str(page.meta.get("title") or page.path.stem))
    if style == "obsidian":
        return f"[[{page.path.stem}\\|{_wiki_text(title)}]]"
    if style == "gollum":
        return f"[[{_wiki_text(title)}|/briefs/{page.path.stem}]]"
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
    return [path for path in sorted(folder.glob("*.md")) if read_front_matter(path) is not None]


def _write_page(path: Path, text: str, say: Say) -> None:
    """A generated page, ending in the notes marker; what a person wrote below the marker
    of the page it replaces is carried over. A page we did not write is never replaced."""
    notes = ""
    if path.exists():
        if read_front_matter(path) is None:
            say(f"left {path.name} alone: it was not written by briefing")
            return
        notes = _notes(path)
    page = f"{text.rstrip()}\n\n{NOTES}\n{_NOTES_HINT}\n"
    if notes:
        page += notes if notes.endswith("\n") else notes + "\n"
    with suppress(FileNotFoundError):
        if path.read_text(encoding="utf-8") == page:
            return  # unchanged: no write, the file keeps its time
    write_atomic(path, page.encode("utf-8"))


def _notes(path: Path) -> str:
    """What was written below a page's notes marker (our hint line left out)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return ""
    _, marker, after = text.partition(f"\n{NOTES}\n")
    if not marker:
        return ""
    after = after.removeprefix(f"{_NOTES_HINT}\n")
    return after if after.strip() else ""


def _unused(tries: Sequence[str], taken: set[str]) -> str:
    """The first of the names not yet used anywhere in the wiki, else the first numbered."""
    for stem in tries:
        if stem and stem.casefold() not in taken:
            return stem
    n = 2
    while f"{tries[0]}-{n}".casefold() in taken:
        n += 1
    return f"{tries[0]}-{n}"


def _map_of(page: Path) -> Path:
    return page.with_name(f"{page.stem}-map.svg")


def _remove(path: Path) -> None:
    with suppress(FileNotFoundError):
        path.unlink()


# -- dates, order and content ---------------------------------------------------------------


def _day(brief: Brief) -> str:
    """The brief's date: its newest source's publication day where a source gives one, else
    the day it was made."""
    published = [
        s.published[:10]
        for s in brief.sources
        if s.published and re.match(r"\d{4}-\d{2}-\d{2}", s.published)
    ]
    return max(published) if published else brief.generated.strftime("%Y-%m-%d")


def _content(brief: Brief) -> str:
    """What a brief is made of: the sha256 of its sources' sha256s, in order."""
    return hashlib.sha256(" ".join(sorted(s.sha256 for s in brief.sources)).encode()).hexdigest()


def _page_content(page: _Page) -> str:
    shas = sorted(str(s.get("sha256", "")) for s in page.meta.get("sources") or [])
    return hashlib.sha256(" ".join(shas).encode()).hexdigest()


def _page_order(page: _Page) -> tuple[str, str]:
    return (str(page.meta.get("date", "")), page.path.name)


def _is_web(location: str) -> bool:
    return re.match(r"https?://", location, re.IGNORECASE) is not None


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


def _yaml_loader() -> type:
    """PyYAML's safe loader, with dates left as the strings they were written as."""
    import yaml

    class Loader(yaml.SafeLoader):
        pass

    Loader.yaml_implicit_resolvers = {
        first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    return Loader


def read_front_matter(path: Path) -> dict[str, Any] | None:
    """The front matter of a page we wrote, in any YAML style a person or an editor re-saved
    it in; None for a page that is not ours, unreadable, or without front matter."""
    import yaml

    try:
        with path.open(encoding="utf-8") as handle:
            if handle.readline().rstrip("\n") != "---":
                return None
            lines = []
            for line in handle:
                if line.rstrip("\n") in ("---", "..."):
                    break
                lines.append(line)
            else:
                return None
        meta = yaml.load("".join(lines), Loader=_LOADER)  # SafeLoader, dates kept as text
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return None
    if not isinstance(meta, dict) or meta.get("generator") != GENERATOR:
        return None
    return meta


_LOADER = _yaml_loader()


# -- names ----------------------------------------------------------------------------------


def slugify(text: str) -> str:
    """Lower-case ASCII words joined by '-', other scripts transliterated ("Côte d'Ivoire" ->
    "cote-d-ivoire", "Москва" -> "moskva")."""
    from slugify import slugify as transliterated

    return transliterated(str(text), max_length=80, word_boundary=True) or "untitled"


def plain(text: str) -> str:
    """A title or name as plain text for front matter and navigation, where site generators
    put it into HTML unescaped: tags removed, angle brackets turned into quotes."""
    flat = _TAG.sub(" ", str(text)).replace("<", "‹").replace(">", "›")
    return " ".join(flat.split()) or "untitled"


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
