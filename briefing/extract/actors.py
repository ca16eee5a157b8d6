"""Parsed sentences -> actors: people, organisations, governments, armed groups, states, groups.

Named actors come from spaCy's NER; descriptive groups ("pro-regime forces", "federal
prosecutors", "police") from noun chunks whose head is listed in data/actors.json, which
also holds well-known groups and the names they go by. Mentions of one real-world actor
are merged: aliases, surnames into full names, acronyms into the names they stand for,
capitals and countries that act into one state.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..data import load
from ..model import Actor
from .gazetteer import Gazetteer, gazetteer
from .locations import (
    ORG_TAIL,
    STATIVE,
    TextFacts,
    addressed_capital,
    first_conjunct,
    is_mislabelled_place,
    known_bodies,
    named_as_scene,
    state_acts,
    text_facts,
)
from .names import (
    BUSINESSES,
    SAYING,
    TITLES,
    Mentions,
    age_follows,
    aged,
    clean,
    dateline,
    in_business,
    initials,
    is_name_word,
    key,
    looks_named,
    person_key,
    person_nouns,
    split_at_rank,
    untagged_names,
)
from .nlp import Parsed

_SUBJECT = {"nsubj", "nsubjpass", "agent", "poss"}
_GOVERNMENT = re.compile(
    r"\b(government|ministry|ministers?|department|office|council|parliament|congress|senate|"
    r"cabinet|treasury|commission|administration|presidency|regime|white house|kremlin|"
    r"assembly|police|court|tribunal|directorate|inspectorate)\b",
    re.IGNORECASE,
)
_ARMED = re.compile(
    r"\b(army|forces|militias?|brigades?|battalions?|front|guards?|rebels?|fighters|militants|"
    r"navy|air force|marines|jihadists?|insurgents?|troops|jama'?at|nusrat|ansar|mujahid\w*|"
    r"jihad\w*|wal-muslimin|gendarmerie|islamic state|al-qa[ei]da|taliban|hezbollah|hamas|"
    r"shabaab|boko haram)\b",
    re.IGNORECASE,
)
_GROUP_MODIFIER = re.compile(r"^(pro|anti)-|-(backed|led|allied|aligned|linked)$", re.IGNORECASE)
_COUNTS = {"dozen", "dozens", "several", "hundreds", "thousands", "scores"}  # kept as an alias
_QUANTITIES = {
    "dozen", "dozens", "several", "many", "some", "hundreds", "thousands", "few", "all", "both",
    "most", "every", "each", "much", "nearly", "almost", "about", "around", "other", "more",
}  # fmt: skip
_TRAILING_TITLES = {"QC", "KC", "MP", "Jr", "Jr.", "Sr", "Sr.", "MEP"}
_GENERIC = {  # NER noise: religions, time zones
    "state", "islam", "christianity", "judaism", "buddhism", "gmt", "bst", "utc", "est", "cet",
}  # fmt: skip
# Names NER tags as organisations or people that are documents, events or places.
_NOT_ACTOR = re.compile(
    r"\b(Bill|Act|Convention|Treaty|Elections?|Agreement|Accord|Charter|Protocol|Directive|"
    r"Budget|Summit|Road|Street|Avenue|Lane|Green|Square|Airport|Boulevard|Highway|Interstate|"
    r"Motorway|Pass|Bridge|Tunnel)\b"
)
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
_PREPOSITIONS = frozenset(
    ["near", "in", "at", "on", "from", "outside", "inside", "across", "along", "around", "into"]
)
# Nouns for who speaks or acts for a body, besides titles: "a Pentagon official said".
_MEMBERS = frozenset(
    """official officials representative representatives chairman chairwoman chair head
    director executive secretary-general envoy negotiator lawyer lawyers staff officers
    agents investigators fighters troops soldiers members workers""".split()  # noqa: SIM905
)
# A ministry named with its list of portfolios: "Department for Levelling Up, Housing and
# Communities", "Ministry of Agriculture, Fisheries and Food".
_PORTFOLIOS = re.compile(r"^[^,]* (of|for) [^,]*,( [A-Z][\w-]*)+ and( [A-Z][\w-]*)+$")
# Particles inside personal names: "Ursula von der Leyen", "Ahmed bin Salman".
_PARTICLES = frozenset("von van der den de da di du dos del della bin ibn bint".split())  # noqa: SIM905
# Words a company's full name ends in that its short name leaves off.
_COMPANY_ENDINGS = frozenset(
    """bank group company co corporation corp inc ltd plc holdings limited llc airlines
    airways motors""".split()  # noqa: SIM905
)
_PORTFOLIO_HOLDERS = frozenset(["minister", "secretary", "commissioner", "ministers"])
_EMERGENCY = frozenset(["fire", "rescue", "ambulance", "coastguard", "emergency"])
# A state's armed forces are a state body (the annotation guide: national armed forces are
# government), named by their nation or as "the army".
_NATIONAL_FORCES = frozenset(
    "army armies navy military troops forces soldiers marines airforce".split()  # noqa: SIM905
)
_NAMING_VERBS = frozenset(["known", "called", "nicknamed", "dubbed", "named"])
_AGENT_NOUN = re.compile(r"..(er|or|ist|ian|ant|ent|man|woman)$")  # presenter, activist
_QUOTES = re.compile(r"[\"\u201c\u201d]")  # 'for "non-existent" workers': quoted words
_HONORIFICS = frozenset(["mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady"])
# Heads of a government's own name: "the government", "the Left-wing government".
_STATE_BODIES = {"government", "regime", "administration", "cabinet"}
_UNNAMED_GOVERNMENT = {"", "left wing", "right wing", "new", "interim", "national", "federal"}
_ACRONYM = re.compile(
    r"((?:[A-Z][\w'\u2019.-]*|al-[\w-]+)(?:,?\s+(?:[A-Z][\w'\u2019.-]*|al-[\w-]+|of|the|in|for|"
    r"and|on|wal-[\w-]+|de|du|des|la|le|refugee|agency|force|forces|party|front|group))*)"
    r"\s+\(([A-Z][A-Za-z&]{1,9})\)"
)


@dataclass(frozen=True)
class _Data:
    group_heads: dict[str, str]
    known: dict[str, tuple[str, str]]  # key(any name) -> (canonical name, kind)
    exact: frozenset[str]  # every known name exactly as listed (acronyms are case-sensitive)
    demonyms: dict[str, str]  # "british" -> "GB"
    named_heads: frozenset[str]  # heads that make a group only after a name ("Obama campaign")
    first_words: frozenset[str]  # first words of the known names' keys, to skip the rest fast
    qualified_heads: frozenset[str]  # heads that need a nation or name ("Syrian regime")
    agentive: frozenset[str]  # heads whose possessor acts through them ("Russia's army")
    cased: frozenset[str]  # keys of mixed-case acronyms ("LeT"): they match only as written


@lru_cache(maxsize=1)
def _data() -> _Data:
    raw = load("actors.json")
    known = known_bodies()
    exact = {form for item in raw["known"] for form in [item["name"], *item["aliases"]]}
    # Names in mixed-case capitals ("LeT", "JeM") are acronyms: only as written, never the
    # word they spell ("Let's wait and see").
    cased = {key(f) for f in exact if len(f) <= 5 and not f.isupper() and _capitals(f) >= 2}
    return _Data(
        dict(raw["group_heads"]),
        known,
        frozenset(exact),
        dict(raw["demonyms"]),
        frozenset(raw["named_heads"]),
        frozenset(k.split()[0] for k in known if k),
        frozenset(raw["qualified_heads"]),
        frozenset(raw["group_heads"]) | frozenset(raw["agentive_heads"]) | TITLES,
        frozenset(cased),
    )


def _known(surface: str, data: _Data) -> tuple[str, str] | None:
    """The well-known body a name is (canonical name, kind); a mixed-case acronym only as
    written ("Let's wait and see" names no LeT)."""
    k = key(surface)
    if k in data.cased and surface not in data.exact:
        return None
    return data.known.get(k)


def _capitals(form: str) -> int:
    return sum(c.isupper() for c in form)


@dataclass(frozen=True)
class _Mention:
    surface: str
    kind: str
    acts: bool
    canonical: str | None = None  # key of the actor it belongs to, when already known
    titled: str | None = None  # a person's name with the titles around it
    described: str | None = None  # what an acronym stands for, in words ("… agency (INGD)")
    cited: bool = False  # named as a source the story cites (_cited)


def find_actors(
    parsed: Sequence[Parsed],
    key_sentences: Collection[tuple[str, int]] = (),
    facts: TextFacts | None = None,
) -> tuple[Actor, ...]:
    """Named and descriptive actors, aliases merged, ranked by salience.

    ``key_sentences``: (source, index) of the brief's key points; being named there counts.
    ``facts``: locations.text_facts of these sentences, when the caller has them already.
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
    g, data = gazetteer(), _data()
    text = _facts(parsed, g, facts)
    order: dict[str, int] = {}
    items: dict[str, Mentions] = {}
    names: dict[str, str] = {}  # canonical key -> canonical name
    acronyms: dict[str, str] = {}  # "unhcr" -> key of "United Nations refugee agency"
    described: dict[str, str] = {}  # "ingd" -> "Mozambique's national disaster agency"
    nicknames: list[tuple[str, str, Any, int]] = []  # (alias, person, sentence, source order)
    for p in parsed:
        pos = order.setdefault(p.sentence.source, len(order))
        nicknames.extend((a, b, p.sentence, pos) for a, b in _nicknames(p.doc))
        credits = bool(_CREDITS.search(p.sentence.text))
        defined = [  # "the Democratic Republic of Congo (DRC)" names a place, not a body
            (long, short)
            for long, short in _acronym_definitions(p.sentence.text)
            if not g.country_code(key(long))
        ]
        for long_form, acronym in defined:
            long_key = data.known.get(key(long_form), (None,))[0] or long_form
            acronyms.setdefault(key(acronym), key(long_key))
            names.setdefault(key(long_key), long_key)
            items.setdefault(key(long_key), Mentions(_org_kind(long_form))).add(
                long_form, p.sentence, pos
            )
        for m in _mentions(p.doc, g, data, text):
            if any(m.surface in long or m.surface == short for long, short in defined):
                continue  # counted with "Islamic State in the Greater Sahara (ISGS)" above
            if m.canonical is None and credits and m.kind == "person":
                continue  # a reporter's credit line
            k = m.canonical or (person_key(m.surface) if m.kind == "person" else key(m.surface))
            if not k or (k in _GENERIC and m.canonical is None and m.kind != "person"):
                continue
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
            )
            if m.described:
                described.setdefault(k, m.described)
    for item in items.values():
        item.kind = item.voted_kind()
    for short, long_key in acronyms.items():
        if short in items and short != long_key and long_key in items:
            items[long_key].absorb(items.pop(short))
    for alias, person, sentence, pos in nicknames:
        target = person_key(person)
        if target not in items:
            continue
        found = next(
            (k for k in (person_key(alias), key(alias)) if k in items and k != target), None
        )
        if found is not None:
            items[target].absorb(items.pop(found))
        else:
            items[target].add(alias, sentence, pos)
    merged = {
        k: m
        for k, m in _merge(items).items()
        if (m.strong or m.count >= 2 or any(f[:1].isupper() or " " in f for f in m.forms))
        and not _lone_word(m)
        and not _in_passing(k, m, names)
    }  # a bare plural group ("creditors") only when it acts or recurs
    nationalities = Counter(
        code
        for p in parsed
        for e in p.doc.ents
        if e.label_ == "NORP"
        and (code := data.demonyms.get(key(e.text)) or g.country_code(key(e.text)))
    )
    _states_into_governments(merged, g, nationalities)
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


