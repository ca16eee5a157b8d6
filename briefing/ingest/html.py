"""HTML pages -> the article's parts and metadata: trafilatura first, then its recall mode,
readability-lxml and jusText before giving up. Nothing named in the page is fetched."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from ..errors import InputError
from .structure import Part
from .text import Extracted, decode

_ENOUGH_WORDS = 30  # a first extraction shorter than this tries the next extractor
_LEAST_WORDS = 5  # the best of all shorter than this: no article found
# What a block element is, in trafilatura's XML (TEI-like) and in plain HTML.
_BLOCKS = {
    "p": "paragraph",
    "div": "text",
    "section": "text",
    "article": "text",
    "main": "text",
    "body": "text",
    "doc": "text",
    "head": "heading",
    "h1": "title",
    "h2": "heading",
    "h3": "heading",
    "h4": "heading",
    "h5": "heading",
    "h6": "heading",
    "item": "item",
    "li": "item",
    "dt": "paragraph",
    "dd": "paragraph",
    "quote": "quote",
    "blockquote": "quote",
    "figcaption": "caption",
    "caption": "caption",
    "cell": "paragraph",
    "td": "paragraph",
    "th": "paragraph",
    "row": "text",
    "tr": "text",
    "list": "text",
    "ul": "text",
    "ol": "text",
    "table": "text",
    "figure": "text",
    "pre": "paragraph",
    "code": "paragraph",
    "header": "text",
    "footer": "text",
    "aside": "text",
}
_SKIP = frozenset({"script", "style", "noscript", "template", "graphic", "img", "svg", "button"})
_BREAKS = frozenset({"lb", "br"})


def read_html(raw: bytes, name: str) -> Extracted:
    """The article of an HTML page: menus, comments and boilerplate dropped; nothing fetched."""
    page = without_link_cards(decode(raw, name))
    best: Extracted | None = None
    for extractor in (_trafilatura, _trafilatura_recall, _readability, _justext):
        found = _attempt(extractor, page)
        if found is None:
            continue
        if best is None or found.words > best.words:
            best = found if best is None else _with_metadata(found, best)
        if best.words >= _ENOUGH_WORDS:
            break
    if best is not None and _misses_its_standfirst(best):
        best = teaser_or_body(best, _attempt(_readability, page))
    if best is None or best.words < _LEAST_WORDS:
        raise InputError(
            f"{name} has no article text that could be found — save the article itself, "
            "or copy its text into a .txt file"
        )
    return replace(best, title=headline(best.title, best.site)) if best.title else best


def _attempt(extractor: Callable[[str], Extracted | None], page: str) -> Extracted | None:
    """An extractor's reading of the page; None when it finds nothing or chokes on it."""
    from lxml.etree import LxmlError

    try:
        return extractor(page)
    except (ValueError, TypeError, AttributeError, LookupError, LxmlError):
        return None


# " | Site", " - Site", " — Site" closing a page title.
_TITLE_TAIL = re.compile(r"\s+(\||-|–|—|::|·)\s+([^|]{1,60})$")


def headline(title: str | None, site: str | None) -> str | None:
    """A page title without the site's name after it: the tail after " | " when it is short
    (a site's name, not a clause), or after any separator when it is the page's own site
    name ("… - 9to5Mac"); a title that is nothing but the tail stays as it is."""
    if not title:
        return title
    match = _TITLE_TAIL.search(title)
    if match is None or match.start() < 12:
        return title
    tail = match.group(2)
    own = (
        site is not None
        and _alnum(tail)
        and (_alnum(tail) in _alnum(site) or _alnum(site) in _alnum(tail))
    )
    if own or (match.group(1) == "|" and len(tail.split()) <= 4):
        return title[: match.start()].rstrip()
    return title


def _alnum(text: str) -> str:
    return "".join(c for c in text.casefold() if c.isalnum())


# Links set inside a paragraph as a card or a row of related stories ("Kristi Noem" with a
# hover card of her other articles; "Related: A | B | C"): a run of links, not prose.
_INLINE_CARD_LINKS = 2  # links at least
_INLINE_CARD_DENSITY = 0.8  # share of the element's text that is link text


def without_link_cards(page: str) -> str:
    """The page with every link card inside a paragraph taken out: an element within a <p>
    that holds two links or more and whose text is nearly all link text (deepest first, so
    a name linked in the prose stays when only its hover card goes). Unchanged when none."""
    import lxml.html
    from lxml.etree import ParserError

    try:
        document = lxml.html.document_fromstring(page)
    except (ParserError, ValueError):
        return page
    dropped = False
    for paragraph in document.iter("p"):
        for element in reversed(list(paragraph.iterdescendants())):
            if not isinstance(element.tag, str) or element.tag == "a":
                continue
            links = element.findall(".//a")
            if len(links) < _INLINE_CARD_LINKS:
                continue
            text = " ".join(element.text_content().split())
            linked = sum(len(" ".join(a.text_content().split())) for a in links)
            if text and linked >= _INLINE_CARD_DENSITY * len(text):
                element.drop_tree()
                dropped = True
    return lxml.html.tostring(document, encoding="unicode") if dropped else page


