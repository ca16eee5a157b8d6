"""The locator map: drawn offline, framed on the places, inert, written beside Markdown."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing.cli import cli
from briefing.locator import locator_svg
from briefing.model import Location

from .conftest import FIXED_DATE


def place(name: str, lat: float | None, lon: float | None, kind: str = "city") -> Location:
    return Location(name=name, kind=kind, aliases=(name,), mentions=1, lat=lat, lon=lon)


def test_no_coordinates_no_map() -> None:
    assert locator_svg([place("Somewhere", None, None)]) is None
    assert locator_svg([]) is None


def test_map_marks_each_place_and_draws_countries() -> None:
    svg = locator_svg([place("Damascus", 33.51, 36.29), place("Syria", 35.0, 38.5, "country")])
    assert svg is not None and svg.startswith("<svg ")
    assert svg.count("<circle") == 2
    assert ">Damascus</text>" in svg and ">Syria</text>" in svg
    assert 'class="land mentioned"' in svg  # the named country is shaded
    assert svg.count("<path") >= 3  # Syria and its neighbours
    assert "href" not in svg and "url(" not in svg  # nothing to fetch


def test_map_is_deterministic_and_escapes_names() -> None:
    places = [place("<b>Town</b> & Co", 14.0, 1.0), place("Niamey", 13.5, 2.1)]
    assert locator_svg(places) == locator_svg(places)
    assert "&lt;b&gt;Town&lt;/b&gt; &amp; Co" in (locator_svg(places) or "")


@pytest.mark.model
def test_markdown_brief_gets_its_map_file(runner: CliRunner, article: Path, tmp_path: Path) -> None:
    target = tmp_path / "wiki" / "niger.md"
    result = runner.invoke(
        cli,
        ["make", str(article), "-f", "md", "-o", str(target), "--date", FIXED_DATE],
        catch_exceptions=False,
    )
    assert result.exit_code == 0
    assert "![Locator map](niger-map.svg)" in target.read_text()
    svg = (tmp_path / "wiki" / "niger-map.svg").read_text()
    assert ">Niamey</text>" in svg and ">Ayorou</text>" in svg


@pytest.mark.model
def test_html_brief_has_the_map_inline(runner: CliRunner, article: Path) -> None:
    result = runner.invoke(cli, ["make", str(article), "-f", "html", "-o", "-"])
    assert '<figure class="map"><svg xmlns="http://www.w3.org/2000/svg"' in result.stdout


def test_a_far_place_named_once_is_left_off_the_map_and_said_so() -> None:
    syria = [place("al-Tanf", 33.49, 38.62, "facility"), place("Washington", 38.9, -77.04)]
    svg = locator_svg([*syria, place("Deir ez-Zor", 35.34, 40.14)]) or ""
    assert ">al-Tanf</text>" in svg and ">Deir ez-Zor</text>" in svg
    assert ">Washington</text>" not in svg and "Off the map: Washington" in svg
    assert svg.count("<circle") == 2
    recurring = Location("Washington", "city", ("Washington",), mentions=4, lat=38.9, lon=-77.04)
    both = locator_svg([place("London", 51.5, -0.13), recurring]) or ""
    assert ">London</text>" in both and ">Washington</text>" in both  # a story of two capitals
