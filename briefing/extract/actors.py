"""Parsed sentences -> actors: people, organisations, governments, armed groups, states, groups.

The actor stage in order, each step in its own module:
- finding: named mentions from spaCy's NER, repaired first (spans.py), well-known bodies
  (lexicon.py, data/actors.json) and descriptive groups from noun chunks (groups.py), each
  with what it does in its sentence (roles.py) — here, in ``_mentions``;
- typing: person, organisation, government, armed group, state — here, with the place-or-
  actor decisions it shares with the place stage (scenes.py, facts.py);
- grouping: one entity, one entry (grouping.py);
- salience and the cut (salience.py).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from ..model import Actor
from .counted import people_words
from .facts import TextFacts, known_bodies, text_facts
from .gazetteer import Gazetteer, gazetteer
from .grouping import merge_forms, nickname_pairs, sexed_key, state_force, states_into_governments
from .groups import (
    QUOTE_MARKS,
    acting_plurals,
    aged_person,
    descriptive_group,
    distributed,
    joins_plurals,
)
from .letters import letter_writers
from .lexicon import HONORIFICS, NATIONAL_FORCES, Lexicon, known_body, lexicon, nation
from .names import (
    A_NATIONS_SERVICE,
    BODY_NOUNS,
    BUSINESSES_BEFORE,
    POSTNOMINALS,
    SAYING,
    TITLES,
    UTILITY_WORDS,
    Mentions,
    WrittenNames,
    age_follows,
    aged,
    camel_cased,
    clean,
    dateline,
    given_name_sexes,
    hyphenated_start,
    in_business,
    is_name_word,
    key,
    looks_named,
    name_shaped,
    named_with_digits,
    person_key,
    person_nouns,
    person_shaped,
    split_nickname,
    untagged_bodies,
    untagged_names,
    which_on,
)
from .nlp import FORMS_OF_BE, Parsed
from .place_mentions import (
    DOCUMENTS,
    ORG_TAIL,
    STREET_WORDS,
    a_countrys_own,
    a_county_named_after_its_word,
    a_disease,
    a_features_name,
    a_firms_short_name,
    a_site_listed_with_sites,
    a_sites_name,
    a_vessel,
    ends_as_a_body,
    listed_among_bodies,
    named_area,
    names_a_disease,
    names_water_or_land,
    opens_as_a_body,
    site_named,
    untagged_countries,
)
from .roles import acting, is_cited, named_roles, won_at_the_polls
from .salience import in_passing, lone_word, only_a_site, salience_features, salience_weights
from .scenes import (
    CELESTIAL,
    REGION_NOUNS,
    STATIVE,
    WATER_WORDS,
    a_home,
    addressed_capital,
    described_as_person,
    first_conjunct,
    held_in,
    is_mislabelled_place,
    is_region_noun,
    is_setting,
    keeper_of_forces,
    named_as_scene,
    singular,
    state_acts,
)
from .spans import (
    described_as,
    introduced,
    named_with_s,
    owns_nothing,
    repaired_entities,
    spellings_in_lower_case,
    things_defined,
    titled_form,
    trimmed_span,
    which_follows,
    with_its_country,
)

_GOVERNMENT = re.compile(
    r"\b(government|ministry|ministers?|department|office|council|parliament|congress|senate|"
    r"cabinet|treasury|commission|administration|presidency|regime|white house|kremlin|"
    r"assembly|police|constabulary|court|tribunal|directorate|inspectorate|bureau|embassy|"
    r"consulate|authority)\b",
    re.IGNORECASE,
)
# A state's agency by its name: "National Public Health Agency", "Federal Aviation
# Authority", "State Weather Service", "National Transportation Safety Board", "National
# Hurricane Center" (not "National Rifle Association", "National Trust").
_STATE_AGENCY = re.compile(
    r"^(the )?(national|federal|state)\b.*\b(agency|authority|service|institute|board|"
    r"center|centre)$",
    re.IGNORECASE,
)
# A name of a congress, union, rally or movement with a creed's word in it is a party's,
# not a legislature's: "National Democratic Congress", "All Progressives Congress",
# "Rally for Democracy and Progress" (not "the National Congress" of Brazil).
_A_PARTYS_NAME = re.compile(
    r"\b(democratic|democrats?|progressives?|socialists?|republican|liberal|conservative|"
    r"patriotic|revolutionary|popular|people'?s|freedom|democracy)\b.*\b(congress|union|rally|"
    r"movement|alliance|convention)$",
    re.IGNORECASE,
)
# A state's civil services named with a word armed groups share ("brigade", "guard").
_CIVIL_GUARDS = re.compile(
    r"\b(fire brigades?|fire (and|&) rescue|coast ?guards?|border guards?)\b", re.IGNORECASE
)
_ARMED = re.compile(
    r"\b(army|forces|militias?|brigades?|battalions?|front|guards?|rebels?|fighters|militants|"
    r"navy|air force|marines|jihadists?|insurgents?|troops|jama'?at|nusrat|ansar|mujahid\w*|"
    r"jihad\w*|wal-muslimin|gendarmerie|islamic state|al-qa[ei]da|taliban|hezbollah|hamas|"
    r"shabaab|boko haram)\b",
    re.IGNORECASE,
)
# A state's executive, named by its possessor: "India's government", "Russia's ministry".
_EXECUTIVE = frozenset("government administration ministry cabinet regime authorities".split())  # noqa: SIM905
_GENERIC = {  # NER noise: religions, time zones
    "state", "islam", "christianity", "judaism", "buddhism", "gmt", "bst", "utc", "est", "cet",
}  # fmt: skip
# Names NER tags as organisations or people that are documents, events or places.
_NOT_ACTOR = re.compile(
    r"\b(Bill|Act|Convention|Treaty|Elections?|Agreement|Accord|Charter|Protocol|Directive|"
    rf"Budget|Summit|Green|{STREET_WORDS})\b"
)
# Words of _NOT_ACTOR that are also common surnames: after a given name, a person.
_SURNAMES = frozenset(["Green", "Lane"])
_COMPASS = re.compile(
    r"^(north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|"
    r"south-east|south-west|central|eastern|western|northern|southern)\s+(.+)$",
    re.IGNORECASE,
)
# Credit lines at the foot of a story: their names are reporters, not actors.
_CREDITS = re.compile(
    r"(?i:contributed to this (report|story)|contributed reporting|additional reporting|"
    r"(reporting|writing|editing) by\b)|\b([A-Z][\w'.-]+ ){1,3}reported from\b",
)
# A ministry named with its list of portfolios: "Department for Levelling Up, Housing and
# Communities", "Ministry of Agriculture, Fisheries and Food".
_PORTFOLIOS = re.compile(r"^[^,]* (of|for) [^,]*,( [A-Z][\w-]*)+ and( [A-Z][\w-]*)+$")


@dataclass(frozen=True)
class _Mention:
    surface: str
    kind: str
    acts: bool
    canonical: str | None = None  # key of the actor it belongs to, when already known
    titled: str | None = None  # a person's name with the titles around it
    described: str | None = None  # what an acronym stands for, in words ("… agency (INGD)")
    cited: bool = False  # named as a source the story cites (is_cited)
    introduced: bool = False  # the text says what it is (spans.introduced)
    says_its_kind: bool = False  # the text calls it a state's body ("the country's … agency")
    same_as: str | None = None  # the unnamed person it describes again, in apposition


def find_actors(
    parsed: Sequence[Parsed],
    key_sentences: Collection[tuple[str, int]] = (),
    facts: TextFacts | None = None,
) -> tuple[Actor, ...]:
    """Named and descriptive actors, aliases merged, ranked by salience.

    ``key_sentences``: (source, index) of the brief's key points; being named there counts.
    ``facts``: facts.text_facts of these sentences, when the caller has them already.
    Salience is a weighted sum of general features (salience_features), its weights data
    (data/salience.json).
    """
    weights = salience_weights()
    ranked = sorted(
        actor_candidates(parsed, key_sentences, facts),
        key=lambda c: (-sum(w * f for w, f in zip(weights, c[1], strict=True)), c[2]),
    )
    return tuple(actor for actor, _, _ in ranked)


def actor_candidates(
    parsed: Sequence[Parsed],
    key_sentences: Collection[tuple[str, int]] = (),
    facts: TextFacts | None = None,
) -> list[tuple[Actor, tuple[float, ...], tuple[int, int]]]:
    """Every actor found, unranked: with its salience features and its first mention."""
    g, data = gazetteer(), lexicon()
    text = _facts(parsed, g, facts)
    order: dict[str, int] = {}
    items: dict[str, Mentions] = {}
    names: dict[str, str] = {}  # canonical key -> canonical name
    acronyms: dict[str, str] = {}  # "unhcr" -> key of "United Nations refugee agency"
    described: dict[str, str] = {}  # "ingd" -> "Mozambique's national disaster agency"
    said_kinds: dict[str, str] = {}  # "afad" -> "government": the kind the text says it is
    nicknames: list[tuple[str, str, Any, int]] = []  # (alias, person, sentence, source order)
    documents: set[str] = set()  # acronyms of laws: "the Digital Markets Act (DMA)"
    for p in parsed:
        pos = order.setdefault(p.sentence.source, len(order))
        nicknames.extend((a, b, p.sentence, pos) for a, b in nickname_pairs(p.doc))
        credits = bool(_CREDITS.search(p.sentence.text))
        pairs = text.facts.definitions.get((p.sentence.source, p.sentence.index), ())
        documents.update(key(short) for long, short in pairs if _a_law(long))
        documents.update(  # "liquefied natural gas (LNG)": a thing, no body
            key(short)
            for long, short in things_defined(p.sentence.text)
            if _a_things_name(long, data)
        )
        documents.update(  # "the country's liquefied natural gas industry … Russian LNG"
            key(short)
            for short, long in spellings_in_lower_case(p.doc).items()
            if _a_things_name(long, data) and key(short) not in data.known
        )
        defined = [  # "the Democratic Republic of Congo (DRC)" names a place, not a body
            (long, short)
            for long, short in pairs
            if not g.country_code(key(long))
            and not a_disease(long)  # "Marburg virus disease (MVD)"
            and not _a_law(long)  # "the Digital Markets Act (DMA)"
        ]
        mentions = _mentions(p.doc, g, data, text)
        nicknames.extend((m.surface, m.same_as, p.sentence, pos) for m in mentions if m.same_as)
        for long_form, acronym in defined:
            known_as = data.known.get(key(long_form))
            long_key = known_as[0] if known_as else long_form
            acronyms.setdefault(key(acronym), key(long_key))
            names.setdefault(key(long_key), long_key)
            own = [
                m
                for m in mentions
                if _within(m.surface, long_form, p.sentence.text) or m.surface == acronym
            ]
            # it acts where a mention of it does ("The UN refugee agency (UNHCR) warned"), and
            # is an armed group where one of them is ("a local People's Defence Force (PDF)
            # militia")
            acts = any(m.acts for m in own)
            armed = any(m.kind == "armed_group" for m in own)
            kind = known_as[1] if known_as else "armed_group" if armed else _org_kind(long_form)
            item = items.setdefault(key(long_key), Mentions(kind))
            item.add(long_form, p.sentence, pos, acts)
            if acronym not in item.defined:
                item.defined.append(acronym)  # "NUM", though never written again
        for m in mentions:
            if any(
                _within(m.surface, long, p.sentence.text) or m.surface == short
                for long, short in defined
            ):
                continue  # counted with "Islamic State in the Greater Sahara (ISGS)" above
            if m.canonical is None and credits and m.kind == "person":
                continue  # a reporter's credit line
            k = m.canonical or (person_key(m.surface) if m.kind == "person" else key(m.surface))
            if not k or (k in _GENERIC and m.canonical is None and m.kind != "person"):
                continue
            if m.kind == "person" and m.canonical is None and " " not in k:
                k = sexed_key(k, m.titled or m.surface)  # "Mr Pryce" and "Mrs Pryce" apart
                # until merge_forms knows whether the text names two Pryces
            if m.canonical and k not in names:
                names[k] = _canonical_name(k, m, g, data)
            items.setdefault(k, Mentions(m.kind)).add(
                m.surface,
                p.sentence,
                pos,
                m.acts,
                titled=m.titled or m.described,
                cited=m.cited,
                kind=None if m.canonical else m.kind,  # a well-known body keeps its kind
                introduced=m.introduced,
            )
            if m.described:
                described.setdefault(k, m.described)
            if m.says_its_kind:
                said_kinds[k] = m.kind
    for k, writer in letter_writers(parsed, order).items():
        if k in items:  # "-- CONCERNED SISTER" (NER: a body, or nothing): the letter's writer
            writer.absorb(items[k])
        writer.kinds.clear()
        items[k] = writer
    for k, item in items.items():
        item.kind = said_kinds.get(k) or item.voted_kind()  # "the country's disaster agency
        # AFAD said", then "AFAD said" twice: what the text once says the body is, it is
        if (
            item.kind == "organisation"
            and item.kinds.get("person")
            and all(person_shaped(f, text.facts.lower) for f in item.forms)
        ):
            item.kind = "person"  # "Tom Harwick's plans" read as an organisation, once
    for short, long_key in acronyms.items():
        if short in items and short != long_key and long_key in items:
            items[long_key].absorb(items.pop(short))
    for alias, person, sentence, pos in nicknames:
        target = person_key(person) if person_key(person) in items else key(person)
        if target not in items:
            continue
        found = next(
            (k for k in (person_key(alias), key(alias)) if k in items and k != target), None
        )
        if found is not None:
            items[target].absorb(items.pop(found))
        else:
            items[target].add(alias, sentence, pos)
    # lower-case heads the text returns to as the subject of a verb ("the trust said") or as
    # the owner of something ("the bank's shares had fallen")
    returned = {
        t.lower_
        for p in parsed
        for t in p.doc
        if (t.dep_ in ("nsubj", "nsubjpass") or (t.dep_ == "poss" and _owns(t)))
        and t.is_lower
        and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
    }
    # known places that are also bodies, named only after a preposition: "Speaking in Downing
    # Street", "a speech at the White House", "critics of the Kremlin"
    sited: dict[str, bool] = {}
    for p in parsed:
        for e in p.doc.ents:
            if (k := key(clean(e.text))) in g.curated:
                sited[k] = sited.get(k, True) and e.root.dep_ == "pobj"
    buildings = {k for k, only_after_a_preposition in sited.items() if only_after_a_preposition}
    merged = {
        k: m
        for k, m in merge_forms(items).items()
        if (
            m.strong
            or m.count >= 2
            or any(f[:1].isupper() or " " in f or camel_cased(f) for f in m.forms)
            or k in data.known  # "jihadists linked to al-Qaeda": a name in lower case
        )
        and not lone_word(m)
        and not (in_passing(k, m, names) and not _returned_to(k, m.forms, returned))
        and not only_a_site(m)
        and not (k in buildings and not m.strong and not m.cited)  # "a speech at the White
        # House": the building, listed with the places ("the White House said" acts, and
        # "stop the Kremlin from selling" names the government as the one that would)
        and k not in documents
    }  # a bare plural group ("creditors") only when it acts or recurs (a name is one:
    # "easyJet")
    countries = Counter(  # every mention of a country, by its name, its people's or one of
        code  # its places, acting or not, whatever NER made of it: the country a story
        for p in parsed  # happens in is often never an actor
        for e in (*p.doc.ents, *untagged_countries(p.doc, g))
        if (code := _country_of(e, g, data, text.facts.countries))
    )
    states_into_governments(merged, g, countries)
    _force_into_its_police(merged)
    return [
        (
            Actor(
                name=names.get(k) or described.get(k) or m.name(),
                kind=m.kind,
                aliases=m.aliases(),
                mentions=m.count,
                evidence=m.evidence(),
            ),
            salience_features(m, key_sentences),
            m.first,
        )
        for k, m in merged.items()
    ]


def _as_a_body(name: Any, lower: Collection[str]) -> Any:
    """An untagged name that speaks or acts, ending in a word the text also writes in lower
    case, is a body's name, not a person's: "Thames Water said" where "the water" is
    written too (no one's surname)."""
    if name[-1].lower_ in lower:
        name.label_ = "ORG"
    return name


def _after_a_business_word(ent: Any) -> bool:
    """A word for a business or a body stands before the name, or before the first name of
    the list it is in: "retailer Argos", "discounters Aldi and Lidl", "travel industry body
    Abta" (NER: a person)."""
    doc = ent.doc
    first = first_conjunct(ent.root)
    start = next((e.start for e in doc.ents if e.start <= first.i < e.end), ent.start)
    return any(i > 0 and _a_business_word(doc[i - 1]) for i in {ent.start, start})


def _a_business_word(word: Any) -> bool:
    """A word for a business or a body: "retailer", "firm", "agency" (in lower case)."""
    return word.lower_ in BUSINESSES_BEFORE or (word.is_lower and word.text in BODY_NOUNS)


def _a_persons_trade(ent: Any, surface: str, facts: TextFacts) -> bool:
    """A trade that people ply as well as firms, before a name NER took for a person's and
    shaped like one: "producer Tom Ellery" (not "oil producer Tullow", "retailer Ted Baker")."""
    return (
        ent.label_ == "PERSON"
        and ent.start > 0
        and ent.doc[ent.start - 1].lower_ in _TRADES_OF_PEOPLE
        and person_shaped(surface, facts.lower)
        and surface.split()[0].lower() in given_name_sexes()
    )


# Trades of firms that are also people's: "producer", "publisher", "developer".
_TRADES_OF_PEOPLE = frozenset(
    "producer publisher developer operator broadcaster distributor supplier brewer miner".split()  # noqa: SIM905
)


def _listed_with_bodies(ent: Any) -> bool:
    """A name in the singular listed with organisations' names: "LNER, Northern and
    TransPennine Express said" (NER: "Northern" a people); not "Israelis and Hamas"."""
    if len(ent) != 1 or ent.root.tag_ != "NNP":
        return False
    first = first_conjunct(ent.root)
    listed = [first, *(t for t in first.subtree if t.dep_ == "conj" and t.head.i == first.i)]
    listed += [t for t in ent.root.children if t.dep_ == "conj"]
    return any(t.ent_type_ == "ORG" for t in listed if t.i != ent.root.i)


def _among_people(ent: Any) -> bool:
    """The name is listed with people's names, or a word for a person stands before it:
    "Eddie Izzard, Joey Essex and Sally Lindsay", "Labour supporter Eddie Izzard"."""
    root, doc = ent.root, ent.doc
    first = first_conjunct(root)
    listed = [first, *(t for t in first.subtree if t.dep_ == "conj" and t.head.i == first.i)]
    if any(t.ent_type_ == "PERSON" for t in listed if not ent.start <= t.i < ent.end):
        return True
    before = doc[ent.start - 1] if ent.start > 0 else None
    return (
        before is not None
        and before.is_lower
        and before.lower_ in person_nouns()
        and before.head.i in range(ent.start, ent.end)
    )


def _a_things_name(long_form: str, data: Lexicon) -> bool:
    """An acronym defined by a common noun's words, in lower case, that names no body or
    group: "liquefied natural gas (LNG)", "gross domestic product (GDP)" are things, not
    organisations ("non-governmental organisations (NGOs)" and "internally displaced
    people (IDPs)" are bodies and people)."""
    words = long_form.split()
    if not words or any(w[:1].isupper() for w in words):
        return False
    head = words[-1].lower()
    return not (
        head in BODY_NOUNS
        or head in data.group_heads
        or head.rstrip("s") in BODY_NOUNS | people_words()
        or head in people_words()
    )


def _names_a_thing(ent: Any, data: Lexicon) -> bool:
    """A name NER took for a person's that qualifies a thing's common noun, its first word no
    given name: "their annual Freedom Shield exercises", "the Iron Shield programme" (not
    "a Biden aide", "the Trump administration": a person, a body)."""
    head = ent.root.head
    return (
        len(ent) > 1
        and ent.root.dep_ == "compound"
        and head.i == ent.end
        and head.tag_ in ("NN", "NNS")
        and ent[0].lower_ not in given_name_sexes()
        and head.lower_ not in person_nouns()
        and singular(head.lower_) not in person_nouns() | BODY_NOUNS
        and head.lower_ not in data.group_heads
        and head.lower_ not in people_words()
    )


# Kin: whatever name a kinship noun is given in apposition is a person's.
_KIN = frozenset(
    """mother father son daughter wife husband widow widower sister brother aunt uncle
    cousin niece nephew grandmother grandfather granddaughter grandson fiance fiancee
    girlfriend boyfriend mum dad stepmother stepfather""".split()  # noqa: SIM905
)


# What only a firm or body has: its owner is no person ("Wirecard's former auditor").
_FIRMS_OWN = frozenset(
    """subsidiary subsidiaries auditor auditors shareholders headquarters revenue revenues
    profits earnings customers sales""".split()  # noqa: SIM905 - a word list reads best as words
)
_FIRMS_REPORT = frozenset("revenue revenues profit profits earnings sales".split())  # noqa: SIM905


def _owns_what_firms_have(ent: Any, lower: Collection[str]) -> bool:
    """A one-word name, no person's shape, that owns what only a firm has ("Wirecard's
    former auditor", "a Wirecard subsidiary", "Nvidia's sales") or reports it ("Nvidia
    reported second-quarter revenue")."""
    root = ent.root
    if len(ent) != 1 or person_shaped(ent.text, lower):
        return False
    if root.dep_ in ("poss", "compound"):
        return root.head.lower_ in _FIRMS_OWN
    return root.dep_ == "nsubj" and any(
        c.dep_ == "dobj" and c.lower_ in _FIRMS_REPORT for c in root.head.children
    )


# Words of rank that open a title: "Supreme Leader", "Grand Mufti", "High Commissioner".
_RANKS = frozenset("supreme grand high".split())  # noqa: SIM905


def _a_rank_of_a_title(ent: Any) -> bool:
    """A one-word name that is a title's word of rank: "Supreme" of "Supreme Leader"."""
    doc = ent.doc
    return (
        len(ent) == 1
        and ent[0].lower_ in _RANKS
        and ent.end < len(doc)
        and doc[ent.end].lower_ in TITLES
    )


def _a_saints(ent: Any) -> bool:
    """A saint's name owning something ("St Thomas' NHS Foundation Trust", "St Mary's
    Hospital"): what is named for the saint, never a person of the story."""
    doc = ent.doc
    first = ent[0].text.rstrip(".")
    owns = ent[-1].tag_ == "POS" or (ent.end < len(doc) and doc[ent.end].tag_ == "POS")
    return first in ("St", "Saint") and len(ent) >= 2 and (owns or ent.root.dep_ == "poss")


def _owns_the_subject(root: Any) -> bool:
    """The name qualifies what the sentence is about, which acts for it: "A Yeti Airlines
    plane crashed …" (the airline is an actor of the crash), not "the Harrowgate ferry
    operator" where no one is the subject. (Not for an acronym alone: "The HPV vaccine
    might have protected her" names a virus NER took for a body.)"""
    head = root.head
    return (
        root.dep_ in ("compound", "poss")
        and head.dep_ in ("nsubj", "nsubjpass")
        and head.head.pos_ == "VERB"
    )


def _within(surface: str, long_form: str, text: str) -> bool:
    """A name written inside, or running into, a name defined by an acronym: NER's "United
    Nations Office" runs into "Office for the Coordination of Humanitarian Affairs (OCHA)",
    whose words the acronym's letters start from."""
    if surface in long_form:
        return True
    start = text.find(long_form)
    if start < 0:
        return False
    end = start + len(long_form)
    at = text.find(surface)
    while at >= 0:
        if at < start < at + len(surface) <= end:
            return True
        at = text.find(surface, at + 1)
    return False


def _a_body_by_its_verb(root: Any) -> bool:
    """A singular name that is the subject of a plural verb, as British English writes a
    team, a firm or a band ("Derby County have been placed …", "Tesco are to cut …"); a
    place takes a singular verb ("Derby has …"). Not a list ("Derby and Leeds have")."""
    if root.tag_ != "NNP" or root.dep_ not in ("nsubj", "nsubjpass"):
        return False  # (a list's later names are conjuncts, never the subject itself)
    if any(c.dep_ == "conj" for c in root.children):
        return False
    verb = root.head
    finite = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    # not "Braunau am Inn, a town …" (parsed as "Inn" the subject of "am")
    return any((t.tag_ == "VBP" and t.lower_ != "am") or t.lower_ == "were" for t in finite)


def _workplace(ent: Any) -> bool:
    """A name after "at" on people named by their work ("analysts at Peel Hunt", "doctors
    at John Radcliffe"), or after "of" on a person's name ("said Ben Barringer of Quilter
    Cheviot"): the body they work for, not a person."""
    root = ent.root
    staff = root.head.head
    if root.dep_ != "pobj":
        return False
    if root.head.lower_ == "of":  # the person's own name, not one after "of" in a chain
        return staff.ent_type_ == "PERSON" and staff.i < ent.start and staff.dep_ != "pobj"
    if root.head.lower_ == "at" and staff.ent_type_ == "PERSON" and staff.i < ent.start:
        # "Analyst Sofia Reyes at Peel Hunt said" (NER: two people): where the titled
        # person works
        return any(
            t.lower_ in people_words() or _a_post(t.lower_) for t in staff.subtree if t.i < staff.i
        )
    return root.head.lower_ == "at" and staff.tag_ == "NNS" and staff.lower_ in people_words()


# Endings of nouns for who does something ("steelmaker", "retailer", "distributor",
# "motorist"): such a word before a name is what the name is, not a word of it.
_DOERS = ("er", "or", "ist")
_POST_ENDINGS = (*_DOERS, "eur", "man", "woman", "person")


def _in_quotes(span: Any) -> bool:
    """The span is quoted on its own: a quotation mark straight before and after it."""
    doc = span.doc
    opened = doc[span.start].text in QUOTE_MARKS or (
        span.start > 0 and doc[span.start - 1].text in QUOTE_MARKS
    )
    closed = doc[span.end - 1].text in QUOTE_MARKS or (
        span.end < len(doc) and doc[span.end].text in QUOTE_MARKS
    )
    return opened and closed


_USE = frozenset({"use", "uses", "used", "using"})


def _used(head: Any) -> bool:
    """What someone uses is a means, not a group: "using deadly force", "the use of force"."""
    if head.dep_ == "dobj" and head.head.lower_ in _USE:
        return True
    return head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lower_ in _USE


def _force_into_its_police(items: dict[str, Mentions]) -> None:
    """ "The force" of a text that names one police force is that force ("South Wales Police
    said … The force has referred itself to the IOPC"), not an armed group of its own."""
    forces = [k for k, m in items.items() if k.endswith((" police", " constabulary"))]
    if "force" in items and len(forces) == 1:
        items[forces[0]].absorb(items.pop("force"))


def _a_law(name: str) -> bool:
    """A law or a treaty by its name: "the Digital Markets Act", "the Safety of Rwanda
    Bill", "the Paris Agreement"."""
    last = name.split()[-1] if name.split() else ""
    return last[:1].isupper() and last.lower() in _LAWS


# Last words of a law's or a treaty's name: the documents a place may name, and acts.
_LAWS = DOCUMENTS | frozenset(
    "act acts bill bills directive directives regulation regulations amendment".split()  # noqa: SIM905
)


def _ranked_person(surface: str, lower_words: Collection[str]) -> bool:
    """Ranks or titles, then a person's name: "Det Insp Claire Evans", "Chief Constable Andy
    Marsh" (not "Foreign Affairs Committee": no given name follows). After a title only a
    person holds, any name's shape will do, though no census lists its given name:
    "Magistrate Siphiwe Ndlovu" (not "Judge Advocate Office", a body's name)."""
    words = surface.split()
    ranks = 0
    while ranks < len(words) and words[ranks].lower().rstrip(".") in TITLES:
        ranks += 1
    if not 0 < ranks < len(words):
        return False
    name = " ".join(words[ranks:])
    return person_shaped(name, lower_words) or (
        words[0].lower().rstrip(".") in _TITLES_OF_ONE
        and name_shaped(name, lower_words)
        and not ends_as_a_body(name)
    )


def _a_known_bodys_branch(k: str) -> bool:
    """A name of two words or more whose first word is a well-known body's name and no given
    name: "Oxfam Novib", "Oxfam America" (the body's branches), never a person's."""
    words = k.split()
    if len(words) < 2 or any(w in given_name_sexes() or w in TITLES for w in words):
        return False  # "Commission President Ursula von der Leyen": the body's officer
    known = known_bodies().get(words[0])
    return known is not None and known[1] == "organisation"


def _a_titled_surname(k: str, surnames: Collection[str]) -> bool:
    """A title before one word that ends the name of a person the text names: "Magistrate
    Ndlovu" (NER: an organisation) after "Magistrate Siphiwe Ndlovu"."""
    words = k.split()
    return len(words) == 2 and words[0].rstrip(".") in TITLES and words[1] in surnames


# What a party fields: "the Frelimo candidate", "Likud lawmakers".
_FIELDED = frozenset(
    """candidate candidates nominee nominees lawmaker lawmakers legislator legislators mp
    mps councillor councillors""".split()  # noqa: SIM905
)


# Titles only a person holds, never the first word of a body's name ("Foreign", "Chief",
# "General" begin many): the bench, the bar and elected or appointed office.
_TITLES_OF_ONE = frozenset(
    """judge magistrate coroner advocate adv prosecutor sheriff senator sen mayor governor
    ambassador envoy councillor cllr""".split()  # noqa: SIM905
)


def _after_a_person_noun(ent: Any) -> bool:
    """A word for a person in lower case qualifies the name: "retail tycoon Philip Green";
    "Hotel heiress Paris Hilton and England footballer …" (the parse hangs the word on the
    next name, but a person's word right before a name is its title)."""
    if ent.start == 0:
        return False
    before = ent.doc[ent.start - 1]
    return (
        before.is_lower
        and before.lower_ in person_nouns()
        and (before.head.i == ent.root.i or before.dep_ == "compound")
    )


def _beside_a_post(root: Any) -> bool:
    """The name stands in apposition to a post, on either side: "Italy's interior minister,
    Matteo Piantedosi,", "Purnesh Modi, a legislator from the BJP,"."""
    if root.dep_ == "appos" and (_a_post(root.head.lower_) or _someones_head(root.head)):
        return True
    return any(c.dep_ == "appos" and c.is_lower and _a_post(c.lower_) for c in root.children)


def _someones_head(word: Any) -> bool:
    """ "head" with whose it is: "The agency's head", "the head of the agency" (not "a blow
    to the head")."""
    return word.lower_ == "head" and any(
        c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in word.children
    )


def _a_post(word: str) -> bool:
    """A title or a role: "minister", "coordinator", "rapporteur", "billionaire" (not a
    firm's trade that ends like one: "insurer", "retailer")."""
    return (
        word in TITLES
        or word in person_nouns()
        or (word.endswith(_POST_ENDINGS) and word not in BUSINESSES_BEFORE)
    )


def _a_persons_post(ent: Any) -> bool:
    """A name NER took for an organisation that is the post of the person it stands beside:
    "The Humanitarian Coordinator, Clementine Nkweta-Salami," or "…, the UN Special
    Rapporteur,": its last word a title or a role ("coordinator", "rapporteur"); or of
    someone it introduces ("a Tory MP")."""
    root = ent.root
    if not _a_post(root.lower_):
        return False
    if ent.start > 0 and ent.doc[ent.start - 1].lower_ in ("a", "an"):
        return True  # "investigating a Tory MP": someone by their post, the party after it
    beside = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        beside.append(root.head)
    return any(t.ent_type_ == "PERSON" and not (ent.start <= t.i < ent.end) for t in beside)


def _a_service(head: Any) -> bool:
    """A state service with a name of its own, a noun compounded onto its head, that is not
    its forces: "Vietnam's coast guard", "China's commerce ministry" are entries of their
    own, as the annotators list them; "Ukraine's air force" is Ukraine's side, and "India's
    government" one of India's names."""
    return (
        head.lower_ not in NATIONAL_FORCES
        and head.lower_ != "force"
        and any(c.dep_ in ("compound", "amod") and c.i == head.i - 1 for c in head.children)
    )


def _canonical_name(k: str, m: _Mention, g: Gazetteer, data: Lexicon) -> str:
    if k in data.known:
        return data.known[k][0]
    code = g.country_code(k)
    return g.country_names.get(code, m.surface) if code else m.surface


@dataclass(frozen=True)
class _Text:
    """What the whole text says that reading one of its sentences needs: the facts shared
    with the location stage, and the actors' own."""

    facts: TextFacts
    roles: frozenset[str]  # role nouns it gives a name (roles.named_roles)
    organisations: WrittenNames  # organisation names as written, to find again (_tagged)
    acting: frozenset[str]  # plural nouns for people it makes act, no listed group head
    honoured: frozenset[str] = frozenset()  # surnames it writes after "Mr", "Ms", "Dr" …
    seats: frozenset[str] = frozenset()  # seats of bodies it names ("brussels" beside the EU)
    with_the: frozenset[str] = frozenset()  # one-word names it writes after "the" ("hajj")
    crafts: frozenset[str] = frozenset()  # names it gives craft ("Starliner spacecraft")
    opened: frozenset[str] = frozenset()  # names it writes after a word that opens a sentence
    # and nowhere else in capitals ("Steelmaker Norden Steel", then "Norden Steel")
    made: frozenset[str] = frozenset()  # one-word names it writes with "a" as their own
    # noun: things of that make ("fired a Taser", "bought an iPhone")
    fielding: frozenset[str] = frozenset()  # one-word names it writes before a candidate
    # or a lawmaker ("the Frelimo candidate"): parties
    surnames: frozenset[str] = frozenset()  # last words of people's full names, and of
    # names after a rank or title ("Magistrate Siphiwe Ndlovu", NER: an organisation)


def _facts(parsed: Sequence[Parsed], g: Gazetteer, facts: TextFacts | None = None) -> _Text:
    facts = facts or text_facts(parsed, g)
    honoured = frozenset(
        p.doc[t.i + 1].lower_
        for p in parsed
        for t in p.doc[:-1]
        if t.lower_.rstrip(".") in HONORIFICS and p.doc[t.i + 1].text[:1].isupper()
    )
    return _Text(
        facts=facts,
        roles=named_roles(p.doc for p in parsed),
        organisations=WrittenNames(_tagged(parsed, facts.lower, facts.businesses)),
        acting=acting_plurals(p.doc for p in parsed).difference(lexicon().group_heads),
        honoured=honoured,
        seats=_seats_named(parsed),
        with_the=frozenset(
            t.lower_
            for p in parsed
            for t in p.doc[1:]
            if p.doc[t.i - 1].lower_ == "the"
            and t.text[:1].isupper()
            and t.dep_ not in ("compound", "amod", "nmod")  # not "the Bush administration"
            and (t.i + 1 == len(p.doc) or not p.doc[t.i + 1].text[:1].isupper())
        ),
        crafts=frozenset(
            t.lower_
            for p in parsed
            for t in p.doc[:-1]
            if t.dep_ == "compound"
            and t.head.i == t.i + 1
            and t.head.lower_ in _CRAFTS
            and t.text[:1].isupper()
            and t.ent_type_ not in ("ORG", "NORP", "GPE")  # not "an Airbus plane": its maker
            and t.lower_ not in given_name_sexes()
        ),
        opened=_opened_names(parsed, honoured),
        made=frozenset(
            t.lower_
            for p in parsed
            for t in p.doc
            if t.pos_ == "PROPN"
            and t.text[:1].isupper()
            and t.dep_ not in ("compound", "amod", "nmod", "poss")  # not "a Reuters reporter"
            and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children)
            and not any(c.dep_ == "compound" for c in t.children)  # not "a Tom Smith"
        ),
        fielding=frozenset(
            t.lower_
            for p in parsed
            for t in p.doc
            if t.dep_ == "compound"
            and t.text[:1].isupper()
            and t.head.lower_ in _FIELDED
            and t.head.i == t.i + 1
            and not (t.i > 0 and p.doc[t.i - 1].dep_ == "compound")  # one word: not "the
            # Joe Biden candidate"
            and t.lower_ not in given_name_sexes()
        ),
        surnames=frozenset(
            key(e.text).split()[-1]
            for p in parsed
            for e in p.doc.ents
            if len(e) > 1 and (e.label_ == "PERSON" or _ranked_person(clean(e.text), facts.lower))
        ),
    )


