"""HTML pages -> main article text and metadata, with trafilatura (boilerplate removed)."""

from __future__ import annotations

from ..errors import InputError
from .text import Extracted, decode


def read_html(raw: bytes, name: str) -> Extracted:
    """The article of an HTML page: menus, comments and boilerplate dropped; nothing fetched."""
    import trafilatura

    page = decode(raw, name)
    document = trafilatura.bare_extraction(
        page,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        deduplicate=True,
    )
    body = getattr(document, "text", None) if document is not None else None
    if not body or len(body.split()) < 5:
        raise InputError(
            f"{name} has no article text that could be found — save the article itself, "
            "or copy its text into a .txt file"
        )
    title = getattr(document, "title", None) or None
    lines = [line.strip() for line in body.splitlines() if line.strip()]
    if title and lines and lines[0] == title:
        lines = lines[1:]  # the headline repeated as the first line of the body
    return Extracted(
        "\n\n".join(lines),
        title=title,
        author=getattr(document, "author", None) or None,
        published=getattr(document, "date", None) or None,
        site=getattr(document, "sitename", None) or None,
    )