def _nicknames(doc: Any) -> list[tuple[str, str]]:
    """(alias, person) for a name given as another name of a person named in full:
    "Mohamed Hamdan Dagalo, known as Hemedti", "… Ali, nicknamed 'the Lion'"."""
    out = []
    for ent in doc.ents:
        token = ent.root
        verb = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "as" else token
        if verb.lower_ not in _NAMING_VERBS or verb.dep_ not in ("acl", "relcl", "appos"):
            continue
        person = next(
            (e for e in doc.ents if e.label_ == "PERSON" and e.end == verb.head.i + 1), None
        )
        if person is not None and person != ent and len(person) > 1:
            out.append((clean(ent.text), clean(person.text)))
    return out


def _lone_word(m: Mentions) -> bool:
    """One word taken for a person once, with no title: "Mat", "Inn", "Floodwater" are NER
    guesses at capitalised words more often than people, and news names a person in full
    at least once (a surname alone joins that full name)."""
    return (
        m.kind == "person"
        and m.count == 1
        and not m.titled
        and all(" " not in f and f[:1].isupper() for f in m.forms)
    )


def _in_passing(k: str, m: Mentions, known: Collection[str]) -> bool:
    """An organisation named once and never acting or speaking ("a stake in Irancell", "the
    Black Death", "EU Enlargement"): named in passing, not an actor of the story. Well-known
    bodies (data/actors.json) and countries are exempt."""
    return m.kind == "organisation" and m.count == 1 and not m.strong and k not in known


