"""Briefs into a wiki folder, checked with the real software: MkDocs --strict and a GFM parser."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing import Options, make_brief
from briefing.cli import cli
from briefing.wiki import read_front_matter, slugify, write_wiki, write_wiki_many

from .conftest import CASE, FIXED_DATE

pytestmark = pytest.mark.model
WHEN = datetime(2026, 6, 9, 14, 30, tzinfo=UTC)
HOSTILE = "Evil | [x](http://e.test) *b* _i_ `c` <script>alert(1)</script> {{ 7*7 }} ]]"


@pytest.fixture(scope="module")
def briefs(tmp_path_factory: pytest.TempPathFactory) -> list:
    """Three briefs: two reports of the same attack (shared actors) and a cyclone."""
    folder = tmp_path_factory.mktemp("articles")
    sahel = CASE["sahel-border-attack.txt"]
    retold = folder / "second-outlet.txt"
    retold.write_text(
        sahel.read_text().replace("Gunmen seize border post", "Border post falls to gunmen")
    )
    options = Options(date=WHEN)
    return [
        make_brief([sahel], options),
        make_brief([retold], options),
        make_brief([CASE["cyclone-port.md"]], options),
    ]


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != ".briefing-wiki.lock"
    }


def mkdocs_strict(wiki: Path, tmp_path: Path) -> None:
    """Build the wiki as an MkDocs site: broken links and other warnings fail the build."""
    pytest.importorskip("mkdocs")
    config = tmp_path / "mkdocs.yml"
    config.write_text(f"site_name: Briefs\ndocs_dir: {wiki}\nsite_dir: {tmp_path / 'site'}\n")
    run = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(config)],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr


def tables(page: Path) -> list[list[int]]:
    """Cells per row of every table on a page, as a GFM parser (markdown-it-py) reads it."""
    markdown_it = pytest.importorskip("markdown_it")
    text = page.read_text(encoding="utf-8")
    if text.startswith("---\n"):
        text = text.split("\n---\n", 1)[1]
    found: list[list[int]] = []
    cells = 0
    for token in markdown_it.MarkdownIt("commonmark").enable("table").parse(text):
        if token.type == "table_open":
            found.append([])
        elif token.type == "tr_open":
            cells = 0
        elif token.type in ("th_open", "td_open"):
            cells += 1
        elif token.type == "tr_close":
            found[-1].append(cells)
    return found


def test_wiki_of_several_briefs_builds_in_mkdocs_strict(briefs: list, tmp_path: Path) -> None:
    wiki = tmp_path / "wiki"
    pages = write_wiki_many(briefs, wiki)
    assert [p.parent.name for p in pages] == ["briefs"] * 3
    assert (wiki / "index.md").exists()
    assert (wiki / "actors" / "index.md").exists() and (wiki / "places" / "index.md").exists()
    # The two reports of one attack share actor pages: each lists both briefs.
    niger = (wiki / "actors" / "niger.md").read_text()
    assert niger.count("../briefs/2026-06-09-") == 2
    assert "Border post falls to gunmen" in niger and "Gunmen seize border post" in niger
    # Every actor and place a brief names links to its page, which exists.
    brief_page = pages[0].read_text()
    for actor in briefs[0].actors:
        assert f"[{actor.name}](../actors/{slugify(actor.name)}.md)" in brief_page
    for place in briefs[0].locations:
        assert f"[{place.name}](../places/{slugify(place.name)}.md)" in brief_page
    assert (
        "![Locator map](" in brief_page and pages[0].with_name(pages[0].stem + "-map.svg").exists()
    )
    meta = read_front_matter(pages[0])
    assert meta is not None and meta["sources"][0]["sha256"] == briefs[0].sources[0].sha256
    assert {"title", "date", "dtg", "classification", "actors", "places", "tags"} <= set(meta)
    mkdocs_strict(wiki, tmp_path)
    for page in wiki.rglob("*.md"):
        for table in tables(page):
            assert len(set(table)) == 1, (page, table)  # every row as many cells as the header


def test_same_input_twice_leaves_the_wiki_byte_identical(briefs: list, tmp_path: Path) -> None:
    wiki = tmp_path / "wiki"
    write_wiki_many(briefs, wiki)
    first = snapshot(wiki)
    write_wiki_many(briefs, wiki)
    assert snapshot(wiki) == first
    write_wiki(briefs[0], wiki)  # a re-brief of the same source updates its one page
    assert snapshot(wiki) == first


def test_rebriefing_a_source_replaces_its_page(briefs: list, tmp_path: Path) -> None:
    wiki = tmp_path / "wiki"
    write_wiki(briefs[0], wiki)
    later = replace(briefs[0], generated=datetime(2026, 6, 11, 8, 0, tzinfo=UTC))
    page = write_wiki(later, wiki)
    assert [p.name for p in (wiki / "briefs").glob("*.md")] == [page.name]
    assert page.name.startswith("2026-06-11-")


def test_deleted_brief_page_leaves_no_dangling_link(briefs: list, tmp_path: Path) -> None:
    wiki = tmp_path / "wiki"
    _, _, cyclone = write_wiki_many(briefs, wiki)
    cyclone.unlink()
    write_wiki(briefs[0], wiki)
    assert not (wiki / "actors" / "daniel-chapo.md").exists()  # named only by the cyclone
    assert (wiki / "actors" / "niger.md").exists()
    assert "cyclone" not in (wiki / "index.md").read_text().lower()
    mkdocs_strict(wiki, tmp_path)


def test_files_we_did_not_write_are_left_alone(briefs: list, tmp_path: Path) -> None:
    wiki = tmp_path / "wiki"
    (wiki / "actors").mkdir(parents=True)
    mine = wiki / "actors" / "niger.md"
    mine.write_text("# Niger\n\nMy own notes on Niger.\n")
    notes = wiki / "notes.md"
    notes.write_text("# Team notes\n")
    write_wiki(briefs[0], wiki)
    assert mine.read_text() == "# Niger\n\nMy own notes on Niger.\n"
    assert notes.read_text() == "# Team notes\n"
    assert "Niger" in (wiki / "actors" / "niger-2.md").read_text()


def test_hostile_names_stay_literal_in_every_style(briefs: list, tmp_path: Path) -> None:
    actor = replace(briefs[0].actors[0], name=HOSTILE, aliases=(HOSTILE, "[[x|y]]"))
    place = replace(briefs[0].locations[0], name="Place | *x* <b>y</b>")
    brief = replace(
        briefs[0], actors=(actor, *briefs[0].actors[1:]), locations=(place,), title=HOSTILE
    )
    for style in ("markdown", "wiki"):
        wiki = tmp_path / style
        page = write_wiki(brief, wiki, links=style)
        assert page.name.startswith("2026-06-09-evil-x-http-e-test")
        for path in wiki.rglob("*.md"):
            for table in tables(path):
                assert len(set(table)) == 1, (path, table)
        html = _html(page)
        assert "<script>" not in html and "alert(1)" in html and "{{ 7*7 }}" in html
        assert read_front_matter(page)["actors"][0]["name"] == HOSTILE  # type: ignore[index]
    mkdocs_strict(tmp_path / "markdown", tmp_path)


def _html(page: Path) -> str:
    markdown_it = pytest.importorskip("markdown_it")
    text = page.read_text(encoding="utf-8").split("\n---\n", 1)[1]
    return str(markdown_it.MarkdownIt("commonmark", {"html": False}).enable("table").render(text))


def test_wiki_link_style(briefs: list, tmp_path: Path) -> None:
    page = write_wiki(briefs[0], tmp_path / "wiki", links="wiki")
    text = page.read_text()
    assert "[[niger]]" in text and "](../actors/" not in text
    assert "[[2026-06-09-gunmen-seize" in (tmp_path / "wiki" / "actors" / "niger.md").read_text()


def test_two_runs_at_once_both_land(tmp_path: Path) -> None:
    wiki = tmp_path / "wiki"
    briefing = Path(sys.executable).with_name("briefing")
    runs = [
        subprocess.Popen(
            [str(briefing), "make", str(CASE[name]), "--wiki", str(wiki), "--date", FIXED_DATE],
            stderr=subprocess.DEVNULL,
        )
        for name in ("sahel-border-attack.txt", "cyclone-port.md")
    ]
    assert all(run.wait(timeout=120) == 0 for run in runs)
    assert len(list((wiki / "briefs").glob("*.md"))) == 2
    index = (wiki / "index.md").read_text()
    assert "Gunmen seize" in index and "Cyclone closes" in index
    mkdocs_strict(wiki, tmp_path)


def test_cli_wiki_options(runner: CliRunner, tmp_path: Path) -> None:
    article = str(CASE["sahel-border-attack.txt"])
    wiki = tmp_path / "wiki"
    made = runner.invoke(
        cli, ["make", article, "--wiki", str(wiki), "--date", FIXED_DATE], catch_exceptions=False
    )
    assert made.exit_code == 0 and "Wrote " in made.stderr
    assert (wiki / "index.md").exists()
    both = runner.invoke(cli, ["make", article, "--wiki", str(wiki), "-o", "x.md"])
    assert both.exit_code == 2
    assert "Error: --wiki and -o cannot be used together — choose one" in both.stderr
    pdf = runner.invoke(cli, ["make", article, "--wiki", str(wiki), "-f", "pdf"])
    assert pdf.exit_code == 2 and "--wiki writes Markdown pages" in pdf.stderr
    out = tmp_path / "out"
    batch = runner.invoke(
        cli,
        ["batch", str(CASE["cyclone-port.md"]), "-o", str(out), "-q", "--wiki", str(wiki)],
        catch_exceptions=False,
    )
    assert batch.exit_code == 0
    assert len(list((wiki / "briefs").glob("*.md"))) == 2
