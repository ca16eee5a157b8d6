"""Every place a sentence names, before any is kept: NER's places, and the ones it misses
or mislabels — sites ("HMP Birmingham", "Leicester Crown Court"), settlements, streets,
compass quarters — each with what its sentence does there."""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Any

from ..data import load
from .gazetteer import Gazetteer, gazetteer, small_town
from .names import (
    PEERAGE,
    POSSESSIVE_PRONOUNS,
    TITLES,
    clean,
    dateline,
    given_name_sexes,
    hyphenated_end,
    hyphenated_start,
    is_name_word,
    key,
    looks_named,
    person_nouns,
)
from .scenes import (
    FEATURE_NOUNS,
    PLACE_APPOSITIONS,
    REGION_NOUNS,
    SETTLEMENT_NOUNS,
    SPATIAL,
    addressed_capital,
    an_area_of,
    called_place,
    climbed,
    described_as_person,
    first_conjunct,
    is_mislabelled_place,
    is_region_noun,
    is_setting,
    named_after_its_place_noun,
    named_as_scene,
    named_as_settlement,
    names_a_region,
    names_a_settlement,
    opens_a_list_of_regions,
    owns_a_happening,
    owns_an_area,
    singular,
)

PLACE_LABELS = ("GPE", "LOC", "FAC")
# The last words of roads, bridges, airports … (the actors' list of names that are no actor
# reads them too).
STREET_WORDS = (
    "Road|Street|Avenue|Lane|Square|Boulevard|Airport|Highway|Interstate|Motorway|Pass|Bridge|"
    "Tunnel|Embankment|Promenade|Esplanade|Quay|Wharf|Terrace|Gate"
)
_STREET = re.compile(
    rf"\b({STREET_WORDS}|Plaza|Piazza|Rue|Calle)\b|^(the )?Place (de|du|des|of)\b"
)  # "the Place de la Concorde": a square, whatever NER says
# The last word of an organisation's name: "Oklahoma Highway Patrol" is no highway.
ORG_TAIL = re.compile(
    r"\b(Patrol|Police|Authority|Agency|Department|Service|Commission|Company|Corporation|"
    r"Council|Board|Trust|Association|Union|Group|Institute|Foundation|Office|Club)$"
)
# More last words of an institution's or an armed group's name, none of them a place's
# sense: no person is called "… Observatory" or "… Brigades", and "of <country>" may follow
# ("the Law Society of Kenya").
_INSTITUTION_TAIL = re.compile(
    r"\b(Observatory|Laboratory|Laboratories|Museum|Library|Society|Network|Fund|Centre|"
    r"Center|Programme|Program|Alliance|Coalition|Committee|Ministry|University|College|"
    r"Academy|Hospital|Clinic|Institution|Bank|Federation|Consortium|Forum|Chamber|"
    r"Confederation|Congress|League|Brigades|Brigade|Battalion|Battalions|Militia|Front|"
    r"Administration|Bureau|Directorate|Inspectorate|Secretariat|Organisation|Organization|"
    r"Party|Movement|Municipality|FC|AFC)$"
)
# The last words of a contest's name: "the Scottish Premiership", "the Africa Cup of
# Nations" is written with "of", and "the Commonwealth Games".
_COMPETITION = re.compile(
    r"\b(Premiership|League|Cup|Championships?|Trophy|Olympics|Paralympics|Games|Grand Prix)"
    r"( of [A-Z]\w+)?$"
)
# A company's legal form, or the trade it names itself by: "Live Nation Entertainment",
# "Qods Aviation Industries".
COMPANY_ENDINGS = frozenset(
    """bank group company co corporation corp inc ltd plc holdings limited llc air airlines
    airways motors entertainment international industries technologies technology
    enterprises energy resources pharmaceuticals systems communications media capital
    partners brands foods worldwide labs laboratories petroleum networks management
    investments securities""".split()  # noqa: SIM905
)


def ends_as_a_body(name: str) -> bool:
    """The name ends as an organisation's, an institution's or a company's does ("…
    Police", "… Observatory", "… Law Society", "… Aviation Industries")."""
    words = name.split()
    return bool(
        ORG_TAIL.search(name)
        or _INSTITUTION_TAIL.search(name)
        or (len(words) > 1 and words[-1][:1].isupper() and words[-1].lower() in COMPANY_ENDINGS)
    )


def a_firms_short_name(
    ent: Any, k: str, g: Gazetteer, firms: Collection[str], setting: bool
) -> bool:
    """A town's name (NER: a place, an organisation or a person) that is the first word of a
    firm the text names ("Halden" beside "Halden Group"), or a team's name ("Chelsea have
    signed"), where nothing happens ("Halden reported a loss", "Halden's shares rose", not
    "its plant in Halden") and the text does not say beside it what place it is: the firm
    or the club. A country stays a country."""
    return (
        (ent.label_ in ("GPE", "ORG") or (ent.label_ == "PERSON" and g.is_place(k)))
        and not setting
        and not _said_to_be_a_place(ent.root)
        and k in firms
        and len(k.split()) == 1
        and not g.country_code(k)
    )


def _said_to_be_a_place(token: Any) -> bool:
    """The name has a place noun in apposition: "Balochistan, Pakistan's largest and poorest
    province, is home to …" is the province, whatever body the text names after it (the
    "Balochistan Liberation Army")."""
    return any(
        c.dep_ == "appos" and (c.lower_ in PLACE_APPOSITIONS or is_region_noun(c))
        for c in token.children
    )


def a_countrys_own(ent: Any, k: str, g: Gazetteer) -> bool:
    """A name a country owns that is no place of that country, where nothing happens:
    "Denmark's Carlsberg have agreed to merge" (NER: a place) is the country's firm, as
    "Japan's Toyota" is; "Syria's Aleppo" and "in Denmark's Aarhus" are places."""
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 1].tag_ != "POS" or is_setting(ent.root):
        return False
    owner = doc[ent.start - 2]
    code = g.country_code(key(owner.text)) if owner.ent_type_ == "GPE" else None
    if code is None or g.country_code(k):
        return False
    place = g.resolve(k, {code})
    return place is None or place.country != code


def a_disease(name: str) -> bool:
    """The name is a disease's by its last word: "Marburg virus disease", "Lassa fever"."""
    words = key(name).split()
    return bool(words) and words[-1] in DISEASE_WORDS


def names_a_disease(ent: Any, tallies: bool = False) -> bool:
    """The name qualifies a disease word after it: "Marburg virus", "Lassa fever", "the
    Zaire strain" are diseases, not places or bodies; with ``tallies``, also the word for its
    cases ("Cholera cases were rising", "the Ebola outbreak": a disease, no body — though
    "the Wuhan outbreak" is a place's)."""
    doc = ent.doc
    return (
        ent.end < len(doc)
        and doc[ent.end].lower_ in (DISEASE_WORDS | _DISEASE_TALLIES if tallies else DISEASE_WORDS)
        and doc[ent.end].pos_ in ("NOUN", "PROPN")
        and ent.root.head.i >= ent.end
    )


def names_water_or_land(surface: str) -> bool:
    """A river, lake or sea, or a land's feature, by a name that says so: "the River Ouse",
    "Lake Malawi", "the Hudson River", "the Reykjanes Peninsula", "Mount Merapi", "the Volcán
    de Fuego", or a settlement by its kind's word ("Kibbutz Be'eri") (what NER takes for a
    body or a person, a place of the story); not a body named for one ("Mount Sinai
    Hospital")."""
    return bool(_NAMED_WATER_OR_LAND.fullmatch(surface)) and not ends_as_a_body(surface)


_NAME_WORD = r"(?:[A-Z][\w'-]+|(?:el|al|ad|as|at|an|ar)-[A-Z][\w'-]+)"  # "Bab el-Mandeb"
_NAMED_WATER_OR_LAND = re.compile(
    rf"(River|Lake|Loch|Rio|Río|Lago|Lac|Mount|Mt\.?|Monte|Mont|Volcán|Volcan|Cerro|Pico|"
    rf"Gunung|Isla|Ilha|Kibbutz|Moshav) ((de|del|di|du|des|la|las|los|el) )?{_NAME_WORD}"
    rf"( {_NAME_WORD})?|"
    rf"{_NAME_WORD}( {_NAME_WORD})? (River|Lake|Sea|Estuary|Strait|Straits|Gulf|Bay|Lagoon|"
    r"Reservoir|Peninsula|Island|Islands|Isles|Archipelago|Mountains|Highlands|Plateau|Desert|"
    r"Delta|Glacier|Volcano|National Park|National Forest|Nature Reserve|Game Reserve)"
)


def names_a_street(surface: str) -> bool:
    """A road, bridge, airport … by its name: "Birch Road East", not "Oklahoma Highway Patrol",
    the "National Highway Traffic Safety Administration" or the "Office of Rail and Road"."""
    return (
        bool(_STREET.search(surface))
        and not ends_as_a_body(surface)
        and not opens_as_a_body(surface)  # "the Office of Rail and Road"
    )


def opens_as_a_body(name: str) -> bool:
    """The name opens as a body's does: "the Office of Rail and Road", "Ministry for …"."""
    return _OPENS_AS_A_BODY.match(name) is not None


# The first words of a body's name: "Office of …", "Ministry for …", "Department of …".
_OPENS_AS_A_BODY = re.compile(
    r"(?:the\s+)?(?:Office|Ministry|Department|Bureau|Agency|Commission|Committee|Council|"
    r"Board|Institute|Federation|Union|Association|Secretary|Minister)\s+(?:of|for)\b",
    re.I,
)


_ACTING = {"nsubj", "nsubjpass", "agent", "poss"}
# Verbs whose subject is where the weather or an ordeal happens, not a government acting:
# "Mexico City recorded its highest temperature", "Kyiv endured another night of strikes".
_UNDERGOING = re.compile(r"(record|experienc|endur|swelter|bak|shiver)(e|es|ed|d|s|ing)?")
# Verbs of what befalls a site, whose subject is where it happens: "the Bulla Loca mine caved
# in", "the dam burst".
_BEFALLING = re.compile(r"(collaps|cav|burst|explod|flood)(e|es|ed|d|s|ing)?")


def _befalls(site: Any) -> bool:
    """The site is the subject of a verb of what befalls it: where it happens."""
    return _subject_of(site, _BEFALLING)


# Verbs of a site opening or shutting, whose subject with no object of its own is where it
# happens: "Heathrow Airport closed for the whole of Friday" (not "the embassy closed its
# doors", which it did).
_SHUTTING = re.compile(r"(clos|shut|reopen)(e|es|ed|d|s|ing)?")


def _shuts(site: Any) -> bool:
    """The site is the subject of a verb of shutting or reopening that takes no object."""
    return _subject_of(site, _SHUTTING) and not any(c.dep_ == "dobj" for c in site.head.children)


def _undergoes(token: Any) -> bool:
    """The place is the subject of a verb of undergoing: where it happens."""
    return _subject_of(token, _UNDERGOING)


def _subject_of(token: Any, verbs: re.Pattern[str]) -> bool:
    """The token is the subject of one of these verbs."""
    return (
        token.dep_ == "nsubj"
        and token.head.pos_ in ("VERB", "AUX")
        and bool(verbs.fullmatch(token.head.lower_))
    )


