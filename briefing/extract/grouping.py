"""One entity, one entry: a name's other forms joined to it — surnames and first names
into full names, acronyms into what they stand for, a body's short name into its full
one, a state's forces named two ways, nicknames — and countries that act into one state."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from difflib import SequenceMatcher
from itertools import combinations
from typing import Any

from .facts import UK_NATIONS, country_a_body_is_named_for
from .gazetteer import Gazetteer, gazetteer
from .lexicon import HONORIFICS, NATIONAL_FORCES, lexicon, nation
from .names import Mentions, clean, given_name_sexes, initials, key, person_key, split_nickname
from .place_mentions import COMPANY_ENDINGS
from .scenes import singular

_NAMING_VERBS = frozenset(["known", "called", "nicknamed", "dubbed", "named"])
# Heads of a government's own name: "the government", "the Left-wing government".
_STATE_BODIES = {"government", "regime", "administration", "cabinet"}
_UNNAMED_GOVERNMENT = {"", "left wing", "right wing", "new", "interim", "national", "federal"}


def nickname_pairs(doc: Any) -> list[tuple[str, str]]:
    """(alias, name) for a name given as another name of a person or body named in full:
    "Mohamed Hamdan Dagalo, known as Hemedti", "… Ali, nicknamed 'the Lion'", "the
    California Department of Forestry and Fire Protection, known as Cal Fire"."""
    out = []
    for ent in doc.ents:
        name, nickname = split_nickname(clean(ent.text))
        if ent.label_ == "PERSON" and nickname is not None:
            out.append((nickname, name))  # 'Jimmy "Barbecue" Cherizier'
        token = ent.root
        verb = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "as" else token
        if verb.lower_ not in _NAMING_VERBS or verb.dep_ not in ("acl", "relcl", "appos"):
            continue
        holders = {verb.head.i}
        if verb.head.dep_ == "appos":
            holders.add(verb.head.head.i)  # "Jimmy Cherizier, a former police officer known
            # as Barbecue": the officer is Cherizier
        person = next(
            (
                e
                for e in doc.ents
                if e.label_ in ("PERSON", "ORG") and any(e.start <= i < e.end for i in holders)
            ),
            None,
        )
        if person is not None and person != ent and len(person) > 1:
            out.append((clean(ent.text), clean(person.text)))
    return out + _identified(doc)


# Verbs that give an unnamed person their name: "Police identified the gunman as …".
_IDENTIFYING = frozenset(["identified", "named"])


def _identified(doc: Any) -> list[tuple[str, str]]:
    """(the group word, the person) where the text names the one it described: "Police
    identified the gunman as Mauricio Garcia", "The victim was named as Ana Ruiz"."""
    out = []
    for ent in doc.ents:
        token = ent.root
        if ent.label_ != "PERSON" or len(ent) < 2 or token.dep_ != "pobj":
            continue
        prep = token.head
        verb = prep.head
        if prep.lower_ != "as" or verb.lower_ not in _IDENTIFYING:
            continue
        named = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        if len(named) == 1 and named[0].tag_ == "NN" and not named[0].ent_type_:
            out.append((named[0].lower_, clean(ent.text)))
    return out


def states_into_governments(
    items: dict[str, Mentions], g: Gazetteer, countries: Counter[str] | None = None
) -> None:
    """A country that acts is its government: "Greece" and "the government" are one actor.

    A government named by its nationality ("British Government") joins that state ("UK");
    a bare one ("the government", "the Left-wing government") or a leader's ("Bashar
    al-Assad's government") joins the article's main state, when one state clearly leads
    (its mentions as an actor plus ``countries``: ISO code -> the text's mentions of the
    country or its people, "Syrian troops" counting for Syria) and no country that never
    acts is named more often.
    """
    countries = countries or Counter()
    code_of = {k: g.country_code(k) for k, m in items.items() if m.kind == "state"}
    weight = {k: items[k].count + countries[code] for k, code in code_of.items() if code}
    states = sorted(weight, key=lambda k: -weight[k])
    if not states:
        return
    main = states[0] if len(states) == 1 or weight[states[0]] > weight[states[1]] else None
    if main is not None and any(
        n > weight[main] for c, n in countries.items() if c not in code_of.values()
    ):
        main = None  # "the government" of a story set in Mozambique, which never acts, is
        # not that of Malawi, which acts once
    demonyms = lexicon().demonyms
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
        seat = _seat(items[k], g)
        if qualifier not in _UNNAMED_GOVERNMENT and not leader:
            code = demonyms.get(qualifier) or g.country_code(qualifier)
            target = next((s for s in states if code_of[s] == code), None)
        elif seat is not None:  # "the government in Port Sudan" is Sudan's, whoever leads
            target = next((s for s in states if code_of[s] == seat), None)
        if target is None or target not in items or k not in items:
            continue
        government = items.pop(k)
        if government.count > items[target].count:
            items[target].kind = government.kind  # the text speaks of the government more
            # than of the country: a government, as a reader lists it
        items[target].absorb(government)  # under the country's name, however often "the
        # government" is written ("the government's plans" counted too)


