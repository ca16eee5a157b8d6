"""A wiki built from a hostile page, opened as MkDocs sites in Chromium: no script runs."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from briefing import Options, make_brief
from briefing.wiki import read_front_matter, write_wiki

from .test_web_browser import CHROMIUM, FLAGS
from .test_wiki import mkdocs_strict

pytestmark = [
    pytest.mark.model,
    pytest.mark.browser,
    pytest.mark.skipif(
        CHROMIUM is None, reason="no Chromium on this machine (see test_web_browser)"
    ),
]
playwright_api = pytest.importorskip("playwright.sync_api")
pytest.importorskip("mkdocs")

PAGE = """<!DOCTYPE html><html><head>
<title>Floods <script>alert("title")</script> rise <img src=x onerror=alert("img")></title>
</head><body><article>
<p>Floodwater rose along the Kestrel River in Dunmore on Monday, forcing 2,000 people from
their homes, the county council said. The Dunmore Flood Agency warned that more rain was
likely on Tuesday.</p>
<p>Council leader Maria Kestrel said shelters had opened in three schools. Engineers from
Harrow Water inspected the dam above the town.</p>
</article></body></html>"""


@pytest.mark.parametrize("theme", ["mkdocs", "material"])
def test_hostile_title_runs_no_script_in_either_theme(theme: str, tmp_path: Path) -> None:
    if theme == "material":
        pytest.importorskip("material")
    article = tmp_path / "floods.html"
    article.write_text(PAGE)
    wiki = tmp_path / "wiki"
    brief = make_brief([article], Options(date=datetime(2026, 6, 9, 14, 30, tzinfo=UTC)))
    page_path = write_wiki(brief, wiki)
    title = read_front_matter(page_path)["title"]  # type: ignore[index]
    assert "<" not in title and "Floods" in title
    site = mkdocs_strict(wiki, tmp_path, f"use_directory_urls: false\ntheme:\n  name: {theme}\n")
    pages = sorted(site.rglob("*.html"))
    assert any("briefs" in str(p) for p in pages)
    dialogs: list[str] = []
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        try:
            page = browser.new_page()
            page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
            for html in pages:
                if html.name == "404.html":
                    continue
                page.goto(html.as_uri())
                page.wait_for_load_state("load")
                hostile = page.evaluate(
                    """() => [...document.querySelectorAll('script, img, [onmouseover], [onerror]')]
                    .filter(e => (e.outerHTML || '').includes('alert')).length"""
                )
                assert hostile == 0, html
        finally:
            browser.close()
    assert dialogs == []
