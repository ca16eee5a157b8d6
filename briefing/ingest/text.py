"""Plain text and Markdown: decoding in any common encoding, markup read as structure."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from .structure import Part


@dataclass(frozen=True)
class Extracted:
    """What a format reader found: the text in parts and whatever metadata the format carries."""

    parts: tuple[Part, ...]
    title: str | None = None
    author: str | None = None
    published: str | None = None
    site: str | None = None
    standfirst: str | None = None  # a page's description, when it gives one
    url: str | None = None  # a page's own address (canonical link or og:url), http(s) only

    @property
    def words(self) -> int:
        """Number of words in all the parts."""
        return sum(len(p.text.split()) for p in self.parts)


_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)


def read_text(raw: bytes, name: str) -> Extracted:
    """Plain text in any common encoding; its structure is read from the shape of its lines."""
    return Extracted((Part(decode(raw, name)),))


def read_markdown(raw: bytes, name: str) -> Extracted:
    """Markdown rendered with Python-Markdown; headings, items and quotes kept as such."""
    import lxml.html
    import markdown

    from .html import parts_of

    # Raw HTML in the Markdown stays text (escape "<" first): article markup is inert.
    rendered = markdown.markdown(decode(raw, name).replace("<", "&lt;"), extensions=["tables"])
    if not rendered.strip():
        return Extracted(())
    parts = parts_of(lxml.html.fromstring(f"<div>{rendered}</div>"))
    title = next((p.text for p in parts if p.hint == "title"), None)
    return Extracted(tuple(parts), title=title)


def decode(raw: bytes, name: str) -> str:
    """Bytes -> str: BOM, then UTF-8, then the most likely legacy or UTF-16 encoding."""
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            return raw.decode(encoding, errors="replace")
    utf16 = _utf16_without_bom(raw)
    if utf16:
        return raw.decode(utf16, errors="replace")
    try:
        decoded = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.start >= len(raw) - 3 and error.reason == "unexpected end of data":
            decoded = raw[: error.start].decode("utf-8")  # a file cut inside its last character
        else:
            decoded = _guess(raw, name)
    if "\x00" in decoded or _looks_binary(decoded):
        raise InputError(f"{name} looks binary, not text — give a text, HTML, PDF or DOCX article")
    return decoded


def _utf16_without_bom(raw: bytes) -> str | None:
    """UTF-16 text with no BOM shows NUL bytes at every other position."""
    sample = raw[:4096]
    if len(sample) < 8 or b"\x00" not in sample:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def _guess(raw: bytes, name: str) -> str:
    from charset_normalizer import from_bytes

    matches = from_bytes(raw[:200_000])
    best = matches.best()
    if best is None:
        raise InputError(f"{name} looks binary, not text — give a text, HTML, PDF or DOCX article")
    # Western newsroom text is most often cp1252; prefer it when it reads about as well.
    western = next((m for m in matches if m.encoding == "cp1252"), None)
    if western is not None and western.chaos <= best.chaos + 0.02:
        best = western
    return raw.decode(best.encoding, errors="replace")


def _looks_binary(text: str) -> bool:
    head = text[:4096]
    control = sum(1 for c in head if ord(c) < 32 and c not in "\t\n\f\r")
    replaced = head.count("\ufffd")
    return control + replaced > max(4, len(head) // 50)


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f]")  # control characters but tab and newline


def normalise(text: str) -> str:
    """Unix newlines, no control characters, no trailing spaces on lines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    text = _CONTROL.sub("", text)
    return re.sub(r"[ \t]+\n", "\n", text).strip()


def title_from_name(name: str) -> str:
    """A title made from a file name when the text has no headline."""
    if name == "stdin" or "://" in name:
        return "Situation brief"
    stem = re.sub(r"[-_]+", " ", Path(name).stem).strip()
    return stem.capitalize() or "Situation brief"