# Last words a body's full name adds to its short one: "… Police Department".
_BODY_TAILS = frozenset("department service force agency office".split())  # noqa: SIM905
# Nouns for the people a body acts through: "police officers", "FBI agents".
_MEMBERS = frozenset("officers officials agents staff spokesmen members".split())  # noqa: SIM905
_LINKING = frozenset("of the for and on".split())  # noqa: SIM905


_SEAT = re.compile(r"\b(?:government|regime|administration|cabinet) in ((?:[A-Z][\w'\u2019-]+ ?)+)")


def _seat(item: Mentions, g: Gazetteer) -> str | None:
    """The country of the place a government is said to sit in: "the government in Port
    Sudan", "the regime in Damascus" -> "SD", "SY"."""
    for sentence in item.sentences:
        for found in _SEAT.finditer(sentence.text):
            place = key(found.group(1).strip())
            code = g.country_code(place) or g.capitals.get(place)
            resolved = None if code else g.resolve(place, set())
            code = code or (resolved.country if resolved is not None else None)
            if code:
                return code
    return None


def _content_words(words: Sequence[str]) -> frozenset[str]:
    """A name's words but the linking ones, in any order."""
    return frozenset(w for w in words if w not in _LINKING)


# What a story calls a state's forces without naming the state: "the army said", "troops had
# killed dozens" (bare soldiers and troops are a state's, see data/actors.json).
_SERVICES = frozenset({"army", "military", "troops", "soldiers"})
_CLIPPED = 3  # letters of a body's first word its clipped name keeps at least ("Met", "Fed")


# A state's services by their formal names, and whether "the army" may stand for them.
_SERVICE_NAMES = {
    ("armed", "forces"): True,
    ("defense", "forces"): True,
    ("defence", "forces"): True,
    ("defense", "force"): True,
    ("defence", "force"): True,
    ("army",): True,
    ("military",): True,
    ("navy",): False,
    ("air", "force"): False,
    ("marines",): False,
    ("marine", "corps"): False,
    ("coast", "guard"): False,
    ("national", "guard"): False,
}


def state_force(k: str) -> tuple[str, bool] | None:
    """A state's own forces by their formal name: the service alone ("army", "navy") or after
    the state's name or people ("sudanese armed forces", "israel defense forces", "royal
    navy"), as (its country's code, "" where the name gives none; whether "the army" may
    stand for it). None for any other name: "free syrian army" is a group's."""
    words = k.split()
    for tail, army in _SERVICE_NAMES.items():
        if tuple(words[-len(tail) :]) == tail:
            rest = words[: -len(tail)]
            if rest in ([], ["royal"]):
                return "", army
            code = nation(" ".join(rest))
            return (code, army) if code else None
    return None


def _state_force(k: str) -> str | None:
    """The country whose army or armed forces a formal name is, which "the army" may be:
    "sudanese armed forces", "pakistan army" -> "SD", "PK" (not a navy, not "the Army")."""
    found = state_force(k)
    return found[0] if found is not None and found[1] and found[0] else None


def _force_of(k: str) -> str:
    """The country whose forces a name is, or the name itself."""
    return _state_force(k) or _national_forces(k) or k


# Words for an armed body's fighters that its acronym may qualify: "BLA fighters", "PKK
# militants".
_FIGHTERS = frozenset("fighters militants members gunmen rebels insurgents".split())  # noqa: SIM905


def _national_forces(k: str) -> str | None:
    """The country whose forces a name is, when it is only that: "british troops", "u s
    forces", "israel defense forces" -> "GB", "US", "IL"; None for anything else ("rebel
    forces", "British troops in Iraq" is still GB's)."""
    words = k.split()
    if len(words) < 2 or words[-1] not in NATIONAL_FORCES:
        return None
    words = words[:-1]
    while len(words) > 1 and words[-1] in _FORCES_WORDS:
        words = words[:-1]  # "Israel Defense Forces", "Sudanese Armed Forces": the nation's
    return nation(" ".join(words))


