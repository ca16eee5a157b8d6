"""Where something happens, read from the parse: a name is a setting ("in Syria", "fled to
Tal Tamr", "the village of …", "Sennar state", "Ed Damazin, the state capital"), a state
that acts ("Russia's army", "Germany pledged") or a capital addressed ("accused
Washington"). The place-or-actor decisions the actor and place stages share."""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Any

from .gazetteer import Gazetteer, spelt_alike
from .names import (
    TITLES,
    age_follows,
    given_name_sexes,
    key,
    person_nouns,
)

# Natural areas a name qualifies: "the Swat valley", "the Mekong delta".
NATURAL_AREAS = frozenset("valley desert delta peninsula plateau basin".split())  # noqa: SIM905
# Administrative areas, and natural ones.
REGION_NOUNS = (
    frozenset(
        """province region governorate district state county oblast prefecture department
        canton""".split()  # noqa: SIM905
    )
    | NATURAL_AREAS
)
# Verbs whose object is a government when it is a capital ("accused Washington").
_ADDRESSED = re.compile(
    r"(accus|warn|urg|critici[sz]|blam|condemn|thank|prais|press|told|tell|ask|persuad|"
    r"convinc|support|back|sanction|punish|reassur|threat|defied|defy|snub|reject|call)"
)
# Prepositions that put what follows as a scene: "fighting in X", "fled to X", "near X".
# Not "on": before a name it is mostly a platform, a topic or a target ("a user on Weibo",
# "the impact on Europe"), and "on the border" is a noun, not a name.
_LOCATIVE = frozenset(
    """
    in at near across inside outside within throughout into to from around along over
    through toward towards via off beyond among onto upon
    """.split()  # noqa: SIM905 - a word list reads best as words
)
# Verbs whose subject is a state being, having or needing, not acting: "Italy is prone".
STATIVE = frozenset(
    """
    is are was were be been being 's am has have had having become becomes became remain
    remains remained seem seems seemed need needs needed lie lies lay sit sits
    """.split()  # noqa: SIM905 - a word list reads best as words
)


def first_conjunct(token: Any) -> Any:
    """ "Portugal" in "the Netherlands, Portugal and the Czech Republic announced": the word
    whose role in the sentence the list shares (also after "as well as", which the parser
    hangs on the conjunction: "visit Aceh, as well as Sri Lanka")."""
    while token.head is not token:
        if token.dep_ == "conj" and (before := _listed_before(token)) is not None:
            token = before  # "Airports in Berlin, Amsterdam and Sydney": Amsterdam is Berlin's
        elif token.dep_ == "conj":
            token = token.head
        elif token.dep_ == "pobj" and token.head.dep_ == "cc" and token.head.head is not token:
            joined = token.head.head  # a noun, or the verb whose object it joins
            obj = next((c for c in joined.children if c.dep_ == "dobj"), None)
            token = obj if joined.tag_.startswith("VB") and obj is not None else joined
        else:
            break
    return token


def _listed_before(token: Any) -> Any | None:
    """The name a list's next name follows ("Berlin, Amsterdam") where the parser joined it
    to an untagged word instead ("Airports in Berlin, Amsterdam and Sydney reported": to
    "Airports", making Amsterdam say so), else None."""
    doc = token.doc
    if token.i < 2 or doc[token.i - 1].text != "," or not token.ent_type_:
        return None
    before = doc[token.i - 2]
    if before.ent_type_ != token.ent_type_ or token.head.ent_type_ or token.head.i > before.i:
        return None
    if before.i == token.head.i or before.head.i == token.head.i:
        return None
    return before


# What is held in a firm: "shares in Carlsberg", "a 20% stake in Heathrow".
_HOLDINGS = frozenset("share shares stake stakes stock stocks holding holdings".split())  # noqa: SIM905


# What one holds in a body one is a member of: "seats in the Lok Sabha", "a majority in
# the Senate".
_MEMBERSHIP = frozenset("seat seats majority".split())  # noqa: SIM905


def holding_of(token: Any) -> Any | None:
    """The shares or stake held in the name (held_in), where nothing qualifies them, else
    None: not "Food stocks in Port Amsel" (stocks of food, no firm's)."""
    if not held_in(token):
        return None
    prep = token.head
    holding = prep.head if prep.head.lower_ in _HOLDINGS else prep.doc[prep.i - 1]
    if any(c.dep_ in ("compound", "amod") for c in holding.children):
        return None
    return holding