def _canonical_name(k: str, m: _Mention, g: Gazetteer, data: _Data) -> str:
    if k in data.known:
        return data.known[k][0]
    code = g.country_code(k)
    return g.country_names.get(code, m.surface) if code else m.surface


@dataclass(frozen=True)
class _Text:
    """What the whole text says that reading one of its sentences needs: the facts shared
    with the location stage, and the actors' own."""

    facts: TextFacts
    roles: frozenset[str]  # role nouns it gives a name (_named_roles)
    organisations: tuple[str, ...]  # organisation names as written, to find again (_tagged)


def _facts(parsed: Sequence[Parsed], g: Gazetteer, facts: TextFacts | None = None) -> _Text:
    facts = facts or text_facts(parsed, g)
    return _Text(
        facts=facts,
        roles=_named_roles(parsed),
        organisations=_tagged(parsed, facts.lower, facts.businesses),
    )


def _tagged(
    parsed: Sequence[Parsed], lower: Collection[str], businesses: Collection[str]
) -> tuple[str, ...]:
    """Organisation names as written, where NER tagged them or the text says what business
    they are in ("Ozcare, Australia's largest health insurer,"): NER is not consistent from
    one sentence to the next ("Shares in Medibank fell" tags it, "Medibank, Australia's
    largest health insurer, said" does not), and the same name is the same actor. Not a
    word the text also writes in lower case, nor a title or a group's head word."""
    names = {
        e.text for p in parsed for e in p.doc.ents if e.label_ == "ORG" or key(e.text) in businesses
    } | {t.text for p in parsed for t in p.doc if is_name_word(t) and key(t.text) in businesses}
    return tuple(
        name
        for name in sorted(names)  # one order in every process (sets follow the hash seed)
        if name[:1].isupper()
        and not name.isupper()
        and len(name) > 2
        and name.lower() not in lower
        and key(name) not in TITLES
        and key(name) not in _data().group_heads
    )


def _untagged_again(doc: Any, organisations: Sequence[str], taken: Collection[int]) -> list[Any]:
    """Spans of this sentence that repeat an organisation's name NER tagged elsewhere in the
    text but not here (see _tagged)."""
    out = []
    for name in organisations:
        for match in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", doc.text):
            span = doc.char_span(match.start(), match.end())
            if span is None or any(t.i in taken or t.ent_iob_ != "O" for t in span):
                continue
            span.label_ = "ORG"
            out.append(span)
    return sorted(out, key=lambda span: span.start)