def _opened_names(parsed: Sequence[Parsed], honoured: Collection[str]) -> frozenset[str]:
    """Keys of names the text writes alone that a sentence also writes after a common word
    capitalised only because it opens the sentence: "Steelmaker Norden Steel is to cut
    jobs … Norden Steel, which is owned by …"; "Airline Ryanair …, Ryanair said". The word
    is a business's ("Airline") or a doer's ("Steelmaker", "Distributor"), written nowhere
    else in capitals, nor a title or a given name: not "Royal Mail". A doer's word before a
    surname NER reads as a person's, or one written after "Mr", is a given name ("Navinder
    Sekhon", then "Mr Sekhon")."""
    capitalised = Counter(
        t.lower_ for p in parsed for t in p.doc if t.text[:1].isupper() and not t.is_sent_start
    )
    alone = {key(e.text) for p in parsed for e in p.doc.ents}
    alone |= {key(t.text) for p in parsed for t in p.doc if t.i > 0 and is_name_word(t)}
    people = {key(e.text) for p in parsed for e in p.doc.ents if e.label_ == "PERSON"}
    out = set()
    for p in parsed:
        doc = p.doc
        if len(doc) < 3 or not doc[0].is_alpha or not doc[0].is_title:
            continue
        word = doc[0].lower_
        if (
            capitalised[word]
            or not (word in BUSINESSES_BEFORE or word.endswith(_DOERS))
            or word in TITLES
            or word in HONORIFICS
            or word in given_name_sexes()
            or doc[0].ent_type_ == "PERSON"
            or not doc[1].text[:1].isupper()
        ):
            continue
        end = 1
        while end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha:
            end += 1
        rest = key(doc[1:end].text)
        if rest in alone and (
            word in BUSINESSES_BEFORE or (rest not in people and rest not in honoured)
        ):
            out.add(rest)
    return frozenset(out)


