"""What a mention does in its sentence: acts (subject, agent, possessor, or through its
members: "a Pentagon official said"), or is cited as a source of the story."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .names import TITLES
from .scenes import STATIVE, first_conjunct, holding_of

_SUBJECT = {"nsubj", "nsubjpass", "agent", "poss"}
# Nouns for who speaks or acts for a body, besides titles: "a Pentagon official said".
_MEMBERS = frozenset(
    """official officials representative representatives chairman chairwoman chair head
    director executive secretary-general envoy negotiator lawyer lawyers staff officers
    agents investigators fighters troops soldiers members workers""".split()  # noqa: SIM905
)
_PORTFOLIO_HOLDERS = frozenset(["minister", "secretary", "commissioner", "ministers"])


def acting(token: Any) -> bool:
    """The word names who does something: a subject or possessor, the agent of a passive
    ("brought by local supporters"), or the antecedent of "who" ("savers who lost out").
    An apposition shares its head's role: "… disaster agency (INGD) said"."""
    if token.dep_ == "appos" and token.head is not token:
        token = token.head
    if token.dep_ == "conj" and token.tag_.startswith("NN"):
        token = first_conjunct(token)  # "Zaw Lin and Win Zaw Htun are alleged": both
    if token.dep_ in _SUBJECT or _before_a_misread_verb(token):
        return True
    if (
        (holding := holding_of(token)) is not None
        and holding.dep_ == "nsubj"
        and holding.lower_ in ("shares", "share")
    ):
        return holding.head.lower_ not in STATIVE  # "Shares in easyJet have fallen": the
        # firm, through its shares (not "a stake in Irancell", named in passing, nor "Food
        # stocks in Port Amsel will last")
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
        if (
            member.dep_ == "pobj"
            and member.head.lower_ == "of"
            and (member.head.head.tag_ == "CD" or member.head.head.lower_ in _SOME)
        ):
            member = member.head.head  # "Two of the nine members of the committee voted"
        if member.dep_ == "nsubj" and member.head.lower_ not in STATIVE:
            return True
    # "which" of a noun given a name: a body ("a project called Lifeline Nehemiah which aimed
    # to …"); of another noun it may be a thing's or the clause's ("Babet, which caused
    # flooding", "… the suspect, which led them to him")
    named = any(
        c.dep_ == "acl" and c.lower_ in ("called", "named", "known") for c in token.children
    )
    relatives = ("who", "that", "which") if named else ("who", "that")
    return any(
        child.dep_ == "relcl"
        and any(g.dep_ == "nsubj" and g.lower_ in relatives for g in child.children)
        for child in token.children
    )


def _before_a_misread_verb(token: Any) -> bool:
    """The name qualifies a sentence's head that the parser took for a noun although it has
    an object, so a verb: "Volkswagen, BMW and Mercedes-Benz export hundreds of thousands of
    vehicles" (the parse: "Volkswagen … export" one noun, its object "thousands")."""
    head = token.head
    return (
        token.dep_ in ("nmod", "compound")
        and head.dep_ == "ROOT"
        and head.tag_ in ("NN", "NNS")
        and token.i < head.i
        and any(c.dep_ == "dobj" for c in head.children)
    )


# Words for a part of a whole that may be the subject in its stead: "most of its members".
_SOME = frozenset("some most many several few all none one each both half".split())  # noqa: SIM905


def is_cited(token: Any) -> bool:
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
        according_to(token)
        or (head.lower_ == "to" and above in ("speaking", "spoke", "told", "said"))
        or (head.lower_ == "by" and above in ("quoted", "reported", "cited", "obtained", "seen"))
        or (head.lower_ == "with" and above in ("interview", "interviews"))
    )


def according_to(token: Any) -> bool:
    """The token is whom something is according to: "according to Reuters", "according to
    two officials"."""
    return (
        token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.lower_ == "according"
    )


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


def named_roles(docs: Iterable[Any]) -> frozenset[str]:
    """Role nouns the text puts beside a person's name ("The suspect, Michael Webb,"; "Jane
    Doe, the judge"; "the victim, identified as Ann Lee,"): alone, such a noun is that person
    again, not another actor."""
    out = set()
    for doc in docs:
        for token in doc:
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


# What a party wins or loses at the polls.
_POLLS = frozenset("seat seats vote votes % percent majority".split())  # noqa: SIM905
_WINNING = frozenset("win won take took gain gained secure secured lose lost".split())  # noqa: SIM905
_HOLDING = frozenset("hold holds held has have had control controls".split())  # noqa: SIM905
_SEATS = frozenset(["seat", "seats"])


def won_at_the_polls(token: Any) -> bool:
    """The name wins or loses seats or votes, or holds seats: a party or an electoral
    alliance, whatever its name's word says ("Tusk's Civic Coalition won 30.7% and 157
    seats", "his Liberty Advances coalition holds only 38 seats": no armed coalition)."""
    while token.dep_ == "compound" and token.head.i > token.i:
        token = token.head  # "the United Front alliance won 88 seats"
    verb = token.head
    if token.dep_ != "nsubj" or verb.lower_ not in _WINNING | _HOLDING:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [c for o in objects for c in o.conjuncts]
    polls = _POLLS if verb.lower_ in _WINNING else _SEATS  # "holds only 38 of 257 seats";
    # not "holds 40% of the territory"
    return any(o.lower_ in polls for o in objects)