def _mentions(doc: Any, g: Gazetteer, data: _Data, text: _Text) -> list[_Mention]:
    """Each actor mention in one sentence of the text."""
    out: list[_Mention] = []
    covered: set[int] = set()
    bodies: set[int] = set()  # tokens of named armed groups and well-known official bodies
    states: set[int] = set()  # tokens of countries that act ("Russia's ministry")
    known = _known_spans(doc, data)
    entities = _entities(doc, text.facts.lower) + untagged_names(doc)
    taken = {i for e in entities for i in range(e.start, e.end)}
    for ent in entities + _untagged_again(doc, text.organisations, taken):
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
            and doc[ent.end].lower_ in ("minister", "commissioner")
            and not ORG_TAIL.search(ent.text)
            and not any(a < ent.end and b > ent.start for a, b, _, _ in known)
        ):
            continue  # "Cyber Security Minister Tom Ellery", "Kerala Revenue Minister": portfolios
        tail = next((b for a, b, _, _ in known if ent.start < a < ent.end < b), None)
        if tail is not None and ent.label_ == "ORG":
            # "Welsh Liberal" + "Democrats": the name is "Welsh Liberal Democrats"
            label = ent.label_
            ent = doc[ent.start : tail]
            ent.label_ = label
            known = [k for k in known if not (k[0] < tail and k[1] > ent.start)]
        ent = _trimmed(ent, text.facts.name_words)
        surface = clean(ent.text)
        if ent.label_ == "ORG" and _named_with_s(ent):
            surface += ent[-1].text.replace("\u2019", "'")  # "Moody's warned", "McDonald's said"
        k = key(surface)
        if len(surface) < 2 or not looks_named(surface) or k in TITLES:
            continue  # "Interior" of "Interior Minister ..."; lower-case noise
        if dateline(ent):
            continue  # "NIAMEY, 9 June —": a dateline, not an actor
        acts = _acts(ent.root)
        label = ent.label_
        if (hit := _known(surface, data)) is not None:
            name, kind = hit
            out.append(_Mention(surface, kind, acts, key(name)))
            covered.update(range(ent.start, ent.end))
            if kind in ("armed_group", "government"):
                bodies.update(range(ent.start, ent.end))
            continue
        if " " not in surface and not surface.isupper() and surface.lower() in text.facts.lower:
            continue  # "Telecoms", "Militants" starting a sentence: a word, not a name
        if (", " in surface and not _PORTFOLIOS.match(surface)) or ":" in surface:
            continue  # "Nottinghamshire, Derbyshire, Leicestershire": a list; "Fugitive: The"
        if label == "PERSON" and any(c.isdigit() for c in surface):
            continue  # "H982 FKL": a number plate or code, not a person
        person = label == "PERSON" and k in text.facts.name_words
        if not person and (
            is_mislabelled_place(label, surface, g, text.facts.countries, text.facts.brands)
            or _names_a_place(surface, g)
            or (
                (named_as_scene(ent) or k in text.facts.scenes)  # "Residents of al-Bukamal"
                and k not in text.facts.people  # "a swipe at Myleene Klass": still a person
            )
        ):
            label = "GPE"
        mention = None
        if label != "PERSON" and len(k.split()) > 1 and k.split()[0] in _HONORIFICS:
            label = "PERSON"  # "Mr Brown" tagged as an organisation is a person
        elif label in ("ORG", "GPE", "NORP") and " " in surface and age_follows(doc, ent.end):
            label = "PERSON"  # "Jamal Reed, 34, was charged" tagged as an organisation
        elif label != "ORG" and (
            (ent.start > 0 and doc[ent.start - 1].lower_ in BUSINESSES)
            or in_business(ent.root)  # "The Climate Observatory, a network of NGOs,"
            or (label != "PERSON" and k in text.facts.businesses)
        ):
            label = "ORG"  # "retailer Argos", "Ozcare, an insurer": a company by what it does
        if ent.end < len(doc) and doc[ent.end].lower_ == "party" and label != "PERSON":
            # "the ruling Syriza party": a party, whatever NER took the name for.
            mention = _Mention(surface, "organisation", _acts(doc[ent.end]))
        elif label == "PERSON":
            mention = _Mention(surface, "person", acts, titled=_with_titles(doc, ent))
        elif label == "ORG":
            mention = _Mention(
                surface,
                _org_kind(surface),
                acts,
                described=_described(doc, ent),
                cited=_cited(ent.root),
            )
        elif label == "NORP" and (ent.root.tag_ in ("NNPS", "NNS") or acts):
            if ent.root.dep_ == "appos" and ent.root.head.ent_type_ == "PERSON":
                continue  # "Matt Gaetz, a Florida Republican,": what the person is
            mention = _Mention(surface, "nationality_group", acts)
        elif label == "GPE" and (
            state_acts(ent.root, data.agentive) or addressed_capital(ent, k, g)
        ):
            code = g.country_code(k) or g.capitals.get(k)
            if code:  # a country or its capital that acts, or is addressed: "accused Washington"
                mention = _Mention(surface, "state", acts, key(g.country_names[code]))
        if mention:
            out.append(mention)
            covered.update(range(ent.start, ent.end))
            if mention.kind == "state":
                states.update(range(ent.start, ent.end))
            elif mention.kind == "armed_group":
                bodies.update(range(ent.start, ent.end))
    for start, end, name, kind in known:
        if not covered.intersection(range(start, end)):
            span = doc[start:end]
            out.append(_Mention(clean(span.text), kind, _acts(span.root), key(name)))
            covered.update(range(start, end))
            if kind in ("armed_group", "government"):
                bodies.update(range(start, end))
    for chunk in doc.noun_chunks:
        head = chunk.root
        if head.i in covered:
            continue
        described_person = _aged_person(chunk)
        if described_person:
            out.append(_Mention(described_person, "person", _acts(head)))
            covered.update(range(chunk.start, chunk.end))
            continue
        group = _group(chunk, data, text.roles)
        if not group:
            continue
        surface, kind, counted = group
        if kind in ("armed_group", "government") and bodies.intersection(
            range(chunk.start, head.i)
        ):
            continue  # "Islamic State fighters", "Metropolitan Police officers": counted above
        if kind == "government" and any(c.dep_ == "poss" and c.i in states for c in head.children):
            continue  # "Russia's ministry of defence warned": Russia acting, counted above
        qualified = " " in surface
        if not qualified and head.dep_ == "nsubj" and head.head.lower_ in SAYING:
            acts = False  # "officials said": where a report comes from, not an actor acting
        else:
            acts = _acts(head)
        out.append(_Mention(surface, kind, acts, titled=counted))
    return out


def _described(doc: Any, ent: Any) -> str | None:
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


def _acts(token: Any) -> bool:
    """The word names who does something: a subject or possessor, the agent of a passive
    ("brought by local supporters"), or the antecedent of "who" ("savers who lost out").
    An apposition shares its head's role: "… disaster agency (INGD) said"."""
    if token.dep_ == "appos" and token.head is not token:
        token = token.head
    if token.dep_ == "conj" and token.tag_.startswith("NN"):
        token = first_conjunct(token)  # "Zaw Lin and Win Zaw Htun are alleged": both
    if token.dep_ in _SUBJECT:
        return True
    if _speaks_through(token):
        return True
    if token.dep_ == "pobj" and token.head.dep_ == "agent":
        return True
    if token.dep_ == "pobj" and token.head.lower_ in ("of", "for", "from", "at", "to"):
        # "Ngozi Phiri of the Red Cross said", "the web team of the campaign started",
        # "sources close to the party said": a body acts through its members
        member = token.head.head
        if member.dep_ == "amod":
            member = member.head
        if member.dep_ == "appos" and member.lower_ not in _PORTFOLIO_HOLDERS:
            member = member.head  # "Kalpona Akter, president of the federation, said"
            # (not "…, Minister for National Development Planning": a portfolio)
        if member.dep_ == "nsubj" and member.head.lower_ not in STATIVE:
            return True
    return any(
        child.dep_ == "relcl"
        and any(g.dep_ == "nsubj" and g.lower_ in ("who", "that") for g in child.children)
        for child in token.children
    )


