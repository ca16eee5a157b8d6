"""Summarisers: every algorithm offline, document order, scores, counts."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing import ALGORITHMS, OptionError, Options, make_brief, summarise, summarise_text
from briefing.ingest import read_source
from briefing.segment import segment


@pytest.fixture(autouse=True)
def _no_nltk_data(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Point NLTK at an empty folder: nothing may need downloaded NLTK data."""
    monkeypatch.setenv("NLTK_DATA", str(tmp_path))


@pytest.mark.parametrize("algorithm", list(ALGORITHMS))
def test_every_algorithm_returns_n_sentences_in_document_order(
    algorithm: str, article: Path
) -> None:
    doc = segment(read_source(str(article), "s1"))
    summary = summarise(doc, algorithm, sentences=4)
    indices = [s.sentence.index for s in summary.sentences]
    assert len(indices) == 4
    assert indices == sorted(indices)
    # The chosen sentences are the four best ranked.
    assert {s.rank for s in summary.sentences} == {1, 2, 3, 4}
    assert all(s.sentence.source == "s1" for s in summary.sentences)


def test_lead_takes_the_first_sentences() -> None:
    text = "First point. Second point. Third point. Fourth point."
    assert summarise_text(text, algorithm="lead", sentences=2) == ["First point.", "Second point."]


def test_fewer_sentences_than_asked_returns_all() -> None:
    text = "Only one sentence here. And a second."
    for algorithm in ALGORITHMS:
        assert summarise_text(text, algorithm=algorithm, sentences=5) == [
            "Only one sentence here.",
            "And a second.",
        ]


def test_ratio_keeps_a_fraction(article: Path) -> None:
    doc = segment(read_source(str(article), "s1"))
    summary = summarise(doc, "lexrank", sentences=None, ratio=0.25)
    assert len(summary.sentences) == -(-len(doc.sentences) // 4)


@pytest.mark.parametrize(
    "algorithm", ["lexrank", "textrank", "lsa", "luhn", "kl", "sumbasic", "reduction"]
)
def test_selection_matches_sumy_itself(algorithm: str, article: Path) -> None:
    """Our scores and ranks must not change what sumy would have picked on the same tokens."""
    from sumy.summarizers.kl import KLSummarizer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.lsa import LsaSummarizer
    from sumy.summarizers.reduction import ReductionSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer

    from briefing.segment import OfflineTokenizer
    from briefing.summarise import _stemmer_and_stop_words
    from briefing.sumy_algorithms import _SUMY, _sumy_document

    doc = segment(read_source(str(article), "s1"))
    parsed = _sumy_document(doc, OfflineTokenizer("english"))
    originals = {
        "lexrank": LexRankSummarizer,
        "textrank": TextRankSummarizer,
        "reduction": ReductionSummarizer,
        "lsa": LsaSummarizer,
        "kl": KLSummarizer,
    }
    stem, stop_words = _stemmer_and_stop_words("english")
    reference = originals.get(algorithm, _SUMY.get(algorithm))(stem)
    reference.stop_words = stop_words
    expected = [str(s) for s in reference(parsed, 4)]
    ours = [s.sentence.text for s in summarise(doc, algorithm, sentences=4).sentences]
    assert ours == expected


def test_unknown_algorithm_is_refused() -> None:
    with pytest.raises(
        OptionError, match="unknown algorithm 'magic' — choose one of: news, lead, lexrank"
    ):
        summarise_text("One. Two.", algorithm="magic")


def test_explain_and_rank_order(tmp_path: Path) -> None:
    import json

    from click.testing import CliRunner

    from briefing.cli import cli

    article = tmp_path / "a.txt"
    article.write_text(
        "Floods closed the port on Monday. Floods also cut the road to the port. "
        "A choir sang. The port and the road stay closed while floods recede. Nothing else."
    )
    runner = CliRunner()
    ranked = runner.invoke(
        cli,
        [
            "summarise",
            str(article),
            "-a",
            "lexrank",
            "-n",
            "2",
            "--order",
            "rank",
            "--format",
            "jsonl",
            "--explain",
        ],
        catch_exceptions=False,
    )
    line = json.loads(ranked.stdout)
    assert line["ranks"] == sorted(line["ranks"]) and line["ranks"][0] == 1
    explained = line["explain"]
    assert [e["sentence"] for e in explained] == [0, 1, 2, 3, 4]
    assert sorted(e["rank"] for e in explained) == [1, 2, 3, 4, 5]
    assert sum(e["chosen"] for e in explained) == 2
    assert {e["sentence"] for e in explained if e["chosen"]} == set(line["indices"])
    text = runner.invoke(cli, ["summarise", str(article), "-n", "2", "-a", "lead", "--explain"])
    assert text.stdout.splitlines()[1].startswith(
        "*    1   1.000000  s1:0    Floods closed the port"
    )


def test_eval_command_scores_lead_and_algorithms(tmp_path: Path) -> None:
    import json

    from click.testing import CliRunner

    from briefing.cli import cli

    rows = [
        {
            "id": "a",
            "text": "The port closed. Ships waited offshore. A choir sang at noon.",
            "summary": "The port closed and ships waited.",
        },
        {
            "id": "b",
            "text": "Rain fell for days. The river burst its banks. Villages flooded.",
            "summary": "The river burst its banks and villages flooded.",
        },
    ]
    data = tmp_path / "refs.jsonl"
    data.write_text("".join(json.dumps(r) + "\n" for r in rows))
    result = CliRunner().invoke(
        cli, ["eval", str(data), "-a", "lexrank", "-k", "2"], catch_exceptions=False
    )
    lines = result.stdout.splitlines()
    assert lines[0] == "2 articles from refs.jsonl, k = 2, ROUGE F1 x100 (stemmed)"
    assert lines[4].startswith("| Lead-2 | ") and lines[5].startswith("| lexrank | ")
    lead = [float(v) for v in lines[4].strip("|").split("|")[1:]]
    assert 40 < lead[0] <= 100  # the first two sentences hold most reference words
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "text": "Only text."}\n')
    failed = CliRunner().invoke(cli, ["eval", str(bad)])
    assert failed.exit_code == 1
    assert (
        failed.stderr
        == f"Error: {bad} line 1 lacks 'text' or 'summary' — give both on every line\n"
    )