def held_in(token: Any) -> bool:
    """The name is what shares or a stake are held in: "Shares in Burberry plunged", "a stake
    in Heathrow" — a company, whatever NER took it for (also where the parse hangs "in" on
    the verb: "Shares in easyJet have fallen")."""
    head = token.head
    return (
        token.dep_ == "pobj"
        and head.lower_ == "in"
        and (
            head.head.lower_ in _HOLDINGS
            or (head.i > 0 and head.doc[head.i - 1].lower_ in _HOLDINGS and head.i == token.i - 1)
        )
    )


# Lower-case words for a court a place's name may qualify: "a Paris court".
_BENCHES = frozenset(["court", "courts", "tribunal"])


def is_setting(token: Any) -> bool:
    """The place is where something happens: the object of "in/at/near/to/across …", or a
    list joined to one ("in Syria and Iraq")."""
    token = first_conjunct(token)
    head = token.head
    if token.dep_ in ("compound", "nmod") and head.lower_ in _BENCHES and head.i > token.i:
        return True  # "A Hong Kong court ordered the liquidation": the court sits there, what
        # it does happens there
    if token.dep_ in ("compound", "nmod", "poss", "det", "appos") and head is not token:
        # "held in Belmarsh prison", "at the Census Bureau headquarters"; not "outside the US
        # embassy" (the US is not where that is) or "to US President George Bush"
        return (
            head.ent_type_ not in ("PERSON", "NORP")
            and head.lower_ not in TITLES
            and head.lower_ not in _ABROAD
            and head.lower_ not in person_nouns()
            and is_setting(head)
        )
    if held_in(token):
        return False  # "Shares in Carlsberg rose", "a stake in Heathrow": a part of a firm
    if (
        token.dep_ == "attr"
        and head.lemma_ == "be"
        and any(
            c.dep_ == "nsubj" and singular(c.lower_) in PLACE_APPOSITIONS | {"area"}
            for c in head.children
        )
    ):
        return True  # "the worst-hit districts were Chikwawa and Nsanje": where it happened
    if token.dep_ == "pobj" and _an_example(head) and head.head.pos_ == "NOUN":
        return is_setting(head.head)  # "fled to neighbouring countries, including Egypt":
        # an example of places where something happens is one
    if token.dep_ == "pobj" and head.lower_ == "in" and head.head.lower_ in _MEMBERSHIP:
        return False  # "240 of the 543 seats in the Lok Sabha": a part of a body
    if _an_end_of_a_way(token):
        return True  # "the road between Goma and Rutshuru"
    if token.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ == "out":
        return True  # "walked out of HMP Castle Huntly", "broke out of Evin": from inside it
    if token.dep_ == "pobj" and head.lower_ in _LOCATIVE:
        # "to"/"from" after a verb is a scene only for going ("fled to Syria"), not for
        # writing or speaking ("wrote to Barnes"); after a noun it is ("the road to Tera")
        return (
            head.lower_ not in ("to", "from")
            or _moving(head.head)
            or (head.lower_ == "from" and head.head.lower_.startswith(_LET_OUT))
        )
    if token.dep_ == "pobj" and head.lower_ == "on" and head.head.lower_.startswith(_ASSAULTS):
        return True  # "a drone attack on the plant", "air strikes on Kharkiv": where they hit
    if (
        token.dep_ == "pobj"
        and head.lower_ == "of"
        and head.head.pos_ == "NOUN"
        and head.head.lower_.startswith(_TAKINGS)
    ):
        return True  # "Moscow's invasion of Ukraine", "the siege of Mariupol": where it is
    if (
        token.dep_ == "pobj"
        and head.lower_ == "on"
        and head.head.pos_ == "VERB"
        and any(
            c.lower_ in WATER_WORDS
            for c in (token, *token.children)
            if c.dep_ in ("pobj", "compound")
        )
    ):
        return True  # "capsized on Lake Kivu", "sank on the River Niger": on the water it names
    if (
        token.dep_ == "pobj"
        and head.lower_ == "on"
        and head.head.pos_ == "VERB"
        and head.head.lower_.startswith(_LAID_ON)
        and token.ent_type_ in ("GPE", "LOC", "FAC")
    ):
        return True  # "paint was sprayed on Stonehenge", "the plane crashed on Mount Erebus":
        # where it landed
    if (
        token.dep_ == "pobj"
        and head.lower_ == "on"
        and any(c.dep_ == "appos" and c.lower_ in PLACE_APPOSITIONS for c in token.children)
    ):
        return True  # "happened on the Fronhof, a market square": on a place the text says is one
    if token.dep_ == "pobj" and head.lower_ == "before" and head.head.lower_.startswith("appear"):
        return True  # "will appear before Swansea Magistrates' Court": at the court
    if token.dep_ == "pobj" and names_a_settlement(head):
        return True  # "the town of Bhaktapur", "Karauli district of Rajasthan"
    if (
        token.dep_ == "pobj"
        and head.lower_ == "of"
        and head.head.pos_ == "NOUN"
        and head.head.lower_ not in person_nouns()
        and head.head.dep_ == "pobj"
        and is_setting(head.head)
    ):
        return True  # "a bomb exploded in the central market of Korvasta"
    if token.dep_ in ("dobj", "nsubjpass") and head.lower_.startswith(_GOING):
        return True  # "visiting Israel", "the quake that hit Nepal", "Khartoum has been hit"
    # "the south of Syria", "the border with Lebanon": a part or edge of the place (the
    # preposition may hang on the verb instead: "tracking them towards the border with Mali")
    return token.dep_ == "pobj" and (
        head.head.lower_ in _AREAS or (head.i > 0 and head.doc[head.i - 1].lower_ in _AREAS)
    )