def _cited(token: Any) -> bool:
    """The organisation is named as a source of the story, not as an actor in it: "told the
    Mail", "according to Reuters", "seen by the Mail on Sunday", "Reuters reported", "in
    an interview with Sky News", "speaking to the BBC"."""
    if token.dep_ == "appos" and token.head is not token:
        token = token.head
    head = token.head
    if token.dep_ in ("dobj", "dative") and head.lower_ in ("told", "tell", "tells", "telling"):
        return True
    if token.dep_ == "nsubj" and head.lower_ in ("reported", "reports", "reporting", "quoted"):
        return True
    if token.dep_ != "pobj":
        return False
    above = head.head.lower_
    return (
        (head.lower_ == "to" and above in ("according", "speaking", "spoke", "told", "said"))
        or (head.lower_ == "by" and above in ("quoted", "reported", "cited", "obtained", "seen"))
        or (head.lower_ == "with" and above in ("interview", "interviews"))
    )


def _named_with_s(ent: Any) -> bool:
    """The "'s" ending the organisation's name is part of it, not a possessive: nothing it
    could own follows ("Moody's warned", "at McDonald's.")."""
    doc = ent.doc
    if len(ent) < 2 or ent[-1].lower_ not in ("'s", "\u2019s"):
        return False
    after = doc[ent.end] if ent.end < len(doc) else None
    return after is None or after.is_punct or after.tag_.startswith(("VB", "MD", "RB", "IN"))


def _speaks_through(token: Any) -> bool:
    """A body that acts through a member named by a role: "PCS Union spokesman Jeff Evans
    said", "a Pentagon official said", "UN chief Antonio Guterres warned"."""
    if token.ent_type_ == "NORP":
        return False  # "Scottish First Minister Nicola Sturgeon said": a nationality qualifies
    body = token
    for _ in range(3):
        if token.dep_ not in ("compound", "nmod") or token.head is token:
            break
        token = token.head
    between = token.doc[body.i + 1 : token.i + 1]
    return (
        any(t.lower_.rstrip(".") in TITLES or t.lower_ in _MEMBERS for t in between)
        and token.dep_ in ("nsubj", "nsubjpass")
        and token.head.lower_ not in STATIVE
        and token.tag_.startswith("NN")
    )


def _trimmed(ent: Any, name_words: Collection[str]) -> Any:
    """The entity without the stray words NER often takes in with a name."""
    while len(ent) > 1 and (ent[-1].tag_.startswith("VB") or ent[-1].tag_ == "RB"):
        ent = ent[:-1]  # "Spiegel Online quoted", "Villarreal Elsewhere"
    while len(ent) > 1 and (ent[0].tag_ == "IN" or ent[0].lower_ in _PREPOSITIONS):
        ent = ent[1:]  # "Near Fort Carson"
    for i, token in enumerate(ent[:-1]):
        if token.tag_ == "POS" and i > 0 and key(ent[:i].text) in name_words:
            return ent[:i]  # "Clarkson's Porsche" is Clarkson's; "People's" stays in a name
    return ent


def _entities(doc: Any, lower: Collection[str] = ()) -> list[Any]:
    """NER spans, joined where NER cut one name in two: adjacent nationality and religion
    spans ("Ethiopian Christians"), adjacent parts of a person's name ("Susilo Bambang" +
    "Yudhoyono"), a one-word organisation joined by "and" to the name it qualifies ("Public"
    and "Commercial Services Union"), a ministry's list of portfolios ("Department for
    Levelling Up," + "Housing and Communities"); and a person's name widened to the untagged
    name words before it ("Zaw" + "Lin"). ``lower``: words the text writes in lower case."""
    out: list[Any] = []
    for ent in doc.ents:
        if out and ent.start < out[-1].end:
            continue  # taken into the name before it ("Leyen" of "Ursula von der Leyen")
        if ent.label_ == "PERSON":
            ent = _widened(doc, ent, lower)
        last = out[-1] if out else None
        if last is not None and last.label_ == ent.label_ and _one_name(doc, last, ent):
            label = ent.label_
            out[-1] = doc[last.start : ent.end]
            out[-1].label_ = label
        else:
            out.append(ent)
    return [part for ent in out for part in split_at_rank(doc, ent)]


def _one_name(doc: Any, first: Any, second: Any) -> bool:
    """Two NER spans of one label that are one name (see _entities)."""
    if first.label_ in ("NORP", "PERSON") and first.end == second.start:
        return first.label_ == "NORP" or doc[first.end - 1].tag_ == "NNP"
    if first.label_ == "ORG" and first.end == second.start and doc[first.end - 1].lower_ == "and":
        return True  # "the Bangladesh Garment and" + "Industrial Workers Federation"
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
    return (
        first.label_ == "ORG"
        and len(first) == 1
        and second.start == first.end + 1
        and doc[first.end].lower_ == "and"
        and len(second) >= 2
        and first.root.dep_ in ("nmod", "compound", "amod")
        and second.start <= first.root.head.i < second.end
    )


def _widened(doc: Any, ent: Any, lower: Collection[str] = ()) -> Any:
    """A person's name with the untagged name words NER left before it: unfamiliar names are
    often cut ("… said Zaw Lin" tagged as "Lin"). A capital opening a sentence joins only a
    one-word name or one an age follows ("Abdelrahim Osman Idris, 52,"), as part of its
    phrase, when the text never writes it in lower case and it is not shaped like a role
    ("Presenter Richard Hammond")."""
    start, end = ent.start, ent.end
    while start > max(0, ent.start - 2) and is_name_word(doc[start - 1]):
        word = doc[start - 1]
        opening = not any(not t.is_punct for t in doc[: start - 1])
        if opening and (
            (len(ent) > 1 and not age_follows(doc, ent.end))
            or _AGENT_NOUN.search(word.lower_)
            or word.lower_ in lower
            or word.dep_ != "compound"
            or not ent.start <= word.head.i < ent.end
            or word.lower_ in person_nouns()
        ):
            break
        start -= 1
    if end < len(doc) and is_name_word(doc[end]) and doc[end].dep_ in ("compound", "poss"):
        end += 1  # "Susilo Bambang" + "Yudhoyono's"
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


def _aged_person(chunk: Any) -> str | None:
    """A person the text names only by age and role: "a 20-year-old British tourist"."""
    head = chunk.root
    if head.lower_ not in person_nouns() or head.dep_ == "appos" or not aged(head):
        return None
    start = chunk.start
    while start < head.i and chunk.doc[start].dep_ in ("det", "poss", "predet"):
        start += 1
    surface = clean(chunk.doc[start : head.i + 1].text)
    return surface or None