def _dense_news(words: list[list[str]], lengths: list[int]) -> list[float]:
    """The news score written the slow, obvious way (n x n similarities, full greedy)."""
    import math

    import numpy as np

    vocab = sorted({w for ws in words for w in ws})
    n = len(words)
    counts = np.array([[ws.count(v) for v in vocab] for ws in words], dtype=float)
    df = (counts > 0).sum(axis=0)
    tfidf = counts * (np.log((n + 1) / (df + 1)) + 1)
    norms = np.linalg.norm(tfidf, axis=1)
    unit = tfidf / np.where(norms > 0, norms, 1)[:, None]
    sim = unit @ unit.T
    base = []
    for i in range(n):
        forward = sum(sim[i, j] for j in range(i + 1, n))
        backward = sum(sim[i, j] for j in range(i))
        base.append(
            1 / math.sqrt(1 + i)
            + 2.0 * (forward - 0.5 * backward) / n
            - 0.3 * abs(lengths[i] - 25) / 25
        )
    scores, taken, left = [0.0] * n, [], list(range(n))
    while left:
        values = [base[c] - 0.2 * max((sim[c, t] for t in taken), default=0.0) for c in left]
        best = left[values.index(max(values))]
        scores[best] = max(values)
        taken.append(best)
        left.remove(best)
    return scores