def _listed_beside_a_setting(doc: Any, ent: Any, g: Gazetteer) -> bool:
    """The name and a place where something happens are written as one list, "X and Y",
    though the parse lost the list: "in neighbouring Mali and Burkina Faso" (Mali hung on
    "neighbouring")."""
    if ent.root.dep_ == "conj" or any(t.dep_ == "conj" for t in ent.root.children):
        return False  # the parse has the list: is_setting reads it
    for other in doc.ents:
        if (other.start == ent.end + 1 and doc[ent.end].lower_ in ("and", "or")) or (
            other.end == ent.start - 1 and doc[other.end].lower_ in ("and", "or")
        ):
            return (
                other.label_ in PLACE_LABELS
                or (other.label_ == "PERSON" and g.is_place(key(other.text), cities=False))
            ) and is_setting(other.root)
    return False


def a_features_name(ent: Any, surface: str) -> str | None:
    """The water's or the land feature's name where the name qualifies a word for one written
    in lower case after it: "the Guaiba river rose", "the Yamuna river" (NER: a town) are
    the river, not the town (what a river does, "burst its banks", happens there, as what is
    done in it); in a list each name is one ("the Ceniza and Las Lajas ravines": Las Lajas,
    NER: a person)."""
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start > 1 else None
    if (
        before is not None
        and before.is_lower
        and singular(before.lower_) in FEATURE_NOUNS
        and doc[ent.start - 2].lower_ == "the"
    ):
        return surface  # "a dam on the river Nysa Klodzka burst" (NER: a person), the word
        # written before the name
    after = doc[ent.end] if ent.end < len(doc) else None
    if (
        after is None
        or singular(after.lower_) not in FEATURE_NOUNS
        or (first := first_conjunct(ent.root)).dep_ not in ("compound", "nmod")
        or first.head.i != after.i
    ):
        return None
    return surface if after.tag_ == "NNS" else f"{surface} {after.text}"


_COMPASS = {
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
    "north east", "north west", "south east", "south west",
}  # fmt: skip


_OWNERS = POSSESSIVE_PRONOUNS - {"its"}  # a person's (a firm's "its Manchester plant" is
# where the plant is)


def _owned_by_someone(ent: Any) -> bool:
    """ "in his Lamborghini", "her Rolex": a name a person's pronoun owns (not "during his
    City of London speech", where the pronoun owns the speech the name qualifies)."""
    return ent.root.dep_ not in ("nmod", "compound", "amod") and any(
        c.dep_ == "poss" and c.lower_ in _OWNERS for c in ent.root.children
    )