def _an_example(prep: Any) -> bool:
    """The word that opens examples of the noun it hangs on: "including", "like", "such
    as"."""
    return prep.lower_ in ("including", "like") or (
        prep.lower_ == "as" and any(c.lower_ == "such" for c in prep.children)
    )


def an_area_of(token: Any) -> bool:
    """The name is what a part or edge belongs to: "along the southern coast of Tobago",
    "the outskirts of Kherson"."""
    token = first_conjunct(token)
    return token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ in _AREAS


def owns_an_area(token: Any) -> bool:
    """The name owns a part or area of itself: "Malawi's capital", "Syria's border"."""
    return token.dep_ == "poss" and token.head.lower_ in _AREAS


def a_home(ent: Any) -> bool:
    """Where a person named with an age lives: "Darren Moult, 34, of Everton" (NER: an
    organisation, the football club), "The 29-year-old, from Anfield": no actor."""
    prep = ent.root.head
    if ent.root.dep_ != "pobj" or prep.lower_ not in ("of", "from") or prep.dep_ != "prep":
        return False
    person = prep.head
    aged = any(c.dep_ == "appos" and c.like_num for c in person.children)
    return (person.ent_type_ == "PERSON" and aged) or person.lower_ == "old"


# What happens inside a country, named as its own: "Senegal's presidential election".
_HAPPENINGS = frozenset(
    """
    election elections vote referendum polls economy budget recession inflation
    unemployment protests outbreak epidemic
    """.split()  # noqa: SIM905 - a word list reads best as words
)


def owns_a_happening(token: Any) -> bool:
    """The name owns what happens inside it: "won Senegal's presidential election", "Kenya's
    budget", "Iran's protests" (not "Russia's war", fought elsewhere)."""
    return token.dep_ == "poss" and token.head.lower_ in _HAPPENINGS


def names_a_settlement(prep: Any) -> bool:
    """The preposition is the "of" of "the village of …", "… district of …", "residents of …"."""
    return prep.lower_ == "of" and prep.head.lower_ in _SETTLEMENTS


