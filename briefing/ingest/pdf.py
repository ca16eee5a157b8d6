"""PDF reports -> text: page breaks and hyphenation repaired, running heads and feet dropped,
headings (larger or bold type on a line of their own) kept apart from the text, and a
contents page left out."""

from __future__ import annotations

import math
import re
from collections import Counter
from io import BytesIO
from typing import Any

from ..errors import InputError
from .structure import Part
from .text import Extracted

_HYPHENS = ("-", "\u2010", "\u00ad")  # hyphen-minus, hyphen, soft hyphen
_RUNNING_LINES = 2  # lines at the top and bottom of a page checked for running heads
_HEADING_SCALE = 1.12  # type this much larger than the body's is a heading's
_HEADING_WORDS = 15
_BOLD = re.compile(r"bold|black|heavy|semibold|demi", re.I)
# A contents entry: a title, dot leaders or spaces, a page number ("2. Security .... 8").
_CONTENTS_ENTRY = re.compile(r"^\S.{0,150}?(\s*(\.\s?){3,}\s*|\s+)[ivxlc\d]{1,4}$", re.I)
_CONTENTS_TITLE = re.compile(r"^(table of )?contents$|^inhalt(sverzeichnis)?$|^sommaire$", re.I)
_END = (".", "!", "?", '"', "\u201d", ":")


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
        read = [_read_page(page) for page in reader.pages]
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
    pages = [text for text, _ in read]
    if not any(re.search(r"\w{2,}", p) for p in pages):
        raise InputError(
            f"{name} has no text layer (a scanned PDF?) — run OCR on it first, "
            "e.g. `ocrmypdf in.pdf out.pdf`, or give a text version"
        )
    headings = _headings([lines for _, lines in read])
    return Extracted(tuple(join_pages(pages, headings)), title=title or None, author=author or None)


def _read_page(page: Any) -> tuple[str, list[tuple[str, float, bool]]]:
    """A page's text (pypdf's layout of it) and its lines as drawn: (text, type size, bold).
    The size is the font size scaled by the text and page matrices; a line takes the size
    and weight of the run that holds most of its characters."""
    lines: list[tuple[str, float, bool]] = []
    runs: list[tuple[str, float, bool]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        # how much the two matrices scale an area: the product of their determinants
        scale = math.sqrt(abs((tm[0] * tm[3] - tm[1] * tm[2]) * (cm[0] * cm[3] - cm[1] * cm[2])))
        base = str((font or {}).get("/BaseFont", ""))
        pieces = text.split("\n")
        for i, piece in enumerate(pieces):
            if piece.strip():
                runs.append((piece, size * scale, bool(_BOLD.search(base))))
            if i < len(pieces) - 1:
                _close(runs, lines)

    text = page.extract_text(visitor_text=visit) or ""
    _close(runs, lines)
    return text, lines


def _close(runs: list[tuple[str, float, bool]], lines: list[tuple[str, float, bool]]) -> None:
    if runs:
        main = max(runs, key=lambda r: len(r[0].strip()))
        lines.append(("".join(r[0] for r in runs), round(main[1], 1), main[2]))
        runs.clear()


def _key(line: str) -> str:
    return re.sub(r"\s+", "", line).lower()


def _headings(pages: list[list[tuple[str, float, bool]]]) -> dict[str, float]:
    """Lines set as headings (key -> type size): larger than the body's type, or bold where
    the body is not, short, without a sentence's end. The body's size and weight are those
    of most characters."""
    sizes: Counter[tuple[float, bool]] = Counter()
    for lines in pages:
        for text, size, bold in lines:
            sizes[(size, bold)] += len(text.strip())
    if not sizes:
        return {}
    (body, body_bold), _ = sizes.most_common(1)[0]
    out: dict[str, float] = {}
    for lines in pages:
        for text, size, bold in lines:
            line = text.strip()
            if not line or len(line.split()) > _HEADING_WORDS or line.endswith(_END[:3]):
                continue
            if size >= body * _HEADING_SCALE or (bold and not body_bold and size >= body * 0.95):
                out[_key(line)] = size
    return out


def join_pages(pages: list[str], headings: dict[str, float] | None = None) -> list[Part]:
    """Pages -> paragraphs: running heads/feet and contents entries removed, headings set
    apart as parts of their own (a heading set on two lines is one; the first, before any
    text, in the largest type is the title), wrapped lines and hyphenation joined."""
    headings = headings or {}
    running = _running_lines(pages)
    lines: list[tuple[str, float | None]] = []  # (line, its size if it is a heading)
    for page in pages:
        page_lines = [line.strip() for line in page.splitlines()]
        kept = [line for line in page_lines if _shape(line) not in running]
        if _contents_page(kept):
            kept = [line for line in kept if not _CONTENTS_ENTRY.match(line)]
        for line in kept:
            size = headings.get(_key(line)) if line else None
            last = lines[-1] if lines else ("", None)
            if size is not None and last[1] is not None and abs(size - last[1]) < 0.5:
                lines[-1] = (f"{last[0]} {line}", size)  # a heading set on two lines
            else:
                lines.append((line, size))
        lines.append(("", None))  # a page break ends a line, not necessarily a paragraph
    return _paragraphs(lines)


def _contents_page(lines: list[str]) -> bool:
    """A contents page: titled so, or most of its lines are entries with a page number."""
    text = [line for line in lines if line]
    if any(_CONTENTS_TITLE.match(line) for line in text[:3]):
        return True
    entries = sum(bool(_CONTENTS_ENTRY.match(line)) and not line.endswith(_END) for line in text)
    return len(text) >= 5 and entries >= 0.6 * len(text)


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


def _paragraphs(lines: list[tuple[str, float | None]]) -> list[Part]:
    widths = sorted(len(line) for line, size in lines if line and size is None)
    typical = widths[len(widths) * 3 // 4] if widths else 0
    largest = max((size for _, size in lines if size is not None), default=None)
    parts: list[Part] = []
    paragraphs: list[str] = []  # text paragraphs since the last heading
    current = ""

    def flush() -> None:  # the text between two headings: one part, as a text file's
        if paragraphs:
            parts.append(Part("\n\n".join(paragraphs)))
        paragraphs.clear()

    for line, size in lines:
        if size is not None:  # a heading: a part of its own, never joined to text
            if current:
                paragraphs.append(current)
                current = ""
            flush()
            first = not parts or all(p.hint == "title" for p in parts)
            parts.append(Part(line, "title" if first and size == largest else "heading"))
            continue
        if not line:
            if current and current.endswith(_END):
                paragraphs.append(current)
                current = ""
            continue
        if current.endswith(_HYPHENS) and line[:1].islower() and current[-2:-1].isalpha():
            current = current[:-1] + line  # "escal-" + "ation"
        else:
            current = f"{current} {line}" if current else line
        if len(line) < 0.6 * typical and line.endswith(_END):
            paragraphs.append(current)  # a short last line ends a paragraph
            current = ""
    if current:
        paragraphs.append(current)
    flush()
    return parts