def place_mentions(
    doc: Any,
    g: Gazetteer,
    countries: set[str],
    brand_words: Collection[str] = (),
    scenes: Collection[str] = (),
    firms: Collection[str] = (),
    storms: Collection[str] = (),
    sides: Collection[str] = (),
) -> list[tuple[str, str, bool, bool]]:
    """(surface, NER label, acts, setting) of each place in a sentence, including places NER
    mislabelled; ``acts``: the name is the subject or possessor ("Athens insisted");
    ``setting``: something happens there ("fighting in Syria", see is_setting); ``scenes``:
    names the text uses as scenes somewhere (see named_as_scene); ``sides``: teams in a
    contest (facts.contest_sides), no place where nothing happens there."""
    out = []
    for ent in _joined_places(doc, g):
        while (
            len(ent) > 1
            and ent.end < len(doc)
            and ent[-1].lower_ in _OFFICE_QUALIFIERS
            and doc[ent.end].lower_ in _OFFICES
        ):
            ent = ent[:-1]  # "Lehigh County" of "Lehigh County District Attorney"
        surface = clean(ent.text)
        k = key(surface)
        if len(k) < 2 or not looks_named(surface) or " - " in surface or dateline(ent):
            continue
        if k.split()[0] in TITLES and len(k.split()) > 1:
            continue  # "Mr Hussen" tagged as a place
        if k in storms or (ent.start > 0 and key(doc[ent.start - 1].text) + " " + k in storms):
            continue  # "Hurricane Florence", "Florence" after it: a storm, not the city
        if k in _COMPASS or k in load("actors.json")["demonyms"]:
            continue  # "Southeast" alone, "Nepali": not a place
        if _in_a_title(doc, ent) or _names_an_office(doc, ent):
            continue  # "Lord Walker of Gestingthorpe", "New Jersey Sen. Cory Booker"
        if _owned_by_someone(ent) and not g.is_place(k):
            continue  # "in his Lamborghini" (NER: a place): a thing one owns, no place
        if k.split()[-1] in _POLITIES and not g.country_code(k):
            continue  # "the Chimu Empire": a state of the past, not a place on today's map
        if _NUMBERED_REGIME.match(k):
            continue  # "the history of the Fifth Republic", "the Third Reich": a regime
            # counted in a country's history, no place
        if ent.end < len(doc) and doc[ent.end].lower_ == "party":
            continue  # "the ruling Syriza party"
        if (
            ent.end < len(doc)
            and doc[ent.end].lower_ in ("wind", "winds")
            and ent.root.head.i == ent.end
        ):
            continue  # "driven by Santa Ana winds": a wind named for a place, blowing elsewhere
        if ent.end < len(doc) and doc[ent.end].lower_ in DOCUMENTS and ent.root.head.i == ent.end:
            continue  # "the Kyoto protocol", "the Paris agreement": a document's name
        if names_a_disease(ent):
            continue  # "Marburg virus disease", "Lassa fever": a disease's name
        if _COMPETITION.search(surface) and not g.is_place(k):
            continue  # "trail Celtic in the Scottish Premiership" (NER: a place): a contest
        if ent.end < len(doc) and doc[ent.end].text in ("-", "\u2010") and not ent[-1].whitespace_:
            continue  # "US-backed", "Iran-led": who backs or leads, not where
        if _ends_a_longer_name(doc, ent):
            continue  # "Islamic State in the Greater Sahara (ISGS)": a group, not a place
        if a_vessel(ent):
            continue  # "The MV Isle of Mull struck rocks" (NER: a place): a ship, no place
        if ent.label_ in ("PERSON", "ORG", "FAC") and a_county_named_after_its_word(ent):
            out.append((surface, "LOC", False, True))  # "from Newry, County Down" (NER: a
            continue  # person): an Irish county, named with its word first
        if k in _CONTINENTS and _owns_a_superlative(ent):
            continue  # "The plant, Europe's largest, …", "Africa's biggest economy": what
            # it is measured against, no place where anything happens ("Australia's
            # second-largest insurer" is the firm's country, and stays)
        if (coast := _a_coast_named(ent)) is not None and (
            g.resolve(k, countries) is None or k in _COMPASS or k == "gulf"
        ):
            out.append((f"{surface} Coast", "LOC", False, is_setting(coast)))
            continue  # "ports along the US East and Gulf coasts": each a coast, not "Gulf"
            # (the Persian Gulf) nor a name no gazetteer knows ("the Louisiana coast" stays
            # Louisiana, "the Mediterranean coast" the sea, each a known place)
        if _opens_a_longer_name(doc, ent, g, countries):
            continue  # "for California Suite", "in Downton Abbey" (NER: the place alone): a
            # film's or a series' name
        if _qualifies_a_named_area(ent) and not _a_country_or_region(k, g):
            continue  # "the southern Gazan city of Rafah": the city is Rafah (not Gazan, a
            # town in Saudi Arabia)
        # "won Senegal's presidential election": what happens there, as its own, happens there
        hearing = _a_court_hearing(ent, g)  # "the Old Bailey heard": sat, no actor
        setting = (
            is_setting(ent.root)
            or owns_a_happening(ent.root)
            or hearing
            or climbed(ent)  # "set off to climb Scafell Pike": the walk happens there
            or _undergoes(ent.root)
            or (ent.label_ == "FAC" and (_befalls(ent.root) or _shuts(ent.root)))
            or _listed_beside_a_setting(doc, ent, g)
            or _on_a_known_land(ent, k, g)
        )
        # "in Malawi's capital": the place owns the area where it happens, it does not act
        owns = (setting and owns_an_area(ent.root)) or owns_a_happening(ent.root)
        # "Khartoum has been hit by air strikes": what happens there is done to it, not by it
        struck = setting and first_conjunct(ent.root).dep_ == "nsubjpass"
        # "praised by Washington": the agent of a passive acts, as a subject does
        agent = ent.root.dep_ == "pobj" and ent.root.head.dep_ == "agent"
        acts = (
            (ent.root.dep_ in _ACTING or agent)
            and not owns
            and not struck
            and not hearing
            and not _undergoes(ent.root)
            and not (ent.label_ == "FAC" and (_befalls(ent.root) or _shuts(ent.root)))
            and not named_after_its_place_noun(ent.root)  # "Haiti's capital, Port-au-Prince,
            # police said": the capital the noun names, whatever the parse made it
        ) or addressed_capital(ent, k, g)
        if a_firms_short_name(ent, k, g, firms, setting):
            continue  # "Halden reported a loss" beside "Halden Group": the firm, not the town
        if k in sides and not (
            ent.root.dep_ == "pobj" and ent.root.head.lower_ in SPATIAL | {"from", "to"} and setting
        ):
            continue  # "in Bayern Munich's win over Bochum": the clubs, not Munich, nor
            # Bochum (a contest's owner or opponent is no place where it happens, as an
            # election's owner is); "fans in Dundee" is still the city
        if a_countrys_own(ent, k, g):
            continue  # "Denmark's Carlsberg" (NER: a place): the country's firm
        if not setting and (place := called_place(ent.root)) is not None:
            setting = is_setting(place)  # "reached a village called Mabala": as the village is
        if (
            not setting
            and ent.root.dep_ == "pobj"
            and ent.root.head.lower_ == "on"
            and ent.root.head.head.lower_ not in _SITE_NOUNS  # "his studio on Elm Avenue":
        ):  # an address
            setting = names_a_street(surface)  # "potholes on the Francis Scott Key Bridge"
        after = doc[ent.end] if ent.end < len(doc) else None
        if (
            ent.label_ in ("ORG", "FAC")
            and after is not None
            and after.lower_ in _SITES
            and after.pos_ in ("NOUN", "PROPN")  # not "where Amazon park its vans"
            and not (  # "in a Nottingham park" (NER: an organisation): a park in the city
                ent.start > 0 and doc[ent.start - 1].lower_ in ("a", "an") and g.is_place(k)
            )
        ):
            # "Census Bureau headquarters"
            out.append((f"{surface} {after.text}", "FAC", False, setting))
            continue
        if ent.label_ == "ORG" and _grounds_of(ent):
            out.append((surface, "FAC", False, True))  # "opened fire on the campus of
            continue  # Michigan State University": where it happened, the university's site
        if (feature := a_features_name(ent, surface)) is not None:
            known = g.resolve(k, countries) if feature.endswith((" desert", " Desert")) else None
            if known is not None and known.kind in ("region", "country"):
                feature = surface  # "landed in the New Mexico desert": in New Mexico (not
                # "the Hudson river", no town)
            out.append((feature, "LOC", False, True))
            continue
        site = _site_of(ent, g)
        if site is not None:
            out.append(site)  # "in a Walmart parking lot": the place is the lot
            continue
        named_site = (
            ent.label_ in ("ORG", "EVENT", "WORK_OF_ART", "PRODUCT") and ends_as_a_site(surface)
        ) or (ent.label_ == "PERSON" and site_named(surface))
        named_for = next((e for e in doc.ents if e.end == ent.start and e.label_ == "PERSON"), None)
        if named_site and named_for is not None:
            surface = clean(doc[named_for.start : ent.end].text)  # "Ronald Reagan Washington
            # National Airport" (NER: a person and an event): the site named for the person
        if named_site and a_nations_court(surface, g):
            continue  # "in the US Supreme Court": a country's judiciary, not a building
        built = (
            named_site
            and surface.endswith(STRUCTURES)
            and ent.label_ in ("ORG", "PERSON")
            and all(w[:1].isupper() for w in surface.split())
        )  # not a work's title ("Spider on the Bridge")
        if named_site and (setting or named_for is not None or built):
            before = doc[max(0, ent.start - 2) : ent.start]
            if (
                ent.label_ == "ORG"  # a name read as a person's is whole: "Parr Hall"
                and len(before) == 2
                and before[1].tag_ == "POS"
                and before[0].pos_ == "PROPN"
            ):
                surface = clean(doc[ent.start - 2 : ent.end].text)  # "Duncan's District Court"
            out.append((surface, "FAC", acts and not built, setting or built))  # "girls from
            continue  # Bethnal Green Academy"; "the Old Kijabe Dam gave way": it happened there
        if ent.label_ in ("ORG", "FAC") and ent[0].text in SITE_PREFIXES and setting:
            out.append((surface, "FAC", acts, setting))
            continue  # "HMP Darrowby" as one name
        if ent.start > 0 and doc[ent.start - 1].text in SITE_PREFIXES and setting:
            out.append((f"{doc[ent.start - 1].text} {surface}", "FAC", acts, setting))
            continue  # "serving time at HMP Birmingham"
        quarter = _quarter(doc, ent) or _quarter_of(ent)
        if k in _CONTINENTS and quarter:
            surface = f"{quarter} {surface}"  # "south Asia", "West Africa"
        elif quarter and g.country_code(k):
            # "northern Russia", "north-western Peru": a part of the country, as the text names it
            out.append((f"{quarter} {surface}", "LOC", False, setting))
            out.extend(  # "eastern and central Nepal": each part
                (f"{other} {surface}", "LOC", False, setting) for other in _other_quarters(doc, ent)
            )
            continue
        if ent.label_ in ("PERSON", "ORG", "FAC") and names_a_region(ent):
            # "Sennar state" (NER: a person), "Benishangul-Gumuz region" (a facility)
            region = doc[ent.end]  # "Khartoum and Al Jazirah states": each a state
            if region.text != singular(region.text) and ent.root.dep_ == "conj":
                # "the Bay and Bakool regions": a later name of the list is written as its
                # first is, without the word (locations reads the word for each)
                out.append((surface, "LOC", acts, is_setting(region)))
            else:
                out.append((f"{surface} {singular(region.text)}", "LOC", acts, is_setting(region)))
        elif ent.label_ in ("PERSON", "ORG", "FAC") and opens_a_list_of_regions(ent):
            # "Al Haouz and Taroudant provinces" (NER: a person): the list's first region
            out.append((surface, "LOC", acts, is_setting(ent.root.head)))
        elif listed_among_bodies(ent) and not g.country_code(k):
            continue  # "Delta, United and American Airlines grounded all flights"
        elif ent.label_ == "GPE" and _names_a_things_maker(ent, g):
            continue  # "a vulnerability in Citrix software" (NER: a place): a firm's product
        elif ent.label_ in PLACE_LABELS:
            # "near the village of Monte Rojo" (NER: a facility) is a settlement; so is "the
            # town of Rubaya" (NER: a region)
            label = (
                "GPE"
                if (ent.label_ == "FAC" and named_as_settlement(ent))
                or (ent.label_ == "LOC" and called_a_town(ent))
                else ent.label_
            )
            if label == "FAC" and names_water_or_land(surface):
                label, setting = "LOC", True  # "Mount Lewotobi Laki-laki erupted" (NER: a
                # facility): a mountain, where what it does happens
            out.append((surface, label, acts, setting))
        elif (
            ent.label_ in ("PERSON", "ORG")
            and _qualifies_an_area(ent)
            and (g.is_place(k) or named_area(ent))
        ):
            # "his Hereford constituency" (NER: a person): the place the area is named for
            area = doc[ent.end]
            if not g.is_place(k) and area.lower_ in _UNITS:
                surface = f"{surface} {area.text}"  # "the Bordesley Green ward": a unit no
                # gazetteer knows, named with its word
            out.append((surface, "GPE", acts, is_setting(area)))
        elif ent.label_ != "GPE" and _one_of_a_kind_no_place(ent):
            continue  # "Airlines including Delta, United and American Airlines"
        elif (
            is_mislabelled_place(ent.label_, surface, g, countries, brand_words)
            and not _a_known_body(k, g)
            and not described_as_person(ent)  # "Her husband Gary, 41, said": not Gary, Indiana
        ):
            out.append((surface, "GPE", acts, setting))
        elif (
            ent.label_ in ("ORG", "PERSON", "PRODUCT")
            and ent.root.dep_ == "pobj"
            and (
                ent.root.head.lower_ in ("near", "outside")
                or (
                    ent.root.head.lower_ in ("in", "from")
                    and setting
                    and len(ent) == 1
                    and not ends_as_a_body(surface)  # "passed in Congress" (Congress, AZ)
                )
            )
            and small_town(k, countries) is not None
            and k not in given_name_sexes()
            and k not in brand_words
            and not _a_known_body(k, g)
            and not described_as_person(ent)
        ):
            out.append((surface, "GPE", acts, True))  # "on the A483 near Llandrindod Wells"
            # (NER: a body): a small town of the story's country, by where it lies; "an
            # inquest in Caernarfon", "a helicopter from Caernarfon" (NER: a product, a body)
        elif (
            _joins_a_place(ent)
            and (
                g.is_local_place(k, countries)
                or any(c.country in countries for c in g.cities.get(k, ()))
                or (small_town(k, countries) is not None and k not in given_name_sexes())
            )
            and not _a_known_body(k, g)  # "Israel and Hamas have yet to agree"
        ):
            # "In Nantes and Rennes" (a product); "Kassala, Gedaref and Khartoum" (an
            # organisation, a town of a country the text names by another of its names);
            # "the worst-hit districts were Chikwawa (NER: a person) and Nsanje", a small
            # town of the story's country
            out.append((surface, "GPE", acts, setting))
        elif (
            ent.label_ in ("PERSON", "ORG")
            and in_a_list_of_places(ent, g, countries)
            and not _a_known_body(k, g)
            and not described_as_person(ent)
        ):
            out.append((surface, "GPE", False, True))  # "schools in Llanfihangel Rhydithon,
            # Abbey Cwm Hir, Llandewi and Beguildy" (NER: a person, then organisations):
            # villages, listed after the first
        elif ent.label_ in ("PERSON", "ORG", "NORP") and (named_as_scene(ent) or k in scenes):
            # "fled to Tal Tamr"; "set off to climb Tryfan" (NER: a body), a mountain
            out.append((surface, "LOC" if climbed(ent) else "GPE", acts, setting or climbed(ent)))
        elif ent.label_ in ("WORK_OF_ART", "PRODUCT", "EVENT") and (
            named_as_settlement(ent)
            or (
                setting
                and g.is_local_place(k, countries)
                and not (ent.start > 0 and doc[ent.start - 1].lower_ in _NAME_PARTICLES)
            )  # "Trent" of "Burton upon Trent": the end of a town's name
        ):
            out.append((surface, "GPE", acts, setting))  # "the regional capital, Tamor";
            # "supporters clashed in Mzuzu" (NER: a product), a town of the story's country
        elif (
            ent.label_ in ("ORG", "PERSON")
            and an_area_of(ent.root)
            and g.is_local_place(k, countries)
            and not _a_known_body(k, g)
        ):
            out.append((surface, "GPE", acts, setting))  # "oil spilled along the southern
            # coast of Tobago" (NER: a body): a part of a place the story's country has
        elif area_written_after(ent, g) is not None:
            out.append((surface, "GPE", False, True))  # "a nightclub in Mayfair, central London"
        elif ent.label_ in ("ORG", "PERSON") and names_water_or_land(surface):
            out.append((surface, "LOC", False, True))  # "the River Ouse continues to rise"
        elif ent.label_ in ("ORG", "PERSON") and names_a_street(surface):
            # "Birch Road East" tagged as an organisation
            out.append((surface, "FAC", acts, setting))
    out.extend((name, "GPE", False, True) for name in untagged_settlements(doc))
    out.extend(_untagged_sites(doc))
    out.extend(_untagged_features(doc))
    for span in untagged_countries(doc, g):
        setting = is_setting(span.root)
        out.append((span.text, "GPE", span.root.dep_ in _ACTING and not setting, setting))
    out.extend(_untagged_local_places(doc, g, countries))
    out.extend(_untagged_end_of_a_list_of_regions(doc))
    out.extend(_untagged_hyphenated_towns(doc, g))
    out.extend(_last_of_a_list_of_regions(doc, g, countries))
    return out


# Kinds of place a list of names can be examples of: "countries including France".
_PLACE_KINDS = frozenset(
    """
    countries nations states cities towns villages regions provinces districts areas places
    locations destinations capitals islands ports airports sites hubs communities markets
    """.split()  # noqa: SIM905 - a word list reads best as words
)


# Areas written with their name after "of", which a people's word may qualify: "the
# Indonesian island of Flores", "the southern Gazan city of Rafah".
NAMED_AREAS = frozenset(
    "island islands town city village province state region district county port".split()  # noqa: SIM905
)


def _qualifies_a_named_area(ent: Any) -> bool:
    """The name qualifies an area that the sentence names after "of": "the southern Gazan
    city of Rafah" (NER: "Gazan" a place) is Rafah; the qualifier is a people's word."""
    root, head = ent.root, ent.root.head
    return (
        root.dep_ in ("compound", "amod")
        and head.i == ent.end
        and head.lower_ in NAMED_AREAS
        and any(
            c.dep_ == "prep"
            and c.lower_ == "of"
            and any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in c.children)
            for c in head.children
        )
    )


def _a_country_or_region(k: str, g: Gazetteer) -> bool:
    """The gazetteer knows the name as a country or a region ("the Oklahoma town of
    Duncan": Oklahoma is a place of the story too)."""
    place = g.resolve(k, set())
    return place is not None and place.kind in ("country", "region")


def called_a_town(ent: Any) -> bool:
    """The text calls the name a town: "the town of Rubaya", "the villages of A and B"."""
    token = first_conjunct(ent.root)
    prep = token.head
    return (
        token.dep_ == "pobj"
        and prep.lower_ == "of"
        and singular(prep.head.lower_) in SETTLEMENT_NOUNS
    )