def _known_spans(doc: Any, data: _Data) -> list[tuple[int, int, str, str]]:
    """Well-known names NER missed ("IS", "Hamas"), as written: acronyms must match case."""
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
            hit = _known(span.text, data)
            if (
                hit
                and (span.text in data.exact or not span.text.isupper())
                and (i > 0 or span.text.isupper() or size > 1)
            ):
                found.append((i, i + size, hit[0], hit[1]))
                i += size - 1
                break
        i += 1
    return found


def _with_titles(doc: Any, ent: Any) -> str:
    """A person's name with the titles written around it: "Chancellor Gordon Brown", "Mr Blair"."""
    start = ent.start
    while start > 0 and start > ent.start - 5:
        token = doc[start - 1]
        if token.lower_.rstrip(".") in TITLES or (token.is_title and token.tag_ == "NNP"):
            start -= 1
        else:
            break
    while start < ent.start and doc[start].lower_.rstrip(".") not in TITLES:
        start += 1  # keep the run only if it starts with a title word
    while start < ent.start - 1 and doc[start].is_lower and doc[start + 1].text[:1].isupper():
        start += 1  # "law lord Lord Bingham": the written title is "Lord Bingham"
    end = ent.end
    if end < len(doc) and doc[end].text in _TRAILING_TITLES:
        end += 1
    return clean(doc[start:end].text)


def _acronym_definitions(text: str) -> list[tuple[str, str]]:
    """Names defined with an acronym in brackets: "Islamic State in the Greater Sahara (ISGS)"."""
    out = []
    for match in _ACRONYM.finditer(text):
        words = clean(match.group(1)).split()
        letters = match.group(2).replace("&", "")
        # Keep only the trailing words that could spell the acronym (drop "Militants linked to").
        while len(words) > 2 and words[0][0].upper() != letters[0].upper():
            words = words[1:]
        if len(words) >= 2 and words[0][:1].isupper():
            out.append((" ".join(words), match.group(2)))
    return out


def _org_kind(surface: str) -> str:
    if _ARMED.search(surface):
        return "armed_group"
    if _GOVERNMENT.search(surface):
        return "government"
    return "organisation"


def _named_roles(parsed: Sequence[Parsed]) -> frozenset[str]:
    """Role nouns the text puts beside a person's name ("The suspect, Michael Webb,"; "Jane
    Doe, the judge"; "the victim, identified as Ann Lee,"): alone, such a noun is that person
    again, not another actor."""
    out = set()
    for p in parsed:
        for token in p.doc:
            if token.dep_ == "pobj" and token.ent_type_ == "PERSON" and token.head.lower_ == "as":
                named = token.head.head  # "The suspect, identified as Dustin Carver,"
                if named.lower_ in ("identified", "named") and named.head.tag_ == "NN":
                    out.add(named.head.lower_)
            if token.dep_ != "appos":
                continue
            a, b = token, token.head
            for role, name in ((a, b), (b, a)):
                if name.ent_type_ == "PERSON" and role.tag_ == "NN" and role.ent_type_ == "":
                    out.add(role.lower_)
    return frozenset(out)