def test_news_equals_the_obvious_computation() -> None:
    import numpy as np

    from briefing import fastgraph

    # Sentence 2 repeats sentence 0: the redundancy penalty must push it below sentence 3.
    words = [
        ["flood", "port", "close"],
        ["road", "cut", "flood"],
        ["flood", "port", "close"],
        ["choir", "concert", "crowd"],
        ["port", "reopen", "road", "flood"] * 10,
        [],
    ]
    lengths = [22, 24, 22, 23, 80, 2]
    scores = fastgraph.news(words, lengths)
    assert np.allclose(scores, _dense_news(words, lengths), atol=1e-12)
    top3 = sorted(np.argsort(-scores, kind="stable")[:3].tolist())
    assert top3 == [0, 1, 3]


def test_news_is_the_default_and_beats_lead_on_a_lead_heavy_text() -> None:
    from briefing.summarise import DEFAULT_ALGORITHM

    assert DEFAULT_ALGORITHM == "news"
    text = (
        "Gunmen seized a border post on Sunday, killing eleven officers, officials said. "
        "Officials said the gunmen came on motorcycles. "
        "The border post had been attacked twice before this year by gunmen. "
        "In other news, the weather was fine and a local choir gave a concert that many enjoyed."
    )
    chosen = summarise_text(text, algorithm="news", sentences=2)
    assert chosen[0].startswith("Gunmen seized a border post")
    assert all("choir" not in c for c in chosen)


def test_lead_cover_swaps_one_opening_sentence_for_better_coverage() -> None:
    from briefing import fastgraph

    # Sentence 1 only repeats sentence 0; sentence 3 brings words the story returns to.
    words = [
        ["flood", "port", "close", "beira"],
        ["flood", "port", "close"],
        ["road", "cut", "chimoio"],
        ["cholera", "fear", "water", "plant"],
        ["cholera", "water", "road", "chimoio"],
        ["plant", "fear", "port"],
    ]
    lengths = [20, 20, 18, 16, 15, 12]
    assert fastgraph.lead_cover(words, lengths, 3) == [0, 2, 3]
    assert fastgraph.lead_cover(words, lengths, 6) == [0, 1, 2, 3, 4, 5]  # nothing to drop
    # A sentence that opens with a quotation goes first when something must go.
    quoted = [False, False, True, False, False, False]
    different = [["a", "b"], ["c", "d"], ["e", "f"], ["a", "c", "e"]]
    assert fastgraph.lead_cover(different, [10, 10, 10, 10], 3, quoted=quoted) == [0, 1, 3]
    # Sentence 3 ("His whereabouts …") leans on sentence 2: the story's later words make 3
    # worth more than 2, but 3 without 2 names no one, so 3 goes, not 2.
    words = [["a", "b"], ["c", "d"], ["e", "f"], ["g", "h"], ["g", "h"]]
    assert fastgraph.lead_cover(words, [10] * 5, 3) == [0, 1, 3]
    leaning = [0.0, 0.0, 0.0, 1.0, 0.0]
    assert fastgraph.lead_cover(words, [10] * 5, 3, leaning=leaning) == [0, 1, 2]
    # A long lead that later sentences repeat would go, unless it is kept as the lead.
    words = [["a", "b", "c"], ["a", "d"], ["b", "e"], ["c", "f"], ["d", "e", "f"]]
    assert 0 not in fastgraph.lead_cover(words, [40, 10, 10, 10, 10], 3)
    assert 0 in fastgraph.lead_cover(words, [40, 10, 10, 10, 10], 3, keep_lead=True)


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        (  # a long lead the next sentences repeat word by word, dated "on Saturday" (it was
            # dropped from the summary for its length)
            "A gunman opened fire at a crowded shopping centre in the Verlow suburb of Alderton "
            "on Saturday afternoon, killing eight people and wounding seven before he was shot "
            "dead by a police officer who happened to be nearby on an unrelated call, police "
            "said.\n\nThe victims, who included children, were killed outside the Alderton "
            "shopping centre, a sprawling open-air mall north of Verlow. Three of the wounded "
            "remained in critical condition on Sunday, a hospital spokesman said. Police "
            "identified the gunman as Tomas Irving, 33, of Verlow. Investigators were examining "
            "his social media posts. The national police have joined the investigation. Mayor "
            "Jane Holt called the shooting a tragedy and ordered flags lowered.\n",
            "A gunman opened fire",
        ),
        (  # a regulator's fine dated "on 3 March 2025" rather than by a weekday (it fell to
            # sixth)
            "Regulators fined Lakeside Water £18 million on 3 March 2025 for failing to stop "
            "sewage spills into the River Arden, the Water Services Regulation Authority said."
            "\n\nThe regulator said the company had released untreated sewage on 1,240 "
            "occasions between January 2021 and December 2023. Its chief executive, Helen "
            "Marsh, resigned in November 2024 after the scale of the spills was revealed by an "
            "investigation. The Environment Agency began a criminal investigation in 2023, and "
            "its report is due in June. Lakeside said it would invest £400 million in its "
            'sewers by 2030. Campaign group River Action said the fine was "a drop in the '
            'ocean".\n',
            "Regulators fined Lakeside Water",
        ),
        (  # a custody death: "has been charged", the British lead's tense, with no day in it
            # (the next sentence, dated, took the BLUF)
            "A police officer has been charged with gross misconduct after a woman died in a "
            "cell at a police station in Bristol, the police watchdog said.\n\n"
            "Sarah Ellis, 34, was found unresponsive at Patchway police station on 2 February "
            "and was pronounced dead at Southmead Hospital. An inquest heard she had been "
            "arrested on suspicion of drink-driving. The watchdog said the custody sergeant had "
            "failed to carry out checks every 30 minutes as required. He will appear before a "
            "misconduct hearing in June. Ms Ellis's family said they wanted answers.\n",
            "A police officer has been charged",
        ),
    ],
)
def test_a_hard_news_lead_stays_the_bluf(tmp_path: Path, text: str, lead: str) -> None:
    """Stories of our own whose lead says when it happened (a weekday, a day of a month) or
    what has just been done to someone: the lead is the story in one sentence, the BLUF."""
    story = tmp_path / "story.txt"
    story.write_text(text)
    brief = make_brief([story], Options())
    assert brief.bluf[0].text.startswith(lead)