def area_written_after(ent: Any, g: Gazetteer) -> str | None:
    """The town or region a name NER took for a body's or a person's is written in, after a
    comma, where something happens: "a nightclub in Mayfair, central London" -> "London",
    "a flat in Walkden, Greater Manchester" -> "Greater Manchester" (the name is a part of
    that place); None where the name is not written so."""
    doc = ent.doc
    if ent.label_ not in ("ORG", "PERSON") or ent.root.dep_ != "pobj":
        return None
    if ent.root.head.lower_ != "in" or ent.end + 1 >= len(doc) or doc[ent.end].text != ",":
        return None
    if _a_known_body(key(clean(ent.text)), g):
        return None
    starts = {e.start: e for e in doc.ents if e.label_ in ("GPE", "LOC", "PERSON", "ORG")}
    area = starts.get(ent.end + 1)
    if area is None and doc[ent.end + 1].lower_ in _COMPASS | {"central"}:
        area = starts.get(ent.end + 2)  # "central London"
    if area is None:
        return None
    place = g.resolve(key(clean(area.text)), set())
    if place is None or place.kind not in ("city", "region"):
        return None
    if area.label_ in ("PERSON", "ORG") and place.kind == "city" and place.population < _BIG_TOWN:
        return None  # "in Bulwell, Nottingham" (NER: a body, then a person) is written in
        # Nottingham, a city; a small town's name so tagged may be a person's
    return clean(area.text)


# People in a city whose name NER may tag a person's and still be read as the city.
_BIG_TOWN = 100_000


def in_a_region_after(ent: Any, g: Gazetteer) -> bool:
    """The name is followed by "in" and a region or country it lies in: "from Chibok in the
    northeastern state of Borno", "to Kuriga in Nigeria"."""
    doc = ent.doc
    if ent.end >= len(doc) or doc[ent.end].lower_ != "in":
        return False  # (the parse may hang the "in" on the verb)
    end = doc[ent.end].right_edge.i + 1
    return any(
        e.label_ in ("GPE", "LOC")
        and e.start >= ent.end
        and (place := g.resolve(key(clean(e.text)), set())) is not None
        and place.kind in ("region", "country")
        for e in doc.ents
        if e.end <= end
    )


def _a_known_body(k: str, g: Gazetteer) -> bool:
    """A well-known group or body (data/actors.json) is no town NER mislabelled, whatever
    town goes by the name ("Hamas" is an old name of Hamm, Germany); a curated place
    ("Pentagon", "Downing Street") may still be one."""
    from .facts import known_bodies  # facts reads this module's sites

    return k in known_bodies() and k not in g.curated


def _one_of_a_kind_no_place(ent: Any) -> bool:
    """The name is an example of a kind of thing that is no place: "Airlines including
    Delta, United and American Airlines" (Delta, a town in Canada, is an airline here);
    "countries including France" are places."""
    token = first_conjunct(ent.root)
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ not in ("including", "like", "as"):
        return False
    if prep.lower_ == "as" and not (prep.i > 0 and prep.doc[prep.i - 1].lower_ == "such"):
        return False
    kind = prep.head
    return kind.tag_ in ("NNS", "NNPS") and kind.lower_ not in _PLACE_KINDS


def _listed_from(token: Any) -> list[Any]:
    """The conjuncts after the token, in order: each the next one's head."""
    listed = []
    while (nxt := next((c for c in token.children if c.dep_ == "conj"), None)) is not None:
        listed.append(nxt)
        token = nxt
    return listed


def listed_among_bodies(ent: Any) -> bool:
    """The name is one of a list whose other names are all organisations, one of them named
    as a body ("Delta, United and American Airlines", "American Airlines, Delta and United":
    Delta, a town in Canada, is an airline there)."""
    doc = ent.doc
    first = first_conjunct(ent.root)
    for listed in (_listed_from(ent.root), [first, *_listed_from(first)]):
        others = [t for t in listed if not ent.start <= t.i < ent.end]
        if not others or any(t.ent_type_ != "ORG" for t in others):
            continue
        names = [e for e in doc.ents if any(e.start <= t.i < e.end for t in others)]
        if any(ends_as_a_body(e.text) for e in names):
            return True
    return False


def _last_of_a_list_of_regions(
    doc: Any, g: Gazetteer, countries: set[str]
) -> list[tuple[str, str, bool, bool]]:
    """The untagged last name of a list of regions: "in Sofala, Zambezia and Tete provinces"
    (NER tagged the first two) is Tete province too, where the gazetteer knows Tete as a
    place of a country the text names."""
    out = []
    for token in doc:
        if not is_region_noun(token) or token.dep_ != "conj" or not token.text.endswith("s"):
            continue
        listed = first_conjunct(token)
        if listed.ent_type_ not in ("GPE", "LOC"):
            continue
        for word in token.lefts:
            written_as_name = word.text[:1].isupper() and word.is_alpha and not word.is_stop
            if word.dep_ in ("amod", "compound") and not word.ent_type_ and written_as_name:
                name = _untagged_name(doc, word)  # the parser may take it for an adjective
                if g.is_local_place(key(name), countries):
                    out.append((f"{name} {singular(token.text)}", "GPE", False, is_setting(listed)))
    return out


def _untagged_end_of_a_list_of_regions(doc: Any) -> list[tuple[str, str, bool, bool]]:
    """The untagged last name of a list a plural region word ends, whose first name opens
    it: "Taroudant" of "in Al Haouz and Taroudant provinces" (NER: a person and nothing)."""
    out = []
    for ent in doc.ents:
        if not opens_a_list_of_regions(ent):
            continue
        last = max(c for c in ent.root.children if c.dep_ == "conj")
        if last.ent_iob_ == "O" and is_name_word(last):
            region = doc[last.i + 1]
            out.append((_untagged_name(doc, last), "LOC", False, is_setting(region)))
    return out


def _untagged_name(doc: Any, token: Any) -> str:
    """An untagged name ending at ``token``, with the name words compounded before it, untagged
    ("Bulo" + "Mareer") or a place NER cut from it ("Chipping" + "Campden town councillor")."""
    start = token.i
    while (
        start > 0
        and doc[start - 1].dep_ == "compound"
        and (
            is_name_word(doc[start - 1])
            or (doc[start - 1].ent_type_ in PLACE_LABELS and doc[start - 1].is_title)
        )
    ):
        start -= 1
    return str(doc[start : token.i + 1].text)


def _untagged_local_places(
    doc: Any, g: Gazetteer, countries: set[str]
) -> list[tuple[str, str, bool, bool]]:
    """A name NER left untagged where something happens that the gazetteer knows as a town
    of a country the text names: "taken to St George's Hospital in Tooting" (London named),
    "in Mombasa, Kisumu, Eldoret and Nyeri" (NER tagged two)."""
    out = []
    for token in doc:
        # "in Tooting"; "in Cavendish Road, Stockport": the town after a street's comma
        town_of = (
            token.dep_ == "appos" and token.head.ent_type_ in PLACE_LABELS and not token.ent_type_
        )
        # "in Mombasa, Kisumu, Eldoret and Nyeri": the list's names share its preposition
        # "Punjab was hit hardest": what befalls the place (is_setting reads the verb)
        # "attacks that hit Kyiv, Kharkiv and Lviv": what is struck (is_setting reads it)
        listed = token.dep_ == "conj" and first_conjunct(token).dep_ in (
            "pobj",
            "nsubjpass",
            "dobj",
        )
        if (area := _a_known_area_after(token, g, countries)) is not None:
            out.append((_untagged_name(doc, token), "GPE", False, True))
            if not area.ent_type_:
                out.append((_untagged_name(doc, area), "GPE", False, True))
            continue
        if (
            token.dep_ not in ("pobj", "nsubjpass") and not town_of and not listed
        ) or not is_name_word(token):
            continue
        if listed and token.ent_type_:
            continue  # tagged: read with its entity
        if not is_setting(token):
            continue
        name = _untagged_name(doc, token)
        if g.is_local_place(key(name), countries) or (
            token.dep_ == "pobj" and small_town(key(name), countries) is not None
        ):
            out.append((name, "GPE", False, True))
    return out


def _a_known_area_after(token: Any, g: Gazetteer, countries: set[str]) -> Any:
    """The untagged name a preposition governs, written with the region or country it lies
    in after a comma: "in Ellesmere Port, Cheshire" (NER: nothing) is a town, in Cheshire.
    Returns the area's last word, or None."""
    if token.dep_ != "pobj" or token.ent_type_ or not is_name_word(token):
        return None
    doc = token.doc
    area = next(
        (
            c
            for c in token.children
            if c.dep_ == "appos" and c.i == token.i + 2 and doc[token.i + 1].text == ","
        ),
        None,
    )
    if area is None or not (is_name_word(area) or area.ent_type_ in ("GPE", "LOC")):
        return None
    known = g.resolve(key(_untagged_name(doc, area)), countries)
    return area if known is not None and known.kind in ("region", "country") else None


# Areas named after the town or city they cover: "the Hereford constituency".
_AREA_NOUNS = frozenset(
    "constituency ward borough suburb suburbs neighbourhood neighborhood area".split()  # noqa: SIM905
)


def _a_court_hearing(ent: Any, g: Gazetteer) -> bool:
    """A town's court that heard a case is where the trial is: "Lewes Crown Court heard",
    "the judge told Bristol Crown Court" (the British court report's phrases) as "at Lewes
    Crown Court" (not "an Election Court heard": no building of a town)."""
    root = ent.root
    town = ent[1] if ent[0].lower_ == "the" and len(ent) > 1 else ent[0]
    site = g.curated.get(key(ent.text))  # key drops "the"
    if (ent[-1].text != "Court" or not g.is_place(key(town.text))) and (
        site is None or site.kind != "facility"
    ):
        return False  # a town's court, or a court known by name ("the Old Bailey heard")
    if root.dep_ == "nsubjpass" and root.head.lower_ == "told":
        return True  # "Sheffield Crown Court was told"
    if root.dep_ in ("dobj", "dative") and root.head.lower_ in ("told", "tells", "tell"):
        return True  # "the judge told Bristol Crown Court": spoke in it
    if root.dep_ == "pobj" and root.head.lower_ == "by":
        verb = next((t for t in root.ancestors if t.pos_ in ("VERB", "AUX")), None)
        return verb is not None and any(c.dep_ == "auxpass" for c in verb.children)
        # "granted bail by the Pretoria Magistrates Court" (the parse may hang "by" on the
        # bail): the court sat there
    return (
        root.dep_ == "nsubj"
        and root.head.lower_ in ("heard", "hears", "was")
        and (root.head.lower_ != "was" or any(c.lower_ == "told" for c in root.head.children))
    )


def _names_a_things_maker(ent: Any, g: Gazetteer) -> bool:
    """A name no gazetteer knows that qualifies a thing where something is found: "a
    vulnerability in Citrix software", "a flaw in Zorvex routers" (a firm, whose product is
    the place meant), not "in Bagar village", "in the Dadu district" or "according to
    Montgomery County police" (a body or people of the place)."""
    from .lexicon import lexicon  # lexicon reads facts, which reads this module

    root = ent.root
    head = root.head
    return (
        root.dep_ == "compound"
        and head.i == ent.end
        and head.pos_ == "NOUN"
        and head.is_lower
        and head.dep_ == "pobj"
        and not g.is_place(key(ent.text))
        and not is_region_noun(head)
        and singular(head.lower_) not in _PLACE_NOUNS
        and head.lower_ not in lexicon().agentive
        and singular(head.lower_) not in person_nouns()
    )