# Settlement words written after a place's name: "El Nahud town", "Kadugli city".
SETTLEMENT_NOUNS = frozenset(["town", "city", "village", "township"])
# Parts of a town written after their names: "the Mathare informal settlement".
_QUARTERS_OF_TOWNS = frozenset(["settlement", "neighbourhood", "neighborhood", "slum", "suburb"])
# Bearings from a place: "south of El Nahud" (an organisation is never south of anything).
_BEARINGS = frozenset(
    "north south east west northeast northwest southeast southwest".split()  # noqa: SIM905
)
# Words for water or a land's feature: "the Guaiba river", "Selayar island", "the Swat
# valley", "Sulphur Run, a creek".
FEATURE_NOUNS = (
    frozenset(
        """river lake canal reservoir creek estuary lagoon island gorge canyon ravine volcano
        mountain hill""".split()  # noqa: SIM905
    )
    | NATURAL_AREAS
)
# What a place is called beside its name: "Ed Damazin, the state capital", "Sulphur Run, a
# creek".
PLACE_APPOSITIONS = (
    frozenset(
        """capital village town city district province region county suburb port settlement
        camp hamlet township neighbourhood neighborhood municipality square plaza""".split()  # noqa: SIM905
    )
    | FEATURE_NOUNS
)
# A country's posts abroad: "the US embassy" is not in the US.
_ABROAD = frozenset(["embassy", "embassies", "consulate", "base", "bases", "mission", "forces"])
# Verbs whose object is a scene: going there, leaving it, striking it.
# The sky: planets, moons and stars are named like towns ("Jupiter", Florida) and people
# ("Moon") but are neither.
CELESTIAL = frozenset(
    """sun moon earth mercury venus mars jupiter saturn uranus neptune pluto europa titan
    ganymede callisto io enceladus ceres""".split()  # noqa: SIM905
)
_GOING = tuple(
    """
    visit enter invad reach leav left cross tour occup fled flee quit return hit struck
    strik rock devastat ravag swept sweep shell bomb raid attack storm seiz captur besieg
    """.split()  # noqa: SIM905 - a word list reads best as words
)
# Words a water's name is written with: "Lake Kivu", "the River Niger", "the Caspian Sea".
WATER_WORDS = frozenset(
    "lake river sea ocean gulf bay lagoon reservoir loch canal stream creek brook".split()  # noqa: SIM905
)
# Verbs of what is put or lands on a place: "sprayed on", "crashed on", "dumped on".
_LAID_ON = tuple(
    """spray paint daub splash smear scrawl glue dump pour threw throw drop land crash fell
    fall""".split()  # noqa: SIM905
)
# Nouns of taking or holding a place by force, whose "of X" is that place.
_TAKINGS = ("invasion", "occupation", "siege", "blockade", "annexation", "bombardment")
# Words of an assault, whose "on X" is where it falls (not "the impact on Europe").
_ASSAULTS = ("attack", "strike", "raid", "bomb", "shell", "assault", "offensive", "storm")
# Nouns whose "of/with X" is a part or edge of the place: "the outskirts of Kabul".
_AREAS = frozenset(
    """
    north south east west centre center heart outskirts edge part parts region regions area
    areas border borders coast capital city cities province provinces canton cantons interior
    rest length breadth soil streets frontier frontiers coastline shores hub hubs
    """.split()  # noqa: SIM905 - a word list reads best as words
)


# Nouns that name a settlement or area by what follows: "the village of Tal Baydar".
_SETTLEMENTS = frozenset(
    """
    village villages town towns city cities district districts province provinces region
    regions county counties state states canton cantons
    suburb suburbs neighbourhood neighbourhoods neighborhood neighborhoods camp camps
    municipality municipalities commune communes hamlet hamlets island islands port ports
    residents inhabitants villagers townspeople citizens mayor mayors prefect prefects
    outskirts parts
    """.split()  # noqa: SIM905 - a word list reads best as words
)  # "parts of Penteli and Nea Penteli" (NER: a people and a person): the towns
# The people of a place, whose owner is that place: "Riverton's mayor" (not "his home state").
_PLACE_PEOPLE = frozenset(
    "mayor mayors residents inhabitants villagers townspeople townsfolk".split()  # noqa: SIM905
)
SPATIAL = frozenset(
    """
    in at near towards toward into outside inside across around through off
    """.split()  # noqa: SIM905 - a word list reads best as words
)
_MOTION = tuple(
    """
    fled flee mov travel went go head deploy evacuat driv drove walk sail flew fly march
    advanc retreat withdr push return arriv reach sent send flow pour stream ship deliver
    airlift carr brought bring escap migrat relocat transfer smuggl rush admit launch depart
    spread
    """.split()  # noqa: SIM905 - a word list reads best as words
)


