"""Key figures and the timeline, on articles written for these tests (tests/data/cases/facts-*)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing import Options, make_brief, render_json, render_markdown
from briefing.cli import cli
from briefing.extract.amounts import parse_count
from briefing.extract.chronology import order
from briefing.extract.dates import resolve, years_of_months
from briefing.model import Event, Evidence

from .conftest import CASE

DATE = datetime(2026, 6, 9, 14, 30, tzinfo=UTC)


def _categories(text: str) -> dict[str, str]:
    """Every figure candidate of a text of our own, as written, with its category."""
    from briefing.extract.figures import candidates

    return {c.as_written: c.category for c in candidates(_parsed(text), set())}


def _counts(text: str) -> dict[str, tuple[float | None, str]]:
    """Every figure candidate of a text of our own, as written, with its count and category."""
    from briefing.extract.figures import candidates

    return {c.as_written: (c.count, c.category) for c in candidates(_parsed(text), set())}


def _whens(text: str) -> list[str]:
    """The time expressions of a text of our own, as the timeline reads them, in order."""
    from briefing.extract.timeline import candidates

    return [c.when for c in candidates(_parsed(text), set(), {})]


def _dated(text: str, published: datetime) -> dict[str, str | None]:
    """Each time expression of a text of our own, as written, with the date it resolves to
    in a source published at ``published``."""
    from briefing.extract.timeline import candidates

    return {c.when: c.date for c in candidates(_parsed(text), set(), {"s1": published})}


def _parsed(text: str) -> list:  # type: ignore[type-arg]
    """A text of our own, segmented and parsed as the pipeline does."""
    from briefing.extract import load_pipeline, parse
    from briefing.ingest import source_from_bytes
    from briefing.segment import segment

    return parse([segment(source_from_bytes(text.encode(), "s1"))], load_pipeline(Options().model))


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("at least 11", 11),
        ("2,500", 2500),
        ("$12.9bn", 12_900_000_000),
        ("59.2 trillion rupiah", 59_200_000_000_000),
        ("some three dozen", 36),
        ("two hundred and five", 205),
        ("More than 20,000", 20000),
        ("£1.1m", 1_100_000),
        ("£16.4bn", 16_400_000_000),  # not 16,399,999,999.999998 (16.4 × 10⁹ in floats)
        ("dozens", None),
        ("Thousands", None),
        ("eleven", 11),
        ("five-day", 5),  # a number word joined to its unit, as "60-day" is
        ("twenty-five", 25),
        ("a ten-year", 10),
        ("as many as 323,000", 323000),  # the hedge's "many" is no vague count
        ("as many as", None),
        ("many thousands", None),
        ("about a third", 1 / 3),
    ],
)
def test_counts_are_read_with_their_scale(text: str, count: float | None) -> None:
    assert parse_count(text) == count


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("over half a million", 500_000),
        ("a quarter of a million", 250_000),
        ("about one-fifth", 0.2),
        ("three-quarters", 0.75),
        ("two and a half million", 2_500_000),
        ("a half of one percent", 0.5),
        ("half a dozen", 6),
        ("three fifths", 0.6),
        ("the third", None),  # a rank, not a fraction
        ("a second", None),  # a length of time
    ],
)
def test_fractions_are_read_as_fractions(text: str, count: float | None) -> None:
    """ "half a million" is 500,000 (it was read as a million), "one-fifth" 0.2."""
    read = parse_count(text)
    assert read is None if count is None else read == pytest.approx(count)


@pytest.mark.parametrize(
    ("when", "anchor", "date"),
    [
        ("in 2014", None, "2014"),
        ("June 2004", None, "2004-06"),
        ("6 April 2009", None, "2009-04-06"),
        ("on August 16, 2013", None, "2013-08-16"),
        ("on Friday", None, None),  # no publication date: never invented
        ("10 June", None, None),
        ("last year", None, None),
        ("between 2003 and 2009", None, None),  # a span, not one date
        ("1100 AD", None, "1100"),  # a year with its era
        ("AD 79", None, "0079"),
        ("2,000 years ago", None, None),
        ("on Friday", datetime(2026, 6, 9), "2026-06-05"),  # 9 June 2026 is a Tuesday
        ("on Tuesday", datetime(2026, 6, 9), "2026-06-09"),  # the story's own day
        ("Tuesday night", datetime(2026, 6, 9), "2026-06-09"),
        ("last Tuesday", datetime(2026, 6, 9), "2026-06-02"),  # another week
        ("next Tuesday", datetime(2026, 6, 9), "2026-06-16"),
        ("this week", datetime(2017, 6, 9), "2017-06"),  # 5-11 June: a week fixes no day
        ("last week", datetime(2017, 6, 9), None),  # 29 May - 4 June: not one month
        ("last weekend", datetime(2017, 6, 9), "2017-06"),  # 3-4 June
        ("a week ago", datetime(2017, 6, 9), "2017-06-02"),
        ("yesterday", datetime(2026, 6, 9), "2026-06-08"),
        ("last month", datetime(2026, 6, 9), "2026-05"),
        ("last year", datetime(2026, 6, 9), "2025"),
        ("in the 1990s", datetime(2026, 6, 9), None),  # a decade fixes no date (was today)
        ("the '80s", datetime(2026, 6, 9), None),
        ("on Christmas Eve", datetime(2026, 6, 9), "2025-12-24"),  # the last one before
        ("on New Year's Day", datetime(2026, 6, 9), "2026-01-01"),
        ("on Christmas Day 2019", None, "2019-12-25"),  # a holiday with its year: its day
        ("Boxing Day 2018", datetime(2026, 6, 9), "2018-12-26"),
        ("Earlier this month", datetime(2026, 6, 9), "2026-06"),  # was undated
        ("later this year", datetime(2026, 6, 9), "2026"),
        ("by the end of the year", datetime(2026, 6, 9), "2026"),
        ("two days later", datetime(2026, 6, 9), None),  # after an event, not the story's day
        ("between 1 and 10 September", datetime(2024, 9, 14), "2024-09"),  # days of a month
        ("Oct. 11\u201321", datetime(2018, 11, 2), "2018-10"),  # was 1921-10-11
        ("6-8 June 2023", None, "2023-06"),
    ],
)
def test_dates_resolve_only_from_what_the_text_and_its_date_fix(
    when: str, anchor: datetime | None, date: str | None
) -> None:
    assert resolve(when, anchor) == date


def test_a_month_takes_the_year_the_text_writes_it_with() -> None:
    """No publication date: "the 10 June election" is in the June the text dates ("a raid in
    June 2004"); a month written with two years, or none, stays undated; "last June" needs
    the story's own date."""
    years = years_of_months(["in June 2004", "on 3 March 2019", "March 2020", "Friday"])
    assert years == {6: "2004"}
    assert resolve("the 10 June", None, month_years=years) == "2004-06-10"
    assert resolve("in June", None, month_years=years) == "2004-06"
    assert resolve("in March", None, month_years=years) is None
    assert resolve("last June", None, month_years=years) is None
    assert resolve("in July", None, month_years=years) is None
    assert resolve("10 June", datetime(2026, 6, 19), month_years=years) == "2026-06-10"


def test_timeline_order_dated_first_then_text_order() -> None:
    def event(date: str | None, sentence: int) -> Event:
        return Event("w", date, "t", 0.5, (Evidence("s1", sentence, "t"),))

    events = [
        event(None, 1),
        event("2021-03", 5),
        event("2004", 9),
        event(None, 0),
        event("2021", 2),
    ]
    ordered = order(events)
    assert [(e.date, e.evidence[0].sentence) for e in ordered] == [
        ("2004", 9),
        ("2021", 2),
        ("2021-03", 5),
        (None, 0),
        (None, 1),
    ]


def test_the_coming_days_lie_ahead_whatever_the_verb() -> None:
    """ "warned that aftershocks were likely in the coming days": ahead of the story's day,
    though no "will" says so; "this week" is a period with no place of its own."""
    from briefing.extract.chronology import days_from

    base = datetime(2026, 6, 7)
    assert days_from("in the coming days", base, future=False) == 1.0
    assert days_from("over the next few weeks", base, future=False) == 7.0
    assert days_from("this week", base, future=False) is None
    assert days_from("last week", base, future=False) == -7.0


def _brief(name: str, **options: object) -> dict:  # type: ignore[type-arg]
    brief = make_brief([CASE[name]], Options(date=DATE, **options))  # type: ignore[arg-type]
    return json.loads(render_json(brief))


def _figure(brief: dict, count: float) -> dict:  # type: ignore[type-arg]
    found = [f for f in brief["figures"] if f["count"] == count]
    assert found, f"no figure {count} in {[f['as_written'] for f in brief['figures']]}"
    return found[0]


@pytest.mark.model
def test_attack_casualties_restated_are_one_figure_with_every_sentence() -> None:
    brief = _brief("facts-attack-revised.txt", max_figures=8)
    killed = _figure(brief, 14)
    assert killed["category"] == "killed"
    assert killed["as_written"] == "At least 14"  # the most precise form
    assert [e["sentence"] for e in killed["evidence"]] == [0, 2]  # said twice: one entry
    # the first, revised report stays its own figure, beside the later one (never averaged)
    assert _figure(brief, 9)["evidence"][0]["sentence"] == 1
    # a count shared by two coordinated verbs: "14 people were killed and 32 [people] injured"
    assert (_figure(brief, 32)["category"], _figure(brief, 32)["of_whom"]) == ("injured", "people")
    # "three children" killed and "three days" of mourning are two figures, not one
    assert _figure(brief, 3)["as_written"] == "three"
    assert not any(f["count"] == (14 + 9) / 2 for f in brief["figures"])
    assert brief["figures"][0]["count"] == 14  # the headline figure first
    dated = [e for e in brief["timeline"] if e["date"]]
    assert dated and dated[0]["date"] == "2021-03" and dated[0]["when"] == "in March 2021"
    # weekdays without a publication date stay undated, placed in the days they name
    undated = [e["when"] for e in brief["timeline"] if not e["date"]]
    assert undated.index("on Tuesday") < undated.index("on Wednesday") < undated.index("next week")


@pytest.mark.model
def test_flood_counts_displaced_affected_missing_dead() -> None:
    brief = _brief("facts-flood-displaced.txt")
    assert _figure(brief, 12000)["category"] == "displaced"
    assert _figure(brief, 48500)["category"] == "affected"
    assert _figure(brief, 6)["category"] == "missing"
    assert _figure(brief, 4)["category"] == "killed"
    assert _figure(brief, 140)["category"] == "affected"  # "had been quarantined"
    assert "2014-10" in [e["date"] for e in brief["timeline"]]


@pytest.mark.model
def test_people_who_live_somewhere_are_not_lives_lost() -> None:
    """ "lives" counts the dead ("claimed 40 lives"); the verb "live" counts no one dead."""
    brief = _brief("report-key-messages.md")
    assert _figure(brief, 8000)["category"] != "killed"
    assert _figure(brief, 12000)["category"] == "displaced"


@pytest.mark.model
def test_court_case_money_keeps_its_currency_and_terms_are_no_events() -> None:
    brief = _brief("facts-court-fraud.txt")
    stolen = _figure(brief, 2_400_000)
    assert (stolen["category"], stolen["currency"], stolen["as_written"]) == (
        "money",
        "GBP",
        "£2.4m",
    )
    assert stolen["of_whom"] != "m"  # the scale word is not what is counted
    assert _figure(brief, 1_100_000)["currency"] == "GBP"
    # "sentenced to three years" is a length of time, not a point on the timeline
    assert not any("three years" in e["when"] for e in brief["timeline"])
    assert not any(f["count"] == 54 for f in brief["figures"])  # an age is no figure


@pytest.mark.model
def test_ages_points_in_time_and_ranks_are_no_figures() -> None:
    """ "a girl under 16" is an age, "Two days after his arrest" a point in time and "her
    first day" a rank; "jailed for five years after …" stays a term, "one-fifth" one number."""
    brief = _brief("facts-grooming-trial.txt", max_figures=8)
    written = [f["as_written"] for f in brief["figures"]]
    assert not any("16" in w or "first" in w or w == "Two days" for w in written), written
    assert _figure(brief, 5)["as_written"] == "five years"
    assert _figure(brief, 500_000)["as_written"] == "more than half a million"
    assert _figure(brief, 0.2)["as_written"] == "about one-fifth"
    assert "Two days" in [e["when"] for e in brief["timeline"]]


@pytest.mark.model
def test_the_length_of_a_list_a_colon_announces_is_no_figure() -> None:
    """ "Five questions before the vote:" says how long the list after it is; "14 people
    were killed: 9 in the market …" still counts."""
    from briefing.extract.figures import candidates

    text = (
        "Five big questions heading into the vote, to be broadcast on Channel 4:\n\n"
        "Police said 14 people were killed: 9 in the market and 5 at the station."
    )
    parsed = _parsed(text)
    found = [c.as_written for c in candidates(parsed, set())]
    assert "Five" not in found and "14" in found, found


@pytest.mark.model
def test_the_number_one_person_is_is_an_age() -> None:
    """ "The boy is 12" and "she was in fact 14" (which the parser hangs on "fact") give
    ages; "the death toll was 12" counts."""
    from briefing.extract.figures import candidates

    text = (
        "The boy is 12. The officer made it clear that the girl he was writing to was in fact "
        "14. The death toll was 19."
    )
    parsed = _parsed(text)
    assert [c.as_written for c in candidates(parsed, set())] == ["19"]


@pytest.mark.model
def test_money_in_two_currencies_and_a_converted_sum_is_one_figure() -> None:
    brief = _brief("facts-trade-two-currencies.txt")
    contract = _figure(brief, 4_200_000_000)
    assert (contract["currency"], contract["category"]) == ("EUR", "money")
    assert not any(f["count"] == 4_500_000_000 for f in brief["figures"])  # "($4.5bn)"
    assert _figure(brief, 4_600_000_000)["currency"] == "EUR"
    assert next(e["date"] for e in brief["timeline"]) == "2031"


@pytest.mark.model
def test_demo_brief_leads_with_its_key_figures() -> None:
    brief = _brief("sahel-border-attack.txt")
    killed = _figure(brief, 11)
    assert (killed["category"], killed["as_written"]) == ("killed", "at least 11")
    assert _figure(brief, 9)["category"] == "killed"  # the soldiers killed in the ambush
    # "could force thousands more people from their homes": people displaced, as projected
    thousands = next(f for f in brief["figures"] if f["as_written"] == "thousands")
    assert thousands["category"] == "displaced"
    # people killed and displaced lead the box; what the gunmen came on is no key figure
    categories = [f["category"] for f in brief["figures"]]
    assert categories[:2] == ["killed", "killed"]
    assert not any("motorcycles" in (f["of_whom"] or "") for f in brief["figures"])
    assert 0 < len(brief["timeline"]) <= 8
    # in time order, though the text tells them otherwise: the dateline's date is when the
    # story was filed, not an event; the ambush "on Thursday" came before the attack "on
    # Sunday" (the story's day, the last weekday it names); what farmers fear comes last
    whens = [e["when"] for e in brief["timeline"]]
    assert "9 June" not in whens and whens[0] == "last year"
    assert whens.index("since March") < whens.index("last week") < whens.index("on Thursday")
    assert whens.index("on Thursday") < whens.index("on Sunday")
    assert whens[-1] == "the planting season"
    assert not brief["timeline"][whens.index("on Sunday")]["text"].startswith("NIAMEY")


@pytest.mark.model
def test_sections_can_be_hidden_and_markdown_shows_the_boxes() -> None:
    shown = make_brief([CASE["facts-flood-displaced.txt"]], Options(date=DATE))
    text = render_markdown(shown)
    assert "## Key figures" in text and "## Timeline" in text
    assert "| More than 12,000 | people displaced |" in text
    hidden = make_brief(
        [CASE["facts-flood-displaced.txt"]], Options(date=DATE, hide=("timeline", "risks"))
    )
    text = render_markdown(hidden)
    assert "## Timeline" not in text and "## Risks" not in text and "## Key figures" in text
    assert hidden.timeline == () and hidden.risks == ()


@pytest.mark.model
def test_cli_no_timeline_and_max_figures(tmp_path: Path) -> None:
    out = tmp_path / "b.json"
    result = CliRunner().invoke(
        cli,
        [
            "make",
            str(CASE["facts-attack-revised.txt"]),
            "-f",
            "json",
            "-o",
            str(out),
            "--no-timeline",
            "--max-figures",
            "2",
            "--date",
            "2026-06-09T14:30:00Z",
        ],
    )
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text())
    assert data["timeline"] == [] and len(data["figures"]) == 2
    bad = CliRunner().invoke(cli, ["make", str(CASE["facts-attack-revised.txt"]), "--hide", "map"])
    assert bad.exit_code == 2 and "Traceback" not in bad.output


@pytest.mark.model
def test_article_text_in_figures_and_timeline_is_escaped() -> None:
    text = (
        "Rebels <script>alert(1)</script> killed at least 12 <b>villagers</b> on 3 March 2025, "
        "officials said.\n\nThe army said 40 fighters were detained in June 2025."
    )
    from briefing.ingest import source_from_bytes
    from briefing.pipeline import brief_from_sources
    from briefing.render import render_html

    brief = brief_from_sources([source_from_bytes(text.encode(), "s1")], Options(date=DATE))
    assert brief.figures and brief.timeline
    html = render_html(brief)
    assert "<script>alert(1)</script>" not in html and "<b>villagers" not in html
    assert "<script>" not in render_markdown(brief) and "<b>" not in render_markdown(brief)