# Electoral and administrative units, whose word is part of the name: "Bordesley Green ward".
_UNITS = frozenset("ward constituency borough".split())  # noqa: SIM905


def named_area(ent: Any) -> bool:
    """A name NER took for a person's or a body's that names an area with "the": "in the
    Maip Mulitaka area" (no one's name takes "the"), "from the Bulwell area of the city",
    though the gazetteer does not know it."""
    return (
        ent.label_ in ("PERSON", "ORG")
        and _qualifies_an_area(ent)
        and ent.start > 0
        and ent.doc[ent.start - 1].lower_ == "the"
    )


def _qualifies_an_area(ent: Any) -> bool:
    """The name modifies an area word right after it ("his Hereford constituency")."""
    doc = ent.doc
    return (
        ent.end < len(doc)
        and doc[ent.end].lower_ in _AREA_NOUNS
        and ent.root.head.i == ent.end
        and ent.root.dep_ in ("compound", "nmod", "amod")
    )


def _untagged_features(doc: Any) -> list[tuple[str, str, bool, bool]]:
    """A land's or water's feature NER left untagged, named by the word for it in lower case
    after the name, where something happens: "struck in the High Atlas mountains", "the
    Kessel river burst its banks" (as a_features_name reads the tagged ones)."""
    out = []
    for token in doc:
        head = token.head
        if (
            is_name_word(token)
            and token.dep_ in ("compound", "nmod")
            and head.i == token.i + 1
            and head.is_lower
            and singular(head.lower_) in FEATURE_NOUNS
            and is_setting(head)
        ):
            name = _untagged_name(doc, token)
            out.append((name if head.tag_ == "NNS" else f"{name} {head.text}", "LOC", False, True))
    return out


def _untagged_sites(doc: Any) -> list[tuple[str, str, bool, bool]]:
    """A site by its prefix that NER left untagged: "serving time at HMP Darrowby"; a site
    noun a name NER left untagged qualifies: "a tunnel collapsed at the Severny-2 coal
    mine"; a site's whole name NER left untagged, where a preposition leads to it: "flown to
    the Royal Lancaster Infirmary"."""
    out = []
    for token in doc:
        if token.ent_type_ or token.pos_ != "PROPN" or token.dep_ != "compound":
            continue
        if not token.text[:1].isupper():
            continue  # "a new £12m school" (the parse: "m" a name): no name, in lower case
        if token.i > 0 and doc[token.i - 1].pos_ == "PROPN":
            continue  # the name's first word starts it
        end = token.i
        while end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN" and not doc[end + 1].ent_type_:
            end += 1
        site = _site_after(doc, end)
        if site is not None:
            out.append((clean(doc[token.i : site.i + 1].text), "FAC", False, True))
    for token in doc[:-1]:
        name = doc[token.i + 1]
        if token.text not in SITE_PREFIXES or token.ent_type_ or name.ent_type_:
            continue
        end = prefixed_name_end(doc, token.i)  # "HMP Castle Huntly"
        if name.pos_ == "PROPN" and is_setting(doc[end - 1]):
            out.append((clean(doc[token.i : end].text), "FAC", False, True))
    for token in doc:
        if (
            token.dep_ != "pobj"
            or token.head.lower_ not in _TO_A_SITE
            or token.ent_type_
            or token.tag_ != "NNP"
        ):
            continue
        start = token.i
        while (
            start > 0
            and token.i - start < 4
            and doc[start - 1].tag_ == "NNP"
            and doc[start - 1].text[:1].isupper()
            and not doc[start - 1].ent_type_
        ):
            start -= 1
        if (
            start > 1
            and doc[start - 1].tag_ == "POS"
            and doc[start - 2].tag_ == "NNP"
            and doc[start - 2].text[:1].isupper()
            and not doc[start - 2].ent_type_
        ):
            start -= 2  # "the Queen's Medical Centre": a name of its own
        if start < token.i and ends_as_a_site(doc[start : token.i + 1].text):
            # "flown to the Royal Lancaster Infirmary": a site's whole name, NER left untagged
            out.append((clean(doc[start : token.i + 1].text), "FAC", False, True))
    return out


# Prepositions that lead to a site: "taken to", "treated at", "held in", "flown from".
_TO_A_SITE = frozenset("to at in from into outside near".split())  # noqa: SIM905


