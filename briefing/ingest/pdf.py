"""PDF reports -> text: page breaks and hyphenation repaired, running heads and feet dropped."""

from __future__ import annotations

import re
from collections import Counter
from io import BytesIO

from ..errors import InputError
from .structure import Part
from .text import Extracted

_HYPHENS = ("-", "\u2010", "\u00ad")  # hyphen-minus, hyphen, soft hyphen
_RUNNING_LINES = 2  # lines at the top and bottom of a page checked for running heads


def read_pdf(raw: bytes, name: str) -> Extracted:
    """The text layer of a PDF; a scanned PDF (no text layer) is refused with a clear error."""
    import logging

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(BytesIO(raw))
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError(f"{name} is password-protected — save an unprotected copy first")
        pages = [page.extract_text() or "" for page in reader.pages]
        meta = reader.metadata
        title = str(meta.title).strip() if meta and meta.title else None
        author = str(meta.author).strip() if meta and meta.author else None
    except InputError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as error:
        raise InputError(
            f"{name} is not a readable PDF ({type(error).__name__}) — "
            "check the file or export it again"
        ) from None
    if not any(re.search(r"\w{2,}", p) for p in pages):
        raise InputError(
            f"{name} has no text layer (a scanned PDF?) — run OCR on it first, "
            "e.g. `ocrmypdf in.pdf out.pdf`, or give a text version"
        )
    return Extracted((Part(join_pages(pages)),), title=title or None, author=author or None)


def join_pages(pages: list[str]) -> str:
    """Pages -> paragraphs: running heads/feet removed, wrapped lines and hyphenation joined."""
    running = _running_lines(pages)
    lines: list[str] = []
    for page in pages:
        page_lines = [line.strip() for line in page.splitlines()]
        kept = [line for line in page_lines if _shape(line) not in running]
        lines.extend(kept)
        lines.append("")  # a page break ends a line, not necessarily a paragraph
    return _paragraphs(lines)


def _shape(line: str) -> str:
    return re.sub(r"\d+", "#", line.strip().lower())


def _running_lines(pages: list[str]) -> set[str]:
    """Lines (digits ignored) at the top or bottom of at least half the pages, from 3 pages."""
    if len(pages) < 3:
        return set()
    counts: Counter[str] = Counter()
    for page in pages:
        lines = [line for line in page.splitlines() if line.strip()]
        edge = lines[:_RUNNING_LINES] + lines[-_RUNNING_LINES:]
        counts.update({_shape(line) for line in edge})
    return {shape for shape, n in counts.items() if n >= max(3, len(pages) // 2) and shape}


def _paragraphs(lines: list[str]) -> str:
    widths = sorted(len(line) for line in lines if line)
    typical = widths[len(widths) * 3 // 4] if widths else 0
    paragraphs: list[str] = []
    current = ""
    for line in lines:
        if not line:
            if current and current.endswith((".", "!", "?", '"', "\u201d", ":")):
                paragraphs.append(current)
                current = ""
            continue
        if current.endswith(_HYPHENS) and line[:1].islower() and current[-2:-1].isalpha():
            current = current[:-1] + line  # "escal-" + "ation"
        else:
            current = f"{current} {line}" if current else line
        if len(line) < 0.6 * typical and line.endswith((".", "!", "?", '"', "\u201d", ":")):
            paragraphs.append(current)  # a short last line ends a paragraph
            current = ""
    if current:
        paragraphs.append(current)
    return "\n\n".join(paragraphs)
