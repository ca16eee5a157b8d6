"""Rendering: escaping, determinism, one-page PDF, nothing fetched."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing import Options, make_brief, render_html, render_json, render_markdown, render_pdf
from briefing.cli import cli
from briefing.render import md_escape

from .conftest import FIXED_DATE

WHEN = datetime(2026, 6, 9, 14, 30, tzinfo=UTC)
HOSTILE = (
    "Officials said {{ 7*7 }} and {% include 'x' %} were seen. "
    'A note read <script>alert(1)</script> and <img src="file:///etc/passwd">. '
    "The report listed *bold* claims, [a link](javascript:alert(1)) and a | pipe. "
    "# Not a heading, said the spokesman of the Red Crescent in Aleppo."
)


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    path = tmp_path / "hostile.txt"
    path.write_text(HOSTILE)
    return path


def test_markdown_escape_keeps_text_literal() -> None:
    assert md_escape("*a* _b_ [c](d) <e> | `f`") == r"\*a\* \_b\_ \[c\](d) &lt;e&gt; \| \`f\`"
    assert md_escape("# title") == r"\# title"
    assert md_escape("1. first") == r"1\. first"
    assert md_escape("see http://x.org") == "see http:&#47;&#47;x.org"


def test_markdown_escape_shows_no_backslash_in_python_markdown_or_gfm() -> None:
    """Characters Python-Markdown (MkDocs) would show with their backslash ("S\\&P 500") are
    written as entities; both renderers show the text as written and no markup."""
    import markdown

    markdown_it = pytest.importorskip("markdown_it")
    gfm = markdown_it.MarkdownIt("commonmark").enable(["table", "strikethrough"])
    text = "S&P 500 <b>x</b> a~~b~~ see http://x.org or www.y.org | *c*"
    for html in (
        markdown.markdown(md_escape(text), extensions=["tables"]),
        gfm.render(md_escape(text)),
    ):
        assert "\\" not in html and "<b>" not in html and "<del>" not in html and "<a" not in html
        assert "S&amp;P 500" in html and "&lt;b&gt;x&lt;/b&gt;" in html


@pytest.mark.model
def test_markup_and_template_syntax_are_shown_literally(hostile: Path) -> None:
    brief = make_brief([hostile], Options(date=WHEN))
    html = render_html(brief)
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<img" not in html
    assert "{{ 7*7 }}" in html and "said 49" not in html
    md = render_markdown(brief)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in md
    assert r"\[a link\](javascript:alert(1))" in md
    assert "{{ 7\\*7 }}" in md
    assert json.loads(render_json(brief))["bluf"].startswith("Officials said {{ 7*7 }}")


@pytest.mark.model
def test_outputs_are_byte_identical_across_runs(
    runner: CliRunner, article: Path, markdown_article: Path, tmp_path: Path
) -> None:
    for fmt in ("md", "html", "json"):
        outputs = []
        for run in range(2):
            target = tmp_path / str(run) / f"brief.{fmt}"
            result = runner.invoke(
                cli,
                [
                    "make",
                    str(article),
                    str(markdown_article),
                    "-f",
                    fmt,
                    "-o",
                    str(target),
                    "--date",
                    FIXED_DATE,
                ],
            )
            assert result.exit_code == 0
            outputs.append(target.read_bytes())
            if fmt == "md":  # the locator map written beside it is stable too
                outputs.append((target.parent / "brief-map.svg").read_bytes())
        assert outputs[: len(outputs) // 2] == outputs[len(outputs) // 2 :]


@pytest.mark.model
def test_source_date_epoch_sets_the_date(
    runner: CliRunner, article: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1781015400")  # 2026-06-09T14:30:00Z
    result = runner.invoke(cli, ["make", str(article), "-f", "json", "-o", "-"])
    assert json.loads(result.stdout)["dtg"] == "091430Z JUN 26"


@pytest.mark.model
@pytest.mark.pdf
def test_pdf_is_one_page(article: Path, tmp_path: Path) -> None:
    import pypdf

    brief = make_brief([article], Options(date=WHEN))
    target = tmp_path / "b.pdf"
    assert render_pdf(brief, target) is None
    reader = pypdf.PdfReader(target)
    assert len(reader.pages) == 1
    page = reader.pages[0]
    assert round(float(page.mediabox.width)) == 595  # A4 in points
    text = page.extract_text()
    assert "UNCLASSIFIED // OPEN SOURCE" in text and "BLUF" in text and "RISKS" in text.upper()
    letter = render_pdf(brief, paper="letter")
    assert letter is not None
    import io

    assert round(float(pypdf.PdfReader(io.BytesIO(letter)).pages[0].mediabox.width)) == 612


@pytest.mark.model
@pytest.mark.pdf
def test_overflow_drops_lowest_ranked_items_and_warns(
    article: Path, caplog: pytest.LogCaptureFixture
) -> None:
    import io

    import pypdf

    brief = make_brief([article], Options(date=WHEN, sentences=40, max_actors=30, max_risks=20))
    long = replace(brief, key_points=brief.key_points * 3)
    with caplog.at_level("INFO", logger="briefing"):
        pdf = render_pdf(long)
    assert pdf is not None and len(pypdf.PdfReader(io.BytesIO(pdf)).pages) == 1
    ours = [r for r in caplog.records if r.name.startswith("briefing")]  # not WeasyPrint's
    warned = [r.getMessage() for r in ours if r.levelname == "WARNING"]
    assert warned and all(m.startswith("dropped to fit one page: ") for m in warned)
    dropped = [r.getMessage() for r in ours]  # names kept in "Also named" are INFO
    # However many layouts it took, the items dropped are the lowest-ranked, in order.
    from briefing.render import _drop_one

    expected, current = [], long
    for _ in dropped:
        current, what = _drop_one(current)
        expected.append(f"dropped to fit one page: {what}")
    assert dropped == expected


@pytest.mark.model
@pytest.mark.pdf
def test_actors_left_out_of_the_table_are_still_named_on_the_page(
    article: Path, caplog: pytest.LogCaptureFixture
) -> None:
    import io

    import pypdf

    brief = make_brief([article], Options(date=WHEN, max_actors=30))
    assert len(brief.actors) > 12
    with caplog.at_level("INFO", logger="briefing"):
        pdf = render_pdf(brief)
    assert pdf is not None
    (page,) = pypdf.PdfReader(io.BytesIO(pdf)).pages
    text = " ".join(page.extract_text().split())
    assert "Also named:" in text
    for actor in brief.actors:  # every actor is on the page, in the table or by name
        assert actor.name[:20] in text
    notes = [r for r in caplog.records if "actor" in r.getMessage()]
    assert notes and all(r.levelname == "INFO" for r in notes)


@pytest.mark.model
@pytest.mark.pdf
def test_pdf_rendering_fetches_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Even a user template that names local files and URLs gets nothing from them."""
    canary = tmp_path / "canary.css"
    canary.write_text("body { background: red; }")
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "brief.html.j2").write_text(
        f'<html><head><link rel="stylesheet" href="file://{canary}">'
        '<link rel="stylesheet" href="http://127.0.0.1:9/x.css"></head>'
        f'<body><img src="file://{canary}">{{{{ brief.title }}}}</body></html>'
    )
    article = tmp_path / "a.txt"
    article.write_text("Flooding closed the port. Officials warned that roads could close.")
    brief = make_brief([article], Options(date=WHEN))
    fetched: list[str] = []
    import weasyprint.urls

    original = weasyprint.urls.URLFetcher.fetch

    def spy(self: object, url: str, headers: object = None) -> object:
        fetched.append(url)
        return original(self, url, headers)  # type: ignore[arg-type]

    monkeypatch.setattr(weasyprint.urls.URLFetcher, "fetch", spy)
    pdf = render_pdf(brief, template_dir=templates)
    assert pdf is not None and pdf.startswith(b"%PDF")
    assert fetched == []  # our fetcher answered before urllib was ever asked