def _group(
    chunk: Any, data: _Data, roles: Collection[str] = ()
) -> tuple[str, str, str | None] | None:
    """A descriptive group: "pro-regime forces", "federal prosecutors", "the police".

    Returns its name, kind, and a fuller form as written when there is one — with its count
    ("Three Labour councillors"), its owner ("Vietnam's coast guard") or its place ("federal
    prosecutors in Texas"), kept as an alias — else None."""
    head = chunk.root
    kind = data.group_heads.get(head.lower_)
    if kind is None and head.tag_ == "NNPS" and head.lower_[:-1] in data.demonyms:
        kind = "nationality_group"  # "41 Britons", "Americans" that NER left untagged
    if kind is None or head.tag_ not in ("NN", "NNS", "NNP", "NNPS"):
        return None
    start = chunk.start
    for token in chunk:
        if token.i < head.i and re.fullmatch(r"(.*['\u2019])?of", token.lower_):
            start = token.i + 1  # "the number of foreign fighters": the group follows "of"
        if (
            token.i < head.i
            and token.text in ("\u2014", "\u2013", "-", "--")
            and token.whitespace_
            and token.i > 0
            and token.doc[token.i - 1].whitespace_
        ):
            start = token.i + 1  # "MOGADISHU — Ethiopian soldiers": a dateline before it
    if head.tag_ in ("NNS", "NNPS") and any(
        t.lower_ in ("a", "an") and t.dep_ == "det" and t.head.i == head.i
        for t in chunk
        if t.i < head.i
    ):
        start = head.i  # "a scheme prosecutors called …": a misparse; the group is its head
    qualified = False
    for token in chunk:
        if token.i < start:
            continue
        if token.i >= head.i:
            break
        leading = token.i == start
        if leading and (
            token.dep_ in ("det", "poss", "predet", "nummod", "quantmod", "advmod")
            or token.tag_ in ("RB", "PDT", "DT")
            or token.lower_ in _QUANTITIES
            or (((token.is_stop and token.is_lower) or token.is_punct) and token.whitespace_)
        ):
            start = token.i + 1  # "the", "its", "three": not part of the group's name
            continue
        if (
            token.ent_type_ in ("NORP", "GPE", "ORG")
            or _GROUP_MODIFIER.search(token.text)
            or token.dep_ in ("amod", "compound")
        ):
            qualified = True
    doc = chunk.doc
    if head.lower_ in data.named_heads and not any(
        t.pos_ == "PROPN" or t.ent_type_ in ("NORP", "GPE") for t in doc[start : head.i]
    ):
        return None  # "the Bush-Cheney campaign", "the French team", not "a deadly campaign"
    if head.lower_ in data.qualified_heads and not any(
        t.pos_ == "PROPN"
        or t.ent_type_ in ("NORP", "GPE", "ORG", "PERSON")
        or _GROUP_MODIFIER.search(t.text)
        for t in doc[start : head.i]
    ):
        return None  # "the Syrian regime", "pro-Assad regime", not "a maintenance regime"
    while (
        start == chunk.start
        and start >= 2
        and doc[start - 1].text == "-"
        and not doc[start - 1].whitespace_
        and not doc[start - 2].whitespace_
        and doc[start - 2].is_alpha
    ):
        start -= 2  # "neo-Nazis", which the tokenizer cut into "neo", "-", "Nazis"
    surface = clean(_QUOTES.sub("", doc[start : head.i + 1].text))
    if not surface or surface[:1].isdigit():
        return None
    if (
        kind == "nationality_group"
        and head.lower_ in data.group_heads
        and not any(t.ent_type_ in ("NORP", "GPE") for t in doc[start : head.i + 1])
    ):
        kind = "other"  # "Syrian refugees" are named by nationality; "dock workers" are not
    if kind == "armed_group" and any(t.lower_ in _EMERGENCY for t in doc[start : head.i]):
        kind = "government"  # "the fire brigade", "rescue forces": emergency services
    if (
        kind == "armed_group"
        and head.lower_ in _NATIONAL_FORCES
        and (
            any(
                t.ent_type_ in ("NORP", "GPE") and doc[t.i + 1].text != "-"  # not "US-backed"
                for t in doc[start : head.i]
            )
            or (start == head.i and head.lower_ in ("army", "navy", "military"))
        )
    ):
        kind = "government"  # "British troops", "US forces", "the army": a state's forces
    # A bare head ("police") counts when it acts or recurs (see find_actors); a qualified one
    # ("Iraqi militias") always.
    # the group with its count, as written: "three Labour councillors", "the other two
    # contractors" -> "two contractors"
    number = next((t for t in doc[chunk.start : start] if t.like_num or t.lower_ in _COUNTS), None)
    counted = clean(doc[number.i : head.i + 1].text) if number is not None else None
    if not qualified and head.tag_ == "NN" and head.lower_ in roles:
        return None  # "the suspect" after "The suspect, Michael Webb,": Webb again
    if (
        counted is None
        and start > chunk.start + 1
        and doc[start - 1].tag_ == "POS"
        and doc[start - 2].ent_type_ in ("GPE", "NORP", "ORG", "PERSON")
    ):
        counted = clean(doc[chunk.start : head.i + 1].text)  # "Vietnam's coast guard"
    where = next(
        (
            p
            for p in head.children
            if p.dep_ == "prep"
            and p.lower_ in ("in", "from")
            and any(o.dep_ == "pobj" and o.ent_type_ == "GPE" for o in p.children)
        ),
        None,
    )
    if counted is None and where is not None and where.i == head.i + 1:
        # "federal prosecutors in Texas", "protesters in Skopje": the group as written
        counted = clean(doc[start : where.right_edge.i + 1].text)
    if qualified or _acts(head) or head.tag_ in ("NNS", "NNPS"):
        return surface, kind, counted
    return None


def _names_a_place(surface: str, g: Gazetteer) -> bool:
    """An organisation or person name that is a place: "Birch Road", "Northeast Washington"."""
    if _NOT_ACTOR.search(surface) and not ORG_TAIL.search(surface):
        return True  # "Birch Road", "the Patriot Act"; not "Oklahoma Highway Patrol"
    compass = _COMPASS.match(surface)
    return bool(compass and g.is_place(key(compass.group(2))))


def _states_into_governments(
    items: dict[str, Mentions], g: Gazetteer, nationalities: Counter[str] | None = None
) -> None:
    """A country that acts is its government: "Greece" and "the government" are one actor.

    A government named by its nationality ("British Government") joins that state ("UK");
    a bare one ("the government", "the Left-wing government") or a leader's ("Bashar
    al-Assad's government") joins the article's main state, when one state clearly leads
    (its mentions plus its nationality's: "Syrian troops" count for Syria).
    """
    nationalities = nationalities or Counter()
    code_of = {k: g.country_code(k) for k, m in items.items() if m.kind == "state"}
    weight = {k: items[k].count + nationalities[code] for k, code in code_of.items() if code}
    states = sorted(weight, key=lambda k: -weight[k])
    if not states:
        return
    main = states[0] if len(states) == 1 or weight[states[0]] > weight[states[1]] else None
    demonyms = _data().demonyms
    people = {k for k, m in items.items() if m.kind == "person"}
    for k in [k for k, m in items.items() if m.kind == "government"]:
        words = k.split()
        qualifier = " ".join(words[:-1])
        if words[-1] not in _STATE_BODIES:
            continue
        target = main
        leader = any(
            person_key(f.split("'")[0]) in people for f in items[k].forms if "'s " in f
        )  # "Bashar al-Assad's government"
        if qualifier not in _UNNAMED_GOVERNMENT and not leader:
            code = demonyms.get(qualifier) or g.country_code(qualifier)
            target = next((s for s in states if code_of[s] == code), None)
        if target is None or target not in items or k not in items:
            continue
        keep, drop = (target, k) if items[target].count >= items[k].count else (k, target)
        items[keep].absorb(items.pop(drop))


SALIENCE_FEATURES = (
    "mentions",  # sentences-count of mentions
    "acts",  # sentences where it is the one acting (subject, agent)
    "early",  # 1 / (1 + index of its first sentence)
    "person",  # kind, when written as a name
    "organisation",
    "armed_group",
    "government",
    "other_named",  # another kind, written as a name
    "unnamed",  # never written with a capital ("officials", "residents")
    "in_key",  # key points naming it (at most 2)
    "cited",  # only ever named as a source the story cites ("told the Mail")
)


def salience_features(
    m: Mentions, key_sentences: Collection[tuple[str, int]] = ()
) -> tuple[float, ...]:
    """What makes an actor salient, as numbers in SALIENCE_FEATURES order."""
    named = any(form[:1].isupper() for form in m.forms)
    kinds = ("person", "organisation", "armed_group", "government")
    in_key = sum(1 for s in m.sentences if (s.source, s.index) in key_sentences)
    return (
        float(m.count),
        float(len(m.strong)),
        1.0 / (1 + m.first[1]),
        *(float(named and m.kind == kind) for kind in kinds),
        float(named and m.kind not in kinds),
        float(not named),
        float(min(in_key, 2)),
        float(m.cited >= m.count > 0),
    )


