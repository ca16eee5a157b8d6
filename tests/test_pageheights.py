"""The page's heights estimated before layout (briefing.pageheights), checked against
WeasyPrint's own layout of our fixture articles' briefs, and the one layout it saves."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import pytest

from briefing import Options, make_brief, pageheights, render
from briefing.model import Brief
from briefing.render import FONT_STEPS, Layout, render_html

from .conftest import CASES

WHEN = datetime(2026, 6, 9, 14, 30, tzinfo=UTC)
TALL = {"a4": "210mm 3000mm", "letter": "8.5in 100in"}  # one page, however long the brief

pytestmark = [
    pytest.mark.model,
    pytest.mark.pdf,
    pytest.mark.skipif(not pageheights.fonts_found(), reason="the DejaVu fonts are not installed"),
]


@pytest.fixture(scope="module")
def briefs() -> list[Brief]:
    """Every fixture article's brief, long lists kept so that the page overflows."""
    options = Options(date=WHEN, sentences=8, max_actors=20, max_risks=8)
    return [make_brief([path], options) for path in CASES if path.suffix != ".html"]


def laid_out(html: str, paper: str) -> render.Heights:
    """The heights WeasyPrint measures when ``html`` is laid out on one very tall page."""
    css = {"a4": "@page { size: A4; }", "letter": "@page { size: letter; }"}[paper]
    assert css in html
    return render._measure(render._document(html.replace(css, f"@page {{ size: {TALL[paper]}; }}")))


@pytest.mark.parametrize(("paper", "sizes"), [("a4", FONT_STEPS), ("letter", FONT_STEPS[-1:])])
def test_estimated_heights_match_the_layout(
    briefs: list[Brief], paper: str, sizes: tuple[float, ...]
) -> None:
    rows = right = 0
    for brief in briefs:
        for size in sizes:
            html = render_html(brief, None, Layout(paper, size))
            estimated = pageheights.estimate(html, paper, size)
            measured = laid_out(html, paper)
            if estimated is None:  # (the Japanese article: its glyphs come from another font)
                assert not pageheights.covers(brief.title + brief.bluf[0].text)
                continue
            # within a few pixels of a 1,000-pixel page: the lines are the layout's own
            assert abs(estimated.total - measured.total) <= 8, (brief.title, size)
            for section, heights in measured.rows.items():
                if section == "figures":  # boxes side by side: a row's height is on its first
                    continue
                assert len(estimated.rows[section]) == len(heights), section
                for guess, height in zip(estimated.rows[section], heights, strict=True):
                    rows += 1
                    right += abs(guess - height) < 4
    assert right >= 0.97 * rows  # an item's line count is right


def test_a_brief_too_long_for_the_page_is_laid_out_once(
    briefs: list[Brief], monkeypatch: pytest.MonkeyPatch
) -> None:
    import pypdf

    layouts: list[str] = []
    document = render._document

    def counted(html: str) -> Any:
        layouts.append(html)
        return document(html)

    monkeypatch.setattr(render, "_document", counted)
    for brief in [*briefs, replace(briefs[0], key_points=briefs[0].key_points * 3)]:
        layouts.clear()
        pdf, dropped = render.fit_one_page(brief)
        assert len(pypdf.PdfReader(io.BytesIO(pdf)).pages) == 1
        assert len(layouts) == 1, (brief.title, dropped)


def test_every_box_stays_inside_the_page(briefs: list[Brief]) -> None:
    for brief in briefs:
        document = render._document(render_html(brief, None, Layout("a4", FONT_STEPS[-1])))
        for page in document.pages:
            box = page._page_box
            right = box.content_box_x() + box.width + 0.5
            for child, _section in render._boxes(box, None):
                if child.element_tag in ("td", "th", "tr", "li", "p", "span"):
                    assert child.position_x + child.margin_width() <= right, child.element_tag


def test_text_the_fonts_lack_is_left_to_the_layout(briefs: list[Brief]) -> None:
    brief = briefs[0]
    foreign = replace(brief, title="北京的洪水 " + brief.title)
    html = render_html(foreign, None, Layout("a4", FONT_STEPS[0]))
    assert not pageheights.covers("北京") and pageheights.covers("Ayorou, Niamey — Москва")
    assert pageheights.estimate(html, "a4", FONT_STEPS[0]) is None
    import pypdf

    pdf, _dropped = render.fit_one_page(foreign)  # measured from a layout instead
    assert len(pypdf.PdfReader(io.BytesIO(pdf)).pages) == 1


def test_lines_break_at_spaces_and_after_hyphens() -> None:
    run = pageheights.Run("one two three", "sans", 9.0)
    widest = pageheights._width("three", "sans", 9.0, 0)
    assert pageheights.lines([run], 1000) == 1
    assert pageheights.lines([run], widest + 1) == 3
    assert pageheights.lines([run], 1) == 3  # a word wider than the line overflows it
    hyphened = pageheights.Run("well-known", "sans", 9.0)
    assert pageheights.lines([hyphened], pageheights._width("well-", "sans", 9.0, 0) + 1) == 2
    assert pageheights.lines([pageheights.Run("10-12", "sans", 9.0)], 1) == 1  # not in a number