_MOVING = _MOTION + _GOING
# Verbs of being let out of a place, whose "from" is where someone was held: "released from
# HMP Leicester", "discharged from Ysbyty Gwynedd" (not "released to the press").
_LET_OUT = ("releas", "freed", "discharg", "paroled")
# Ways of getting somewhere: "trains to Machu Picchu", "the road from Kurmuk" name places.
_ROUTES = frozenset(
    """road roads route routes highway train trains flight flights bus buses ferry ferries
    border crossing crossings sailing sailings voyage voyages convoy convoys corridor journey
    trip access ticket tickets
    """.split()  # noqa: SIM905
)
# Ways that run between two places, the routes and the stretches of line they run on: "the
# road between Goma and Rutshuru", "the main line between Euston and Milton Keynes".
_WAYS = _ROUTES | frozenset(
    """highways motorway line lines railway railways track frontier stretch section service
    services""".split()  # noqa: SIM905
)


def _an_end_of_a_way(token: Any) -> bool:
    """The name is one end of a way "between" two places: "part of the West Coast Main Line
    between London Euston and Milton Keynes"."""
    prep = token.head
    return token.dep_ == "pobj" and prep.lower_ == "between" and prep.head.lower_ in _WAYS


def is_region_noun(token: Any) -> bool:
    """A region word in lower case, one or several: "region", "provinces", "counties"."""
    word = token.text
    return word.islower() and (word in REGION_NOUNS or singular(word) in REGION_NOUNS)


def singular(word: str) -> str:
    """A regular plural's singular: "provinces" -> "province", "counties" -> "county"."""
    return word[:-3] + "y" if word.endswith("ies") else word.removesuffix("s")


def opens_a_list_of_regions(ent: Any) -> bool:
    """The name opens a list of names that a plural region word ends, on which the parse
    hangs it: "Al Haouz" of "Al Haouz and Taroudant provinces"."""
    doc = ent.doc
    root = ent.root
    last = max((c for c in root.children if c.dep_ == "conj"), key=lambda c: c.i, default=None)
    if last is None or last.i + 1 >= len(doc):
        return False
    word = doc[last.i + 1]
    return (
        is_region_noun(word)
        and word.text != singular(word.text)
        and root.head.i == word.i
        and last.text[:1].isupper()
    )


def names_a_region(ent: Any) -> bool:
    """The name qualifies a region word after it: "Sennar state", "Benishangul-Gumuz region"
    are regions, whatever NER took the name for; so is "the Kaduna state governor", where
    the parse hangs both words on "governor"."""
    doc = ent.doc
    if ent.end >= len(doc) or not is_region_noun(doc[ent.end]):
        return False  # lower case only: "Islamic State" is no region
    word = doc[ent.end]
    if word.text != singular(word.text) and (
        ent.label_ in ("GPE", "LOC") or (word.dep_ != "conj" and ent.root.dep_ != "conj")
    ):
        return False  # a plural ends a list ("Khartoum and Al Jazirah states", NER: a
        # person, are two states); a place's name before one is read with the list it
        # ends (locations._its_region_word): "the Gulf states" are countries
    return (
        any(t.head.i == ent.end and t.dep_ != "det" for t in ent)
        or (
            word.dep_ == "compound"
            and ent.root.dep_ == "compound"
            and ent.root.head.i == word.head.i
            and word.head.i > word.i
        )
        # "Sharkey and Humphreys counties" (NER: a place and a person): the list's first
        # name qualifies the word, and so each name of the list does
        or (ent.root.dep_ == "conj" and first_conjunct(ent.root).head.i == ent.end)
    )


