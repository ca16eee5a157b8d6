"""An article's structure from real-looking pages: only the body's sentences reach the brief."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing import Options, make_brief, render_json, render_markdown
from briefing.cli import cli
from briefing.ingest import html as html_reader
from briefing.ingest import read_source, source_from_bytes
from briefing.ingest.structure import Part, read_structure
from briefing.model import Source
from briefing.segment import segment

from .conftest import CASE


def kinds(text: str, **kwargs: str) -> list[tuple[str, str]]:
    """(kind, line) for every block of a plain text."""
    structure = read_structure([Part(text)], **kwargs)  # type: ignore[arg-type]
    return [(b.kind, " ".join(structure.text[b.start : b.end].split())) for b in structure.blocks]


def kind_of(line: str) -> str:
    """The kind of one line standing between two body paragraphs."""
    text = f"The council met on Monday to discuss the budget.\n{line}\nIt approved the plan."
    return kinds(text)[1][0]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("3 min read", "furniture"),
        ("Lesezeit: 4 Minuten", "furniture"),
        ("Tempo de leitura: 2 minutos", "furniture"),
        ("By Dana Whitfield", "byline"),
        ("By Dana Whitfield for MailOnline", "byline"),
        ("By Dana Whitfield in Lisbon", "byline"),
        ("Published 14 March 2026", "date"),
        ("UPDATED: Wed., Mar. 4, 2026", "date"),
        ("4:10 PM EST 03/02/2021 | By Dana Whitfield", "date"),
        ("12/01/2025 - Publicado por: Joana Lima - Categoria: Cidade - Tags: obras", "date"),
        ("Share", "furniture"),
        ("- Order Reprints - Print Article", "furniture"),
        ("More:", "furniture"),
        ("Read more: Council tax to rise again next year", "furniture"),
        ("Also: See our full coverage of the election", "furniture"),
        ("This copy is for your personal, non-commercial use only.", "furniture"),
        ("https://example.org/news/2026/03/council-budget", "furniture"),
        ("\U0001f642", "furniture"),
        ("-", "furniture"),
        ("Councillors at the town hall on Monday [file photo-AFP]", "caption"),
        ("The flooded high street (Photo: Reuters)", "caption"),
        ("SCHOOL SPORTS ROUNDUP", "heading"),
        ("-- WORRIED IN LEEDS", "paragraph"),  # a letter's signature, read for its writer
        ("Budget vote delayed", "heading"),
        ("budget 2026, council tax, town hall, bin collections, parking fees", "furniture"),
        ("Officials said the vote would take place on Thursday.", "paragraph"),
        ("By the time the vote was called, most members had left the chamber.", "paragraph"),
    ],
)
def test_each_furniture_shape_is_recognised(line: str, kind: str) -> None:
    assert kind_of(line) == kind


def test_a_dotted_archive_byline_leaves_the_story_and_dates_it(tmp_path: Path) -> None:
    """A story as the CNN/Daily Mail corpus writes it, its fields dotted apart: the byline
    and the date lines are left out (no BLUF reads "By ."), the writer is the author and the
    first date the publication date, which then dates "in January"."""
    text = (
        "By . Nia Okafor . PUBLISHED: . 08:12 EST, 14 May 2014 . | . UPDATED: . 10:41 EST, 14 "
        "May 2014 . A grandmother has been jailed for six years for smuggling cocaine into "
        "Britain hidden in tins of beans. She was stopped at Manchester Airport in January "
        "after flying in from Jamaica, the court heard."
    )
    source = source_from_bytes(text.encode(), "s1")
    assert source.author == "Nia Okafor"
    assert source.published == "2014-05-14"
    doc = segment(source)
    assert doc.sentences[0].text.startswith("A grandmother has been jailed")
    story = tmp_path / "archived.txt"
    story.write_text(text)
    brief = json.loads(render_json(make_brief([story], Options())))
    assert brief["bluf"].startswith("A grandmother")
    assert any(e["date"] == "2014-01" for e in brief["timeline"]), brief["timeline"]


def test_a_dotted_last_updated_line_dates_the_story() -> None:
    """ "By . Daily Mail Reporter . Last updated at 4:52 PM on 5th March 2011 . Two British
    tourists …": the label and its date in one field; "on Friday" is then 4 March 2011."""
    text = (
        "By . Daily Mail Reporter . Last updated at 4:52 PM on 5th March 2011 . Two British "
        "tourists were shot dead when gunmen opened fire on their car in Jamaica on Friday, "
        "police said."
    )
    source = source_from_bytes(text.encode(), "s1")
    assert (source.author, source.published) == ("Daily Mail Reporter", "2011-03-05")
    assert segment(source).sentences[0].text.startswith("Two British tourists")


