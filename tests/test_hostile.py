"""Hostile input is inert: nothing fetched, nothing read from disk, markup shown literally."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing import BriefingError, Options, brief_from_sources, render_json, render_markdown
from briefing.cli import cli
from briefing.ingest import source_from_bytes
from briefing.render import render_html

from .conftest import DATA, FIXED_DATE

pytestmark = pytest.mark.model
CANARY = "CANARY-4f1d9c-do-not-leak"


@pytest.mark.pdf
@pytest.mark.parametrize("name", ["hostile.html", "hostile.md"])
def test_hostile_article_fetches_and_reads_nothing(
    name: str,
    runner: CliRunner,
    tmp_path: Path,
    http_server,
) -> None:
    canary = tmp_path / "canary.txt"
    canary.write_text(CANARY)
    template = (DATA / "hostile" / name).read_text()
    port = http_server.url.rsplit(":", 1)[1]
    article = tmp_path / name
    article.write_text(template.replace("PORT", port).replace("CANARY", str(canary)))
    outputs = {}
    for fmt in ("pdf", "html", "md", "json"):
        target = tmp_path / f"brief.{fmt}"
        result = runner.invoke(
            cli,
            ["make", str(article), "-f", fmt, "-o", str(target), "--date", FIXED_DATE],
            catch_exceptions=False,
        )
        assert result.exit_code == 0, result.stderr
        outputs[fmt] = target.read_bytes()
    assert http_server.requests == []  # not one request reached the server
    for fmt, data in outputs.items():
        assert CANARY.encode() not in data, fmt
    html = outputs["html"].decode()
    assert "<script" not in html and "<iframe" not in html and "<img" not in html
    assert "javascript:" not in html.replace("javascript:alert", "")  # only as escaped text
    assert "{{ 7*7 }}" in html and "{% include &#39;secrets&#39; %}" in html
    assert "{{ 7\\*7 }}" in outputs["md"].decode()
    brief = json.loads(outputs["json"])
    assert any("{{ 7*7 }}" in p["text"] for p in brief["key_points"])
    import io

    import pypdf

    pdf_text = pypdf.PdfReader(io.BytesIO(outputs["pdf"])).pages[0].extract_text()
    assert "{{ 7*7 }}" in pdf_text and CANARY not in pdf_text


@given(st.text(min_size=0, max_size=400))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_any_text_gives_a_brief_or_a_clean_error(text: str) -> None:
    try:
        source = source_from_bytes(text.encode("utf-8"), "s1", name="fuzz.txt")
        brief = brief_from_sources([source], Options(extract=True))
    except BriefingError as error:
        message = str(error)
        assert "\n" not in message and " — " in message
        return
    assert brief.bluf
    markdown = render_markdown(brief)
    assert markdown.startswith("**UNCLASSIFIED // OPEN SOURCE**")
    assert json.loads(render_json(brief))["schema"] == "briefing/1"
    assert "<script" not in render_html(brief).replace("&lt;script", "")
