"""The command line: outputs, formats, and one-line errors that lose nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing import __version__
from briefing.cli import cli

from .conftest import FIXED_DATE

pytestmark = pytest.mark.model


def make(runner: CliRunner, *args: str, input: str | bytes | None = None):
    return runner.invoke(cli, ["make", *args], input=input, catch_exceptions=False)


def test_markdown_brief_to_a_file(runner: CliRunner, article: Path, tmp_path: Path) -> None:
    target = tmp_path / "wiki" / "brief.md"
    result = make(runner, str(article), "-f", "md", "-o", str(target), "--date", FIXED_DATE)
    assert result.exit_code == 0, result.output
    text = target.read_text()
    assert text.startswith("**UNCLASSIFIED // OPEN SOURCE**")
    assert "# Gunmen seize border post as fighting spreads in northern Tillaberi" in text
    assert "**DTG** 091430Z JUN 26" in text
    for heading in (
        "## BLUF",
        "## Key points",
        "## Actors",
        "## Locations",
        "## Risks",
        "## Sources",
    ):
        assert heading in text
    assert "Compiled automatically from open sources by extraction; verify before use." in text
    assert f"Wrote {target}" in result.stderr
    assert not list(target.parent.glob(".*.part"))


def test_default_output_goes_to_out(
    runner: CliRunner, article: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = make(runner, str(article), "-f", "json")
    assert result.exit_code == 0
    assert (tmp_path / "out" / "sahel-border-attack.json").is_file()


def test_stdin_to_stdout(runner: CliRunner, article: Path) -> None:
    result = make(runner, "-", "-f", "md", "-o", "-", input=article.read_bytes())
    assert result.exit_code == 0
    assert "## BLUF" in result.stdout
    assert "| s1 |" in result.stdout


def test_json_schema(runner: CliRunner, article: Path) -> None:
    result = make(runner, str(article), "-f", "json", "-o", "-", "--date", FIXED_DATE)
    brief = json.loads(result.stdout)
    assert brief["schema"] == "briefing/1"
    assert brief["generated"] == "2026-06-09T14:30:00Z"
    assert brief["dtg"] == "091430Z JUN 26"
    assert brief["classification"] == "UNCLASSIFIED // OPEN SOURCE"
    # the dateline says where the story was filed: the sources line, never the BLUF
    assert brief["bluf"].startswith("Militants linked to the Islamic State")
    assert brief["sources"][0]["dateline"] == {"place": "Niamey", "date": "9 June"}
    assert {"title", "key_points", "actors", "locations", "risks", "sources"} <= brief.keys()
    sentences = article.read_text().split("\n", 2)[2]
    for point in brief["key_points"]:
        assert point["source"] == "s1" and isinstance(point["sentence"], int)
        assert point["text"] in " ".join(sentences.split())
    (source,) = brief["sources"]
    assert source["id"] == "s1" and len(source["sha256"]) == 64 and source["words"] > 400
    for actor in brief["actors"]:
        assert {"name", "kind", "aliases", "mentions"} <= actor.keys()
    for location in brief["locations"]:
        assert {"name", "kind", "country", "lat", "lon", "aliases", "mentions"} <= location.keys()
    for risk in brief["risks"]:
        assert risk["likelihood"] in {
            "almost no chance",
            "very unlikely",
            "unlikely",
            "roughly even chance",
            "likely",
            "very likely",
            "almost certain",
            None,  # the source states none
        }
        assert (risk["likelihood"] is None) == (risk["likelihood_basis"] == "not stated")
        assert (risk["likelihood"] is None) == (risk["cue"] == "")
        assert all(isinstance(e["sentence"], int) for e in risk["evidence"])


def test_several_sources_make_one_brief(
    runner: CliRunner, article: Path, markdown_article: Path
) -> None:
    result = make(
        runner,
        str(article),
        str(markdown_article),
        "-f",
        "json",
        "-o",
        "-",
        "--title",
        "Two crises, 9 June",
    )
    brief = json.loads(result.stdout)
    assert brief["title"] == "Two crises, 9 June"
    assert [s["id"] for s in brief["sources"]] == ["s1", "s2"]
    assert (
        brief["sources"][1]["title"]
        == "Cyclone closes Beira port as floodwaters cut the road to Chimoio"
    )
    cited = {p["source"] for p in brief["key_points"]} | {r["source"] for r in brief["bluf_refs"]}
    assert cited == {"s1", "s2"}


def test_html_is_standalone(runner: CliRunner, article: Path) -> None:
    result = make(runner, str(article), "-f", "html", "-o", "-")
    assert result.stdout.startswith("<!DOCTYPE html>")
    assert "<style>" in result.stdout and "<link" not in result.stdout


def test_summarise_jsonl(runner: CliRunner, article: Path, markdown_article: Path) -> None:
    result = runner.invoke(
        cli,
        [
            "summarise",
            str(article),
            str(markdown_article),
            "--sentences",
            "3",
            "--algorithm",
            "lexrank",
            "--format",
            "jsonl",
        ],
        catch_exceptions=False,
    )
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["source"] for line in lines] == [str(article), str(markdown_article)]
    assert all(len(line["sentences"]) == 3 for line in lines)
    assert all(line["indices"] == sorted(line["indices"]) for line in lines)


def test_summarise_text(runner: CliRunner, article: Path) -> None:
    result = runner.invoke(cli, ["summarise", str(article), "-n", "2"], catch_exceptions=False)
    assert result.stdout.splitlines()[1].startswith("The attack, the deadliest")


def test_algorithms_and_version(runner: CliRunner) -> None:
    listing = runner.invoke(cli, ["algorithms"]).stdout
    assert [line.split()[0] for line in listing.splitlines()] == [
        "news",
        "lead",
        "lexrank",
        "textrank",
        "lsa",
        "luhn",
        "edmundson",
        "kl",
        "sumbasic",
        "reduction",
    ]
    assert runner.invoke(cli, ["--version"]).stdout == f"briefing, version {__version__}\n"


# --- errors: exit 1, one line "Error: <what> — <fix>", nothing written or lost -------------


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "{path} is empty — give a file that contains article text"),
        (b"   \n\n\t  \n", "{path} is empty — give a file that contains article text"),
        (
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",
            "{path} looks binary, not text — give a text, HTML, PDF or DOCX article",
        ),
    ],
)
def test_unusable_input(runner: CliRunner, tmp_path: Path, content: bytes, message: str) -> None:
    bad = tmp_path / "empty.txt"
    bad.write_bytes(content)
    result = make(runner, str(bad), "-o", str(tmp_path / "x.md"), "-f", "md")
    assert result.exit_code == 1
    assert result.stderr == f"Error: {message.format(path=bad)}\n"
    assert not (tmp_path / "x.md").exists()


def test_missing_file_and_directory(runner: CliRunner, tmp_path: Path) -> None:
    missing = make(runner, str(tmp_path / "nope.txt"), "-f", "md", "-o", "-")
    assert (missing.exit_code, missing.stderr) == (
        1,
        f"Error: {tmp_path / 'nope.txt'} does not exist — check the path\n",
    )
    folder = make(runner, str(tmp_path), "-f", "md", "-o", "-")
    assert (folder.exit_code, folder.stderr) == (
        1,
        f"Error: {tmp_path} is a directory — give the article files inside it\n",
    )


def test_failure_leaves_existing_output_untouched(runner: CliRunner, tmp_path: Path) -> None:
    target = tmp_path / "brief.md"
    target.write_text("yesterday's brief")
    (tmp_path / "empty.txt").write_text("")
    result = make(runner, str(tmp_path / "empty.txt"), "-f", "md", "-o", str(target))
    assert result.exit_code == 1
    assert target.read_text() == "yesterday's brief"


def test_no_clobber(runner: CliRunner, article: Path, tmp_path: Path) -> None:
    target = tmp_path / "brief.md"
    target.write_text("keep me")
    result = make(runner, str(article), "-f", "md", "-o", str(target), "--no-clobber")
    assert (result.exit_code, result.stderr) == (
        1,
        f"Error: {target} already exists — remove it or drop --no-clobber\n",
    )
    assert target.read_text() == "keep me"
    replaced = make(runner, str(article), "-f", "md", "-o", str(target))
    assert replaced.exit_code == 0 and "## BLUF" in target.read_text()


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs Linux /proc")
def test_unwritable_output_folder(runner: CliRunner, article: Path) -> None:
    # /proc refuses new folders even to root: a folder no one can write to.
    result = make(runner, str(article), "-f", "md", "-o", "/proc/briefing-test/b.md")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: cannot write to /proc/briefing-test (")
    assert result.stderr.endswith(") — choose another folder with -o\n")


def test_output_path_under_a_file_is_refused(
    runner: CliRunner, article: Path, tmp_path: Path
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = make(runner, str(article), "-f", "md", "-o", str(blocker / "b.md"))
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: cannot write to {blocker} (") and "—" in result.stderr
    assert "Traceback" not in result.stderr


def test_usage_errors_exit_2(runner: CliRunner, article: Path) -> None:
    assert make(runner, str(article), "--algorithm", "magic").exit_code == 2
    bad_date = make(runner, str(article), "--date", "yesterday")
    assert bad_date.exit_code == 2
    assert "'yesterday' is not an ISO 8601 date — write e.g. 2026-06-09" in bad_date.stderr
    assert make(runner, str(article), "--sentences", "0").exit_code == 2
    assert runner.invoke(cli, ["make"]).exit_code == 2


def test_missing_model_is_a_clear_error(runner: CliRunner, article: Path) -> None:
    result = make(runner, str(article), "-f", "md", "-o", "-", "--model", "xx_no_such_model")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: spaCy pipeline 'xx_no_such_model' is not installed — ")


def test_a_brief_never_overwrites_its_own_input(
    runner: CliRunner, article: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "out" / "sahel.md"
    copy.parent.mkdir()
    copy.write_text(article.read_text())
    before = copy.read_bytes()
    result = make(runner, str(copy), "-f", "md", "-o", str(copy))
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: {copy} is also an input: writing there would destroy it — choose another -o\n"
    )
    assert copy.read_bytes() == before


@pytest.mark.model
def test_section_sizes_are_options(runner: CliRunner, article: Path) -> None:
    full = json.loads(make(runner, str(article), "-f", "json", "-o", "-").output)
    result = make(
        runner, str(article), "-f", "json", "-o", "-",
        "--max-actors", "2", "--max-locations", "1", "--max-risks", "1",
    )  # fmt: skip
    small = json.loads(result.output)
    assert len(full["actors"]) > 2 and len(full["locations"]) > 1
    assert [a["name"] for a in small["actors"]] == [a["name"] for a in full["actors"][:2]]
    assert len(small["locations"]) == 1 and len(small["risks"]) == 1
    bad = runner.invoke(cli, ["make", str(article), "--max-actors", "-1"])
    assert bad.exit_code == 2 and "--max-actors" in bad.output


def test_text_without_headline_is_titled_by_its_bluf_and_stdin_named_by_title(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    article = tmp_path / "wire-0042.txt"
    article.write_text(
        "Floodwater rose along the Kestrel River in Dunmore on Monday, forcing 2,000 people "
        "from their homes, the county council said. Shelters opened in three schools. "
        "Engineers inspected the dam above the town on Tuesday."
    )
    result = make(runner, str(article), "-f", "json", "-o", "-", "--date", FIXED_DATE)
    brief = json.loads(result.stdout)
    assert brief["title"] == "Floodwater rose along the Kestrel River in Dunmore on Monday…"
    assert brief["sources"][0]["title"] == "Wire 0042"  # the source still says which file
    piped = make(runner, "-", "-f", "md", "--date", FIXED_DATE, input=article.read_bytes())
    assert piped.exit_code == 0
    assert (
        tmp_path / "out" / "floodwater-rose-along-the-kestrel-river-in-dunmore-on-monday.md"
    ).exists()


def test_verbose_after_the_command_too(runner: CliRunner, article: Path, tmp_path: Path) -> None:
    for args in (["-v", "make"], ["make", "-v"]):
        result = runner.invoke(cli, [*args, str(article), "-f", "md", "-o", str(tmp_path / "x.md")])
        assert result.exit_code == 0, result.output
    assert "before or after the command" in runner.invoke(cli, ["make", "--help"]).output
