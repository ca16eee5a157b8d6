"""Briefs into a wiki folder, checked with the real software: MkDocs --strict and a GFM parser."""

from __future__ import annotations

import json
import os
import re
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


def mkdocs_strict(wiki: Path, tmp_path: Path, extra: str = "") -> Path:
    """Build the wiki as an MkDocs site (``extra``: more config lines): broken links and
    other warnings fail the build. Returns the site's folder."""
    pytest.importorskip("mkdocs")
    config = tmp_path / "mkdocs.yml"
    pytest.importorskip("mkdocs_awesome_pages_plugin")
    config.write_text(
        f"site_name: Briefs\ndocs_dir: {wiki}\nsite_dir: {tmp_path / 'site'}\n"
        "plugins:\n  - awesome-pages\n" + extra  # reads the compact nav (.pages) the wiki writes
    )
    # Not -q: with it, mkdocs exits 0 on a broken link. Any warning line fails the test.
    run = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config)],
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "NO_COLOR": "1"},
    )
    assert run.returncode == 0 and not re.search(r"^WARNING", run.stderr, re.M), run.stderr
    # The nav lists the indexes, not every entity: a page carries a handful of links.
    page = next((tmp_path / "site" / "actors").glob("*/index.html"), None)
    if page is not None:
        assert page.read_text().count('class="nav-link') < 12
    return tmp_path / "site"


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
    # The two reports of one attack share actor pages: each lists both briefs. The country
    # keeps its plain name among places; its government's page is named for what it is.
    niger = (wiki / "actors" / "niger-government.md").read_text()
    assert niger.count("../briefs/2026-06-09-") == 2
    assert "Border post falls to gunmen" in niger and "Gunmen seize border post" in niger
    assert (wiki / "places" / "niger.md").exists()
    # Every actor and place with an identity links to its page, which exists; a descriptive
    # group ("militants") is listed without one.
    brief_page = pages[0].read_text()
    meta = read_front_matter(pages[0])
    assert meta is not None
    for section, folder in (("actors", "actors"), ("places", "places")):
        for item in meta[section]:
            if item["page"]:
                assert f"[{item['name']}](../{folder}/{item['page']}.md)" in brief_page
                assert (wiki / folder / f"{item['page']}.md").exists()
            else:
                assert f"[{item['name']}](" not in brief_page
    assert any(not item["page"] for item in meta["actors"])  # "militants": no page
    assert (
        "![Locator map](" in brief_page and pages[0].with_name(pages[0].stem + "-map.svg").exists()
    )
    assert meta["sources"][0]["sha256"] == briefs[0].sources[0].sha256
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


def test_rebriefing_a_source_another_day_keeps_its_page_and_its_name(
    briefs: list, tmp_path: Path
) -> None:
    wiki = tmp_path / "wiki"
    first = write_wiki(briefs[0], wiki)
    later = replace(briefs[0], generated=datetime(2026, 6, 11, 8, 0, tzinfo=UTC))
    page = write_wiki(later, wiki)
    assert page == first and [p.name for p in (wiki / "briefs").glob("*.md")] == [page.name]
    assert page.name.startswith("2026-06-09-")  # named once: hand-written links still work
    assert read_front_matter(page)["generated"] == "2026-06-11T08:00:00Z"  # type: ignore[index]


def test_deleted_brief_page_leaves_no_dangling_link(briefs: list, tmp_path: Path) -> None:
    wiki = tmp_path / "wiki"
    _, _, cyclone = write_wiki_many(briefs, wiki)
    cyclone.unlink()
    write_wiki(briefs[0], wiki)
    assert not (wiki / "actors" / "daniel-chapo.md").exists()  # named only by the cyclone
    assert (wiki / "actors" / "niger-government.md").exists()
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
    assert "Niger" in (wiki / "places" / "niger-country.md").read_text()  # "niger" is taken


def test_hostile_names_stay_literal_in_every_style(briefs: list, tmp_path: Path) -> None:
    actor = replace(briefs[0].actors[0], name=HOSTILE, aliases=(HOSTILE, "[[x|y]]"))
    place = replace(briefs[0].locations[0], name="Place | *x* <b>y</b>")
    brief = replace(
        briefs[0], actors=(actor, *briefs[0].actors[1:]), locations=(place,), title=HOSTILE
    )
    for style in ("markdown", "obsidian", "gollum"):
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