@pytest.mark.model
def test_two_sources_that_disagree_keep_both_counts_with_their_sources() -> None:
    from briefing.ingest import source_from_bytes
    from briefing.pipeline import brief_from_sources

    first = (
        "Storm batters Lanvik coast\n\nAt least 12 people were killed when a storm hit the "
        "coast of Lanvik on Monday, the coastguard said. Rescue teams searched the harbour."
    )
    second = (
        "Lanvik storm toll disputed\n\nLocal officials said 19 people were killed when the "
        "storm struck Lanvik on Monday. The coastguard has not confirmed the figure."
    )
    sources = [source_from_bytes(t.encode(), f"s{i}") for i, t in enumerate((first, second), 1)]
    brief = brief_from_sources(sources, Options(date=DATE))
    killed = [(f.count, f.evidence[0].source) for f in brief.figures if f.category == "killed"]
    assert (12, "s1") in killed and (19, "s2") in killed
    assert not any(f.count == 15.5 for f in brief.figures)  # never averaged
    # side by side: the two tolls follow each other in the box
    positions = [i for i, f in enumerate(brief.figures) if f.count in (12, 19)]
    assert positions[1] - positions[0] == 1


@pytest.mark.model
def test_prices_conversions_and_questions_in_a_listing_story() -> None:
    """Money named in words (CLDR's names via babel), a conversion in brackets after it is
    the same sum, a unit price is 'other', and a number asked about is no figure."""
    brief = _brief("facts-listing-prices.txt", max_figures=10)
    raised = _figure(brief, 9_600_000_000)
    assert (raised["currency"], raised["category"]) == ("HKD", "money")
    assert raised["as_written"] == "9.6 billion Hong Kong dollars"
    counts = [f["count"] for f in brief["figures"]]
    assert 940_000_000 not in counts  # "(£940m)": the same sum in pounds
    assert 3_400_000_000 not in counts and 2_900_000_000 not in counts  # "(€3.4bn; £2.9bn)"
    assert _figure(brief, 3_200_000_000)["currency"] == "CHF"
    assert 40 not in counts  # "Who would pay 40 dollars?"
    for price in (24, 31.5):  # "24 Hong Kong dollars each", "shares closed at 31.50 francs"
        assert (_figure(brief, price)["category"], _figure(brief, price)["currency"]) in (
            ("other", "HKD"),
            ("other", "CHF"),
        )


@pytest.mark.model
def test_a_text_in_another_language_says_why_its_lists_are_empty() -> None:
    brief = make_brief([CASE["tokyo-rain-ja.txt"]], Options(date=DATE))
    assert brief.title == "東京で大雨、交通に乱れ"  # its headline line, not the file name
    assert brief.not_read is not None and "in Japanese" in brief.not_read
    markdown = render_markdown(brief)
    assert "No actors found" not in markdown and "English text only" in markdown
    assert "not read: s1 (Japanese)" in markdown


@pytest.mark.model
def test_names_and_descriptions_are_no_points_in_time() -> None:
    """ "Rowan May's team" and "Sunday Courier journalist" are names, "a recently formed
    group" describes the group, "spent two nights" and "will last two more weeks" are
    lengths: none is an event on the timeline; the vote is, and so is what a company did
    "Tuesday"."""
    from briefing.extract import load_pipeline, parse
    from briefing.extract.timeline import candidates
    from briefing.ingest import read_source
    from briefing.segment import segment

    parsed = parse(
        [segment(read_source(str(CASE["facts-names-not-times.txt"]), "s1"))],
        load_pipeline(Options().model),
    )
    whens = {c.parsed.sentence.text.split()[0]: c.when for c in candidates(parsed, set(), {})}
    assert not {"The", "A", "Members", "Some", "Fuel"} & whens.keys(), whens
    assert whens["Port"] == "on Tuesday" and whens["Councillors"] == "on 14 October"
    assert whens["Rival"] == "Tuesday"  # "Kestrel Ferries Tuesday announced": a time


@pytest.mark.model
def test_a_hyphenated_length_says_what_it_describes() -> None:
    """ "a two-day strike": the box says "two-day strike", not "two-day day"."""
    brief = _brief("facts-names-not-times.txt")
    strike = next(f for f in brief["figures"] if f["as_written"] == "two-day")
    assert strike["of_whom"] == "strike"


@pytest.mark.model
def test_a_number_glued_to_the_next_sentence_is_written_alone() -> None:
    """ "… to 148.The camp opened": the text lost a space; the figure reads "148"."""
    from briefing.extract.figures import candidates

    text = "The release brings the number of inmates at the base to 148.The camp opened in 2002."
    parsed = _parsed(text)
    assert [(c.as_written, c.count) for c in candidates(parsed, set())] == [("148", 148)]


@pytest.mark.model
def test_an_event_told_in_two_sentences_is_one_entry_with_its_precise_date() -> None:
    """The grounding is told "in March 2025" and again "on 14 March 2025": one entry, dated
    to the day, citing both sentences. The ruling "yesterday" is told twice (one entry); the
    council's vote the same day is another event."""
    events = _brief("facts-one-event-told-twice.txt")["timeline"]
    cited = [sorted(e["sentence"] for e in event["evidence"]) for event in events]
    assert len(events) == 3, [e["when"] for e in events]
    grounding = events[0]
    assert (grounding["when"], grounding["date"]) == ("on 14 March 2025", "2025-03-14")
    assert cited == [[1, 3], [0, 4], [5]]


@pytest.mark.model
def test_a_surname_glued_to_a_byline_is_no_month() -> None:
    """A page that lost the space after its byline: "correspondentTheresa May's plan" names
    Theresa May, not the month of May."""
    from briefing.extract.timeline import candidates

    text = (
        "By Jo Hale, BBC home affairs correspondentTheresa May's plan for police pay was "
        "welcomed by officers. The Police Federation will debate the plan on Friday."
    )
    parsed = _parsed(text)
    assert [c.when for c in candidates(parsed, set(), {})] == ["on Friday"]


@pytest.mark.model
def test_a_length_after_for_is_no_point_in_time() -> None:
    """ "jailed for five years after he was found guilty" gives a length; "two days after it
    was signed" places the collapse in time."""
    from briefing.extract.timeline import candidates

    text = (
        "Rowe was jailed for five years after he was found guilty of fraud. "
        "The ceasefire collapsed two days after it was signed."
    )
    parsed = _parsed(text)
    found = {c.parsed.sentence.index: c.when for c in candidates(parsed, set(), {})}
    assert list(found) == [1], found


@pytest.mark.model
def test_a_bracketed_conversion_is_not_the_currency_and_joined_numbers_share_one() -> None:
    """ "the 200 ($0.50; £0.40) and 500 ($1.20; £1) naira notes": both are naira, not
    dollars; the sums in brackets convert them."""
    from briefing.extract.figures import candidates

    text = (
        "The 200 ($0.50; £0.40) and 500 ($1.20; £1) naira notes will be withdrawn by the end "
        "of the year."
    )
    parsed = _parsed(text)
    found = {c.count: c.currency for c in candidates(parsed, set())}
    assert found == {200: "NGN", 500: "NGN"}, found


@pytest.mark.model
def test_a_sum_repeated_without_its_currency_is_one_figure() -> None:
    """ "the 200 and 500 notes" repeats "the 200 and 500 naira notes": one figure each, in
    naira, citing both sentences."""
    from briefing.extract.figures import FIGURE_FEATURES, find_figures
    from briefing.extract.weighing import LogisticModel

    text = (
        "Long queues formed outside banks as people tried to exchange the 200 and 500 notes. "
        "The 200 and 500 naira notes will be withdrawn by the end of the year."
    )
    parsed = _parsed(text)
    every = LogisticModel((0.0,) * len(FIGURE_FEATURES), 0.0, 0.0)  # lists every candidate
    found = find_figures(parsed, model=every)
    assert sorted((f.count, str(f.currency), len(f.evidence)) for f in found) == [
        (200, "NGN", 2),
        (500, "NGN", 2),
    ], found


@pytest.mark.model
def test_the_two_countries_are_no_figure() -> None:
    """ "the three countries", "these two ministers": a group the story already has; "two
    soldiers were wounded" is a count."""
    from briefing.extract.figures import candidates

    text = (
        "The three countries signed a border pact in Accra on Monday. These two ministers "
        "had opposed it. Two soldiers were wounded in a clash near the border."
    )
    parsed = _parsed(text)
    assert [(c.as_written, c.category) for c in candidates(parsed, set())] == [("Two", "injured")]


@pytest.mark.model
def test_a_length_that_frames_a_count_is_no_figure() -> None:
    """ "the most in five years", "within three years": a frame; "jailed for six years": a
    term, which is a figure."""
    from briefing.extract.figures import candidates

    text = (
        "Exports rose to 4,000 tonnes, the most in five years. The port will reopen within "
        "three years. The smuggler was jailed for six years."
    )
    parsed = _parsed(text)
    found = {(c.as_written, c.duration) for c in candidates(parsed, set())}
    assert found == {("4,000 tonnes", False), ("six years", True)}, found


@pytest.mark.model
def test_a_calibre_or_an_emergency_line_is_no_figure() -> None:
    """ "a .38 calibre revolver", "a 999 call" and "the 911 recording" name things; "three
    shots" and "112 residents" count."""
    from briefing.extract.figures import candidates

    text = (
        "Neighbours made a 999 call after hearing three shots. Police found a .38 calibre "
        "revolver in the car. Jurors heard Mrs Dale's 911 phone call and the 911 recording. "
        "The fire forced 112 residents from their homes."
    )
    parsed = _parsed(text)
    assert [c.as_written for c in candidates(parsed, set())] == ["three", "112"]


@pytest.mark.model
def test_from_their_homes_on_the_counted_noun_still_displaces() -> None:
    """The parser hangs "from their homes" on "people" rather than on "forced": still the
    people displaced. A verb with its own category keeps it ("people from nearby villages
    were killed")."""
    from briefing.extract.figures import candidates

    text = (
        "Heavy rain has forced about 60,000 people from their homes in northern Ravena, "
        "officials said on Tuesday. About 300 people from nearby villages were killed. More "
        "than 30,000 people were ordered to leave their homes near Athens. Police said 400 "
        "fans left the stadium."
    )
    parsed = _parsed(text)
    found = {c.as_written: c.category for c in candidates(parsed, set())}
    assert found == {
        "about 60,000": "displaced",
        "About 300": "killed",
        "More than 30,000": "displaced",  # ordered to leave their homes
        "400": "other",  # leaving a stadium is no displacement
    }, found


@pytest.mark.model
def test_a_sum_or_a_term_says_what_it_is_by_what_governs_it(tmp_path: Path) -> None:
    """A sum or a prison term counts no noun: the box says what governs it, and a currency
    named after the amount is part of it as written."""
    brief = _brief("facts-court-fraud.txt", max_figures=8)
    what = {f["as_written"]: f["what"] for f in brief["figures"]}
    assert what["£250,000"] == "firm fined"
    assert what["eight years"] == "former council treasurer jailed for"
    assert what["£1.1m"] == "repay"
    assert what["Two"] == "accomplices"  # a counted noun is still what it counts
    pledge = tmp_path / "pledge.txt"
    pledge.write_text("The European Union pledged 5 million euros to the relief effort.\n")
    found = json.loads(render_json(make_brief([pledge], Options(date=DATE))))["figures"]
    assert [(f["as_written"], f["currency"], f["what"]) for f in found] == [
        ("5 million euros", "EUR", "European Union pledged")
    ]


@pytest.mark.parametrize(
    ("category", "of_whom", "what"),
    [
        ("displaced", "displaced people", "displaced people"),  # said once, not twice
        ("displaced", "families", "families displaced"),
        ("killed", None, "people killed"),
        ("money", None, "money"),
    ],
)
def test_what_a_figure_counts_says_its_category_once(
    category: str, of_whom: str | None, what: str
) -> None:
    from briefing.model import Figure

    figure = Figure(category, 10, "10", of_whom, None, 0.9, (Evidence("s1", 0, "text"),))
    assert figure.what == what


@pytest.mark.model
def test_a_number_before_a_singular_name_is_part_of_it() -> None:
    """ "The 737 Max" is a name (a count takes a plural: "82 Republicans"); the pay rise a term
    runs over is what the term is, without the rise's own figure."""
    from briefing.extract.figures import candidates

    text = (
        "Regulators capped production of the 737 Max at 38 aircraft a month. Some 82 "
        "Republicans voted against it. The union rejected a 25% pay rise over four years. "
        "Restoring output of its 777 Stratus jet could take months, and 15 Grad rockets hit "
        "the plant."
    )
    parsed = _parsed(text)
    found = {c.as_written: c.about for c in candidates(parsed, set())}
    assert "737" not in found and {"38", "Some 82", "25%"} <= set(found), found
    assert "777" not in found and "15" in found, found  # "its 777 Stratus jet": one jet
    assert found["over four years"] == "pay rise"


@pytest.mark.model
def test_a_recurrence_is_no_point_in_time() -> None:
    """ "His nightly address" says how often, not when (NER tags "nightly" a date)."""
    from briefing.extract.timeline import candidates

    text = (
        '"This is a deliberate attempt to freeze Ukrainians," President Volodymyr Zelenskyy '
        "said in his nightly address, urging allies to speed up deliveries. The bridge "
        "collapsed on Tuesday."
    )
    parsed = _parsed(text)
    assert [c.when for c in candidates(parsed, set(), {})] == ["on Tuesday"]


@pytest.mark.model
def test_a_verbs_particle_does_not_open_a_time() -> None:
    """ "Had moved in six months ago": "in" is the verb's, not the time's."""
    from briefing.extract.timeline import candidates

    text = "One neighbour said the family had moved in six months ago. The bridge fell on Tuesday."
    parsed = _parsed(text)
    assert [c.when for c in candidates(parsed, set(), {})] == ["six months ago", "on Tuesday"]


@pytest.mark.model
def test_a_quantity_says_what_it_measures() -> None:
    """ "200kg of cocaine" measures cocaine; the sum it is worth is the cocaine's worth; the
    years a sentence totals are the sentences'."""
    from briefing.extract.figures import candidates

    text = (
        "The court heard that the gang moved more than 200kg of cocaine worth an estimated "
        "£8 million. Six other members of the gang received sentences totalling 52 years. "
        "Forecasters expect a further 80mm of rain."
    )
    parsed = _parsed(text)
    found = {c.as_written: c for c in candidates(parsed, set())}
    assert found["more than 200kg"].of_whom == "cocaine"
    assert found["80mm"].of_whom == "rain"
    assert found["an estimated £8 million"].about == "cocaine worth"
    assert found["52 years"].about == "sentences totalling"


@pytest.mark.model
def test_a_sums_scale_word_is_not_what_it_counts() -> None:
    """ "a £12m hole in its budget": the "m" the tagger reads as a number is the sum's, so
    the sum is of the hole, not of "m hole"."""
    from briefing.extract.figures import candidates

    parsed = _parsed("The city council is trying to fill a £12m hole in its budget.")
    found = {c.as_written: c for c in candidates(parsed, set())}
    assert found["£12m"].of_whom == "hole"


@pytest.mark.model
def test_what_people_travel_on_is_no_key_figure() -> None:
    """ "Arrived on about forty motorcycles", "fled in three boats" say how they came; what
    was seized, and the people who fled, still count."""
    from briefing.extract.figures import candidates

    text = (
        "The gunmen arrived on about forty motorcycles before dawn. Some 300 migrants fled in "
        "three boats. The militants seized 12 vehicles."
    )
    found = [c.as_written for c in candidates(_parsed(text), set())]
    assert found == ["Some 300", "12"], found


@pytest.mark.model
def test_the_level_a_tally_reaches_counts_what_the_tally_counts() -> None:
    """ "The death toll rose to 31", "the number of displaced people has climbed to 9,400":
    the level of a tally is a key figure of what the tally counts; a number given "to" a
    verb that states no level ("handed the food to 30 families" counts families anyway, and
    "the bill passed by 301 votes to 58" counts votes, the other side's) is not a tally."""
    from briefing.extract.figures import find_figures

    text = (
        "The death toll from the landslides in the Kessel valley rose to 31 on Thursday. "
        "Officials said the number of displaced people has climbed to 9,400. "
        "The regional council put the number of injured at 112. "
        "The assembly passed the relief bill by 301 votes to 58. "
        "By Friday the number of people killed had passed 7,800."
    )
    found = {f.count: f for f in find_figures(_parsed(text))}
    assert found[31].category == "killed" and found[31].of_whom == "people"
    assert found[9400].category == "displaced" and found[9400].of_whom == "displaced people"
    assert found[112].category == "injured"
    assert found[58].category == "other" and found[58].of_whom == "votes"
    assert found[7800].category == "killed"  # a tally that passes a level


@pytest.mark.model
def test_an_outbreak_report_counts_cases_deaths_and_sums_as_written() -> None:
    """A cholera report of our own: "suspected cases" are cases, not suspects arrested; the
    children "including" names died with the rest; a sum whose scale ends the sentence
    ("£2.6m.") is millions; a currency code written first ("Rs 12 crore") is the currency."""
    from briefing.extract.figures import find_figures

    text = (
        "The number of suspected cholera cases in Marrow province has risen to 2,340. "
        "At least 41 people have died, including 12 children under five. "
        "The government has released an emergency fund worth about £2.6m. "
        "The state health department has spent Rs 12 crore on the response."
    )
    found = {f.count: f for f in find_figures(_parsed(text))}
    assert found[2340].category == "affected"
    assert found[12].category == "killed"
    money = {f.as_written: (f.count, f.currency) for f in found.values() if f.currency}
    assert money == {"about £2.6m": (2_600_000, "GBP"), "Rs 12 crore": (120_000_000, "INR")}


@pytest.mark.model
def test_what_people_do_is_not_people() -> None:
    """The stem of "attacker" is "attack": "three attacks" count no one arrested, while the
    plural of a listed noun still counts people ("dozens of lives were lost")."""
    found = _categories(
        "After three attacks on the depot, police arrested ten men. "
        "Dozens of lives were lost in the clashes."
    )
    assert found == {"three": "other", "ten": "arrested", "Dozens": "killed"}, found