def test_a_dotted_byline_standing_as_its_own_paragraph_is_left_out_whole() -> None:
    """The fields dotted apart on a line of their own, the last date closing the line: the
    whole line is the byline, so neither the BLUF nor the timeline reads "10:41 EST, 14 May
    2014 ."."""
    text = (
        "By . Nia Okafor . PUBLISHED: . 08:12 EST, 14 May 2014 . | . UPDATED: . 10:41 EST, "
        "14 May 2014 .\n\nA surfer has been bitten by a shark off the coast of Florida."
    )
    source = source_from_bytes(text.encode(), "s1")
    assert (source.author, source.published) == ("Nia Okafor", "2014-05-14")
    assert [s.text for s in segment(source).sentences] == [
        "A surfer has been bitten by a shark off the coast of Florida."
    ]


def test_a_live_blogs_time_stamps_are_left_out_of_its_entries() -> None:
    """ "10:45 p.m. — Hurricane Milton made landfall …": the clock opens the entry, not the
    sentence; "The storm hit at 10:45 p.m. on Tuesday" keeps its time."""
    text = (
        "Live updates: Storm Ada reaches the coast\n\n"
        "10:45 p.m. \u2014 Storm Ada made landfall near Portmore with winds of 120 mph.\n\n"
        "09:30 GMT - More than 20,000 homes are without power.\n\n"
        "The storm hit at 10:45 p.m. on Tuesday, officials said."
    )
    texts = [s.text for s in segment(source_from_bytes(text.encode(), "s1")).sentences]
    assert texts == [
        "Storm Ada made landfall near Portmore with winds of 120 mph.",
        "More than 20,000 homes are without power.",
        "The storm hit at 10:45 p.m. on Tuesday, officials said.",
    ], texts


def test_copied_page_text_keeps_only_the_article() -> None:
    source = read_source(str(CASE["copied-page.txt"]), "s1")
    assert source.title == "Floodwaters force evacuation of riverside districts in Kassala"
    assert source.author == "Amira Haddad and Tomas Ferreira"
    assert source.published == "2017-06-09"
    doc = segment(source)
    texts = [s.text for s in doc.sentences]
    assert texts[0].startswith("Emergency crews evacuated")
    assert source.dateline is not None and source.dateline.place == "Kassala"
    left = {b.kind for b in doc.left_out}
    assert left == {"headline", "furniture", "standfirst", "byline", "date", "caption", "dateline"}
    for furniture in ("3 min read", "Share", "[file photo-AFP]", "Read more", "Advertisement"):
        assert not any(furniture in t for t in texts), furniture
    # The headline, repeated on the second line, is never glued to a sentence.
    assert not any("Floodwaters force" in t for t in texts)


def test_html_page_structure_and_metadata() -> None:
    source = read_source(str(CASE["news-page.html"]), "s1")
    assert source.title == "Port strike halts grain exports from Mombasa"
    assert (source.author, source.site) == ("Wanjiru Mwangi", "The Coastal Ledger")
    assert source.published and source.published.startswith("2026-03-14")
    doc = segment(source)
    texts = " ".join(s.text for s in doc.sentences)
    for furniture in ("Talks break down", "Related stories", "Fuel prices", "Idle cranes", "Tweet"):
        assert furniture not in texts, furniture
    assert {b.kind for b in doc.left_out} >= {"headline", "standfirst", "heading"}
    assert doc.sentences[0].text.startswith("Grain exports")
    assert source.dateline is not None and source.dateline.place == "Mombasa"


