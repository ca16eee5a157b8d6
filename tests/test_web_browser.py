"""The web app as a user drives it, in a real browser: Debian's Chromium through Playwright."""

from __future__ import annotations

import io
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from .conftest import CASE
from .test_web import Served

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = [
    pytest.mark.model,
    pytest.mark.server,
    pytest.mark.browser,
    pytest.mark.skipif(
        CHROMIUM is None,
        reason="no Chromium on this machine: `make test` installs Debian's chromium when it "
        "runs as root with apt-get; elsewhere install it to run the browser test",
    ),
]
playwright_api = pytest.importorskip("playwright.sync_api")
# How long a brief may take to appear: a loaded 2-core machine (the suite's other servers,
# a benchmark alongside) once took over 60 s for a two-file brief. Waits end as soon as it
# shows, so a long limit costs nothing when the machine is idle.
BRIEF_WAIT = 180_000
# As the machine's notes advise: no background connections, no first-run, no sandbox as root.
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture
def browser() -> Iterator[object]:
    with playwright_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        try:
            yield chromium
        finally:
            chromium.close()


def test_paste_make_download_reload(browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import pypdf

    expect = playwright_api.expect  # waiting assertions: nothing is checked before it shows
    served = Served(tmp_path / "data")
    try:
        page = browser.new_page(accept_downloads=True)
        page.goto(served.url + "/")
        article = CASE["sahel-border-attack.txt"].read_text()
        page.fill("#text", article)
        page.click("#go")
        page.wait_for_selector("#result:not([hidden])", timeout=BRIEF_WAIT)
        expect(page.locator("#bluf")).to_have_text(
            re.compile(r"^Militants linked to the Islamic State")
        )
        # The preview is the brief as it will print, key figures and timeline included; a
        # reference opens its sentence (waited for: the jump lands after the click returns).
        frame = page.frame_locator("#preview")
        expect(frame.locator("section.figures li").first).to_contain_text("at least 11 officers")
        expect(frame.locator("section.timeline tbody tr").first).to_be_visible()
        # the page's smooth scroll to the result ends first: a click meanwhile can miss
        page.wait_for_function(
            "() => { const same = window.__lastY === window.scrollY;"
            " window.__lastY = window.scrollY; return same; }",
            polling=250,
        )
        frame.locator("section.bluf a.ref").first.click()
        expect(frame.locator(".sent:target")).to_have_attribute("id", "s1-0")
        with page.expect_download() as download:
            page.click("#get-pdf")
        pdf = Path(download.value.path()).read_bytes()
        assert len(pypdf.PdfReader(io.BytesIO(pdf)).pages) == 1
        page.screenshot(path=str(tmp_path / "page.png"), full_page=False)
        page.reload()
        expect(page.locator("#history")).to_contain_text("Gunmen seize border post")
        # An input the CLI refuses gives the CLI's line, not a stack trace.
        page.fill("#text", "   ")
        page.click("#go")
        expect(page.locator("#error")).to_have_text(re.compile(r"^Error: "))
        expect(page.locator("#error")).not_to_contain_text("Traceback")
        # Several files make one multi-source brief.
        page.fill("#text", "")
        page.set_input_files(
            "#files", [str(CASE["sahel-border-attack.txt"]), str(CASE["cyclone-port.md"])]
        )
        expect(page.locator("#sources li")).to_have_count(2)
        expect(page.locator("#sources")).to_contain_text("sahel-border-attack.txt")
        expect(page.locator("#together-row")).to_be_hidden()  # several files: one story
        page.click("#go")
        page.locator("#history li").nth(1).wait_for(timeout=BRIEF_WAIT)
        expect(page.locator("#result-title")).to_contain_text(
            "(+1 more source)", timeout=BRIEF_WAIT
        )
        # The brief made, the form is empty again: nothing stale rides into the next brief.
        expect(page.locator("#sources-box")).to_be_hidden()
        assert page.evaluate("document.querySelector('#files').files.length") == 0
        # Nothing in the page runs from the article: the brief's frame has no script.
        assert page.evaluate("document.querySelectorAll('script').length") == 1
    finally:
        served.stop()


def test_form_history_and_narrow_screen(browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The form briefs only what is on it, refuses a mix unless told, says what happened;
    the history is titled, filtered, deleted with undo; a brief reads at 375 px."""
    expect = playwright_api.expect
    served = Served(tmp_path / "data")
    try:
        page = browser.new_page()
        page.goto(served.url + "/")
        page.set_input_files("#files", [str(CASE["cyclone-port.md"])])
        body = CASE["sahel-border-attack.txt"].read_text().split("\n", 1)[1]  # no headline
        page.fill("#text", body)
        expect(page.locator("#sources li")).to_have_count(2)
        page.click("#go")  # pasted text and a file: refused until the user says they go together
        expect(page.locator("#error")).to_contain_text("cyclone-port.md")
        expect(page.locator("#together")).to_be_focused()
        page.locator("#sources li", has_text="cyclone-port.md").get_by_role("button").click()
        expect(page.locator("#sources li")).to_have_count(1)
        page.locator("#text").press("Control+Enter")  # the keyboard way to make it
        expect(page.locator("#result-title")).to_be_focused(timeout=BRIEF_WAIT)
        expect(page.locator("#announce")).to_contain_text("Brief ready")
        # A paste without a headline is listed by its BLUF's first words, with when it was made.
        item = page.locator("#history li").first
        expect(item).to_contain_text("Militants linked to the Islamic State")
        expect(item).to_contain_text("made ")
        expect(
            item.get_by_role("button", name=re.compile("^Delete Militants linked"))
        ).to_be_visible()
        page.fill("#filter", "no such words")
        expect(page.locator("#history")).to_contain_text("No brief matches the filter.")
        page.fill("#filter", "")
        # Delete, then undo: the brief stays, on the page and on the server.
        item.get_by_role("button", name=re.compile("^Delete")).click()
        expect(page.locator("#undo-box")).to_be_visible()
        page.click("#undo")
        expect(page.locator("#history li").first).to_contain_text("Militants linked")
        brief_id = page.evaluate("briefs[0].id")
        # The server gone: the page says so instead of "Failed to fetch".
        narrow = browser.new_page(viewport={"width": 375, "height": 800})
        narrow.goto(f"{served.url}/api/briefs/{brief_id}.html")
        expect(narrow.locator("section.actors td").first).to_have_css("display", "block")
        assert narrow.evaluate(
            "document.documentElement.scrollWidth <= document.documentElement.clientWidth"
        )
        served.stop()
        page.fill("#text", "Another article.")
        page.click("#go")
        expect(page.locator("#error")).to_contain_text("the server is not answering")
    finally:
        served.stop()


def test_a_long_brief_shows_its_progress_and_the_user_can_cancel_it(  # type: ignore[no-untyped-def]
    browser, tmp_path: Path
) -> None:
    expect = playwright_api.expect
    served = Served(tmp_path / "data", "--max-bytes", "3000000", "-w", "1")
    try:
        page = browser.new_page()
        page.goto(served.url + "/")
        long_text = (CASE["sahel-border-attack.txt"].read_text() + "\n\n") * 150
        # set as a paste does (fill() types a 700 KB value too slowly for its timeout)
        page.locator("#text").evaluate(
            "(box, text) => { box.value = text; box.dispatchEvent(new Event('input')); }",
            long_text,
        )
        page.click("#go")
        # the stage and how far the parse is, from GET /api/jobs/<id>, in words and on the bar
        expect(page.locator("#elapsed")).to_contain_text(
            re.compile(r"parsing sentences \d+%"), timeout=BRIEF_WAIT
        )
        expect(page.locator("#progress .bar")).to_have_attribute(
            "aria-valuenow", re.compile(r"^\d+$")
        )
        page.click("#cancel")
        expect(page.locator("#error")).to_contain_text("cancelled after", timeout=30_000)
        expect(page.locator("#progress")).to_be_hidden()
        expect(page.locator("#go")).to_be_enabled()
        # nothing was kept, and the form still holds the text to try again
        expect(page.locator("#history li.empty")).to_have_text("No briefs yet.")
        assert page.input_value("#text").startswith(long_text[:200])
    finally:
        served.stop()
