"""Golden Markdown briefs for our own example articles (regenerate: BRIEFING_UPDATE_GOLDEN=1)."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from briefing import Options, make_brief, render_markdown

from .conftest import CASES

pytestmark = pytest.mark.model


@pytest.mark.parametrize("article", CASES, ids=[c.name for c in CASES])
def test_markdown_matches_golden(article: Path) -> None:
    brief = make_brief([article], Options(date=datetime(2026, 6, 9, 14, 30, tzinfo=UTC)))
    # The location is part of the brief: make it independent of where tests run from.
    text = render_markdown(brief).replace(str(article), article.name)
    golden = article.with_suffix(article.suffix + ".golden.md")
    if os.environ.get("BRIEFING_UPDATE_GOLDEN"):
        golden.write_text(text)
    assert text == golden.read_text()