def test_headline_glued_to_the_first_sentence_is_cut_off() -> None:
    text = (
        "Ferry service suspended after hull damage\n\n"
        "Ferry service suspended after hull damage The island's only ferry will stay in port "
        "for two weeks while divers inspect a crack in its hull, the operator said."
    )
    doc = segment(source_from_bytes(text.encode(), "s1"))
    assert doc.sentences[0].text.startswith("The island's only ferry")


def test_subheading_is_not_glued_to_the_paragraph_under_it() -> None:
    text = (
        "Regional roundup\n\nGIRLS BASKETBALL\nCentral beat Westfield 54-41 on Friday night "
        "behind 18 points from its captain.\n\nSWIMMING\nThe relay team set a school record."
    )
    doc = segment(source_from_bytes(text.encode(), "s1"))
    assert [s.text for s in doc.sentences] == [
        "Central beat Westfield 54-41 on Friday night behind 18 points from its captain.",
        "The relay team set a school record.",
    ]


def test_hard_wrapped_text_is_joined_back_into_sentences() -> None:
    text = (
        "Officials in the northern province said on Tuesday that the\n"
        "road to the border had been closed after heavy snow, and that\n"
        "convoys would wait in the town until the army cleared it.\n"
        "Drivers were told to expect delays of at least two days.\n"
    )
    doc = segment(source_from_bytes(text.encode(), "s1"))
    assert [s.text[:30] for s in doc.sentences] == [
        "Officials in the northern prov",
        "Drivers were told to expect de",
    ]


def test_numbered_lines_are_a_list_and_tags_are_furniture() -> None:
    lines = [f"{n}a etapa: {n + 3} de março – Circuito {n}" for n in range(1, 6)]
    text = "\n".join(["Calendário 2026", *lines, "motor, corrida, circuito, etapa, calendário"])
    found = kinds(text)
    assert [k for k, _ in found] == ["headline", *(["item"] * 5), "furniture"]


@pytest.mark.parametrize(
    "text",
    [
        "Only a headline without a full stop",
        "1 2 3 4 5\n6 7 8 9 10",
        "first line\nsecond line\nthird line",
    ],
)
def test_text_without_a_body_is_all_body(text: str) -> None:
    assert segment(source_from_bytes(text.encode(), "s1")).sentences


def test_german_is_detected_and_split_as_german() -> None:
    text = (
        "Am 12. Bis 13. September findet wieder die Messe in Köln statt. Mehr als 40.000 "
        "Besucher werden erwartet, und die Aussteller zeigen ihre neuen Produkte. Die "
        "Veranstalter rechnen mit einem Rekord."
    )
    source = source_from_bytes(text.encode(), "s1")
    assert source.language == "german"
    sentences = [s.text for s in segment(source).sentences]
    assert sentences[0] == "Am 12. Bis 13. September findet wieder die Messe in Köln statt."
    english = [s.text for s in segment(source, "english").sentences]  # --language overrides
    assert english[:2] == ["Am 12.", "Bis 13."]


@pytest.mark.model
def test_non_english_brief_says_extraction_reads_english(tmp_path: Path) -> None:
    article = tmp_path / "artikel.txt"
    article.write_text(
        "Die Regierung hat am Montag neue Hilfen für die Landwirte angekündigt. Der Minister "
        "sagte, die Dürre habe die Ernte in diesem Jahr um ein Drittel verringert.",
        encoding="utf-8",
    )
    brief = make_brief([article], Options())
    assert brief.sources[0].language == "german" and not brief.actors
    assert any("English" in note for note in brief.notes)