# Words of a national force's own name between the nation and "forces".
_FORCES_WORDS = frozenset(["defense", "defence", "armed", "self", "military"])


# A body's word after its name: "the CODECO militia" is CODECO.
_BODY_HEADS = frozenset(
    "militia group movement union party coalition alliance network brigade".split()  # noqa: SIM905
)


# Joins a surname's key to the sex its honorific gives ("pryce" + "f" for "Mrs Pryce").
_SEXED = "\x1f"


def sexed_key(k: str, titled: str) -> str:
    """A surname's key, with the sex of the honorific it is written with, if any: "Mr Pryce"
    and "Mrs Pryce" are kept apart until merge_forms knows whether they are one person."""
    words = titled.split()
    sex = title_sex(words[0]) if len(words) > 1 else None
    return f"{k}{_SEXED}{sex}" if sex else k


def title_sex(word: str) -> str | None:
    """The sex an honorific shows ("Mr" m, "Mrs" f), or None."""
    return _TITLE_SEX.get(word.lower().rstrip("."))


def _surnames_by_sex(items: dict[str, Mentions]) -> dict[str, Mentions]:
    """A surname written with honorifics of one sex, or none, is one item again ("Mr Pryce",
    "Pryce"); written with both ("Mr Pryce", "Mrs Pryce": a couple), the two stay apart, each
    for the full name of its sex (see _likeliest)."""
    sexes: dict[str, set[str]] = {}
    for k in items:
        bare, _, sex = k.partition(_SEXED)
        if sex:
            sexes.setdefault(bare, set()).add(sex)
    out: dict[str, Mentions] = {}
    for k, item in items.items():
        bare = k.partition(_SEXED)[0]
        if bare != k and len(sexes[bare]) > 1:
            out[k] = item
        elif bare in out:
            out[bare].absorb(item)
        else:
            out[bare] = item
    return out


def merge_forms(items: dict[str, Mentions]) -> dict[str, Mentions]:
    """Merge short forms into full ones: surnames into people, acronyms into names."""
    items = _surnames_by_sex(items)
    keys = sorted(items, key=lambda k: (-len(k.split()), k))
    merged: dict[str, Mentions] = {}
    index = _Candidates()
    key_of: dict[int, str] = {}  # id(merged item) -> its key
    for raw in keys:
        item = items[raw]
        k = raw.partition(_SEXED)[0]  # a surname kept apart by sex is read as the surname
        fulls = [fk for fk in index.for_short(k) if _same(k, item, fk, merged[fk])]
        if len(fulls) > 1 and " " not in k and item.kind == "person":
            fulls = _likeliest(item, fulls, merged)  # "Mr Harwick": Tom, not Clara Harwick
        if len(fulls) > 1 and all(_of_a_country(k, fk) for fk in fulls):
            fulls = []  # "the Ministry of Health" beside those of Rwanda and of Uganda
        if k in _FIGHTERS and len(fulls) > 1:
            # "fighters" into the "foreign fighters" named first, as before; but "the rebels"
            # beside the "M23 rebels" and the "ADF rebels" are neither
            fulls = [fk for fk in fulls if _head_word(fk.split()) == k]
        if k in _SERVICES and len({_force_of(f) for f in fulls}) > 1:
            fulls = []  # "the army" beside the Lebanese army and the Israel Defense Forces
        starting = [fk for fk in fulls if fk.split()[0] == k]
        if " " not in k and item.kind == "government" and len(starting) > 1:
            fulls = [fk for fk in fulls if fk not in starting]  # "the Ministry" beside the
            # Ministries of Health and of Finance is neither
        target = merged[fulls[0]] if fulls else None
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
        if target is None and " " not in k and item.kind == "person" and _honoured(item):
            # "Mr Sekhon" is Navinder Sekhon, whom NER took for an organisation, when no
            # other name ends in "Sekhon"
            namesakes = [full for fk, full in merged.items() if fk.split()[-1] == k]
            if len(namesakes) == 1 and _written_as_a_person(namesakes[0]):
                target = namesakes[0]
        if target is None:
            k = k if k not in merged else raw  # "Mr Pryce" and "Mrs Pryce", neither named in
            # full: two people
            merged[k] = item
            key_of[id(item)] = k
            index.add(k, item)
        else:
            target.absorb(item)
            index.add(key_of[id(target)], target)  # its new forms' initials
    for item in merged.values():
        if item.kind == "organisation" and _honoured(item):
            item.kind = "person"  # a name read as an organisation but titled "Mr", "Dr" …
    return _houses_into_chambers(
        _roles_into_holders(_one_band_of_attackers(_one_name_spelt_twice(merged)))
    )