# Labels NER gives names that can never be a place's: the syntax overrules them ("the port
# of Quelimane", tagged a work of art).
_NO_PLACE_LABELS = frozenset(["WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "LANGUAGE"])


def untagged_countries(doc: Any, g: Gazetteer) -> list[Any]:
    """A country's one-word name NER left untagged, as a place span: "Neighbouring Zimbabwe
    and Malawi have reported cases" (NER: only Malawi, as a person). Not a word of a
    person's name ("Michael Jordan", "Chad Smith"): no given name or title before it, no
    name word after it. A capital counts where it acts as its government does, the subject
    of a verb: "Kyiv denied any involvement" (NER: nothing)."""
    out = []
    for token in doc:
        if token.ent_iob_ != "O" or not token.is_alpha or not token.text[:1].isupper():
            continue
        k = key(token.text)
        acting_capital = (
            k in g.capitals and token.dep_ == "nsubj" and token.head.pos_ in ("VERB", "AUX")
        )
        if not (g.country_code(k) or acting_capital) or k in given_name_sexes():
            continue
        before = doc[token.i - 1] if token.i > 0 else None
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if before is not None and (
            key(before.text) in given_name_sexes() or before.lower_ in TITLES
        ):
            continue
        if after is not None and is_name_word(after):
            continue
        span = doc[token.i : token.i + 1]
        span.label_ = "GPE"
        out.append(span)
    return out


def untagged_settlements(doc: Any) -> list[str]:
    """Names NER left untagged (or tagged as no place can be) that the sentence makes a
    settlement or a region: "Residents of Tayeeglow said", "the village of Bulo Mareer",
    "the Kharkiv and Odesa regions", "the port of Quelimane" (NER: a work of art), "Chilobwe
    township"."""
    out = []
    for token in doc:
        named = first_conjunct(token)  # "the suburbs of Varnavas and Marathon": both
        if (
            named.dep_ == "pobj"
            and (token.ent_iob_ == "O" or token.ent_type_ in _NO_PLACE_LABELS)
            and is_name_word(token)
            and names_a_settlement(named.head)
        ):
            out.append(_untagged_name(doc, token))
        elif (
            token.dep_ == "compound"
            and token.ent_iob_ == "O"
            and is_name_word(token)
            and token.head.i == token.i + 1
            and token.head.text in SETTLEMENT_NOUNS  # lower case: "Leicester City" is a club
        ):
            out.append(_untagged_name(doc, token))  # "missing in Blantyre's Chilobwe township"
        elif (
            token.dep_ in ("dobj", "nsubjpass")
            and token.ent_iob_ == "O"
            and is_name_word(token)
            and token.head.lower_.startswith(_STRIKING)
            and gazetteer().is_place(key(name := _untagged_name(doc, token)))
        ):
            out.append(name)  # "Flooding hit Kano" (NER: nothing); not "The missile hit
            # the True Confidence", a ship no gazetteer knows
        elif (
            token.ent_iob_ == "O"
            and is_name_word(token)
            and _in_apposition_to_a_town(token)
            and gazetteer().is_place(key(name := _untagged_name(doc, token)))
        ):
            out.append(name)  # "spread to the capital, Maputo" (NER: nothing)
    # a compass word names a region only with its region word: "the West department"
    regions = [
        f"{n} {w}" if key(n) in _COMPASS | {"central", "centre"} else n
        for n, w in untagged_regions(doc)
    ]
    return out + regions


def _in_apposition_to_a_town(token: Any) -> bool:
    """The name and a town's common noun stand side by side: "the capital, Maputo",
    "Maputo, the capital", "its second city, Beira"."""
    if token.dep_ == "appos" and token.head.lower_ in _TOWN_WORDS:
        return True
    return any(c.dep_ == "appos" and c.lower_ in _TOWN_WORDS for c in token.children)


_TOWN_WORDS = SETTLEMENT_NOUNS | {"capital"}


# Verbs of what strikes a place (a storm, a quake, shells): whatever they hit by name is
# a place, where the name is one.
_STRIKING = tuple(
    "hit struck strik batter lash pound devastat ravag swept sweep flood rock shell bomb".split()  # noqa: SIM905
)


def untagged_regions(doc: Any) -> list[tuple[str, str]]:
    """(name, region word) of the names NER left untagged that qualify a region word: "the
    Kharkiv region", "the Kharkiv and Odesa regions", "the eastern Donetsk region" (a
    region, not the city of its name)."""
    out = []
    for token in doc:
        if (
            token.dep_ in ("compound", "nmod", "amod")
            and (is_name_word(token) or _a_name_tagged_as_an_adjective(token))
            and token.head.i > token.i
            and is_region_noun(token.head)
        ):
            word = singular(token.head.lower_)
            start = hyphenated_start(doc, token.i)  # "the Bouches-du-Rhône prefecture"
            while (
                start > 0
                and doc[start - 1].dep_ == "compound"
                and doc[start - 1].head.i == token.head.i
                and doc[start - 1].tag_ == "NNP"
                and doc[start - 1].text[:1].isupper()
                and key(doc[start - 1].text) not in load("actors.json")["demonyms"]
            ):
                start -= 1  # "the Zinda Jan district" (NER: "Zinda" a people): one name
            out.append((doc[start : token.i + 1].text, word))
            out.extend(
                (c.text, word) for c in token.children if c.dep_ == "conj" and is_name_word(c)
            )
    return out


def _a_name_tagged_as_an_adjective(token: Any) -> bool:
    """A capitalised word inside a sentence that the tagger read as an adjective and that is
    no people's adjective: "central Bamiyan province" (not "the Afghan province")."""
    return (
        token.i > 0
        and is_name_word(token, ("JJ",))
        and key(token.text) not in load("actors.json")["demonyms"]
    )


# Offices a place's name qualifies, and the words NER takes from the office into the place.
_OFFICES = frozenset(
    "attorney attorneys court judge sheriff prosecutor prosecutors coroner clerk".split()  # noqa: SIM905
)
_OFFICE_QUALIFIERS = frozenset("district circuit superior municipal".split())  # noqa: SIM905
_SITES = {
    "headquarters", "hq", "campus", "compound", "embassy", "consulate", "base", "plant", "park",
}  # fmt: skip
# Nouns for a site an organisation runs: "a Walmart parking lot", "the CBP facility".
_SITE_NOUNS = frozenset(
    """
    lot store shop supermarket mall school academy university college hospital clinic hotel
    facility centre center station prison jail camp factory plant mine port stadium church
    mosque temple office offices warehouse studio headquarters base compound depot resort
    villa restaurant refinery terminal mill smelter shipyard quarry dam reactor hospice
    nursery penitentiary courthouse barracks airport substation pipeline
    """.split()  # noqa: SIM905 - a word list reads best as words
)
# Sites that are built things, no body: what one does ("the Old Kijabe Dam gave way", "the
# Key Bridge collapsed") befalls it, where it stands.
STRUCTURES = ("Dam", "Bridge", "Tunnel")
# An organisation named for the site it is: "Bethnal Green Academy", "Belmarsh Prison".
_SITE_NAME = re.compile(
    r"\b(Academy|School|College|University|Hospital|Hospice|Clinic|Prison|Penitentiary|Jail|Gaol|Hotel|"
    r"Stadium|Station|Barracks|Camp|Mall|Market|Infirmary|Court|Courthouse|Airport|Hall|"
    r"Ground|Park|Gardens|Arena|Field|Bridge|Tunnel|Dam|Cosmodrome|Spaceport|Pool|Lido|Lodge|"
    r"(Medical|Shopping|Leisure|Community|Health|Detention|Conference|Trade|Sports|Space) "
    r"Cent(er|re)|"
    r"(Hospital|Infirmary|Hospice) of( [A-Z][\w'.-]+){1,2})$"
)  # not a centre that is a body: "the National Hurricane Center"; a hospital "of" where it
# serves: "the University Hospital of Wales"


# Nouns a place's name qualifies: "Bagar village", "the Swat valley", "Zamzam camp" (what a
# place is called beside its name, its areas and its sites, and its edges).
_PLACE_NOUNS = (
    PLACE_APPOSITIONS
    | _AREA_NOUNS
    | _SITE_NOUNS
    | _SITES
    | frozenset("border coast countryside outskirts slum".split())  # noqa: SIM905
)


def sited_in(ent: Any) -> bool:
    """The name is where a site stands: "close its plant in Bremholt", "a hospital near
    Kerevan" (the object of "in", "near" or "outside" on a site noun)."""
    token = ent.root
    prep = token.head
    return (
        token.dep_ == "pobj"
        and prep.lower_ in ("in", "near", "outside")
        and prep.head.lower_ in _SITE_NOUNS
    )


def ends_as_a_site(name: str) -> bool:
    """The name ends as a site's does ("… Airport", "… Hospital", "… Prison")."""
    return bool(_SITE_NAME.search(name))


def names_a_site(surface: str) -> bool:
    """The name's own words make it a site, not a town: "HMP Birmingham", "Port Talbot
    plant", "Belmarsh Prison", "Birch Road" ("Port Talbot" alone says no such thing)."""
    words = surface.split()
    return bool(words) and (
        ends_as_a_site(surface)
        or names_a_street(surface)
        or words[-1].lower() in _SITE_NOUNS | _SITES
        or words[0] in SITE_PREFIXES
    )


def site_named(surface: str) -> bool:
    """A name NER may take for a person's that names a site: its last word a hall, a court,
    a prison …, a bridge, its first no given name ("Parr Hall", not "Jerry Hall") or a
    person's whole name before that word ("the Francis Scott Key Bridge", "John Radcliffe
    Hospital")."""
    words = surface.split()
    return (
        len(words) >= 2
        and ends_as_a_site(surface)
        and (words[0].lower() not in given_name_sexes() or len(words) >= 3)
    )


def a_site_listed_with_sites(ent: Any) -> bool:
    """A name ending as a site's does, listed with a name that is one by site_named ("Shelton
    Pool, Abbey Hulton Swimming Pool and …": the first words may be a given name, as "Jerry
    Hall"'s are, but the list is of sites)."""
    if not ends_as_a_site(ent.text):
        return False
    first = first_conjunct(ent.root)
    listed = [first, *_listed_from(first)]
    others = {
        e.start: e
        for t in listed
        if not ent.start <= t.i < ent.end
        for e in ent.doc.ents
        if e.start <= t.i < e.end
    }
    return any(site_named(e.text) for e in others.values())


def a_nations_court(surface: str, g: Gazetteer) -> bool:
    """A court named for a whole country ("the US Supreme Court", "the Israeli High Court") is
    that country's judiciary, an actor; a court named for a town or county
    ("Leicester Crown Court", "Bronx Supreme Court") is the building where a case is heard."""
    words = surface.split()
    if len(words) < 2 or "Court" not in words:
        return False
    return bool(g.country_code(key(words[0]))) or key(words[0]) in load("actors.json")["demonyms"]


# Words before a place's name that make it a site there: "HMP Birmingham" is the prison.
SITE_PREFIXES = frozenset("HMP HMYOI RAF".split())  # noqa: SIM905 - "HMP Belmarsh": a site


def _site_of(ent: Any, g: Gazetteer) -> tuple[str, str, bool, bool] | None:
    """An organisation naming the site where something happens: "in a Walmart parking lot"
    is the place "Walmart parking lot" (a facility), not Walmart; so are "the CBP McAllen
    facility" and "the Sirenusa resort" (NER: a nationality). A place's name does so where
    the site is written inside another place: "the Xinyuan mine in Luliang city" is the
    mine, not the town of Xinyuan ("a Paris hospital" stays Paris; "the US facility in
    Cuba" is no name)."""
    if ent.root.dep_ not in ("compound", "nmod"):
        return None
    if ent.label_ not in ("ORG", "NORP", "GPE", "LOC") and not a_sites_name(ent):
        return None
    if ent.label_ == "NORP" and key(ent.text) in load("actors.json")["demonyms"]:
        return None  # "an American school": a people's, not a name's
    head = _site_after(ent.doc, ent.end - 1)
    if head is None:
        return None
    if ent.label_ in ("GPE", "LOC") and (
        g.country_code(key(ent.text)) or (not _inside_a_place(head) and g.is_place(key(ent.text)))
    ):
        return None  # "the US facility in Cuba": a country's, no name; "a Paris hospital"
        # is in Paris (but "the La Pampilla refinery", a name no gazetteer knows, is the site)
    return (clean(ent.doc[ent.start : head.i + 1].text), "FAC", False, True)


def _grounds_of(ent: Any) -> bool:
    """The organisation owns the ground where something happens: "on the campus of Michigan
    State University", "inside the compound of the Sirenusa resort" (a site's noun, itself a
    scene, whose "of" the name is)."""
    root, prep = ent.root, ent.root.head
    grounds = prep.head
    return (
        root.dep_ == "pobj"
        and prep.lower_ == "of"
        and grounds.lower_ in _GROUNDS
        and (
            is_setting(grounds)
            or (grounds.dep_ == "pobj" and grounds.head.lower_ == "on")  # "on the campus of"
        )
    )


# Nouns for the ground a body holds: "the campus of", "the grounds of", "the premises of".
_GROUNDS = frozenset("campus grounds premises compound headquarters".split())  # noqa: SIM905


def a_sites_name(ent: Any) -> bool:
    """A name NER took for a person's (or a thing's) that names a site: "the Lala camp" (no
    one's name takes "the"), "famine in Zamzam camp" (where something is), "buses left Ofer
    prison" (a site noun with no article or owner, as a place's name has), its head a site
    noun."""
    doc = ent.doc
    head = ent.root.head
    while head.dep_ == "compound" and head.head.i > head.i and head.tag_ == "NN":
        head = head.head  # "the Willow Lodge care home": the site noun ends the compounds
    return (
        ent.label_ in ("PERSON", "PRODUCT", "WORK_OF_ART")
        and ent.start > 0
        and (
            doc[ent.start - 1].lower_ == "the"
            or (
                doc[ent.start - 1].lower_ in ("in", "at", "near", "from", "into")
                and head.dep_ == "pobj"
                and head.head.i == ent.start - 1
            )
            or (
                head.dep_ == "dobj"
                and head.head.i == ent.start - 1
                and head.tag_ == "NN"
                and not any(c.dep_ in ("det", "poss") for c in head.children)
            )
        )
        and ent.root.dep_ == "compound"
        and head.i >= ent.end
        and (head.lower_ in _SITE_NOUNS or _a_care_home(head))
        and all(t.dep_ == "compound" for t in doc[ent.end : head.i])
    )


def _a_care_home(head: Any) -> bool:
    """ "care home", "nursing home": a site (a family's "home" is none: "the Silvonek
    home")."""
    return head.lower_ == "home" and any(
        c.dep_ == "compound" and c.lower_ in ("care", "nursing", "retirement")
        for c in head.children
    )


def _inside_a_place(site: Any) -> bool:
    """The site is written inside, near or off a named place: "the Xinyuan mine in Luliang
    city", "the San Jose mine near Copiapo", "the San Lorenzo mine, 45 kilometres north of
    Copiapo"."""
    preps = [c for c in site.children if c.dep_ == "prep" and c.lower_ in _BY_A_PLACE]
    quarter = _quarter_after(site)
    if quarter is not None:
        preps += [p for p in quarter.children if p.dep_ == "prep" and p.lower_ == "of"]
    return any(o.ent_type_ in ("GPE", "LOC") for prep in preps for o in prep.children)


def _quarter_after(site: Any) -> Any | None:
    """The compass word of a bearing written after the site, as "…, about 45 kilometres north
    of Copiapo" (the parse may hang it on the verb): only a comma, a distance and its
    hedge between."""
    doc = site.doc
    for token in doc[site.i + 1 : site.i + 7]:
        if token.lower_ in QUARTERS:
            return token
        if not (token.is_punct and token.text == ",") and token.pos_ not in ("ADV", "NUM", "NOUN"):
            return None
    return None


_BY_A_PLACE = frozenset(("in", "near", "outside"))


def _site_after(doc: Any, last: int) -> Any | None:
    """The site noun a name ending at token ``last`` qualifies, with only compounds between,
    where something happens ("in a Walmart parking lot", "at the Severny-2 coal mine"), or
    None."""
    head = doc[last].head
    while head.dep_ == "compound" and head.head.i > head.i and head.lower_ not in _SITE_NOUNS:
        head = head.head  # "the CBP McAllen facility", "the Willow Lodge care home"
    if not (head.lower_ in _SITE_NOUNS or _a_care_home(head)) or head.i <= last:
        return None
    if not (is_setting(head) or _befalls(head)):
        return None
    if any(
        t.dep_ != "compound" and not (t.dep_ == "amod" and t.is_lower)
        for t in doc[last + 1 : head.i]
    ):
        return None  # "the Zaporizhzhia nuclear power plant": a kind of site is one
    return head


_CONTINENTS = {"asia", "africa", "europe", "america", "latin america"}
QUARTERS = {  # words for a part of a place: "northern Syria", "south-east Asia"
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "south-east", "southeast", "north-east", "northeast", "south-west", "southwest",
    "north-west", "northwest", "sub-saharan",
}  # fmt: skip


def _quarter(doc: Any, ent: Any) -> str | None:
    """The quarter written before a place, as written: "southern" (Iraq), "north-western"
    (Peru: the tokens "north", "-", "western")."""
    if ent.start == 0 or doc[ent.start - 1].lower_ not in QUARTERS:
        return None
    return _quarter_as_written(doc, ent.start - 1)


def _other_quarters(doc: Any, ent: Any) -> list[str]:
    """The quarters joined to the one before a place: "eastern" of "eastern and central
    Nepal"."""
    if ent.start < 3 or doc[ent.start - 1].lower_ not in QUARTERS:
        return []
    quarter = doc[ent.start - 1]
    return [
        t.text
        for t in doc[max(0, ent.start - 6) : ent.start - 1]
        if t.lower_ in QUARTERS
        and (t.head.i == quarter.i or quarter.head.i == t.i)
        and doc[t.i + 1].lower_ in ("and", "or", ",")
    ]


def _quarter_as_written(doc: Any, i: int) -> str:
    """The quarter word at ``i`` with the "north-" or "south-" the tokenizer cut off it."""
    start = i
    if start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ in ("north", "south"):
        start -= 2
    return doc[start : i + 1].text


# Nouns for a part of a country a quarter word qualifies: "the southern sector of Iraq".
_PARTS = frozenset("part parts sector region regions area areas half end tip reaches".split())  # noqa: SIM905


def _quarter_of(ent: Any) -> str | None:
    """The quarter of "the southern sector of Iraq", "the north-western part of Peru": the
    place is the country's quarter, as "southern Iraq" is."""
    prep = ent.root.head
    part = prep.head
    if ent.root.dep_ != "pobj" or prep.lower_ != "of" or part.lower_ not in _PARTS:
        return None
    quarter = next((c for c in part.children if c.dep_ == "amod" and c.lower_ in QUARTERS), None)
    return _quarter_as_written(ent.doc, quarter.i) if quarter is not None else None


def _ends_a_longer_name(doc: Any, ent: Any) -> bool:
    """The place closes a name its acronym spells out: "... in the Greater Sahara (ISGS)"."""
    after = doc[ent.end : ent.end + 3]
    if len(after) < 3 or after[0].text != "(" or after[2].text != ")":
        return False
    acronym = after[1].text
    capitals = sum(1 for t in ent if t.text[:1].isupper())
    return acronym.isupper() and len(acronym) > capitals


def a_county_named_after_its_word(ent: Any) -> bool:
    """A county named the Irish way, its word first: "County Down", "County Cork"."""
    return ent[0].text == "County" and len(ent) > 1 and ent[1].text[:1].isupper()


def _owns_a_superlative(ent: Any) -> bool:
    """The name is the owner of a superlative: "Europe's largest", "Africa's biggest economy"
    ("the world's" is no name)."""
    root = ent.root
    if root.dep_ != "poss":
        return False
    head = root.head
    return head.tag_ == "JJS" or any(
        c.dep_ == "amod" and c.tag_ == "JJS" and c.i < head.i for c in head.children
    )


def _a_coast_named(ent: Any) -> Any | None:
    """The lower-case coast the name qualifies ("the Gulf coast", "the US East and Gulf
    coasts", each name of the list), else None."""
    doc = ent.doc
    words = [t for t in ent if t.dep_ in ("compound", "nmod", "amod", "conj")]
    if not words:
        return None
    token = first_conjunct(words[-1])
    head = token.head
    if (
        token.dep_ in ("compound", "nmod", "amod")
        and head.i >= ent.end
        and head.lower_ in ("coast", "coasts", "coastline")
        and all(
            t.dep_ in ("compound", "nmod", "amod", "conj", "cc", "det")
            for t in doc[ent.end : head.i]
        )
    ):
        return head
    return None


def _opens_a_longer_name(doc: Any, ent: Any, g: Gazetteer, countries: set[str]) -> bool:
    """A known place opens a longer name NER left untagged, whose next word names no kind of
    place, site, body or office: "California Suite", "Downton Abbey" (a film, a series);
    not "the U.S. Virgin Islands", "Gaza Strip", "Sennar State" or "Kent Police", nor a
    place no gazetteer knows ("Patima Halandriou", a suburb's name in two words). A compass
    adjective NER took for a nationality continues the name too: "a Norfolk Southern freight
    train" (NER: "Norfolk" a body, "Southern" a nationality), a railway's name."""
    if ent.end >= len(doc) or ent.label_ not in (*PLACE_LABELS, "ORG"):
        return False
    k = key(ent.text)
    if g.resolve(k, countries) is None and small_town(k, countries) is None:
        return False
    nxt = doc[ent.end]
    if (
        nxt.tag_ != "NNP"
        or not nxt.text[:1].isupper()
        or nxt.text.isupper()
        or (nxt.ent_type_ and not (nxt.ent_type_ == "NORP" and nxt.lower_ in QUARTERS))
        or ent.root.dep_ != "compound"
        or ent.root.head.i != nxt.i
    ):
        return False
    word = singular(nxt.lower_)
    name = f"{clean(ent.text)} {nxt.text}"
    return not (
        word in PLACE_APPOSITIONS
        or word in _REGION_WORDS
        or word in _SITE_NOUNS
        or word in _OFFICES
        or word in TITLES
        or names_water_or_land(name)
        or ends_as_a_site(name)
        or names_a_street(name)
        or ends_as_a_body(name)
        or bool(ORG_TAIL.search(name))
    )


# Region words written after a place's name in its own case besides REGION_NOUNS' ("Sennar
# State", "Kherson Oblast"): "the Gaza Strip", "the Northern Territory".
_REGION_WORDS = REGION_NOUNS | {"strip", "territory"}


def _in_a_title(doc: Any, ent: Any) -> bool:
    """A place that is part of a person's title: "Lord Walker of Gestingthorpe"."""
    if ent.start < 2 or doc[ent.start - 1].lower_ != "of":
        return False
    return any(t.lower_ in PEERAGE for t in doc[max(0, ent.start - 5) : ent.start - 1])


# Documents named for where they were signed: "the Kyoto protocol", "the Oslo accords".
DOCUMENTS = frozenset(
    """
    protocol protocols treaty treaties accord accords agreement agreements convention
    conventions declaration charter
    """.split()  # noqa: SIM905 - a word list reads best as words
)
# Diseases named for where they were found: "Marburg virus", "Lassa fever", "the Zaire
# strain" (the name is the disease's, not a place where the story happens).
DISEASE_WORDS = frozenset(
    "virus viruses disease fever flu influenza strain strains variant variants syndrome".split()  # noqa: SIM905
)
# What a disease's name qualifies besides a disease word: its cases and outbreaks ("Cholera
# cases", "the Ebola outbreak"; not "patients", whom a health service has too).
_DISEASE_TALLIES = frozenset(
    "cases outbreak outbreaks epidemic epidemics infections pandemic".split()  # noqa: SIM905
)
# Last words of a state of the past ("the Ottoman Empire", "the Tang dynasty").
_POLITIES = frozenset("empire dynasty caliphate khanate sultanate".split())  # noqa: SIM905
_NUMBERED_REGIME = re.compile(
    r"^(the )?(first|second|third|fourth|fifth|sixth|seventh) (republic|reich|empire|kingdom)$"
)
# Offices held for a place, written as a title before the holder's name: the place is whose
# office it is, not where the story happens ("Hawaii Rep. Tulsi Gabbard").
_OFFICE_TITLES = frozenset(
    """
    gov governor sen senator rep representative congressman congresswoman assemblyman
    assemblywoman mayor
    """.split()  # noqa: SIM905 - a word list reads best as words
)


def _names_an_office(doc: Any, ent: Any) -> bool:
    """The place qualifies an office written as a capitalised title ("former Massachusetts
    Gov.", "Hawaii Rep. Tulsi Gabbard"). A county's attorney is not one: "Lehigh County
    District Attorney" keeps its county."""
    if ent.end >= len(doc):
        return False
    title = doc[ent.end]
    return title.text[:1].isupper() and title.lower_.rstrip(".") in _OFFICE_TITLES


def in_a_list_of_places(
    ent: Any, g: Gazetteer | None = None, countries: Collection[str] = ()
) -> bool:
    """A later name of a list of names whose first is a place where something happens:
    "the schools in Llanfihangel Rhydithon, Abbey Cwm Hir, Llandewi and Beguildy" (not "In
    the United States, Delta, United and American Airlines grounded flights", misparsed
    as one list: a name in it ends as a body's). With ``g``, a first name NER took for a
    body or a person is a place where it is a town of one of ``countries``: "four
    practices, in Wick, Thurso, Kinlochbervie and Lairg" (NER: organisations)."""
    token = ent.root
    if token.dep_ != "conj":
        return False
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
        if token.pos_ != "PROPN":
            return False  # the list's names only
    listed = {c.i for c in token.conjuncts}
    bodies = any(e.root.i in listed and ends_as_a_body(clean(e.text)) for e in ent.doc.ents)
    placed = token.ent_type_ in ("GPE", "LOC") or (
        g is not None
        and token.ent_type_ in ("ORG", "PERSON")
        and _a_town_of(key(token.text), g, countries)
    )
    return placed and is_setting(token) and not bodies


def prefixed_name_end(doc: Any, prefix: int) -> int:
    """The end of the name after a site's prefix at ``prefix``: its proper nouns, up to three
    ("HMP Castle Huntly")."""
    end = prefix + 1
    while end < len(doc) and end < prefix + 4 and doc[end].pos_ == "PROPN":
        end += 1
    return end


def _a_town_of(k: str, g: Gazetteer, countries: Collection[str]) -> bool:
    """The name is a town or region of one of ``countries``, however small."""
    place = g.resolve(k, set(countries)) or small_town(k, countries)
    return place is not None and place.kind in ("city", "region") and place.country in countries


def _joins_a_place(ent: Any) -> bool:
    """A name conjoined to a place NER tagged ("In Nantes and Rennes", "Rennes" tagged a
    product; "a road between Quibdó and Medellín", "Quibdó" tagged a nationality): read as
    the place it is listed with, where the gazetteer knows one."""
    root = ent.root
    return (root.dep_ == "conj" and root.head.ent_type_ in ("GPE", "LOC")) or any(
        c.dep_ == "conj" and c.ent_type_ in ("GPE", "LOC") for c in root.children
    )


def one_place_of_two(doc: Any, first: Any, second: Any, g: Gazetteer) -> bool:
    """ "X and Y", two spans NER tagged, is one place the gazetteer knows ("Trinidad and
    Tobago", NER: a place and a body; "England and Wales")."""
    return (
        first.label_ in PLACE_LABELS
        and second.start == first.end + 1
        and doc[first.end].lower_ == "and"
        and g.is_place(key(doc[first.start : second.end].text), cities=False)
    )


def _a_court_of_two_towns(doc: Any, first: Any, second: Any, g: Gazetteer) -> bool:
    """ "X and Y … Court", NER taking the first town alone: one court, named for the two
    towns it serves ("Manchester and Salford Youth Court")."""
    return (
        first.label_ == "GPE"
        and len(first) == 1
        and second.start == first.end + 1
        and doc[first.end].lower_ == "and"
        and len(second) > 1
        and second[-1].text == "Court"
        and g.is_place(second[0].lower_)
    )


def _joined_places(doc: Any, g: Gazetteer) -> list[Any]:
    """The sentence's entities, with "X and Y" one place where the gazetteer knows it as one
    ("Trinidad and Tobago", "England and Wales"), though NER tagged two."""
    ents = [part for ent in doc.ents for part in _split_at_a_place(doc, ent, g)]
    out: list[Any] = []
    i = 0
    while i < len(ents):
        ent = ents[i]
        nxt = ents[i + 1] if i + 1 < len(ents) else None
        if nxt is not None and one_place_of_two(doc, ent, nxt, g):
            joined = doc[ent.start : nxt.end]
            joined.label_ = ent.label_
            out.append(joined)
            i += 2
            continue
        if nxt is not None and _a_court_of_two_towns(doc, ent, nxt, g):
            joined = doc[ent.start : nxt.end]  # "Manchester and" + "Salford Youth Court"
            joined.label_ = "FAC"
            out.append(joined)
            i += 2
            continue
        ent = _hyphenated_place(doc, ent, g)
        if ent.label_ == "ORG" and landform_of(clean(ent.text), g) is not None:
            ent = doc[ent.start : ent.end]  # "the Texas Gulf Coast" (NER: an organisation)
            ent.label_ = "LOC"
        if ent.label_ in PLACE_LABELS:
            ent = _run_to_a_region_word(doc, _longest_place(doc, ent, g))
        elif (
            ent.label_ in ("NORP", "PERSON", "ORG")
            and ent.end < len(doc)
            and doc[ent.end].lower_ in _NAME_PARTICLES
        ):
            longer = _longest_place(doc, ent, g)  # "Rio Grande" + "do Sul" (NER: a
            if len(longer) > len(ent):  # nationality): the state's whole name
                longer.label_ = "GPE"
                ent = longer
        out.append(ent)
        i += 1
    return _with_curated_sites(doc, out, g)


def _with_curated_sites(doc: Any, ents: list[Any], g: Gazetteer) -> list[Any]:
    """The entities, with well-known sites of the curated list that NER left untagged, or
    cut to a person's or a body's name inside them: "the Old Bailey heard" (a court),
    "The Old Bailey was told" (NER: "Bailey", a person), "outside Buckingham Palace"."""
    taken = {i for e in ents if e.label_ not in ("PERSON", "ORG") for i in range(e.start, e.end)}
    openers = _site_openers(g)
    sites = []
    i = 0
    while i < len(doc):
        if i in taken or key(doc[i].text) not in openers:
            i += 1
            continue  # no well-known site's name opens with this word
        for size in (4, 3, 2):
            span = doc[i : i + size]
            if (
                len(span) == size
                and all(t.text[:1].isupper() and t.i not in taken for t in span)
                and (site := g.curated.get(key(span.text))) is not None
                and site.kind == "facility"
            ):
                span.label_ = "FAC"
                sites.append(span)
                i += size - 1
                break
        i += 1
    if not sites:
        return ents
    inside = [e for e in ents if any(s.start <= e.start and e.end <= s.end for s in sites)]
    sites = [
        s for s in sites if all(e.end <= s.start or s.end <= e.start or e in inside for e in ents)
    ]
    return [
        e for e in ents if not any(s.start <= e.start and e.end <= s.end for s in sites)
    ] + sites


_OPENERS: dict[int, frozenset[str]] = {}  # id(gazetteer) -> first words of its sites' names


def _site_openers(g: Gazetteer) -> frozenset[str]:
    """The first words, in lower case, of the curated sites' names of two words or more."""
    if id(g) not in _OPENERS:
        _OPENERS[id(g)] = frozenset(
            k.split()[0] for k, p in g.curated.items() if p.kind == "facility" and " " in k
        )
    return _OPENERS[id(g)]


def landform_of(name: str, g: Gazetteer) -> str | None:
    """The known place a stretch of land's name opens with, its longest: "Texas" of "Texas
    Gulf Coast", "Swat" of "Swat Valley"; None for any other name, and for a sea's ("the
    Gulf Coast" is no coast of the Persian Gulf) or a country's (the "Niger Delta" and the
    "Congo Basin", named for rivers, lie in or across other countries)."""
    words = name.split()
    if len(words) < 2 or words[-1] not in _LANDFORMS:
        return None
    for n in range(len(words) - 1, 0, -1):
        place = g.resolve(key(" ".join(words[:n])), set())
        if place is not None:
            return " ".join(words[:n]) if place.kind not in ("water", "country") else None
    return None


# Words that end the name of a stretch of land: "Gulf Coast", "Swat Valley".
_LANDFORMS = frozenset("Coast Peninsula Valley Delta Basin Plateau Highlands Lowlands".split())  # noqa: SIM905


def _split_at_a_place(doc: Any, ent: Any, g: Gazetteer) -> list[Any]:
    """An entity run over "in/at/near" and a place the parse hangs outside it: "the
    Acropolis in Athens" (NER: one work of art) names what is there and the place it is in
    (not "Islamic State in the Greater Sahara", where "in" qualifies the name); an entity
    that lists places ("Kyiv, Kharkiv and Lviv", NER: one work of art) is each of them."""
    places = _listed_places(doc, ent, g)
    if places:
        return places
    for t in ent[1:-1]:
        inside = ent.start <= t.head.i < ent.end
        if inside and ends_as_a_site(clean(doc[ent.start : t.i].text)):
            inside = False  # "the National Penitentiary in Port-au-Prince": a site, then
            # the town it is in
        if t.dep_ != "prep" or t.lower_ not in ("in", "at", "near") or inside:
            continue
        place = doc[t.i + 1 : ent.end]
        if place.root.head.i == t.i and g.is_place(key(clean(place.text))):
            what = doc[ent.start : t.i]
            what.label_, place.label_ = ent.label_, "GPE"
            return [what, place]
    return [ent]


def _listed_places(doc: Any, ent: Any, g: Gazetteer) -> list[Any]:
    """The places an entity lists, each known to the gazetteer, where the whole is no place
    ("Kyiv, Kharkiv and Lviv"; not "Trinidad and Tobago"); none where it lists no places."""
    cuts = [t.i for t in ent if t.text == "," or t.lower_ in ("and", "or")]
    if not cuts or g.is_place(key(clean(ent.text))):
        return []
    parts, start = [], ent.start
    for cut in [*cuts, ent.end]:
        if cut > start:
            parts.append(doc[start:cut])
        start = cut + 1
    if len(parts) < 2 or not all(g.is_place(key(clean(p.text))) for p in parts):
        return []
    for part in parts:
        part.label_ = "GPE"
    return parts


def _untagged_hyphenated_towns(doc: Any, g: Gazetteer) -> list[tuple[str, str, bool, bool]]:
    """A town's name joined by hyphens that NER left untagged, where the gazetteer knows the
    whole: "off the beach at Boulogne-sur-Mer", "in Aix-en-Provence"."""
    out = []
    i = 0
    while i < len(doc):
        start = doc[i]
        end = hyphenated_end(doc, i + 1) if start.text[:1].isupper() else i + 1
        if end == i + 1:
            i += 1
            continue  # no capitalised word glued to others by hyphens starts here
        span = doc[i:end]
        if (
            span[-1].text[:1].isupper()
            and not any(t.ent_type_ for t in span)
            and g.is_place(key(span.text))
        ):
            out.append((span.text, "GPE", False, is_setting(span.root)))
        i = end
    return out


def _hyphenated_place(doc: Any, ent: Any, g: Gazetteer) -> Any:
    """The entity run on through the hyphens that join a place's name, where the gazetteer
    knows the whole: "Conflans" (NER: a nationality) of "Conflans-Sainte-Honorine"."""
    end = ent.end
    while (
        end + 1 < len(doc)
        and doc[end].text in ("-", "\u2010")
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].text[:1].isupper()
    ):
        end += 2
    if end == ent.end or not g.is_place(key(doc[ent.start : end].text)):
        return ent
    whole = doc[ent.start : end]
    whole.label_ = "GPE"
    return whole


def _run_to_a_region_word(doc: Any, ent: Any) -> Any:
    """The place with the untagged name words NER left between it and a region word: "the
    Zenda Jan district" (NER: "Zenda") is the district of Zenda Jan. Not past a possessive:
    "Papua New Guinea's Enga province" is Enga, of Papua New Guinea."""
    if ent[-1].tag_ == "POS":
        return ent
    end = ent.end
    while (
        end < len(doc) and end - ent.end < 2 and is_name_word(doc[end]) and not doc[end].ent_type_
    ):
        end += 1
    if end == ent.end or end >= len(doc) or not is_region_noun(doc[end]):
        return ent
    if any(doc[i].head.i != end and doc[i].head.i >= end for i in range(ent.start, end)):
        return ent
    longer = doc[ent.start : end]
    longer.label_ = ent.label_
    return longer


# Lower-case words inside a place's name: "Pinar del Rio", "Rio de Janeiro", "Den Haag".
_NAME_PARTICLES = frozenset(
    "del de la las los da do dos das di al el le les du van von upon on under am".split()  # noqa: SIM905
)


def _longest_place(doc: Any, ent: Any, g: Gazetteer) -> Any:
    """The entity with the capitalised words after it that NER left out, where the
    gazetteer knows the longer name as a country or region ("U.S." of "U.S. Virgin
    Islands"), or as a town where the entity alone is no place ("Banska Bystrica")."""
    end = ent.end
    while end < len(doc) and end < ent.end + 3 and not doc[end].ent_type_:
        if doc[end].is_title:
            end += 1
        elif doc[end].lower_ in _NAME_PARTICLES and end + 1 < len(doc) and doc[end + 1].is_title:
            end += 2  # "Pinar" + "del Rio": a particle inside the name
        else:
            break
    unknown = end > ent.end and not g.is_place(key(clean(ent.text)))
    for stop in range(end, ent.end, -1):
        longer_text = doc[ent.start : stop]
        # through a particle, a town too ("Pinar del Rio"), or where the entity alone is no
        # place ("Banska" of "a hospital in Banska Bystrica"); else a country or a region
        cities = unknown or any(t.lower_ in _NAME_PARTICLES for t in longer_text[len(ent) :])
        if g.is_place(key(longer_text.text), cities=cities):
            longer = doc[ent.start : stop]
            longer.label_ = ent.label_
            return longer
    return ent


# The prefixes of ships' names: "MV Sewol", "HMS Montrose", "KM Bahari Jaya".
_VESSEL_PREFIXES = frozenset(
    "MV M/V MS MT SS HMS USS USNS RMS KM KRI INS FV RV HMAS HMCS HMNZS CGC".split()  # noqa: SIM905
)


_SHIPS = frozenset(
    """ship vessel ferry boat tanker freighter frigate destroyer corvette trawler yacht liner
    warship cruiser submarine icebreaker""".split()  # noqa: SIM905
)


def _on_a_known_land(ent: Any, k: str, g: Gazetteer) -> bool:
    """ "On" a mountain, island or other land the gazetteer knows by name (a curated place,
    no country, continent or town): where it happens ("caught in an avalanche on Ben Nevis",
    "stranded on Lampedusa"), as "in" a town is."""
    root = first_conjunct(ent.root)
    place = g.curated.get(k)
    return (
        root.dep_ == "pobj"
        and root.head.lower_ == "on"
        and root.head.head.pos_ in ("VERB", "NOUN")
        and place is not None
        and place.kind == "region"
        and not g.country_code(k)
        and k not in _CONTINENTS  # "the impact on Europe": no land one stands on
    )


def a_vessel(ent: Any) -> bool:
    """A ship named with its prefix, in the name or straight before it, after the noun for a
    ship ("the charity ship Ocean Viking"), or beside it ("The boat, the Aya Express,"; "the
    two ferries …, the Glen Sannox and Glen Rosa,")."""
    before = ent.doc[ent.start - 1].text if ent.start > 0 else ""
    root = first_conjunct(ent.root)
    first = ent[1] if len(ent) > 1 and ent[0].lower_ == "the" else ent[0]  # "the MV Isle of Mull"
    return (
        first.text in _VESSEL_PREFIXES
        or before in _VESSEL_PREFIXES
        or (before.lower() in _SHIPS and ent.label_ != "GPE")
        or (root.dep_ == "appos" and singular(root.head.lower_) in _SHIPS)
    )