@pytest.mark.model
def test_an_age_limit_is_no_point_in_time() -> None:
    """ "Children under five" is an age limit the NER tags as a date; "between 2010 and
    2015" is a time."""
    text = (
        "At least 41 people have died, including 12 children under five. "
        "There were 3,248 cases between 2010 and 2015."
    )
    assert _whens(text) == ["between 2010 and 2015"]


@pytest.mark.model
def test_a_stretch_of_time_spent_is_no_point_in_time() -> None:
    """ "Had spent the night in tents": the night is what they spent, not when."""
    text = (
        "About 15,000 people had spent the night in tents. "
        "The ministry said on Monday that it would open a camp."
    )
    assert _whens(text) == ["on Monday"]


@pytest.mark.model
def test_a_stretch_after_for_is_no_point_in_time_whatever_follows() -> None:
    """ "For months after sales fell" is how long, as "jailed for five years after he was
    found guilty" is; "hours after the blast" counts from an event."""
    text = (
        "The retailer had been trying to raise money for months after sales fell. "
        "Rescuers arrived hours after the blast."
    )
    assert _whens(text) == ["hours"], _whens(text)


@pytest.mark.model
def test_a_time_gone_through_is_no_point_in_time() -> None:
    """ "Has been through a terrible weekend" says what it lived through; "worked through
    the night" is when."""
    text = (
        '"This town has been through a terrible weekend," the sheriff said. '
        "Rescuers worked through the night on Saturday. A recession is commonly defined as "
        "two consecutive quarters of falling output."
    )
    whens = _whens(text)
    assert "through a terrible weekend" not in whens, whens
    assert "two consecutive quarters" not in whens, whens  # a length, as "two years" is


@pytest.mark.model
def test_a_count_ner_took_into_a_time_is_left_out_of_it() -> None:
    """ "The toll rose to 27 overnight" (NER: "27 overnight", a date): the time is
    "overnight"; "on 14 March" keeps its day."""
    text = (
        "The toll rose to 27 overnight, and rescuers said dozens of people were still "
        "missing near the river. The road reopened on 14 March."
    )
    assert _whens(text) == ["overnight", "on 14 March"], _whens(text)


@pytest.mark.model
def test_a_time_that_does_something_is_what_acts_not_when() -> None:
    """ "Since the season began in mid-June": the season is what began, mid-June when;
    "this year marks a record" is when."""
    text = (
        "At least 112 people have died since the season began in mid-June. This year marks "
        "the wettest monsoon on record."
    )
    whens = _whens(text)
    assert "the season" not in whens and "in mid-June" in whens, whens


@pytest.mark.model
def test_a_stretch_of_an_activity_is_no_point_in_time() -> None:
    """ "Killed in two days of fighting" is how long it lasted; "within five years of the
    party winning" counts from an event, and "in two days" alone is when."""
    text = (
        "At least 17 soldiers were killed in two days of fighting. "
        "The changes would take place within five years of the party winning. "
        "The rebels say they will attack in two days."
    )
    whens = _whens(text)
    assert whens == ["within five years", "in two days"], whens


@pytest.mark.model
def test_a_distance_that_says_where_is_no_key_figure() -> None:
    """An earthquake report of our own: the depth, the distance to a town and its conversion
    say where; the dead and a distance that measures something still count."""
    from briefing.extract.figures import candidates

    text = (
        "The quake struck at a depth of 10km (6.2 miles), about 40km south-west of Kerevan. "
        "Rebels are 60 miles to the south. At least 63 people were killed. "
        "Floodwater covered 400 square miles."
    )
    found = [c.as_written for c in candidates(_parsed(text), set())]
    assert found == ["At least 63", "400 square miles"], found


@pytest.mark.model
def test_a_date_run_into_a_length_is_no_figure() -> None:
    """ "On November 3—nine days before": the NER takes date and length for one expression;
    a day of a month is no count, and the length of a term still is."""
    from briefing.extract.figures import candidates

    text = (
        "The couple was moved to Beijing on November 3\u2014nine days before the ministry said so. "
        "The driver was jailed for nine months."
    )
    found = [c.as_written for c in candidates(_parsed(text), set())]
    assert found == ["nine months"], found


@pytest.mark.model
def test_a_percentage_says_what_it_is_a_level_or_share_of() -> None:
    """An economy story of our own: "raised its main interest rate … to 14%" is the rate's
    level and "About 40% of the population lives in poverty" a share of the population,
    where the words that govern the number say less; "Prices rose 19%" keeps its verb."""
    from briefing.extract.figures import find_figures

    text = (
        "The Central Bank of Meridia raised its main interest rate by two percentage points "
        "to 14% on Thursday. About 40% of the population lives in poverty. "
        "Food prices rose 19% in the year to September. "
        "Inflation reached 12 percent in May, and about 30 percent of the workforce is idle."
    )
    found = {f.as_written: f.what for f in find_figures(_parsed(text))}
    assert found["14%"] == "main interest rate"
    assert found["About 40%"] == "population"
    assert found["19%"] == "Food prices rose"
    assert found["12 percent"] == "Inflation reached"  # not "percent"
    assert found["about 30 percent"] == "workforce"


@pytest.mark.model
def test_a_rate_is_no_count_of_the_people_it_is_a_rate_of() -> None:
    """An outbreak report of our own: "case fatality ratio 89%" beside "eight deaths" is
    a rate, not 89 % of someone killed; the deaths stay killed."""
    from briefing.extract.figures import find_figures

    text = (
        "As of 19 January, nine suspected cases, including eight deaths (case fatality "
        "ratio 89%), have been reported in two districts of Kivara region."
    )
    found = {f.as_written: f.category for f in find_figures(_parsed(text))}
    assert found.get("89%", "other") == "other"
    assert found["eight"] == "killed"


@pytest.mark.model
def test_people_among_the_wounded_or_dead_are_counted_with_them() -> None:
    """A strike report of our own: "Four children were among the wounded" are four
    injured, "Two soldiers were among the dead" two killed; "Three were among the
    speakers" nothing of the kind."""
    from briefing.extract.figures import find_figures

    text = (
        "Missiles struck an apartment block in the city centre on Sunday, officials said. "
        "Four children were among the wounded. Two soldiers were among the dead. "
        "Three local doctors were among the speakers at the memorial."
    )
    found = {f.as_written: f.category for f in find_figures(_parsed(text))}
    assert found["Four"] == "injured"
    assert found["Two"] == "killed"
    assert found.get("Three", "other") == "other"


@pytest.mark.model
def test_a_date_written_with_its_weekday_takes_the_year_the_weekday_fixes() -> None:
    """A results story of our own, published on Thursday 2 May 2024: "next Tuesday, on
    May 7" is 7 May 2024 (not the May 7 before the story); in one published on Monday 8
    January 2024, "Monday, Jan. 15" is 15 January 2024, a Monday, and "Friday, Jan. 5" the
    Friday before."""
    found = _dated(
        "Halden Energy reports its results next Tuesday, on May 7.", datetime(2024, 5, 2)
    )
    assert found == {"on May 7": "2024-05-07"}, found
    found = _dated(
        "The vote was held on Friday, Jan. 5. The hearing is set for Monday, Jan. 15.",
        datetime(2024, 1, 8, 9, 0),
    )
    assert found == {"on Friday, Jan. 5": "2024-01-05", "Monday, Jan. 15": "2024-01-15"}, found


@pytest.mark.model
def test_a_part_of_a_month_is_that_month_and_an_approximate_hour_the_sources_day() -> None:
    """A landslide story of our own, published on Monday 14 July 2025 (no hour given):
    "the monsoon began in mid-June" is June 2025 (was undated); "at about 2 a.m."
    is the source's day, as "at 2 a.m." is (was the day before); "early July" was right."""
    found = _dated(
        "The monsoon began in mid-June, officials said. A landslide struck the village at "
        "about 2 a.m. while residents slept. Prices rose in early July.",
        datetime(2025, 7, 14),
    )
    assert found == {
        "in mid-June": "2025-06",
        "at about 2 a.m.": "2025-07-14",
        "in early July": "2025-07",
    }, found


@pytest.mark.model
def test_units_of_time_alone_are_how_long_not_when() -> None:
    """A water story of our own: "for months", "by months" and "for decades" say how long,
    so they are no events; "hours after the army announced" is placed by what it follows,
    and "within days" counts from now: both stay."""
    found = _dated(
        "Pumps had burned out after running for months on low water tables. The project "
        "was delayed by months. The basin has seen seasonal floods for decades. The attack "
        "came hours after the army announced that the area was clear. Officials said the "
        "wells could run dry within days.",
        datetime(2026, 3, 9),
    )
    assert "months" not in found and "by months" not in found and "decades" not in found
    assert any("hours" in when for when in found), found
    assert any("days" in when for when in found), found


@pytest.mark.model
def test_a_cue_that_counts_only_as_a_verb_says_nothing_as_a_noun() -> None:
    """An election story of our own: "won in the first round with 54.28% of the vote" is
    no share of people arrested (the noun "round" of "rounded up"); "Police rounded up 40
    protesters" are arrested."""
    from briefing.extract.figures import candidates

    text = (
        "Opposition candidate Amina Sarr won the presidential election in the first round "
        "with 54.28% of the vote, provisional results showed on Tuesday. Police rounded up "
        "40 protesters outside the electoral commission."
    )
    found = {c.as_written: c.category for c in candidates(_parsed(text), set())}
    assert found["54.28%"] == "other"
    assert found["40"] == "arrested"


@pytest.mark.model
def test_holding_a_thing_arrests_no_one() -> None:
    """A central bank story of our own: "Two members voted to hold rates at 5%" arrests
    neither the members nor 5% (the object held is rates); "Police held 12 people" and
    "Thirty men were held" are arrests."""
    found = _categories(
        "Two members of the committee voted to hold rates at 5%, while a third voted for a "
        "rise to 5.5%. In the capital, police held 12 people overnight. Thirty men were held."
    )
    assert found["Two"] == found["5%"] == "other"
    assert found["12"] == found["Thirty"] == "arrested"


@pytest.mark.model
def test_a_sum_glued_to_its_scale_word_is_money() -> None:
    """ "cocaine worth £1.2million", "paid $5billion": the tabloid way of writing a sum, its
    scale word glued on, is a sum of money as "£1.2m" is."""
    from briefing.extract.figures import candidates

    text = (
        "A grandmother was jailed for smuggling cocaine worth £1.2million into Britain. The "
        "club paid $5billion for the stadium."
    )
    found = {(c.as_written, c.category, c.count) for c in candidates(_parsed(text), set())}
    assert ("£1.2million", "money", 1_200_000) in found, found
    assert ("$5billion", "money", 5_000_000_000) in found, found


@pytest.mark.model
def test_a_bare_count_a_casualty_verb_takes_counts_people() -> None:
    """ "stabbed people at a festival, killing three and wounding eight": the three and
    the eight are people, and key figures."""
    from briefing.extract.figures import find_figures

    found = {
        (f.category, f.count, f.of_whom)
        for f in find_figures(
            _parsed(
                "A man stabbed people at random at a festival in the city on Friday night, "
                "killing three and wounding eight, police said."
            )
        )
    }
    assert ("killed", 3, "people") in found
    assert ("injured", 8, "people") in found


@pytest.mark.model
def test_a_number_after_the_noun_it_names_is_no_count() -> None:
    """ "resolution 2779", "a Category 3 storm": the number a thing goes by; "a magnitude
    7.8 earthquake" measures the quake and stays a figure."""
    from briefing.extract.figures import candidates

    text = (
        "The Security Council extended the mission's mandate until 30 April 2026, adopting "
        "resolution 2779 by a vote of 12 in favour to none against, with 3 abstentions. "
        "Milton made landfall as a Category 3 storm, killing 4 people. A magnitude 7.8 "
        "earthquake struck the coast."
    )
    found = {c.as_written for c in candidates(_parsed(text), set())}
    assert "2779" not in found, found
    assert "4" in found and "7.8" in found and "3" in found, found  # the 3 abstentions


@pytest.mark.model
def test_a_part_of_them_counts_what_they_count() -> None:
    """ "2,059 were injured, 1,404 of them critically": the 1,404 are injured, though the
    parse hangs them on "died"; "around 30 of them are dead" says its own category."""
    found = _categories(
        "The ministry said 2,012 people had died and 2,059 were injured, 1,404 of them "
        "critically. About 130 hostages remain in the tunnels, and around 30 of them are dead."
    )
    assert found["1,404"] == "injured"
    assert found["around 30"] == "killed"


@pytest.mark.model
def test_a_part_of_a_tally_something_else_is_said_of_is_no_figure() -> None:
    """ "12 of the dead had been identified" and "14 of the wounded had been flown to
    Nairobi" say something of a part of a tally given before, not a tally; "three of the
    dead were children" says who they were."""
    found = _categories(
        "At least 40 people were killed. Police said 12 of the dead had been identified. "
        "The Red Cross said 14 of the wounded had been flown to Nairobi. Three of the dead "
        "were children."
    )
    assert found["At least 40"] == "killed"
    assert "12" not in found and "14" not in found
    assert found["Three"] == "killed"


@pytest.mark.model
def test_a_per_cent_of_nothing_named_counts_no_one() -> None:
    """ "Held interest rates at 5.25%" holds no one; "police held 40% of the protesters"
    does."""
    found = _categories(
        "The central bank has held interest rates at 5.25% since August. Police held 40% of "
        "the protesters overnight."
    )
    assert found["5.25%"] == "other"
    assert found["40%"] == "arrested"


@pytest.mark.model
def test_a_place_that_holds_people_arrests_no_one() -> None:
    """ "the Litoral, which holds some 8,000 inmates" says how many the prison has, not how
    many were arrested; "police are holding 12 people" is an arrest."""
    found = _categories(
        "Troops took over the Litoral, which holds some 8,000 inmates. The new stadium holds "
        "40,000 people. Police are holding 12 people after the riot."
    )
    assert found["some 8,000"] == found["40,000"] == "other"
    assert found["12"] == "arrested"


@pytest.mark.model
def test_a_sum_per_unit_is_written_with_its_unit() -> None:
    """A results story of our own: "34.4 cents per share" and "$80 per barrel" are written
    whole (the first was "34.4 cents per"); "5.4 per cent" stays a percentage."""
    from briefing.extract.figures import candidates

    text = (
        "Halden Energy said it would pay a dividend of 34.4 cents per share for the quarter. "
        "Brent crude fell to $80 per barrel. Unemployment rose to 5.4 per cent in May."
    )
    found = {c.as_written for c in candidates(_parsed(text), set())}
    assert {"34.4 cents per share", "$80 per barrel", "5.4 per cent"} <= found, found


@pytest.mark.model
def test_a_deadline_the_text_looks_ahead_to_is_the_next_such_day() -> None:
    """A flood story of our own, published on Friday 20 November 2026: "would keep rising
    until Saturday" and "warned of more rain by Sunday" are the coming days; "evacuated on
    Thursday" and "was closed until Monday" are past ones; a condition in the present ("if the
    ransom is not paid by Wednesday") looks ahead; a day looks ahead only where its own
    clause does ("were cancelled on Tuesday" beside the government's "plan to")."""
    text = (
        "More than 6,000 people were evacuated on Thursday. "
        "The agency said river levels would keep rising until Saturday. "
        "The Met Office has warned of a further 80mm of rain in parts of the county by Sunday. "
        "The bridge was closed until Monday. "
        "The gang threatened to publish the data if the ransom is not paid by Wednesday. "
        "Forecasters said strong winds would continue through Tuesday. "
        "Trains were cancelled on Tuesday as workers protested the government's plan to "
        "raise the retirement age. The Senate is due to vote on the bill on Wednesday. "
        "The party won 41% in Saturday's parliamentary election."
    )
    found = _dated(text, datetime(2026, 11, 20, 8, 30))
    assert found == {
        "on Thursday": "2026-11-19",
        "until Saturday": "2026-11-21",
        "by Sunday": "2026-11-22",
        "until Monday": "2026-11-16",
        "by Wednesday": "2026-11-25",
        "through Tuesday": "2026-11-24",
        "on Tuesday": "2026-11-17",  # though the sentence names a "plan to"
        "on Wednesday": "2026-11-25",
        "Saturday": "2026-11-14",  # not "in Saturday": the election's day
    }, found


@pytest.mark.model
def test_an_election_count_says_whose_share_each_is() -> None:
    """An election story of our own: "won 58.3% of the vote, against 36.1% for opposition
    candidate Mira Tal" — the second share is hers, not "Berez won % against"; demonstrators
    treated in hospital are injured."""
    from briefing.extract.figures import find_figures

    text = (
        "The electoral commission said Berez had won 58.3% of the vote, against 36.1% for "
        "opposition candidate Mira Tal, on a turnout of 71%. "
        "Organisers said at least 60 demonstrators were treated in hospital."
    )
    found = {f.as_written: f for f in find_figures(_parsed(text))}
    assert found["36.1%"].what == "for opposition candidate Mira Tal"
    assert "%" not in found["58.3%"].what
    assert found["at least 60"].category == "injured"


@pytest.mark.model
def test_people_left_without_homes_or_who_lost_them_are_displaced() -> None:
    from briefing.extract.figures import find_figures

    text = (
        "A fire tore through the camp on Sunday, leaving more than 7,000 people without "
        "homes. About 2,000 families lost their homes in last month's floods."
    )
    found = {f.as_written: f for f in find_figures(_parsed(text))}
    assert found["more than 7,000"].category == "displaced"
    assert found["About 2,000"].category == "displaced"


@pytest.mark.model
def test_a_count_and_a_percentage_of_the_same_number_are_two_figures() -> None:
    from briefing.extract.figures import find_figures

    text = (
        "The army said four soldiers were killed in the strikes. Analysts warned of a wider "
        "war, and oil prices rose 4% on Monday."
    )
    found = {f.as_written: f for f in find_figures(_parsed(text))}
    assert found["four"].category == "killed" and len(found["four"].evidence) == 1
    assert "4%" in found