def _one_name_spelt_twice(merged: dict[str, Mentions]) -> dict[str, Mentions]:
    """Two people of one surname whose given names are one name's spellings ("Liana" and
    "Lianna Barrientos", "Mohamed" and "Mohammed Salah"): a writer's slip, one person, under
    the spelling written more (of two written as often, a known given name's, else the
    first). Not two names ("Kyle" and "Jordan Broderick"), nor a brother
    and sister ("Daniel" and "Daniela": names of either sex)."""
    sexes = given_name_sexes()
    people = [k for k, m in merged.items() if m.kind == "person" and len(k.split()) == 2]
    for a, b in combinations(people, 2):
        (given_a, surname_a), (given_b, surname_b) = a.split(), b.split()
        if (
            a in merged
            and b in merged
            and surname_a == surname_b
            and given_a[0] == given_b[0]
            and min(len(given_a), len(given_b)) >= 4
            and len({sexes.get(given_a), sexes.get(given_b)} - {None}) <= 1
            and SequenceMatcher(None, given_a, given_b).ratio() >= _ONE_NAME_SPELT
        ):
            keep, drop = sorted(
                (a, b),
                key=lambda k: (-merged[k].count, k.split()[0] not in sexes, merged[k].first),
            )
            merged[keep].absorb(merged.pop(drop))
    return merged


_ONE_NAME_SPELT = 0.8  # "liana"/"lianna" 0.91, "mohamed"/"mohammed" 0.93; "john"/"joan" 0.75


def _houses_into_chambers(merged: dict[str, Mentions]) -> dict[str, Mentions]:
    """ "Italy's lower house of parliament approved the law …; The Chamber of Deputies passed
    the bill by 155 votes": the lower house is the one lower chamber the text names."""
    chambers = lexicon().chambers
    for level in ("lower house", "upper house"):
        named = [fk for fk in merged if chambers.get(fk) == level]
        if level in merged and len(named) == 1:
            chamber, house = merged[named[0]], merged.pop(level)
            name = chamber.forms.most_common(1)[0][0]
            chamber.absorb(house)
            for form in house.forms:  # its mentions are the chamber's, under its name (the
                chamber.forms[name] += chamber.forms.pop(form)  # description an alias)
                chamber.titled.append(form)
    return merged


def _roles_into_holders(merged: dict[str, Mentions]) -> dict[str, Mentions]:
    """ "A federal judge in Seattle blocked the order …; US District Judge John Coughenour
    granted …; the judge told …": a person described in lower case by a singular role is
    the one person the text names with that role as a title, where it names only one."""
    for k in list(merged):
        item = merged[k]
        words = k.split()
        if (
            item.kind != "person"
            or not words
            or not all(f[:1].islower() for f in item.forms)
            or singular(words[-1]) != words[-1]
        ):
            continue
        holders = [
            full
            for fk, full in merged.items()
            if fk != k
            and full.kind == "person"
            and len(fk.split()) > 1
            and any(words[-1] in _title_words(t, fk) for t in full.titled)
        ]
        if len(holders) == 1:
            holders[0].absorb(merged.pop(k))
    return merged


def _title_words(titled: str, name_key: str) -> list[str]:
    """The words of a titled form before the name: "US District Judge John Coughenour" ->
    ["us", "district", "judge"]."""
    words = key(titled).split()
    n = len(name_key.split())
    return words[:-n] if words[-n:] == name_key.split() else []


# Words for the unnamed people who carried out an attack: one story's gunmen, attackers
# and kidnappers are one group, named as the story first names them.
_PERPETRATORS = frozenset(
    "gunmen attackers assailants kidnappers abductors raiders hijackers".split()  # noqa: SIM905
)


