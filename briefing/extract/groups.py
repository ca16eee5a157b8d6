"""Descriptive groups and people described, found in noun chunks: "pro-regime forces",
"federal prosecutors", "the police", "a 34-year-old man"."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterable
from typing import Any

from .lexicon import NATIONAL_FORCES, Lexicon
from .names import aged, clean, person_nouns
from .roles import acting, won_at_the_polls
from .scenes import singular

_GROUP_MODIFIER = re.compile(r"^(pro|anti)-|-(backed|led|allied|aligned|linked)$", re.IGNORECASE)
_COUNTS = {"dozen", "dozens", "several", "hundreds", "thousands", "scores"}  # kept as an alias
# Heads of those who lead a group, of its kind ("gang leaders", "union bosses"); a state's
# services' leaders stay as their own head word types them.
_LEADING = frozenset(["leaders", "bosses", "chiefs", "commanders"])
_STATE_SERVICES = frozenset(["army", "military", "navy", "police"])
# Kinds of leader outside the state: those of a community, a faith, a trade.
_CIVIC = frozenset(
    "community religious church faith tribal traditional clan village business civic".split()  # noqa: SIM905
)
_QUANTITIES = {
    "dozen", "dozens", "several", "many", "some", "hundreds", "thousands", "few", "all", "both",
    "most", "every", "each", "much", "nearly", "almost", "about", "around", "other", "more",
    "additional", "further", "extra", "remaining",
}  # fmt: skip
# Words that make a group of some kind an armed one: "terror groups", "militant groups".
_VIOLENT = frozenset("terror terrorist militant jihadist extremist rebel guerrilla".split())  # noqa: SIM905
# Words that make a force the state's own: "government troops", "regime forces", "security
# forces" (a state body, as the annotation guide files a state's forces).
_STATE_WORDS = frozenset(["government", "regime", "state", "security", "federal", "national"])
_EMERGENCY = frozenset(["fire", "rescue", "ambulance", "coastguard", "emergency"])
_QUOTES = re.compile(r"[\"\u201c\u201d]")  # 'for "non-existent" workers': quoted words


def aged_person(chunk: Any) -> str | None:
    """A person the text names only by age and role: "a 20-year-old British tourist"."""
    head = chunk.root
    if head.lower_ not in person_nouns() or head.dep_ == "appos" or not aged(head):
        return None
    start = chunk.start
    while start < head.i and (
        chunk.doc[start].dep_ in ("det", "poss", "predet")
        or (chunk.doc[start].lower_ == "one" and chunk.doc[start].dep_ == "nummod")
    ):
        start += 1  # "One 81-year-old man died": the man, not his count
    surface = clean(chunk.doc[start : head.i + 1].text)
    return surface or None


# Plural nouns shaped like people: an agent's ending ("motorists", "cleaners", "residents",
# "employees") or the plurals of man, woman, child, boy and girl.
_PEOPLE_SHAPED = re.compile(
    r"^(?:\w+(?:er|or|ist|ian|ant|ent|ee)s|(?:wo)?men|children|boys|girls)$"
)
# Things whose plurals end as agents' do, which a story makes subjects: "rivers burst their
# banks", "incidents happened", "the documents show".
_THINGS_SHAPED_AS_PEOPLE = frozenset(
    """river water border tower computer number letter paper center centre order shelter
    container disaster matter quarter layer document event incident accident statement
    treatment payment agreement settlement development restaurant plant variant element
    instrument comment amendment judgment investment department tanker server filter
    barrier chapter corner""".split()  # noqa: SIM905
)


def acting_plurals(docs: Iterable[Any]) -> frozenset[str]:
    """Plural nouns shaped like people that the text makes the subject of a verb, or the agent
    of a passive one, in two sentences or more ("Motorists face …", "… motorists think",
    "taken down by censors"): groups the story follows, though no word list names them. Not
    in a name ("Teamsters")."""
    seen: Counter[str] = Counter()
    for doc in docs:
        seen.update(
            {
                t.lower_
                for t in doc
                if t.tag_ == "NNS"
                and (
                    (t.dep_ == "nsubj" and t.head.pos_ == "VERB")
                    or (t.dep_ == "pobj" and t.head.dep_ == "agent")  # "taken down by censors"
                )
                and not t.ent_type_
                and _PEOPLE_SHAPED.match(t.lower_)
                and singular(t.lower_) not in _THINGS_SHAPED_AS_PEOPLE
            }
        )
    return frozenset(w for w, n in seen.items() if n >= 2)


# Bodies a state has one of: "the Russian and Syrian defence ministries" are two ministries.
_ONE_EACH = frozenset(
    "ministry government administration cabinet regime parliament army navy military".split()  # noqa: SIM905
)
_SINGULAR = {(w[:-1] + "ies" if w.endswith("y") else w + "s"): w for w in _ONE_EACH}


def _nations(chunk: Any) -> list[Any]:
    """The nations sharing the chunk's noun ("Russian", "Syrian" in "the Russian and Syrian
    defense ministries"), or [] when no list of nations qualifies it."""
    head, doc = chunk.root, chunk.doc
    for t in chunk:
        if t.i >= head.i or t.ent_type_ not in ("NORP", "GPE"):
            continue
        if t.head.i != head.i and not (t.head.dep_ == "compound" and t.head.head.i == head.i):
            continue  # the nations qualify the noun, or its compound ("the Russian and
            # Syrian defense ministries", the parse hanging them on "defense")
        joined = [c for c in t.conjuncts if chunk.start <= c.i < head.i]
        if joined and all(c.ent_type_ in ("NORP", "GPE") for c in joined):
            nations = sorted([t, *joined], key=lambda n: n.i)
            between = doc[nations[-1].i + 1 : head.i]
            if any(b.ent_type_ in ("NORP", "GPE") or b.is_punct for b in between):
                continue
            while (  # "The French, German and Italian governments": the parser hangs the
                nations[0].i - 2 >= chunk.start  # first of a comma list on the noun alone
                and doc[nations[0].i - 1].text == ","
                and doc[nations[0].i - 2].ent_type_ in ("NORP", "GPE")
            ):
                nations.insert(0, doc[nations[0].i - 2])
            return nations
    return []