@pytest.mark.model
def test_people_ordered_to_leave_are_displaced() -> None:
    """ "ordered more than 11,000 residents to leave": their homes, unsaid; "ordered 20
    diplomats to leave the country" expels them, no one is displaced."""
    from briefing.extract.figures import find_figures

    text = (
        "Officials ordered more than 11,000 residents to leave on Tuesday as the volcano "
        "erupted. The government ordered 20 diplomats to leave the country."
    )
    found = {f.as_written: f for f in find_figures(_parsed(text))}
    assert found["more than 11,000"].category == "displaced"
    assert found["20"].category == "other"


@pytest.mark.model
def test_those_who_missed_a_dose_are_not_missing_those_who_went_missing_are() -> None:
    from briefing.extract.figures import find_figures

    text = (
        "More than 500,000 children in the region missed their first dose of the vaccine in "
        "2023. Three climbers went missing on Sunday, police said."
    )
    found = {f.as_written: f for f in find_figures(_parsed(text))}
    assert found["More than 500,000"].category == "other"
    assert found["Three"].category == "missing"


@pytest.mark.model
def test_people_under_an_evacuation_order_or_arrest_say_what_they_are() -> None:
    from briefing.extract.figures import find_figures

    text = (
        "About 150,000 residents remain under evacuation orders as the fires burn. Three men "
        "remain under arrest, police said."
    )
    found = {f.as_written: f for f in find_figures(_parsed(text))}
    assert found["About 150,000"].category == "displaced"
    assert found["Three"].category == "arrested"


@pytest.mark.model
def test_executives_are_no_executions() -> None:
    """ "an investigation into four executives": "executive" shares its stem with "execute",
    a cue of the killed; a noun for people cues a category only as itself ("hostages")."""
    from briefing.extract.figures import find_figures

    text = (
        "Prosecutors opened a criminal investigation into four Halden executives. Rebels "
        "still hold three hostages, officials said on Monday."
    )
    found = {f.as_written: f for f in find_figures(_parsed(text))}
    assert found["four"].category == "other"
    assert found["three"].category == "missing"


@pytest.mark.model
def test_a_share_written_with_what_it_is_of_says_so() -> None:
    """ "won the election in the first round with 54.3% of the vote": of the vote, not
    "round with" (what governs it in the parse)."""
    from briefing.extract.figures import find_figures

    text = (
        "Opposition candidate Jon Berez won Sunday's presidential election in the first round "
        "with 54.3% of the vote, according to provisional results."
    )
    found = {f.as_written: f for f in find_figures(_parsed(text))}
    assert found["54.3%"].what == "vote"


@pytest.mark.model
def test_a_quarter_that_qualifies_a_noun_is_no_time() -> None:
    """ "expected third-quarter revenue of about $32.5 billion": what revenue, not when."""
    from briefing.extract.timeline import candidates

    text = (
        "The Santa Clara, California-based company said it expected third-quarter revenue of "
        "about $32.5 billion, above Wall Street estimates of $31.7 billion."
    )
    whens = [c.when for c in candidates(_parsed(text), set(), {})]
    assert "third-quarter" not in whens


@pytest.mark.model
def test_a_distance_or_a_rate_is_no_time() -> None:
    """ "hit about 70 nautical miles southwest of the port" (NER: a time) is where; "smaller
    by the hour" is how fast; "on Wednesday" is when."""
    from briefing.extract.timeline import candidates

    text = (
        "The tanker was hit about 70 nautical miles southwest of the port on Wednesday. "
        "The chance of finding more survivors is getting smaller by the hour, rescuers said."
    )
    whens = [c.when.lower() for c in candidates(_parsed(text), set(), {})]
    assert not any("miles" in w or "hour" in w for w in whens), whens
    assert any("wednesday" in w for w in whens)


@pytest.mark.model
def test_a_quarter_of_a_thing_is_no_time() -> None:
    """ "About a quarter of the city had been wiped out" (NER: a date): how much; "the first
    quarter of 2024" is a time."""
    from briefing.extract.timeline import candidates

    text = (
        "The dam burst on Sunday night. About a quarter of the city had been wiped out, the "
        "minister said. Exports fell in the first quarter of 2024."
    )
    whens = [c.when.lower() for c in candidates(_parsed(text), set(), {})]
    assert not any(w.startswith("about a quarter") for w in whens), whens
    assert any("2024" in w for w in whens), whens


@pytest.mark.model
def test_a_time_that_is_done_to_is_no_time() -> None:
    """ "The remaining days of the festival were cancelled": the days are what was
    cancelled, not when; "on Friday night" is when."""
    from briefing.extract.timeline import candidates

    text = (
        "A man attacked people at the festival on Friday night. The remaining days of the "
        "festival were cancelled."
    )
    whens = [c.when.lower() for c in candidates(_parsed(text), set(), {})]
    assert not any("remaining" in w for w in whens), whens
    assert any("friday" in w for w in whens)


@pytest.mark.model
def test_a_date_ends_where_what_it_is_after_begins() -> None:
    """ "in April 2023 after a years-long legal battle" (NER: one date) is April 2023."""
    from briefing.extract.timeline import candidates

    text = (
        "Toledo was extradited from the United States in April 2023 after a years-long legal "
        "battle and has been held at a prison outside Lima."
    )
    found = [(c.when, c.date) for c in candidates(_parsed(text), set(), {})]
    assert ("in April 2023", "2023-04") in found


@pytest.mark.model
def test_today_in_a_programmes_name_is_no_time() -> None:
    """ "told Africa Today by phone": the programme's name, not today."""
    from briefing.extract.timeline import candidates

    text = (
        "The gunmen arrived on motorcycles and opened fire on traders in the town of Djibo, a "
        "local official told Africa Today by phone, asking not to be named for his safety."
    )
    whens = [c.when for c in candidates(_parsed(text), set(), {})]
    assert "Today" not in whens


@pytest.mark.model
@pytest.mark.parametrize(
    "said",
    [
        "the mayor told Harbour Radio's Today programme.",
        "the mayor told the Today programme on Friday.",
    ],
)
def test_today_owned_by_a_station_or_naming_a_programme_is_no_time(said: str) -> None:
    """ "told BBC Radio 4's Today programme": after an owner's 's, or naming the noun after
    it, "Today" is the programme's name; "on Friday" is still a time."""
    from briefing.extract.timeline import candidates

    text = f"The bridge will stay shut for at least a month after the storm damaged it, {said}"
    whens = [c.when for c in candidates(_parsed(text), set(), {})]
    assert "Today" not in whens and "today" not in [w.lower() for w in whens]


@pytest.mark.model
def test_a_year_glued_to_the_next_sentence_still_dates_the_day() -> None:
    """A flattened page: "on 16 June 2013.The medal …" — the year is the day's."""
    from briefing.extract.timeline import candidates

    text = (
        "The minister presented the first medals during his visit to Harwick on 16 June "
        "2013.The medal is awarded to sailors who showed courage."
    )
    found = [(c.when, c.date) for c in candidates(_parsed(text), set(), {})]
    assert found == [("on 16 June 2013", "2013-06-16")], found


@pytest.mark.model
def test_a_newspaper_named_on_sunday_is_no_day() -> None:
    """ "Seen by The Mail on Sunday" names a newspaper; "Police on Sunday arrested" a day."""
    from briefing.extract.timeline import candidates

    text = (
        "The plan was set out in a memo seen by The Mail on Sunday. "
        "Police on Sunday arrested two men in Harwick."
    )
    found = [(c.when, c.parsed.sentence.index) for c in candidates(_parsed(text), set(), {})]
    assert found == [("on Sunday", 1)], found


@pytest.mark.model
def test_a_time_is_written_with_the_word_that_points_it() -> None:
    """ "That month's elections", "the same day": the NER's "month" and "day" are written
    with the word that says which."""
    text = (
        "Police found the ballots in a raid in June 2004. "
        "The votes were later counted towards that month's local elections. "
        "The talks with the union ended the same day. "
        "Eleven students escaped and returned to the school later in the day."
    )
    whens = _whens(text)
    assert whens == ["in June 2004", "that month", "the same day", "later in the day"], whens


@pytest.mark.model
def test_the_abducted_are_missing_and_an_age_after_at_is_no_figure() -> None:
    """A kidnapping report of our own: the abducted are missing (their whereabouts unknown),
    kidnappers arrested are arrests; "at 15 I was kidnapped" is an age, "the toll stood at
    15" a level."""
    found = _categories(
        "Gunmen stormed a boarding school on Tuesday and abducted 37 students. "
        "Police later arrested 12 kidnappers. "
        "A former captive said: at 15 I was kidnapped by the same gang. "
        "By Friday the death toll from the raid stood at 4."
    )
    assert found == {"37": "missing", "12": "arrested", "4": "killed"}, found


@pytest.mark.model
def test_a_quantity_is_written_with_its_unit_and_a_modifier_with_its_hyphen() -> None:
    """A wildfire report of our own: "more than 8,500 hectares of forest" is written with
    its unit (the NER's number stopped before it); "eight water-dropping aircraft" keeps the
    word before the hyphen."""
    from briefing.extract.figures import candidates

    text = (
        "The fire has burned more than 8,500 hectares of forest above the city. "
        "More than 600 firefighters, supported by eight water-dropping aircraft, were deployed."
    )
    found = {c.as_written: c.of_whom for c in candidates(_parsed(text), set())}
    assert found["more than 8,500 hectares"] == "forest", found
    assert found["eight"] == "water-dropping aircraft", found


@pytest.mark.model
def test_the_wounded_and_the_dead_are_people_counted() -> None:
    """ "14 of the wounded were in a critical condition", "three of the injured died later",
    "the number of dead rose to 50": people injured, killed and killed (not "one of the
    best teams")."""
    from briefing.extract.figures import find_figures

    text = (
        "The Red Cross said 14 of the wounded were in a critical condition. "
        "Three of the injured died later. The number of dead rose to 50. "
        "One of the best teams in the league lost."
    )
    found = {f.as_written: (f.category, f.what) for f in find_figures(_parsed(text))}
    assert found == {
        "14": ("injured", "people injured"),
        "Three": ("killed", "people killed"),
        "50": ("killed", "people killed"),
    }, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # people named by their role are people
            "Two shift supervisors were detained on Monday. Three officials, among them a "
            "colonel, were arrested in Port Alder and charged with treason. Four diplomats "
            "were killed when the convoy was hit.",
            {"Two": "arrested", "Three": "arrested", "Four": "killed"},
        ),
        (  # taken to hospital; a part of the wounded; but "died in hospital"
            "Eight people, including two firefighters, were taken to hospital with breathing "
            "problems. The clinic has received 130 wounded people, including 34 children. "
            "Three men died in hospital.",
            {"Eight": "injured", "two": "injured", "34": "injured", "Three": "killed"},
        ),
        (  # things named like people count no one
            "Aid workers trucked water to six shelters. Some 4,000 villagers fled.",
            {"six": "other", "Some 4,000": "displaced"},
        ),
        (  # offenders and crews are people too
            'More than 3,000 people have been detained, and 26 "armed criminals" and 18 '
            "members of the security forces have been killed. Two crew died when the ship sank.",
            {"More than 3,000": "arrested", "26": "killed", "18": "killed", "Two": "killed"},
        ),
        (  # what a majority needs is no one in need
            "The alliance won 293 seats, above the 272 needed for a majority. About 10,000 "
            "people need food aid.",
            {"293": "other", "272": "other", "About 10,000": "affected"},
        ),
        (  # a conjunct's own word before its sibling's
            "The health ministry reported 37 deaths and 112 injuries on Tuesday.",
            {"37": "killed", "112": "injured"},
        ),
    ],
)
def test_what_a_count_counts_decides_its_category(text: str, expected: dict[str, str]) -> None:
    found = _categories(text)
    assert {k: found.get(k) for k in expected} == expected


def test_a_number_word_tagged_an_adjective_and_a_toll_taken_to_a_level_are_counted() -> None:
    from briefing.extract.figures import candidates

    found = {
        c.as_written: (c.category, c.of_whom)
        for c in candidates(
            _parsed(
                "Eleven people have died in flood-related incidents since Thursday, taking "
                "this year's toll from floods and landslides to 38."
            ),
            set(),
        )
    }
    assert found["Eleven"] == ("killed", "people")
    assert found["38"] == ("killed", "people")  # not "toll"


def test_a_currency_glued_to_its_amount_is_money_but_a_road_is_not() -> None:
    found = _categories(
        "Exporters said citrus worth R1.2 billion was at risk of spoiling. Police seized "
        "KSh2bn in cash. The R1 road and the N95 masks were in short supply."
    )
    assert found.get("R1.2 billion") == "money"
    assert found.get("KSh2bn") == "money"
    assert "billion" not in found
    assert not any(k.startswith(("R1 ", "N95")) for k in found)


def test_one_count_said_of_two_kinds_of_people_is_two_figures() -> None:
    from briefing.extract.figures import find_figures

    figures = find_figures(
        _parsed(
            "Between 10 and 20 January, 10 suspected cases, including 10 deaths, were "
            "reported in two districts of Kagera."
        ),
        set(),
    )
    assert {(f.category, f.count) for f in figures} >= {("killed", 10), ("affected", 10)}


def test_a_count_of_other_people_is_no_evidence_for_a_casualty_count() -> None:
    from briefing.extract.figures import find_figures

    figures = find_figures(
        _parsed(
            "A survivor said he had lost his wife and two daughters. Police detained the "
            "ferry's captain and two crew members on Wednesday. About 160 passengers were "
            "aboard. In 2018 more than 160 people drowned when a ferry sank."
        ),
        set(),
    )
    arrested = next(f for f in figures if f.category == "arrested")
    assert (arrested.count, arrested.of_whom) == (2, "crew members")
    assert all("daughters" not in e.text for e in arrested.evidence)
    killed = next(f for f in figures if f.category == "killed")
    assert (killed.count, killed.of_whom) == (160, "people")


def test_people_in_an_absolute_clause_take_no_category_from_the_verb_before() -> None:
    categories = _categories(
        "The Monetary Policy Committee voted 6-3 to hold rates, with three members, including "
        "deputy governor Sarah Breeden, backing a cut to 4%. The man was "
        "quarantined, along with 28 people who he met."
    )
    assert categories["three"] == "other"
    assert categories["28"] != "other"


def test_a_hyphenated_number_or_noun_is_one_word_and_a_sum_no_part_of_its_noun() -> None:
    from briefing.extract.figures import candidates

    found = candidates(
        _parsed(
            "Twenty-five people were rescued by a charity ship. Two co-defendants were jailed "
            "for four years. Two-thirds of the budget was spent. The grocer announced a "
            "£1bn share buyback."
        ),
        set(),
    )
    by_written = {c.as_written: c for c in found}
    assert by_written["Twenty-five"].count == 25
    assert "Twenty" not in by_written
    assert by_written["Two"].of_whom == "co-defendants"
    assert by_written["£1bn"].of_whom == "share buyback"


def test_a_shared_noun_lends_no_category_and_people_moved_to_shelters_are_displaced() -> None:
    categories = _categories(
        "The cyclone struck overnight, killing at least 16 people and leaving millions without "
        "power. About 800,000 people had been moved to cyclone shelters. About 1,200 people "
        "spent the night in evacuation centres. Officials sent 40 doctors to the camps. "
        "About 300 people slept in a rest centre."
    )
    assert categories["at least 16"] == "killed"
    assert categories["millions"] == "affected"  # without power, not killed
    assert categories["About 800,000"] == "displaced"
    assert categories["About 1,200"] == "displaced"
    assert categories["40"] == "other"
    assert categories["About 300"] == "displaced"


def test_an_expected_meeting_looks_ahead_and_a_clock_time_is_on_the_source_day() -> None:
    """Published on Tuesday 4 October 2022 (at midnight, as a dateline gives it)."""
    text = (
        "The missile was launched from the north at 7:23 am, officials said. "
        "The Security Council is expected to meet on Wednesday."
    )
    found = _dated(text, datetime(2022, 10, 4))
    assert found == {"at 7:23 am": "2022-10-04", "on Wednesday": "2022-10-05"}, found


def test_a_number_hung_on_a_singular_modifier_counts_the_plural_noun() -> None:
    from briefing.extract.figures import candidates

    found = candidates(
        _parsed(
            "Air strikes on a crowded market in the state killed at least 43 people on Monday, "
            "a local rights group said, saying warplanes dropped at least six barrel bombs at "
            "midday, when the market was busiest."
        ),
        set(),
    )
    assert {c.as_written: c.of_whom for c in found}["at least six"] == "barrel bombs"


@pytest.mark.model
def test_a_range_is_written_without_the_word_that_joins_it() -> None:
    """ "to a range of 5.25% to 5.5%" (NER: "5.25% to", then "5.5%"): one range, written
    once with the word that joins it, never "5.25% to" alone."""
    found = _categories("The central bank lifted rates to a range of 5.25% to 5.5% on July 26.")
    assert set(found) == {"5.25% to 5.5%"}


@pytest.mark.model
def test_the_top_of_a_ranking_is_no_figure() -> None:
    """A crash story of our own: "eight of the world's 14 highest mountains" ranks
    mountains, it counts no one; "at least 68 people were killed" does."""
    found = _categories(
        "Kestria, home to eight of the world's 14 highest mountains, has a poor air safety "
        "record. At least 68 people were killed when the plane crashed on Sunday."
    )
    assert found == {"At least 68": "killed"}, found


@pytest.mark.model
def test_a_distance_with_its_direction_taken_in_says_where() -> None:
    """A quake report of our own: "about 10 km south-east of Norvia" (NER took the
    direction into the quantity) locates the quake, it is no key figure."""
    found = _categories(
        "The quake struck about 10 km south-east of Norvia, the survey said. At least 38 "
        "people died."
    )
    assert found == {"At least 38": "killed"}, found