def named_as_scene(ent: Any) -> bool:
    """A name NER took for a person, organisation or nationality that the sentence uses as a
    place:
    "the village of Tal Baydar", "fled to Tal Tamr", "shelling near Tal Baydar", "trains to
    Aguas Verdes". For an organisation only the naming pattern and routes count ("at
    Walmart", "a stake in Irancell" stay organisations); a person with a title before the
    name stays a person."""
    if named_as_settlement(ent):
        return True
    if overrun(ent) and ent.label_ in ("PERSON", "NORP"):
        return True  # "stormed Wad al-Noura" (NER: a person)
    if climbed(ent):
        return True  # "set off to climb Tryfan" (NER: an organisation): a mountain
    token = first_conjunct(ent.root)
    if token.dep_ != "pobj":
        return False
    prep = token.head
    doc = ent.doc
    if _an_end_of_a_way(token) and ent.label_ != "NORP":
        return True  # "the line between London Euston and Milton Keynes" (NER: a body and a
        # person)
    singular_norp = ent.label_ == "NORP" and ent.root.tag_ == "NNP"  # "in the Peloponnese"
    if not (ent.label_ == "PERSON" or singular_norp) or (
        ent.start > 0 and doc[ent.start - 1].lower_ in TITLES
    ):
        return False
    return prep.lower_ in SPATIAL or journey_end(ent)


def climbed(ent: Any) -> bool:
    """The name is what someone climbs: "set off to climb Tryfan", "scaled Ben Nevis": a
    mountain, whatever NER took it for."""
    return ent.root.dep_ == "dobj" and ent.root.head.lower_ in _CLIMBING


_CLIMBING = frozenset(
    """climb climbs climbed climbing scale scaled scaling summit summited summiting ascend
    ascended ascending""".split()  # noqa: SIM905
)


def overrun(ent: Any) -> bool:
    """What fighters storm, shell or besiege by name: a place, never a person ("The RSF
    stormed Wad al-Noura", NER: a person)."""
    token = first_conjunct(ent.root)
    return token.dep_ == "dobj" and token.head.lower_.startswith(_OVERRUN)


# Verbs of fighters taking or pounding a place.
_OVERRUN = ("storm", "shell", "besieg", "overran", "overrun", "bombard", "raze")


def journey_end(ent: Any) -> bool:
    """Where someone goes or comes from: "fled to Tal Tamr", "returned from Makhanga"."""
    token = first_conjunct(ent.root)
    prep = token.head
    return (
        token.dep_ == "pobj"
        and prep.lower_ in ("to", "from")
        and prep.head.lower_.startswith(_MOTION)
    )


def means_of_travel(noun: Any) -> bool:
    """The noun is what someone travels on or in: "the gunmen arrived on about forty
    motorcycles", "fled in three boats" (a way of going, not a place or a count of harm)."""
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.lower_ in ("on", "in", "aboard", "by")
        and prep.head.tag_.startswith("VB")
        and prep.head.lower_.startswith(_MOTION)
        and noun.lower_ not in person_nouns()
        and not is_region_noun(noun)
        and noun.lower_ not in _SETTLEMENTS
    )


def named_as_settlement(ent: Any) -> bool:
    """The sentence names it as a place by its kind or as the end of a route, whatever NER
    took it for: "the village of Tal Baydar", "residents of al-Qaim", "Sennar state",
    "Ed Damazin, the state capital", "a site known as Chan Chan", "trains to Aguas
    Verdes"."""
    if names_a_region(ent) or opens_a_list_of_regions(ent):
        return True
    if any(c.dep_ == "appos" and c.lower_ in PLACE_APPOSITIONS for c in ent.root.children):
        return True  # "Ed Damazin, the state capital"
    if ent.root.dep_ == "appos" and ent.root.head.lower_ in PLACE_APPOSITIONS:
        return True  # "the regional capital, Tamor"
    if ent.root.dep_ == "poss" and ent.root.head.lower_ in _PLACE_PEOPLE:
        return True  # "Riverton's mayor", "Aleppo's residents"
    if called_place(ent.root) is not None:
        return True  # "the archaeological site known as Chan Chan"
    doc = ent.doc
    after = ent.end
    while after < len(doc) - 1 and doc[after].dep_ == "amod" and doc[after].is_lower:
        after += 1  # "the Mathare informal settlement"
    if (
        after < len(doc)
        and doc[after].text in SETTLEMENT_NOUNS | _QUARTERS_OF_TOWNS
        and ent.root.head.i == after
    ):
        return True  # "sought shelter in El Nahud town", "Nairobi's Mathare neighbourhood"
        # (lower case: "Leicester City" is a club)
    token = first_conjunct(ent.root)
    if token.dep_ != "pobj":
        return False
    prep = token.head
    if prep.lower_ == "of" and prep.head.lower_.replace("-", "") in _BEARINGS:
        return True  # "villages south of El Nahud", "35km north-east of Tamor"
    if prep.lower_ == "in" and prep.head.lower_ in _HOMES:
        return True  # "About 40,000 households in Swindon" (NER: a body): where people live
    return names_a_settlement(prep) or (
        prep.lower_ in ("to", "from") and prep.head.lower_ in _ROUTES
    )