def distributed(chunk: Any, surface: str) -> list[str]:
    """One group per nation when nations share the group's noun: "the Russian and Syrian
    defense ministries" are the Russian defense ministry and the Syrian defense ministry;
    "British and American troops" are British troops and American troops. Any other group
    is itself alone."""
    nations = _nations(chunk)
    if not nations:
        return [surface]
    head = chunk.root
    words = [t.text for t in chunk.doc[nations[-1].i + 1 : head.i]]
    noun = _SINGULAR.get(head.lower_, head.text)
    return [clean(" ".join([n.text, *words, noun])) for n in nations]


QUOTE_MARKS = frozenset("'\"\u2018\u2019\u201c\u201d")


def _of_an_organisation(head: Any) -> bool:
    """The group's noun is followed by "of" or "from" and a named organisation: "fighters of
    the NLF", "troops of the African Union mission", "Fighters from the CODECO militia"."""
    return any(
        prep.dep_ == "prep"
        and prep.lower_ in ("of", "from")
        and prep.i == head.i + 1
        and any(o.dep_ == "pobj" and o.ent_type_ == "ORG" for o in prep.children)
        for prep in head.children
    )


def _members_own(token: Any) -> bool:
    """A plural of people owning the group, which names it: "the miners' union", "the
    nurses' union" (not "the company's workers")."""
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return (
        token.dep_ == "poss"
        and token.tag_ == "NNS"
        and after is not None
        and after.text in ("'", "’")
        and token.head.lower_ in ("union", "unions", "association", "federation")
    )