@pytest.mark.model
def test_template_dir_overrides_by_name(article: Path, tmp_path: Path) -> None:
    (tmp_path / "brief.md.j2").write_text("{{ brief.title|md }} / {{ brief.dtg }}\n")
    brief = make_brief([article], Options(date=WHEN))
    assert render_markdown(brief, tmp_path) == (
        "Gunmen seize border post as fighting spreads in northern Tillaberi / 091430Z JUN 26\n"
    )
    assert render_html(brief, tmp_path).startswith("<!DOCTYPE html>")  # others still built in


@pytest.mark.model
def test_html_on_screen_links_every_reference_to_its_sentence(article: Path) -> None:
    """The standalone HTML: each sentence reference opens that sentence in the source text
    (an anchor, highlighted with :target); one banner at the top and one at the bottom."""
    import re

    from briefing.render import Layout

    brief = make_brief([article], Options(date=WHEN))
    html = render_html(brief, layout=Layout(screen=True))
    targets = set(re.findall(r'<a class="ref" href="#(s\d+-\d+)">', html))
    anchors = set(re.findall(r'<span class="sent" id="(s\d+-\d+)"', html))
    assert targets and targets <= anchors
    assert {f"s1-{p.sentence}" for p in brief.key_points} <= targets
    assert len(anchors) == len(brief.sentences)
    assert html.count('class="banner banner-top"') == 1
    assert ".banner-bottom { order: 99;" in html
    printed = render_html(brief)  # the PDF's HTML keeps plain references and no texts
    assert 'class="sent"' not in printed and '<a class="ref"' not in printed