def test_fallback_extractors_when_trafilatura_finds_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = CASE["table-layout-page.html"].read_bytes()
    monkeypatch.setattr(html_reader, "_trafilatura", lambda page: None)
    monkeypatch.setattr(html_reader, "_trafilatura_recall", lambda page: None)
    source = source_from_bytes(page, "s1", name="page.html")
    assert "24 boreholes" in segment(source).sentences[0].text  # readability-lxml
    monkeypatch.setattr(html_reader, "_readability", lambda page: None)
    source = source_from_bytes(page, "s1", name="page.html")
    assert "24 boreholes" in " ".join(s.text for s in segment(source).sentences)  # jusText


def test_explain_says_why_each_line_was_left_out(runner: CliRunner) -> None:
    path = str(CASE["copied-page.txt"])
    result = runner.invoke(cli, ["summarise", path, "--explain"], catch_exceptions=False)
    assert result.exit_code == 0
    assert "- reading time" not in result.output
    assert "furniture  a reading time: 3 min read" in result.output
    assert "date       a date line: 09 June, 2017" in result.output
    jsonl = runner.invoke(
        cli, ["summarise", path, "--explain", "--format", "jsonl"], catch_exceptions=False
    )
    line = json.loads(jsonl.output)
    assert {"kind": "byline", "why": "a byline", "text": "By Amira Haddad and Tomas Ferreira"} in (
        line["left_out"]
    )


def _ferry_story(opening: str) -> Source:
    """A ferry story of our own whose first paragraph opens with ``opening``."""
    text = (
        "Ferry sinks off the Tarvos coast\n\n"
        f"{opening}A ferry carrying 80 passengers sank off the coast on Monday, the port "
        "authority said. Rescue boats searched the bay through the night."
    )
    return source_from_bytes(text.encode(), "s1")


@pytest.mark.parametrize(
    ("opening", "place", "date"),
    [
        ("TARVOS, Eldoria — ", "Tarvos, Eldoria", None),
        ("TARVOS (Coastal Wire) — ", "Tarvos", None),
        ("TARVOS, 9 June — ", "Tarvos", "9 June"),
        ("TARVOS -- ", "Tarvos", None),
        ("PORT ELAN, Sept. 3 (Coastal Wire) - ", "Port Elan", "Sept. 3"),
        # a wire's own style: the place with capital initials, the agency a known one
        ("Tarvos, Eldoria, June 9 (Reuters) - ", "Tarvos, Eldoria", "June 9"),
        ("Port Elan, 9 June (AFP) — ", "Port Elan", "9 June"),
        # a long country's name and a full date
        (
            "TARVOS, Democratic Republic of Eldoria, 14 August 2025 - ",
            "Tarvos, Democratic Republic of Eldoria",
            "14 August 2025",
        ),
        # a place with capital initials and no agency, where the gazetteer knows it
        ("Mombasa - ", "Mombasa", None),
        ("Mombasa, 9 June - ", "Mombasa", "9 June"),
        # a place in capitals before a colon, where the gazetteer knows it
        ("MOMBASA: ", "Mombasa", None),
        ("MOMBASA, June 9: ", "Mombasa", "June 9"),
        # two places a story was filed from, joined by a slash
        ("TARVOS/PORT ELAN, 18 March 2025 (Reuters) - ", "Tarvos/Port Elan", "18 March 2025"),
    ],
)
def test_a_dateline_leaves_the_first_sentence_for_the_sources_line(
    opening: str, place: str, date: str | None
) -> None:
    source = _ferry_story(opening)
    assert source.dateline is not None
    assert (source.dateline.place, source.dateline.date) == (place, date)
    doc = segment(source)
    assert doc.sentences[0].text.startswith("A ferry carrying 80 passengers")
    assert any(b.kind == "dateline" for b in doc.left_out)


def test_a_name_and_party_in_brackets_before_a_dash_is_no_dateline() -> None:
    text = (
        "Council vote\n\nThe Mayor (Labour) - who won in May - said the bridge would reopen. "
        "Councillors agreed."
    )
    source = source_from_bytes(text.encode(), "s1")
    assert source.dateline is None
    assert segment(source).sentences[0].text.startswith("The Mayor (Labour)")


@pytest.mark.parametrize("kicker", ["BREAKING", "WATCH", "EXCLUSIVE", "TARVOS"])
def test_a_kicker_or_unknown_name_before_a_colon_is_no_dateline(kicker: str) -> None:
    assert _ferry_story(f"{kicker}: ").dateline is None