def test_news_summary_and_explain_agree_on_what_was_chosen(article: Path) -> None:
    from briefing.summarise import explain

    doc = segment(read_source(str(article), "s1"))
    summary = summarise(doc, "news", sentences=3)
    ranked = sorted(explain(doc, "news", count=3), key=lambda s: s.rank)
    assert {s.sentence.index for s in ranked[:3]} == {s.sentence.index for s in summary.sentences}
    assert all(s.sentence.index < 4 for s in summary.sentences)  # 3 of the first 4


def test_a_report_gives_its_bluf_from_its_own_summary(tmp_path: Path) -> None:
    """A report whose key messages follow an 'About this report' section: the BLUF comes from
    the key messages, and the brief says so; a story with subheads gets no such note."""
    report = tmp_path / "report.md"
    report.write_text(
        "# Basin report\n\n## About this report\n\n"
        "This report was prepared by the monitoring team with the support of its partners. "
        "It covers three districts from July to September. Field monitors collected the data "
        "in weekly visits.\n\n## Key messages\n\n"
        "Flooding displaced 12,000 people in Ostrelle district in September. Food stocks in "
        "Port Amsel will last two more weeks.\n\n## 1. Background\n\n"
        "The basin has seen seasonal floods for decades.\n"
    )
    brief = make_brief([report], Options())
    assert brief.bluf[0].text.startswith("Flooding displaced 12,000 people")
    assert "The BLUF is from the section \u201cKey messages\u201d of s1." in brief.notes
    story = tmp_path / "story.md"
    story.write_text(
        "# Floods in Ostrelle\n\nFlooding displaced 12,000 people in Ostrelle district on "
        "Monday, officials said. Rescue teams worked through the night.\n\n## Food\n\n"
        "Food stocks will last two weeks.\n\n## Schools\n\nSchools stay closed.\n"
    )
    told = make_brief([story], Options())
    assert told.bluf[0].text.startswith("Flooding displaced") and not told.notes
