"""Word documents (.docx) -> text and metadata, with python-docx."""

from __future__ import annotations

import zipfile
from io import BytesIO

from ..errors import InputError
from .text import Extracted


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
    paragraphs = []
    for paragraph in document.paragraphs:
        text = paragraph.text.strip()
        if not text:
            continue
        style = (paragraph.style.name if paragraph.style is not None else "") or ""
        if title is None and style in ("Title", "Heading 1"):
            title = text
            continue
        paragraphs.append(text)
    return Extracted(
        "\n\n".join(paragraphs), title=title, author=document.core_properties.author or None
    )