@pytest.mark.parametrize(
    "opening",
    [
        "Tarvos - ",  # a name the gazetteer does not know
        "Mombasa - Kenya's second city - ",  # an aside between two dashes
        "Mombasa - the ",  # no capital opening a sentence
        "Mombasa, the port - ",  # after the comma neither a date nor a place
    ],
)
def test_a_name_with_capital_initials_before_a_dash_is_a_dateline_only_if_a_known_place(
    opening: str,
) -> None:
    assert _ferry_story(opening).dateline is None


def test_a_place_and_date_on_a_line_of_their_own_date_the_report() -> None:
    """A flash update's "Mombasa, 12 February 2026" line is the report's date: the days
    it names without a year are that year's."""
    text = (
        "Floods - Flash Update No. 3\n\nMombasa, 12 February 2026\n\n"
        "Heavy rains since 3 February have flooded the coast. The river rose by two "
        "metres on 9 February, the county said."
    )
    source = source_from_bytes(text.encode(), "s1")
    assert source.published == "2026-02-12"
    doc = segment(source)
    assert doc.sentences[0].text.startswith("Heavy rains since 3 February")


def test_a_capitalised_opening_without_a_dash_is_no_dateline() -> None:
    text = "Talks resume\n\nUS officials said talks would resume on Monday. Both sides agreed."
    source = source_from_bytes(text.encode(), "s1")
    assert source.dateline is None
    assert segment(source).sentences[0].text.startswith("US officials said")


def test_link_card_inside_a_paragraph_is_left_out_the_linked_name_kept(tmp_path: Path) -> None:
    """A hover card of a person's other stories glued into the lead ("Mara OkaforMara Ngozi
    OkaforPort chief resigns…") is a run of links, not prose: it goes, the name stays; a
    sentence with two links of its own is prose and stays whole."""
    page = tmp_path / "card.html"
    page.write_text(
        "<html><head><title>Port chief defends tariff rise</title></head><body><article>"
        "<h1>Port chief defends tariff rise</h1>"
        '<p>Harbour commissioner <span class="card"><a href="/p/okafor">Mara Okafor</a>'
        '<span class="pop"><img src="m.jpg" alt=""><a href="/p/okafor">Mara Ngozi Okafor</a>'
        '<a href="/s/1">Port chief resigns from river board</a> '
        '<a href="/s/2">Tariff talks stall again</a></span></span> defended the new port '
        "tariffs on Tuesday, saying they would pay for dredging the eastern channel.</p>"
        '<p>Shipping lines <a href="/c/1">Kestrel Line</a> and <a href="/c/2">Arno Freight</a> '
        "said the rise would add about $40 to every container landed at the port.</p>"
        "<p>The harbour board will review the tariffs in June after a public consultation.</p>"
        "</article></body></html>"
    )
    doc = segment(read_source(str(page), "s1"))
    texts = [s.text for s in doc.sentences]
    assert texts[0].startswith("Harbour commissioner Mara Okafor defended the new port tariffs")
    assert not any("resigns" in t or "Ngozi" in t for t in texts)
    assert any(t.startswith("Shipping lines Kestrel Line and Arno Freight said") for t in texts)


@pytest.mark.parametrize(
    ("first", "kept"),
    [
        (
            "Share this withEmailFacebookMessengerTwitterWhatsAppCopy this linkThe council "
            "closed the ferry terminal on Friday after a crane collapsed.",
            "The council closed the ferry terminal on Friday after a crane collapsed.",
        ),
        (
            "EmailFacebookTwitterThe council closed the ferry terminal on Friday after a "
            "crane collapsed.",
            "The council closed the ferry terminal on Friday after a crane collapsed.",
        ),
        (  # prose naming the services is prose
            "Facebook, Twitter and Google said on Friday they would close their offices.",
            "Facebook, Twitter and Google said on Friday they would close their offices.",
        ),
        (
            "Facebook, Twitter, Google and Apple said on Friday they would close offices.",
            "Facebook, Twitter, Google and Apple said on Friday they would close offices.",
        ),
    ],
)
def test_share_buttons_run_into_the_first_sentence_are_cut_off(first: str, kept: str) -> None:
    text = f"{first}\n\nThe port will reopen on Monday, officials said."
    structure = read_structure([Part(text)])
    body = [structure.text[b.start : b.end] for b in structure.blocks if b.kind == "paragraph"]
    assert body[0] == kept


