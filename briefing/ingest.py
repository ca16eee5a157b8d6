"""Files and stdin -> Source: bytes decoded, markup stripped, a title found."""

from __future__ import annotations

import hashlib
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

from .errors import InputError
from .model import Options, Source

MAX_BYTES = Options.max_bytes  # default size limit per input
MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown", ".mkd"}


def read_source(
    location: str, source_id: str, *, input_format: str = "auto", max_bytes: int = MAX_BYTES
) -> Source:
    """Read one input (a path, or ``-`` for stdin) into a Source."""
    raw = _read_bytes(location, max_bytes)
    name = "stdin" if location == "-" else Path(location).name
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
    """Decode raw bytes into a Source, refusing empty and binary input."""
    if not raw.strip():
        raise InputError(f"{name} is empty — give a file that contains article text")
    text = _decode(raw, name)
    fmt = input_format
    if fmt == "auto":
        fmt = "markdown" if Path(name).suffix.lower() in MARKDOWN_SUFFIXES else "text"
    title = None
    if fmt == "markdown":
        title, text = _markdown_to_text(text)
    text = _normalise(text)
    if not text.strip():
        raise InputError(f"{name} holds no text — give a file that contains article text")
    if title is None:
        title = _headline(text)
    return Source(
        id=source_id,
        title=title or _title_from_name(name),
        location=location,
        text=text,
        sha256=hashlib.sha256(raw).hexdigest(),
        format=fmt,
    )


def _read_bytes(location: str, max_bytes: int) -> bytes:
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
        raise InputError(
            f"{location} is over the {max_bytes:,}-byte limit — split it or raise --max-bytes"
        )
    return raw


_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)


def _decode(raw: bytes, name: str) -> str:
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            return raw.decode(encoding, errors="replace")
    if b"\x00" in raw[:4096] or _looks_binary(raw[:4096]):
        raise InputError(f"{name} looks binary, not text — give a plain-text or Markdown article")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        # Not UTF-8: the common single-byte encoding of Western newsroom text.
        return raw.decode("cp1252", errors="replace")


def _looks_binary(head: bytes) -> bool:
    control = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return control > max(4, len(head) // 50)


def _normalise(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    text = "".join(c for c in text if c in "\n\t" or c >= " ")
    return re.sub(r"[ \t]+\n", "\n", text).strip()


def _headline(text: str) -> str | None:
    """A first line that reads as a headline: short, on its own, no closing full stop."""
    first, _, rest = text.partition("\n")
    first = first.strip()
    if rest and 2 <= len(first.split()) <= 20 and not first.endswith((".", ":", ";", ",")):
        return first.strip("#* ").strip()
    return None


def _title_from_name(name: str) -> str:
    stem = Path(name).stem if name != "stdin" else "Situation brief"
    return re.sub(r"[-_]+", " ", stem).strip().capitalize() or "Situation brief"


class _TextExtractor(HTMLParser):
    """Collects the text of HTML made from Markdown, one block per paragraph."""

    BLOCKS = frozenset(
        {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "tr", "div"}
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.current: list[str] = []
        self.title: str | None = None
        self._in_h1 = False
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        if tag in self.BLOCKS:
            self._flush()
        self._in_h1 = self._in_h1 or tag == "h1"

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self._skip:
            self._skip -= 1
        if tag == "h1" and self.title is None:
            self.title = " ".join("".join(self.current).split())
            self.current = []
            self._in_h1 = False
            return
        if tag in self.BLOCKS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.current.append(data)

    def _flush(self) -> None:
        block = " ".join("".join(self.current).split())
        if block:
            self.blocks.append(block)
        self.current = []


def _markdown_to_text(text: str) -> tuple[str | None, str]:
    """Render Markdown with Python-Markdown and keep only its text, one paragraph a block."""
    import markdown

    # Raw HTML in the Markdown stays text (escape "<" first): article markup is inert.
    rendered = markdown.markdown(text.replace("<", "&lt;"), extensions=["tables"])
    parser = _TextExtractor()
    parser.feed(rendered)
    parser.close()
    parser._flush()
    return parser.title, "\n\n".join(parser.blocks)
