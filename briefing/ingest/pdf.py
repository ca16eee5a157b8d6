"""PDF reports -> text: page breaks and hyphenation repaired, running heads and feet dropped,
headings (larger or bold type on a line of their own) kept apart from the text, and a
contents page left out."""

from __future__ import annotations

import re
import threading
from collections import Counter
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
    """The text layer of a PDF; a scanned PDF (no text layer) is refused with a clear error.

    PDFium (Chrome's PDF engine, through pypdfium2) reads each page's characters with their
    type size and font; it is about eight times faster than a pure-Python reader on a
    33-page report."""
    import pypdfium2 as pdfium

    with _PDFIUM:  # PDFium is not thread-safe
        try:
            document = pdfium.PdfDocument(raw)
        except pdfium.PdfiumError as error:
            if "password" in str(error).lower():
                raise InputError(
                    f"{name} is password-protected — save an unprotected copy first"
                ) from None
            raise InputError(
                f"{name} is not a readable PDF ({error}) — check the file or export it again"
            ) from None
        try:
            read = [_read_page(document[i]) for i in range(len(document))]
            meta = document.get_metadata_dict(skip_empty=True)
        finally:
            document.close()
    title, author = meta.get("Title", "").strip(), meta.get("Author", "").strip()
    pages = [text for text, _ in read]
    if not any(re.search(r"\w{2,}", p) for p in pages):
        raise InputError(
            f"{name} has no text layer (a scanned PDF?) — run OCR on it first, "
            "e.g. `ocrmypdf in.pdf out.pdf`, or give a text version"
        )
    headings = _headings([lines for _, lines in read])
    return Extracted(tuple(join_pages(pages, headings)), title=title or None, author=author or None)


_PDFIUM = threading.Lock()
# PDFium's marks: a hyphen it found at a line's end (2), a character it could not map (0xFFFE).
_MARKS = {"\x02": "\u00ad", "\ufffe": ""}


def _read_page(page: Any) -> tuple[str, list[tuple[str, float, bool]]]:
    """A page's text, a line to a line as drawn, and its lines: (text, type size, bold).
    A line takes the size of most of its characters, and the font of its first character
    in that size."""
    import pypdfium2.raw as pdfium_c

    textpage = page.get_textpage()
    try:
        handle = textpage.raw
        lines: list[tuple[str, float, bool]] = []
        chars: list[str] = []
        sizes: Counter[float] = Counter()
        first: dict[float, int] = {}  # a size -> its first character on the line

        def close() -> None:
            if sizes:
                size = sizes.most_common(1)[0][0]
                lines.append(("".join(chars), size, _bold(handle, first[size])))
            elif chars:
                lines.append(("".join(chars), 0.0, False))
            chars.clear()
            sizes.clear()
            first.clear()

        count = textpage.count_chars()
        whole = textpage.get_text_range()  # one call; per character where it does not align
        if len(whole) != count:  # characters beyond the BMP take two units in it
            whole = "".join(chr(pdfium_c.FPDFText_GetUnicode(handle, i)) for i in range(count))
        for i, char in enumerate(whole):
            if char == "\r":
                continue
            if char == "\n":
                close()
                continue
            char = _MARKS.get(char, char)
            chars.append(char)
            if char.strip():
                size = round(pdfium_c.FPDFText_GetFontSize(handle, i), 1)
                sizes[size] += 1
                first.setdefault(size, i)
        close()
    finally:
        textpage.close()
        page.close()
    text = "\n".join(line for line, _, _ in lines)
    return text, [line for line in lines if line[0].strip()]


def _bold(handle: Any, index: int) -> bool:
    """The character's font is bold: by its weight, or by its name ("DejaVuSans-Bold")."""
    import ctypes

    import pypdfium2.raw as pdfium_c

    if pdfium_c.FPDFText_GetFontWeight(handle, index) >= 600:
        return True
    flags = ctypes.c_int()
    size = pdfium_c.FPDFText_GetFontInfo(handle, index, None, 0, ctypes.byref(flags))
    if size <= 0:
        return False
    buffer = ctypes.create_string_buffer(size)
    pdfium_c.FPDFText_GetFontInfo(handle, index, buffer, size, ctypes.byref(flags))
    return bool(_BOLD.search(buffer.value.decode("utf-8", "replace")))


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