@pytest.mark.model
def test_a_time_of_day_ner_missed_dates_its_event() -> None:
    """A quake report of our own: "struck … at 03:36 local time" (NER tagged no time) is an
    event of the story's own day; a percentage "at 3.5%" is no time."""
    published = datetime(2016, 8, 24, 6, 30, tzinfo=UTC)
    found = _dated(
        "At least 38 people died in the earthquake that struck the hills around Norvia at "
        "03:36 local time, the civil protection agency said.",
        published,
    )
    assert found == {"at 03:36 local time": "2016-08-24"}, found
    assert _dated("Prices rose at 3.5% a year, the bank said.", published) == {}


@pytest.mark.model
def test_was_due_to_looks_ahead_from_the_story() -> None:
    """ "The envoy was due to arrive in Cairo on Wednesday", in a Tuesday story: the coming
    Wednesday, not the one before."""
    published = datetime(2025, 3, 18, 12, tzinfo=UTC)  # a Tuesday
    found = _dated("The US envoy was due to arrive in Cairo on Wednesday.", published)
    assert found == {"on Wednesday": "2025-03-19"}, found


def test_people_a_verb_is_done_to_count_whatever_their_noun() -> None:
    """An election story of our own: "Police arrested 41 election monitors" are 41 arrested
    ("monitors" is no listed word for people, but only people are arrested); the two
    officials a report is "according to" are no one held."""
    categories = _categories(
        "Police arrested 41 election monitors on the night of the vote. The president was "
        "being held inside the palace by the guard, according to two officials who spoke on "
        "condition of anonymity."
    )
    assert categories["41"] == "arrested"
    assert "two" not in categories  # no one held, and no figure: they told


def test_people_in_front_of_whom_it_was_done_are_not_its_victims() -> None:
    """ "stabbed his wife to death in front of their three children": the children saw it,
    they were not stabbed; "stabbed two neighbours" were."""
    categories = _categories(
        "A man who stabbed his wife to death in front of their three children was jailed for "
        "life on Friday. Months earlier he had stabbed two neighbours during a fight."
    )
    assert categories["three"] != "injured"
    assert categories["two"] == "injured"


def test_a_share_of_a_thing_is_no_count_of_people() -> None:
    """ "the dollar losing more than 80% of its value" has lost no one; "40% of the
    population were displaced" were."""
    categories = _categories(
        "Inflation soared, with the dollar losing more than 80% of its value this year. "
        "After the floods, about 40% of the population were displaced."
    )
    assert categories["more than 80%"] == "other"
    assert categories["about 40%"] == "displaced"


def test_a_spell_that_could_last_years_is_no_last_year() -> None:
    """ "activity that could last years or decades" (the parse: "last" an adjective, NER:
    "last years" a date) is how long, not when; "fell last year" stays."""
    whens = _whens(
        "Scientists said the peninsula had entered a period of activity that could last years "
        "or decades. Tourist numbers fell last year."
    )
    assert whens == ["last year"]


def test_a_number_written_into_a_code_is_no_figure() -> None:
    """ "a 5G network", "3D printers": a name the number is part of; "300 staff" counts."""
    categories = _categories(
        "The firms will build a 5G network and sell 3D printers. The company hired 300 staff."
    )
    assert set(categories) == {"300"}


def test_a_share_done_in_the_present_simple_is_a_rate() -> None:
    """ "kills up to 88% of those infected" is how deadly the virus is, no count of the
    dead; "40% of the population were displaced" were."""
    categories = _categories(
        "The virus causes severe fever and kills up to 88% of those infected if untreated. "
        "After the floods, about 40% of the population were displaced."
    )
    assert categories["up to 88%"] == "other"
    assert categories["about 40%"] == "displaced"


def test_a_number_written_in_words_with_and_is_one_number() -> None:
    """ "One hundred and thirty-seven schoolchildren" are 137 schoolchildren, not 100 and
    37; "between 35 and 45" is one range, not the 35 and 45 joined into one number."""
    from briefing.extract.figures import candidates

    found = candidates(
        _parsed(
            "One hundred and thirty-seven schoolchildren were abducted on Thursday. Between "
            "35 and 45 people died in the fire."
        ),
        set(),
    )
    counts = {c.as_written: (c.count, c.of_whom) for c in found}
    assert counts["One hundred and thirty-seven"] == (137, "schoolchildren")
    assert counts["Between 35 and 45"] == (35, "people")


def test_a_distance_within_which_something_lies_is_no_figure() -> None:
    """ "a wildfire burned within 15 kilometres of its northern edge" says how near, not
    how much; "137,000 square kilometres already scorched" is a figure."""
    categories = _categories(
        "A wildfire burned within 15 kilometres of the city's northern edge. More than "
        "137,000 square kilometres have already been scorched this year."
    )
    assert "15 kilometres" not in categories
    assert any("137,000" in written for written in categories)


def test_a_measure_converted_a_score_and_a_distance_past_its_conversion_are_no_figures() -> None:
    """ "winds of up to 209km/h (130mph)": one figure, not its conversion; "Arema FC's 3-2
    home defeat" is a score; "about 100km (60 miles) west of Tripoli" says where; "almost
    two metres overnight" (NER took the time in) is written "almost two metres"."""
    found = _categories(
        "The storm brought winds of up to 209km/h (130mph) to the coast. Fans invaded the "
        "pitch after Arema FC's 3-2 home defeat. The boat left Zuwara, about 100km (60 miles) "
        "west of Tripoli, with 86 people on board. The water level had fallen by almost two "
        "metres overnight."
    )
    assert "130mph" not in found and "3" not in found and "2" not in found
    assert "about 100km" not in found and "some 86" not in found and "86" in found
    assert "almost two metres" in found


def test_a_speed_written_apart_and_converted_is_one_figure() -> None:
    """ "winds of up to 70 km/h (43 mph)" (tokens "km", "/", "h"): the miles per hour are the
    same speed, no second figure."""
    found = _categories(
        "Firefighters battled the blaze through the night. The minister said winds were "
        "forecast to reach up to 70 km/h (43 mph) on Monday."
    )
    assert not any("43" in written for written in found), found


def test_a_date_that_is_what_something_was_is_no_time_of_it() -> None:
    """ "last month was the hottest June on record": the event's time is "last month"."""
    assert _whens("Scientists said last month was the hottest June on record.") == ["last month"]


def test_a_share_fronted_by_where_it_is_is_about_its_subject() -> None:
    """ "In parts of Birmingham, uptake is below 75%": the share is of uptake; where it is
    fronted is no part of what it measures."""
    from briefing.extract.figures import candidates

    (found,) = candidates(_parsed("In parts of Birmingham, uptake is below 75%."), set())
    assert found.about == "uptake"


def test_a_vote_count_counts_votes_and_a_model_number_counts_nothing() -> None:
    """ "MPs voted by 313 to 269 …, a majority of 44": votes, though no noun follows; "The
    ATR 72 aircraft was carrying 72 people": the model's number is no count (and leaves the
    72 people theirs)."""
    from briefing.extract.figures import candidates

    found = candidates(
        _parsed(
            "MPs voted by 313 to 269 to back the bill, a majority of 44. The ATR 72 aircraft "
            "was carrying 72 people."
        ),
        set(),
    )
    assert {(c.as_written, c.of_whom) for c in found} == {
        ("313", "votes"),
        ("269", "votes"),
        ("44", "votes"),
        ("72", "people"),
    }


def test_a_date_leaves_out_the_verb_joined_after_it() -> None:
    """ "will start … on 3 January and end at 07:00 on 9 January" (NER: "3 January and
    end"): the time is "on 3 January"."""
    assert "on 3 January" in _whens(
        "The walkout will start at 07:00 GMT on 3 January and end at 07:00 on 9 January, the "
        "union said."
    )


def test_numbers_ner_took_for_a_date_that_count_people_are_figures() -> None:
    """ "Between 20 and 30 people died" opening a sentence (NER: a date) counts the dead; a
    span of years does not."""
    found = _categories(
        "Between 20 and 30 people died in the attack. Between 2019 and 2021 prices rose."
    )
    assert found.get("Between 20 and 30") == "killed" and "2019" not in found


def test_a_year_run_on_into_a_count_is_the_year_and_the_count() -> None:
    """ "In 1999 two powerful quakes killed about 18,000 people" is one date to NER ("1999
    two"): the timeline reads "In 1999", and "two" counts the quakes, not a day of 1999."""
    text = (
        "A strong earthquake struck eastern Turkey on Friday, the disaster agency said. "
        "In 1999 two powerful quakes killed about 18,000 people in the north-west."
    )
    assert "In 1999" in _whens(text)
    assert not any("two" in when for when in _whens(text))
    assert "two" in _categories(text)


def test_a_decade_of_someones_life_is_an_age_not_a_time() -> None:
    """ "A man in his 40s died", "a woman in her early twenties": ages, no point in time."""
    whens = _whens(
        "A man in his 40s died when a tree fell on his car on Saturday. A woman in her "
        "early twenties was taken to hospital. Power cuts in the 1990s were rarer."
    )
    assert "on Saturday" in whens
    assert not any("40s" in w or "twenties" in w for w in whens)


def test_a_rounded_count_ner_calls_a_date_is_no_time() -> None:
    """ "Around 38 of the train's 150 cars left the tracks" (NER: "Around 38" a date): a
    count, no point in time; "around 2 p.m." stays one."""
    whens = _whens(
        "A freight train derailed near Marlow on Friday. Around 38 of the train's 150 cars "
        "left the tracks. The fire was put out at around 2 p.m."
    )
    assert not any("38" in w for w in whens)
    assert any("2 p.m." in w for w in whens)


def test_a_number_a_part_goes_by_is_no_figure() -> None:
    """ "a section 114 notice", "under article 5", "ward 12": numbers that name, not count."""
    categories = _categories(
        "Birmingham City Council has issued a section 114 notice. Police are investigating "
        "under article 5 of the law. Five patients were moved to ward 12 of the hospital."
    )
    assert "114" not in categories
    assert "5" not in categories
    assert "12" not in categories
    assert "Five" in categories


def test_a_number_a_level_goes_by_when_hyphened_is_no_figure() -> None:
    """ "a level-three warning", "stage-two restrictions": the number a level goes by."""
    categories = _categories(
        "A level-three warning will stay in place until Friday. Stage-two water restrictions "
        "will apply to 40,000 homes."
    )
    assert set(categories) == {"40,000"}


def test_metres_written_m_beside_feet_are_no_millions() -> None:
    """ "a storm surge of up to 10ft (3m)", "waves of 5m (16ft)": lengths given in two units,
    not 3 or 5 million of anything; "120mph (193km/h)" one speed; "£5m (€6m)" stays a sum of
    money."""
    categories = _categories(
        "The hurricane brought winds of 120mph (193km/h) and a storm surge of up to 10ft (3m) "
        "to the coast. Waves of 5m (16ft) hit the harbour. The council spent £5m (€6m) on "
        "repairs."
    )
    assert not any(w.endswith("3m") or w.startswith(("5m", "193")) for w in categories)
    assert categories.get("£5m") == "money"


def test_metres_written_m_that_measure_a_length_are_no_millions() -> None:
    """ "a section about 200m long", "cars plunged 45m to the ground": lengths, no 200 or 45
    million; "profits fell 45m to about 300m" and "£12m" stay amounts."""
    categories = _categories(
        "A section of the viaduct, about 200m long, collapsed on Tuesday. Two cars plunged 45m "
        "to the ground. The operator's profits fell 45m to about 300m last year, and it will "
        "pay £12m in fines."
    )
    assert "about 200m" not in categories and "200m" not in categories
    assert "45m" in categories  # the profits' fall, not the cars' plunge
    assert sum(1 for w in categories if w.endswith("45m")) == 1
    assert "about 300m" in categories and categories.get("£12m") == "money"


def test_a_number_in_who_someone_is_is_no_figure() -> None:
    """ "a mother-of-three", "the father-of-two": who the person is, not three arrested or
    two killed; a count after "of" written apart still counts."""
    categories = _categories(
        "A mother-of-three who stole £40,000 from a school has been jailed. The father-of-two "
        "was killed in the crash. Police said three of the men were arrested."
    )
    assert set(categories) == {"£40,000", "three"}
    assert categories["three"] == "arrested"


def test_a_sum_ner_read_into_a_date_is_a_figure() -> None:
    """ "borrowing would be £34bn this year" (NER: a date "34bn this year"): £34bn is a sum,
    and "this year" when."""
    categories = _categories(
        "The chancellor said borrowing would be £34bn this year, higher than the £32bn he "
        "predicted in March."
    )
    assert categories.get("£34bn") == "money" and categories.get("£32bn") == "money"
    assert "this year" in _whens("The chancellor said borrowing would be £34bn this year.")


def test_the_period_a_change_is_measured_from_is_no_time() -> None:
    """ "up 14% from the year before", "rose 5% on last year", "down from £4.8bn a year
    earlier": what a change is measured from, not when; a day stays a time, and so does a
    period nothing is measured from."""
    whens = _whens(
        "The firm made a profit of £716m, up 14% from the year before. Sales rose 5% on last "
        "year. Profits fell to £2bn, down from £4.8bn a year earlier. Gunmen killed 30 people "
        "on Friday last week. The first attack came a year earlier."
    )
    assert whens == ["on Friday last week", "a year earlier"]


def test_a_record_since_a_year_is_no_event_then() -> None:
    """ "It was Nepal's deadliest air accident since 1992", "its biggest increase since
    2008": how long since, no event in 1992 or 2008; "has banned them since 2013" is one."""
    whens = _whens(
        "It was Nepal's deadliest air accident since 1992. The bank raised rates by two points, "
        "its biggest increase since 2008. The EU has banned Nepali airlines since 2013."
    )
    assert whens == ["since 2013"]


def test_cases_being_treated_are_the_sick_not_the_injured() -> None:
    """ "Eight other suspected cases are being treated at the hospital": the sick, counted
    as affected; "Five people were treated for injuries" stay injured."""
    categories = _categories(
        "Eight other suspected cases are being treated at the hospital. Five people were "
        "treated for injuries after the crash."
    )
    assert categories == {"Eight": "affected", "Five": "injured"}


def test_a_span_of_years_before_a_noun_stays_whole() -> None:
    """ "the 2014-2016 epidemic": a span of years, not "2014-" and a count of 2,016; "In
    2019 40 people died" is still a year and a count."""
    assert _whens(
        "The strain caused the 2014-2016 epidemic in West Africa. In 2019 40 people died."
    ) == ["2014-2016", "In 2019"]


def test_a_range_is_one_figure_with_its_lower_end_for_count() -> None:
    """ "£4,000 to £6,000", "between 20 and 30 people", "30-40 people": one figure, its
    lower end the count; a change ("rose from £20 to £35") and two tallies stay apart."""
    found = _counts(
        "Families could save £4,000 to £6,000 a year. Between 20 and 30 people were killed in "
        "the attack. Police said 30-40 people were hurt. Rail fares rose from £20 to £35. "
        "Gunmen killed 12 and injured 50 in a second raid. Sales fell 22% to 61,000 cars."
    )
    assert found["£4,000 to £6,000"] == (4000, "money")
    assert found["Between 20 and 30"] == (20, "killed")
    assert found["30-40"][0] == 30
    assert "£35" in found and "12" in found and "50" in found
    assert "22%" in found and "61,000" in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the parse hangs "290 injured" on "killed": the count's own participle says
            "At least eight people were killed and more than 290 injured in the unrest, "
            "officials said.",
            {"At least eight": "killed", "more than 290": "injured"},
        ),
        (  # a killing only tried counts no dead
            "She was also convicted of attempting to murder two others. He was charged with "
            "the attempted murder of three officers. Gunmen tried to kill four guards. Five "
            "people were killed.",
            {"two": "other", "three": "other", "four": "other", "Five": "killed"},
        ),
        (  # held, but by their captors: with the abducted, not with arrests
            "About 130 hostages are still held in Gaza, Israel says. Police arrested 40 people.",
            {"About 130": "missing", "40": "arrested"},
        ),
        (  # the parse makes the dead the subject of "said": the verb just before says
            "An air strike by the military on a village in the central Sagaing region killed "
            "at least 53 people, including women and children, who had gathered for the "
            "opening of a local office of the opposition movement, witnesses and a rebel "
            "group said.",
            {"at least 53": "killed"},
        ),
    ],
)
def test_what_a_count_counts_when_the_parse_misleads(text: str, expected: dict[str, str]) -> None:
    """What a count counts where its heads in the parse say something else: its own
    participle, a verb of trying, a hostage, the verb written straight before it."""
    categories = _categories(text)
    assert {k: categories.get(k) for k in expected} == expected


def test_a_count_repeated_of_other_things_does_not_lend_it_its_wording() -> None:
    """ "carrying 171 passengers and six crew", then "the grounding of about 171 Max 9
    planes": the passengers' figure reads "171", not the planes' "about 171"."""
    from briefing.extract.figures import find_figures

    text = (
        "A panel blew out of a jet shortly after take-off on Friday. The flight, carrying 171 "
        "passengers and six crew, returned safely. Regulators later ordered the grounding of "
        "about 171 Max 9 planes."
    )
    found = {f.of_whom: f.as_written for f in find_figures(_parsed(text))}
    assert found.get("passengers") == "171", found


def test_a_country_ner_took_for_a_date_is_no_time() -> None:
    """ "About 1,500 French troops are stationed in Niger" (NER: Niger, a date): a place."""
    whens = _whens(
        "The soldiers who seized power on 26 July detained the president. About 1,500 French "
        "troops are stationed in Niger to fight jihadist groups in the Sahel."
    )
    assert "on 26 July" in whens
    assert not any("Niger" in w for w in whens)