def parts_of(element: Any) -> list[Part]:
    """An lxml element's text as Parts, one per block element, each with what it is."""
    parts: list[Part] = []
    _walk(element, "text", parts, [])
    return [p for p in parts if p.text.strip()]


def _walk(element: Any, hint: str, parts: list[Part], buffer: list[str]) -> None:
    tag = element.tag if isinstance(element.tag, str) else ""
    tag = tag.rsplit("}", 1)[-1].lower()
    if tag in _SKIP:
        return
    if tag in _BREAKS:
        buffer.append("\n")
        return
    if tag in _BLOCKS:
        _flush(parts, buffer, hint)
        own = _BLOCKS[tag]
        if tag == "head":
            own = "title" if element.get("rend") == "h1" else "heading"
        # A paragraph inside a quote or a list item stays a quote or an item.
        inner = hint if own in ("paragraph", "text") and hint in ("quote", "item") else own
        mine: list[str] = [element.text or ""]
        for child in element:
            _walk(child, inner, parts, mine)
            mine.append(child.tail or "")
        _flush(parts, mine, inner)
        return
    buffer.append(element.text or "")
    for child in element:
        _walk(child, hint, parts, buffer)
        buffer.append(child.tail or "")


def _flush(parts: list[Part], buffer: list[str], hint: str) -> None:
    text = "".join(buffer)
    buffer.clear()
    lines = [" ".join(line.split()) for line in text.split("\n")]
    text = "\n".join(line for line in lines if line)
    if text:
        parts.append(Part(text, hint))


def _document(page: str, **options: Any) -> Extracted | None:
    import trafilatura

    document = trafilatura.bare_extraction(
        page,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        deduplicate=False,  # True keeps a cache across calls: a page read twice loses text
        **options,
    )
    body = getattr(document, "body", None) if document is not None else None
    if body is None:
        return None
    return Extracted(
        parts=tuple(parts_of(body)),
        title=getattr(document, "title", None) or None,
        author=getattr(document, "author", None) or None,
        published=getattr(document, "date", None) or None,
        site=getattr(document, "sitename", None) or None,
        standfirst=getattr(document, "description", None) or None,
        url=_web_address(getattr(document, "url", None)),
    )


def _trafilatura(page: str) -> Extracted | None:
    return _document(page)


def _trafilatura_recall(page: str) -> Extracted | None:
    return _document(page, favor_recall=True)


def _readability(page: str) -> Extracted | None:
    import lxml.html
    from readability import Document

    summary = Document(page).summary(html_partial=True)
    return Extracted(parts=tuple(parts_of(lxml.html.fromstring(summary))))


def _justext(page: str) -> Extracted | None:
    import justext
    import lxml.html

    from .language import detect

    visible = lxml.html.fromstring(page).text_content()
    language = (detect(visible) or "english").capitalize()
    stoplist = justext.get_stoplist(language if language in justext.get_stoplists() else "English")
    parts = [
        Part(p.text, "heading" if p.is_heading else "paragraph")
        for p in justext.justext(page, stoplist)
        if not p.is_boilerplate
    ]
    return Extracted(parts=tuple(parts))


def _standfirst_words(found: Extracted) -> list[str] | None:
    """The first sentence of the page's own summary (og:description), as words; None when
    it has none or it is too short to tell (under six words)."""
    if not found.standfirst:
        return None
    first = re.split(r"(?<=[.!?])\s", found.standfirst.strip())[0]
    words = re.findall(r"\w+", first.casefold())
    return words if len(words) >= 6 else None


def _words(found: Extracted) -> list[str]:
    return [w for p in found.parts for w in re.findall(r"\w+", p.text.casefold())]


def _holds(found: Extracted, words: list[str]) -> bool:
    return " ".join(words) in " ".join(_words(found))


def _misses_its_standfirst(found: Extracted) -> bool:
    words = _standfirst_words(found)
    return words is not None and not _holds(found, words)


def teaser_or_body(found: Extracted, other: Extracted | None) -> Extracted:
    """Of two extractors' bodies of one page, the one that is the article: where they
    disagree (under half their words shared) and only the other holds the page's own
    summary (og:description) and is about as long, the first took a teaser or another
    story's box. Where they agree, the first has only left the standfirst out."""
    words = _standfirst_words(found)
    if other is None or words is None or _holds(found, words) or not _holds(other, words):
        return found
    mine, theirs = set(_words(found)), set(_words(other))
    shared = len(mine & theirs) / max(1, len(mine | theirs))
    if shared >= 0.5 or other.words < 0.8 * found.words:
        return found
    return _with_metadata(other, found)


def _with_metadata(found: Extracted, earlier: Extracted) -> Extracted:
    """A fallback's body with whatever metadata an earlier extractor had found."""
    fields = ("title", "author", "published", "site", "standfirst", "url")
    return replace(found, **{k: getattr(found, k) or getattr(earlier, k) for k in fields})


def _web_address(url: object) -> str | None:
    """The page's canonical address as it states it, when it is an http(s) URL (recorded,
    never fetched)."""
    if not isinstance(url, str):
        return None
    url = url.strip()
    return url if re.match(r"https?://[^\s/]+\.[^\s]+$", url, re.IGNORECASE) else None