def test_a_page_records_its_own_address_and_the_brief_shows_it(tmp_path: Path) -> None:
    """The canonical address a saved page states is where the brief says it came from (the
    local file stays in `location`); an address that is not http(s) is not recorded."""
    body = (
        "<p>Floodwater rose along the Kestrel River in Dunmore on Monday, forcing 2,000 people "
        "from their homes, the county council said.</p><p>Shelters opened in three schools, "
        "and engineers inspected the dam above the town on Tuesday.</p>"
    )
    page = tmp_path / "saved.html"
    for link, url in (
        (
            '<link rel="canonical" href="https://news.example/dunmore-floods">',
            "https://news.example/dunmore-floods",
        ),
        ('<link rel="canonical" href="javascript:alert(1)">', None),
    ):
        page.write_text(
            f"<html><head><title>Floods in Dunmore</title>{link}</head><body><article>{body}</article></body></html>"
        )
        brief = make_brief([page], Options())
        data = json.loads(render_json(brief))
        assert data["sources"][0]["url"] == url and data["sources"][0]["location"] == str(page)
        if url:
            assert "https:&#47;&#47;news.example/dunmore-floods" in render_markdown(brief)


def test_calls_to_action_and_usage_notices_are_furniture_by_kind() -> None:
    doc = segment(read_source(str(CASE["port-strike-notices.txt"]), "s1"))
    why = {doc.source.text[b.start : b.end].split()[0]: b.why for b in doc.left_out}
    assert why["Sign"].startswith("a call to action")  # "Sign up for our morning briefing …"
    assert why["This"].startswith("a usage, copyright or licensing notice")
    texts = [s.text for s in doc.sentences]
    assert texts[0].startswith("Dock workers at the port of Karvik walked out")
    assert not any("Sign up" in t or "personal, non-commercial" in t for t in texts)


@pytest.mark.parametrize(
    "credit",
    [
        "Associated Press writer Hanna Rudd contributed to this report.",
        "Reporting by Tom Vale; additional reporting by Ana Ruiz; Editing by Kim Holt",
        "Additional reporting by Ana Ruiz in Karvik",
        "Ana Ruiz contributed reporting.",
    ],
)
def test_a_reporting_credit_is_furniture(credit: str) -> None:
    text = (
        "Strike closes Karvik port\n\nDock workers at the port of Karvik walked out on "
        f"Monday over pay, the union said.\n\nThe port handles most of the region's grain.\n\n"
        f"{credit}\n"
    )
    doc = segment(source_from_bytes(text.encode(), "s1"))
    assert [s.text for s in doc.sentences][-1] == "The port handles most of the region's grain."
    assert any(b.why.startswith("a reporting credit") for b in doc.left_out)


@pytest.mark.parametrize(
    "line",
    [
        "Ana Ruiz, who contributed to this report, was arrested in Karvik on Monday after she "
        "filmed the strike.",
        "Follow the money, the investigators said, and the trail leads to Karvik.",
        "Read the report in full before the vote, the minister told MPs.",
        "Join the queue at dawn, residents were told, or miss the aid distribution.",
        "He entered the building without permission, police said.",
    ],
)
def test_news_that_opens_like_a_call_to_action_stays_text(line: str) -> None:
    text = f"Storm hits the coast\n\nRain fell on the port on Monday.\n\n{line}\n"
    doc = segment(source_from_bytes(text.encode(), "s1"))
    assert line in [s.text for s in doc.sentences]