def test_a_sum_per_unit_is_a_price_not_money_involved() -> None:
    """ "climbed to $85.20 a barrel", "£1.50 per litre": the price of one unit (the guide's
    prices, "other"); "a $3bn bailout" is money."""
    categories = _categories(
        "Brent crude climbed to $85.20 a barrel on Monday. Petrol costs £1.50 per litre. The "
        "country secured a $3bn bailout from the IMF."
    )
    assert categories["$85.20"] == "other"
    assert categories["£1.50 per litre"] == "other"
    assert categories["$3bn"] == "money"


def test_a_lower_case_word_ner_took_for_a_date_is_no_time_unless_it_says_one() -> None:
    """ "The crew issued a mayday call" (NER: a date): no time; "on Tuesday" and "in the
    1970s" still are."""
    whens = _whens(
        "The ship struck the bridge on Tuesday. The crew issued a mayday call, allowing "
        "police to stop traffic onto the bridge. The reserve was created in the 1970s. "
        "Divers had reached the wreck by midday."
    )
    assert not any("mayday" in w for w in whens)
    assert "by midday" in whens
    assert "on Tuesday" in whens
    assert any("1970s" in w for w in whens)


def test_a_number_hyphened_to_a_kind_is_no_figure() -> None:
    """ "two-step verification", "five-link suspension", "a six-lane highway": a kind, no
    count; "a 1,200-strong force", "a 2.6 million-word report" and "about two-thirds"
    still count."""
    categories = _categories(
        "Users must use two-step verification. There is five-link suspension. The six-lane "
        "highway was closed. A 1,200-strong force was deployed. Lawyers will read the 2.6 "
        "million-word report. Spending makes up about two-thirds of all activity. The "
        "universe has a 13.8-billion-year history. The battery charges to 80-percent."
    )
    assert not any(k.startswith(("two-step", "five", "six")) for k in categories), categories
    assert "1,200" in categories
    assert any("2.6 million" in k for k in categories)
    assert "about two-thirds" in categories
    assert "13.8-billion-year" in categories
    assert any("80-percent" in k for k in categories)


def test_the_other_side_of_a_vote_counts_what_the_first_side_counts() -> None:
    """ "by 212 votes to 58": 58 counts votes too, as "30 soldiers and wounded 12" does."""
    from briefing.extract.figures import candidates

    found = {
        c.as_written: c.of_whom
        for c in candidates(
            _parsed("The assembly passed the bill by 212 votes to 58. Prices rose to 61."), set()
        )
    }
    assert found["58"] == "votes"
    assert found["61"] != "votes"


def test_a_number_counts_no_noun_across_a_dash() -> None:
    """ "an insurance limit of $250,000 - about 90% of the bank's deposits -": the parse hangs
    the sum on the per cent sign across the dash; it counts no per cent."""
    from briefing.extract.figures import candidates

    found = {
        c.as_written: c.of_whom
        for c in candidates(
            _parsed(
                "Deposits above the FDIC's insurance limit of $250,000 - about 90% of the "
                "bank's deposits - are not guaranteed."
            ),
            set(),
        )
    }
    assert found["$250,000"] is None  # not "deposits", through the per cent


def test_a_named_day_of_the_year_is_a_time_of_the_timeline() -> None:
    """ "struck on New Year's Day" (NER: no date): a time, the 1st of January before the
    story's date."""
    published = datetime(2024, 1, 9, 12, 0, tzinfo=UTC)
    found = _dated(
        "A powerful earthquake struck the Noto Peninsula on New Year's Day, toppling "
        "thousands of houses.",
        published,
    )
    assert found == {"on New Year's Day": "2024-01-01"}


def test_a_time_word_that_says_what_kind_is_no_time() -> None:
    """ "assembling for morning classes" (NER: a time): what kind of class, not when; "at
    night" and "during Friday prayers" stay times."""
    found = _whens(
        "The gunmen arrived as the students were assembling for morning classes. Fighting "
        "broke out during Friday prayers. The blast hit at night."
    )
    assert not any("morning" in w for w in found), found
    assert any("night" in w for w in found) and any("Friday" in w for w in found)


def test_done_to_death_is_killed_but_sentenced_to_death_is_not() -> None:
    """ "116 people were crushed to death", "beat two guards to death": killed, whatever the
    verb; "three men were sentenced to death" were not."""
    found = _categories(
        "At least 116 people, most of them women, were crushed to death in a stampede on "
        "Tuesday. Inmates beat two guards to death. Three men were sentenced to death."
    )
    assert found["At least 116"] == "killed"
    assert found["two"] == "killed"
    assert found.get("Three") != "killed"


def test_people_who_face_hunger_are_affected_but_a_duty_faced_is_not() -> None:
    """ "19 million people face acute food insecurity", "25 million people faced acute
    hunger": affected; "will face a 17.4% duty" counts no one."""
    found = _categories(
        "About 19 million people in the region already face acute food insecurity. The agency "
        "said 25 million people faced acute hunger. The carmaker will face a 17.4% duty."
    )
    assert found["About 19 million"] == "affected"
    assert found["25 million"] == "affected"
    assert found["17.4%"] == "other"


def test_a_number_that_says_what_kind_of_person_is_no_figure() -> None:
    """ "Olympic 400-metre champion", "the 100m sprinter", "a 40-year veteran": who someone
    is, not how many ("100m" is no hundred million); "four teachers" still count."""
    found = _categories(
        "The court banned Olympic 400-metre champion Marta Reyes for four years. The 100m "
        "sprinter was 27. A 40-year veteran of the force said four teachers were hurt. "
        "Olympic 100m finalist Dan Oyelaran denied the charge."
    )
    assert "Olympic 400-metre" not in found and "400-metre" not in found
    assert "100m" not in found and "40-year" not in found
    assert found["four"] == "injured"


def test_the_worst_in_years_is_no_time() -> None:
    """ "one of the worst such disasters in years": how long since, not when; "within days"
    and "in two years" still place events."""
    whens = _whens(
        "At least 79 people drowned after a fishing boat packed with migrants sank off "
        "southern Greece, in one of the worst such disasters in the Mediterranean in years. "
        "Within days the camp was full. The port will reopen in two years."
    )
    assert "in years" not in whens and "years" not in whens
    assert any("days" in w for w in whens) and any("two years" in w for w in whens)


def test_people_in_isolation_or_custody_are_what_they_are_in() -> None:
    """ "Six people were in isolation", "two men remain in custody": affected and arrested,
    as "under arrest" is; "twenty people were in the building" count no one."""
    found = _categories(
        "Six other people with symptoms were in isolation at the hospital. Two men remain in "
        "custody. Twenty people were in the building."
    )
    assert found["Six"] == "affected"
    assert found["Two"] == "arrested"
    assert found["Twenty"] == "other"


def test_a_sum_whose_scale_is_tagged_as_a_name_is_money() -> None:
    """ "The £45m scheme includes …": the tagger read "m" as a proper noun; a number before
    a scale word is no number inside a name ("the 737 Max")."""
    found = _categories("The £45m scheme includes new flood walls along the river.")
    assert found["£45m"] == "money"


def test_what_people_lose_says_what_they_are() -> None:
    """ "40 people lost their lives": killed; "five fishermen were lost at sea": missing;
    "10 million pensioners … lose the payment" and "the S&P 500 lost 2.9%": neither."""
    found = _categories(
        "About 10 million pensioners are expected to lose the payment. At least 40 people "
        "lost their lives in the floods. Five fishermen were lost at sea. The S&P 500 lost 2.9%."
    )
    assert found["At least 40"] == "killed"
    assert found["Five"] == "missing"
    assert found["About 10 million"] == "other"
    assert found["2.9%"] == "other"


def test_a_number_after_the_one_thing_it_labels_is_no_figure() -> None:
    """ "Highway 16, the main route, was closed": a road's number; "a 'standard' 40 lashes"
    still counts the lashes that follow, and "magnitude 5.1" is a measure."""
    found = _categories(
        "Highway 16, the main route through the park, was closed in both directions. Women "
        "received a 'standard' 40 lashes if they did not obey. The strongest aftershock was "
        "of magnitude 5.1."
    )
    assert "16" not in found
    assert "5.1" in found
    assert any(written.endswith("40") for written in found)


def test_the_worst_in_so_many_years_is_no_time() -> None:
    """ "the worst in 25 years", "the highest level in 15 years", "the first rise in 11
    years": how long since a record, not when; "will reopen in two years" is."""
    whens = _whens(
        "The FAO said on Monday the outbreak was the worst in 25 years for Ethiopia. The Bank "
        "of England raised rates to 5%, the highest level in 15 years. It was the first rise "
        "in 11 years. The port will reopen in two years."
    )
    assert not any(w.endswith(("25 years", "15 years", "11 years")) for w in whens)
    assert "in two years" in whens


def test_last_next_or_this_month_is_read_against_the_source_date() -> None:
    """ "last September" on 3 May 2024 is September 2023 (dateparser reads none of these);
    "next March" March 2025, "this June" June 2024, "last May" May 2023."""
    anchor = datetime(2024, 5, 3, tzinfo=UTC)
    assert resolve("last September", anchor) == "2023-09"
    assert resolve("next March", anchor) == "2025-03"
    assert resolve("this June", anchor) == "2024-06"
    assert resolve("last May", anchor) == "2023-05"


def test_a_count_whose_verb_the_parse_took_for_a_helper_keeps_its_category() -> None:
    """ "39 people have died and 68 are missing": the parse makes "are" the helper of
    "missing" with 68 its subject; 68 are still missing."""
    found = _categories("At least 39 people have died and 68 are missing after days of rain.")
    assert found["68"] == "missing"


def test_a_week_wanted_is_a_thing_not_a_time() -> None:
    """ "the union wanted a 40% pay rise … and a 32-hour work week", "described it as a
    'heartbreaking' day": what they want or what it was, not when anything happened; "a week
    later" still places an event."""
    whens = _whens(
        "UAW President Shawn Fain said the union wanted a 40% pay rise over four years, a "
        "return to traditional pensions and a 32-hour work week. A week later the talks failed. "
        "Mayor of London Sadiq Khan described it as a 'heartbreaking' day for the capital."
    )
    assert not any("work week" in w or "day" in w for w in whens)
    assert any("week later" in w.lower() for w in whens)


def test_a_warning_of_what_would_come_goes_after_the_days_just_past(tmp_path: Path) -> None:
    """ "The weather office warned that heavy rain would continue until early May": told in
    the past, of what is to come; it goes after "on Wednesday", not a year before it."""
    story = tmp_path / "floods.txt"
    story.write_text(
        "Floods in Kenya kill 38\n\n"
        "NAIROBI, April 24 (Reuters) - Floods have killed at least 38 people in Kenya, the "
        "government said on Wednesday. Rescuers pulled 12 people from the water on Tuesday. "
        "The Kenya Meteorological Department warned that heavy rain would continue until "
        "early May, raising the risk of landslides.\n",
        encoding="utf-8",
    )
    brief = json.loads(render_json(make_brief([story], Options())))
    whens = [e["when"] for e in brief["timeline"]]
    assert whens.index("until early May") > whens.index("on Wednesday")


def test_malnourished_children_are_affected() -> None:
    """ "3.6 million children under five are acutely malnourished": affected, as those who
    face malnutrition are."""
    found = _categories(
        "UNICEF warned that an estimated 3.6 million children under five are acutely malnourished."
    )
    assert found["an estimated 3.6 million"] == "affected"


def test_a_rate_per_a_currency_or_a_unit_price_is_no_sum() -> None:
    """ "the yen weakened past 160 per dollar", "$85 a barrel": a rate and a price (the
    guide's "other"), not money involved; "Japan spent 9.79 trillion yen" is."""
    found = _categories(
        "The yen weakened past 160 per dollar on April 29. Brent crude rose to $85 a barrel. "
        "Japan spent 9.79 trillion yen."
    )
    assert found["160 per dollar"] == "other"
    assert found["$85"] == "other"
    assert found["9.79 trillion yen"] == "money"


def test_people_found_guilty_are_counted_with_the_arrested() -> None:
    """ "Three men have been found guilty of murdering a teenager", "Two women pleaded guilty":
    convicted, the guide's arrested/charged; "five guilty verdicts" count no people."""
    found = _categories(
        "Three men have been found guilty of murdering a 17-year-old boy. Two women pleaded "
        "guilty to fraud. Five guilty verdicts were returned."
    )
    assert found["Three"] == "arrested" and found["Two"] == "arrested"
    assert found["Five"] == "other"


def test_a_lows_or_a_highs_length_is_no_figure() -> None:
    """ "slid to a 34-year low", "a 52-week high": how long since a record, not a figure; "a
    10-year term" still is one."""
    found = _categories(
        "The yen slid to a 34-year low against the dollar. Stocks hit a 52-week high. He was "
        "jailed for a 10-year term."
    )
    assert set(found) == {"10-year"}


def test_a_length_of_time_something_took_is_no_time_of_the_timeline() -> None:
    """ "its morgues had received 138 bodies in four days": how long it took (past tense);
    "the council will vote in two days": when."""
    whens = _whens(
        "At least 65 people have died of heatstroke in Lahore since Sunday. The Sabri "
        "Foundation, which runs the city's largest ambulance service, said its morgues had "
        "received 138 bodies in four days, many of them labourers. The provincial council "
        "will vote in two days on emergency funding."
    )
    assert "in four days" not in whens
    assert "in two days" in whens


def test_what_people_face_or_are_expected_to_be_says_their_category() -> None:
    """ "4.3 million people face crisis levels of hunger": what the levels are of says who
    they are (affected); "1.7 million children are expected to be acutely malnourished":
    what they are expected to be."""
    categories = _categories(
        "About 4.3 million people in Somalia, a quarter of the population, face crisis levels "
        "of hunger or worse by April, the UN said. Nearly 1.7 million children under five are expected to be acutely "
        "malnourished this year."
    )
    assert categories["About 4.3 million"] == "affected"
    assert categories["Nearly 1.7 million"] == "affected"


def test_a_participle_before_a_count_the_parse_lost_says_its_category() -> None:
    """ "shelled the camp on Tuesday, killing at least 40 people, including children, local
    activists and medics said": the parse makes "people" the subject of "said"; the
    participle written before the count still says what it counts."""
    categories = _categories(
        "Sudan's paramilitary Rapid Support Forces (RSF) shelled the Abu Shouk displacement "
        "camp near El Fasher on Tuesday, killing at least 40 people, including children, "
        "local activists and medics said."
    )
    assert categories["at least 40"] == "killed"


def test_people_among_the_wounded_are_wounded_whichever_comes_first() -> None:
    """ "Among the wounded were 12 children": the whole they are part of says what they are,
    as in "Four children were among the dead" (the pipeline has no lemmas: "were" is read as
    a form of "be" by its word)."""
    categories = _categories(
        "A missile hit an apartment building on Saturday. Among the wounded were 12 children. "
        "Four children were among the dead."
    )
    assert categories["12"] == "injured"
    assert categories["Four"] == "killed"


def test_a_number_counts_what_the_same_verb_counts_in_the_clause_beside_it() -> None:
    """ "France has about 1,500 troops in the country and the United States has about 1,100":
    1,100 troops, not 1,100 of nothing named."""
    from briefing.extract.figures import candidates

    found = {
        c.as_written: c.of_whom
        for c in candidates(
            _parsed(
                "France has about 1,500 troops in the country and the United States has about "
                "1,100. The junta imposed a curfew."
            ),
            set(),
        )
    }
    assert found["about 1,100"] == "troops"


def test_split_votes_feet_after_metres_trapped_and_moved_to_shelters() -> None:
    """ "in a 6-3 ruling", "the 56-26 vote": a split, no count; "up to 3.5m (11ft)": one
    length; "47 people trapped" are missing; "authorities moved 750,000 people to shelters"
    displaced them (not "sent 40 doctors to the camps")."""
    categories = _categories(
        "The court overturned the plans in a 6-3 ruling. The 56-26 vote was the narrowest in a "
        "century. Forecasters warned of a storm surge of up to 3.5m (11ft). Rescuers raced to "
        "reach 47 people trapped in the mine. Authorities moved more than 750,000 people to "
        "shelters. The agency sent 40 doctors to the camps."
    )
    assert not {"6", "3", "56", "26", "11"} & set(categories)
    assert categories["47"] == "missing"
    assert categories["more than 750,000"] == "displaced"
    assert categories["40"] == "other"


def test_a_debt_named_by_how_long_it_runs_is_no_figure() -> None:
    """ "10-year German bonds", "a 30-year mortgage": kinds of debt, no counts; "a 10-year
    term" in prison is still a length of time."""
    from briefing.extract.figures import candidates

    found = [
        (c.as_written, c.of_whom, c.category)
        for c in candidates(
            _parsed(
                "Yields on 10-year German bonds rose to their highest level since 2011. He took "
                "out a 30-year mortgage of £200,000. He was jailed for a 10-year term."
            ),
            set(),
        )
    ]
    assert not any("bonds" in (of or "") or written == "30-year" for written, of, _ in found)
    assert ("10-year", "term", "other") in found
    assert ("£200,000", None, "money") in found


def test_how_often_is_no_time() -> None:
    """ "caught speeding three times in a year", "twice in a month": how often, not when;
    "in October" still places an event."""
    whens = _whens(
        "The dancer has been banned from driving after he was caught speeding three times in a "
        "year. He was clocked doing 47mph in October. His neighbour was fined twice in a month."
    )
    assert not any(w.endswith(("a year", "a month")) for w in whens)
    assert any("October" in w for w in whens)


def test_a_toll_that_rose_above_a_number_counts_what_the_toll_counts() -> None:
    """ "The death toll … rose above 100": 100 killed, as "rose to 100" is."""
    categories = _categories(
        "The death toll from the hurricane rose above 100 on Monday as rescuers reached cut-off "
        "towns. The number of displaced people climbed past 12,000."
    )
    assert categories["100"] == "killed"
    assert categories["12,000"] == "displaced"