# A model's designation, letters and digits in one word: "Dash-8", "A350", "F-16", "Su-35".
_MODEL = re.compile(r"[A-Za-z]+-?\d+[A-Za-z]?")


# Nouns for craft: a name that qualifies one ("Boeing's Starliner spacecraft", "the Dragon
# capsule") names the craft, wherever the text writes it alone ("Starliner will return").
_CRAFTS = frozenset(
    """spacecraft capsule rocket aircraft jet plane helicopter drone satellite probe missile
    lander rover telescope""".split()  # noqa: SIM905
)


def _seats_named(parsed: Sequence[Parsed]) -> frozenset[str]:
    """The seats (data/actors.json "seats") of the bodies the text names: "Brussels" stands
    for the EU only in a text that names the EU."""
    text = " ".join(p.sentence.text for p in parsed)
    return frozenset(
        seat
        for seat, names in lexicon().seats.items()
        if any(re.search(rf"\b{re.escape(n)}\b", text) for n in names)
    )


def _tagged(
    parsed: Sequence[Parsed], lower: Collection[str], businesses: Collection[str]
) -> tuple[str, ...]:
    """Organisation names as written, where NER tagged them or the text says what business
    they are in ("Ozcare, Australia's largest health insurer,"): NER is not consistent from
    one sentence to the next ("Shares in Medibank fell" tags it, "Medibank, Australia's
    largest health insurer, said" does not), and the same name is the same actor; so are the
    bodies NER left untagged where one sentence shows it (names.untagged_bodies). Not a
    word the text also writes in lower case, nor a title or a group's head word."""
    names = (
        {
            e.text
            for p in parsed
            for e in p.doc.ents
            if e.label_ == "ORG" or key(e.text) in businesses
        }
        | {t.text for p in parsed for t in p.doc if is_name_word(t) and key(t.text) in businesses}
        | {b.text for p in parsed for b in untagged_bodies(p.doc)}  # "Barclays said it would"
    )
    return tuple(
        name
        for name in sorted(names)  # one order in every process (sets follow the hash seed)
        if name[:1].isupper()
        and not name.isupper()
        and len(name) > 2
        and name.lower() not in lower
        and key(name) not in TITLES
        and key(name) not in lexicon().group_heads
    )


def _capitalised_to_open(ent: Any) -> bool:
    """A body or person NER found that is words in lower case, the first capitalised only
    because it opens the sentence: "Extra vaccination clinics will be held"."""
    return (
        ent.label_ in ("ORG", "PERSON")
        and ent.start == 0
        and len(ent) > 1
        and ent[0].is_alpha
        and not ent[0].text.isupper()
        and any(t.is_alpha for t in ent[1:])
        and all(t.is_lower for t in ent[1:] if t.is_alpha)
    )


def _a_party_alone(ent: Any, surface: str, data: Lexicon) -> bool:
    """A party's name that is also a title's word, written alone: "Labour said the
    government was in chaos" (not "Labour leader Keir Starmer", a title)."""
    doc = ent.doc
    after = doc[ent.end] if ent.end < len(doc) else None
    return known_body(surface, data) is not None and (
        after is None or not (after.is_title or after.lower_ in TITLES or after.pos_ == "NOUN")
    )


def _an_honours_name(ent: Any, data: Lexicon) -> bool:
    """A person's name that names a thing after them (data/actors.json "honour_heads"): a
    modifier of the thing's noun ("the Ushakov medal", "a Nobel prize"), "of" after the
    thing's capitalised name ("the Medal of Ushakov"), or a name NER took whole ending in
    such a noun ("Pell Grants")."""
    root, head = ent.root, ent.root.head
    if (
        len(ent) > 1
        and ent[-1].lower_ in data.honour_ends
        and (ent[-1].lower_.endswith("s") or ent[0].lower_ not in given_name_sexes())
    ):
        return True  # "those who received Pell Grants" (NER: a person); not "Sophie Grant",
        # a given name and a surname
    if root.dep_ == "compound" and head.i >= ent.end:
        return head.lower_ in data.honours and all(
            t.dep_ == "compound" for t in ent.doc[ent.end : head.i]
        )
    return (
        root.dep_ == "pobj"
        and head.lower_ == "of"
        and head.head.lower_ in data.honours
        and head.head.text[:1].isupper()
    )