def _one_band_of_attackers(merged: dict[str, Mentions]) -> dict[str, Mentions]:
    """ "Gunmen kidnapped 287 pupils …", "The attackers arrived on motorcycles …", "… to
    track the kidnappers", "four suspected gunmen": one unnamed group under three words, one
    actor."""
    bands = sorted(
        (k for k, m in merged.items() if k.split()[-1] in _PERPETRATORS and _unnamed(k, m)),
        key=lambda k: (merged[k].kind != "armed_group", merged[k].first),
    )  # named by its armed word ("gunmen", not "attackers"), else as first named
    for k in bands[1:]:
        merged[bands[0]].absorb(merged.pop(k))
    lone = sorted(
        (
            k
            for k, m in merged.items()
            if k.split()[-1] in _LONE_PERPETRATORS and m.kind == "person" and _unnamed(k, m)
        ),
        key=lambda k: merged[k].first,
    )  # "The attacker stabbed people at random …", "the suspect", "the perpetrator must be
    # punished": one unnamed person under three words, named as first written
    for k in lone[1:]:
        merged[lone[0]].absorb(merged.pop(k))
    return merged


def _unnamed(k: str, m: Mentions) -> bool:
    """Written in lower case, but where a sentence opens with it ("Suspected gunmen …")."""
    return all(f[:1].islower() or f.split()[0].lower() in k.split() for f in m.forms)


# Words for the one unnamed person who did it: singular, a story's one culprit.
_LONE_PERPETRATORS = frozenset(
    "attacker assailant gunman perpetrator suspect killer bomber knifeman shooter".split()  # noqa: SIM905
)


class _Candidates:
    """The full names a short one may be (_same), found by what _same needs them to share:
    the first or the last word, the words but the linking ones, the nation whose forces both
    are, or a form whose initials the short one spells. The first in the order they were
    merged wins, as before; a long text's thousands of names cost a lookup each instead of a
    comparison with every one."""

    def __init__(self) -> None:
        self._order: dict[str, int] = {}
        self._keys: dict[str, set[str]] = {}  # first or last word, words, side or initials

    def add(self, full_key: str, full: Mentions) -> None:
        self._order.setdefault(full_key, len(self._order))
        marks = _marks(full_key)
        marks += [
            f"initials {initials(f, spelt).lower()}"
            for f in full.forms
            if len(f.split()) >= 2
            for spelt in (False, True)
        ]
        marks += [  # "M23 rebels": the bare "rebels" may be M23
            f"last {f.split()[-1].lower()}"
            for f in full.forms
            if len(f.split()) >= 2 and f.split()[-1].lower() in _FIGHTERS
        ]
        words = full_key.split()
        if len(words) >= 2 and len(words[0]) > _CLIPPED:
            marks.append(f"clipped {words[0][:_CLIPPED]}")  # "the Met" of "Metropolitan …"
        for mark in marks:
            self._keys.setdefault(mark, set()).add(full_key)

    def for_short(self, short_key: str) -> list[str]:
        words = short_key.split()
        if not words:
            return []
        marks = _marks(short_key)
        if len(words) == 1:
            marks.append(f"initials {short_key}")
            marks.append(f"clipped {short_key[:_CLIPPED]}")
            marks.append(f"first {singular(short_key)}")  # "the Houthis": the Houthi militia
        if len(words) == 2 and words[1] in _FIGHTERS:
            marks.append(f"initials {words[0]}")  # "BLA fighters": the BLA's
        found = set().union(*(self._keys.get(m, ()) for m in marks))
        return sorted(found, key=self._order.__getitem__)


def _head_word(words: Sequence[str]) -> str | None:
    """The noun a name is headed by: its last word, or the one before "of", "for" or "on"
    where the name goes on ("National Union of Mineworkers" -> "union", "… Commission on
    Human Rights" -> "commission") — unless the name ends in
    a body's own word, named after the place it belongs to ("House of Commons Public
    Accounts Committee" -> "committee"); a body's word before the nation or country it
    serves heads the name ("Police Scotland" -> "police")."""
    if not words:
        return None
    if words[-1] in lexicon().group_heads and singular(words[-1]) == words[-1]:
        return words[-1]
    if (
        len(words) >= 2
        and words[0] in lexicon().group_heads
        and " ".join(words[1:]) in (*UK_NATIONS, *gazetteer().countries)
    ):
        return words[0]  # "Police Scotland": the body, then the nation it serves
    cut = next((i for i, w in enumerate(words) if w in ("of", "for", "on")), len(words))
    return words[cut - 1] if cut > 0 else words[-1]


