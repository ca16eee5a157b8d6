"""Files, stdin and URLs -> Source: format sniffed, text extracted, metadata kept."""

from __future__ import annotations

import hashlib
import re
import sys
import zipfile
from io import BytesIO
from pathlib import Path

from ..errors import InputError, TooLargeError
from ..model import Options, Source
from . import docx, html, pdf, text
from .language import detect
from .structure import Part, read_structure
from .text import Extracted

MAX_BYTES = Options.max_bytes  # default size limit per input
FORMATS = ("auto", "text", "markdown", "html", "pdf", "docx")
_SUFFIXES = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".mdown": "markdown",
    ".mkd": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".pdf": "pdf",
    ".docx": "docx",
    ".txt": "text",
}
_READERS = {
    "text": text.read_text,
    "markdown": text.read_markdown,
    "html": html.read_html,
    "pdf": pdf.read_pdf,
    "docx": docx.read_docx,
}


def is_url(location: str) -> bool:
    """Whether an input names a web address rather than a file."""
    return re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", location) is not None


def read_source(
    location: str, source_id: str, *, input_format: str = "auto", max_bytes: int = MAX_BYTES
) -> Source:
    """Read one input (a path, an http(s) URL, or ``-`` for stdin) into a Source."""
    if is_url(location):
        from .url import fetch

        raw, content_type = fetch(location, max_bytes=max_bytes)
        name = location
        if input_format == "auto" and content_type:
            input_format = _format_from_content_type(content_type)
    else:
        raw = read_bytes(location, max_bytes)
        name = "stdin" if location == "-" else location
    return source_from_bytes(
        raw, source_id, location=location, name=name, input_format=input_format
    )


def source_from_bytes(
    raw: bytes,
    source_id: str,
    *,
    location: str = "-",
    name: str = "text",
    input_format: str = "auto",
) -> Source:
    """Turn raw bytes into a Source, refusing empty, binary and text-less input."""
    if not raw.strip():
        raise InputError(f"{name} is empty — give a file that contains article text")
    fmt = sniff(raw, name) if input_format == "auto" else input_format
    if fmt not in _READERS:
        raise InputError(f"unknown input format {fmt!r} — use one of: {', '.join(FORMATS)}")
    extracted: Extracted = _READERS[fmt](raw, name)
    parts = [Part(text.normalise(p.text), p.hint) for p in extracted.parts]
    if not any(re.search(r"\w", p.text) for p in parts):
        raise InputError(f"{name} holds no text — give a file that contains article text")
    language = detect("\n".join(p.text for p in parts))
    structure = read_structure(
        parts, title=extracted.title, standfirst=extracted.standfirst, language=language
    )
    title = extracted.title or structure.headline
    return Source(
        id=source_id,
        title=title or text.title_from_name(name),
        location=location,
        text=structure.text,
        sha256=hashlib.sha256(raw).hexdigest(),
        format=fmt,
        author=extracted.author or structure.author,
        published=extracted.published or structure.published,
        site=extracted.site,
        blocks=structure.blocks,
        language=language,
        dateline=structure.dateline,
        url=extracted.url,
        headline=bool(title),
    )


def sniff(raw: bytes, name: str) -> str:
    """The input format from the content first, then the file suffix."""
    head = raw[:2048]
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(BytesIO(raw)) as archive:
                if "word/document.xml" in archive.namelist():
                    return "docx"
        except zipfile.BadZipFile:
            pass
        raise InputError(
            f"{name} is a ZIP archive, not a readable .docx — unpack it, or save the document again"
        )
    lowered = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if lowered.startswith((b"<!doctype html", b"<html", b"<?xml")) or re.search(
        rb"<(html|head|body|article)[\s>]", lowered
    ):
        return "html"
    suffix = _SUFFIXES.get(Path(name).suffix.lower())
    if suffix in ("markdown", "text"):
        return suffix
    return "text"


def _format_from_content_type(content_type: str) -> str:
    kind = content_type.split(";")[0].strip().lower()
    if kind in ("text/html", "application/xhtml+xml"):
        return "html"
    if kind == "application/pdf":
        return "pdf"
    if kind == "text/markdown":
        return "markdown"
    return "auto" if kind != "text/plain" else "text"


def read_bytes(location: str, max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes of a file or of stdin (``-``), refusing folders, missing files and big ones."""
    if location == "-":
        raw = sys.stdin.buffer.read(max_bytes + 1)
    else:
        path = Path(location)
        if path.is_dir():
            raise InputError(f"{location} is a directory — give the article files inside it")
        try:
            with path.open("rb") as handle:
                raw = handle.read(max_bytes + 1)
        except FileNotFoundError:
            raise InputError(f"{location} does not exist — check the path") from None
        except PermissionError:
            raise InputError(f"{location} cannot be read — check its permissions") from None
        except OSError as error:
            raise InputError(
                f"{location} cannot be read ({error.strerror}) — check the path"
            ) from None
    if len(raw) > max_bytes:
        raise TooLargeError(
            f"{location} is over the {max_bytes:,}-byte limit — split it or raise --max-bytes"
        )
    return raw