def test_obsidian_links_page_name_then_shown_text(briefs: list, tmp_path: Path) -> None:
    for style in ("obsidian", "wiki"):  # "wiki" is the earlier name of the same style
        wiki = tmp_path / style
        page = write_wiki(briefs[0], wiki, links=style)
        text = page.read_text()
        # in a table cell the pipe is escaped, as Obsidian reads it there
        assert "[[niger-government\\|Niger]]" in text and "](../actors/" not in text
        entity = (wiki / "actors" / "niger-government.md").read_text()
        assert "[[2026-06-09-gunmen-seize" in entity
        assert "[[actors/index|Actors]]" in (wiki / "index.md").read_text()
        assert not (wiki / "Home.md").exists()
        assert_links_resolve(wiki, "obsidian")


def test_gollum_links_shown_text_then_page_and_a_home_page(briefs: list, tmp_path: Path) -> None:
    wiki = tmp_path / "wiki"
    page = write_wiki_many(briefs, wiki, links="gollum")[0]
    text = page.read_text()
    assert "[[Niger|/actors/niger-government]]" in text
    assert "[[Actors|/actors/index]]" in (wiki / "Home.md").read_text()
    assert_links_resolve(wiki, "gollum")


def assert_links_resolve(wiki: Path, style: str) -> None:
    """Every [[link]] names one page of the wiki, and every page name (file stem) outside the
    indexes is unique across the wiki's folders, so no wiki has to guess."""
    import re

    stems = [p.stem for p in wiki.rglob("*.md") if p.stem not in ("index", "Home")]
    assert len(stems) == len(set(stems))
    paths = {str(p.relative_to(wiki).with_suffix("")) for p in wiki.rglob("*.md")}
    found = 0
    for path in wiki.rglob("*.md"):
        for link in re.findall(r"\[\[(.+?)\]\]", path.read_text()):
            parts = link.replace("\\|", "|").split("|")
            target = parts[0] if style == "obsidian" else parts[-1].lstrip("/")
            assert target in stems or target in paths, (path, link)
            found += 1
    assert found


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


def test_input_order_does_not_change_the_tree(briefs: list, tmp_path: Path) -> None:
    write_wiki_many(briefs, tmp_path / "a")
    write_wiki_many(briefs[::-1], tmp_path / "b")
    for brief in briefs[::-1]:  # one at a time, in the other order, into a third wiki
        write_wiki(brief, tmp_path / "c")
    assert snapshot(tmp_path / "a") == snapshot(tmp_path / "b") == snapshot(tmp_path / "c")


def test_notes_below_the_marker_survive_regeneration(briefs: list, tmp_path: Path) -> None:
    wiki = tmp_path / "wiki"
    page = write_wiki_many(briefs, wiki)[0]
    entity = wiki / "actors" / "mohamed-toumba.md"
    for path in (page, entity, wiki / "index.md"):
        text = path.read_text()
        assert "\n<!-- notes -->\n" in text
        path.write_text(text + f"Team note on {path.name}: call the desk.\n")
    said: list[str] = []
    write_wiki_many(briefs, wiki, say=said.append)
    for path in (page, entity, wiki / "index.md"):
        assert path.read_text().endswith(f"Team note on {path.name}: call the desk.\n")
    # The last brief naming him goes: his page stays, with the notes, and the run says so.
    for path in (page, wiki / "briefs" / write_wiki(briefs[1], wiki).name):
        path.unlink()
    write_wiki(briefs[2], wiki, say=said.append)
    assert "call the desk" in entity.read_text()
    assert any("actors/mohamed-toumba.md" in line and "notes" in line for line in said)
    mkdocs_strict(wiki, tmp_path)


def test_front_matter_resaved_as_block_yaml_is_still_ours(briefs: list, tmp_path: Path) -> None:
    yaml = pytest.importorskip("yaml")
    wiki = tmp_path / "wiki"
    page = write_wiki(briefs[0], wiki)
    meta = read_front_matter(page)
    body = page.read_text().split("\n---\n", 1)[1]
    page.write_text("---\n" + yaml.safe_dump(meta, sort_keys=False) + "---\n" + body)
    write_wiki(briefs[0], wiki)
    assert [p.name for p in (wiki / "briefs").glob("*.md")] == [page.name]  # no "-2" copy


def test_page_dated_and_named_by_the_article_not_the_run(briefs: list, tmp_path: Path) -> None:
    source = replace(briefs[2].sources[0], published="2019-03-14T09:00:00+00:00")
    page = write_wiki(replace(briefs[2], sources=(source,)), tmp_path / "wiki")
    assert page.name.startswith("2019-03-14-cyclone")
    assert read_front_matter(page)["date"] == "2019-03-14"  # type: ignore[index]