# Homes and the people who live in them: what is "in" a place is there.
_HOMES = frozenset(
    "households homes houses properties residents inhabitants villagers families".split()  # noqa: SIM905
)


def called_place(token: Any) -> Any | None:
    """The place noun a name is given to ("a site known as X", "a village called X"): the
    noun's token, else None."""
    if token.dep_ == "pobj" and token.head.lower_ == "as":
        verb = token.head.head
    elif token.dep_ in ("oprd", "dobj", "attr"):
        verb = token.head
    else:
        return None
    if (
        verb.lower_ in ("known", "called", "named")
        and verb.dep_ == "acl"
        and verb.head.lower_ in _CALLED_PLACES
    ):
        return verb.head
    return None


# Place nouns a name can be given to: "a site known as …", "a village called …".
_CALLED_PLACES = PLACE_APPOSITIONS | frozenset(
    "site camp area settlement hamlet neighbourhood neighborhood municipality state".split()  # noqa: SIM905
)


def _moving(word: Any) -> bool:
    """The word a "to"/"from" hangs on is a noun or a verb of going ("fled", "sent"), or a
    way of getting there the tagger took for a verb ("trains to Machu Picchu") or that is
    its object ("bought tickets to India"). Taking moves someone ("was taken to hospital",
    "took him to the station"), not a thing: "take the case to the Supreme Court" is an
    appeal; responders "were called to" the place."""
    if word.lower_ in ("take", "takes", "taking", "took", "taken"):
        return not any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") for c in word.children)
    if word.lower_ == "called" and any(c.dep_ == "auxpass" for c in word.children):
        return True  # "Officers were called to Market Street": sent there (not "called to say")
    setting_off = any(c.dep_ == "prt" and c.lower_ == "off" for c in word.children)
    # "purchased plane tickets to India": the parse hangs "to" on the verb, not the tickets
    bought_a_way = any(c.dep_ == "dobj" and c.lower_ in _ROUTES for c in word.children)
    return (
        not word.tag_.startswith("VB")
        or word.lower_.startswith(_MOVING)
        or word.lower_ in _ROUTES
        or setting_off  # "lifted off from the Kennedy Space Center", "set off from Zuwara"
        or bought_a_way
    )


def described_as_person(ent: Any) -> bool:
    """A name the sentence describes as a person: "Mahendra, a butcher", "her husband,
    Mahendra", "her sons Toby and Christopher", "Gary, 41, said" (an age after it):
    whatever NER took it for. Not a name where something is, inside a noun's phrase: "The
    stationmaster at Larissa, a 59-year-old man," (the parse hangs the man on Larissa: he is
    the stationmaster)."""
    root = ent.root
    if root.dep_ == "appos" and root.head.lower_ in person_nouns():
        return True
    if (
        root.dep_ == "pobj"
        and root.head.lower_ in ("at", "in", "near", "outside", "inside")
        and root.head.head.pos_ == "NOUN"
    ):
        return False
    first = first_conjunct(root)
    if (  # "her sons Toby and Christopher": each of the people the plural names
        first.dep_ == "appos"
        and first.head.tag_ == "NNS"
        and singular(first.head.lower_) in person_nouns()
    ):
        return True
    return any(
        c.dep_ == "appos"
        and (c.lower_ in person_nouns() or (c.i == ent.end + 1 and age_follows(c.doc, ent.end)))
        for c in root.children
    )