def _country_of(ent: Any, g: Gazetteer, data: Lexicon, named: set[str]) -> str | None:
    """The country an entity names: by its name ("Mozambique", whatever NER labelled it), its
    people's ("Syrian") or, for a place, where it lies ("Beira" -> MZ); None for the rest."""
    k = key(ent.text)
    if ent.label_ == "NORP":
        return data.demonyms.get(k) or g.country_code(k)
    if (code := g.country_code(k)) or ent.label_ != "GPE":
        return code
    place = g.resolve(k, named)
    return place.country if place is not None else None


def _given_names_before_surnames(doc: Any, ents: list[Any], text: _Text) -> list[Any]:
    """A given name NER took for a place or a body, straight before a one-word name the text
    writes elsewhere after "Mr", "Ms" or "Dr": one person ("murdering Amelia Harte", NER:
    "Amelia" a place, "Harte" an organisation; then "Ms Harte"). Not a country ("Jordan")."""
    out: list[Any] = []
    for ent in ents:
        last = out[-1] if out else None
        if (
            last is not None
            and len(last) == 1
            and len(ent) == 1
            and last.end == ent.start
            and last.label_ != "PERSON"
            and last[0].lower_ in given_name_sexes()
            and ent[0].lower_ in text.honoured
            and not gazetteer().country_code(key(last.text))
        ):
            out[-1] = doc[last.start : ent.end]
            out[-1].label_ = "PERSON"
        else:
            out.append(ent)
    return out


