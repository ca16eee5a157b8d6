"""NER spans repaired before they become mentions: widened over a name's missing words,
trimmed of prepositions and titles, two spans of one name joined, a name's titles and an
acronym's long form read from around it."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from typing import Any

from .amounts import currency_of, is_num
from .dates import MONTHS, WEEKDAYS, YEAR
from .gazetteer import gazetteer
from .names import (
    BEFORE_A_FIRM,
    BODY_NOUNS,
    POSSESSIVE_PRONOUNS,
    POSTNOMINALS,
    TITLES,
    a_portfolio,
    age_follows,
    aged,
    clean,
    given_name_sexes,
    hyphenated_end,
    hyphenated_start,
    is_name_word,
    key,
    name_shaped,
    person_nouns,
    split_at_rank,
    which_on,
    without_trade,
)
from .place_mentions import ORG_TAIL, QUARTERS, ends_as_a_body, ends_as_a_site, names_a_street
from .scenes import is_region_noun, singular

_TRAILING_TITLES = {"QC", "KC", "MP", "Jr", "Jr.", "Sr", "Sr.", "MEP"}
# The first part of a hyphened title: "Ex-president", "Vice-chancellor", "Co-founder".
_TITLE_PREFIXES = frozenset("ex vice co".split())  # noqa: SIM905
_PREPOSITIONS = frozenset(
    ["near", "in", "at", "on", "from", "outside", "inside", "across", "along", "around", "into"]
)
# Particles inside personal names: "Ursula von der Leyen", "Ahmed bin Salman".
_PARTICLES = frozenset("von van der den de da di du dos del della bin ibn bint".split())  # noqa: SIM905
# Counts in words that begin a phrase ("Millions of motorists"), never end a name.
_MANY = frozenset("hundreds thousands millions billions dozens scores".split())  # noqa: SIM905
_AGENT_NOUN = re.compile(r"..(er|or|ist|ian|ant|ent|man|woman)$")  # presenter, activist
_ACRONYM = re.compile(
    r"((?:[A-Z][\w'\u2019.-]*|al-[\w-]+)(?:,?\s+(?:[A-Z][\w'\u2019.-]*|al-[\w-]+|of|the|in|for|"
    r"and|on|wal-[\w-]+|de|du|des|la|le|refugee|agency|force|forces|party|front|group))*)"
    r"\s+\(([A-Z][A-Za-z&]{1,9})\)"
)


def described_as(doc: Any, ent: Any) -> str | None:
    """The words an acronym in brackets follows, when they are not its capitalised long form:
    "Mozambique's national disaster agency (INGD)" -> "Mozambique's national disaster agency"."""
    if not ent.text.isupper() or ent.start < 2 or ent.end >= len(doc):
        return None
    if doc[ent.start - 1].text != "(" or doc[ent.end].text != ")":
        return None
    chunk = next((c for c in doc.noun_chunks if c.end == ent.start - 1), None)
    if chunk is None or not chunk.root.is_lower or len(chunk) < 2:
        return None  # "the World Food Programme (WFP)" is handled as a long form
    words = clean(chunk.text)
    return words if len(words.split()) >= 2 else None


def introduced(root: Any) -> bool:
    """The text says what the name is: in apposition to a common noun ("the group's
    lawyers, McCue and Partners", "Ozcare, an insurer,"), also where the parser reads the
    apposition as a list. (A name after "called" was tried too: a found actor on the read
    half, a wrong one on the check half.)"""
    if root.dep_ == "appos" and root.head.tag_ in ("NN", "NNS"):
        return True
    if root.dep_ == "conj" and root.head.dep_ == "appos" and root.head.head.tag_ == "NNS":
        return True  # "discounters Aldi and Lidl": both are what the plural says
    first = root.left_edge.i
    if (  # the same apposition parsed as a list: "the group's lawyers, McCue and Partners -"
        root.dep_ == "conj"
        and root.tag_ == "NNP"
        and root.head.tag_ in ("NN", "NNS")
        and first >= 2
        and root.doc[first - 1].text == ","
        and first - 2 == root.head.i
        and not any(c.dep_ == "conj" and c.tag_ in ("NN", "NNS") for c in root.children)
    ):
        return True
    return any(c.dep_ == "appos" and c.tag_ in ("NN", "NNS") for c in root.children)


def which_follows(ent: Any) -> bool:
    """A relative clause opened by "which" qualifies the name: a thing or a body, not a
    person ("Sea Glass Vacations, which acts as a rental agent, said")."""
    return which_on(ent.root)


def named_with_s(ent: Any) -> bool:
    """The "'s" ending the organisation's name is part of it, not a possessive: nothing it
    could own follows ("Moody's warned", "at McDonald's.")."""
    doc = ent.doc
    if len(ent) < 2 or ent[-1].lower_ not in ("'s", "\u2019s"):
        return False
    return owns_nothing(doc[ent.end] if ent.end < len(doc) else None)


def owners_split(doc: Any, ents: list[Any]) -> list[Any]:
    """A body's name NER ran on from its owner's over the "'s": a well-known body or a country
    owns the named one, and both are names ("the European Union's Copernicus monitoring
    service": the European Union and Copernicus); "People's Party", "McDonald's" own
    nothing."""
    from .lexicon import known_body, lexicon  # lexicon reads facts, which reads the parse

    out: list[Any] = []
    for ent in ents:
        at = next((t.i for t in ent[1:-1] if t.tag_ == "POS"), None)
        if ent.label_ == "ORG" and at is not None and doc[at + 1].text[:1].isupper():
            owner = doc[ent.start + (doc[ent.start].lower_ == "the") : at]
            code = gazetteer().country_code(key(owner.text))
            if len(owner) and (code or known_body(owner.text, lexicon()) is not None):
                out.append(_labelled(owner, "GPE" if code else "ORG"))
                out.append(_labelled(doc[at + 1 : ent.end], "ORG"))
                continue
        out.append(ent)
    return out


def _labelled(span: Any, label: str) -> Any:
    span.label_ = label
    return span


def owns_nothing(after: Any) -> bool:
    """What follows an "'s" is nothing it could own: the end, a stop or a verb, adverb or
    preposition ("Moody's warned", "at McDonald's."). A participle that describes the noun
    after it is owned with it ("Nippon Steel's proposed purchase")."""
    if after is None or after.is_punct:
        return True
    return after.tag_.startswith(("VB", "MD", "RB", "IN")) and after.dep_ != "amod"


def with_its_country(ent: Any) -> Any:
    """A body's name with the country written before it, where NER left the country out or
    tagged it alone: "The UK Sepsis Trust said" (NER: "UK" a place, or nothing, and "Sepsis
    Trust" found untagged). Any other span as it is."""
    doc = ent.doc
    country = doc[ent.start - 1] if ent.start > 0 else None
    if (
        country is None
        or ent.label_ not in ("ORG", "PERSON")
        or not (country.ent_iob_ == "O" or (country.ent_type_ == "GPE" and country.ent_iob_ == "B"))
        or country.tag_ != "NNP"
        or country.dep_ != "compound"
        or country.head.i not in range(ent.start, ent.end)
        or not gazetteer().country_code(key(country.text))
        or not ends_as_a_body(ent.text)
    ):
        return ent
    label = ent.label_
    ent = doc[ent.start - 1 : ent.end]
    ent.label_ = label
    return ent


def trimmed_span(ent: Any, name_words: Collection[str]) -> Any:
    """The entity without the stray words NER often takes in with a name."""
    while (
        len(ent) > 1
        and (ent[-1].tag_.startswith("VB") or ent[-1].tag_ == "RB")
        and not any(t.dep_ == "compound" and t.head.i == ent[-1].i for t in ent[:-1])
    ):
        ent = ent[:-1]  # "Spiegel Online quoted", "Villarreal Elsewhere" (not "Abdoulaye
        # Bathily", a surname the tagger took for an adverb, the given name its compound)
    while len(ent) > 1 and (ent[0].tag_ == "IN" or ent[0].lower_ in _PREPOSITIONS):
        ent = ent[1:]  # "Near Fort Carson"
    while len(ent) > 1 and ent[-1].tag_ in ("IN", "CC", "TO") and ent[-1].is_lower:
        label = ent.label_
        ent = ent[:-1]  # "the National Assembly on March 16" (NER: "… Assembly on"): no
        ent.label_ = label  # name ends in a small word
    if len(ent) > 1 and ent[0].tag_ == "MD" and ent[0].dep_ == "aux":
        label = ent.label_
        ent = ent[1:]  # "Will Warren continue …?": the question's auxiliary, not a given name
        ent.label_ = label
    ent = without_trade(ent)  # "Brewer Halden Group": the brewer is Halden Group
    doc = ent.doc
    while (
        len(ent) > 1
        and ent[-1].lower_ in _MANY
        and ent.end < len(doc)
        and doc[ent.end].lower_ == "of"
    ):
        ent = ent[:-1]  # "Court of Appeal Millions of motorists": a headline run into the text
    for i, token in enumerate(ent[:-1]):
        if token.tag_ == "POS" and i > 0 and key(ent[:i].text) in name_words:
            return ent[:i]  # "Clarkson's Porsche" is Clarkson's; "People's" stays in a name
    if (
        ent.label_ == "PERSON"
        and len(ent) >= 4
        and ent[0].lower_ in _OF_A_TITLE
        and ent[1].lower_.rstrip(".") in TITLES
    ):
        label, start = ent.label_, 1
        while start < len(ent) - 2 and ent[start].lower_.rstrip(".") in TITLES:
            start += 1
        ent = ent[start:]  # "Local MLA Gordon Lyons said": Gordon Lyons, an MLA
        ent.label_ = label
    if _led_by_a_role(ent) and (
        ent.label_ == "PERSON"
        or (
            ent.label_ == "ORG"
            and any(c.dep_ == "conj" and c.ent_type_ == "PERSON" for c in ent.root.children)
        )  # "Astronauts Butch Wilmore and Suni Williams" (NER: a body, then a person)
    ):
        ent = ent[1:]  # "Neighbour Sharon Reed, 52, told": Sharon Reed, a neighbour
        ent.label_ = "PERSON"
    return ent


# Words that qualify a title before a name: "Local MLA Gordon Lyons", "Senior Constable".
_OF_A_TITLE = frozenset("local senior junior veteran retired outgoing interim assistant".split())  # noqa: SIM905


def _led_by_a_role(ent: Any) -> bool:
    """A person's name led by a word for what the person is, capitalised to open the
    sentence ("Neighbour Sharon Reed", "Headteacher Gareth Evans", "Astronauts Butch
    Wilmore"), not a name of its own
    ("Rose" is a given name)."""
    first, second = ent[0].lower_, ent[1].lower_ if len(ent) > 1 else ""
    return (
        len(ent) >= 3
        and singular(first) in person_nouns()  # "Astronauts Butch Wilmore and …"
        and first not in given_name_sexes()
        and (
            second in given_name_sexes()
            or (len(ent) == 3 and all(t.is_alpha and t.is_title for t in ent[1:]))
        )
    )  # "Headteacher Gareth Evans": a given name the lists lack, then a surname


def cut_at_verbs(doc: Any) -> list[Any]:
    """NER spans cut where they run over a verb written in lower case: "the Guardia Civil
    arrested Raúl Berrocal" (one organisation to NER) is the Guardia Civil, and Raúl
    Berrocal, a person where his first word is a given name. A verb is no word of a name."""
    out: list[Any] = []
    for ent in doc.ents:
        verbs = [
            t.i
            for t in ent[1:-1]
            if t.pos_ == "VERB" and t.tag_ in ("VBD", "VBZ", "VBP") and t.text.islower()
        ]
        if not verbs:
            out.append(ent)
            continue
        before, after = doc[ent.start : verbs[0]], doc[verbs[-1] + 1 : ent.end]
        if len(before) and any(t.text[:1].isupper() for t in before):
            out.append(doc[before.start : before.end])
            out[-1].label_ = ent.label_
        if len(after) and after[0].text[:1].isupper():
            person = key(after[0].text) in given_name_sexes() and len(after) > 1
            out.append(doc[after.start : after.end])
            out[-1].label_ = "PERSON" if person else ent.label_
    return out


# A rank written in figures: "126th", "3rd".
_ORDINAL = re.compile(r"\d+(st|nd|rd|th)")


def tails_cut(ents: list[Any]) -> list[Any]:
    """Names without the rank NER ran on into ("ranks Kenya 126th of 180 countries", NER: a
    person "Kenya 126th", names Kenya), and places without the "and" NER ended them with ("the
    Bay and" + "Bakool regions": Bay). A body's name keeps its "and" for now: the next one
    may finish it ("the Bangladesh Garment and" + "Industrial Workers Federation", see
    repaired_entities)."""
    out = []
    for ent in ents:
        if len(ent) > 1 and (
            (ent.label_ != "ORDINAL" and _ORDINAL.fullmatch(ent[-1].text))
            or (ent.label_ in ("GPE", "LOC", "FAC") and ent[-1].tag_ == "CC")
        ):
            label = ent.label_
            ent = ent[:-1]
            ent.label_ = label
        out.append(ent)
    return out


def _a_place_taken_for_a_date(ent: Any) -> bool:
    """A date NER found in a place's name and nothing else: "food for 20,000 people in
    Mossuril" (NER: a date) names a town the gazetteer knows, no month or weekday; left
    untagged, the place stages read it as the town it is."""
    return (
        ent.label_ == "DATE"
        and all(t.pos_ == "PROPN" and t.is_alpha for t in ent)
        and not any(t.lower_.rstrip(".") in MONTHS or t.lower_ in WEEKDAYS for t in ent)
        and gazetteer().is_place(key(ent.text))
    )


def repaired_at_parse(doc: Any) -> list[Any]:
    """The sentence's NER spans with the repairs every stage needs, made once as it is
    parsed: cut at a verb, at a rank or a place's last "and" (tails_cut), at a date's count
    or the sum it opens with, at a dated "after", at the comma after a town and at the "in"
    after a town whose region's word follows; a town NER
    took for a date untagged; joined over "of" in a site's or body's name (and run on over
    the words that end it as a site), over a quoted nickname, over a town's hyphens and
    where NER cut a town's name in two, or a person's at a hyphen; a surname NER took for a
    town, after a titled given name, made the person's; a given name and surname with an
    age after them a person's, whatever NER took them for; a body's name run on from its
    owner's over the "'s" cut in two; letters of an office after a name joined to it; a
    place's name run on over "del", "de" … (places_run_over_particles), a court's over the
    "Court" NER left out (courts_run_on), a body's unit over its number (units_numbered); a
    site's name cut
    at the "in" NER ran on over into its town (sites_cut_at_their_towns); a name cut from
    the sum NER ran it on into (sums_cut_from_names), run on to the name after its last
    "of" (names_ending_in_of_joined), a cleric cut from his see
    (clerics_cut_from_their_sees), a given name run on to the surname NER left untagged
    (surnames_left_untagged), owners' names joined to the body named for them
    (owners_joined_to_their_bodies) and a body's name joined to the short capitalised word
    before it (small_words_joined)."""
    ents = dates_cut_at_after(counts_cut_from_dates(doc, tails_cut(cut_at_verbs(doc))))
    ents = sums_cut_from_names(doc, ents)
    ents = [e for e in ents if not _a_place_taken_for_a_date(e)]
    ents = towns_cut_at_in(doc, towns_cut_at_a_comma(doc, ents))
    ents = names_ending_in_of_joined(doc, ents)
    ents = hyphenated_places_joined(doc, nicknames_joined(doc, names_joined_over_of(doc, ents)))
    ents = surnames_taken_for_towns(doc, hyphenated_names_joined(doc, places_joined(doc, ents)))
    ents = sites_cut_at_their_towns(doc, places_run_over_particles(doc, courts_run_on(doc, ents)))
    ents = units_numbered(doc, ents)
    ents = owners_split(doc, aged_names_made_people(doc, postnominals_joined(doc, ents)))
    ents = owners_joined_to_their_bodies(doc, surnames_left_untagged(doc, ents))
    return small_words_joined(doc, clerics_cut_from_their_sees(doc, ents))


def owners_joined_to_their_bodies(doc: Any, ents: list[Any]) -> list[Any]:
    """A body named for one or two owners ("Guy's and St Thomas' NHS Foundation Trust",
    NER: a body, a person and a body): the owners' names, each written with "'s" or "'",
    and the body's name straight after them are one name."""
    out: list[Any] = []
    for ent in ents:
        out.append(ent)
        if len(out) < 2 or not ends_as_a_body(ent.text) or not _possessed(out[-2]):
            continue
        owner = out[-2]
        if owner.end != ent.start:
            continue
        start = owner.start
        first = out[-3] if len(out) > 2 else None
        if first is not None and first.end < len(doc) and doc[first.end].tag_ == "POS":
            first = doc[first.start : first.end + 1]  # "Guy" + "'s" (NER: a person)
        if (
            first is not None
            and _possessed(first)
            and first.end + 1 == owner.start
            and doc[first.end].lower_ == "and"
        ):
            start = first.start  # "Guy's and St Thomas'": both owners
        joined = doc[start : ent.end]
        joined.label_ = "ORG"
        del out[-(3 if start < owner.start else 2) :]
        out.append(joined)
    return out


def _possessed(ent: Any) -> bool:
    """The span ends with "'s" or "'" and names an owner that is no body itself (not "the
    National Weather Service's Storm Prediction Center": a body's own part)."""
    return (
        ent[-1].tag_ == "POS"
        and len(ent) > 1
        and ent[0].text[:1].isupper()
        and not ends_as_a_body(ent[:-1].text)
    )


def surnames_left_untagged(doc: Any, ents: list[Any]) -> list[Any]:
    """A given name NER tagged alone before the untagged name word that ends the name:
    "chief executive Shawn Siu said" (NER: "Shawn") is Shawn Siu. Not where more capitalised
    words follow (a name NER cut elsewhere) nor before a word the sentence opens a clause
    with. So too a name whose every word the parse hangs on the untagged word after it as
    its head: "junta chief Min Aung Hlaing" (NER: "Min Aung"), whatever the given name."""
    out = list(ents)
    for ent in ents:
        after = doc[ent.end] if ent.end < len(doc) else None
        if (
            ent.label_ == "PERSON"
            and after is not None
            and (
                (len(ent) == 1 and ent[0].lower_ in given_name_sexes())
                or (
                    after.ent_iob_ == "O"
                    and after.tag_ == "NNP"
                    and all(t.dep_ == "compound" and t.head.i == after.i for t in ent)
                )
            )
            and ent[-1].whitespace_
            and is_name_word(after)
            and (after.i + 1 == len(doc) or not doc[after.i + 1].text[:1].isupper())
        ):
            person = doc[ent.start : ent.end + 1]
            person.label_ = "PERSON"
            out = _with_span(out, person)
    return out


def small_words_joined(doc: Any, ents: list[Any]) -> list[Any]:
    """A body's name with the capitalised short word NER left before it (see
    _a_small_word_capitalised): "the climate group Just Stop Oil" (NER: "Stop Oil")."""
    out: list[Any] = []
    for ent in ents:
        if ent.label_ == "ORG" and _a_small_word_capitalised(doc, ent):
            if out and out[-1].end > ent.start - 1:
                out.append(ent)
                continue
            out.append(_labelled(doc[ent.start - 1 : ent.end], "ORG"))
            continue
        out.append(ent)
    return out


# Titles of the clergy, written before a person's name and never opening a body's: "Bishop
# Laurent Dabiré of Dori", "Imam Abdul Hadi".
_CLERICS = frozenset(
    "bishop archbishop cardinal imam rabbi sheikh ayatollah mufti patriarch pastor".split()  # noqa: SIM905
)


def clerics_cut_from_their_sees(doc: Any, ents: list[Any]) -> list[Any]:
    """A cleric's title, a name of one to three words and perhaps "of" and the see, taken
    by NER for a body or a place ("Bishop Laurent Dabiré of Dori said", NER: an
    organisation): the person, titled, without the see (a diocese, no part of the name)
    (not "Bishop Auckland", a town: no name after the title; nor "Cardinal Newman School",
    ending as a body)."""
    out: list[Any] = []
    for ent in ents:
        words = [t for t in ent if t.lower_ != "the"]
        if ent.label_ in ("ORG", "GPE", "NORP", "FAC") and words and words[0].lower_ in _CLERICS:
            first = words[0].i
            end = next((t.i for t in ent if t.i > first and t.lower_ == "of"), ent.end)
            name = doc[first + 1 : end]
            if (
                1 <= len(name) <= 3
                and all(
                    t.text[:1].isupper() and t.is_alpha and t.lower_ not in TITLES for t in name
                )
                and not ends_as_a_body(ent.text)
                and not ends_as_a_site(doc[first:end].text)
                and not names_a_street(ent.text)
            ):
                out.append(_labelled(doc[first:end], "PERSON"))
                continue
        out.append(ent)
    return out


def courts_run_on(doc: Any, ents: list[Any]) -> list[Any]:
    """A name NER ended just before the "Court" that ends it, which it left untagged: "Bolton
    Coroner's" + "Court" (NER: a person, "Bolton Coroner's") is Bolton Coroner's Court, a
    body and the building it sits in; so is "the Durban Magistrate's" + "Court" where NER
    tagged the last word alone, after an owner's "'s"."""
    out: list[Any] = []
    joined_to = -1
    for ent in ents:
        if ent.start == joined_to:
            continue  # the "Court" taken into the name before it
        after = doc[ent.end] if ent.end < len(doc) else None
        alone = [e for e in ents if e.start == ent.end]
        if (
            after is not None
            and after.text == "Court"
            and ent.label_ in ("PERSON", "ORG", "GPE", "NORP", "FAC")
            and (
                (after.ent_iob_ == "O" and not alone)
                or (ent[-1].tag_ == "POS" and [len(e) for e in alone] == [1])
            )
        ):
            out.append(_labelled(doc[ent.start : ent.end + 1], "ORG"))
            joined_to = ent.end
            continue
        out.append(ent)
    return out


def units_numbered(doc: Any, ents: list[Any]) -> list[Any]:
    """A body's name that ends with a unit's word NER left its number out of: "the
    International Association of Machinists and Aerospace Workers District" + "751" is
    District 751 of the union, as a union's "Local 1199" or a lodge's number is."""
    out: list[Any] = []
    starts = {e.start for e in ents}
    for ent in ents:
        if ent.label_ == "ORG" and len(ent) > 1:
            # the unit's word inside the name, or untagged after it ("… Workers" + "District
            # 751")
            unit = ent.end - 1 if ent[-1].lower_ in _UNITS else ent.end
            number = unit + 1
            if (
                number < len(doc)
                and doc[unit].lower_ in _UNITS
                and doc[unit].text[:1].isupper()
                and doc[number].is_digit
                and not starts & {unit, number}
            ):
                ent = _labelled(doc[ent.start : number + 1], "ORG")
        out.append(ent)
    return out


# A body's parts named by number: a union's district, local or lodge.
_UNITS = frozenset(("district", "local", "lodge", "chapter", "division", "branch"))


def postnominals_joined(doc: Any, ents: list[Any]) -> list[Any]:
    """Letters of an office right after a person's name, which NER took for a body of their
    own ("Judge Richard Marks" + "KC": no organisation called KC): part of the person's name,
    who acts where the letters do ("… KC said")."""
    out: list[Any] = []
    for ent in ents:
        last = out[-1] if out else None
        if (
            last is not None
            and last.label_ == "PERSON"
            and ent.start == last.end
            and len(ent) == 1
            and ent.text in _TRAILING_TITLES
        ):
            out[-1] = _labelled(doc[last.start : ent.end], "PERSON")
            continue
        out.append(ent)
    return out


def aged_names_made_people(doc: Any, ents: list[Any]) -> list[Any]:
    """A name NER took for a site, a body or a place that opens with a given name and has an
    age after it: "The body of Leanne Price, 29, was discovered" (NER: a facility) names a
    person; so does one with an age written before it, whatever its first word: "identified
    as 19-year-old Tyrese Holloway" (NER: a facility)."""
    out = []
    for ent in ents:
        if (
            ent.label_ in ("FAC", "ORG", "GPE", "LOC", "NORP", "PRODUCT", "WORK_OF_ART")
            and 2 <= len(ent) <= 3
            and all(t.text[:1].isupper() and t.is_alpha for t in ent)
            and (
                (ent[0].lower_ in given_name_sexes() and age_follows(doc, ent.end))
                or (ent.start > 0 and doc[ent.start - 1].lower_ == "old" and aged(ent[0]))
            )
        ):
            ent = doc[ent.start : ent.end]
            ent.label_ = "PERSON"
        out.append(ent)
    return out


def surnames_taken_for_towns(doc: Any, ents: list[Any]) -> list[Any]:
    """A surname NER took for a town, after an untagged given name and a title: "former
    President Alejandro Toledo" (NER: "Toledo", a place) is a person, not Toledo, Ohio."""
    out = list(ents)
    for ent in ents:
        if ent.label_ == "GPE" and _after_a_given_name(doc, ent):
            person = doc[ent.start - 1 : ent.end]
            person.label_ = "PERSON"
            out = _with_span(out, person)
    return out


def hyphenated_names_joined(doc: Any, ents: list[Any]) -> list[Any]:
    """A person's hyphenated given name NER cut at the hyphen: "François-Xavier Bieuville"
    (NER: a place "François" and a person "Xavier Bieuville") is one person."""
    out = list(ents)
    for ent in ents:
        if ent.label_ != "PERSON":
            continue
        start = hyphenated_start(doc, ent.start)
        if start < ent.start and doc[start].is_title:
            person = doc[start : ent.end]
            person.label_ = "PERSON"
            out = _with_span(out, person)
    return out


def places_joined(doc: Any, ents: list[Any]) -> list[Any]:
    """A town's name NER cut in two, joined where the whole is a place the gazetteer knows:
    "Merthyr" + "Tydfil" (a place and a nationality to NER) is Merthyr Tydfil; "Merthyr" +
    "Tydfil Magistrates' Court" is the court of Merthyr Tydfil."""
    g = gazetteer()
    out: list[Any] = []
    for ent in ents:
        before = out[-1] if out else None
        if (
            before is not None
            and before.end == ent.start
            and before.label_ in ("GPE", "LOC")
            and ent.label_ != "GPE"
            and not g.is_place(key(ent[0].text))
        ):
            whole = doc[before.start : ent.end]
            town = doc[before.start : ent.start + 1]
            if g.is_place(key(whole.text)):
                whole.label_ = "GPE"  # "Merthyr" + "Tydfil"
                out[-1] = whole
                continue
            if len(ent) > 1 and ent.label_ in ("ORG", "FAC") and g.is_place(key(town.text)):
                whole.label_ = ent.label_  # "Merthyr" + "Tydfil Magistrates' Court"
                out[-1] = whole
                continue
        out.append(ent)
    return out


# The linking words of Spanish, Portuguese, Italian and French place names, and the
# articles that may follow them: "Surigao del Sur", "Lanao del Norte", "Mato Grosso do Sul"
# (not place_mentions' wider list: "Russia on Monday" is no name).
_LINKS = frozenset(("del", "de", "do", "da", "dos", "das", "della", "di", "des", "du"))
_ARTICLES = frozenset(("la", "las", "los", "le", "les", "l'"))


_NAMED = ("GPE", "LOC", "PERSON", "ORG", "FAC")


def _particle_run(doc: Any, i: int, tagged_from: int = -1) -> int:
    """The end of the "del Sur", "de la Frontera" … that starts at token ``i``: a linking
    word in lower case, perhaps an article, then capitalised words NER left untagged (or
    tagged from ``tagged_from`` on); ``i`` if none."""
    if i >= len(doc) or doc[i].text not in _LINKS:
        return i
    j = i + 1
    if j < len(doc) and doc[j].text in _ARTICLES:
        j += 1
    end = j
    while (
        end < len(doc)
        and doc[end].is_alpha
        and doc[end].is_title
        and (not doc[end].ent_type_ or j == tagged_from <= end)
    ):
        end += 1
    return end if end > j else i


def places_run_over_particles(doc: Any, ents: list[Any]) -> list[Any]:
    """A name NER cut at its linking word, or left untagged: "Lanao" + "del Norte" is Lanao
    del Norte, "Mato Grosso" (NER: a person) + "do Sul" Mato Grosso do Sul; "in Surigao del
    Sur province" (NER: nothing) names a province (a capitalised name, a linking word and a
    capitalised name, after "in", "of" or "near" or before a region word)."""
    out: list[Any] = []
    for ent in ents:
        last = out[-1] if out else None
        if (
            last is not None
            and last.label_ in _NAMED
            and ent.label_ in ("GPE", "LOC")
            and _particle_run(doc, last.end, ent.start) == ent.end
        ):
            out[-1] = _labelled(doc[last.start : ent.end], ent.label_)  # "Mato Grosso" (NER:
            continue  # a person) "do" "Sul" (NER: a place): one place
        end = _particle_run(doc, ent.end)
        if ent.label_ in _NAMED and end > ent.end:
            ent = _labelled(doc[ent.start : end], ent.label_)
        out.append(ent)
    taken = {t for e in out for t in range(e.start, e.end)}
    for t in doc:
        if t.i in taken or not (t.is_title and t.is_alpha) or t.ent_type_:
            continue
        if t.i > 0 and doc[t.i - 1].is_title and doc[t.i - 1].is_alpha:
            continue  # not the first word of the name
        end = _particle_run(doc, t.i + 1)
        if end == t.i + 1 or any(i in taken for i in range(t.i, end)):
            continue
        before = doc[t.i - 1].lower_ if t.i > 0 else ""
        if before in ("in", "of", "near") or (end < len(doc) and is_region_noun(doc[end])):
            out.append(_labelled(doc[t.i : end], "GPE"))
    return sorted(out, key=lambda e: e.start)


def hyphenated_places_joined(doc: Any, ents: list[Any]) -> list[Any]:
    """A place's hyphenated name NER took only the first word of: "near Boulogne-sur-Mer"
    (NER: "Boulogne", a person), "Stratford-upon-Avon" — joined where the whole name is a
    place the gazetteer knows; or only the last word of, as a place: "the Bouches-du-Rhône
    prefecture" (NER: "Rhône") — joined, the name being the whole hyphenated word."""
    g = gazetteer()
    for ent in list(ents):
        end = hyphenated_end(doc, ent.end)
        start = hyphenated_start(doc, ent.start)
        if start < ent.start and ent.label_ in ("GPE", "LOC") and doc[start].text[:1].isupper():
            joined = doc[start : ent.end]  # "the Bouches-du-Rhône prefecture" (NER: "Rhône")
            joined.label_ = ent.label_
            ents = _with_span(ents, joined)
            continue
        if end == ent.end or not g.is_place(key(doc[ent.start : end].text)):
            continue
        joined = doc[ent.start : end]
        joined.label_ = "GPE"
        ents = _with_span(ents, joined)
    return ents


def _with_span(ents: list[Any], joined: Any) -> list[Any]:
    """The spans with ``joined`` in place of those it overlaps, in order."""
    kept = [e for e in ents if e.end <= joined.start or e.start >= joined.end]
    return sorted([*kept, joined], key=lambda e: e.start)


_OPENING = frozenset(['"', "\u201c", "\u2018", "'"])
_CLOSING = frozenset(['"', "\u201d", "\u2019", "'"])


def nicknames_joined(doc: Any, ents: list[Any]) -> list[Any]:
    """A person's name with a nickname quoted inside it, which NER cut in pieces: 'Gang
    leader Jimmy "Barbecue" Cherizier' (NER: 'Jimmy "Barbecue' and 'Cherizier') is one
    person; the actor stage reads the nickname as another of their names."""
    for i, token in enumerate(doc[1:-3], 1):
        if token.text not in _OPENING or not doc[i - 1].text[:1].isupper():
            continue
        close = next(
            (j for j in range(i + 2, min(i + 5, len(doc) - 1)) if doc[j].text in _CLOSING), None
        )
        if close is None or not all(t.text[:1].isupper() for t in doc[i + 1 : close]):
            continue
        before = next((e for e in ents if e.start <= i - 1 < e.end), None)
        after = next((e for e in ents if e.start <= close + 1 < e.end), None)
        if after is None and close + 1 < len(doc) and _an_untagged_surname(doc[close + 1]):
            end = close + 2  # 'led by Jimmy "Barbecue" Cherizier' (NER: no "Cherizier")
        elif after is not None and after.label_ == "PERSON":
            end = after.end
        else:
            continue
        if before is None or doc[before.start].tag_ != "NNP":
            continue
        if before.label_ != "PERSON" and not (
            len(before) == 1 and after is not None and after.label_ == "PERSON"
        ):
            continue  # 'Joaquín "El Chapo" Guzmán' (NER: an organisation, then a person)
        joined = doc[before.start : end]
        joined.label_ = "PERSON"
        ents = _with_span(ents, joined)
    return ents


def _an_untagged_surname(token: Any) -> bool:
    """A capitalised name word NER left out of every entity."""
    return token.tag_ == "NNP" and token.is_title and not token.ent_type_


def _a_person_of(doc: Any, first: int, of: int) -> bool:
    """The capitalised words before "of" are a person's name, of the body after it: a title
    before them ("said Dr Ajay Chauhan of Ram Manohar Lohia Hospital") or a given name
    opening two or more ("Ajay Chauhan of …"); not "the Countess of Chester Hospital"."""
    titled = first > 0 and doc[first - 1].lower_.rstrip(".") in TITLES
    return titled or (of - first >= 2 and doc[first].lower_ in given_name_sexes())


def names_ending_in_of_joined(doc: Any, ents: list[Any]) -> list[Any]:
    """A name NER ended with "of", the name after it tagged on its own: "the Bay of" +
    "Bengal" is the Bay of Bengal (no name ends in "of"); the first span's label."""
    out: list[Any] = []
    for ent in ents:
        last = out[-1] if out else None
        if (
            last is not None
            and len(last) > 1
            and last[-1].lower_ == "of"
            and ent.start == last.end
            and ent.label_ in ("GPE", "LOC", "ORG", "FAC", "PERSON", "NORP")
        ):
            out[-1] = _labelled(doc[last.start : ent.end], last.label_)
            continue
        out.append(ent)
    return out


def names_joined_over_of(doc: Any, ents: list[Any]) -> list[Any]:
    """A site's or a body's name that NER cut at "of": "the Countess of Chester Hospital"
    (NER: "Countess", a nationality, and "Chester Hospital") is one hospital; the words
    before "of" are capitalised, no title ("Minister of …") and no other name's. So is one
    whose untagged words after "of" NER left off ("Allegheny County Court" + "of Common
    Pleas", see of_words_after), and one whose untagged words ending it as a site NER left
    off ("St Mary's" + "Primary School": a site)."""
    out: list[Any] = []
    for ent in ents:
        start = ent.start
        if (
            ent.label_ in ("ORG", "FAC")
            and start >= 2
            and doc[start - 1].lower_ == "of"
            and (ends_as_a_site(ent.text) or ends_as_a_body(ent.text))
        ):
            first = start - 1
            while (
                first > 0
                and doc[first - 1].is_alpha
                and doc[first - 1].text[:1].isupper()
                and doc[first - 1].ent_type_ in ("", "NORP")
                and doc[first - 1].tag_ in ("NNP", "NNPS")
                and not doc[first - 1].is_stop
                and doc[first - 1].lower_ not in TITLES
            ):
                first -= 1
            if first < start - 1 and not _a_person_of(doc, first, start - 1):
                out = [e for e in out if e.end <= first]
                joined = doc[first : ent.end]
                joined.label_ = ent.label_
                out.append(joined)
                continue
        if ent.label_ in ("ORG", "FAC") and (end := _site_words_after(doc, ent)) > ent.end:
            ent = doc[ent.start : end]  # "St Mary's" + "Primary School": the school, a site,
            ent.label_ = "FAC"  # not a body "St Mary"
        if ent.label_ in ("ORG", "FAC", "GPE") and (end := of_words_after(doc, ent)) > ent.end:
            label = "FAC" if ent.label_ != "ORG" and ends_as_a_site(ent.text) else "ORG"
            ent = doc[ent.start : end]  # "Allegheny County Court" + "of Common Pleas"
            ent.label_ = label
        elif ent.label_ == "ORG" and (end := _a_bodys_phrase_run_on(doc, ent)) > ent.end:
            ent = doc[ent.start : end]  # "the Centre for Analysis and Research" + "in Human
            ent.label_ = "ORG"  # Rights"
        out.append(ent)
    return out


def towns_cut_at_a_comma(doc: Any, ents: list[Any]) -> list[Any]:
    """An organisation span that runs from a town over a comma into a body or the region the
    town lies in: "near Keswick, Cumbria Police said" (NER: one organisation) is the town
    and the force; "a boy from Banks, Lancashire" the town and the county."""
    out: list[Any] = []
    g = gazetteer()
    for ent in ents:
        commas = [t.i for t in ent if t.text == ","]
        if ent.label_ == "ORG" and len(commas) == 1:
            town, body = doc[ent.start : commas[0]], doc[commas[0] + 1 : ent.end]
            area = g.resolve(key(body.text), set()) if len(body) else None
            if (
                len(town)
                and len(body) > 1
                and ends_as_a_body(body.text)
                and g.is_place(key(town.text))
                and not ends_as_a_body(town.text)
            ):
                town.label_, body.label_ = "GPE", "ORG"
                out.extend((town, body))
                continue
            if (
                len(town)
                and area is not None
                and area.kind in ("region", "country")
                and all(t.text[:1].isupper() for t in town)
                and not ends_as_a_body(town.text)
            ):
                town.label_, body.label_ = "GPE", "GPE"
                out.extend((town, body))
                continue
        out.append(ent)
    return out


def towns_cut_at_in(doc: Any, ents: list[Any]) -> list[Any]:
    """A span that runs from a town over "in the" into the region whose word follows it:
    "the town of Barsalogho in the Centre-Nord region" (NER: one organisation) is the town
    and the region; "Islamic State in the Greater Sahara" (no region word after) is whole."""
    out: list[Any] = []
    for ent in ents:
        cut = next((t.i for t in ent[1:-1] if t.lower_ == "in"), None)
        if (
            cut is not None
            and ent.label_ in ("ORG", "GPE", "LOC", "FAC")
            and ent.end < len(doc)
            and is_region_noun(doc[ent.end])
            and all(t.text[:1].isupper() for t in doc[ent.start : cut])
        ):
            start = cut + 2 if doc[cut + 1].lower_ == "the" else cut + 1
            town, region = doc[ent.start : cut], doc[start : ent.end]
            if len(region):
                town.label_, region.label_ = "GPE", "GPE"
                out.extend((town, region))
                continue
        out.append(ent)
    return out


def sums_cut_from_names(doc: Any, ents: list[Any]) -> list[Any]:
    """A name NER ran on into the sum of money after it: "fined Apple 1.8 billion euros"
    (NER: one organisation), "fined Google 2.4 billion euros" (NER: one sum) are the firm,
    then the sum (not "Boeing 737", "Formula 1": no currency ends them)."""
    out: list[Any] = []
    for ent in ents:
        i = next((t.i for t in ent if t.i > ent.start and is_num(t)), None)
        if (
            ent.label_ in ("ORG", "PERSON", "GPE", "NORP", "FAC", "LOC", "MONEY")
            and i is not None
            and doc[ent.start].tag_ in ("NNP", "NNPS")
            and all(t.text[:1].isupper() and not is_num(t) for t in doc[ent.start : i])
            and currency_of(doc, doc[i : ent.end]) is not None
            and not doc[ent.end - 1].text[:1].isupper()
        ):
            name, amount = doc[ent.start : i], doc[i : ent.end]
            name.label_ = "ORG" if ent.label_ == "MONEY" else ent.label_
            amount.label_ = "MONEY"
            out.extend((name, amount))
            continue
        out.append(ent)
    return out


def counts_cut_from_dates(doc: Any, ents: list[Any]) -> list[Any]:
    """DATE spans that run on into the count of what the sentence is about: "In 1999 two
    powerful quakes killed …", "In 2019 40 people died" (NER: one date each) are the year
    and a count — the last number counts the noun after the date, not a day of it (a span
    of years stays one: "the 2014-2016 epidemic"). A DATE span that opens with a sum is the
    sum and a date ("£34bn this year"); one that opens with a temperature, the date after it
    ("50C this week")."""
    out: list[Any] = []
    for ent in ents:
        last = ent[-1]
        if (
            ent.label_ == "DATE"
            and len(ent) > 1
            and last.like_num
            and last.dep_ == "nummod"
            and last.head.i >= ent.end
            and any(t.like_num for t in ent[:-1])
            and not (  # "the 2014-2016 epidemic": a span of years, no count
                re.fullmatch(r"(1[89]|20)\d\d", last.text) and ent[-2].text in ("-", "\u2013")
            )
        ):
            date, count = doc[ent.start : ent.end - 1], doc[last.i : last.i + 1]
            date.label_, count.label_ = "DATE", "CARDINAL"
            out.extend((date, count))
            continue
        if ent.label_ == "DATE" and len(ent) > 1 and _TEMPERATURE.fullmatch(ent[0].text):
            date = doc[ent.start + 1 : ent.end]
            date.label_ = "DATE"
            out.append(date)  # "hovered near 50C this week" (NER: one date): a heat, then when
            continue
        if ent.label_ == "DATE" and len(ent) > 1 and _a_sum_opening(doc, ent):
            signed = ent.start > 0 and doc[ent.start - 1].tag_ == "$"
            amount = doc[ent.start - signed : ent.start + 1]
            date = doc[ent.start + 1 : ent.end]
            amount.label_, date.label_ = "MONEY" if signed else "CARDINAL", "DATE"
            out.extend((amount, date))  # "£34bn this year" (NER: one date): a sum, then when
            continue
        out.append(ent)
    return out


# A temperature written as one word: "50C", "-5C", "104F", "45°C".
_TEMPERATURE = re.compile(r"[-\u2212]?\d+(\.\d+)?°?[CF]")


def _a_sum_opening(doc: Any, ent: Any) -> bool:
    """A DATE span opens with an amount: a number with a scale glued on ("34bn", "1.2m"), or
    any number after a currency's sign ("£" + "34" + "this year")."""
    first = ent[0]
    signed = ent.start > 0 and doc[ent.start - 1].tag_ == "$"
    scaled = is_num(first) and not first.like_num  # "34bn": amounts reads its scale
    return scaled or (signed and first.like_num)


def dates_cut_at_after(ents: list[Any]) -> list[Any]:
    """DATE spans that run on past "after" or "before" once they have their year: "in April
    2023 after a years-long legal battle" (NER: one date) is April 2023; dates and times
    that open with a pronoun before a word no one owns start after it ("for her next week")."""
    out: list[Any] = []
    for ent in ents:
        cut = next(
            (
                t.i
                for t in ent[1:]
                if t.lower_ in ("after", "before")
                and any(YEAR.fullmatch(u.text) for u in ent.doc[ent.start : t.i])
            ),
            None,
        )
        if ent.label_ == "DATE" and cut is not None:
            ent = ent.doc[ent.start : cut]
            ent.label_ = "DATE"
        if (
            ent.label_ in ("DATE", "TIME")
            and len(ent) > 1
            and ent[0].tag_ in ("PRP", "PRP$")
            and ent[1].lower_ in ("next", "last", "this", "that")  # no one's ("in his first
            # year" is his)
        ):
            label = ent.label_
            ent = ent.doc[ent.start + 1 : ent.end]  # "a memorial service for her next week"
            ent.label_ = label  # (NER: "her next week"): whose the service is, then when
        out.append(ent)
    return out


def _letters_after_a_name(doc: Any, ent: Any) -> bool:
    """Letters written after a person's name that say an office ("Christine Laing QC", "Ann
    Lee MP"): the name's, not a body's."""
    return (
        len(ent) == 1
        and ent.text in POSTNOMINALS
        and ent.start > 0
        and (doc[ent.start - 1].ent_type_ == "PERSON" or is_name_word(doc[ent.start - 1]))
    )


def repaired_entities(doc: Any, lower: Collection[str] = ()) -> list[Any]:
    """NER spans, joined where NER cut one name in two: adjacent nationality and religion
    spans ("Ethiopian Christians"), adjacent parts of a person's name ("Susilo Bambang" +
    "Yudhoyono"), a one-word organisation joined by "and" to the name it qualifies ("Public"
    and "Commercial Services Union"), a ministry's list of portfolios ("Department for
    Levelling Up," + "Housing and Communities"); a person's name widened to the untagged
    name words before it ("Zaw" + "Lin"); and a nationality widened to the untagged acronym
    it qualifies ("Scottish" + "SPCA"). ``lower``: words the text writes in lower case."""
    out: list[Any] = []
    for ent in doc.ents:
        if out and ent.start < out[-1].end:
            continue  # taken into the name before it ("Leyen" of "Ursula von der Leyen")
        if ent.label_ == "PERSON" and all(t.lower_.rstrip(".") in TITLES for t in ent):
            continue  # "Det" of "Det Con Rachel Green": a rank, the name follows
        if ent.label_ == "ORG" and _letters_after_a_name(doc, ent):
            continue  # "Judge Neil Rafferty KC" (NER: "KC" a body): his office, no body
        if ent.label_ == "ORG" and a_portfolio(doc, ent.end):
            continue  # "Disaster Management and Relief Minister Mohibbur Rahman" (NER: a
            # body, then the person): the minister's portfolio, no body
        if ent.label_ == "ORG":
            ent = _a_bodys_first_words(doc, ent, lower)
        if ent.label_ == "PERSON":
            ent = _widened(doc, ent, lower)
            if (end := _site_words_after(doc, ent)) > ent.end:
                ent = doc[ent.start : end]  # "Sam Ratulangi" + "International Airport": a
                ent.label_ = "FAC"  # site named for a person, no person
        if out and out[-1].label_ == "PERSON" and _named_for(doc, out[-1], ent):
            ent = doc[out.pop().start : ent.end]  # "Ronald Reagan" + "Washington National
            ent.label_ = "FAC"  # Airport": a site named for a person, no person
        elif ent.label_ == "NORP" and _acronym_after(doc, ent):
            ent = doc[ent.start : ent.end + 1]  # "the Scottish SPCA": a body, not a people
            ent.label_ = "ORG"
        elif ent.label_ == "NORP" and (end := _institution_after(doc, ent)) > ent.end:
            ent = doc[ent.start : end]  # "The British" + "Library": a body, not a people
            ent.label_ = "ORG"
        elif ent.label_ in ("ORG", "PERSON") and _for_two_areas(doc, ent):  # (NER: "Somerset
            # Police" a person, too)
            while out and out[-1].end > ent.start - 2:
                out.pop()  # "Devon" (NER: a person) of "Devon and Cornwall Police"
            ent = doc[ent.start - 2 : ent.end]  # "Avon and" + "Somerset Police"
            ent.label_ = "ORG"
        elif ent.label_ == "ORG" and (start := _of_two_areas(doc, ent, out)) < ent.start:
            while out and out[-1].end > start:
                out.pop()  # "University Hospitals of Derby" of the whole name
            ent = doc[start : ent.end]  # "University Hospitals of Derby and" + "Burton NHS
            ent.label_ = "ORG"  # Foundation Trust"
        elif ent.label_ == "ORG" and (start := _untagged_words_and(doc, ent)) < ent.start:
            while out and out[-1].end > start:
                out.pop()
            ent = doc[start : ent.end]  # "Cheshire Fire and" + "Rescue Service"
            ent.label_ = "ORG"
        elif ent.label_ == "GPE" and (start := _hyphened_to_a_country(doc, ent)) >= 0:
            while out and out[-1].end > start:
                out.pop()  # "Météo" (NER: a place) of "Météo-France"
            ent = doc[start : ent.end]  # "Météo-France", "Radio-Canada": a body
            ent.label_ = "ORG"
        elif ent.label_ == "GPE" and _named_for_a_country(doc, ent):
            start = ent.start - 1  # "Reform UK", "Team GB": a body, not a state
            if (
                start >= 2
                and doc[start - 1].lower_ in ("'s", "\u2019s")
                and is_name_word(doc[start - 2])
            ):
                start -= 2  # "Alzheimer's" + "Research UK": the whole charity's name
            ent = doc[start : ent.end]
            ent.label_ = "ORG"
        last = out[-1] if out else None
        if last is not None and _its_country_after(doc, last, ent):
            out[-1] = doc[last.start : ent.end]  # "The Royal Life Saving Society" + "UK says"
            out[-1].label_ = "ORG"
        elif last is not None and _of_a_country(doc, last, ent):
            out[-1] = doc[last.start : ent.end]  # "The Law Society" + "of" + "Kenya"
            out[-1].label_ = "ORG"
        elif last is not None and _office_for(doc, last, ent):
            out[-1] = doc[last.start : ent.end]  # "UN Office" + "for the" + "Coordination …"
            out[-1].label_ = "ORG"
        elif last is not None and last.label_ == ent.label_ and _one_name(doc, last, ent):
            label = ent.label_
            out[-1] = doc[last.start : ent.end]
            out[-1].label_ = label
        elif last is not None and _a_surname_after_a_person(doc, last, ent):
            out[-1] = doc[last.start : ent.end]  # "Maria Corina" + "Machado" (NER: a person,
            out[-1].label_ = "PERSON"  # then a body): one name, the last word its head
        elif last is not None and _a_word_joined_to_a_body(doc, last, ent):
            out[-1] = doc[last.start : ent.end]  # "the Parks and Wildlife Commission" (NER:
            out[-1].label_ = "ORG"  # a person, then a body)
        elif last is not None and _a_given_name_taken_for_a_place(doc, last, ent):
            out[-1] = doc[last.start : ent.end]  # "official Harish" + "Chandra Sharma"
            out[-1].label_ = "PERSON"
        else:
            out.append(ent)
    return [
        part
        for ent in map(_without_a_last_and, map(_without_a_last_thing, out))
        for ranked in split_at_rank(doc, ent)
        for part in split_at_an_office(doc, ranked, lower)
    ]


def sites_cut_at_their_towns(doc: Any, ents: list[Any]) -> list[Any]:
    """Each site's name NER ran on into its town cut there (_split_at_its_town), and joined
    to the saint's or person's name NER cut off before it at the "'s": "St Julia's" +
    "Hospice in Hayle" is St Julia's Hospice, in Hayle (not a country's: "Kenya's" +
    "Prison in Kamiti")."""
    out: list[Any] = []
    for ent in ents:
        parts = _split_at_its_town(doc, ent)
        last = out[-1] if out else None
        if (
            len(parts) == 2
            and len(parts[0]) == 1
            and last is not None
            and last.end == parts[0].start
            and len(last) > 1
            and last[-1].tag_ == "POS"
            and last.label_ in ("ORG", "PERSON", "FAC")
            and not gazetteer().is_place(key(last[:-1].text))
        ):
            parts[0] = _labelled(doc[out.pop().start : parts[0].end], "FAC")
        out.extend(parts)
    return out


def _split_at_its_town(doc: Any, ent: Any) -> list[Any]:
    """A site's or a street's name NER ran on over "in" or "at" into the town it is in: "St
    Julia's Hospice in Hayle" is the hospice and Hayle, "the Carrickfergus Road in Larne"
    the road and Larne, where the words before the preposition end as a site's or a
    street's name does and those after it are a place the gazetteer knows or one or two
    capitalised words that end no body's or site's name. Not "the Church of Scotland", no
    site; nor a name the gazetteer knows whole."""
    if ent.label_ not in ("ORG", "FAC") or len(ent) < 3:
        return [ent]
    cut = next(
        (t.i for t in ent[1:-1] if t.lower_ in ("in", "at") and t.is_lower),
        None,
    )
    if cut is None:
        return [ent]
    site, town = doc[ent.start : cut], doc[cut + 1 : ent.end]
    g = gazetteer()
    if (
        not all(t.text[:1].isupper() and t.is_alpha for t in town)
        or not (ends_as_a_site(site.text) or names_a_street(site.text))
        or not (g.is_place(key(town.text)) or len(town) <= 2)
        or ends_as_a_body(town.text)
        or ends_as_a_site(town.text)
        or g.is_place(key(ent.text))
    ):
        return [ent]
    return [_labelled(site, "FAC"), _labelled(town, "GPE")]


# Offices a person is named by after the place or body they serve, which NER may take into one
# organisation with the name: "Katsina Governor Dikko Radda", "Coast Guard Rear Adm. Shannon
# Gilreath". Not a portfolio ("Foreign", "Health"), which runs on into a body's name.
_PERSONAL_OFFICES = frozenset(
    """governor gov mayor president minister secretary senator sen adm admiral general gen
    commander chief judge ambassador chairman chairwoman director commissioner sheriff
    marshal premier envoy mp mep msp mla councillor""".split()  # noqa: SIM905
)
# Words of a rank written before the office: "Rear Adm.", "Vice Adm.", "Deputy Governor".
_BEFORE_AN_OFFICE = _TITLE_PREFIXES | frozenset(("rear", "deputy", "assistant", "lt"))


def split_at_an_office(doc: Any, ent: Any, lower: Collection[str] = ()) -> list[Any]:
    """An organisation span that runs on from a place or body through an office into a
    person's name: "Katsina Governor Dikko Radda" is the state of Katsina and Dikko Radda;
    "Coast Guard Rear Adm. Shannon Gilreath" the Coast Guard and Shannon Gilreath. The name
    after the office must have a name's shape (two or three capitalised words, none a body's
    word or a word the text writes in lower case), so "Chinese Foreign Minister's Office"
    stays whole. ``lower``: words the text writes in lower case."""
    if ent.label_ == "PERSON":
        return _a_place_and_its_member(doc, ent, lower)
    if ent.label_ != "ORG":
        return [ent]
    if ent.end < len(doc) and doc[ent.end].ent_type_ == "PERSON" and _an_office(doc[ent.end - 1]):
        end = ent.end - 1  # "Coast Guard Rear Adm." + "Shannon Gilreath": the office leaves
        while end > ent.start and _an_office(doc[end - 1]):
            end -= 1
        if end == ent.start:
            return []
        body = doc[ent.start : end]
        body.label_ = "ORG"
        return [body]
    if len(ent) < 4:
        return [ent]
    for i in range(ent.start + 1, ent.end - 2):
        if doc[i].lower_.rstrip(".") not in _PERSONAL_OFFICES:
            continue
        person = doc[i + 1 : ent.end]
        if not (
            _a_name_after_an_office(person, lower)
            and not any(t.lower_ in BODY_NOUNS for t in person)
        ):
            return [ent]
        start = i
        while start > ent.start and doc[start - 1].lower_.rstrip(".") in _BEFORE_AN_OFFICE:
            start -= 1
        person.label_ = "PERSON"
        if start == ent.start:
            return [person]
        body = doc[ent.start : start]
        place = not any(t.lower_ in BODY_NOUNS for t in body) and gazetteer().is_place(
            key(body.text)
        )
        body.label_ = "GPE" if place else "ORG"
        return [body, person]
    return [ent]


def _a_place_and_its_member(doc: Any, ent: Any, lower: Collection[str]) -> list[Any]:
    """A person span that opens with the place an office serves: "Leeds MP Kate Osborne" is
    Leeds and Kate Osborne; "Wigan" (NER: a person) before "MP Lisa Nandy" is the town. Only
    where the words before the office are a known place ("Attorney General" is no place)."""
    after = ent.end + 1
    if (
        after < len(doc)
        and doc[ent.end].lower_.rstrip(".") in _PERSONAL_OFFICES
        and doc[after].ent_type_ == "PERSON"
        and gazetteer().is_place(key(ent.text))
    ):
        ent.label_ = "GPE"
        return [ent]
    for i in range(ent.start + 1, ent.end - 1):
        if doc[i].lower_.rstrip(".") not in _PERSONAL_OFFICES:
            continue
        body, person = doc[ent.start : i], doc[i + 1 : ent.end]
        if not (gazetteer().is_place(key(body.text)) and _a_name_after_an_office(person, lower)):
            return [ent]
        body.label_, person.label_ = "GPE", "PERSON"
        return [body, person]
    return [ent]


def _a_name_after_an_office(person: Any, lower: Collection[str]) -> bool:
    """The words after an office have a name's shape: proper nouns, none a title ("Dikko
    Radda", not "Chief Strategy"). ``lower``: words the text writes in lower case."""
    return name_shaped(person.text, lower) and all(
        t.tag_ == "NNP" and t.lower_.rstrip(".") not in TITLES for t in person
    )


def _an_office(token: Any) -> bool:
    """A title's word or a rank before one ("Rear", "Adm."); every personal office is a title."""
    word = token.lower_.rstrip(".")
    return word in TITLES or word in _BEFORE_AN_OFFICE


def _without_a_last_thing(ent: Any) -> Any:
    """The organisation's name without a common noun NER ran on into ("the House of Lords
    reform": the Lords, whose reform is talked of); a body's own word stays ("the Wagner
    group")."""
    last = ent[-1] if len(ent) > 1 else None
    if (
        ent.label_ != "ORG"
        or last is None
        or not last.is_lower
        or last.pos_ != "NOUN"
        or not ent[-2].text[:1].isupper()
        or {last.lower_, singular(last.lower_)} & (BODY_NOUNS | person_nouns())
    ):
        return ent
    cut = ent.doc[ent.start : ent.end - 1]
    cut.label_ = "ORG"
    return cut


def _without_a_last_and(ent: Any) -> Any:
    """The span without the "and" NER ended it with where no name followed to join it
    ("Jinnah Postgraduate Medical Centre and", then another body)."""
    if len(ent) < 2 or ent[-1].tag_ != "CC":
        return ent
    label = ent.label_
    ent = ent[:-1]
    ent.label_ = label
    return ent


# Prefixes joined by a hyphen to the word after them: "anti-Islam", "pro-Kremlin".
_PREFIXES = frozenset(["anti", "pro", "non", "ex"])


def _named_for(doc: Any, person: Any, site: Any) -> bool:
    """A site's name right after a person's, with nothing between: the site is named for
    the person ("Ronald Reagan Washington National Airport", NER: a person and an event)."""
    return site.start == person.end and site.label_ != "PERSON" and ends_as_a_site(site.text)


def _for_two_areas(doc: Any, ent: Any) -> bool:
    """A body named for two areas, NER taking the second and the body for the name: "Avon
    and" + "Somerset Police", "Devon and" + "Cornwall Police", "The Shrewsbury and" +
    "Telford Hospital NHS Trust" (both words places, the name a body's; not "the UN and" +
    "World Bank")."""
    if ent.start < 2 or len(ent) < 2 or doc[ent.start - 1].lower_ != "and":
        return False
    first = doc[ent.start - 2]
    g = gazetteer()
    alone = first.ent_iob_ == "O" or doc[first.i + 1].ent_iob_ != "I"  # untagged, or one word
    return (
        first.tag_ == "NNP"
        and first.is_alpha
        and first.text[:1].isupper()
        and alone
        and (
            first.ent_type_ in ("", "GPE", "PERSON", "LOC")
            or (first.ent_type_ == "ORG" and first.ent_iob_ == "B")  # a one-word "body"
        )
        and g.is_place(first.lower_)  # "Avon" (a county no longer) is a town's name too
        and (
            g.is_place(ent[0].lower_, cities=False)
            or (doc[first.i - 1].lower_ == "the" and g.is_place(ent[0].lower_))
            or (ent[-1].text == "Court" and g.is_place(ent[0].lower_))
        )  # "The Shrewsbury and" + "Telford Hospital NHS Trust": two towns, "the" before
        # the first (no town takes it) opening the one name; "Manchester and" + "Salford
        # Youth Court": a court serves the towns it is named for
        and (ends_as_a_body(ent.text) or ent[-1].text == "Court")
    )


def _of_two_areas(doc: Any, ent: Any, before: Sequence[Any]) -> int:
    """Where a body's name starts that is "of" two places, NER taking it for two bodies:
    "University Hospitals of Derby" + "and" + "Burton NHS Foundation Trust" (the body's
    word ends the second); the entity's own start otherwise."""
    if not before or ent.start < 2 or doc[ent.start - 1].lower_ != "and":
        return ent.start
    prev = before[-1]
    g = gazetteer()
    if (
        prev.end == ent.start - 1
        and prev.label_ == "ORG"
        and len(prev) >= 3
        and doc[prev.end - 2].lower_ == "of"
        and g.is_place(doc[prev.end - 1].lower_)
        and g.is_place(ent[0].lower_)
        and not ends_as_a_body(prev.text)
        and ends_as_a_body(ent.text)
    ):
        return prev.start
    return ent.start


def _untagged_words_and(doc: Any, ent: Any) -> int:
    """Where a body's name starts that NER took only the end of, after "and": the untagged
    capitalised words the parse joins it to ("Cheshire Fire and" + "Rescue Service"); the
    entity's own start where there are none ("the UN and" + "World Bank": the UN is tagged)."""
    if ent.start < 2 or doc[ent.start - 1].lower_ != "and" or not ends_as_a_body(ent.text):
        return ent.start
    word = doc[ent.start - 2]
    if not (
        any(t.dep_ == "conj" and t.head.i == word.i for t in ent)
        or (word.head.i in range(ent.start, ent.end) and word.tag_ == "NNP")
    ):
        return ent.start  # the parse joins the name (or its first word) to the word before
    start = word.i
    while (
        start > 0
        and doc[start - 1].head.i in range(start, ent.end)
        and doc[start - 1].tag_ == "NNP"  # not "its" of "its Health Emergency Preparedness"
    ):
        start -= 1  # "Cheshire" of "Cheshire Fire", "South Wales" of "South Wales Fire"
    words = doc[start : word.i + 1]
    if not all(t.tag_ == "NNP" and t.text[:1].isupper() for t in words):
        return ent.start
    if all(t.ent_iob_ == "O" for t in words):
        return start
    # "North Yorkshire Fire" (NER: a person) + "and" + "Rescue Service": tagged words make
    # the name only where they open with the place whose service it is
    area = gazetteer().resolve(key(doc[start : word.i].text), set())
    return start if area is not None and area.kind == "region" else ent.start


def _after_a_given_name(doc: Any, ent: Any) -> bool:
    """A one-word place NER tagged straight after an untagged given name, itself after a
    title or a word for a person: a surname ("former President Alejandro Toledo"; not
    "Cape Town", "Santa Cruz": no title before)."""
    if len(ent) != 1 or ent.start < 2 or gazetteer().country_code(key(ent.text)):
        return False
    given, before = doc[ent.start - 1], doc[ent.start - 2]
    return (
        given.ent_iob_ == "O"
        and is_name_word(given)
        and given.lower_ in given_name_sexes()
        and (before.lower_.rstrip(".") in TITLES or before.lower_ in person_nouns())
    )


def _hyphened_to_a_country(doc: Any, ent: Any) -> int:
    """The start of a body's name that joins a capitalised word that is no place to a
    country's name by a hyphen ("Météo-France", "Radio-Canada"), NER taking it for a place,
    whole or in two; -1 for two places ("Israel-Gaza") or one ("Guinea-Bissau")."""
    start = ent.start
    if (
        "-" not in ent.text
        and start >= 2
        and doc[start - 1].text == "-"
        and not doc[start - 1].whitespace_
        and not doc[start - 2].whitespace_
    ):
        start -= 2
    first, _, country = doc[start : ent.end].text.rpartition("-")
    g = gazetteer()
    return (
        start
        if first.isalpha()
        and first[:1].isupper()
        and g.country_code(key(country)) is not None
        and not g.is_place(first.lower())
        and g.country_code(key(first)) is None
        and g.resolve(key(doc[start : ent.end].text), set()) is None
        else -1
    )


def _its_country_after(doc: Any, body: Any, ent: Any) -> bool:
    """A country's name written right after a body's name, ending it: "The Royal Life Saving
    Society UK says" (NER: a body, then a place) is the society's British arm; not "the IMF
    Ukraine programme", where the country qualifies the noun after it."""
    return (
        body.label_ == "ORG"
        and ent.label_ == "GPE"
        and ent.start == body.end
        and ent.root.dep_ != "compound"
        and ends_as_a_body(body.text)
        and gazetteer().country_code(key(ent.text)) is not None
    )


def _named_for_a_country(doc: Any, ent: Any) -> bool:
    """A country's name after an untagged name word that qualifies it, which names a body
    for the country or region: "Reform UK", "Team GB", "Police Scotland" (not "Northern
    Ireland", "Manchester, UK", nor
    a participle that opens the sentence: "Neighbouring Tanzania has also been hit")."""
    if ent.start == 0:
        return False
    before = doc[ent.start - 1]
    g = gazetteer()
    return (
        is_name_word(before)
        and before.dep_ == "compound"
        and ent.start <= before.head.i < ent.end
        and before.lower_ not in QUARTERS
        and not before.lower_.endswith("ing")
        and (not g.is_place(before.lower_) or ORG_TAIL.search(before.text) is not None)
        and (
            g.country_code(key(ent.text)) is not None
            or getattr(g.resolve(key(ent.text), set()), "kind", None) == "region"
        )  # "Police Scotland", "Sport England": a nation's body
    )


def _institution_after(doc: Any, ent: Any) -> int:
    """The end of the untagged capitalised words after a nationality that end as an
    institution's name does ("British" + "Library", "Scottish" + "Ambulance Service"), else
    the entity's own end."""
    return _name_words_after(doc, ent, ends_as_a_body)


def _site_words_after(doc: Any, ent: Any) -> int:
    """The end of the untagged capitalised words after a name that end as a site's name does
    ("Sam Ratulangi" + "International Airport"), else the name's own end."""
    return _name_words_after(doc, ent, ends_as_a_site)


def _name_words_after(doc: Any, ent: Any, ends_as: Callable[[str], bool]) -> int:
    """The end of the untagged name words (up to three) after an entity with which its
    text ``ends_as`` says what it is, else the entity's own end."""
    end = ent.end
    while end < len(doc) and end < ent.end + 3 and is_name_word(doc[end]):
        end += 1
    while end > ent.end and not ends_as(doc[ent.start : end].text):
        end -= 1
    return end


def of_words_after(doc: Any, ent: Any) -> int:
    """The end of "of" and the untagged name words (up to three) NER cut off a body's or a
    site's name: "Allegheny County Court" + "of Common Pleas" (NER: a place, then nothing),
    else the entity's own end. Only the name's own capitalised words, the last one of them
    what "of" governs."""
    i = ent.end
    if not (ends_as_a_body(ent.text) or ends_as_a_site(ent.text)):
        return ent.end
    if i + 1 >= len(doc) or doc[i].lower_ != "of" or doc[i].head.i != ent.root.i:
        return ent.end
    end = i + 1
    while end < len(doc) and end < i + 4 and is_name_word(doc[end], ("NNP", "NNPS")):
        end += 1
    if end == i + 1 or doc[end - 1].head.i != i:
        return ent.end
    return end


# Words that join the parts of a body's name: "Centre for Analysis and Research in Human
# Rights".
_NAME_JOINERS = frozenset(["and", "for", "in", "on", "of", "&"])


def _a_bodys_phrase_run_on(doc: Any, ent: Any) -> int:
    """The end of the untagged words (up to five) that carry on a body's name NER cut short,
    where the name opens with a body's word ("Centre", "Institute") and every word run on
    hangs inside the name: "the Centre for Analysis and Research" + "in Human Rights",
    "the Institute for Research and" + "Monitoring in Human Rights". It ends on a name word
    (not "the Ministry of Health" + "in Gaza", a place NER tags); else the entity's end."""
    if not ends_as_a_body(ent.root.text) or ent.root.i == ent.end - 1:
        return ent.end
    end = last = ent.end
    while (
        end < len(doc)
        and end < ent.end + 5
        and doc[end].ent_iob_ == "O"
        and (is_name_word(doc[end], ("NNP", "NNPS")) or doc[end].lower_ in _NAME_JOINERS)
        and ent.start <= doc[end].head.i < ent.end + 5
    ):
        end += 1
        if doc[end - 1].lower_ not in _NAME_JOINERS:
            last = end
    if any(not ent.start <= t.head.i < last for t in doc[ent.end : last]):
        return ent.end  # a word of the run hangs outside it
    return last


def _acronym_after(doc: Any, ent: Any) -> bool:
    """An untagged acronym right after a nationality, which qualifies it: "Scottish SPCA";
    not one that qualifies things in the plural with it ("All German VW plants": the
    carmaker's plants in Germany, no "German VW")."""
    if ent.end >= len(doc):
        return False
    after = doc[ent.end]
    return (
        not after.ent_type_
        and after.is_upper
        and after.is_alpha
        and 2 <= len(after) <= 6
        and ent.root.head.i == after.i
        and not (after.dep_ == "compound" and after.head.tag_ == "NNS")
    )


def _of_a_country(doc: Any, body: Any, place: Any) -> bool:
    """NER cut "of <country>" off a body's name: "The Law Society" + "of" + "Kenya"; or
    kept the "of" and cut the place: "the Police Service of" + "Northern Ireland"."""
    if body.label_ != "ORG" or place.label_ != "GPE":
        return False
    if place.start == body.end and len(body) > 2 and doc[body.end - 1].lower_ == "of":
        return gazetteer().is_place(key(place.text))
    return (
        place.start == body.end + 1
        and doc[body.end].lower_ == "of"
        and ends_as_a_body(body.text)  # "the Medical Association" + "of Malawi"
        and gazetteer().country_code(key(place.text)) is not None
    )


# A body's word that a name's remit follows: "Office for the Coordination of …".
_REMITTED = frozenset(
    """office ministry department commission agency institute centre center council bureau
    directorate secretariat fund committee""".split()  # noqa: SIM905 - a word list
)


def _office_for(doc: Any, body: Any, remit: Any) -> bool:
    """NER cut a body's name at "for (the)": "the UN Office" + "for the" + "Coordination of
    Humanitarian Affairs", "the Department" + "for" + "Education"."""
    between = [t.lower_ for t in doc[body.end : remit.start]]
    first = remit[1] if remit[0].lower_ == "the" and len(remit) > 1 else remit[0]
    return (
        body.label_ == "ORG"
        and remit.label_ == "ORG"
        and doc[body.end - 1].lower_ in _REMITTED
        and doc[body.end - 1].text[:1].isupper()
        and between in (["for"], ["for", "the"])
        and first.text[:1].isupper()
    )


def _a_surname_after_a_person(doc: Any, first: Any, second: Any) -> bool:
    """One name word NER gave another label, straight after a person's name whose every word
    the parse hangs on it: "Opposition leader Maria Corina Machado said" (NER: "Maria
    Corina" a person, "Machado" a body). Not a body's or site's name, nor a country or a
    region."""
    return (
        first.label_ == "PERSON"
        and second.label_ in ("ORG", "GPE", "NORP")
        and len(second) == 1
        and second.start == first.end
        and second[0].text[:1].isupper()
        and second[0].is_alpha
        and all(t.dep_ == "compound" and t.head.i == second.start for t in first)
        and first[0].lower_ in given_name_sexes()
        and not ends_as_a_body(second.text)
        and not ends_as_a_site(second.text)
        and not gazetteer().is_place(key(second.text), cities=False)  # a town may share a
        # surname ("Machado", Brazil)
    )


def _a_word_joined_to_a_body(doc: Any, first: Any, second: Any) -> bool:
    """One capitalised word joined by "and" to the first word of a body's name, both
    qualifying its last: "the Parks and Wildlife Commission" (NER: "Parks" a person)."""
    word = first.root
    return (
        len(first) == 1
        and first.label_ in ("PERSON", "GPE", "NORP")
        and second.label_ == "ORG"
        and second.start == first.end + 1
        and doc[first.end].lower_ == "and"
        and ends_as_a_body(second.text)
        and word.dep_ in ("nmod", "compound")
        and second.start <= word.head.i < second.end
        and any(t.dep_ == "conj" and t.head.i == word.i for t in second)
        and word.lower_ not in given_name_sexes()
    )


def _a_given_name_taken_for_a_place(doc: Any, first: Any, second: Any) -> bool:
    """A one-word place NER put straight before a person's name, after a title or a word
    for a person in lower case: the person's given name ("said Jajarkot district official
    Harish Chandra Sharma", NER: "Harish" a place, as a town in Israel is called; "Dr Yonas
    Tegegn Woldemariam")."""
    from .counted import people_words  # counted reads the parse this module repairs

    return (
        first.label_ == "GPE"
        and second.label_ == "PERSON"
        and len(first) == 1
        and first.end == second.start
        and first.start > 0
        and (
            (doc[first.start - 1].is_lower and doc[first.start - 1].lower_ in people_words())
            or doc[first.start - 1].lower_.rstrip(".") in TITLES  # "said Dr Yonas Tegegn
            # Woldemariam" (NER: "Yonas" a place)
        )
        and not gazetteer().country_code(key(first.text))
    )


def _one_name(doc: Any, first: Any, second: Any) -> bool:
    """Two NER spans of one label that are one name (see repaired_entities)."""
    if first.label_ == "PERSON" and first.start < second.start < first.end <= second.end:
        return True  # "Al-Harith" + "al-Harith Mohamed", both widened over "Idriss"
    if first.label_ in ("NORP", "PERSON") and first.end == second.start:
        return first.label_ == "NORP" or doc[first.end - 1].tag_ == "NNP"
    if first.label_ == "ORG" and first.end == second.start and doc[first.end - 1].lower_ == "and":
        # "the Bangladesh Garment and" + "Industrial Workers Federation"; not two bodies each
        # named in full ("Jinnah Postgraduate Medical Centre and" + "Civil Hospital Karachi")
        return not (
            len(first) > 1
            and ends_as_a_body(first[:-1].text)
            and any(ends_as_a_body(second[: i + 1].text) for i in range(len(second)))
        )
    comma = first.end == second.start and doc[first.end - 1].text == ","
    comma = comma or (second.start == first.end + 1 and doc[first.end].text == ",")
    if (
        first.label_ == "ORG"
        and comma
        and any(t.lower_ in ("of", "for") for t in first)
        and any(t.lower_ == "and" for t in second)
        and all(t.text[:1].isupper() or t.lower_ == "and" for t in second)
    ):
        return True  # "Department for Levelling Up, Housing and Communities"
    if (
        first.label_ == "ORG"
        and second.start == first.end + 1
        and doc[first.end].lower_ == "and"
        and any(t.lower_ in ("for", "of") for t in first[1:-1])
        and first[-1].text[:1].isupper()
        and len(second) >= 2
        and all(t.text[:1].isupper() or t.lower_ in ("of", "and") for t in second)
        and not ends_as_a_body(second.text)  # "the Ministry of Defence and Foreign Office"
    ):
        return True  # "The Centre for Volcanology" + "and" + "Geological Hazard Mitigation"
    return (
        first.label_ == "ORG"
        and len(first) == 1
        and second.start == first.end + 1
        and doc[first.end].lower_ == "and"
        and len(second) >= 2
        and first.root.dep_ in ("nmod", "compound", "amod")
        and second.start <= first.root.head.i < second.end
    )


def _a_bodys_first_words(doc: Any, ent: Any, lower: Collection[str]) -> Any:
    """A body's name with the untagged name words NER left before it, joined to it in the
    parse: "Caledonian" + "MacBrayne". Not a word the text writes in lower case, a title
    ("Chancellor"), a noun for a person ("Presenter") or a firm's trade ("Rival")."""
    start = ent.start
    while start > max(0, ent.start - 2) and is_name_word(doc[start - 1]):
        word = doc[start - 1]
        if (
            word.lower_ in lower
            or word.dep_ != "compound"
            or not ent.start <= word.head.i < ent.end
            or word.lower_ in person_nouns()
            or word.lower_ in MONTHS.keys() | WEEKDAYS  # not "Black Friday" + "Apple"
            or word.lower_ in BEFORE_A_FIRM  # not "Rival" + "Tesco", "Retailer" + "Argos"
        ):
            break
        start -= 1
    if start == ent.start:
        return ent
    widened = doc[start : ent.end]
    widened.label_ = "ORG"
    return widened


def _a_small_word_capitalised(doc: Any, ent: Any) -> bool:
    """A short word written with a capital in running text, right before a body's name and
    hung on it in the parse, after a word in lower case: part of the name ("Just" of "the
    climate group Just Stop Oil")."""
    if ent.start < 2:
        return False
    word, before = doc[ent.start - 1], doc[ent.start - 2]
    return (
        word.is_stop
        and word.is_alpha
        and word.text.istitle()
        and word.tag_ in ("NNP", "VB", "RB")
        and word.ent_iob_ == "O"
        and ent.start <= word.head.i < ent.end
        and before.is_alpha
        and before.is_lower
    )


def _widened(doc: Any, ent: Any, lower: Collection[str] = ()) -> Any:
    """A person's name with the untagged name words NER left before it: unfamiliar names are
    often cut ("… said Zaw Lin" tagged as "Lin"). A capital opening a sentence joins only a
    one-word name, one an age follows ("Abdelrahim Osman Idris, 52,") or one that starts with
    no given name ("Sea" + "Glass Vacations"), as part of its phrase, when the text never
    writes it in lower case and it is not shaped like a role ("Presenter Richard Hammond")."""
    start, end = ent.start, ent.end
    while start > max(0, ent.start - 2) and is_name_word(doc[start - 1]):
        word = doc[start - 1]
        opening = not any(not t.is_punct for t in doc[: start - 1])
        if opening and (
            (
                len(ent) > 1
                and not age_follows(doc, ent.end)
                and ent[0].lower_ in given_name_sexes()  # "Sea" + "Glass Vacations" joins
            )
            or _AGENT_NOUN.search(word.lower_)
            or word.lower_ in lower
            or word.dep_ != "compound"
            or not ent.start <= word.head.i < ent.end
            or word.lower_ in person_nouns()
            or (  # "Neighbouring" + "Malawi" (NER: a person): a country takes no given name
                len(ent) == 1
                and word.lower_ not in given_name_sexes()
                and gazetteer().country_code(key(ent.text))
            )
        ):
            break
        if (
            _an_office(word)
            or (word.lower_ in person_nouns() and word.lower_ not in given_name_sexes())
            or ends_as_a_body(word.text)
        ):
            break  # "City Manager T.C. Broadnax": a title, however written (not "Hunter");
            # "Deputy Superintendent of Police Deepkumar Raya": the force of the title
        start -= 1
    if end < len(doc) and is_name_word(doc[end]) and doc[end].dep_ in ("compound", "poss"):
        end += 1  # "Susilo Bambang" + "Yudhoyono's"
    while (
        end + 1 < len(doc)
        and doc[end].text in ("-", "\u2010")
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].is_alpha
        and doc[end + 1].is_lower
    ):
        end += 2  # "Han Duck" + "-soo": a given name written with a hyphen
    while (
        end < len(doc)
        and doc[end - 1].lower_ in _PARTICLES
        and (doc[end].lower_ in _PARTICLES or doc[end].text[:1].isupper())
    ):
        end += 1  # "Ursula von der" + "Leyen": a name does not end on a particle
    if (start, end) == (ent.start, ent.end):
        return ent
    widened = doc[start:end]
    widened.label_ = "PERSON"
    return widened


def titled_form(doc: Any, ent: Any) -> str:
    """A person's name with the titles written around it: "Chancellor Gordon Brown", "Mr Blair"."""
    start = ent.start
    while start > 0 and start > ent.start - 5:
        token = doc[start - 1]
        if token.lower_.rstrip(".") in TITLES or (token.is_title and token.tag_ == "NNP"):
            start -= 1
        else:
            break
    while (
        start < ent.start
        and doc[start].lower_.rstrip(".") not in TITLES
        and not (doc[start].ent_type_ == "ORDINAL" and doc[start + 1].lower_ in TITLES)
    ):
        start += 1  # keep the run only if it starts with a title word, or a rank before
        # one ("First Minister Humza Yousaf")
    while start < ent.start - 1 and doc[start].is_lower and doc[start + 1].text[:1].isupper():
        start += 1  # "law lord Lord Bingham": the written title is "Lord Bingham"
    whole = hyphenated_start(doc, start) if start < ent.start else start
    if doc[whole].lower_ in TITLES | _TITLE_PREFIXES:
        start = whole  # "Commander-in-chief Oleksandr Syrskyi", "Ex-president Donald Trump"
    end = ent.end
    if end < len(doc) and doc[end].text in _TRAILING_TITLES:
        end += 1
    return clean(doc[start:end].text)


_POSSESSIVE = re.compile(r"['\u2019]s?$")
_SPELT_SMALL = frozenset(["of", "for", "and", "on", "in"])


# Possessive words that may open the run of words before an acronym, never its name.
_OWNERS = POSSESSIVE_PRONOUNS


def acronym_definitions(text: str) -> list[tuple[str, str]]:
    """Names defined with an acronym in brackets: "Islamic State in the Greater Sahara (ISGS)"."""
    out = []
    for match in _ACRONYM.finditer(text):
        words = clean(match.group(1)).split()
        letters = match.group(2).replace("&", "")
        before = text[: match.start(1)].lower()
        if len(words) > 2 and before.endswith(tuple(f"{p}-" for p in _PREFIXES)):
            words = words[1:]  # "anti-Islam Party for Freedom (PVV)": "Islam" is the prefix's
        place, comma, rest = " ".join(words).partition(", ")
        if comma and len(rest.split()) >= 2 and gazetteer().is_place(key(place)):
            # "off the port of Aden, US Central Command (Centcom) said": a place, then the
            # name
            words = rest.split()
        if words and words[0].lower() in _OWNERS:
            # "His party, Pakistan Tehreek-e-Insaf (PTI)": whose it is, and what it is, come
            # before the name
            words = words[1:]
            while words and not words[0][:1].isupper():
                words = words[1:]
        # Keep only the trailing words that could spell the acronym (drop "Nigerian" of
        # "Nigerian Islamic State West Africa Province (ISWAP)"); an acronym of another
        # language the English words cannot spell ("National Institute for Disaster Risk
        # Management (INGD)") keeps them all.
        while (
            len(words) > 2
            and (
                words[0][0].upper() != letters[0].upper()
                or _POSSESSIVE.search(words[0])
                or not words[0][:1].isupper()
                or sum(w[:1].isupper() for w in words) > len(letters)
            )
            and _spells(words[1:], letters)
        ):
            # "Iran's Islamic Revolutionary Guard Corps (IRGC)": Iran's own; "Nelson Chamisa
            # of the Citizens Coalition for Change (CCC)": more capitals than letters, and the
            # rest spells it
            words = words[1:]
        if len(words) < 2 or not words[0][:1].isupper():
            continue
        if (
            not letters.isupper()
            and words[0][0].upper() != letters[0]
            and not any(c.isupper() for c in letters[1:])
        ):
            continue  # "Janata Dal (United)": a word in brackets, no acronym ("Nato",
            # "Unicef", "Fema" start with their names' first letter; "Law and Justice
            # (PiS)", a capital inside, is an acronym of another language)
        out.append((" ".join(words), match.group(2)))
    return out


def things_defined(text: str) -> list[tuple[str, str]]:
    """Acronyms defined by words in lower case that spell them, with those words:
    "liquefied natural gas (LNG)" -> ("liquefied natural gas", "LNG")."""
    out = []
    for match in _LOWER_ACRONYM.finditer(text):
        letters = match.group(2).rstrip("s")
        words = match.group(1).split()[-len(letters) :]
        if len(words) == len(letters) and all(
            w[0] == c.lower() for w, c in zip(words, letters, strict=True)
        ):
            out.append((" ".join(words), match.group(2)))
    return out


_LOWER_ACRONYM = re.compile(r"\b((?:[a-z][\w-]*\s+){2,6})\(([A-Z]{2,6}s?)\)")


def spellings_in_lower_case(doc: Any) -> dict[str, str]:
    """The acronyms that runs of lower-case words inside one noun phrase spell, with those
    words, for acronyms the text uses without defining them: "the country's liquefied
    natural gas industry" -> {"LNG": "liquefied natural gas", "NGI": …, …}. Three words
    or more: two initials spell too much by chance."""
    out: dict[str, str] = {}
    for chunk in doc.noun_chunks:
        words = [t for t in chunk if t.is_alpha and t.is_lower and t.dep_ not in ("det", "poss")]
        for n in range(3, min(len(words), 6) + 1):
            for i in range(len(words) - n + 1):
                run = words[i : i + n]
                if run[-1].i - run[0].i == n - 1:  # side by side
                    initials = "".join(t.text[0] for t in run).upper()
                    out.setdefault(initials, " ".join(t.text for t in run))
    return out


def _spells(words: list[str], letters: str) -> bool:
    """The initials of the capitalised words, and of the small words between them that some
    acronyms spell ("Economic Community Of West African States", Ecowas), hold the
    acronym's letters in order; each part of a hyphenated word has its own initial
    ("World Anti-Doping Agency", Wada)."""
    parts = [part for w in words for part in w.split("-") if part]  # "Anti-Doping": A, D
    initials = iter(w[0].upper() for w in parts if w[:1].isupper() or w in _SPELT_SMALL)
    return all(any(i == letter.upper() for i in initials) for letter in letters)