@pytest.mark.parametrize(
    ("opening", "kind", "place"),
    [
        ("(서울=연합뉴스) 김민수 기자 = ", "dateline", "서울"),  # place=agency, reporter
        ("【서울=뉴시스】김민수 기자 = ", "dateline", "서울"),
        ("[아시아경제 김민수 기자] ", "byline", None),  # outlet and reporter in brackets
        ("[서울신문]서울 도심 폭우로 2명 숨져 ", "furniture", None),  # tag, then the headline
    ],
)
def test_a_korean_story_opens_with_its_text_not_its_tag_or_headline(
    opening: str, kind: str, place: str | None
) -> None:
    text = (
        "서울 도심 폭우로 2명 숨져\n\n"
        f"{opening}3일 서울 도심에 시간당 50㎜가 넘는 폭우가 쏟아져 2명이 숨지고 5명이 다쳤다. "
        "기상청은 4일까지 비가 이어질 것으로 내다봤다."
    )
    source = source_from_bytes(text.encode(), "s1")
    doc = segment(source)
    assert doc.sentences[0].text.startswith("3일 서울 도심에")
    assert kind in {b.kind for b in doc.left_out}
    assert (source.dateline.place if source.dateline else None) == place


def test_a_teaser_box_gives_way_to_the_body_that_holds_the_pages_own_summary() -> None:
    """Two extractors disagree on a page's body: the one holding the page's description
    (og:description) is the article; the other took a teaser. Where they agree, or the
    other is much shorter, the first extractor's body stays."""
    from briefing.ingest.html import teaser_or_body
    from briefing.ingest.structure import Part
    from briefing.ingest.text import Extracted

    summary = "Flooding closed the port of Velmar on Monday as ships were diverted to Tarvos."
    body = (
        f"{summary} The harbour authority said the water had risen two metres overnight. "
        "Crews worked through the night to clear the quays, and officials said the port "
        "would reopen on Friday if the rain eased."
    )
    teaser = Extracted(
        (
            Part(
                "More from our food desk: ten recipes for your holiday table, from roast "
                "vegetables to a winter fruit cake, and the wines that go with them all."
            ),
        ),
        title="Floods close Velmar port",
        standfirst=summary,
    )
    article = Extracted((Part(body),))
    chosen = teaser_or_body(teaser, article)
    assert chosen.parts == article.parts and chosen.title == "Floods close Velmar port"
    agreeing = Extracted((Part(body.replace(f"{summary} ", "")),), standfirst=summary)
    assert teaser_or_body(agreeing, article) is agreeing  # only the standfirst left out
    short = Extracted((Part(summary),))
    assert teaser_or_body(teaser, short) is teaser  # a caption, not an article


def test_a_plain_text_list_item_is_read_without_its_bullet() -> None:
    text = (
        "HIGHLIGHTS\n"
        "- An estimated 9,000 people have fled villages near Tamor since Monday.\n"
        "\u2022 At least 12 civilians have been killed, local officials said.\n"
        "2. Aid convoys have reached two of the five camps.\n\n"
        "Fighting spread along the river road on Monday, aid agencies said."
    )
    sentences = [s.text for s in segment(source_from_bytes(text.encode(), "s1")).sentences]
    assert sentences[:3] == [
        "An estimated 9,000 people have fled villages near Tamor since Monday.",
        "At least 12 civilians have been killed, local officials said.",
        "Aid convoys have reached two of the five camps.",
    ]


@pytest.mark.parametrize(
    ("headline", "published"),
    [
        ("Tamor: Displacement - Flash Update No. 3 (14 August 2025)", "2025-08-14"),
        ("River Basin Floods Situation Report \u2013 3 March 2024", "2024-03-03"),
        ("Remembering the 9 September 2001 attacks", None),
        ("Floods kill 12 in Kerala (Reuters)", None),
    ],
)
def test_a_report_title_ending_with_a_date_dates_the_report(
    headline: str, published: str | None
) -> None:
    text = f"{headline}\n\nFighting spread on 8 August to villages near the river, officials said."
    assert read_structure([Part(text)]).published == published


