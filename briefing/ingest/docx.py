"""Word documents (.docx) -> parts (by paragraph style) and metadata, with python-docx."""

from __future__ import annotations

import zipfile
from io import BytesIO

from ..errors import InputError
from .structure import Part
from .text import Extracted

# Word's built-in paragraph styles -> what the part is; other styles are read by shape.
_STYLES = {
    "title": "title",
    "subtitle": "standfirst",
    "caption": "caption",
    "quote": "quote",
    "intense quote": "quote",
    "list paragraph": "item",
    "list bullet": "item",
    "list number": "item",
}


def read_docx(raw: bytes, name: str) -> Extracted:
    """The paragraphs of a .docx; its Title style or core title becomes the title."""
    import docx

    try:
        document = docx.Document(BytesIO(raw))
    except (zipfile.BadZipFile, KeyError, ValueError) as error:
        raise InputError(
            f"{name} is not a readable Word document ({type(error).__name__}) — "
            "check the file or save it again as .docx"
        ) from None
    title = document.core_properties.title or None
    parts: list[Part] = []
    for paragraph in document.paragraphs:
        text = paragraph.text.strip()
        if not text:
            continue
        style = ((paragraph.style.name if paragraph.style is not None else "") or "").lower()
        hint = _STYLES.get(style, "heading" if style.startswith("heading") else "paragraph")
        if style == "heading 1" and not any(p.hint == "title" for p in parts):
            hint = "title"
        if hint == "title" and title is None:
            title = text
        parts.append(Part(text, hint))
    return Extracted(tuple(parts), title=title, author=document.core_properties.author or None)
