"""Batch runs: one brief per input, failures reported, resumable, parallel and on Dask."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing import Options
from briefing.batch import run_batch
from briefing.cli import cli

from .conftest import CASE, CASES, FIXED_DATE

pytestmark = pytest.mark.model


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    """19 articles (variants of our examples) and 1 corrupt file: 5 % bad."""
    folder = tmp_path / "inbox"
    folder.mkdir()
    for i in range(19):
        case = CASES[i % len(CASES)]
        text = case.read_text().replace("Sunday", f"day {i}").replace("Thursday", f"day {i}")
        (folder / f"article-{i:02d}{case.suffix}").write_text(text)
    (folder / "article-19.pdf").write_bytes(b"%PDF-1.4\n%corrupt beyond repair")
    return folder


def run(runner: CliRunner, *args: str):
    return runner.invoke(cli, ["batch", *args, "--date", FIXED_DATE], catch_exceptions=False)


def test_every_good_brief_made_every_bad_one_reported(
    runner: CliRunner, inbox: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    result = run(runner, str(inbox), "-o", str(out), "-f", "md")
    assert result.exit_code == 1
    assert result.stderr.strip().endswith(
        f"19 made, 0 skipped, 1 failed — see {out / 'failures.jsonl'}"
    )
    made = sorted(p.name for p in out.glob("*.md"))
    assert made == [f"article-{i:02d}.md" for i in range(19)]
    assert all("## BLUF" in (out / name).read_text() for name in made)
    failures = [json.loads(line) for line in (out / "failures.jsonl").read_text().splitlines()]
    (failure,) = failures
    assert failure["input"] == str(inbox / "article-19.pdf")
    assert failure["error"].startswith(f"{inbox / 'article-19.pdf'} is not a readable PDF (")
    assert not list(out.glob(".*.part"))


def test_all_good_exits_0_with_empty_failures(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run(runner, *[str(c) for c in CASES], "-o", str(out), "-f", "json", "-q")
    assert result.exit_code == 0 and result.stderr == ""
    assert (out / "failures.jsonl").read_text() == ""
    assert {p.name for p in out.glob("[!.]*.json")} == {c.stem + ".json" for c in CASES}


def test_repeated_stems_get_numbered(runner: CliRunner, tmp_path: Path) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "report.txt").write_text(
            CASES[0].read_text() if folder == "a" else CASES[1].read_text()
        )
    out = tmp_path / "out"
    result = run(runner, str(tmp_path / "a"), str(tmp_path / "b" / "report.txt"), "-o", str(out))
    assert result.exit_code == 0
    assert sorted(p.name for p in out.glob("*.md")) == ["report-2.md", "report.md"]
    assert (
        f"Warning: {tmp_path / 'b' / 'report.txt'} shares its name with an earlier input: its brief is report-2.md"
        in result.stderr
    )


def test_resume_skips_up_to_date_briefs(runner: CliRunner, inbox: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run(runner, str(inbox), "-o", str(out))
    again = run(runner, str(inbox), "-o", str(out), "--resume")
    assert again.stderr.strip().endswith(
        "0 made, 19 skipped, 1 failed — see " + str(out / "failures.jsonl")
    )
    updated = next(inbox.glob("article-03.*"))
    updated.write_text(updated.read_text() + "\n\nA late update.")
    changed = run(runner, str(inbox), "-o", str(out), "--resume")
    assert "1 made, 18 skipped, 1 failed" in changed.stderr
    other_options = run(runner, str(inbox), "-o", str(out), "--resume", "--sentences", "3")
    assert "19 made, 0 skipped, 1 failed" in other_options.stderr


def _briefs(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*.md"))}


def test_two_workers_give_identical_output(inbox: Path, tmp_path: Path) -> None:
    options = Options(date=datetime(2026, 6, 9, 14, 30, tzinfo=UTC))
    one = run_batch([str(inbox)], tmp_path / "one", "md", options, workers=1)
    two = run_batch([str(inbox)], tmp_path / "two", "md", options, workers=2)
    assert (one.made, len(one.failed)) == (two.made, len(two.failed)) == (19, 1)
    assert _briefs(tmp_path / "one") == _briefs(tmp_path / "two")
    assert (tmp_path / "one" / "failures.jsonl").read_text() == (
        tmp_path / "two" / "failures.jsonl"
    ).read_text()


@pytest.mark.dask
def test_dask_local_cluster_gives_identical_output(inbox: Path, tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    options = Options(date=datetime(2026, 6, 9, 14, 30, tzinfo=UTC))
    plain = run_batch([str(inbox)], tmp_path / "plain", "md", options, workers=1)
    dask = run_batch([str(inbox)], tmp_path / "dask", "md", options, workers=2, scheduler="local")
    assert dask.made == plain.made == 19 and len(dask.failed) == 1
    assert _briefs(tmp_path / "dask") == _briefs(tmp_path / "plain")
    assert (tmp_path / "dask" / "failures.jsonl").read_text() == (
        tmp_path / "plain" / "failures.jsonl"
    ).read_text()


def test_bad_scheduler_is_a_clear_error(runner: CliRunner, inbox: Path, tmp_path: Path) -> None:
    result = run(runner, str(inbox), "-o", str(tmp_path / "o"), "--scheduler", "udp://x")
    assert result.exit_code == 1
    assert (
        result.stderr == "Error: scheduler 'udp://x' is not 'local' or tcp://HOST:PORT — fix it\n"
    )


def test_glob_matching_nothing(runner: CliRunner, tmp_path: Path) -> None:
    result = run(runner, str(tmp_path / "*.nothing"), "-o", str(tmp_path / "o"))
    assert result.exit_code == 1
    assert (
        result.stderr == f"Error: {tmp_path / '*.nothing'} matches no files — check the pattern\n"
    )


def test_group_makes_one_brief_per_event(runner: CliRunner, tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    sahel, cyclone = CASE["sahel-border-attack.txt"], CASE["cyclone-port.md"]
    (inbox / "a-wire.txt").write_text(sahel.read_text())
    (inbox / "b-storm.md").write_text(cyclone.read_text())
    # The same event told by another outlet: reworded opening, same facts.
    (inbox / "c-paper.txt").write_text(
        sahel.read_text().replace("Gunmen seize border post", "Border post falls to gunmen")
    )
    (inbox / "d-broken.pdf").write_bytes(b"%PDF-1.4 broken")
    out = tmp_path / "out"
    result = run(runner, str(inbox), "-o", str(out), "-f", "json", "--group")
    assert result.exit_code == 1  # the broken PDF
    assert sorted(p.name for p in out.glob("[!.]*.json")) == ["a-wire.json", "b-storm.json"]
    wire = json.loads((out / "a-wire.json").read_text())
    assert [s["location"] for s in wire["sources"]] == [
        str(inbox / "a-wire.txt"),
        str(inbox / "c-paper.txt"),
    ]
    assert any(len(p["reported_by"]) == 2 for p in wire["key_points"] + wire["bluf_refs"])
    storm = json.loads((out / "b-storm.json").read_text())
    assert len(storm["sources"]) == 1
    failures = (out / "failures.jsonl").read_text().splitlines()
    assert [json.loads(f)["input"] for f in failures] == [str(inbox / "d-broken.pdf")]
    again = run(runner, str(inbox), "-o", str(out), "-f", "json", "--group", "--resume")
    assert "0 made, 2 skipped, 1 failed" in again.stderr


def test_batch_into_its_own_input_folder_keeps_the_inputs(
    runner: CliRunner, tmp_path: Path
) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "a.md").write_text(CASES[0].read_text())
    result = run(runner, str(folder / "a.md"), "-o", str(folder), "-f", "md")
    assert result.exit_code == 1
    assert (folder / "a.md").read_text() == CASES[0].read_text()
    (failure,) = [json.loads(x) for x in (folder / "failures.jsonl").read_text().splitlines()]
    assert "is also an input" in failure["error"]


def test_folder_given_through_dot_dot_is_read_hidden_files_inside_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefing.batch import expand_inputs

    inbox = tmp_path / "inbox"
    (inbox / ".drafts").mkdir(parents=True)
    (inbox / "a.txt").write_text("One.")
    (inbox / ".hidden.txt").write_text("Two.")
    (inbox / ".drafts" / "b.txt").write_text("Three.")
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    assert expand_inputs(["../inbox"]) == [str(Path("../inbox/a.txt"))]