def test_a_tabloids_long_headline_on_the_first_line_is_the_headline() -> None:
    """A plain text's first line with no sentence punctuation is its headline, however long
    ("Grandmother, 82, left fighting for life after … in her own garden"), with a byline
    under it; a long unpunctuated line further down stays in the body."""
    found = kinds(
        "Grandmother, 82, left fighting for life after being mauled by her neighbour's two "
        "dogs in her own back garden\n\nBy DAILY MAIL REPORTER\n\nA grandmother was left "
        "fighting for life after being mauled by two dogs.\n\nNeighbours rushed to help her "
        "and one man beat the dogs away with a spade while others called an ambulance\n\n"
        "Police said both dogs had been seized."
    )
    assert found[0] == (
        "headline",
        "Grandmother, 82, left fighting for life after being mauled by her neighbour's two "
        "dogs in her own back garden",
    )
    assert found[3][0] == "paragraph"


def test_an_appeal_for_information_with_a_number_to_ring_is_furniture() -> None:
    """ "Anyone with information is asked to call 101 … or Crimestoppers on 0800 555 111":
    a notice, not a key point; an appeal with no number to ring stays text."""
    text = (
        "A man was seriously injured in a hit-and-run in Leeds on Friday.\n\n"
        "Police said the car failed to stop.\n\n"
        "Anyone with information is asked to call 101, quoting log number 1789, or contact "
        "Crimestoppers anonymously on 0800 555 111.\n\n"
        "Anyone with information about the driver should come forward, police said.\n"
    )
    found = kinds(text)
    assert ("furniture", "Anyone with information is asked to call 101") in [
        (k, t[:44]) for k, t in found
    ], found
    assert any(k == "paragraph" and t.startswith("Anyone with information about") for k, t in found)


@pytest.mark.parametrize(
    "note",
    [
        "Editor's note: This story contains descriptions of violence.",
        "Editor\u2019s note: Names have been changed to protect the family.",
        "Correction: An earlier version of this article gave the wrong date for the vote.",
    ],
)
def test_an_editors_note_to_the_reader_is_furniture(note: str) -> None:
    """ "Editor's note: This story contains descriptions of violence." opened a story and
    became its BLUF; a note to the reader is no news. "Editors noted the change" stays text."""
    text = (
        f"{note}\n\nGunmen killed at least 12 people in an attack on a market in Karvik on "
        "Thursday, officials said.\n\nEditors noted the change in the town's mood.\n"
    )
    found = kinds(text)
    assert found[0][0] == "furniture", found
    assert any(k == "paragraph" and t.startswith("Editors noted") for k, t in found)
    doc = segment(source_from_bytes(text.encode(), "s1"))
    assert doc.sentences[0].text.startswith("Gunmen killed at least 12 people")


@pytest.mark.parametrize(
    ("title", "line", "body", "published"),
    [
        (  # the publisher named after the date
            "Haiti: Situation Report No. 12",
            "Published 14 March 2024 by the UN Office for the Coordination of Humanitarian "
            "Affairs (OCHA)",
            "Gang violence has displaced more than 15,000 people since 29 February.",
            "2024-03-14",
        ),
        (  # a flash update's "Issued" line
            "Mozambique: Cyclone Jude, Flash Update No. 2",
            "Issued 12 March 2025 by OCHA Mozambique",
            "Cyclone Jude made landfall near Mossuril district on 10 March.",
            "2025-03-12",
        ),
    ],
)
def test_a_date_line_naming_its_publisher_dates_the_report(
    title: str, line: str, body: str, published: str
) -> None:
    """ "Published 14 March 2024 by the UN Office for the Coordination of Humanitarian
    Affairs (OCHA)", "Issued 12 March 2025 by OCHA Mozambique": a date line (the report's
    date, which dates "29 February", "on 10 March"), not a sentence of the report."""
    text = f"{title}\n\n{line}\n\n{body}\n"
    structure = read_structure([Part(text)])  # type: ignore[arg-type]
    assert structure.published is not None and structure.published.startswith(published)
    assert ("date", line) in kinds(text)