def _an_infinitive(token: Any) -> bool:
    """A word the parser gives an infinitive's "to" ("their ability to court voters"): a verb
    taken for a noun, whatever its tag."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    return (
        before is not None
        and before.lower_ == "to"
        and before.dep_ == "aux"
        and before.head.i == token.i
    )


def _past_a_strayed_object(doc: Any, start: int, head: Any) -> int:
    """Past a name the parse took into the group that is the object of the preposition
    before it, which the parse left with none: "while in Lyon farmers sprayed slurry" (the
    farmers, in Lyon; not "Lyon farmers")."""
    if start == 0 or start >= head.i:
        return start
    prep, first = doc[start - 1], doc[start]
    if (
        prep.dep_ != "prep"
        or any(c.dep_ == "pobj" for c in prep.children)
        or first.ent_type_ not in ("GPE", "LOC", "ORG", "FAC")
        or first.ent_iob_ != "B"
    ):
        return start
    end = start + 1
    while end < head.i and doc[end].ent_iob_ == "I":
        end += 1
    return end


# Adjectives that pick one of a kind rather than describe a group: "the wrong department".
_WHICH_ONE = frozenset("wrong right same relevant appropriate respective".split())  # noqa: SIM905


def _a_bare_count_noun(head: Any, data: Lexicon) -> bool:
    """A group word that counts (its plural is one too: "gang", "militia") written in the
    singular with nothing before it to say which one ("Gang fights inside a prison killed
    31", the parse taking "fights" for a verb): a noun used as a modifier, no group; "Police
    said", "Parliament voted" (no plural) and "the gang" stay."""
    return (
        head.tag_ == "NN"
        and f"{head.lower_}s" in data.group_heads
        and not any(c.i < head.i for c in head.children)
        and not (head.i > 0 and head.doc[head.i - 1].dep_ == "compound")
    )


# What a chamber is the house of: "the lower house of parliament".
_LEGISLATURES = frozenset(["parliament", "congress", "legislature", "assembly"])


# Words that make a coalition a political one: its wing, or what it does in a parliament.
_POLITICAL = frozenset(
    """wing right-wing left-wing centre-right centre-left center-right center-left
    conservative liberal nationalist populist socialist governing ruling electoral
    parliamentary political""".split()  # noqa: SIM905
)


def _a_political_coalition(head: Any) -> bool:
    """ "Prime Minister Giorgia Meloni's right-wing coalition", "the centre-left coalition", "his
    four-party coalition": a coalition of parties, by its wing, its parties or the politician
    it belongs to — not "the US-led
    coalition" of armies."""
    if head.lower_ not in ("coalition", "coalitions", "alliance"):
        return False
    doc = head.doc
    return any(
        (
            c.dep_ in ("amod", "compound")
            and (c.lower_ in _POLITICAL or doc[c.left_edge.i : c.i + 1].text.lower() in _POLITICAL)
        )  # "centre-right", parsed as "right" with "centre" on it
        or (c.dep_ == "poss" and (c.ent_type_ == "PERSON" or c.lower_ in ("his", "her")))
        or (
            c.dep_ in ("amod", "compound")
            and _PARTIES_COUNTED.search(doc[c.left_edge.i : c.i + 1].text.lower()) is not None
        )
        for c in head.children
    )


# A coalition counted by its parties: "his four-party coalition", "a three-party alliance".
_PARTIES_COUNTED = re.compile(r"\b(two|three|four|five|six|seven|eight|multi|\d+)[- ]party$")


def _owner_by_name(head: Any) -> int:
    """Where the name of the person who owns the noun starts ("Giorgia Meloni" of "Prime
    Minister Giorgia Meloni's right-wing coalition"), or -1 where no person owns it."""
    for owner in head.children:
        if owner.dep_ == "poss" and owner.ent_type_ == "PERSON":
            return next((e.start for e in head.doc.ents if e.start <= owner.i < e.end), -1)
    return -1


def _qualifies_a_quality(token: Any, head: Any) -> bool:
    """An adverb of the adjective that describes the group: "internationally recognised
    government", "democratically elected council" (not "only" of "only three", nor "now")."""
    return (
        token.lower_.endswith("ly")
        and token.head.dep_ == "amod"
        and token.head.tag_ in ("JJ", "VBN", "VBG")
        and not token.head.ent_type_  # not "proportionately more Scottish … MPs"
        and token.head.head.i == head.i
        and token.head.i == token.i + 1
    )


def joins_plurals(cc: Any) -> bool:
    """The "and" follows a plural noun of its own, which the parse hung inside the phrase of
    the plural after it ("state media and aid groups": two groups, one chunk)."""
    first = cc.head
    return (
        first.i < cc.i
        and first.tag_ in ("NNS", "NNPS")
        and first.dep_ != "compound"
        and first.head.i > cc.i
        and first.head.tag_ in ("NNS", "NNPS")
    )


def descriptive_group(
    chunk: Any, data: Lexicon, roles: Collection[str] = (), acting_heads: Collection[str] = ()
) -> tuple[str, str, str | None] | None:
    """A descriptive group: "pro-regime forces", "federal prosecutors", "the police".

    Returns its name, kind, and a fuller form as written when there is one — with its count
    ("Three Labour councillors"), its owner ("Vietnam's coast guard") or its place ("federal
    prosecutors in Texas"), kept as an alias — else None."""
    head = chunk.root
    before = head.doc[head.i - 1] if head.i > chunk.start else None
    kind = (
        (data.group_heads.get(f"{before.lower_} {head.lower_}") if before is not None else None)
        or data.group_heads.get(head.lower_)  # "coast guard" before "guard"
        or ("other" if head.lower_ in acting_heads else None)
    )
    if head.lower_ in _LEADING and before is not None:
        if before.dep_ in ("compound", "amod") and before.lower_ in _CIVIC:
            kind = "other"  # "community leaders", "religious leaders": no government
        elif (
            before.dep_ == "compound"
            and not before.ent_type_  # "European Union leaders": a body's, as NER names it
            and before.lower_ not in _STATE_SERVICES
            and (
                led := data.group_heads.get(before.lower_)
                or data.group_heads.get(f"{before.lower_}s")
            )
        ):
            kind = led  # "gang leaders" are of the gang's kind, not a government's
    if kind is None and head.lower_ in _SINGULAR and _nations(chunk):
        kind = data.group_heads.get(_SINGULAR[head.lower_])  # "the French and German governments"
    if kind is None and head.tag_ == "NNPS" and head.lower_[:-1] in data.demonyms:
        kind = "nationality_group"  # "41 Britons", "Americans" that NER left untagged
    if (
        kind is None
        and head.lower_ == "groups"
        and before is not None
        and before.dep_ == "compound"
        and before.pos_ in ("NOUN", "VERB")
        and acting(head)
    ):
        kind = "armed_group" if before.lower_ in _VIOLENT else "organisation"
        # "Motoring groups reacted in fury", "campaign groups said", "terror groups plot" (a
        # kind of group that acts; not "age groups", "blood groups")
    if kind is None or head.tag_ not in ("NN", "NNS", "NNP", "NNPS"):
        return None
    if _a_bare_count_noun(head, data):
        return None  # "Gang fights inside a prison killed 31": what kind of fights
    if any(
        c.dep_ == "amod" and c.lower_ in _WHICH_ONE and c.left_edge.i == c.i for c in head.children
    ):
        return None  # "sent to the wrong department", "the relevant authorities": which
        # one, no group the story names (not "the centre-right coalition")
    if kind == "armed_group" and (won_at_the_polls(head) or _a_political_coalition(head)):
        kind = "organisation"  # "Tusk's Civic Coalition won 157 seats": an electoral alliance;
        # "Meloni's right-wing coalition": a politician's, or a political wing's
    if kind == "armed_group" and _of_an_organisation(head):
        return None  # "fighters of the Northern Liberation Front" are the Front's own side
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
    start = _past_a_strayed_object(chunk.doc, start, head)
    if _a_political_coalition(head):
        start = max(start, _owner_by_name(head))  # "Prime Minister Giorgia Meloni's right-wing
        # coalition": the owner by name, without the title NER leaves out of it ("Mr Blair's
        # government" keeps its form: an honorific, and a government, matched as written)
    joined = [
        t
        for t in chunk
        if start <= t.i < head.i
        and t.dep_ == "cc"
        and (
            t.head.ent_type_ in ("ORG", "PERSON")
            or data.group_heads.get(t.head.lower_) == "government"
            or joins_plurals(t)
        )
    ]
    if joined:
        start = joined[-1].i + 1  # "the United Nations and aid groups said", "the government
        # and aid agencies said", "state media and aid groups said": the parse makes one
        # chunk of a named body (or a state's, or a plural of its own) and a group; the group
        # is what follows the "and"
    if head.tag_ in ("NNS", "NNPS") and any(
        t.lower_ in ("a", "an") and t.dep_ == "det" and t.head.i == head.i
        for t in chunk
        if t.i < head.i
    ):
        start = head.i  # "a scheme prosecutors called …": a misparse; the group is its head
    doc = chunk.doc
    quotes = [
        t.i for t in doc[max(0, start - 2) : head.i] if t.text in QUOTE_MARKS
    ]  # the opening mark may fall just outside the chunk
    if len(quotes) >= 2 and quotes[-1] - quotes[-2] > 3 and quotes[-1] >= start:
        # "the 'bullying and threatening' private car park firms": a quoted phrase describes,
        # it is not the group's name ("'rogue' firms", "'black bloc' protesters" keep theirs)
        start = quotes[-1] + 1
    qualified = False
    for token in chunk:
        if token.i < start:
            continue
        if token.i >= head.i:
            break
        leading = token.i == start
        hyphened = not token.whitespace_ and doc[token.i + 1].text in ("-", "\u2010")
        if (
            leading
            and not hyphened
            and not _members_own(token)
            and not _qualifies_a_quality(token, head)
            and (
                token.dep_ in ("det", "poss", "predet", "nummod", "quantmod", "advmod")
                or (token.dep_ == "npadvmod" and token.lower_.endswith("ing"))
                or token.tag_ in ("RB", "PDT", "DT")
                or token.lower_ in _QUANTITIES
                or _an_infinitive(token)
                or (((token.is_stop and token.is_lower) or token.is_punct) and token.whitespace_)
            )
        ):
            start = token.i + 1  # "the", "its", "three": not part of the group's name (nor
            # a verb the parser took for a noun: "that was housing displaced families")
            continue
        if (
            token.ent_type_ in ("NORP", "GPE", "ORG")
            or _GROUP_MODIFIER.search(token.text)
            or token.dep_ in ("amod", "compound")
        ):
            qualified = True
    if (
        kind == "organisation"
        and head.tag_ == "NN"
        and head.lower_ not in data.named_heads
        and any(t.ent_type_ == "ORG" for t in doc[start : head.i])
    ):
        return None  # "the GMB union": the union is the GMB, by its name
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
    air_force = (
        head.lower_ in ("force", "forces")
        and head.i > 0
        and doc[head.i - 1].lower_ in ("air", "defence", "defense")
    )  # "the air force", "the defence force": a state's
    if (
        kind == "armed_group"
        and (head.lower_ in NATIONAL_FORCES or air_force)
        and (
            any(
                t.ent_type_ in ("NORP", "GPE") and doc[t.i + 1].text != "-"  # not "US-backed"
                for t in doc[start : head.i]
            )
            or any(c.dep_ == "poss" and c.ent_type_ == "GPE" for c in head.children)
            or (start == head.i and head.lower_ in ("army", "navy", "military"))
            or (air_force and start == head.i - 1)
            or any(  # "government troops", "security forces"; not "anti-government forces",
                # nor a name ("Shan State forces")
                t.lower_ in _STATE_WORDS
                and (t.is_lower or t.is_sent_start)
                and doc[t.i - 1].text != "-"
                for t in doc[start : head.i]
            )
        )
    ):
        # "British troops", "US forces", "the army", "Ukraine's air force": a state's forces
        kind = "government"
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
    legislature = next(
        (
            o
            for p in head.children
            if p.dep_ == "prep" and p.lower_ == "of" and p.i == head.i + 1
            for o in p.children
            if o.dep_ == "pobj" and o.lower_ in _LEGISLATURES
        ),
        None,
    )
    if counted is None and head.lower_ in ("house", "chamber") and legislature is not None:
        counted = clean(doc[start : legislature.i + 1].text)  # "the lower house of
        # parliament", as written
    if qualified or acting(head) or head.tag_ in ("NNS", "NNPS"):
        return surface, kind, counted
    return None