def _described(short_words: Sequence[str], short: Mentions, full_words: Sequence[str]) -> bool:
    """A body described in lower case, a nation's or no one's, whose head is the name's head
    and whose every other word is in the name: "Kenya's electoral commission" is the
    "Independent Electoral and Boundaries Commission", "the health ministry" the "Ministry
    of Public Health" (not the "Ministry of Interior")."""
    words = list(short_words)
    if "s" in words:  # "kenya s electoral commission": the owner, then the description
        cut = words.index("s")
        if nation(" ".join(words[:cut])) is None:
            return False
        words = words[cut + 1 :]
    return (
        len(words) >= 2
        and len(full_words) > len(words)
        and all(f.split()[-1].islower() for f in short.forms)
        and singular(words[-1]) == words[-1]  # a body, not the people of one: "Union
        # leaders" are not the "European Union leaders"
        and (
            words[-1] == _head_word(full_words)
            or (words[-1] in _WATCHDOGS and full_words[-1] in _REGULATORS)
        )  # "the UK's competition watchdog" is the "Competition and Markets Authority"
        and all(w in full_words for w in words[:-1])
    )


# What a regulator is called in running text, and the last words of regulators' names.
_WATCHDOGS = frozenset("watchdog regulator".split())  # noqa: SIM905
_REGULATORS = frozenset("authority commission office agency board inspectorate".split())  # noqa: SIM905


def _placed_elsewhere(short: Mentions, full_words: Sequence[str]) -> bool:
    """The bare group is also written with a place in another country than the nation the
    full name gives, by its people's word or its own name: "leaders in Baghdad" are not the
    "Palestinian leaders", nor "police in France" the "North Wales Police"."""
    g = gazetteer()
    code = (
        nation(full_words[0])
        or country_a_body_is_named_for(" ".join(full_words), g)
        or next(
            (
                region.country
                for n in (2, 1)
                if (region := g.curated.get(" ".join(full_words[:n]))) is not None
                and region.kind == "region"
            ),
            None,
        )  # "Merseyside Police": a county's
        if len(full_words) > 1
        else None
    )
    if code is None:
        return False
    for form in (*short.forms, *short.titled):  # (its fuller forms are kept with its titles)
        _, sep, place = form.partition(" in ")
        found = g.resolve(key(place), {code}) if sep and place[:1].isupper() else None
        if found is not None and found.country not in (None, code):
            return True
    return False


def _marks(k: str) -> list[str]:
    """What a name shares with the names it may be (_Candidates): its first and last word,
    its words but the linking ones, and the nation whose forces it names."""
    words = k.split()
    marks = [f"first {words[0]}", f"last {words[-1]}"] if words else []
    if words and words[-1] in _REGULATORS:
        marks += [f"last {w}" for w in sorted(_WATCHDOGS)]  # "the competition watchdog"
    if (head := _head_word(words)) is not None and head != words[-1]:
        marks.append(f"last {head}")  # "the union" may be the "National Union of Mineworkers"
    marks.append("words " + " ".join(sorted(_content_words(words))))
    side = _national_forces(k)
    if side is not None:
        marks.append(f"side {side}")
    if k in _SERVICES or _state_force(k):
        marks.append("service")  # "the army" may be the "Sudanese Armed Forces"
    return marks


# Titles that say whether a surname is a man's or a woman's.
_TITLE_SEX = dict.fromkeys(("mr", "sir", "lord"), "m") | dict.fromkeys(
    ("mrs", "ms", "miss", "dame", "lady"), "f"
)


def _likeliest(short: Mentions, fulls: list[str], merged: dict[str, Mentions]) -> list[str]:
    """Of the people a surname may be, those its title allows ("Mr" is not Clara, by the
    census's first names) — the one named first of those named before the surname, else in
    the merge order ("Gareth Pryce and his wife Ann …; Mr Pryce was treated at the scene …;
    their son, David Pryce": Mr Pryce is Gareth)."""
    written = [*short.titled, *short.forms]  # "Mrs Lowe" may be written so every time
    titles = {title_sex(t.split()[0]) for t in written if len(t.split()) > 1} - {None}
    if len(titles) != 1:
        return _by_title_then_order(written, fulls, merged)
    sex = titles.pop()
    allowed = [fk for fk in fulls if given_name_sexes().get(fk.split()[0]) in (sex, None)]
    before = [fk for fk in allowed if merged[fk].first <= short.first]
    if before:
        return sorted(
            before,
            key=lambda fk: (
                given_name_sexes().get(fk.split()[0]) != sex,  # a name known to be of
                merged[fk].first,  # that sex before one the census does not know
                _written_at(merged[fk]),
            ),
        )
    return allowed or fulls