def _mentions(doc: Any, g: Gazetteer, data: Lexicon, text: _Text) -> list[_Mention]:
    """Each actor mention in one sentence of the text."""
    out: list[_Mention] = []
    covered: set[int] = set()
    bodies: set[int] = set()  # tokens of named armed groups and well-known official bodies
    states: dict[int, int] = {}  # tokens of countries that act -> their mention in out
    firms: dict[int, int] = {}  # tokens of named organisations -> their mention in out
    named_at: dict[int, int] = {}  # tokens of any named body (firms' too) -> its mention
    known = _known_spans(doc, data, text.facts.lower)
    repaired = _given_names_before_surnames(doc, repaired_entities(doc, text.facts.lower), text)
    named = {i for e in repaired for i in range(e.start, e.end)}
    untagged = untagged_bodies(doc)
    untagged += [s for s in _held_untagged(doc) if all(s.start != b.start for b in untagged)]
    beside_a_trade = {b.start for b in untagged}  # "Rival carriers easyJet and Ryanair"
    entities = (
        repaired
        + [
            _as_a_body(n, text.facts.lower)
            for n in untagged_names(doc)
            if not g.country_code(key(n[-1].text))
            and not any(i in named for i in range(n.start, n.end))  # "Cheshire West" of
            # "Cheshire West and Chester Council", which NER cut and the repair made whole
        ]
        + untagged
        + untagged_countries(doc, g)  # "Neighbouring Zimbabwe and Malawi have reported"
    )
    entities = [  # two readings of one untagged name: the longer ("Dŵr Cymru Welsh Water",
        # not also "Cymru Welsh Water")
        e
        for e in entities
        if not any(o.start <= e.start and e.end <= o.end and len(o) > len(e) for o in entities)
    ]
    taken = {i for e in entities for i in range(e.start, e.end)}
    for ent in entities + text.organisations.untagged(doc, taken):
        if _capitalised_to_open(ent):
            continue  # "Extra vaccination clinics will be held": no name (NER: a body)
        if any(a <= ent.start < b and b - a > len(ent) for a, b, _, _ in known):
            continue  # "Democrats" of "Liberal Democrats": the well-known name wins
        if (
            ent.label_ == "ORG"
            and ent.end < len(doc)
            and doc[ent.end].lower_ in TITLES
            and any(a == ent.start and b < ent.end for a, b, _, _ in known)
        ):
            continue  # "EU Enlargement Commissioner …": the EU, through its commissioner
        if (
            ent.label_ in ("ORG", "PERSON")
            and ent.end < len(doc)
            and doc[ent.end].lower_ in ("minister", "commissioner", "secretary", "chief")
            and not ORG_TAIL.search(ent.text)
            and not any(a < ent.end and b > ent.start for a, b, _, _ in known)
            and not (len(ent) == 1 and ent[0].is_upper and len(ent[0]) > 1)  # "PSNI Chief
            # Constable Jon Boutcher": a body's acronym, whose chief he is
        ):
            continue  # "Cyber Security Minister Tom Ellery", "Transportation Secretary": portfolios
        tail = next((b for a, b, _, _ in known if ent.start < a < ent.end < b), None)
        if tail is not None and ent.label_ == "ORG":
            # "Welsh Liberal" + "Democrats": the name is "Welsh Liberal Democrats"
            label = ent.label_
            ent = doc[ent.start : tail]
            ent.label_ = label
            known = [k for k in known if not (k[0] < tail and k[1] > ent.start)]
        ent = with_its_country(trimmed_span(ent, text.facts.name_words))
        if ent.start == 0 and len(ent) > 1 and key(ent[1:].text) in text.opened:
            label = ent.label_
            ent = ent[1:]  # "Steelmaker Norden Steel": the steelmaker is Norden Steel
            ent.label_ = label
        surface = clean(ent.text)
        if ent.label_ == "PERSON":
            surface = split_nickname(surface)[0]  # 'Jimmy "Barbecue" Cherizier'
        if ent.label_ == "ORG" and named_with_s(ent):
            surface += ent[-1].text.replace("\u2019", "'")  # "Moody's warned", "McDonald's said"
        elif ent.label_ == "ORG" and _s_left_out(ent):
            surface += "'s"  # "Sainsbury's employs 148,000 people" (NER: "Sainsbury")
        shop = ent.label_ == "PERSON" and _a_shops_name(ent)
        if shop:
            surface += doc[ent.end].text.replace("\u2019", "'")  # "Asda and Sainsbury's would"
        k = key(surface)
        if (
            len(surface) < 2
            or not (
                looks_named(surface)
                or named_with_digits(surface)
                or (camel_cased(surface) and ent.start in beside_a_trade)  # not a product: "iPad"
            )
            or (k in TITLES and not _a_party_alone(ent, surface, data))
        ):
            continue  # "Interior" of "Interior Minister ..."; lower-case noise
        if dateline(ent):
            continue  # "NIAMEY, 9 June —": a dateline, not an actor
        if names_a_disease(ent, tallies=ent.label_ == "ORG") or a_disease(surface):
            continue  # "Lassa fever" (NER: a person), "Marburg virus disease": no actor
        if ent.label_ == "ORG" and _a_persons_post(ent):
            continue  # "The Humanitarian Coordinator, Clementine Nkweta-Salami,": her post
        root = ent.root
        if root.dep_ == "compound" and root.head.text in POSTNOMINALS and root.head.i == ent.end:
            root = root.head  # "Judge Neil Rafferty KC said": he, through the letters
        acts = acting(root)
        if ent.label_ == "ORG" and not g.country_code(k) and _owner_of_a_named_body(ent):
            covered.update(range(ent.start, ent.end))  # not the well-known name either
            continue  # "The United Nations children's agency Unicef condemned": Unicef
        label = "ORG" if shop else ent.label_
        if (hit := known_body(surface, data)) is not None:
            name, kind = hit
            out.append(_Mention(surface, kind, acts, key(name)))
            covered.update(range(ent.start, ent.end))
            named_at.update(dict.fromkeys(range(ent.start, ent.end), len(out) - 1))
            if kind in ("armed_group", "government"):
                bodies.update(range(ent.start, ent.end))
            continue
        if (
            ent.label_ == "PERSON"
            and ent.root.dep_ == "compound"
            and ent.root.head.i == ent.end
            and data.group_heads.get(ent.root.head.lower_) == "armed_group"
        ):
            continue  # "the Dan Na Ambassagou militia": the militia's name, listed with it
        if _a_rank_of_a_title(ent):
            continue  # "Supreme Leader Ayatollah Ali Khamenei" (NER: "Supreme", a body)
        if label == "PERSON" and _an_honours_name(ent, data):
            continue  # "the Ushakov medal", "the Medal of Ushakov": named after him, no actor
        # "retail tycoon Philip Green" (NER: an organisation, a site's last word): a person
        qualified = _after_a_person_noun(ent) and person_shaped(surface, text.facts.lower)
        if (a_sites_name(ent) or named_area(ent)) and not qualified:
            continue  # "the Lala camp" (NER: a person): a place, listed with the places
        if label == "ORG" and qualified:
            label = "PERSON"
        if label == "PERSON" and len(ent) > 1 and ent[-1].text in UTILITY_WORDS:
            label = "ORG"  # "Wessex Water has been fined" (NER: a person): a utility
        if label == "PERSON" and _a_saints(ent):
            continue  # "Guy's and St Thomas' NHS Foundation Trust": a saint's, a hospital's
        if " " not in surface and not surface.isupper() and surface.lower() in text.facts.lower:
            continue  # "Telecoms", "Militants" starting a sentence: a word, not a name
        if (
            len(ent) == 1
            and ent[0].is_sent_start
            and ent[0].tag_ in ("NN", "NNS")
            and ent.root.dep_ == "compound"
            and ent.root.head.lower_ in data.group_heads
        ):
            continue  # "Hospital officials said" (NER: a body): a common noun that opens the
            # sentence, what kind of officials, not a name (not "Apple shares fell")
        if (", " in surface and not _PORTFOLIOS.match(surface)) or ":" in surface:
            continue  # "Nottinghamshire, Derbyshire, Leicestershire": a list; "Fugitive: The"
        if label in ("PERSON", "ORG") and k in text.facts.sites:
            continue  # "Castle Huntly has seen 20 absconds" after "HMP Castle Huntly": a jail
        if k in text.facts.storms or (len(ent) <= 2 and key(ent[-1].text) in text.facts.storms):
            continue  # "Cyclone Remal", "Tropical Storm Ana", then "Remal" alone: a storm
        if _a_market_index(ent):
            continue  # "France's CAC 40 lost 0.9%", "Britain's FTSE 100 ended down": no actor
        if a_vessel(ent):
            continue  # "the KM Bahari Jaya was carrying 160 passengers": a ship, no actor
        if (
            ent.label_ == "ORG"
            and len(ent) == 1
            and k in data.demonyms
            and ent.root.dep_ in ("amod", "compound")
        ):
            continue  # "the Welsh referendum" (NER: an organisation): a people's adjective
        if ent.label_ in ("ORG", "PRODUCT") and _one_of_its_products(ent):
            continue  # "struck by a silver Audi": a car of the make, not the company
        if a_county_named_after_its_word(ent):
            continue  # "from Newry, County Down" (NER: a person): a county, listed with places
        if (ent.label_ == "PERSON" and _in_a_works_name(ent)) or _a_shows_title(ent):
            continue  # "the Harry Potter films", "for The Prime of Miss Jean Brodie", "Louis
            # Vuitton bags": a work's or a make's name, not a person in the story
        if label == "PERSON" and any(c.isdigit() for c in surface):
            continue  # "H982 FKL": a number plate or code, not a person
        # "across the Sahel" (NER: a person, and "Aide Sahel" the charity): no one's name
        # takes "the"
        person = label == "PERSON" and (
            qualified
            or (
                k in text.facts.name_words
                and not (ent.start > 0 and doc[ent.start - 1].lower_ == "the")
            )
            or described_as_person(ent)  # "Her husband Gary, 41, said" (Gary, Indiana)
        )
        if not person and (
            a_home(ent)  # "Darren Moult, 34, of Everton": where he lives, not a club
            or (
                is_mislabelled_place(label, surface, g, text.facts.countries, text.facts.brands)
                and not listed_among_bodies(ent)  # "American Airlines, Delta and United"
            )
            or _names_a_place(surface, g, label)
            or (
                (named_as_scene(ent) or k in text.facts.scenes)  # "Residents of al-Bukamal"
                and k not in text.facts.people  # "a swipe at Myleene Klass": still a person
            )
        ):
            label = "GPE"
        if label in ("PERSON", "ORG") and len(ent) > 1 and ent[-1].lower_ in _CRAFTS:
            continue  # "using the James Webb Space Telescope" (NER: a person or a body): a
            # craft's name
        if (
            label in ("PERSON", "ORG")
            and sum(t.lower_ != "the" for t in ent) > 1  # not "the G20"
            and _MODEL.fullmatch(ent[-1].text)
        ):
            continue  # "The coast guard's Bombardier Dash-8", "an Airbus A350" (NER: a
            # body): a maker's model, no actor
        if len(ent) == 1 and label == "ORG" and k in text.made:
            continue  # "fired a Taser at a man", then "the use of the Taser": a thing
        if len(ent) == 1 and label == "PERSON" and not person and k in text.fielding:
            label = "ORG"  # "Frelimo's victory", "the Frelimo candidate" (NER: a person):
            # a party, which fields candidates
        if len(ent) == 1 and label == "PERSON" and not person and k in text.crafts:
            continue  # "Starliner will return" after "Boeing's Starliner spacecraft" (NER: a
            # person): a craft, no actor
        if label == "PERSON" and not person and len(ent) == 1 and k in text.with_the:
            continue  # "this year's Hajj pilgrimage", "during the Hajj" (NER: a person): an
            # event or a thing, for no one's name takes "the"
        if k in text.facts.sides and not is_setting(ent.root):
            label = "ORG"  # "a game against Manchester United" (NER: a person): the club
        if label == "ORG" and g.country_code(k) and surface.isupper():
            label = "GPE"  # "Australia, PNG's nearest neighbour," (NER: an organisation)
        if label == "NORP" and k in g.capitals:
            label = "GPE"  # "a charge Kigali denies" (NER: a nationality): the capital
        if a_firms_short_name(ent, k, g, text.facts.firms, is_setting(ent.root)) or (
            ent.label_ == "GPE" and a_countrys_own(ent, k, g)
        ):
            label = "ORG"  # "Halden reported a loss" beside "Halden Group"; "Denmark's
            # Carlsberg have agreed to merge"
        if label in ("ORG", "PERSON") and (
            names_water_or_land(surface) or a_features_name(ent, surface) is not None
        ):
            continue  # "the River Ouse continues to rise" (NER: an organisation): a river;
            # "the Ceniza and Las Lajas ravines" (NER: a person)
        if label == "ORG" and _a_regions_body(ent, k, g):
            label = "GPE"  # "Kaduna State police spokesman" (NER: "Kaduna State" a body):
            # the state is where the police serve, no body of its own
        if label == "ORG" and _a_law(surface):
            continue  # "the Digital Markets Act" (NER: an organisation): a law, no actor
        if _a_seat(ent):
            continue  # "The MSP for Falkirk West" (NER: an organisation): a constituency
        if (
            label in ("PERSON", "ORG")
            and k in CELESTIAL
            and ent.start > 0
            and doc[ent.start - 1].text == "the"  # not "told The Sun", a newspaper
        ):
            continue  # "around the Moon" (NER: a person): no one, no place
        mention = None
        if label != "PERSON" and len(k.split()) > 1 and k.split()[0] in HONORIFICS:
            label = "PERSON"  # "Mr Brown" tagged as an organisation is a person
        elif label in ("ORG", "GPE", "NORP") and _ranked_person(surface, text.facts.lower):
            label = "PERSON"  # "Det Insp Claire Evans said" tagged as an organisation
        elif label in ("ORG", "GPE", "NORP") and _a_titled_surname(k, text.surnames):
            label = "PERSON"  # "Magistrate Ndlovu" after "Siphiwe Ndlovu"
        elif label in ("ORG", "GPE", "NORP") and " " in surface and age_follows(doc, ent.end):
            label = "PERSON"  # "Jamal Reed, 34, was charged" tagged as an organisation
        elif (
            label == "ORG"
            and any(
                name.endswith(f" {k}")
                and len(name.split()) == len(k.split()) + 1
                and name.split()[0] in given_name_sexes()
                for name in text.facts.people
            )
            and k not in text.facts.businesses
            and k not in known_bodies()
            and not ends_as_a_body(surface)
        ):
            label = "PERSON"  # "Le Pen said her party …" (NER: an organisation) beside
            # "Marine Le Pen": the name the text gives in full after a given name (not
            # "SmithKline" beside "Glaxo SmithKline", nor "Blue Origin" beside "Jeff Bezos's
            # Blue Origin", NER: people)
        elif (
            label == "ORG"
            and ent.start > 0
            and doc[ent.start - 1].lower_ in TITLES
            and (
                (doc[ent.start - 1].is_lower and person_shaped(surface, text.facts.lower))
                or (
                    doc[hyphenated_start(doc, ent.start - 1)].head in ent
                    and name_shaped(surface, text.facts.lower)
                )  # "Commander-in-chief Oleksandr Syrskyi said": the title's head is the name
            )
        ):
            label = "PERSON"  # "Chief executive Helena Strand said", "Chancellor Olaf
            # Scholz's government" (the title on the name) tagged as an organisation
        elif (
            label == "ORG"
            and name_shaped(surface, text.facts.lower)
            and not ends_as_a_body(surface)
            and _among_people(ent)
        ):
            label = "PERSON"  # "attended by Eddie Izzard, Joey Essex and Sally Lindsay",
            # "Labour supporter Eddie Izzard said" (NER: an organisation each time)
        elif label != "ORG" and (
            held_in(ent.root)  # "Shares in Burberry plunged" (NER: a person)
            or (_after_a_business_word(ent) and not _a_persons_trade(ent, surface, text.facts))
            or (in_business(ent.root) and not g.country_code(k))  # "The Climate
            # Observatory, a network of NGOs,"; not a country (facts.text_facts)
            or (
                k in text.facts.businesses
                and (label != "PERSON" or not person_shaped(surface, text.facts.lower))
            )  # "oil giant Yukos", then "Yukos' owner" (NER: a person, no person's shape)
        ):
            label = "ORG"  # "retailer Argos", "Ozcare, an insurer": a company by what it does
        if label == "PERSON" and _a_known_bodys_branch(k):
            label = "ORG"  # "a case brought by Oxfam Novib" (NER: a person): Oxfam's Dutch
            # arm, no person
        if label == "NORP" and _listed_with_bodies(ent):
            label = "ORG"  # "LNER, Northern and TransPennine Express said" (NER: a people)
        if label == "NORP" and _owns_a_named_body(ent):
            label = "ORG"  # "Anglo American's De Beers" (NER: a people): no people owns a firm
        if (
            label in ("PERSON", "NORP")
            and not person
            and which_follows(ent)
            and not (label == "PERSON" and titled_form(doc, ent) != clean(ent.text))
        ):
            label = "ORG"  # "Sea Glass Vacations, which acts as a rental agent,", "Anglo
            # American, which is listed in London," (NER: a nationality); not "the junta led
            # by Captain Ibrahim Traoré, which seized power" (the parse hangs the junta's
            # "which" on the titled name)
        if (
            label in ("GPE", "LOC", "NORP", "ORG")
            and len(ent) == 1
            and described_as_person(ent)
            and (
                k in given_name_sexes()
                or (ent.root.dep_ == "appos" and ent.root.head.lower_ in _KIN)
            )
        ):
            label = "PERSON"  # "Mr Ellis's widow, Rebecca, said" (NER: a place); "Ms Sharma's
            # mother, Anjali, said" (a name the census does not know, but a mother's)
        if (
            label == "ORG"
            and _beside_a_post(ent.root)
            and name_shaped(surface, text.facts.lower)
            and not any(c.dep_ == "poss" and c.ent_type_ == "PERSON" for c in ent.root.children)
        ):
            label = "PERSON"  # "Italy's interior minister, Matteo Piantedosi," (NER: an ORG);
            # not "its owner, Jim McColl's Clyde Blowers": a person's firm, no person
        if (
            label == "ORG"
            and _set_off_as_one_of(ent)
            and name_shaped(surface, text.facts.lower)
            and not ends_as_a_body(surface)
        ):
            label = "PERSON"  # "Pascale Jones, of the Crown Prosecution Service, said" (NER:
            # an ORG): one who speaks for the body named after "of"
        if label == "PERSON" and _named_for_many(ent):
            label = "ORG"  # "The auditors, Grant Thornton, said" (NER: a person): one name
            # for many is a firm's
        if (
            label == "ORG"
            and which_on(ent.root, "who")
            and (
                person_shaped(surface, text.facts.lower)
                or (
                    name_shaped(surface, text.facts.lower)
                    and not g.is_place(key(surface.split()[0]))
                )
            )
            and not ends_as_a_body(surface)
        ):
            label = "PERSON"  # "Ann-Marie Barker, who led the council for two years," (NER:
            # an ORG): "who" is said of people
        if (
            label == "ORG"
            and _his_or_hers(ent)
            and name_shaped(surface, text.facts.lower)
            and not ends_as_a_body(surface)
        ):
            label = "PERSON"  # "Italy's Giorgia Meloni won support … for her deal" (NER: an
            # organisation): "her", not "its"
        if (
            label == "ORG"
            and _leads_a_named_body(ent)
            and name_shaped(surface, text.facts.lower)
            and not ends_as_a_body(surface)
        ):
            label = "PERSON"  # "Nissan, led by Makoto Uchida," (NER: an organisation): a
            # named body's head
        if label == "ORG" and _a_bodys_own_voice(ent) and name_shaped(surface, text.facts.lower):
            label = "PERSON"  # "says the BBC's Sanjoy Majumder in Delhi" (NER: an ORG)
        if (
            label == "ORG"
            and person_shaped(surface, text.facts.lower)
            and surface.split()[-1].lower() in text.honoured
        ):
            label = "PERSON"  # "Edith Marlow" (NER: an organisation), then "Ms Marlow"
        if label == "PERSON" and (site_named(surface) or a_site_listed_with_sites(ent)):
            label = "FAC"  # "Shelton Pool and Abbey Hulton Swimming Pool will shut" (NER:
            # people): sites, however the sentence makes them act
        if label == "FAC" and ent.root.dep_ == "nsubj" and ent.root.head.lower_ in SAYING:
            label = "ORG"  # "Buckingham Palace said": the household that speaks from it
        named_group = _named_group(ent) or (
            None if k in data.demonyms else _band_it_names(ent, k, g)
        )  # "Turkish firms", "The Chinese company": a people's, no band
        if label in ("PERSON", "GPE", "LOC", "NORP") and named_group is not None:
            label = "ORG"  # "The most powerful coalition, known as Viv Ansanm,": the coalition;
            # "The Rhysida group, which claimed …" (NER: a place): the group
        if (
            label == "PERSON"
            and not person
            and len(ent) > 1
            and ent[0].text in text.organisations.names
            and ent[0].lower_ not in given_name_sexes()
        ):
            label = "ORG"  # "Glaxo Wellcome and SmithKline Beecham have agreed to merge"
            # (NER: people) beside "Glaxo's chairman": a firm's first word opens the name
        if label == "PERSON" and _named_for_a_wide_place(surface, g):
            label = "ORG"  # "a consortium led by Virgin Atlantic" (NER: a person): no given
            # name, and an ocean, a continent or a country for a surname
        if label == "PERSON" and ends_as_a_body(surface):
            label = "ORG"  # "Kandilli Observatory" (NER: a person): named as an institution
        if label == "PERSON" and _workplace(ent):
            label = "ORG"  # "Analysts at Peel Hunt said": where they work, not who
        if (label == "PERSON" or (label == "GPE" and not g.is_place(k))) and _owns_what_firms_have(
            ent, text.facts.lower
        ):
            label = "ORG"  # "EY, Wirecard's former auditor": a firm's, not a person's;
            # "Nvidia reported revenue of $30 billion" (NER: a place no gazetteer knows)
        last_word = surface.split()[-1]  # "the City of London Police's": "Police"
        if (
            label in ("GPE", "LOC")
            and len(surface.split()) > 1
            and last_word[:1].isupper()
            and last_word.lower() in data.group_heads
            and not g.is_place(k)
        ):
            label = "ORG"  # "run by the City of London Police" (NER: a place): a body named
            # for its place ends in the body's own word
        if label in ("GPE", "LOC") and not g.is_place(k) and _a_body_by_its_verb(ent.root):
            label = "ORG"  # "Derby County have been placed into administration" (NER: a
            # place no gazetteer knows): a singular name with a plural verb is a team or body
        if (
            label == "ORG"
            and " " not in surface
            and any(c.dep_ == "nummod" and c.i < ent.start for c in ent.root.children)
        ):
            label = "NORP"  # "more than 2,000 Rohingya had arrived": people counted
        if label in ("EVENT", "WORK_OF_ART", "PRODUCT", "LAW") and ORG_TAIL.search(surface):
            label = "ORG"  # "the Iraq War Families Campaign Group" (NER: an event)
        party = doc[ent.end] if ent.end < len(doc) and doc[ent.end].lower_ == "party" else None
        party = ent[-1] if len(ent) > 1 and ent[-1].lower_ == "party" else party
        if party is not None and label != "PERSON":
            # "the ruling Syriza party": a party, whatever NER took the name for; a body the
            # text says is one, an actor though named once ("her Awami League party", its name
            # as written: "the Congress party" is no legislature)
            mention = _Mention(surface, "organisation", acting(party), introduced=True)
        elif label == "PERSON":
            if not person and _names_a_thing(ent, data):
                continue  # "their annual Freedom Shield exercises" (NER: a person)
            if not person and any(
                c.dep_ == "poss" and c.lower_ == "its" for c in ent.root.children
            ):
                continue  # "through its App Store" (NER: a person): a thing a body owns
            mention = _Mention(
                surface,
                "person",
                acts,
                titled=titled_form(doc, ent),
                introduced=described_as_person(ent),  # "his widow, Rebecca, said"
            )
        elif label == "ORG":
            described = described_as(doc, ent)
            if described and a_disease(described):
                continue  # "Marburg virus disease (MVD)": the acronym of a disease
            group_kind = data.group_heads.get(named_group.lower_) if named_group else None
            state_body = group_kind is None and _titled_a_states_body(ent, g)
            if state_body:
                group_kind = "government"  # "the country's disaster agency AFAD said"
            kind = group_kind or _org_kind(surface)
            if kind == "armed_group" and (
                _placed_on_the_spectrum(ent) or won_at_the_polls(ent.root)
            ):
                kind = "organisation"  # "the left-wing New Popular Front alliance", "the
                # Civic Coalition won 157 seats": a political front, no fighters
            mention = _Mention(
                surface,
                kind,
                acts
                or (
                    _owns_the_subject(ent.root)
                    and (not surface.isupper() or ent.root.head.lower_ in BODY_NOUNS)
                )  # "The GMB union said"; not "The HPV vaccine might have …"
                or (named_group is not None and acting(named_group)),
                described=described,
                cited=is_cited(ent.root),
                # "to private equity firm CVC Capital Partners": the text says what it is
                # (not "producer John Shanks (Bon Jovi, Sheryl Crow)": people)
                introduced=introduced(ent.root)
                or (
                    ent.start > 0
                    and _a_business_word(doc[ent.start - 1])
                    and not person_shaped(surface, text.facts.lower)
                )
                or (ent.end < len(doc) and doc[ent.end].text == "," and which_follows(ent)),
                # "Elliott Investment Management, which took a stake last year": the text
                # says what the body did (not "the Monitor which allows for safer parking")
                says_its_kind=state_body,
            )
        elif label == "NORP" and (code := _whose_strikes(ent, data)) is not None:
            # "Israeli airstrikes killed 27 people": the state strikes
            mention = _Mention(g.country_names[code], "state", True, key(g.country_names[code]))
        elif label == "NORP" and (ent.root.tag_ in ("NNPS", "NNS") or acts):
            if ent.root.dep_ == "appos" and ent.root.head.ent_type_ == "PERSON":
                continue  # "Matt Gaetz, a Florida Republican,": what the person is
            if (
                len(ent) == 1
                and ent.root.tag_ not in ("NNPS", "NNS")
                and (
                    aged(ent.root)
                    or any(c.lower_ in ("a", "an") for c in ent.root.children)
                    or (
                        any(c.lower_ == "the" for c in ent.root.children)
                        and not ent.root.lower_.endswith(("sh", "ch", "ese", "ss"))
                    )
                )
            ):
                continue  # "The 27-year-old Jamaican tested positive", "The Belgian, who
                # joined from Monaco,": one person, no group (not "the British", "the French")
            if (
                ent.root.dep_ == "pobj"
                and ent.root.head.lower_ == "of"
                and ent.root.head.head.ent_type_ == "PERSON"
                and ent.root.tag_ not in ("NNPS", "NNS")
            ):
                continue  # "Hollins, of Reddish, admitted": where the person is from
            if (
                len(ent) == 1
                and ent.start == 0
                and ent.root.tag_ == "NNS"
                and ent.root.lower_[:-1] not in data.demonyms
            ):
                continue  # "Seismologists warned": a common noun capitalised to open a sentence
            if _labels_a_thing(ent):
                continue  # "the new strain, clade Ib, has spread": a name for a kind of thing
            faith = any(t.lower_ in data.faiths for t in ent)  # "Coptic Christians"
            mention = _Mention(surface, "other" if faith else "nationality_group", acts)
        elif label == "GPE" and (
            state_acts(ent.root, data.agentive) or addressed_capital(ent, k, g)
        ):
            code = g.country_code(k) or g.capitals.get(k)
            if k in text.seats:  # "Hungary has accused Brussels" beside the EU: the EU
                body, kind = known_body(data.seats[k][0], data) or (data.seats[k][0], "")
                mention = _Mention(surface, kind or "organisation", acts, key(body))
                code = None
            if code:  # a country or its capital that acts, or is addressed: "accused Washington"
                mention = _Mention(surface, "state", acts, key(g.country_names[code]))
        if mention:
            out.append(mention)
            covered.update(range(ent.start, ent.end))
            if mention.kind == "state":
                states.update(dict.fromkeys(range(ent.start, ent.end), len(out) - 1))
            elif mention.kind in ("armed_group", "government"):
                bodies.update(range(ent.start, ent.end))  # "National Guard troops": the Guard
                named_at.update(dict.fromkeys(range(ent.start, ent.end), len(out) - 1))
            elif mention.kind == "organisation":
                firms.update(dict.fromkeys(range(ent.start, ent.end), len(out) - 1))
                named_at.update(dict.fromkeys(range(ent.start, ent.end), len(out) - 1))
    for start, end, name, kind in known:
        if any(e.start < start and end <= e.end and e.label_ in _NAME_LABELS for e in doc.ents):
            continue  # "Commission" of "the Election Commission of India": no European one
            # (a name that opens the longer one still counts: "EU" of "EU Energy")
        if not covered.intersection(range(start, end)):
            span = doc[start:end]
            out.append(_Mention(clean(span.text), kind, acting(span.root), key(name)))
            covered.update(range(start, end))
            if kind in ("armed_group", "government"):
                bodies.update(range(start, end))
            named_at.update(dict.fromkeys(range(start, end), len(out) - 1))
    for token in doc:
        party = None if token.i in covered else _party_of_a_member(token, data)
        if party is not None:  # "A Conservative MP": the Conservative Party
            out.append(_Mention(token.text, "organisation", False, key(party)))
            covered.add(token.i)
    people_at: dict[int, str] = {}  # head token -> an unnamed person's mention
    for chunk in _noun_phrases(doc):
        head = chunk.root
        if head.i in covered or (
            chunk[0].dep_ == "amod" and (chunk[0].pos_ == "ADP" or chunk[0].lower_ in _BESIDE)
        ):
            continue  # "she said outside court": a place by a preposition, no group
        described_person = aged_person(chunk)
        if described_person:
            out.append(_Mention(described_person, "person", acting(head)))
            covered.update(range(chunk.start, chunk.end))
            continue
        group = descriptive_group(chunk, data, text.roles, text.acting)
        if not group or _in_quotes(chunk) or _used(head):
            continue  # a law on "foreign agents": a term the text quotes, not a group
        surface, kind, counted = group
        leader = (
            next((c for c in head.children if c.dep_ == "poss"), None)
            if head.lower_ in _EXECUTIVE
            else None
        )
        if leader is not None and leader.ent_type_ == "PERSON":
            start = leader.i
            while start > chunk.start and doc[start].ent_iob_ == "I":
                start -= 1  # back to the first word of the leader's name
            while start > chunk.start and doc[start - 1].lower_.rstrip(".") in HONORIFICS:
                start -= 1  # "Mr Blair's government" keeps his "Mr", a name's, no office
            surface = clean(doc[start : head.i + 1].text)  # "Italian Prime Minister Giorgia
            # Meloni's government": Giorgia Meloni's, the titles of her office hers
        if head.lower_ in ("bank", "banks") and _a_waters_edge(head):
            continue  # "rivers burst their banks": the rivers' edges, no lenders
        if (
            kind == "person"
            and head.dep_ == "attr"
            and head.tag_ == "NN"
            and head.head.lower_ in _COPULAS
        ):
            continue  # "becoming the most prolific child serial killer": what the subject
            # is, no one else
        if head.lower_ in ("court", "courts") and is_setting(head):
            continue  # "a complaint filed in federal court": where, not who
        if (
            is_region_noun(head)
            and is_setting(head)
            and any(
                c.dep_ in ("compound", "nmod", "amod") and c.text[:1].isupper()
                for c in head.children
            )
        ):
            continue  # "a curfew in the West department", "in the Chocó department" (the name
            # parsed as an adjective): a region, listed with the places
        if (
            kind in ("organisation", "government")
            and head.tag_ == "NN"
            and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children)
            and not any(c.dep_ in _QUALIFYING for c in head.children)
        ):
            continue  # "A panel blew out of the side of the jet": a body of no name or
            # description is none the story names (an unnamed gang or militia still acts)
        if head.tag_ == "NN" and any(
            c.dep_ == "det" and c.lower_ in ("any", "every", "each", "no") for c in head.children
        ):
            continue  # "the longest waits of any emergency department in Wales": none in
            # particular, no actor
        if (kind == "armed_group" or head.lower_ in _MEN_UNDER_ARMS) and any(
            c.dep_ == "poss" and c.lower_ == "its" for c in head.children
        ):
            continue  # "The IDF said its troops had killed ten militants": the IDF's own
            # (a ministry stays: "Cameroon says … its finance ministry"; so does a state's
            # army: "Turkey said its army was ready")
        if kind in ("armed_group", "government") and bodies.intersection(
            range(chunk.start, head.i)
        ):
            continue  # "Islamic State fighters", "Metropolitan Police officers": counted above
        named = {
            firms[i]
            for i in range(chunk.start, head.i)
            if i in firms and doc[i].lower_ in data.group_heads  # "… Defence Force (PDF)"
        }
        if kind == "armed_group" and named and head.lower_ in data.group_heads:
            for i in named:  # "a local People's Defence Force (PDF) militia": the named
                out[i] = replace(out[i], kind=kind)  # force is the militia, one actor
            continue
        if kind in ("government", "organisation") and any(
            c.dep_ == "poss" and c.i in covered and c.ent_type_ == "ORG" for c in head.children
        ):
            continue  # "Stockport Council's planning committee": the council, counted above
        if head.lower_ in _BODIES and any(
            c.dep_ == "acl" and c.lower_ in _NAMING for c in head.children
        ):
            continue  # "The most powerful coalition, known as Viv Ansanm": the name, above
        if any(c.ent_type_ and _a_body_noun_before(head, c) for c in head.children):
            continue  # "rival gangs Los Choneros and Los Lobos": the names, above
        bodies_named = _named_bodies_described(head, named_at)  # "Ofwat, the water
        # regulator,", "Hamas, the militant group that runs Gaza,": one actor with its name
        if bodies_named:
            if kind in ("armed_group", "government"):  # "Los Choneros, a gang linked to
                for i in bodies_named:  # Mexican cartels,": the named body is the armed
                    out[i] = replace(out[i], kind=kind)  # group; "the regulator BaFin", a
                    # state's body
            continue  # "The National Alliance for Change and Democracy, an opposition
            # coalition, said": what the named body is, one actor with it
        keeper = keeper_of_forces(head)
        if keeper is not None and keeper.i in states:
            continue  # "France has about 1,500 troops in the country": France's side, above
        owner = next((c for c in head.children if c.dep_ == "poss" and c.i in states), None)
        if owner is None:  # "the government of Egypt", as "Egypt's government"
            owner = next(
                (
                    o
                    for c in head.children
                    if c.dep_ == "prep" and c.lower_ == "of"
                    for o in c.children
                    if o.dep_ == "pobj" and o.i in states
                ),
                None,
            )
        if kind == "government" and owner is not None and not _a_service(head):
            # "Russia's ministry of defence warned": Russia acting, counted above; "India's
            # government" is one of India's names (not "the UK's highest court")
            if head.lower_ in _EXECUTIVE:  # kept as a titled form: no second mention
                state = states[owner.i]
                end = max(head.i, owner.i) + 1  # "the government of Egypt" to its state
                out[state] = replace(out[state], titled=clean(doc[chunk.start : end].text))
            continue
        if owner is not None and counted and counted.lower().startswith(owner.lower_):
            surface = counted  # "Russia's foreign ministry", named with its state
        qualified = " " in surface
        if not qualified and head.dep_ == "nsubj" and head.head.lower_ in SAYING:
            acts = False  # "officials said": where a report comes from, not an actor acting
        else:
            acts = acting(head)
        # A group only the text's own use makes one ("street cleaners", "cleaners"): one
        # entry however it is qualified, under its head word.
        one = key(head.lower_) if head.lower_ in text.acting else None
        each_one = distributed(chunk, surface)  # "the Russian and Syrian ministries": two
        party = next(
            (p for t in chunk if t.i < head.i and (p := _party_of_a_member(t, data))), None
        )
        if one is None and party is not None and len(each_one) == 1:
            one = key(f"{party} {head.lower_}")  # "Tory MPs" and "Conservative MPs": one group
        # "The suspect, a retired security guard and amateur poet,": one unnamed person
        same_as = people_at.get(head.head.i) if head.dep_ == "appos" else None
        for each in each_one:
            out.append(
                _Mention(
                    each,
                    kind,
                    acts,
                    one,
                    titled=counted if each == surface else None,
                    same_as=same_as if kind == "person" and len(each_one) == 1 else None,
                )
            )
        if kind == "person" and len(each_one) == 1:
            people_at[head.i] = each_one[0]
    return out