def test_surnames_and_generic_words_never_join_two_briefs(briefs: list, tmp_path: Path) -> None:
    from briefing.model import Actor

    def person(name: str, *aliases: str) -> Actor:
        return Actor(name=name, kind="person", aliases=(name, *aliases), mentions=2)

    first = replace(
        briefs[0],
        actors=(
            person("Tony Blair", "Blair", "Mr Blair"),
            Actor("Indonesia", "state", ("Indonesia", "government"), 3),
            Actor("police", "government", ("police",), 2),
        ),
    )
    second = replace(
        briefs[2],
        actors=(
            person("Ian Blair", "Sir Ian Blair", "Blair"),
            person("Blair"),  # a surname alone: whose, this brief does not say
            Actor("Greece", "state", ("Greece", "government"), 3),
            Actor("police", "government", ("police",), 2),
        ),
    )
    wiki = tmp_path / "wiki"
    write_wiki_many([first, second], wiki)
    actors = sorted(p.stem for p in (wiki / "actors").glob("*.md"))
    assert {"tony-blair", "ian-blair", "indonesia", "greece"} <= set(actors)
    assert "blair" not in actors and "police" not in actors
    # Each brief's "police" is its country's, on a page that says whose.
    titles = {read_front_matter(p)["title"] for p in (wiki / "actors").glob("*.md")}  # type: ignore[index]
    assert {"Police (Niger)", "Police (Mozambique)"} <= titles
    tony = (wiki / "actors" / "tony-blair.md").read_text()
    assert "Cyclone" not in tony and "Ian Blair" not in tony


def test_slugs_transliterate_other_scripts() -> None:
    assert slugify("Côte d'Ivoire") == "cote-d-ivoire"
    assert slugify("Москва: переговоры") == "moskva-peregovory"
    assert slugify("القاهرة") not in ("", "untitled") and slugify("שלום").isascii()
    assert slugify("<script>") == "script" and slugify("!!!") == "untitled"


GOLLUM_CHECK = """
require "gollum-lib"
wiki = Gollum::Wiki.new(ARGV[0])
wiki.pages.each do |page|
  page.formatted_data.scan(/<a class="internal (present|absent)" href="([^"]*)"/).each do |s, h|
    puts "#{s} #{page.path} #{h}"
  end
end
"""


def test_gollum_wiki_resolves_every_link(briefs: list, tmp_path: Path) -> None:
    """Gollum itself (Debian's ruby-gollum-lib, which GitHub and GitLab wikis descend from)
    reads the wiki from git: every link it finds names a page it has."""
    import shutil

    if not shutil.which("ruby") or not shutil.which("git"):
        pytest.skip("ruby and git are needed: `make test` installs ruby-gollum-lib")
    has_gollum = subprocess.run(
        ["ruby", "-e", 'require "gollum-lib"; require "kramdown"'], capture_output=True
    )
    if has_gollum.returncode != 0:
        pytest.skip("ruby-gollum-lib is not installed: `make test` installs it from Debian")
    wiki = tmp_path / "wiki"
    write_wiki_many(briefs, wiki, links="gollum")
    (wiki / "Broken.md").write_text("[[Nowhere|/actors/nowhere]]\n")  # the check can fail
    git = ["git", "-C", str(wiki), "-c", "user.name=t", "-c", "user.email=t@t.test"]
    subprocess.run(["git", "init", "-q", str(wiki)], check=True)
    subprocess.run([*git, "add", "-A"], check=True)
    subprocess.run([*git, "commit", "-qm", "wiki"], check=True)
    script = tmp_path / "check.rb"
    script.write_text(GOLLUM_CHECK)
    run = subprocess.run(["ruby", str(script), str(wiki)], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    links = run.stdout.splitlines()
    absent = [line for line in links if line.startswith("absent")]
    assert absent == ["absent Broken.md /actors/nowhere"], absent[:5]
    assert sum(line.startswith("present") for line in links) > 50


def test_a_join_made_by_an_earlier_version_draws_no_new_brief(briefs: list, tmp_path: Path) -> None:
    """An earlier version put Cameroon on Indonesia's page (by the alias "government"): a
    new brief naming Cameroon gets Cameroon's own page."""
    from briefing.model import Actor

    wiki = tmp_path / "wiki"
    indonesia = replace(briefs[0], actors=(Actor("Indonesia", "state", ("Indonesia",), 3),))
    page = write_wiki(indonesia, wiki)
    meta = read_front_matter(page)
    assert meta is not None
    legacy = {**meta["actors"][0], "name": "Cameroon", "aliases": ["Cameroon", "government"]}
    text = page.read_text().replace(
        json.dumps(meta["actors"], ensure_ascii=False),
        json.dumps([*meta["actors"], legacy], ensure_ascii=False),
    )
    page.write_text(text)
    cameroon = replace(briefs[2], actors=(Actor("Cameroon", "state", ("Cameroon",), 3),))
    new = read_front_matter(write_wiki(cameroon, wiki))
    assert new is not None and new["actors"][0]["page"] == "cameroon"
