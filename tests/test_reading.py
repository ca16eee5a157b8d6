"""A very long text's lists are read from part of it, within a word budget, and say so."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing.cli import cli
from briefing.extract.reading import LEAD, to_read
from briefing.ingest import source_from_bytes
from briefing.segment import segment
from briefing.words import count_words

from .conftest import FIXED_DATE

CASES = Path(__file__).parent / "data" / "cases"


def long_text() -> str:
    """Our own fixture articles, one after another: a few thousand words."""
    return "\n\n".join(p.read_text() for p in sorted(CASES.glob("*.txt")))


def test_a_text_within_the_budget_is_read_whole() -> None:
    doc = segment(source_from_bytes(long_text().encode(), "s1"))
    reading = to_read([doc], 10**6)
    assert reading.docs == (doc,) and not reading.partial
    assert to_read([doc], 0).docs == (doc,)  # 0: no budget


def test_a_long_text_is_read_in_its_opening_key_and_central_sentences() -> None:
    doc = segment(source_from_bytes(long_text().encode(), "s1"))
    assert len(doc.sentences) > 3 * LEAD
    key = (doc.sentences[-1].source, doc.sentences[-1].index)  # a key point far down
    reading = to_read([doc], 800, {key})
    kept = reading.docs[0].sentences
    assert reading.partial and reading.total == sum(count_words(s.text) for s in doc.sentences)
    assert reading.words == sum(count_words(s.text) for s in kept)
    longest = max(count_words(s.text) for s in doc.sentences)
    assert 800 <= reading.words < 800 + longest  # the budget, and at most one sentence over
    assert kept[: min(LEAD, len(kept))] == doc.sentences[: min(LEAD, len(kept))]
    assert doc.sentences[-1] in kept  # the key point is read
    assert [s.index for s in kept] == sorted(s.index for s in kept)  # document order
    assert all(doc.sentences[s.index] == s for s in kept)  # each keeps its own number


def test_several_sources_share_the_budget_by_length() -> None:
    texts = [long_text(), (CASES / "garrison-standoff.txt").read_text()]
    docs = [segment(source_from_bytes(t.encode(), f"s{i}")) for i, t in enumerate(texts, 1)]
    reading = to_read(docs, 1000)
    lengths = [sum(count_words(s.text) for s in d.sentences) for d in docs]
    read = [sum(count_words(s.text) for s in d.sentences) for d in reading.docs]
    assert read[0] > read[1] > 0  # each source is read, the longer more
    assert read[1] < lengths[1] or lengths[1] * 1000 / sum(lengths) >= lengths[1]


@pytest.mark.model
def test_the_brief_says_when_its_lists_were_read_from_part_of_the_text(tmp_path: Path) -> None:
    article = tmp_path / "long.txt"
    article.write_text(long_text())
    runner = CliRunner()

    def notes(*options: str) -> list[str]:
        result = runner.invoke(
            cli,
            ["make", str(article), "-f", "json", "-o", "-", "--date", FIXED_DATE, *options],
            catch_exceptions=False,
        )
        assert result.exit_code == 0, result.output
        return json.loads(result.output)["notes"]

    doc = segment(source_from_bytes(long_text().encode(), "s1"))
    total = sum(count_words(s.text) for s in doc.sentences)
    said = [n for n in notes("--read-words", "500") if "words long" in n]
    assert len(said) == 1 and f"The text is {total:,} words long" in said[0], said
    assert re.search(r"read from 5\d\d of them", said[0]), said
    assert not any("words long" in n for n in notes())  # within the default budget
    assert not any("words long" in n for n in notes("--read-words", "0"))