def _by_title_then_order(
    written: list[str], fulls: list[str], merged: dict[str, Mentions]
) -> list[str]:
    """A surname no title sexes: the one whose full name wears the surname's title
    ("President Obama" is the Barack Obama titled President, not Sarah Obama), else the one
    named first ("Martin Ashdown … his wife, Deborah …; Ashdown, of Sevenoaks": Martin)."""
    own = {t.split()[0].lower() for t in written if len(t.split()) > 1}
    worn = [fk for fk in fulls if own & {t.split()[0].lower() for t in merged[fk].titled}]
    rest = sorted(
        (fk for fk in fulls if fk not in worn),
        key=lambda fk: (merged[fk].first, _written_at(merged[fk])),
    )
    return [*worn, *rest]


def _written_at(full: Mentions) -> int:
    """Where in its first sentence a name is first written: of two named in one sentence
    ("President Joe Biden has pardoned his son Hunter Biden"), the one written first."""
    if not full.sentences:
        return 0
    text = full.sentences[0].text
    found = [text.find(f) for f in full.forms if f in text]
    return min(found) if found else len(text)


def _honoured(item: Mentions) -> bool:
    """Named with an honorific at least once ("Mr Sekhon", "Dr Ahmed"), as its title or as
    part of the name written ("Ms Harte")."""
    return any(
        t.split()[0].lower().rstrip(".") in HONORIFICS
        for t in [*item.titled, *item.forms]
        if len(t.split()) > 1
    )


def _written_as_a_person(item: Mentions) -> bool:
    """An organisation-typed name written as a person's is: two or three capitalised words,
    none an acronym or a company's ending ("Navinder Sekhon", not "JP Morgan Chase Bank")."""
    return item.kind == "organisation" and all(
        2 <= len(f.split()) <= 3
        and all(w[:1].isupper() and not w.isupper() for w in f.split())
        and not any(w.lower() in COMPANY_ENDINGS for w in f.split())
        for f in item.forms
    )


def _a_given_name(item: Mentions) -> bool:
    """A one-word name that may be a person's: read as a person, or as an organisation but
    written as a name every time (capital initial, not an acronym, one word)."""
    if item.kind == "person":
        return True
    return item.kind == "organisation" and all(
        f[:1].isupper() and not f.isupper() and " " not in f for f in item.forms
    )