# Verbs that say what their subject is (the pipeline has no lemmatizer).
_COPULAS = FORMS_OF_BE | frozenset(
    "become becomes became becoming remain remains remained remaining".split()  # noqa: SIM905
)


def _whose_strikes(ent: Any, data: Lexicon) -> str | None:
    """The country whose people's word qualifies the strikes, shells or missiles that do
    something: "Israeli airstrikes killed 27 people", "Russian missiles hit the grid" are
    the state acting (not "Russian gas heats homes", nor "Israeli strikes" that are only
    named: "after Israeli strikes")."""
    root = ent.root
    if root.dep_ != "amod" or root.head.lower_ not in _STRIKES:
        return None
    head = root.head
    does = (head.dep_ == "nsubj" and head.head.lower_ not in STATIVE) or (
        head.dep_ == "ROOT"  # "Israeli airstrikes killed 27" parsed as strikes that were killed
        and any(
            c.dep_ == "acl" and c.tag_ in ("VBD", "VBN") and c.i == head.i + 1
            for c in head.children
        )
    )
    if not does:
        return None
    code = data.demonyms.get(key(ent.text))
    return code if code in gazetteer().country_names else None


# What a state strikes with, or the strikes themselves: "Israeli airstrikes killed …".
_STRIKES = frozenset(
    """strike strikes airstrike airstrikes air-strikes attack attacks raid raids shelling
    bombardment bombardments bombing bombings missile missiles rocket rockets drone drones
    warplane warplanes jets artillery""".split()  # noqa: SIM905
)


def _named_for_a_wide_place(surface: str, g: Gazetteer) -> bool:
    """A name no given name opens that ends with an ocean's, a continent's or a country's
    name: a firm's ("Virgin Atlantic", "Cathay Pacific"), not a person's ("Tom Holland" has a
    given name)."""
    words = surface.split()
    if len(words) < 2 or words[0].lower() in given_name_sexes():
        return False
    place = g.resolve(key(words[-1]), set())
    return place is not None and (
        place.kind in ("water", "country") or (place.kind == "region" and place.country is None)
    )


def _set_off_as_one_of(ent: Any) -> bool:
    """The name speaks, with ", of <a body>," between it and its verb: "Pascale Jones, of the
    Crown Prosecution Service, said" (a body is not said to be "of" another that way)."""
    root, doc = ent.root, ent.doc
    return (
        root.dep_ == "nsubj"
        and root.head.lower_ in SAYING
        and ent.end + 1 < len(doc)
        and doc[ent.end].text == ","
        and doc[ent.end + 1].lower_ == "of"
        and doc[ent.end + 1].head.i == root.i
        and any(o.dep_ == "pobj" and o.ent_type_ == "ORG" for o in doc[ent.end + 1].children)
    )


def _a_market_index(ent: Any) -> bool:
    """A name with its number after it, moving by a share in the sentence: a market index
    ("the FTSE 100 ended down 0.5%", "the CAC 40 lost 0.9%"; "Channel 4 said" stays)."""
    doc = ent.doc
    if ent.label_ != "ORG" or ent.end >= len(doc) or ORG_TAIL.search(ent.text):
        return False
    number = doc[ent.end]
    return (
        number.like_num
        and number.head.i == ent.root.i
        and ent.root.dep_ == "nsubj"
        and any(t.ent_type_ == "PERCENT" for r in ent.root.head.rights for t in r.subtree)
    )


def _a_bodys_own_voice(ent: Any) -> bool:
    """The name, owned by a named body, speaks: "says the BBC's Sanjoy Majumder" (a body's
    correspondent; a body the BBC owns does not "say" under a name of two words)."""
    root = ent.root
    return (
        root.dep_ == "nsubj"
        and root.head.lower_ in SAYING
        and any(c.dep_ == "poss" and c.ent_type_ == "ORG" for c in root.children)
        and not ends_as_a_body(ent.text)
    )


