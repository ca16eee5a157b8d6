"""What a number counts, from the dependency parse: the noun it modifies ("11 officers"),
that noun with its modifiers, the category of the words that govern it ("were killed",
"dead", "the death toll of 30"), the cue words being data (data/figures.json), and, for a
sum or a length of time that counts no noun, those words as a phrase ("firm fined")."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from ..data import load
from .amounts import scale_words
from .names import person_nouns
from .nlp import FORMS_OF_BE


def counted_noun(number: Any) -> Any:
    """The noun a number counts: "11 officers" -> officers; "30 of the passengers" ->
    passengers; a number that stands alone ("Hundreds were scattered") counts itself."""
    head = number
    while (
        head.dep_ in ("quantmod", "compound", "nummod")
        and head.head.pos_ == "NUM"
        and head.head is not head
    ):
        head = head.head
    if (
        head.dep_ in ("nummod", "amod", "compound", "nmod")
        and head.head.pos_ in ("NOUN", "PROPN")
        and not _a_break_between(head, head.head)
    ):
        return _compound_head(_past_hyphen(head.head))
    # "30 of the passengers", "14 of the wounded", "three of the dead"
    return (
        _object_of(head, "of", nominal=True)
        or _of_which(head)
        or _other_side(head)
        or tallied(head)
        or _shared(head)
    )


def _of_which(number: Any) -> Any | None:
    """What "of which" refers back to, where the number stands alone as its verb's subject:
    "273 drones, of which 88 were shot down and 128 were lost" -> drones."""
    if number.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = number.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head  # "... and 128 were lost": the first verb of the list
    if verb.dep_ != "relcl":
        return None
    of = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is None or not any(c.lower_ in ("which", "whom") for c in of.children):
        return None
    return verb.head


def _a_break_between(number: Any, noun: Any) -> bool:
    """A dash set off with spaces between a number and the noun the parse hangs it on: a
    misparse ("a limit of $250,000 - about 90% of deposits": the $250,000 counts no per
    cent; a bracket is an aside, "a $3bn ($1.6bn) deal")."""
    lo, hi = sorted((number.i, noun.i))
    return any(
        t.text in ("-", "\u2013", "\u2014") and t.whitespace_ for t in number.doc[lo + 1 : hi]
    )


def _compound_head(noun: Any) -> Any:
    """The noun a compound modifier belongs to, where the parser hung the number on the
    modifier: "six barrel bombs" counts bombs."""
    head = noun.head
    if (
        noun.dep_ == "compound"
        and head.i == noun.i + 1
        and noun.tag_ == "NN"  # a singular modifier of a plural noun: what is counted
        and noun.is_alpha
        and noun.i > 0
        and noun.doc[noun.i - 1].text not in ("-", "\u2010")  # "22-inch tires": a measure
        and head.tag_ == "NNS"
    ):
        return head
    return noun


def _past_hyphen(noun: Any) -> Any:
    """The noun a hyphenated word ends with, where the tokenizer cut it: "Two co-defendants"
    counts the defendants ("co" is the first part of the word)."""
    doc = noun.doc
    if (
        noun.i + 2 < len(doc)
        and doc[noun.i + 1].text in ("-", "\u2010")
        and not noun.whitespace_
        and not doc[noun.i + 1].whitespace_
        and doc[noun.i + 2].is_alpha
        and doc[noun.i + 2].tag_ in ("NN", "NNS")
    ):
        return doc[noun.i + 2]
    return noun


def share_of(sign: Any) -> Any:
    """What a percentage is a share or level of: "40% of the population" -> population;
    "raised its main interest rate … to 14%" -> rate (tallied); None where it says nothing."""
    return _object_of(sign, "of") or tallied(sign)


def share_written(sign: Any) -> bool:
    """The percentage is written with what it is a share of: "54.3% of the vote"."""
    return _object_of(sign, "of") is not None


def share_for(sign: Any) -> Any:
    """Whom a percentage is for ("36.1% for opposition candidate Mira Tal"), or None."""
    return _object_of(sign, "for")


# Adjectives that stand for people after "the": "the number of dead", "three of the missing"
# (not "one of the best").
_NOMINAL_ADJECTIVES = frozenset("dead missing homeless sick ill injured wounded".split())  # noqa: SIM905


def _object_of(word: Any, preposition: str, nominal: bool = False) -> Any:
    """The noun after the word's own preposition ("of the population"), or None;
    ``nominal``: also a participle or an adjective that stands for people ("of the
    injured", "of the dead")."""
    for prep in (c for c in word.children if c.dep_ == "prep" and c.lower_ == preposition):
        for obj in prep.children:
            if obj.dep_ == "pobj" and (
                obj.pos_ in ("NOUN", "PROPN")
                or (nominal and (obj.tag_ == "VBN" or obj.lower_ in _NOMINAL_ADJECTIVES))
            ):
                return obj
    return None


def tallied(number: Any) -> Any:
    """The tally a number is the level of counts what the tally counts: "the death toll rose
    to 30" -> toll, "put the death toll at 30", "the toll reached 45", "the toll is 30";
    "the number of displaced people has risen to 12,000" -> people; "the death toll rose
    above 100", "passed over 2,000". The verb must be one that states a level
    (data/figures.json "levels"), so "gave it to 30" is no tally."""
    if number.dep_ == "pobj" and number.head.lower_ in ("to", "at", "above", "over", "past"):
        verb = number.head.head
    elif number.dep_ in ("dobj", "attr"):
        verb = number.head
    else:
        return None
    if verb.pos_ not in ("VERB", "AUX") or word_stem(verb.lower_) not in _levels()["verbs"]:
        return None
    tally = next(
        (
            c
            for role in ("dobj", "nsubjpass", "nsubj")
            for c in verb.children
            if c.dep_ == role and c.pos_ in ("NOUN", "PROPN") and c.i != number.i
        ),
        None,
    )
    if tally is None:
        return None
    if is_tally(tally):  # "the number of displaced people", "the number of dead": those
        return _object_of(tally, "of", nominal=True) or tally
    return tally


def is_tally(noun: Any) -> bool:
    """A noun that counts ("toll", "number", "total"): what it counts is what a figure of it
    counts, people where the words that govern it say so ("the death toll")."""
    return noun.lower_ in _levels()["tallies"]


@lru_cache(maxsize=1)
def _levels() -> dict[str, frozenset[str]]:
    data = load("figures.json")["levels"]
    return {
        "verbs": frozenset(word_stem(w) for w in data["verbs"]),
        "tallies": frozenset(data["tallies"]),
    }


def _shared(number: Any) -> Any:
    """A bare number in the same role beside a counted noun of a coordinated verb counts
    that noun: "14 people were killed and 32 [people] injured", "killed 30 soldiers and
    wounded 12 [soldiers]"."""
    roles = ("nsubj", "nsubjpass", "dobj")
    verb = number.head
    if number.dep_ not in roles or verb.pos_ not in ("VERB", "AUX"):
        return None
    partners = [verb.head] if verb.dep_ == "conj" else []
    partners += [c for c in verb.children if c.dep_ == "conj"]
    for partner in partners:
        for arg in partner.children:
            if arg.dep_ in roles and any(c.dep_ == "nummod" for c in arg.children):
                return arg
    return None


def _other_side(number: Any) -> Any:
    """A bare number on the other side of a score or vote counts what the first side counts:
    "by 334 votes to 61", "won the vote 334 votes to 61" ("to" hung on the verb beside "by
    334 votes", or on the noun); "passed the bill by 301 votes to 58" is no tally passed."""
    prep = number.head
    if number.dep_ != "pobj" or prep.lower_ not in ("to", "against") or prep.dep_ != "prep":
        return None
    if number.ent_type_ in ("MONEY", "PERCENT", "QUANTITY"):
        return None  # "Revenue fell 8% to £1.1bn": a level, no side
    head = prep.head
    nouns = [head] + [o for p in head.children if p.dep_ == "prep" for o in p.children]
    nouns += [c for c in head.children if c.dep_ in ("dobj", "npadvmod")]
    for noun in nouns:
        if noun.tag_ == "NNS" and any(c.dep_ == "nummod" for c in noun.children):
            return noun
    return None


def measured_words(noun: Any) -> str | None:
    """What a unit measures, when the unit says "of" what: "200kg of cocaine" -> cocaine,
    "3,000 tonnes of grain" -> grain; None for a noun that is no unit (data/figures.json)."""
    if noun.lower_ not in unit_words():
        return None
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        for obj in prep.children:
            if obj.dep_ == "pobj" and obj.pos_ in ("NOUN", "PROPN"):
                return counted_words(obj)
    return None


@lru_cache(maxsize=1)
def unit_words() -> frozenset[str]:
    """Units a quantity is measured in (data/figures.json): "kg", "tonnes", "mph"."""
    return frozenset(load("figures.json")["units"]["words"])


_DIGIT = re.compile(r"\d")


def counted_words(noun: Any) -> str:
    """The counted noun with its modifiers: "Ethiopian Christians", "police officers"."""
    doc = noun.doc

    def modifies(t: Any) -> bool:  # not the count itself ("Eleven" tagged an adjective,
        # the "1bn" of "£1bn share buyback", the "m" of "a £40m hole", tagged a number or,
        # glued to it, a name: "a £200m investment")
        return (
            t.dep_ in ("compound", "amod")
            and not t.like_num
            and not _DIGIT.search(t.text)
            and t.tag_ != "CD"
            and not (t.lower_ in scale_words() and t.i > 0 and not doc[t.i - 1].whitespace_)
        )

    words = [c for c in noun.lefts if modifies(c) and c.i == noun.i - 1]
    while words and words[0].i > 0 and modifies(doc[words[0].i - 1]):
        words.insert(0, doc[words[0].i - 1])
    start = words[0].i if words else noun.i
    while (  # "water-dropping aircraft", "co-defendants": the word the hyphen joins is part of it
        start > 1
        and start <= noun.i
        and doc[start - 1].text in ("-", "\u2010")
        and not doc[start - 1].whitespace_
        and not doc[start - 2].whitespace_
        and doc[start - 2].is_alpha
        and not doc[start - 2].like_num  # "two-thirds": the count, not what it counts
    ):
        start -= 2
    return str(noun.doc[start : noun.i + 1].text)  # as written: "al-Tanf garrison"


def category_of(number: Any, noun: Any) -> str:
    """What a figure counts, from the words that govern it in the parse: those of the number
    first ("32 injured" beside "14 people killed"), then those of the noun it counts; not
    those of a noun it shares with another verb ("killing 16 people and leaving millions
    without power": the millions are not killed)."""
    shared = _shared(number)
    if any(start is not None and _freed(start) for start in (number, noun)):
        return "other"  # "Four hostages were released", "110 prisoners freed from jails": no
        # longer held, whatever the noun says they were
    for start in (number, noun):
        if start is None or (start is noun and shared is not None and shared.i == noun.i):
            continue
        category = _governed(start)
        if category != "other":
            return category
    if any(start is not None and _in_a_condition(start) for start in (number, noun)):
        return "injured"  # "11 of the survivors were in a serious condition": hurt
    if any(start is not None and _left_without(start) for start in (number, noun)):
        return "affected"  # "About 70,000 customers were without power", "leaving 200,000
        # people without water": deprived of what everyone needs
    return _state_written_after(noun) if noun is not None else "other"


# Where people stand by what is done, not under it: "in front of", "beside", "behind".
_WITNESSED_FROM = frozenset("front beside behind alongside opposite".split())  # noqa: SIM905


def _in_a_condition(node: Any) -> bool:
    """The people counted are in a condition a hospital gives ("11 of the survivors were in
    a serious condition", "four people were in critical condition"): injured or sick."""
    if node.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return any(
        pobj.lower_ == "condition" and any(a.lower_ in _CONDITIONS for a in pobj.children)
        for prep in node.head.children
        if prep.dep_ == "prep" and prep.lower_ == "in"
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    )


# What a hospital says of a patient's condition.
_CONDITIONS = frozenset("serious critical grave stable fair poor life-threatening".split())  # noqa: SIM905


def _left_without(node: Any) -> bool:
    """The people counted are without something everyone needs (figures.json "needs"):
    "customers were without power", "left 200,000 people without water", "households
    without electricity" (a count of homes is no people's, and stays "other")."""
    holders = [node]
    if node.dep_ in ("nsubj", "nsubjpass", "dobj"):
        holders.append(node.head)
    return any(
        pobj.lower_ in _needs()
        for holder in holders
        for prep in holder.children
        if prep.dep_ == "prep" and prep.lower_ == "without"
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    )


@lru_cache(maxsize=1)
def _needs() -> frozenset[str]:
    return frozenset(load("figures.json")["needs"]["words"])


def _state_written_after(noun: Any) -> str:
    """The category of a state written straight after the counted noun, past "still" or
    "now", where the parse hangs it elsewhere: "searched for dozens of people still missing"
    (the parse: "missing" on "searched"); "other" where there is none."""
    doc = noun.doc
    i = noun.i + 1
    while i < len(doc) and doc[i].lower_ in ("still", "now", "yet"):
        i += 1
    if i >= len(doc):
        return "other"
    word = doc[i]
    if word.lower_ not in _STATES_AFTER or word.tag_ not in ("JJ", "VBN", "VBG"):
        return "other"
    return _category([word])


# States of people a count's noun may be followed by: "people still missing".
_STATES_AFTER = frozenset("missing dead injured wounded unaccounted trapped".split())  # noqa: SIM905


def _freed(node: Any) -> bool:
    """The people counted are freed: the object of releasing, freeing or exchanging ("were
    released", "exchanged five detainees", "were taken hostage and later released"), or
    described by it ("prisoners freed from")."""
    verbs = [c for c in node.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    if node.dep_ in ("dobj", "nsubjpass") and node.head.pos_ == "VERB":
        verbs.append(node.head)
    if node.dep_ == "nsubjpass" and _governed(node) == "missing":
        # "were taken hostage and later released": freed after they were held (not "were
        # injured and released from hospital", still among the injured, nor "were arrested
        # and released on bail", still arrests)
        verbs += [c for c in node.head.children if c.dep_ == "conj" and c.tag_ == "VBN"]
    return any(word_stem(v.lower_) in _FREEING for v in verbs)


# Verbs of setting people free.
_FREEING = frozenset("releas free freed exchang swap".split())  # noqa: SIM905


def a_part_said_of(number: Any) -> bool:
    """A part of a tally the text gave before, of which something else is said: "12 of the
    dead had been identified", "four of the injured were named" (not "three of the dead
    were children", which says who they were, nor "40 of them were killed")."""
    verb = number.head
    if number.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ != "VERB":
        return False
    whole = _object_of(number, "of", nominal=True)
    return (
        whole is not None
        and any(c.dep_ == "det" and c.lower_ == "the" for c in whole.children)
        and (whole.tag_ == "VBN" or whole.lower_ in _NOMINAL_ADJECTIVES)
        and _category([verb]) == "other"
    )


def verb_before(word: Any, number: Any) -> str:
    """The category of a verb in the past, or its participle, written straight before a count
    whose object it is not in the parse ("killed at least 53 people", "shelled the camp,
    killing at least 40 people", the parse taking "people" for the subject of a later verb);
    "other" for any other word."""
    if word.pos_ != "VERB" or word.tag_ not in ("VBD", "VBN", "VBG") or number.head.i == word.i:
        return "other"
    if _attempted(word):
        return "other"
    return _category([word])


def _governed(node: Any) -> str:
    """The category of the words that govern ``node``: the node, its modifiers, and its
    heads up to the verb."""
    governing: list[Any] = [node]
    governing.extend(
        c
        for c in node.children
        if c.dep_ in ("amod", "acl", "relcl", "appos")
        or (c.dep_ == "compound" and node.lower_ not in _CREWS)
    )  # "kidnap victims" were kidnapped; "rescue workers" rescue others
    governing.extend(  # "18 migrants found dead", "families left homeless": what the
        x  # participle says they were found or left
        for c in node.children
        if c.dep_ == "acl"
        for x in c.children
        if x.dep_ in ("oprd", "acomp")
    )
    for prep in (c for c in node.children if c.dep_ == "prep"):  # "children in custody"
        governing.extend(c for c in prep.children if c.dep_ == "pobj")
    if (own := _category(_participles(node))) != "other":
        # the node's own participle before its heads': "eight people were killed and more
        # than 290 injured", the parse hanging "290 injured" on "killed"
        return own
    head = node.head
    hops = 0
    while head is not node and hops < 5:
        if node.dep_ == "conj" and (own := _category(governing + _participles(node))) != "other":
            return own  # "reported 37 deaths and 112 injuries": the conjunct's own word; "18
            # were killed and at least 14 others injured", the parse hanging "injured" on "others"
        if head.lower_ == "according":
            break  # "held …, according to two officials": the source is not held
        if head.lower_ in _WITNESSED_FROM and head.dep_ in ("prep", "pobj"):
            break  # "stabbed her to death in front of her two children": they saw it; it
            # was not done to them
        if _attempted(head):
            break  # "tried to kill four guards", "the attempted murder of three officers":
            # no one was killed
        if head.lower_ == "with" and any(
            c.dep_ == "acl" and c.tag_ == "VBG" for c in node.children
        ):
            break  # "voted to hold rates, with three members backing a cut": not held
        governing.append(head)
        if (
            node.dep_ in ("nsubj", "nsubjpass")
            and head.pos_ == "VERB"
            and _category([head]) == "other"
        ):
            governing.extend(_shared_verbs(head))  # "were lined up and shot": what else
            # was done to them, where the first verb says nothing
        if node.dep_ == "prep" and node.lower_ in _PARTS:  # "130 wounded people, including
            governing.extend(c for c in head.children if c.dep_ in ("amod", "acl"))  # 34 children"
        if node.dep_ in ("nsubj", "nsubjpass") and head.dep_ in ("aux", "auxpass"):
            governing.append(head.head)  # "39 people have died and 68 are missing", the
            # parse making "are" the helper of "missing" with 68 its subject
        if node.dep_ in ("nsubj", "nsubjpass", "dobj"):  # "reported nine people dead"
            said = [
                c
                for c in head.children
                if c.dep_ in ("acomp", "xcomp", "oprd", "attr", "agent")
                or (c.dep_ == "advcl" and c.lower_ == "missing")  # "went missing"
                or (c.dep_ == "advmod" and c.lower_ == "positive")  # "tested positive"
            ]
            governing.extend(said)
            # "were held hostage", "held 12 passengers hostage", "were taken prisoner": the
            # object a passive verb, or a verb after its object, takes says what they became
            # (the word straight after the object, however the tagger read it: "was holding
            # 12 people hostage", "hostage" a verb)
            governing.extend(
                c
                for c in head.children
                if (c.dep_ == "dobj" or (c.dep_ == "advcl" and c.i == node.i + 1))
                and (node.dep_ == "nsubjpass" or (node.dep_ == "dobj" and c.i > node.i))
            )
            governing.extend(  # "1.7 million children are expected to be malnourished":
                c  # what they are expected to be
                for x in said
                if x.dep_ == "xcomp" and x.lower_ in _BEING
                for c in x.children
                if c.dep_ in ("acomp", "attr")
            )
            if node.dep_ == "nsubj" and word_stem(head.lower_) in _LOSING | _ENDURING:
                governing.extend(
                    o for c in head.children if c.dep_ == "dobj" for o in (c, *_of_what(c))
                )  # "40 people lost their lives", "19 million people face acute food
                # insecurity", "face crisis levels of hunger": what they lose or face says
                # what they are ("were lost at sea": missing; "lost their jobs", "lose the
                # payment": nothing of the eight)
            if word_stem(head.lower_) not in _COURTS_TO_DEATH:
                governing.extend(  # "116 people were crushed to death": killed, as "beaten",
                    p  # "burned" or "trampled to death" are, whatever the verb; not
                    for prep in head.children  # "sentenced to death"
                    if prep.dep_ == "prep" and prep.lower_ == "to"
                    for p in prep.children
                    if p.dep_ == "pobj" and p.lower_ == "death"
                )
            governing.extend(  # "150,000 residents remain under evacuation orders", "three
                o  # men remain under arrest": what they are under; "six people were in
                for prep in head.children  # isolation", "two men remain in custody": what
                if prep.dep_ == "prep"  # they are in
                and (prep.lower_ == "under" or (prep.lower_ == "in" and head.lower_ in _BEING))
                for p in prep.children
                if p.dep_ == "pobj"
                for o in (p, *(c for c in p.children if c.dep_ == "compound"))
            )
            governing.extend(  # "Four people were rescued with injuries", "escaped with
                p  # burns": the hurt they came away with (not "charged with murder")
                for prep in head.children
                if prep.dep_ == "prep" and prep.lower_ == "with"
                for p in prep.children
                if p.dep_ == "pobj" and word_stem(p.lower_) in _cues()["injured"]
            )
        if node.dep_ in ("nsubj", "attr") and head.lower_ in FORMS_OF_BE:  # "Four children were
            governing.extend(  # among the wounded", "Among the wounded were 12 children": the
                # whole they are part of says what they are
                o
                for c in head.children
                if c.dep_ == "prep" and c.lower_ == "among"
                for o in c.children
                if o.dep_ == "pobj"
            )
        # "died, including 12 children": a participle that is a preposition is no verb
        if (head.pos_ in ("VERB", "AUX") and head.dep_ != "prep") or head.dep_ == "ROOT":
            if node.dep_ in ("nsubj", "nsubjpass", "dobj") and (
                _from_home(head)
                or (_from_home(node) and _category([head]) == "other")
                or _leaves_home(head)
            ):
                # "forced thousands from their homes", the parse hanging "from their homes"
                # on the verb or on "thousands"; but "people from nearby villages were
                # killed" were killed: a verb with its own category keeps it
                return "displaced"
            if (
                node.dep_ in ("nsubj", "nsubjpass", "dobj")
                and _to_hospital(head)
                and _category([head]) == "other"
            ):
                return "injured"  # "were taken to hospital", "remain in hospital"
            if (
                (
                    node.dep_ in ("nsubj", "nsubjpass")
                    or (node.dep_ == "dobj" and head.lower_ in _MOVING)
                )  # not "sent 40 doctors to the camps"
                and _to_shelter(head)
                and _category([head]) == "other"
            ):
                return "displaced"  # "had been moved to cyclone shelters", "authorities
                # moved more than 750,000 people to shelters"
            break
        node, head = head, head.head
        hops += 1
    return _category(governing + _shot_and(governing))


def _shared_verbs(verb: Any) -> list[Any]:
    """The verbs joined to this one that share its subject (no subject of their own)."""
    return [
        c
        for c in verb.children
        if c.dep_ == "conj"
        and c.pos_ == "VERB"
        and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)
    ]


_SHOT = frozenset(("shot", "shoot"))


def _shot_and(governing: list[Any]) -> list[Any]:
    """The verbs joined to "shot" that share its subject: "were shot and wounded" were hurt,
    not killed (see _category); "were shot and killed" were killed."""
    return [c for t in governing if t.lower_ in _SHOT for c in _shared_verbs(t)]


# People named by the work they do, which a word before them qualifies: "rescue workers",
# "relief teams", "search crews" do the rescuing.
_CREWS = frozenset(
    """worker workers team teams crew crews staff personnel volunteer volunteers officer
    officers unit units squad squads""".split()  # noqa: SIM905
)


def _participles(node: Any) -> list[Any]:
    """The verbs that modify ``node`` as participles ("14 others injured"), with what such a
    verb says they are ("about 600 reported missing", "12 found dead")."""
    verbs = [c for c in node.children if c.dep_ in ("acl", "amod") and c.pos_ == "VERB"]
    return verbs + [x for v in verbs for x in v.children if x.dep_ in ("xcomp", "oprd", "acomp")]


def _category(governing: list[Any]) -> str:
    """The first category whose cue words are among ``governing``."""
    # "40 lives" counts the dead; "8,000 people live in the camps" does not: the noun only;
    # "were rounded up" were arrested, "in the first round" nothing: the verb only
    stems = {
        stem
        for t in governing
        if ((stem := word_stem(t.lower_)) not in _noun_cues() or t.pos_ in ("NOUN", "PROPN"))
        and (stem not in _verb_cues() or t.pos_ in ("VERB", "AUX"))
        and not (stem in _verb_cues() & _cues()["arrested"] and _holds_a_thing(t))
        and not (stem == "need" and t.tag_ == "VBN")  # "the 272 needed for a majority"
        and not (stem == "miss" and t.lower_ != "missing")  # "children missed a dose"
        and not (stem == "posit" and t.lower_ != "positive")  # "tested positive", not
        # "took up positions"
        and not (stem == "shelter" and _in_place(t))  # "told to shelter in place": they stay
        and not (stem in _LOSING and any(c.dep_ == "dobj" for c in t.children))
        and not (
            stem == "lost" and t.pos_ == "VERB" and not any(c.dep_ == "auxpass" for c in t.children)
        )
        and not (t.lower_ in _person_forms() and stem not in _person_cues())
    }  # "four executives" are no executions: a noun for people cues only as itself
    # ("hostages", "detainees"), not by a stem it shares with a cue
    if stems & _cues()["killed"] <= _SHOT and stems & _cues()["injured"]:
        return "injured"  # "shot and wounded": "shot" alone says nothing of death
    for category, cues in _cues().items():
        if stems & cues:
            return category
    return "other"


def _in_place(word: Any) -> bool:
    """The word is followed by "in place" ("shelter in place": stay where one is)."""
    doc = word.doc
    return (
        word.i + 2 < len(doc)
        and doc[word.i + 1].lower_ == "in"
        and doc[word.i + 2].lower_ == "place"
    )


def _of_what(noun: Any) -> list[Any]:
    """What a measure is of: "hunger" of "crisis levels of hunger"."""
    return [
        p
        for prep in noun.children
        if prep.lower_ == "of"
        for p in prep.children
        if p.dep_ == "pobj"
    ]


# Verbs of losing: the lost ("were lost at sea") are missing; what people lose says what they
# are; what a thing lost ("the S&P 500 lost 2.9%") counts no one.
_LOSING = frozenset(["lose", "lost"])
# Verbs whose object says what befell their subject: "face acute food insecurity", "two
# firefighters suffered minor injuries", "sustained burns".
_ENDURING = frozenset(["face", "suffer", "sustain"])
# Verbs of being somewhere: "were in isolation", "remain in custody".
_BEING = FORMS_OF_BE | frozenset("remain remains remained stay stays stayed".split())  # noqa: SIM905
# Verbs of a court: "sentenced to death" is no death.
_COURTS_TO_DEATH = frozenset(["sentenc", "condemn"])


# Verbs of trying: what is tried did not happen ("attempting to murder two others").
_TRYING = ("attempt", "try", "tried", "plot", "conspire")


@lru_cache(maxsize=1)
def _trying() -> frozenset[str]:
    return frozenset(word_stem(w) for w in _TRYING)


def _attempted(word: Any) -> bool:
    """The word is an act only tried: "tried to kill", "attempting to murder", "the
    attempted murder"."""
    return (word.dep_ == "xcomp" and word_stem(word.head.lower_) in _trying()) or any(
        c.dep_ == "amod" and word_stem(c.lower_) in _trying() for c in word.children
    )


def _holds_a_thing(verb: Any) -> bool:
    """The verb's object is a thing, not people: "voted to hold rates at 5%" arrests no
    one ("held 12 people", "were held" do); or a thing holds them, as it always does: "the
    Litoral, which holds some 8,000 inmates", "the stadium holds 40,000 people" (what it
    has room for, no arrest)."""
    if any(
        c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") and c.lower_ not in people_words()
        for c in verb.children
    ):
        return True
    if verb.tag_ not in ("VBZ", "VBP"):
        return False
    holder = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if holder is not None and holder.tag_ == "WDT" and verb.dep_ == "relcl":
        holder = verb.head  # "the Litoral, which holds"
    return (
        holder is not None
        and holder.pos_ in ("NOUN", "PROPN")
        and holder.ent_type_ not in ("PERSON", "NORP")
        and holder.lower_ not in people_words()
        and word_stem(holder.lower_) not in people_words()
    )


# A part of a whole counted with the whole's category: "130 wounded, including 34 children".
_PARTS = frozenset(["including", "among"])
_HOSPITALS = frozenset(["hospital", "hospitals"])


def _to_hospital(verb: Any) -> bool:
    """The verb takes people to or keeps them in hospital: "were taken to hospital", "was
    airlifted to a hospital in Nairobi", "remain in hospital"."""
    return _takes_to(verb, lambda o: o.lower_ in _HOSPITALS)


_SHELTERS = frozenset({"shelter", "shelters", "camp", "camps"})
_CENTRES = frozenset({"centre", "centres", "center", "centers"})


# Verbs that move the people they take to a shelter (not "sent", "deployed": helpers).
_MOVING = frozenset("move moves moved moving".split())  # noqa: SIM905


def _to_shelter(verb: Any) -> bool:
    """The verb moves people to, or keeps them in, a shelter: "were moved to cyclone
    shelters", "spent the night in evacuation centres", "are living in camps"; or takes them
    out of harm's way ("moved 50,000 people to safety")."""
    return _takes_to(
        verb,
        lambda o: (
            o.lower_ in _SHELTERS
            or (o.lower_ == "safety" and o.head.lower_ == "to")
            or (
                o.lower_ in _CENTRES
                and any(c.lower_ in ("evacuation", "relief", "rest") for c in o.children)
            )
        ),
    )


def _takes_to(verb: Any, place: Callable[[Any], bool]) -> bool:
    """The verb has "to", "in" or "into" a place that ``place`` accepts."""
    return any(
        prep.dep_ == "prep"
        and prep.lower_ in ("to", "in", "into")
        and any(o.dep_ == "pobj" and place(o) for o in prep.children)
        for prep in verb.children
    )


_HOMES = frozenset({"home", "homes", "house", "houses", "homeland", "village", "villages"})


def _from_home(word: Any) -> bool:
    """The word has "from their homes" beside it: "force thousands from their homes",
    "were driven from their houses", "leaving 7,000 people without homes"."""
    return any(
        prep.dep_ == "prep"
        and prep.lower_ in ("from", "out", "without")
        and any(o.dep_ == "pobj" and o.lower_ in _HOMES for o in prep.subtree)
        for prep in word.children
    )


_LEAVING = ("leav", "left", "abandon", "flee", "fled", "quit", "evacuat", "lose", "lost")


def _leaves_home(verb: Any) -> bool:
    """The verb, or the verb it orders, leaves home: "were ordered to leave their homes",
    "had to abandon their villages", "lost their homes", "ordered 11,000 residents to
    leave"."""
    ordered = [c for c in verb.children if c.dep_ == "xcomp"]
    return any(
        v.lower_.startswith(_LEAVING)
        and any(o.dep_ == "dobj" and o.lower_ in _HOMES for o in v.children)
        for v in [verb, *ordered]
    ) or any(  # "ordered more than 11,000 residents to leave": their homes, unsaid; or
        # the place named ("were ordered to leave Jasper National Park", "the town")
        v.lower_.startswith(("leav", "flee", "evacuat"))
        and all(
            o.ent_type_ in ("GPE", "LOC", "FAC") or o.lower_ in _AREAS
            for o in v.children
            if o.dep_ == "dobj"
        )
        for v in ordered
    )


# Places people are ordered out of, besides their homes.
_AREAS = frozenset("town city village area region island park zone district valley".split())  # noqa: SIM905


def counts_people(noun: Any) -> bool:
    """The noun names people ("officers", "Christians", "immigrants") or what happens to
    them ("deaths", "cases", "casualties")."""
    word = noun.lower_
    return (
        noun.pos_ == "ADJ"  # a nominal adjective or participle: "the number of dead",
        or noun.tag_ == "VBN"  # "of the injured"
        or word in people_words()
        or noun.ent_type_ in ("NORP", "PERSON")
        or (
            word.endswith(("ers", "ians", "ists", "ees"))  # "villagers", "civilians", "evacuees"
            and word not in _not_people()  # "six shelters"
        )
    )


@lru_cache(maxsize=1)
def _not_people() -> frozenset[str]:
    return frozenset(load("figures.json")["not_people"]["words"])


@lru_cache(maxsize=1)
def _cues() -> dict[str, frozenset[str]]:
    return {
        category: frozenset(word_stem(w) for w in words)
        for category, words in load("figures.json")["categories"].items()
    }


@lru_cache(maxsize=1)
def _noun_cues() -> frozenset[str]:
    return frozenset(word_stem(w) for w in load("figures.json")["noun_cues"]["words"])


@lru_cache(maxsize=1)
def _verb_cues() -> frozenset[str]:
    return frozenset(word_stem(w) for w in load("figures.json")["verb_cues"]["words"])


@lru_cache(maxsize=1)
def _person_forms() -> frozenset[str]:
    """Nouns for people, singular and plural (not what happens to them, as people_words)."""
    data = load("figures.json")
    words = {w.lower() for w in (*person_nouns(), *data["people"])}
    return frozenset(form for w in words for form in _plurals(w))


@lru_cache(maxsize=1)
def _person_cues() -> frozenset[str]:
    """Stems of the category cue words that are themselves nouns for people ("hostage",
    "refugee", "detainee")."""
    return frozenset(
        word_stem(w)
        for words in load("figures.json")["categories"].values()
        for w in words
        if w.lower() in _person_forms()
    )


@lru_cache(maxsize=1)
def people_words() -> frozenset[str]:
    """The nouns that name people (the actor stage's person nouns and the figures data's
    own) and what happens to them ("deaths", "cases"), singular and plural. Word forms, not
    stems: the stem of "attacker" is "attack", and "three attacks" count no one."""
    data = load("figures.json")
    words = {w.lower() for w in (*person_nouns(), *data["people"], *data["people_cases"])}
    return frozenset(form for w in words for form in _plurals(w))


def _plurals(word: str) -> tuple[str, ...]:
    """The word and its regular plurals: "officer(s)", "casualty/casualties", "wife/wives",
    "policeman/policemen" (irregular ones such as "children" are listed as words)."""
    forms = [word, word + "s", word + "es"]
    if word.endswith("y"):
        forms.append(word[:-1] + "ies")
    if word.endswith("fe"):
        forms.append(word[:-2] + "ves")
    elif word.endswith("f"):
        forms.append(word[:-1] + "ves")
    if word.endswith("man"):
        forms.append(word[:-3] + "men")
    return tuple(forms)


@lru_cache(maxsize=4096)
def word_stem(word: str) -> str:
    from ..summarise import _stemmer_and_stop_words

    return _stemmer_and_stop_words("english")[0](word)


_MAX_ABOUT = 6  # words: a longer phrase says less at a glance than the sentence it cites


def governing_words(whole: Any) -> str | None:
    """What a number is, from the words that govern it in the parse, for a sum or a length
    of time that counts no noun: "the treasurer was jailed for eight years" -> "treasurer
    jailed for", "was fined £250,000" -> "firm fined", "bribes worth £1.2m" -> "bribes
    worth", "would add £300m" -> "deal would add", "had been in custody for three years" ->
    "men in custody for". None where the parse says nothing plain."""
    inside = range(whole.start, whole.end)
    node, prep = whole.root, None
    if node.dep_ == "pobj" and node.head.pos_ == "ADP":
        node = prep = node.head
    head = node.head
    if head.i == node.i:
        return None
    words: list[str] = []
    if head.pos_ in ("NOUN", "PROPN"):  # "a fine of £500", "a $8.7bn drop"
        words = [_noun_words(head, inside)]
    elif head.pos_ == "ADJ" and head.dep_ in ("amod", "acomp", "oprd", "prep"):
        # "bribes worth £1.2m"; "moved 200kg of cocaine worth £8m": the cocaine's worth
        noun = head.head if head.dep_ == "amod" else _argument(head.head, ("dobj", "nsubj"), inside)
        if noun is not None:
            words = [measured_words(noun) or _noun_words(noun, inside)]
        words.append(head.text)
    elif head.pos_ in ("VERB", "AUX", "ADV"):
        verb = head.head if head.pos_ == "ADV" and head.head.pos_ == "VERB" else head
        subject = _argument(verb, ("nsubj", "nsubjpass"), inside)
        if (
            not any(  # no subject but the relative pronoun: "that wins", not "she married"
                c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WDT", "WP")
                for c in verb.children
            )
            and verb.dep_ in ("relcl", "acl")
            and verb.head.pos_ in ("NOUN", "PROPN")
        ):
            subject = verb.head  # "any party that wins more than 40%", "sentences totalling"
        if subject is not None:
            words.append(_noun_words(subject, inside))
        if verb.lower_ in FORMS_OF_BE:  # "the men had been in custody for": what they were
            if subject is None:
                return None
            words.extend(
                f"{c.text} {_noun_words(o, inside)}"
                for c in verb.children
                # after the verb: "In parts of Birmingham, uptake is below 75%" says where
                if c.dep_ == "prep"
                and c.i > verb.i
                and c.i not in inside
                and (prep is None or c.i != prep.i)
                for o in c.children
                if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")
            )
        else:
            auxiliaries = [c for c in verb.lefts if c.dep_ in ("aux", "auxpass", "neg")]
            if any(c.tag_ == "MD" for c in auxiliaries):  # "would add", "should be cut"
                words.extend(c.text for c in auxiliaries)
            else:
                words.extend(c.text for c in auxiliaries if c.dep_ == "neg")
            words.append(verb.text)
            words.extend(c.text for c in verb.children if c.dep_ == "prt")
            obj = _argument(verb, ("dobj",), inside)
            if obj is not None:
                words.append(_noun_words(obj, inside))  # "lifted borrowing costs to"
        if head.i != verb.i:
            words.append(head.text)  # "closed up"
    if not words:
        return None
    if prep is not None:
        words.append(prep.text)
    phrase = " ".join(words)
    return phrase if len(phrase.split()) <= _MAX_ABOUT else None


def _noun_words(noun: Any, inside: range) -> str:
    """The noun with its modifiers, less the figure's own words ("a $8.7bn drop": drop)."""
    words = counted_words(noun).split()  # the noun and the modifiers right before it
    first = noun.i - len(words) + 1
    if first < inside.stop <= noun.i:
        words = words[inside.stop - first :]
    while len(words) > 1 and not words[0][:1].isalpha():
        words = words[1:]  # "a 25% pay rise over four years": the rise, not "% pay rise"
    return " ".join(words)


def _argument(verb: Any, roles: tuple[str, ...], inside: range) -> Any:
    """The verb's noun argument in the first of ``roles`` it has, not the figure itself and
    no pronoun ("he was fined" says less than "fined"), or None."""
    return next(
        (
            c
            for role in roles  # in the order given: "moved 200kg … worth": the object first
            for c in verb.children
            if c.dep_ == role
            and c.pos_ in ("NOUN", "PROPN")
            and c.i not in inside
            and c.text != "%"  # another figure ("won 58.3% … against 36.1%") is no argument
        ),
        None,
    )