def _of_a_country(short_key: str, full_key: str) -> bool:
    """The full name is the short one "of" a country: "ministry of health of rwanda"."""
    short_words, full_words = short_key.split(), full_key.split()
    n = len(short_words)
    return (
        len(full_words) > n + 1
        and full_words[:n] == short_words
        and full_words[n] == "of"
        and bool(gazetteer().country_code(" ".join(full_words[n + 1 :])))
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
            or (short.kind != "person" and all(f[:1].isupper() for f in short.forms))
        )
    ):
        # "Election Court" is the "special Election Court"; "Border Protection" is "Customs
        # and Border Protection" (NER often keeps only the last part of such a name); a
        # body's name is its longer one's end ("Welsh Water", "Dŵr Cymru Welsh Water")
        return True
    if (
        len(short_words) == 2
        and short_words[1] in _FIGHTERS
        and short.kind == full.kind != "person"
        and any(initials(f).lower() == short_words[0] for f in full.forms if " " in f)
    ):
        return True  # "BLA fighters" are the Balochistan Liberation Army's
    if (
        short_key in _FIGHTERS
        and short.kind == full.kind == "armed_group"
        and all(f[:1].islower() for f in short.forms)
        and any(
            len(f.split()) >= 2 and f.split()[-1].lower() == short_key and f[:1].isupper()
            for f in full.forms
        )
    ):
        return True  # "the rebels" are M23, written "M23 rebels"
    if _of_a_country(short_key, full_key) and short.kind == full.kind != "person":
        return True  # "the Ministry of Health" is the "Ministry of Health of Rwanda"
    if (
        len(short_words) == 1
        and short_key in lexicon().group_heads
        and _head_word(full_words) == short_key
        and not (short.kind == "other" and full.kind == "organisation")
        and (short.kind, full.kind) != ("government", "armed_group")
        and not _placed_elsewhere(short, full_words)
    ):
        return True  # "fighters" into "foreign fighters", "the union" into the National
        # Union of Mineworkers; not "farmers" into the Young Farmers union (a body's name, not
        # a group of them), nor "the army" (the state's) into the rebels' "Myanmar National
        # Democratic Alliance Army"
    if full_words[-1] == "party" and full_words[:-1] == short_words and full.kind != "person":
        return True  # "Georgian Dream's founder" (NER: a person) is the Georgian Dream party
    if (
        full_words[-1] in _BODY_HEADS
        and full_words[:-1] in (short_words, [singular(w) for w in short_words])
        and "person" not in (short.kind, full.kind)
        and all(f[:1].isupper() for f in short.forms)  # "dock workers" are not their union
    ):
        return True  # "CODECO" is the "CODECO militia", "GMB" the "GMB union", "the
        # Houthis" the "Houthi militia"
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
        and (
            (short.kind == full.kind == "organisation")
            # "the Bank" is the Bank of England, whichever body each was typed
            or (
                {short.kind, full.kind} <= {"government", "organisation"}
                and full_words[1:2] == ["of"]
            )
        )
        and full_words[0] == short_key
        and any(f[:1].isupper() for f in short.forms)
    ):
        return True  # "Asahi" is Asahi Breweries; "the Ministry" the Ministry of Health, "the
        # Bank" the Bank of England
    if (
        short.kind == full.kind == "organisation"
        and len(short_words) >= 2
        and full_words[: len(short_words)] == short_words
        and all(w in COMPANY_ENDINGS for w in full_words[len(short_words) :])
    ):
        return True  # "Meridian Trust" is Meridian Trust Bank
    if (
        len(short_words) == 1
        and _CLIPPED <= len(short_key) <= _CLIPPED + 1
        and len(full_words) >= 2
        and full_words[0] != short_key
        and full_words[0].startswith(short_key)
        and {short.kind, full.kind} <= {"government", "organisation"}
        and all(f[:1].isupper() for f in short.forms)
        and all(f.split()[0].istitle() for f in full.forms if " " in f)
    ):
        return True  # "the Met's specialist crime command" is the Metropolitan Police; "the
        # Fed" the Federal Reserve: a body's first word clipped to a syllable (not
        # "Congress" of the "Congressional Budget Office", a word of its own; nor "Mac" of
        # "MacBook Air")
    if short_key in _SERVICES and _state_force(full_key):
        return True  # "the army" is the "Sudanese Armed Forces" (the only state's forces named)
    side = _national_forces(short_key)
    if side is not None and side == _national_forces(full_key):
        return True  # "UK troops" are the "British troops", "U.S. forces" the "American troops"
    bodies = ("government", "organisation")
    named = len(short_words) >= 2 or (
        short.kind == "government" and all(f[:1].isupper() for f in short.forms)
    )
    if short.kind in bodies and full.kind in bodies and named:
        extra = len(full_words) - len(short_words)
        if (
            extra > 0
            and full_words[extra:] == short_words
            and nation(" ".join(full_words[:extra])) is not None
        ):
            # "Environmental Protection Agency" is the "U.S. Environmental …", "Senate" the
            # "US Senate"
            return True
        if extra == 1 and full_words[:-1] == short_words and full_words[-1] in _BODY_TAILS:
            return True  # "Montgomery County police" is the "… Police Department"
    if short.kind in bodies and full.kind in bodies and _described(short_words, short, full_words):
        return True  # "Kenya's electoral commission" is the "Independent Electoral and
        # Boundaries Commission"
    if (
        short.kind == full.kind
        and short.kind in bodies
        and len(short_words) >= 2
        and _content_words(short_words) == _content_words(full_words)
    ):
        return True  # "Homeland Security Department" is the "Department of Homeland Security"
    if (
        len(full_words) == len(short_words) + 1
        and full_words[:-1] == short_words
        and full_words[-1] in _MEMBERS
        and short.kind == full.kind
        and short.kind in ("government", "armed_group", "organisation")
    ):
        return True  # "police officers" are the police, "FBI agents" the FBI, "Election
        # Commission officials" the Election Commission
    if (
        len(short_words) == 2
        and len(full_words) >= 3
        and short_words[0] == full_words[0]
        and full.kind != "person"
        and short.kind in (full.kind, "person")  # NER may take "Wasdale MRT" for a person
        and any(len(f.split()) == 2 and f.split()[1].isupper() for f in short.forms)
        and any(
            len(f.split()) >= 3 and initials(" ".join(f.split()[1:])).lower() == short_words[1]
            for f in full.forms
        )
    ):
        return True  # "Wasdale MRT" is the "Wasdale Mountain Rescue Team": its place, then
        # the initials of the rest
    acronym = short_key.replace(" ", "")
    if len(short_words) == 1 and 2 <= len(acronym) <= 6:
        return any(
            acronym in (initials(form).lower(), initials(form, spelt=True).lower())
            and len(form.split()) >= 2
            for form in full.forms
        )  # "USGS" is the "US Geological Survey"
    return False