def test_a_count_gapped_after_another_keeps_its_own_participle() -> None:
    """ "Eighteen inmates were killed and at least 14 others injured": the parse hangs
    "others" on "killed" and "injured" on "others"; the others were injured, not killed."""
    categories = _categories(
        "Eighteen inmates were killed and at least 14 others injured in a riot."
    )
    assert categories["Eighteen"] == "killed"
    assert categories["at least 14"] == "injured"


def test_people_held_hostage_are_missing_not_arrested() -> None:
    """ "Two guards were briefly held hostage", "held 12 passengers hostage": the object the
    verb also takes says what they became (hostages are missing, as the abducted are); "Police
    held 40 people overnight" still arrested them."""
    categories = _categories(
        "Two guards were briefly held hostage in the kitchens. Gunmen held 12 "
        "passengers hostage on the bus. Police held 40 people overnight after the march. A "
        "gunman was holding 9 people hostage inside a bank in central Lyon on Tuesday."
    )
    assert categories["Two"] == "missing"
    assert categories["12"] == "missing"
    assert categories["40 people"] == "arrested"
    assert categories["9"] == "missing"  # the tagger: "hostage" a verb after its object


def test_people_rescued_are_no_displaced_people_as_the_evacuated_are() -> None:
    """The guide's displaced are the displaced, evacuated and stranded: "two others were
    rescued" from a mountain are survivors, counted "other"; "300 were evacuated" moved."""
    categories = _categories(
        "Two climbers died on the mountain and two others were rescued on Saturday. "
        "Police said 300 residents were evacuated from the valley."
    )
    assert categories["two"] == "other", categories
    assert categories["300"] == "displaced", categories


def test_rescue_workers_sent_are_no_rescued_and_jailed_aides_were_jailed() -> None:
    """ "sent 1,500 rescue workers to the region": the word before a crew says what the crew
    does, not what befell it ("12 kidnap victims" were kidnapped); "Two of his former aides
    were each jailed": aides are people, so the verb's category holds."""
    categories = _categories(
        "The agency sent 1,500 rescue workers to the region with tents and blankets. Police "
        "found 12 kidnap victims. Two of his former aides were each jailed for three years."
    )
    assert categories["1,500"] == "other"
    assert categories["12"] == "missing"
    assert categories["Two"] == "arrested"


def test_a_time_the_ner_ran_on_into_a_bare_stretch_is_cut_there() -> None:
    """ "sold its onshore assets last year after decades of lawsuits": NER's DATE runs on
    to "after decades"; the time is "last year"."""
    assert "last year" in _whens(
        "The oil company sold its onshore assets to a group of local firms last year after "
        "decades of lawsuits over spills."
    )


def test_a_month_written_with_last_this_or_next_year_takes_that_year() -> None:
    """ "in August last year" in a story of 3 March 2016 is August 2015; "on 4 August last
    year" that day (its count and "year" no length of time); "in May this year" 2016-05;
    "three weeks" stays no date."""
    anchor = datetime(2016, 3, 3, tzinfo=UTC)
    assert resolve("in August last year", anchor) == "2015-08"
    assert resolve("on 4 August last year", anchor) == "2015-08-04"
    assert resolve("August 4 of last year", anchor) == "2015-08-04"
    assert resolve("in May this year", anchor) == "2016-05"
    assert resolve("in March next year", anchor) == "2017-03"
    assert resolve("for three weeks", anchor) is None


def test_one_in_so_many_is_a_share_read_whole() -> None:
    """ "About one in six adults": one figure, a share of 1/6 (not six adults and one); "1 in
    10 patients" 0.1."""
    counts = _counts(
        "About one in six adults in Britain take vitamin D supplements. Only 1 in 10 patients "
        "was seen within a week."
    )
    assert counts["About one in six"][0] == pytest.approx(1 / 6, abs=1e-3)
    assert counts["Only 1 in 10"][0] == pytest.approx(0.1)
    assert "six" not in counts and "About one" not in counts


def test_a_sum_ner_took_for_a_name_and_metres_by_their_size_are_read_rightly() -> None:
    """ "fined Apple €1.84bn" (NER: "1.84bn", a person) is a sum; "the 10,000m world
    record", "over 5,000m" and "won the 1500m" are lengths (no one writes ten thousand
    million so, and "the 1500m" counts nothing); "£1,200m" stays a sum."""
    counts = _counts(
        "The Commission has fined Apple €1.84bn for abusing its dominant position. Chebet, "
        "the Olympic champion over 5,000m, broke the 10,000m world record and won the 1500m. "
        "The company lost £1,200m last year."
    )
    assert counts["€1.84bn"] == (1_840_000_000, "money")
    assert counts["£1,200m"] == (1_200_000_000, "money")
    assert not {"over 5,000m", "10,000m", "1500m"} & set(counts)


def test_people_told_to_shelter_in_place_stay_where_they_are() -> None:
    """ "Thousands of students were told to shelter in place": no one displaced ("About 2,000
    people sheltered in schools" were)."""
    categories = _categories(
        "Thousands of students were told to shelter in place for four hours. About 2,000 "
        "people sheltered in schools overnight."
    )
    assert categories["Thousands"] == "other"
    assert categories["About 2,000"] == "displaced"


def test_people_stabbed_are_injured_unless_stabbed_to_death() -> None:
    """ "three people were stabbed": injured; "stabbed to death": killed."""
    categories = _categories(
        "Three people were stabbed in the city centre early on Saturday. Two men were "
        "stabbed to death in a separate attack."
    )
    assert categories["Three"] == "injured"
    assert categories["Two"] == "killed"


@pytest.mark.model
def test_a_decimal_ner_took_for_a_time_is_no_time() -> None:
    """ "Aftershocks, including one of magnitude 4.6, could continue": NER tags "4.6" a
    date; a decimal with one figure after the point is no time of day ("at 10.30" is)."""
    from briefing.extract.timeline import candidates

    text = (
        "Aftershocks, including one of magnitude 4.6, could continue for days, the survey "
        "warned. The first shock struck at 10.30 on Tuesday."
    )
    whens = [c.when for c in candidates(_parsed(text), set(), {})]
    assert "4.6" not in whens and any("Tuesday" in w for w in whens)


@pytest.mark.model
def test_a_name_listed_with_a_place_is_no_time() -> None:
    """ "flying the injured to hospitals in Nepalgunj and Surkhet": NER tags "Surkhet" a
    date; a one-word name with no word of time, listed with a place, is no time."""
    from briefing.extract.timeline import candidates

    text = (
        "The quake struck late on Friday. The army said helicopters were flying the injured "
        "to hospitals in Nepalgunj and Surkhet."
    )
    whens = [c.when for c in candidates(_parsed(text), set(), {})]
    assert "Surkhet" not in whens and any("Friday" in w for w in whens)


def test_people_set_free_are_counted_as_no_longer_held() -> None:
    """ "Six hostages were released", "200 prisoners freed from jails": people let go are
    neither missing nor arrested, whatever the noun says they were; hostages still held are
    missing."""
    categories = _categories(
        "Six hostages were released on Sunday in exchange for 200 prisoners freed from "
        "jails in the north. Another 12 hostages are still held by the gunmen."
    )
    assert categories["Six"] == "other"
    assert categories["200"] == "other"
    assert categories["12"] == "missing"


def test_people_held_and_then_released_are_counted_as_freed() -> None:
    """ "Three guards were taken hostage and later released": freed after they were held;
    people arrested and released on bail were still arrested, the injured sent home from
    hospital still injured."""
    categories = _categories(
        "Three guards were taken hostage and later released. Eleven men were arrested and "
        "later released on bail. Four people were injured and released from hospital."
    )
    assert categories["Three"] == "other"
    assert categories["Eleven"] == "arrested"
    assert categories["Four"] == "injured"


def test_a_time_adjective_before_a_noun_is_no_time() -> None:
    """ "Later generations knew her as ...", "Earlier reports said": which ones, not when;
    "Later, the council voted" is a time."""
    whens = _whens(
        "The actor Ann Frost has died aged 88. Later generations knew her best as "
        "Professor Hobbs in the Long Meadow films, for which she won two awards. Earlier "
        "reports said she had been ill. Later, the council voted to rename a square after her."
    )
    assert whens.count("Later") == 1 and "Earlier" not in whens


def test_people_left_without_what_everyone_needs_are_affected() -> None:
    """ "leaving 30,000 households without power", "About 8,000 customers were without
    water": affected, as the annotation guide's people affected are; the storm's dead stay
    killed, and a prisoner jailed "without parole" stays arrested."""
    categories = _categories(
        "The storm killed 12 people and left 30,000 households without power. About 8,000 "
        "customers were without water on Friday. Two looters were jailed without parole."
    )
    assert categories["12"] == "killed"
    assert categories["30,000"] == "affected" and categories["About 8,000"] == "affected"
    assert categories["Two"] == "arrested"


def test_the_people_who_told_are_no_figure() -> None:
    """ "two security sources said", "three witnesses told reporters", "according to two
    officials": who told, no figure of what happened; "killed at least 40 people, witnesses
    said" (the parse: the people said) still counts the dead."""
    categories = _categories(
        "Gunmen killed at least 40 people, witnesses said. The president was being held at "
        "his home, two security sources said. Three witnesses told reporters the gunmen "
        "fled. The talks failed, according to two officials."
    )
    assert categories == {"at least 40": "killed"}


def test_people_who_tested_positive_are_affected_and_an_age_after_now_is_no_figure() -> None:
    """ "Five farm workers have tested positive", "Three more people tested positive": the
    infected, affected; "Dolgova, now 17, tested positive" (NER: the name a body's): an age,
    no figure; "took up 20 positions" is no one affected."""
    categories = _categories(
        "Five farm workers have tested positive for the H5N1 virus. Three more people tested "
        "positive on Monday. Dolgova, now 17, tested positive for a banned drug. Troops took "
        "up 20 positions near the farm."
    )
    assert categories["Five"] == "affected" and categories["Three"] == "affected"
    assert "17" not in categories
    assert categories["20"] == "other"


def test_a_distance_whose_unit_ner_left_out_says_where() -> None:
    """ "in the town of Handlova, about 150km northeast of the capital" (NER: "about 150" a
    number, "km" after it): where the town is, no key figure; "covered about 150km" still
    measures."""
    categories = _categories(
        "He was shot in the town of Handlova, about 150km northeast of the capital. The march "
        "covered about 150km."
    )
    assert list(categories) == ["about 150km"]


def test_which_of_a_series_is_no_time() -> None:
    """ "the 14th in a row", "for the second year running" (NER: dates): which of a series,
    not when; the day the rise was made is."""
    whens = _whens(
        "The central bank raised its main rate to 6% on Thursday, the 14th in a row. Wages "
        "fell for the second year running."
    )
    assert whens == ["on Thursday"]


def test_a_clock_time_ner_took_for_a_number_and_hours_later_are_times() -> None:
    """ "lost power shortly before 1.30am" (NER: a cardinal) is a time of day; "Hours later,"
    (NER: nothing) is a time counted from the event before, read whole."""
    assert _whens("The tanker lost power shortly before 2.15am and drifted onto rocks.") == [
        "before 2.15am"
    ]
    assert _whens("Hours later, the crew was lifted off by helicopter.") == ["Hours later"]


def test_a_range_of_sums_with_scale_words_is_one_figure() -> None:
    """ "between €4bn and €5bn": "5bn" is a numeral glued to its scale; the range is one
    figure, its lower end the count."""
    counts = _counts("The firm said its profit for the year would be between €4bn and €5bn.")
    assert counts["between €4bn and €5bn"] == (4_000_000_000, "money")


def test_a_count_of_which_counts_what_which_refers_to() -> None:
    """ "fired 180 drones, of which 60 were shot down and 90 were jammed": the 60 and the
    90 are drones, no people killed or missing."""
    counts = _counts(
        "The air force said the enemy had fired 180 drones overnight, of which 60 were shot "
        "down and 90 were lost to jamming."
    )
    assert counts["60"] == (60, "other")
    assert counts["90"] == (90, "other")


def test_a_records_yardstick_and_a_matchs_clock_are_no_times() -> None:
    """ "its worst day since the 1991 crash": the year measures the record, the fall happened
    "on Monday"; "scored in the 88th minute" is the match's clock."""
    assert _whens(
        "Shares tumbled on Monday, with the main index suffering its worst day since the 1991 "
        "crash."
    ) == ["on Monday"]
    assert _whens("Rovers won the cup when Jones scored in the 88th minute.") == []


def test_a_named_day_of_the_year_outranks_the_weekday_it_was_reported() -> None:
    """ "struck on New Year's Day, officials said on Tuesday": the quake's day is the
    sentence's time, not the day it was reported."""
    assert _whens(
        "A strong earthquake struck the north of the island on Christmas Day, killing at "
        "least 12 people, officials said on Tuesday."
    ) == ["on Christmas Day"]


def test_people_ordered_to_leave_a_named_place_are_displaced() -> None:
    """ "ordered to leave Banff National Park", "told to leave the town": evacuated, as
    "ordered to leave their homes" is; "told 40 workers to leave the union" is no one
    displaced."""
    categories = _categories(
        "About 12,000 residents and visitors were ordered to leave Banff National Park on "
        "Monday night. The company told 40 workers to leave the union."
    )
    assert categories["About 12,000"] == "displaced"
    assert categories["40"] == "other"


def test_a_time_of_day_alone_is_on_the_day_the_story_last_named() -> None:
    """ "overturned on Tuesday evening", then "left the road shortly after 7pm": the crash's
    day, not the day the story was published (Wednesday); alone, a time of day is on the
    source's day."""
    dated = _dated(
        "A coach overturned on a motorway on Tuesday evening, killing two people. It left the "
        "road shortly after 7pm, police said.",
        datetime(2026, 6, 10, 9, 0, tzinfo=UTC),
    )
    assert dated["on Tuesday"] == "2026-06-09"
    assert dated["after 7pm"] == "2026-06-09"
    alone = _dated(
        "The quake struck at 3.42am local time.", datetime(2026, 6, 10, 9, 0, tzinfo=UTC)
    )
    assert list(alone.values()) == ["2026-06-10"]


def test_a_state_written_after_the_counted_people_says_what_befell_them() -> None:
    """ "rescuers searched for dozens of people still missing in the worst floods" (the parse
    hangs "missing" on "searched"): the people are missing."""
    categories = _categories(
        "The death toll from the floods has risen to 90, officials said on Thursday, as "
        "rescuers searched for dozens of people still missing in the worst flooding disaster "
        "in the region's modern history."
    )
    assert categories["dozens"] == "missing"


def test_people_found_dead_are_killed_and_one_by_one_counts_no_one() -> None:
    """ "14 migrants found dead in a forest": what the participle says they were found is
    what befell them; "One by one the survivors were brought down" is an order, no count."""
    categories = _categories(
        "Rescuers said 14 migrants found dead in a forest near the border were carried to the "
        "village. One by one the survivors were brought down the hill."
    )
    assert categories["14"] == "killed"
    assert not any(written.lower() == "one" for written in categories)


def test_a_currency_named_by_its_countrys_adjective() -> None:
    """ "4 billion Icelandic crowns", "2 million Swedish crowns": the country's own tender
    (CLDR via babel), the words the currency's name, not what is counted."""
    from briefing.extract.figures import candidates

    found = {
        c.as_written: (c.currency, c.category, c.of_whom)
        for c in candidates(
            _parsed(
                "The council has spent about 4 billion Icelandic crowns on sea walls since "
                "2023. A Swedish shipping firm was fined 2 million Swedish crowns."
            ),
            set(),
        )
    }
    assert found["about 4 billion Icelandic crowns"] == ("ISK", "money", None)
    assert found["2 million Swedish crowns"] == ("SEK", "money", None)


def test_a_count_in_words_ner_took_for_a_date_is_no_time() -> None:
    """ "argued for no more than six and a half" (years, said before; NER: a date) is a
    prison term, no point in time; "on Friday" is one."""
    whens = _whens(
        "Prosecutors had asked for 40 to 50 years; his lawyers had argued for no more than "
        "six and a half. The judge sentenced him on Friday."
    )
    assert not any("six and a half" in w for w in whens)
    assert any("Friday" in w for w in whens)


def test_a_size_said_vaguely_is_no_figure() -> None:
    """ "a wall of water several metres high", "rose by several feet": a size with no count,
    no key figure; "200 homes" still is."""
    categories = _categories(
        "The storm sent a wall of water several metres high through the valley. The river "
        "rose by several feet overnight and 200 homes were flooded."
    )
    assert not any("several" in written for written in categories)
    assert "200" in categories


def test_shot_and_wounded_are_injured_and_lined_up_and_shot_are_killed() -> None:
    """ "were shot and wounded": hurt, not dead ("shot" alone says nothing of death); "were
    lined up and shot": what was done to them after the verb that says nothing."""
    categories = _categories(
        "Two police officers were shot and wounded during a standoff on Friday. At least 12 "
        "prisoners were lined up and shot by the militants. Three men were shot and killed "
        "in the street."
    )
    assert categories["Two"] == "injured"
    assert categories["At least 12"] == "killed"
    assert categories["Three"] == "killed"


def test_a_year_hedged_by_a_quantifier_is_no_figure() -> None:
    """ "expected to last until at least 2024" (NER: a number): a year; "At least 2024
    people were arrested" is a count."""
    assert not any(
        "2024" in written
        for written in _categories(
            "The trial is expected to last until at least 2024, and more than 100 hearing dates "
            "have been set."
        )
    )
    assert (
        _categories("At least 2024 people were arrested in the crackdown.")["At least 2024"]
        == "arrested"
    )


