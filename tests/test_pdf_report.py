"""A PDF report (one we wrote, laid out by WeasyPrint): its headings, set in larger bold type
on lines of their own, and its contents page are structure, never sentences of the brief."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing import Options, make_brief
from briefing.ingest import read_source
from briefing.segment import segment

from .report_pdf import report_pdf

pytestmark = [pytest.mark.pdf]


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("report") / "quarterly.pdf"
    path.write_bytes(report_pdf(fields=2))
    return path


def test_headings_and_contents_are_left_out_of_the_sentences(report: Path) -> None:
    doc = segment(read_source(str(report), "s1"))
    left_out = {b.kind: [] for b in doc.left_out}
    for block in doc.left_out:
        left_out[block.kind].append(doc.source.text[block.start : block.end])
    assert left_out["headline"] == [
        "Lake Varna Monitoring Mission Quarterly situation report July to September"
    ]  # the title page's three lines, one title
    assert "2. Security situation" in left_out["heading"]
    assert "1.1 Field reports from Port Ilex" in left_out["heading"]
    texts = [s.text for s in doc.sentences]
    assert texts[0].startswith("The mission presents its quarterly report")
    for text in texts:
        assert ".........." not in text and "Contents" not in text
        assert not text.startswith(("1.", "2.", "Security situation", "Annex"))
    assert "The clashes around Port Ilex intensified in August" in " ".join(texts)
    assert not any("Lake Varna Monitoring Mission — Quarterly" in t for t in texts)  # running head


@pytest.mark.model
def test_the_brief_of_a_report_starts_from_its_foreword(report: Path) -> None:
    brief = make_brief([report], Options())
    assert (
        brief.title == "Lake Varna Monitoring Mission Quarterly situation report July to September"
    )
    assert brief.bluf[0].text.startswith("The mission presents its quarterly report")
    assert "The BLUF is from the section \u201c1. Foreword\u201d of s1." in brief.notes
    assert all("Contents" not in p.text and "Foreword" not in p.text for p in brief.key_points)
    assert not any(a.name.startswith(("Annex", "Section", "Contents")) for a in brief.actors)