@lru_cache(maxsize=1)
def salience_weights() -> tuple[float, ...]:
    """The weights of SALIENCE_FEATURES, from data/salience.json."""
    data = load("salience.json")
    if tuple(data["features"]) != SALIENCE_FEATURES:
        raise ValueError("data/salience.json does not match SALIENCE_FEATURES — refit it")
    return tuple(float(w) for w in data["weights"])


# Last words a body's full name adds to its short one: "… Police Department".
_BODY_TAILS = frozenset("department service force agency office".split())  # noqa: SIM905


def _nation(words: Sequence[str]) -> str | None:
    """The country code of words naming a country or its people ("u s", "british")."""
    text = " ".join(words)
    return gazetteer().country_code(text) or _data().demonyms.get(text)


def _national_forces(k: str) -> str | None:
    """The country whose forces a name is, when it is only that: "british troops", "u s
    forces" -> "GB", "US"; None for anything else ("rebel forces", "British troops in Iraq"
    is still GB's)."""
    words = k.split()
    if len(words) < 2 or words[-1] not in _NATIONAL_FORCES:
        return None
    return _nation(words[:-1])


def _merge(items: dict[str, Mentions]) -> dict[str, Mentions]:
    """Merge short forms into full ones: surnames into people, acronyms into names."""
    keys = sorted(items, key=lambda k: (-len(k.split()), k))
    merged: dict[str, Mentions] = {}
    for k in keys:
        item = items[k]
        target = next((full for fk, full in merged.items() if _same(k, item, fk, full)), None)
        if target is None and " " not in k and _a_given_name(item):
            # "Hannah" is Hannah Witheridge when she is the only Hannah named in full; "Lula"
            # is Luiz Inacio Lula da Silva when no other full name has that word; "Amira",
            # whom NER took for an organisation, is Amira Abase
            namesakes = [
                full
                for fk, full in merged.items()
                if full.kind == "person"
                and len(fk.split()) > 1
                and (k in fk.split() if item.kind == "person" else k == fk.split()[0])
            ]
            target = namesakes[0] if len(namesakes) == 1 else None
        if target is None:
            merged[k] = item
        else:
            target.absorb(item)
    for item in merged.values():
        if item.kind == "organisation" and any(
            t.split()[0].lower().rstrip(".") in _HONORIFICS for t in item.titled
        ):
            item.kind = "person"  # a name read as an organisation but titled "Mr", "Dr" …
    return merged


def _a_given_name(item: Mentions) -> bool:
    """A one-word name that may be a person's: read as a person, or as an organisation but
    written as a name (capital initial, not an acronym) and never acting as a body."""
    if item.kind == "person":
        return True
    return item.kind == "organisation" and all(
        f[:1].isupper() and not f.isupper() and " " not in f for f in item.forms
    )


def _same(short_key: str, short: Mentions, full_key: str, full: Mentions) -> bool:
    short_words, full_words = short_key.split(), full_key.split()
    if (
        len(short_words) >= 2
        and len(full_words) > len(short_words)
        and full_words[-len(short_words) :] == short_words
        and short.kind == full.kind
        and (
            all(f.split()[0][:1].islower() for f in full.forms if len(f.split()) > len(short_words))
            or full_words[-len(short_words) - 1] == "and"
        )
    ):
        # "Election Court" is the "special Election Court"; "Border Protection" is "Customs
        # and Border Protection" (NER often keeps only the last part of such a name)
        return True
    if len(short_words) == 1 and short_key in _data().group_heads and full_words[-1] == short_key:
        return True  # "fighters" into "foreign fighters"
    if short.kind == "person" and full.kind == "person":
        if len(short_words) == 1 and len(full_words) > 1 and short_words[0] == full_words[0]:
            # "Sir Ian" is Sir Ian Blair: a first name only with Sir, Dame or Lord before it.
            honours = ("sir", "dame", "lord", "lady")
            return any(t.split()[0].lower() in honours for t in short.titled)
        # "Blair" into "Tony Blair"; keys split "al-Assad" so "Assad" joins "Bashar al-Assad".
        return len(short_words) < len(full_words) and full_words[-len(short_words) :] == short_words
    if len(short_words) == 1 and full.kind == "person" and full_words[-1] == short_key:
        return True  # "Sukul" (tagged as an organisation) is Ravi Sukul
    if (
        len(short_words) == 1
        and short.kind == full.kind == "organisation"
        and full_words[0] == short_key
        and any(f[:1].isupper() for f in short.forms)
    ):
        return True  # "Asahi" is Asahi Breweries
    if (
        short.kind == full.kind == "organisation"
        and len(short_words) >= 2
        and full_words[: len(short_words)] == short_words
        and all(w in _COMPANY_ENDINGS for w in full_words[len(short_words) :])
    ):
        return True  # "Meridian Trust" is Meridian Trust Bank
    side = _national_forces(short_key)
    if side is not None and side == _national_forces(full_key):
        return True  # "UK troops" are the "British troops", "U.S. forces" the "American troops"
    bodies = ("government", "organisation")
    if short.kind in bodies and full.kind in bodies and len(short_words) >= 2:
        extra = len(full_words) - len(short_words)
        if (
            extra > 0
            and full_words[extra:] == short_words
            and _nation(full_words[:extra]) is not None
        ):
            return True  # "Environmental Protection Agency" is the "U.S. Environmental …"
        if extra == 1 and full_words[:-1] == short_words and full_words[-1] in _BODY_TAILS:
            return True  # "Montgomery County police" is the "… Police Department"
    acronym = short_key.replace(" ", "")
    if len(short_words) == 1 and 2 <= len(acronym) <= 6:
        return any(
            initials(form).lower() == acronym and len(form.split()) >= 2 for form in full.forms
        )
    return False