def state_acts(token: Any, agentive: Collection[str]) -> bool:
    """A country (or capital) that acts: the subject of a verb that is not being or having,
    the agent of a passive, the possessor of a government, army, minister …
    (``agentive``: such heads). "Italy is prone", "Spain's election", "China's version"
    name the country without its acting."""
    token = first_conjunct(token)
    if named_after_its_place_noun(token):
        return False
    dep, head = token.dep_, token.head
    if dep == "nsubj" and head.lemma_ == "have":
        # "France, the former colonial power, has 1,500 soldiers in the country": a state
        # with forces there is a party (not "Italy has a long coastline")
        return _forces_kept(head) is not None
    if dep == "nsubj":
        return head.lower_ not in STATIVE
    if dep == "nsubjpass" and any(
        c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") and c.lower_ not in STATIVE
        for c in head.children
    ):
        return True  # "Washington is expected to request his extradition": it will act
    if dep == "pobj" and head.dep_ == "agent":
        return True
    if dep == "poss":
        return head.lower_ in agentive or head.lower_.rstrip("s") in agentive
    if dep == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN":
        body = head.head  # "the government of Egypt": Egypt's government, by another word
        return any(c.dep_ == "det" and c.lower_ == "the" for c in body.children) and (
            body.lower_ in agentive or body.lower_.rstrip("s") in agentive
        )
    return False


def named_after_its_place_noun(token: Any) -> bool:
    """A name written after a comma behind the place noun it names ("east of Haiti's capital,
    Port-au-Prince, police said", parsed as a subject of "said" beside the police): the
    place the noun calls, not a state acting."""
    start, doc = token.left_edge.i, token.doc
    closed = token.i + 1 == len(doc) or doc[token.i + 1].is_punct  # not "its port,
    # Mozambique's disaster agency said": the owner of the next noun
    return (
        closed
        and start >= 2
        and doc[start - 1].text == ","
        and doc[start - 2].lower_ in PLACE_APPOSITIONS
    )


def _forces_kept(have: Any) -> Any | None:
    """The forces a verb of having keeps: its object, or the first noun written after it
    where the parse took that for another verb's subject ("France has about 1,500 troops in
    the country and the United States has …"); None where it keeps none."""
    kept = next((c for c in have.children if c.dep_ == "dobj"), None)
    if kept is None:
        kept = next((t for t in have.doc[have.i + 1 : have.i + 6] if t.pos_ == "NOUN"), None)
    return kept if kept is not None and kept.lower_ in _FORCES_KEPT else None


def keeper_of_forces(noun: Any) -> Any | None:
    """The subject that has the forces the noun names: "France" of "France has 1,500 troops
    in the country"; None where no one is said to have them."""
    for have in noun.doc[max(0, noun.i - 5) : noun.i]:
        kept = _forces_kept(have) if have.lemma_ == "have" else None
        if kept is not None and kept.i == noun.i:
            return next((c for c in have.children if c.dep_ == "nsubj"), None)
    return None


# What a state keeps in another country that makes it a party there.
_FORCES_KEPT = frozenset(
    "troops soldiers forces personnel peacekeepers warships bases base contingent".split()  # noqa: SIM905
)


def addressed_capital(ent: Any, k: str, g: Gazetteer) -> bool:
    """A capital or a country that is the object of accusing, urging, warning...: "accused
    Washington" is the government, not the city; "accused Israel of sabotaging the talks"
    the state, a side."""
    return (
        ent.root.dep_ == "dobj"
        and (k in g.capitals or g.country_code(k) is not None)
        and bool(_ADDRESSED.match(ent.root.head.lower_))
    )


def is_mislabelled_place(
    label: str, surface: str, g: Gazetteer, countries: set[str], brands: Collection[str] = ()
) -> bool:
    """A place NER tagged as something else: "Niamey" as ORG, "Mali" or "Chimoio" as PERSON.

    ``brands``: first words of longer organisation names in the text; "Asahi" next to
    "Asahi Breweries" is the company, not the town; but a country stays one beside a body
    named for it ("Botswana's ruling Botswana Democratic Party").
    """
    k = key(surface)
    if label == "ORG":
        return (
            not surface.isupper()
            and (k not in brands or g.country_code(k) is not None)
            and g.is_local_place(k, countries)
        )
    if label in ("PERSON", "NORP"):
        return (
            g.is_place(k, cities=False)
            or (
                label == "PERSON"
                and any(
                    c.country in countries and spelt_alike(k, key(c.name))
                    for c in g.cities.get(k, ())
                )
            )
            or (  # "parts of Emilia-Romagna and Tuscany" (NER: a person) in a story of Italy
                label == "PERSON" and k not in given_name_sexes() and g.is_region_in(k, countries)
            )
        )
    return False