def _owns_a_named_body(ent: Any) -> bool:
    """The name owns a body named after it with "'s": "Anglo American's De Beers"."""
    doc = ent.doc
    owned = ent.root.head
    return (
        ent.end < len(doc)
        and doc[ent.end].tag_ == "POS"
        and ent.root.dep_ == "poss"
        and owned.pos_ == "PROPN"
        and owned.ent_type_ == "ORG"
        and owned.i > ent.end
    )


def _a_waters_edge(bank: Any) -> bool:
    """ "bank" of a river, lake or canal: its own ("the river's banks", "the banks of the
    Lamone"), or that of the water the clause is about ("23 rivers had burst their banks",
    "the canal broke its bank")."""
    owners = [c for c in bank.children if c.dep_ == "poss"]
    owners += [o for p in bank.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    if bank.head.pos_ in ("VERB", "AUX") and any(o.lower_ in ("its", "their") for o in owners):
        owners += [c for c in bank.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(
        singular(o.lower_) in WATER_WORDS
        or o.ent_type_ == "LOC"  # "The Thames burst its banks"
        or any(singular(c.lower_) in WATER_WORDS for c in o.children if c.dep_ == "compound")
        for o in owners
    )


def _named_bodies_described(head: Any, named: Mapping[int, int]) -> set[int]:
    """The mentions of the bodies named just before or after the group noun, in apposition
    to it (``named``: tokens of the sentence's named bodies -> their mentions): "The National
    Alliance …, an opposition coalition,", "an opposition coalition, the National Alliance
    …", "Indian Railways, one of the world's largest rail networks,", "Ofwat, the water
    regulator,"."""
    if head.dep_ == "appos" and head.head.i in named:
        return {named[head.head.i]}
    if head.dep_ == "conj" and head.head.i in named and _a_superlative_after(head):
        return {named[head.head.i]}  # "The FNSEA, France's largest farmers' union, and …"
        # (the parse: a second body in a list)
    of = head.head
    if head.dep_ == "pobj" and of.lower_ == "of" and of.head.lower_ == "one":
        one = of.head  # "Indian Railways, one of the world's largest rail networks,"
        if one.dep_ == "appos" and one.head.i in named:
            return {named[one.head.i]}
    return {named[c.i] for c in head.children if c.dep_ == "appos" and c.i in named}


def _a_superlative_after(head: Any) -> bool:
    """The group noun, taken by the parse for the next of a list, follows its name and a
    comma and is described by a superlative, as a body's description is ("The FNSEA,
    France's largest farmers' union, and the Young Farmers union said"): it describes the
    name, no other body is listed."""
    doc, name = head.doc, head.head
    first = head.left_edge.i
    return (
        first >= 2
        and doc[first - 1].text == ","
        and doc[first - 2].i == name.i
        and any(t.tag_ == "JJS" for t in doc[first : head.i])
    )


# Posts a portfolio's name goes before, as a party's may: "Labour Minister", "Health Secretary".
_PORTFOLIO_POSTS = frozenset("minister ministry secretary department commissioner".split())  # noqa: SIM905
# What a party's adjective qualifies when it names the party: its people and its organs.
_PARTY_ORGANS = frozenset(
    "government administration whip party leadership manifesto conference group".split()  # noqa: SIM905
)


def _noun_phrases(doc: Any) -> list[Any]:
    """The parse's noun chunks, and the possessors inside them, which spaCy's chunks leave
    in the phrase they own: "the Russian and Syrian defense ministry" of "… ministry's
    claim", "the army" of "the army's Northeastern Command" (one owner: "'s"); and the first
    of two plurals the parse made one chunk ("state media" of "state media and aid groups")."""
    chunks = list(doc.noun_chunks)
    owners = [
        doc[t.left_edge.i : t.i + 1]
        for t in doc
        if t.dep_ == "poss"
        and t.pos_ in ("NOUN", "PROPN")
        and not t.ent_type_
        and t.i + 1 < len(doc)
        and doc[t.i + 1].lower_ in ("'s", "\u2019s")  # not "farmers' union": its members'
    ]
    firsts = [  # "state media" of "state media and aid groups said" (one chunk)
        doc[chunk.start : t.i]
        for chunk in chunks
        for t in chunk
        if t.dep_ == "cc" and t.i < chunk.root.i and joins_plurals(t) and t.head in chunk
    ]
    return sorted(chunks + owners + firsts, key=lambda c: (c.start, -c.end))


def _leads_a_named_body(ent: Any) -> bool:
    """The name is who leads, heads or chairs a body the text names: "Nissan, led by Makoto
    Uchida," (not "a consortium led by …": no name led)."""
    by = ent.root.head
    verb = by.head
    return (
        ent.root.dep_ == "pobj"
        and by.dep_ == "agent"
        and verb.lower_ in ("led", "headed", "chaired", "run")
        and verb.dep_ == "acl"
        and verb.head.ent_type_ == "ORG"
    )


def _his_or_hers(ent: Any) -> bool:
    """The name is the subject of a clause that goes on to say "his" or "her" of it, and not
    "its" or "their": a person ("Giorgia Meloni won support from several leaders for her deal
    with Albania"), where NER took a body."""
    root = ent.root
    if root.dep_ != "nsubj":
        return False
    own = [  # the clause's own phrases, not a clause it reports ("The Daily News reported
        # that it was her eighth husband")
        t
        for c in root.head.children
        if c.dep_ not in _OTHER_CLAUSES
        for t in c.subtree
    ]
    owners = {t.lower_ for t in own if t.dep_ == "poss" and t.i >= ent.end and t.is_lower}
    return bool(owners & {"his", "her"}) and not owners & {"its", "their"}


_OTHER_CLAUSES = frozenset("ccomp xcomp advcl relcl parataxis conj csubj".split())  # noqa: SIM905


def _labels_a_thing(ent: Any) -> bool:
    """A name written after a common noun that it labels ("clade Ib", "variant Delta"): the
    name of that thing, not a people, though NER tagged it one; not a name that is its
    verb's subject ("the sentence Stancil faces", misparsed so)."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return (
        before is not None
        and ent.root.dep_ not in ("nsubj", "nsubjpass")
        and before.tag_ == "NN"
        and before.is_lower
        and before.dep_ == "compound"
        and before.head.i in range(ent.start, ent.end)
    )


def _party_of_a_member(token: Any, data: Lexicon) -> str | None:
    """The well-known party a capitalised adjective names where it qualifies one of its
    people or organs ("A Conservative MP", "Labour councillors", "the Conservative whip"): not
    the word alone ("a conservative estimate"), nor a party's name the data does not hold."""
    head = token.head
    if (
        not token.text[:1].isupper()
        or token.dep_ not in ("amod", "compound")
        or head.i <= token.i
        or token.ent_type_ not in ("", "NORP", "ORG")
    ):
        return None
    word = head.lower_
    if word.removesuffix("s") in _PORTFOLIO_POSTS:
        return None  # "Labour Minister Florence Bore": a portfolio ("labour"), no party
    if not (
        word in _PARTY_ORGANS
        or word in TITLES
        or word in person_nouns()
        or word.removesuffix("s") in TITLES | person_nouns()
    ):
        return None
    hit = known_body(f"{token.text}s", data) or known_body(f"{token.text} Party", data)
    return hit[0] if hit is not None and hit[1] == "organisation" else None


# Prepositions of place the parser may read as adjectives: "said outside court".
_BESIDE = frozenset("outside inside behind beside near".split())  # noqa: SIM905
# NER labels of names a well-known name may be only a part of.
_NAME_LABELS = frozenset("ORG FAC WORK_OF_ART LAW EVENT PRODUCT".split())  # noqa: SIM905


def _a_name_opening(word: Any, lower: Collection[str]) -> bool:
    """A one-word well-known name opening a sentence is that name where the text never
    writes the word in lower case and no title follows it ("Labour Minister Florence Bore"
    is a portfolio)."""
    after = word.doc[word.end] if word.end < len(word.doc) else None
    return word[0].lower_ not in lower and (after is None or after.lower_ not in TITLES)


def _known_spans(
    doc: Any, data: Lexicon, lower: Collection[str] = ()
) -> list[tuple[int, int, str, str]]:
    """Well-known names NER missed ("IS", "Hamas"), as written: acronyms must match case. A
    one-word name opening a sentence counts where the text never writes it in lower case
    ("Ofsted rated the school inadequate"; not "Labour" where it writes "labour costs")."""
    found = []
    i = 0
    while i < len(doc):
        if not doc[i].text[:1].isupper() or key(doc[i].text).split()[:1] == []:
            i += 1
            continue
        first = key(doc[i].text).split()[0]
        if first not in data.first_words:
            i += 1  # no well-known name starts with this word
            continue
        for size in (4, 3, 2, 1):
            span = doc[i : i + size]
            if len(span) < size or not span.text[:1].isupper():
                continue
            if span[0].lower_ in ("the", "a", "an"):
                continue  # names start after the article ("The commission" is no name)
            if span[-1].is_punct:
                continue  # "Hizballah," is "Hizballah"
            hit = known_body(span.text, data)
            if (
                hit
                and (span.text in data.exact or not span.text.isupper())
                and (i > 0 or span.text.isupper() or size > 1 or _a_name_opening(span, lower))
            ):
                found.append((i, i + size, hit[0], hit[1]))
                i += size - 1
                break
        i += 1
    return found


# Dependants that describe a noun: "a panel of experts", "a federal panel", "an appeals
# court in Texas".
_QUALIFYING = frozenset(["prep", "amod", "compound", "appos", "acl", "relcl", "nmod", "poss"])
# Words for a body's men under arms: "its troops" are the owner's, no second side.
_MEN_UNDER_ARMS = frozenset("troops soldiers military".split())  # noqa: SIM905


def _owner_of_a_named_body(ent: Any) -> bool:
    """An organisation named as the owner of a body the text names in apposition: "The
    United Nations children's agency Unicef", "the United Nations peacekeeping force in
    Lebanon, UNIFIL," — the agency or force is the actor, its owner named in passing."""
    node = ent.root
    for _ in range(3):
        if node.dep_ not in ("compound", "poss") or node.head is node:
            return False
        node = node.head
        if node.lower_ in _BODIES:
            return any(
                c.dep_ == "appos" and c.pos_ == "PROPN" and c.text[:1].isupper()
                for c in node.children
            )
    return False


def _a_shops_name(ent: Any) -> bool:
    """A name NER took for a person's, written with "'s" that owns nothing after it: a
    firm's name ("competition from Asda and Sainsbury's would intensify")."""
    doc = ent.doc
    if ent.end >= len(doc) or doc[ent.end].lower_ not in ("'s", "\u2019s"):
        return False
    after = doc[ent.end + 1] if ent.end + 1 < len(doc) else None
    # not "Chris Lane's (left) …", "'Amy's' bus fare": a bracket or a quote owns nothing
    stop = after is None or not after.is_punct or after.text in (".", ",", ";", ":", "!", "?")
    return owns_nothing(after) and stop


def _one_of_its_products(ent: Any) -> bool:
    """A brand's name as the head of a noun phrase with "a" or "an": one thing of that make
    ("a silver Audi", "bought a Tesla"), or before weapons ("Leopard tanks"), not the
    company ("a Reuters reporter" is a reporter's, "an Audi spokesman" a spokesman's)."""
    root = ent.root
    if root.dep_ == "compound" and root.head.lower_ in _ARMS and root.head.i == ent.end:
        return True  # "allow Leopard tanks to be sent", "Patriot missiles": weapons of a make
        # (not "a Jeju Air passenger jet": a kind of jet between, the airline's)
    if root.dep_ == "compound" and root.head.lower_ in _SECURITIES and root.head.i <= ent.end + 1:
        return True  # "Treasury yields", "the 10-year Treasury note": debt it issues
    return (
        root.pos_ == "PROPN"
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in root.children)
        and not opens_as_a_body(ent.text)  # "A Department of Health and Social Care
    )  # spokesperson said" (the parse hangs "A" on the name): a body's, no make


def _returned_to(k: str, forms: Collection[str], returned: Collection[str]) -> bool:
    """A body's name of several words whose last word, a word for a body, the text returns to
    in lower case as the subject of a verb: "an investigation by the Southern Health and
    Social Care Trust found …", then "The trust said"; "A Japan Airlines passenger jet", then
    "the airline said": named once, yet the story's actor (not "the Arctic Convoys", then
    "the arctic convoy was …")."""
    words = k.split()
    named = any(f.split()[-1][:1].isupper() for f in forms if f)
    last = words[-1] if words[-1] in returned or not named else singular(words[-1])
    # "Japan Airlines", then "the airline said" (a name's plural; not "leading companies",
    # then "The company said", which is another)
    return len(words) > 1 and last in returned and (last in BODY_NOUNS or last in _RETURNED_BODIES)


def _owns(t: Any) -> bool:
    """A possessor marked by "'s": "the bank's shares"."""
    return any(c.dep_ == "case" and c.lower_ in ("'s", "’s", "'") for c in t.children)


# Bodies' last words a text returns to that BODY_NOUNS (a trade's nouns) lacks: "the trust".
_RETURNED_BODIES = frozenset("trust committee board inquiry service department".split())  # noqa: SIM905


def _a_shows_title(ent: Any) -> bool:
    """ "the ITV show Island Escape", "the Channel 4 show Castle Rivals" (NER: a person, an
    organisation): the title set beside the work or show it names."""
    root = ent.root
    return (
        root.dep_ in ("appos", "dobj")
        and root.head.i == ent.start - 1
        and root.head.is_lower
        and root.head.lower_ in _WORKS | _SHOWS
    )


def _in_a_works_name(ent: Any) -> bool:
    """A name that qualifies a work ("the Harry Potter films", "the Bourne novels") or goods
    of a make ("Louis Vuitton bags", NER: a person), or ends a title a capital "The" opens
    mid-sentence ("won an Oscar for The Prime of Miss Jean Brodie"): a work's or a make's,
    not a person's (a title set beside its show: _a_shows_title)."""
    root, doc = ent.root, ent.doc
    if (
        root.dep_ == "compound"
        and root.head.i == ent.end
        and (root.head.lower_ in _WORKS or root.head.lower_ in _GOODS_OF_A_MAKE)
    ):
        return True
    head = root.head
    if root.dep_ != "pobj" or head.lower_ != "of" or head.head.tag_ != "NNP":
        return False
    titled = head.head
    opener = doc[titled.left_edge.i]
    return opener.text == "The" and not opener.is_sent_start and titled.left_edge.i < ent.start


# Goods a fashion house's name, a person's, qualifies: "Louis Vuitton bags".
_GOODS_OF_A_MAKE = frozenset(
    """bag bags handbag handbags shoe shoes trainers boots dress dresses suit suits watch
    watches perfume jeans sunglasses jewellery jewelry""".split()  # noqa: SIM905
)
# Works a name qualifies: "the Harry Potter films".
_WORKS = frozenset(
    """film films movie movies novel novels book books series franchise saga trilogy musical
    opera play plays""".split()  # noqa: SIM905
)


# Broadcasts and records whose title is set beside them ("the ITV show Island Escape"), but
# that a person's name may qualify ("the Jeremy Kyle show" is his).
_SHOWS = frozenset(
    """show programme program documentary sitcom drama soap album song single podcast thriller
    comedy horror western biopic blockbuster sequel prequel remake memoir autobiography
    biography novella poem painting""".split()  # noqa: SIM905
)


# The debt a treasury issues, that its name qualifies: "Treasury yields" (not "the Senate
# bill" or "Tesla shares": the body or firm itself is in the news).
_SECURITIES = frozenset("yield yields note notes bond bonds gilt gilts securities".split())  # noqa: SIM905
# Weapons and war machines a make or model names: "Leopard tanks", "Shahed drones".
_ARMS = frozenset(
    """tank tanks missile missiles rocket rockets drone drones jet jets warplane warplanes
    helicopter helicopters howitzer howitzers launcher launchers""".split()  # noqa: SIM905
)


_NAMING = frozenset("known called named dubbed nicknamed calling calls".split())  # noqa: SIM905
# Bodies a name is given to: names.BODY_NOUNS, armed and official ones, projects and bands.
_BODIES = BODY_NOUNS | frozenset(
    "gang cartel brigade battalion regiment faction project band club outfit".split()  # noqa: SIM905
)


def _named_group(ent: Any) -> Any | None:
    """The group noun a name is given to: "a coalition known as Viv Ansanm", "a group called
    the Wolves", "The group, which calls itself INC Ransom," (not "a man known as Tom":
    people keep their names' kind). Each name a body noun is written before: "rival gangs Los
    Choneros and Los Lobos" (NER: a body and a place no gazetteer knows)."""
    token = ent.root
    first = first_conjunct(token)
    if _a_body_noun_before(first.head, first):
        return first.head
    verb = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "as" else token.head
    if token.dep_ not in ("pobj", "oprd", "dobj", "attr") or verb.lower_ not in _NAMING:
        return None
    noun = verb.head if verb.dep_ in ("acl", "relcl") else None
    if noun is None or noun.pos_ != "NOUN" or noun.lower_ not in _BODIES:
        return None
    return noun


# Where a party or alliance stands: "the left-wing New Popular Front", "far-right".
_SPECTRUM = re.compile(
    r"\b((far|hard|centre|center|extreme)[- ]?(left|right)|(left|right)[- ]wing|centrist|"
    r"leftist|rightist)\b",
    re.I,
)


# Members of a legislature named for the seat they hold: "the MP for Hartlepool".
_MEMBERS_FOR = frozenset(
    """mp mps msp msps ms mss mla mlas mep meps td tds am ams member members congressman
    congresswoman representative senator""".split()  # noqa: SIM905
)


def _a_seat(ent: Any) -> bool:
    """The name is the seat a member of a legislature holds: "the MSP for Falkirk West",
    "the member for Hartlepool"; a constituency, no actor."""
    prep = ent.root.head
    return (
        ent.root.dep_ == "pobj"
        and prep.lower_ == "for"
        and prep.head.lower_ in _MEMBERS_FOR
        and prep.head.i == prep.i - 1
    )


def _placed_on_the_spectrum(ent: Any) -> bool:
    """The words written before the name in its phrase say where it stands in politics:
    "the left-wing New Popular Front alliance", "the far-right National Front"."""
    root = ent.root.head if ent.root.dep_ == "compound" else ent.root
    return bool(_SPECTRUM.search(ent.doc[root.left_edge.i : ent.start].text))


def _a_body_noun_before(noun: Any, name: Any) -> bool:
    """The body noun is written straight before the name in apposition, as its title: "rival
    gangs Los Choneros", "the militia Wagner" (not "The UN peacekeeping force in Lebanon,
    UNIFIL,": a body described, one actor with its name)."""
    return (
        name.dep_ == "appos"
        and name.head.i == noun.i < name.i
        and noun.pos_ == "NOUN"
        and noun.is_lower
        and singular(noun.lower_) in _BODIES
        and not any(t.is_punct for t in noun.doc[noun.i : name.i])
    )


def _band_it_names(ent: Any, k: str, g: Gazetteer) -> Any | None:
    """The body word in lower case after a name no gazetteer knows, which the name
    qualifies, maybe past words in lower case that say what kind: "The Rhysida group" (NER:
    a place), "the Wagner gang", "Russia's Rosatom nuclear corporation". Names listed before
    one plural body word share it: "the Los Choneros and Los Lobos gangs" (the parse hangs
    the plural on the first name as its conjunct) names two gangs."""
    doc = ent.doc
    shared = _shared_band(ent)
    if shared is not None:
        return shared
    word = ent.root.head
    think_tank = word.lower_ == "tank" and doc[word.i - 1].lower_ == "think"
    if (
        word.i < ent.end
        or not word.is_lower
        or (word.lower_ not in _BODIES and not think_tank)  # "the Health Foundation think
        # tank" (not "a Leopard tank")
        or not all(t.is_lower for t in doc[ent.end : word.i])
        or word.i - ent.end > 2
        or g.is_place(k)
        or ent.root.tag_ == "JJ"  # "the Islamist group": what kind, no name
        or ent.root.dep_ == "poss"  # "Mrs Ellwood's bank": whose it is, not its name
        or any(c.ent_type_ and _a_body_noun_before(word, c) for c in word.children)
        or (word.dep_ == "compound" and word.head.i > word.i and word.head.ent_type_ == "ORG")
    ):  # "the Jihadist group JNIM": the name is written after the noun
        return None
    return word


def _shared_band(ent: Any) -> Any | None:
    """The plural body word names listed before it share: "the Los Choneros and Los Lobos
    gangs", however the parse hangs the list on it (the first name qualifying the plural,
    or the plural a conjunct of the first name with the last qualifying it); None unless
    another name is listed with this one."""
    first = ent.root
    while first.dep_ == "conj" and first.head is not first:
        first = first.head
    if first.dep_ in ("compound", "nmod"):
        word = first.head
    else:
        word = next((c for c in first.children if c.dep_ == "conj" and c.is_lower), None)
    if (
        word is None
        or not word.is_lower
        or word.tag_ != "NNS"
        or singular(word.lower_) not in _BODIES
    ):
        return None
    listed = {first.i}
    listed.update(t.i for t in first.subtree if t.dep_ == "conj" and t.i < word.i)
    listed.update(c.i for c in word.children if c.dep_ in ("compound", "nmod"))
    if word.dep_ == "conj":
        listed.add(word.head.i)  # the plural a conjunct of the first name
    names = [e for e in ent.doc.ents if e.root.i in listed]
    return word if len(names) >= 2 and ent.root.i in listed else None


def _org_kind(surface: str) -> str:
    if state_force(key(surface)) is not None:
        return "government"  # national armed forces are a state body ("Royal Navy")
    if _CIVIL_GUARDS.search(surface):
        return "government"  # "London Fire Brigade", "Hellenic Coast Guard": a state's
        # services, whatever word for an armed unit their name shares
    if _ARMED.search(surface):
        return "armed_group"
    if re.search(r"\bParty\b", surface) or surface.lower().endswith(" party"):
        return "organisation"  # "Malawi Congress Party", "the Congress party": a party,
        # whatever else its name says
    if _A_PARTYS_NAME.search(surface):
        return "organisation"  # "National Democratic Congress", "All Progressives Congress",
        # "Union for a Popular Movement": a party by the creed its name says
    if (
        _GOVERNMENT.search(surface)
        or _STATE_AGENCY.match(surface)
        or _a_nations_agency(surface)
        or A_NATIONS_SERVICE.match(surface)
    ):
        return "government"
    return "organisation"


def _named_for_many(ent: Any) -> bool:
    """One name set off in apposition to a plural noun for people at work, the sentence
    going on after it ("The auditors, Grant Thornton, said"): what many are called is a
    firm's name, not a person's. Not one name of a list ("The hostages, Fernando Marman, 60,
    Louis Har, 70, …"; "Steve Esmond, his teenage sons and …")."""
    root, doc = ent.root, ent.doc
    head = root.head
    after = doc[ent.end + 1] if ent.end + 1 < len(doc) else None
    closed = after is not None and doc[ent.end].text == "," and after.pos_ in ("VERB", "AUX")
    return (
        closed
        and root.dep_ == "appos"
        and head.tag_ == "NNS"
        and head.i < ent.start
        and (head.lower_ in person_nouns() or head.lower_.endswith(("ors", "ers", "ants")))
        and not any(c.dep_ in ("conj", "cc") for c in (*root.children, *head.children))
    )


def _held_untagged(doc: Any) -> list[Any]:
    """A name written in lower case with a capital inside, NER left untagged, that shares or
    a stake are held in: "Shares in easyJet have fallen" (a company; not "an iPad")."""
    out = []
    for token in doc:
        if token.ent_iob_ == "O" and camel_cased(token.text) and held_in(token):
            span = doc[token.i : token.i + 1]
            span.label_ = "ORG"
            out.append(span)
    return out


def _s_left_out(ent: Any) -> bool:
    """The organisation's name ends with an "'s" NER left out of it, a possessive a verb
    follows: "Sainsbury's employs 148,000 people", "Sainsbury's is to cut" (not "Apple's
    shares", "Mophie's recently introduced pad", "on CNBC's 'Trading Nation'", nor the
    contraction of "Apple's planning", which the parser tags a verb)."""
    doc = ent.doc
    if ent.end >= len(doc) or doc[ent.end].lower_ not in ("'s", "\u2019s"):
        return False
    after = doc[ent.end + 1] if ent.end + 1 < len(doc) else None
    return (
        doc[ent.end].tag_ == "POS"
        and after is not None
        and after.tag_.startswith(("VB", "MD"))
        and after.dep_ != "amod"
        and not after.text[:1].isupper()  # "Apple's Find My iPhone app": a name it owns
    )


def _titled_a_states_body(ent: Any, g: Gazetteer) -> bool:
    """A name written after the words for a state's body, owned by the country: "the
    country's disaster agency AFAD", "Turkey's disaster agency AFAD" (not "the state news
    agency SANA", the state's media, nor "the company's audit committee")."""
    before = [t for t in ent.root.subtree if t.i < ent.start]
    titles = [t for t in before if t.dep_ == "compound" and t.tag_ in ("NN", "NNS")]
    if not any(t.lower_ in _STATE_BODIES for t in titles) or any(
        t.lower_ == "news" for t in before
    ):
        return False
    return any(
        t.dep_ == "poss"
        and (t.lower_ in ("country", "nation") or g.country_code(key(t.text)) is not None)
        for t in before
    )


# Words for a body of the state: "the country's disaster agency", "Kenya's health ministry".
_STATE_BODIES = frozenset("agency ministry authority department regulator".split())  # noqa: SIM905


def _a_nations_agency(surface: str) -> bool:
    """A state agency named with its country or its region first: "UK Health Security
    Agency", "US Fish and Wildlife Service", "Mississippi Emergency Management Agency" (as
    "National … Agency" is), "US Chemical Safety Board"; a nation's military command: "US
    Central Command"."""
    words = surface.split()
    if len(words) < 3 or words[-1].lower() not in (
        "agency",
        "authority",
        "service",
        "command",
        "board",
        "survey",  # "US Geological Survey", "British Geological Survey"
    ):
        return False  # not "… Institute"
    if nation(key(words[0])) is not None:
        return True
    region = gazetteer().resolve(key(words[0]), set())
    return region is not None and region.kind == "region" and region.country is not None


def _a_regions_body(ent: Any, k: str, g: Gazetteer) -> bool:
    """A region's name with its region word, NER took for a body, before the body that
    serves it in lower case: "Kaduna State police", "the Lagos State government"."""
    doc = ent.doc
    if len(ent) < 2 or ent.end >= len(doc) or not doc[ent.end].is_lower:
        return False
    if not (_GOVERNMENT.fullmatch(doc[ent.end].text) or doc[ent.end].lower_ == "governor"):
        return False
    place = g.resolve(k, set())
    return place is not None and place.kind == "region" and key(place.name) != k


def _names_a_place(surface: str, g: Gazetteer, label: str = "") -> bool:
    """An organisation or person name that is a place: "Birch Road", "Northeast Washington"
    — not a person whose given name or surname is such a word ("Bill Gates", "Rachel
    Green", "Nathan Lane"; "Bethnal Green" starts with no given name)."""
    words = surface.split()
    named = label == "PERSON" and len(words) >= 2 and all(w[:1].isupper() for w in words)
    found = [
        m
        for m in _NOT_ACTOR.finditer(surface)
        if not (named and m.start() == 0 and m.group(0) == "Bill")
        and not (
            named
            and m.end() == len(surface)
            and m.group(0) in _SURNAMES
            and words[0].lower() in given_name_sexes()
        )
    ]
    if found and not ORG_TAIL.search(surface) and not opens_as_a_body(surface):
        return True  # "Birch Road", "the Patriot Act"; not "Oklahoma Highway Patrol" nor
        # "the Office of Rail and Road"
    if label == "PERSON" and len(words) >= 2 and words[-1].lower() in REGION_NOUNS:
        region = g.resolve(key(surface), set())
        if region is not None and region.kind == "region":
            return True  # "a long border with Shan State" (NER: a person): no one's name
            # ends in a region's word
    compass = _COMPASS.match(surface)
    return bool(compass and g.is_place(key(compass.group(2))))