@pytest.mark.model
def test_a_clause_that_hangs_on_a_forecast_looks_ahead_with_it() -> None:
    """A storm story of our own, published on Monday: "is forecast to weaken as it moves
    towards Fujian on Tuesday" is the coming Tuesday (the present-tense "as" clause is in
    the forecast's time); "schools were closed on Monday" stays the story's own day."""
    published = datetime(2023, 9, 4, 8, tzinfo=UTC)  # a Monday
    found = _dated(
        "Schools were closed in Tainan on Monday. The storm is forecast to weaken as it "
        "moves towards Fujian on Tuesday.",
        published,
    )
    assert found == {"on Monday": "2023-09-04", "on Tuesday": "2023-09-05"}, found


def test_people_moved_to_safety_are_displaced() -> None:
    """A storm story of our own: "moved 40,000 people to safety" were evacuated, displaced
    like those "moved to shelters"; "sent 40 doctors to the coast" moved no one from home."""
    categories = _categories(
        "Officials in Ravena province said they had moved 40,000 people to safety before the "
        "storm. The ministry sent 40 doctors to the coast."
    )
    assert categories["40,000"] == "displaced", categories
    assert categories.get("40", "other") == "other", categories


def test_the_same_period_of_another_year_is_a_base_no_time() -> None:
    """A migration story of our own: "down from 61,000 in the same period of 2022" is what
    the count is measured against; "this year" is when the crossings happened."""
    whens = _whens(
        "About 48,000 people have crossed the strait this year, down from 61,000 in the "
        "same period of 2022, official figures show."
    )
    assert "2022" not in " ".join(whens), whens
    assert "this year" in whens, whens


def test_a_year_that_names_a_thing_gives_way_to_the_events_time() -> None:
    """A strike story of our own: "veterans of the 1982 border war" says which war; the
    strike began "in early March", the sentence's time."""
    whens = _whens(
        "The strike began in early March after the board cut pensions for veterans of the "
        "1982 border war."
    )
    assert whens == ["in early March"], whens


def test_units_of_time_joined_by_or_are_a_spell_not_a_time() -> None:
    """A quake story of our own: "needs that could last months or years" (NER: "last months
    or years", a date) says how long, not when."""
    whens = _whens(
        "The quake struck on Friday night. Aid agencies warned that the needs of survivors "
        "could last months or years."
    )
    assert whens == ["on Friday night"], whens


def test_people_among_the_dead_are_killed_whatever_their_noun() -> None:
    """An avalanche story of our own: "Two Sherpa guides and climbers from Austria were
    among the dead" counts the dead ("guides" alone names no people the data knows), but
    "100 doses and four doctors" counts each on its own: the doses are no people."""
    assert (
        _categories(
            "An avalanche hit the camp on Monday, killing nine climbers. Two Sherpa guides and "
            "climbers from Austria were among the dead, officials said."
        ).get("Two")
        == "killed"
    )
    assert (
        _categories(
            "Doctors offered 100 doses of flu vaccine and four volunteer physicians to the camp "
            "where three migrants had died."
        ).get("100")
        == "other"
    )


def test_people_rescued_with_injuries_are_injured() -> None:
    """The same story: "Four people were rescued with injuries" were hurt (not displaced,
    as "rescued" alone would say); "charged with murder" says nothing of hurt."""
    assert (
        _categories(
            "An avalanche hit the camp on Monday. Four people were rescued with injuries and "
            "flown to a hospital in Kathmandu."
        ).get("Four")
        == "injured"
    )
    assert (
        _categories(
            "Police said two men were charged with murder and wounding after the attack."
        ).get("two")
        == "arrested"
    )


def test_a_sum_in_rand_written_small_after_its_number_is_money() -> None:
    """A corruption trial of our own: "12 million rand in bribes", "bail of 50,000 rand" are
    sums in South African rand (ZAR), though "rand" alone is no currency sign."""
    counts = _counts(
        "The former minister is accused of taking 12 million rand in bribes. He was released "
        "on bail of 50,000 rand last year."
    )
    assert counts.get("12 million rand") == (12_000_000, "money"), counts
    assert counts.get("50,000 rand") == (50_000, "money"), counts


def test_a_dated_verb_in_the_simple_present_is_scheduled_ahead() -> None:
    """An eruption story of our own, filed on 21 November 2024: "Iceland holds a
    parliamentary election on Nov 30" is the coming 30 November, not last year's."""
    dated = _dated(
        "A volcano erupted late on Wednesday near the town. Iceland holds a parliamentary "
        "election on Nov 30.",
        datetime(2024, 11, 21, 9, 0, tzinfo=UTC),
    )
    assert dated.get("on Nov 30") == "2024-11-30", dated
    asked = _dated(  # "What’s new": a state, nothing scheduled
        "What’s new in the September pack?", datetime(2018, 10, 4, 9, 0, tzinfo=UTC)
    )
    assert asked.get("September") == "2018-09", asked


def test_a_month_ahead_that_has_begun_is_this_months() -> None:
    """An events page of our own, published on 4 October 2018: "the riders will compete in
    the finals in October" is this October, which has not ended, not next year's."""
    dated = _dated(
        "The young riders will compete in the finals in October, the federation said.",
        datetime(2018, 10, 4, 9, 0, tzinfo=UTC),
    )
    assert dated.get("in October") == "2018-10", dated


def test_a_scale_glued_to_a_sum_is_no_word_of_what_it_buys() -> None:
    """A jobs story of our own: "after a £200m investment in a new train factory" is a sum
    of money for an "investment", not an "m investment"."""
    from briefing.extract.figures import candidates

    found = {
        c.as_written: c.of_whom
        for c in candidates(
            _parsed(
                "The company expected few job losses in Britain, after a £200m investment in "
                "a new train factory in Goole."
            ),
            set(),
        )
    }
    assert found.get("£200m") == "investment", found


def test_a_length_of_time_is_written_without_the_date_ner_joined_to_it() -> None:
    """ "sentenced on Tuesday to 12 years" (NER: one date, "Tuesday to 12 years"): the
    figure is "12 years"; "up to 15 years" keeps its hedge."""
    counts = _counts(
        "A former county finance director was sentenced on Tuesday to 12 years in federal "
        "prison for stealing $4 million. Her deputy faces up to 15 years."
    )
    assert "12 years" in counts
    assert not any("Tuesday" in written for written in counts)
    assert "up to 15 years" in counts


def test_people_in_a_hospitals_condition_are_injured() -> None:
    """ "11 of the survivors were in a serious condition": hurt, though no verb of harm
    governs the count."""
    counts = _counts(
        "A passenger jet crashed near Aktau on Wednesday, killing 38 people. The emergencies "
        "ministry said 11 of the survivors were in a serious condition."
    )
    assert counts["11"] == (11, "injured")
    assert counts["38"] == (38, "killed")


def test_what_may_yet_happen_in_a_month_is_the_coming_one() -> None:
    """A health story of our own, published on 3 March 2026: "cases could rise sharply
    before the end of the rainy season in April" is the coming April, not last year's;
    "could not attend in May" and "could have opened in January" stay behind."""
    published = datetime(2026, 3, 3, 9, 0, tzinfo=UTC)
    ahead = _dated(
        "The minister warned that the number of cases could rise sharply before the end of "
        "the rainy season in April.",
        published,
    )
    assert ahead.get("in April") == "2026-04", ahead
    behind = _dated("The mayor said she could not attend the launch in May.", published)
    assert behind.get("in May") == "2025-05", behind
    missed = _dated("The clinic could have opened in January, the council admitted.", published)
    assert missed.get("in January") == "2026-01", missed


def test_people_who_suffered_injuries_are_injured() -> None:
    """ "Two firefighters suffered minor injuries", "three officers sustained burns": hurt,
    as their object says; "suffered from cholera" is still sickness."""
    counts = _counts(
        "Two firefighters suffered minor injuries as the fire spread. Three officers "
        "sustained burns. About 3,000 people suffered from cholera."
    )
    assert counts["Two"] == (2, "injured"), counts
    assert counts["Three"] == (3, "injured"), counts
    assert counts["About 3,000"] == (3000, "affected"), counts


def test_a_street_ner_read_as_a_date_is_no_time() -> None:
    """A shooting story of our own: "entered the store on East 21st Street shortly after 2
    p.m." is timed by the clock, not by the street (NER: "East 21st Street", a date)."""
    whens = _whens(
        "The suspect entered the store on East 21st Street shortly after 2 p.m. armed with "
        "a rifle, police said."
    )
    assert not any("Street" in w for w in whens), whens


def test_a_number_word_with_a_capital_inside_a_sentence_opens_a_name() -> None:
    """ "Saturday's Six Nations match", "the Zero Gravity seats": names, no figures; "Six
    people were hurt" opens its sentence and counts."""
    from briefing.extract.figures import candidates

    found = [
        (c.as_written, c.category)
        for c in candidates(
            _parsed(
                "Wales coach Gwyn Parry has named an unchanged side for Saturday's Six Nations "
                "match against Scotland. Six people were hurt when a stand collapsed."
            ),
            set(),
        )
    ]
    assert [f for f in found if f[0] == "Six"] == [("Six", "injured")], found
    counts = _counts("The car has new Zero Gravity seats and 10 airbags, the maker said.")
    assert "Zero" not in counts and "10" in counts, counts


@pytest.mark.model
def test_a_name_listed_with_other_names_is_no_time() -> None:
    """ "to shut schools at Achnasheen, Kinlochbervie and Tongue" (NER: "Achnasheen" a date,
    the others bodies): villages listed together, no time."""
    from briefing.extract.timeline import candidates

    text = (
        "A Highland council agreed on Monday to close three rural primary schools. The "
        "Highland Council's education committee voted 9-7 to shut schools at Achnasheen, "
        "Kinlochbervie and Tongue, which have fewer than ten pupils between them."
    )
    whens = [c.when for c in candidates(_parsed(text), set(), {})]
    assert not any("Achnasheen" in w for w in whens), whens
    assert any("Monday" in w for w in whens), whens


@pytest.mark.model
def test_a_count_before_a_relative_time_is_no_part_of_it() -> None:
    """ "until he turned 18 this month", "cases rose from 39 last week" (NER: one date each):
    the age and the count are no part of the time."""
    whens = _whens(
        "A teenager stabbed a rival outside a takeaway, a court heard. The defendant, who could "
        "not be named until he turned 18 this month, denies murder. Cases rose to 52 from 39 "
        "last week, officials said."
    )
    assert "this month" in " ".join(whens) and not any("18" in w for w in whens), whens
    assert not any("39" in w for w in whens), whens


def test_numbers_after_the_things_they_label_are_no_count() -> None:
    """ "between junctions 15 and 16", "at platforms 9 and 10": labels of the junctions and
    platforms; "12 junctions were closed" counts them."""
    from briefing.extract.figures import candidates

    found = [
        c.as_written
        for c in candidates(
            _parsed(
                "The collision happened between junctions 15 and 16 on Tuesday. Passengers at "
                "platforms 9 and 10 were evacuated. Police said 12 junctions were closed."
            ),
            set(),
        )
    ]
    assert not any(w in found for w in ("15", "16", "9", "10")), found
    assert not any("between" in w for w in found), found
    assert "12" in found, found


@pytest.mark.model
def test_that_month_is_the_month_the_story_last_named() -> None:
    """ "a late-night raid in June 2004", then "counted towards that month's local
    elections": that month is June 2004 (no publication date needed); "that year" with no
    date named before stays undated."""
    from briefing.extract.timeline import candidates

    found = {
        c.when: c.date
        for c in candidates(
            _parsed(
                "Police found three councillors handling unsealed postal ballots in a warehouse "
                "during a late-night raid in June 2004, the court heard. The votes were later "
                "counted towards that month's local elections."
            ),
            set(),
            {},
        )
    }
    assert any(d == "2004-06" for w, d in found.items() if "that month" in w), found
    alone = {
        c.when: c.date
        for c in candidates(_parsed("The mill closed that year, the museum says."), set(), {})
    }
    assert all(d is None for d in alone.values()), alone


def test_a_range_of_sums_with_the_sign_written_twice_is_one_figure() -> None:
    """ "between €2bn and €2.5bn" (NER reads the second sum without its sign): one range,
    written as the text writes it, its lower end the count."""
    found = _counts(
        "The chipmaker said it expected the export curbs to cut its sales next year by between "
        "€2bn and €2.5bn."
    )
    assert found.get("between €2bn and €2.5bn") == (2_000_000_000, "money"), found


def test_a_share_of_every_ten_is_one_figure_and_no_count_of_ten() -> None:
    """ "about nine in ten unvaccinated people": a share (0.9), neither a count of nine nor
    of ten people; "killed 12 in 2019" and "two in 10 days" are no shares."""
    found = _counts(
        "About nine in ten unvaccinated people exposed to the virus will catch it. Gunmen "
        "killed 12 in 2019 and two more in 10 days last month."
    )
    assert found.get("About nine in ten") == (0.9, "affected"), found
    assert "ten" not in found and "12" in found, found


def test_a_fine_each_person_pays_is_a_sum_not_a_price() -> None:
    """ "Two further defendants were fined £20,000 each": money, a sum per person; "tickets
    were sold at £20 each" is still a unit's price."""
    found = _categories(
        "Six members of the gang were jailed. Two further defendants were fined £20,000 each. "
        "Tickets for the trial's public gallery were sold at £20 each."
    )
    assert found.get("£20,000") == "money", found
    assert found.get("£20") == "other", found


def test_bail_until_a_month_runs_to_the_next_one() -> None:
    """ "has been released on bail until April", published in March 2014: April 2014, the
    bail still running (not April 2013); "was held until February" stays the last."""
    found = _dated(
        "The dog's owner was arrested on Friday. He has been released on bail until April. "
        "A neighbour said another man was held until February.",
        datetime(2014, 3, 3),
    )
    assert found.get("until April") == "2014-04", found
    assert found.get("until February") == "2014-02", found


def test_a_conjunct_reported_missing_is_missing_not_killed() -> None:
    """ "More than 500 people have been killed and about 600 reported missing": the second
    count's own participle and what it says they are, before the verb the parse hangs it
    on."""
    cats = _categories(
        "More than 500 people have been killed and about 600 reported missing in the "
        "region since the infighting began, according to prosecutors."
    )
    assert cats.get("More than 500") == "killed", cats
    assert cats.get("about 600") == "missing", cats


def test_a_records_yardstick_and_a_late_minute_are_no_times() -> None:
    """ "the strongest to hit the country in more than a century" measures a record (the
    verb of the record's clause carries the "in"); "pulled out at the last minute" says how
    late. Neither is when anything happened; "since May, when … were exchanged" is."""
    whens = _whens(
        "A powerful earthquake struck the region on Friday, killing at least 800 people. It "
        "was the strongest to hit the country in more than a century. The railway company "
        "pulled out of the meeting at the last minute. He is the first inmate to be freed "
        "since May, when five detainees were exchanged for a soldier."
    )
    assert "on Friday" in whens, whens
    assert not any("century" in w or "last minute" in w for w in whens), whens
    assert "since May" in whens, whens


def test_what_was_due_on_a_day_is_dated_ahead() -> None:
    """ "The Grand Prix at Imola, due to be held on Sunday, was cancelled" in a story of
    Saturday 17 May: the Sunday it was due, the 18th, not the 11th before it."""
    dated = _dated(
        "Floods hit the region on Friday, officials said. The Grand Prix at Imola, due to be "
        "held on Sunday, was cancelled.",
        datetime(2025, 5, 17, 9, 0, tzinfo=UTC),
    )
    assert dated.get("on Friday") == "2025-05-16", dated
    assert dated.get("on Sunday") == "2025-05-18", dated


def test_zero_counts_nothing() -> None:
    """ "Members of Holyrood's net zero committee": "zero" names the committee's aim, no
    figure; the £400m the ferries cost is one."""
    cats = _categories(
        "The ferries will now cost at least £400m, the shipyard's boss told MSPs. Members of "
        "Holyrood's net zero committee criticised the yard's management."
    )
    assert "at least £400m" in cats, cats
    assert not any("zero" in w for w in cats), cats


def test_a_record_frame_run_into_a_date_is_no_figure() -> None:
    """ "its first fall in deliveries in nearly four years this month" (NER: one date, the
    parse hanging "in" on the verb): how long since, no count of years; the units counted in
    the sentence stay."""
    found = _categories(
        "The carmaker reported its first year-on-year fall in quarterly deliveries in nearly "
        "four years this month, delivering 386,810 vehicles."
    )
    assert not any("four years" in written for written in found), found
    assert "386,810" in found, found


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        (  # "The ship's Greek operator, Third January Maritime, said" (NER: a date): a name
            # that ends in no word of time, standing in apposition, is when nothing happened
            "A missile struck a cargo ship in the Red Sea on Tuesday, the military said. The "
            "ship's Greek operator, Third January Maritime, said the vessel had no links to "
            "Israel.",
            "on Tuesday",
            ("Maritime",),
        ),
        (  # "Sales rose by 0.2% on the month": over the month before, what the change is
            # measured from; "the worst since records began in 1995": the record's yardstick
            "Retail sales grew at their slowest pace for two years in February. Sales volumes "
            "rose by 0.2% on the month, statisticians said. Like-for-like sales fell by 0.6%, "
            "the worst performance since records began in 1995.",
            "in February",
            ("month", "1995"),
        ),
        (  # "for her next week" (NER: "her next week"): when is next week; "in his first
            # year" stays his
            "The university said it would hold a memorial service for her next week. The "
            "coach won the league in his first year.",
            "next week",
            ("her",),
        ),
        (  # "hovered near 50C this week" (NER: "50C this week"): when is this week
            "Temperatures in the capital have hovered near 50C this week, officials said.",
            "this week",
            ("50C",),
        ),
    ],
)
def test_words_ner_ran_into_a_time_are_no_part_of_it(
    text: str, kept: str, dropped: tuple[str, ...]
) -> None:
    """A firm's name, a comparison's base, a record's yardstick, a pronoun, a temperature: NER
    reads each as (part of) a time; the time stays, the rest is none."""
    whens = _whens(text)
    assert kept in whens, whens
    assert not any(d in w for d in dropped for w in whens), whens
