"""Shared fixtures: our own example articles and a CLI runner."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

DATA = Path(__file__).parent / "data"
CASES = sorted(
    p for p in (DATA / "cases").iterdir() if p.suffix in (".txt", ".md") and ".golden" not in p.name
)
FIXED_DATE = "2026-06-09T14:30:00Z"


@pytest.fixture
def article() -> Path:
    """A realistic 450-word conflict article (fictional events, written for these tests)."""
    return DATA / "cases" / "sahel-border-attack.txt"


@pytest.fixture
def markdown_article() -> Path:
    """A Markdown article about a cyclone (fictional, written for these tests)."""
    return DATA / "cases" / "cyclone-port.md"


@pytest.fixture
def runner() -> CliRunner:
    """A click runner that keeps stderr apart from stdout."""
    return CliRunner()


@pytest.fixture(autouse=True)
def _no_source_date(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
