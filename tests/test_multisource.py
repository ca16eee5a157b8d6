"""Several articles, one brief: balanced coverage, near-duplicates merged, provenance kept."""

from __future__ import annotations

from briefing.ingest import source_from_bytes
from briefing.model import Segmented
from briefing.segment import segment
from briefing.summarise import combine

WIRE = (
    "Gunmen overran a border post near Ayorou on Sunday, killing eleven officers. "
    "Reinforcements reached the town by midday. "
    "The army said an air patrol was tracking the attackers toward Mali."
)
PAPER = (
    "Eleven officers were killed on Sunday when gunmen overran a border post near Ayorou. "
    "Residents said the attackers came on motorcycles before dawn. "
    "Aid groups fear that thousands more people will flee the area."
)
LONG = " ".join(
    f"Cyclone update {i}: rain fell on district {i} of the coastal province." for i in range(40)
)


def docs(*texts: str) -> list[Segmented]:
    return [segment(source_from_bytes(t.encode(), f"s{i}")) for i, t in enumerate(texts, 1)]


def test_the_same_fact_from_two_sources_is_one_point_reported_by_both() -> None:
    summaries = combine(docs(WIRE, PAPER), "lead", sentences=4)
    points = [p for s in summaries for p in s.sentences]
    assert len(points) == 4
    (attack,) = [p for p in points if "overran" in p.sentence.text]
    assert (attack.sentence.source, attack.sentence.index) == ("s1", 0)
    assert [(a.source, a.index) for a in attack.also] == [("s2", 0)]
    assert sum("overran" in p.sentence.text for p in points) == 1  # not listed twice
    # Provenance: every point keeps its source, sentence index, score and rank.
    assert all(p.sentence.source in {"s1", "s2"} and p.rank >= 1 for p in points)


def test_a_long_source_does_not_crowd_out_a_short_one() -> None:
    summaries = combine(docs(LONG, WIRE), "lexrank", sentences=4)
    by_source = {s.source: len(s.sentences) for s in summaries}
    assert by_source == {"s1": 2, "s2": 2}


def test_json_shows_reported_by(tmp_path) -> None:
    import json

    from click.testing import CliRunner

    from briefing.cli import cli

    a, b = tmp_path / "wire.txt", tmp_path / "paper.txt"
    a.write_text(WIRE)
    b.write_text(PAPER)
    result = CliRunner().invoke(
        cli,
        ["make", str(a), str(b), "-f", "json", "-o", "-", "-a", "lead", "-n", "4"],
        catch_exceptions=False,
    )
    brief = json.loads(result.stdout)
    assert brief["bluf"].startswith("Gunmen overran a border post")
    assert brief["bluf_refs"][0] == {"source": "s1", "sentence": 0, "reported_by": ["s1", "s2"]}
    assert all(p["reported_by"] == [p["source"]] for p in brief["key_points"])
    assert len(brief["key_points"]) + len(brief["bluf_refs"]) == 4
