"""Surface forms -> comparable keys, and merging of mentions into one named item."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ..data import load
from ..model import Evidence, Sentence

# Verbs that report what someone said, warned or feared (a risk is in their clause; a name
# that is their subject speaks, so it is a person's).
REPORTING = frozenset(
    re.findall(
        r"\w+",
        "say says said warn warns warned tell tells told claim claims claimed report reports "
        "reported add adds added note notes noted fear fears feared believe believes believed "
        "predict predicts predicted caution cautions cautioned argue argues argued suggest "
        "suggests suggested state states stated announce announces announced insist insists "
        "insisted acknowledge acknowledges acknowledged estimate estimates estimated expect "
        "expects expected think thinks thought worry worries worried",
    )
)


# "BLANTYRE, 14 March — ", "KASSALA — ": where and when the story was filed, opening its first
# sentence; not part of a risk, and its date is no event of the timeline.
DATELINE = re.compile(r"^[A-Z][A-Z.'\- ]{2,40}(,[^\u2014\u2013]{1,30})?\s+[\u2014\u2013-]+\s+")

# Words of titles and offices written before names ("Home Secretary", "Mr", "Gen.").
TITLES = frozenset(
    """
    mr mrs ms miss dr prof sir dame lord lady gen general col colonel maj major capt captain
    lt sgt brig adm admiral president prime minister secretary chancellor senator sen rep
    governor gov mayor king queen prince princess sheikh judge commander chief deputy foreign
    defence defense finance interior home justice health education culture transport energy
    trade environment shadow attorney lieutenant vice ambassador spokesman spokeswoman
    spokesperson leader tory labour opposition former acting pope cardinal bishop rev
    reverend imam emir colonel-general trooper detective inspector constable sergeant
    corporal superintendent professor commissioner councillor councilman councilwoman spc
    pvt pfc cpl supt det chairman chairwoman speaker envoy archbishop rabbi ayatollah mufti
    patriarch sheriff marshal representative executive insp pc dci mp mep msp mla con cllr
    revd baroness pte premier emperor empress ch dcs dsupt chair chairperson director
    caretaker interim outgoing coroner magistrate prosecutor advocate adv prefect
    """.split()  # noqa: SIM905 - a word list reads best as words
)


@lru_cache(maxsize=1)
def given_name_sexes() -> dict[str, str]:
    """First names of people -> "m" or "f", lower case: the US Census 1990 lists (1,219 male,
    4,275 female names) as the ``names`` package (MIT) ships them; a name on both lists goes
    with the list where it is the more frequent ("Richard" m, "Jean" f)."""
    from importlib.resources import files

    best: dict[str, tuple[float, str]] = {}
    for name, sex in (("dist.male.first", "m"), ("dist.female.first", "f")):
        for line in files("names").joinpath(name).read_text(encoding="ascii").splitlines():
            if line.strip():
                given, share = line.split()[0].lower(), float(line.split()[1])
                if given not in best or share > best[given][0]:
                    best[given] = (share, sex)
    return {given: sex for given, (_, sex) in best.items()}


def person_shaped(surface: str, lower_words: Collection[str]) -> bool:
    """ "Eddie Marsh", "Tom Harwick", "Ann-Marie Barker": two or three capitalised words, the
    first a given name, the last no word the text writes in lower case ("Virginia Board",
    "Austin Energy")."""
    return name_shaped(surface, lower_words) and _given(surface.split()[0])


def _given(word: str) -> bool:
    """A given name, or a double one whose parts each are ("Ann-Marie", "Jean-Pierre")."""
    names = given_name_sexes()
    k = key(word)
    return k in names or ("-" in word and all(part in names for part in k.split()))


def name_shaped(surface: str, lower_words: Collection[str]) -> bool:
    """Two or three capitalised words, the last no word the text writes in lower case: the
    shape of a person's name, whatever the given name ("Matteo Piantedosi")."""
    words = surface.split()
    inner = [w for w in words[1:-1] if w not in _INNER_PARTICLES]
    named = [words[0], *inner, words[-1]] if len(words) >= 2 else words
    return (
        2 <= len(named) <= 3 + (len(named) < len(words))
        and all(_name_word(w) for w in named)
        and words[-1].lower() not in lower_words
    )  # "Luiz Inacio Lula da Silva", "Ursula von der Leyen": particles inside a name


# Particles written in lower case inside a person's name.
_INNER_PARTICLES = frozenset(
    "da de do dos das di del della van von der den du la le bin ibn".split()  # noqa: SIM905
)


def _name_word(word: str) -> bool:
    """A capital, then lower-case letters, in any alphabet with capitals: "Marsh", "Solís",
    "Velázquez"; parts joined by an apostrophe or hyphen may start with a capital too
    ("Jean-Luc"), and a particle may open it ("al-Khudairy")."""
    first, *rest = re.split("['’-]", word)
    if first in _PARTICLES and rest and _capitalised(rest[0]):
        first, *rest = rest  # "al-Khudairy", "el-Sisi": a particle joined to the name
    return _capitalised(first) and all(
        _capitalised(part) or (part.isalpha() and part.islower()) for part in rest
    )


# Particles written in lower case and joined by a hyphen to the name they begin.
_PARTICLES = frozenset(["al", "el", "ul", "ad", "ar", "as", "ash", "at", "az", "an", "bin"])


def _capitalised(part: str) -> bool:
    return len(part) >= 2 and part.isalpha() and part[0].isupper() and part[1:].islower()


# Ranks and roles written before a person's name (not "Foreign" of "Foreign Office").
RANKS = frozenset(
    """mr mrs ms dr sgt sergeant lt capt captain col gen maj det detective inspector
    constable superintendent supt corporal cpl trooper officer spc pvt pfc spokesman
    spokeswoman spokesperson""".split()  # noqa: SIM905
)
# What an organisation is — a business, a charity, a network — written before its name or
# beside it: "carmaker Nissan", "retailer Argos", "The Climate Observatory, a network of NGOs".
# Trades written as a title before a firm's name ("Brewer Halden Group", "Carmaker Nissan"),
# not part of it; a bank, a group or a network may be ("Bank Leumi", "Group Lotus").
TRADES = frozenset(
    """insurer carmaker automaker retailer lender broadcaster publisher developer
    manufacturer maker operator miner chipmaker brewer drugmaker grocer supplier producer
    refiner wholesaler distributor housebuilder discounter""".split()  # noqa: SIM905
)
BUSINESSES = TRADES | frozenset(
    """company corporation firm supermarket airline bank newspaper startup conglomerate giant
    brand chain group insurers companies firms network charity coalition alliance
    ngo exchange platform utility consultancy carrier railroad""".split()  # noqa: SIM905
)
# Words for businesses that may stand before their names, also in the plural before a list
# ("discounters Aldi and Lidl"); not after a name ("South Korean airlines" are no body).
BUSINESSES_BEFORE = (
    BUSINESSES
    | frozenset(f"{trade}s" for trade in TRADES)
    | frozenset(["supermarkets", "airlines", "banks", "chains"])
)


def without_trade(ent: Any) -> Any:
    """The name without the trade NER took in before it: "Brewer Halden Group" -> "Halden
    Group"."""
    if len(ent) > 1 and ent[1].is_title and (ent[0].lower_ in TRADES or _trades_of_a_list(ent)):
        rest = ent.doc[ent.start + 1 : ent.end]
        rest.label_ = ent.label_
        return rest
    return ent


def _trades_of_a_list(ent: Any) -> bool:
    """A plural word for a trade or for rivals before a list of names, capitalised to open
    the sentence: "Rivals Lloyds Banking Group and NatWest are due to report" (one name is
    never written after a plural: "Brands Hatch" stays)."""
    first = ent[0].lower_
    return (
        first.endswith("s")
        and first[:-1] in TRADES | BUSINESSES | _RIVALS
        and any(c.dep_ == "conj" for c in ent.root.children)
    )


_RIVALS = frozenset("rival competitor peer partner".split())  # noqa: SIM905


_ARABIC_ARTICLE = re.compile(
    r"^(?i:al|el|ad|ar|as|ash|at|az|an|ath|adh)-\w|^(?i:al|el) [A-Z]"
)  # "al-Tanf", "al Qaeda", "el Sisi" (only "al" and "el" written apart: "as", "at" are words)


def looks_named(surface: str) -> bool:
    """Written as a name: a capital first, or an Arabic article before one ("al-Tanf", "al
    Qaeda")."""
    return surface[:1].isupper() or bool(_ARABIC_ARTICLE.match(surface))


def named_with_digits(surface: str) -> bool:
    """A name written with digits and letters together, a capital among them: "23andMe",
    "3M", "7-Eleven"."""
    return bool(_DIGITS_AND_LETTERS.match(surface)) and any(c.isupper() for c in surface)


# Letters after a name that say an office, not who: "Christine Laing QC", "Ann Lee MP".
POSTNOMINALS = frozenset("QC KC MP MEP MSP MLA".split())  # noqa: SIM905


def clean(surface: str) -> str:
    """Tidy a surface form: no leading article, no possessive, no stray punctuation."""
    s = " ".join(surface.replace("\u2019", "'").split())
    s = re.sub(r"^(the|a|an)\s+", "", s, flags=re.IGNORECASE)
    s = re.sub(r"\s*\([^)]*$", "", s)  # an unclosed bracket: "Fund (IMF"
    s = re.sub(r"'s?$", "", s)
    s = re.sub(r"\s+[-\u2013\u2014]\s+[a-z][\w ]*$", "", s)  # "European Union - the"
    return s.strip(" \t.,;:!?\"'()[]{}-\u2013\u2014\u201c\u201d")


# A nickname written in quotes inside a person's name: Jimmy "Barbecue" Cherizier.
_QUOTED_NICKNAME = re.compile(
    r"^(\S.*?)\s+[\"\u201c\u2018'](\w[^\"\u201d\u2019']*)[\"\u201d\u2019']\s+(\S.*)$"
)


def split_nickname(surface: str) -> tuple[str, str | None]:
    """A person's name without the nickname quoted inside it, and the nickname:
    'Jimmy "Barbecue" Cherizier' -> ("Jimmy Cherizier", "Barbecue")."""
    match = _QUOTED_NICKNAME.match(surface)
    if match is None:
        return surface, None
    return f"{match.group(1)} {match.group(3)}", match.group(2)


@lru_cache(maxsize=65536)
def key(surface: str) -> str:
    """A comparison key: case-folded, accents stripped, punctuation and hyphens as spaces."""
    s = unicodedata.normalize("NFKD", clean(surface))
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    s = _DOTTED.sub(lambda m: m.group(0).replace(".", ""), s)  # "u.n." is "un"
    return " ".join(re.sub(r"[^\w]+", " ", s).split())


# Initials written with full stops: "U.N.", "U.S.", "E.U." are the acronyms UN, US, EU.
_DOTTED = re.compile(r"(?<![\w.])[a-z](?:\.[a-z])+\.?(?![a-z])")


def person_key(surface: str) -> str:
    """A person's key without honorifics and titles ("Mr Blair" -> "blair")."""
    words = key(surface).split()
    while len(words) > 1 and words[0] in TITLES:
        words = words[1:]
    return " ".join(words)


def initials(surface: str, spelt: bool = False) -> str:
    """Upper-case initials of the significant words ("International Monetary Fund" -> "IMF");
    ``spelt``: an acronym among the words gives all its letters ("US Geological Survey" ->
    "USGS", "UN Security Council" -> "UNSC")."""
    words = [w for w in re.split(r"[\s\-]+", clean(surface)) if w]
    return "".join(
        w.replace(".", "") if spelt and _SPELT.fullmatch(w) else w[0]
        for w in words
        if w[0].isupper()
    )


_SPELT = re.compile(r"[A-Z]{2,3}|(?:[A-Z]\.){2,3}")


# A group's form that opens with its count: "37 students", "Eleven students", "dozens of".
_COUNTED = re.compile(
    r"^([\d,.]+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|dozens?|"
    r"hundreds?|thousands?|several|some|many)\s",
    re.IGNORECASE,
)


@dataclass
class Mentions:
    """Mentions gathered for one item while merging (mutable only inside a stage)."""

    kind: str
    forms: Counter[str] = field(default_factory=Counter)
    titled: list[str] = field(default_factory=list)  # forms with titles, listed after the plain
    sentences: list[Sentence] = field(default_factory=list)
    strong: list[Sentence] = field(default_factory=list)  # sentences where it acts
    first: tuple[int, int] = (10**9, 10**9)  # (source order, sentence index)
    cited: int = 0  # mentions as a source the story cites ("told the Mail", "Reuters reported")
    kinds: Counter[str] = field(default_factory=Counter)  # the kind each mention was read as
    introduced: int = 0  # mentions the text introduces ("its lawyers, McCue and Partners")
    defined: list[str] = field(default_factory=list)  # short forms the text gives it where it
    # defines them ("… Mineworkers (NUM)"), no mention of their own: aliases, not counted

    def add(
        self,
        surface: str,
        sentence: Sentence,
        order: int,
        strong: bool = False,
        titled: str | None = None,
        cited: bool = False,
        kind: str | None = None,
        introduced: bool = False,
    ) -> None:
        """Record one mention (``titled``: the same name as written with its titles;
        ``cited``: named as a source of the story, see ``cited``; ``kind``: what this mention
        was read as, for voted_kind; ``introduced``: the text says what it is, see
        ``introduced``)."""
        self.forms[surface] += 1
        self.cited += cited
        self.introduced += introduced
        if kind:
            self.kinds[kind] += 1
        if titled and titled != surface and titled not in self.titled:
            self.titled.append(titled)
        if sentence not in self.sentences:
            self.sentences.append(sentence)
        if strong and sentence not in self.strong:
            self.strong.append(sentence)
        self.first = min(self.first, (order, sentence.index))

    def absorb(self, other: Mentions) -> None:
        """Merge another item's mentions into this one."""
        self.forms.update(other.forms)
        self.titled.extend(t for t in other.titled if t not in self.titled)
        for s in other.sentences:
            if s not in self.sentences:
                self.sentences.append(s)
        for s in other.strong:
            if s not in self.strong:
                self.strong.append(s)
        self.first = min(self.first, other.first)
        self.cited += other.cited
        self.introduced += other.introduced
        self.kinds.update(other.kinds)
        self.defined.extend(d for d in other.defined if d not in self.defined)

    def voted_kind(self) -> str:
        """The kind most of its mentions were read as (NER is not consistent from one
        sentence to the next: "Ed Miliband's plans" tagged an organisation); ties keep the
        kind it was first read as."""
        if not self.kinds:
            return self.kind
        top = max(self.kinds.values())
        return self.kind if self.kinds[self.kind] == top else self.kinds.most_common(1)[0][0]

    @property
    def count(self) -> int:
        """Total mentions."""
        return sum(self.forms.values())

    def aliases(self) -> tuple[str, ...]:
        """Surface forms, most frequent first, ties by first appearance; then the short forms
        only defined; titled forms after."""
        plain = [form for form, _ in self.forms.most_common()]
        plain += [d for d in self.defined if d not in plain]
        return tuple(plain + [t for t in self.titled if t not in plain])

    def name(self) -> str:
        """The fullest common form: the longest of the most frequent few."""
        forms = [form for form, _ in self.forms.most_common()]
        if self.kind == "person":  # "Trooper James Schmidt" is named "James Schmidt"
            plain: Counter[str] = Counter()
            for form, count in self.forms.items():
                words = form.split()
                while len(words) > 1 and words[0].lower().rstrip(".") in TITLES:
                    words = words[1:]
                while len(words) > 2 and words[-1] in POSTNOMINALS:
                    words = words[:-1]  # "Christine Laing QC" is named "Christine Laing"
                plain[" ".join(words)] += count
            forms = [form for form, _ in plain.most_common()]
            best = max(forms[:4], key=lambda f: (len(f.split()), plain[f], -forms.index(f)))
            styled = [
                t.split()[-2:]
                for t in [*self.titled, *self.forms]
                if len(t.split()) >= 2
                and t.split()[-1] == best
                and t.split()[-2].lower() in _STYLES
            ]
            return " ".join(styled[0]) if styled and " " not in best else best
        # a form with its count ("Eleven students", "37 students") is an alias, not a name:
        # the story may give the group other counts
        uncounted = [f for f in forms if not _COUNTED.match(f)] or forms
        return max(
            uncounted[:4],
            key=lambda f: (
                len(f.split()),
                self.forms[f],
                -forms.index(f),
            ),
        )

    def evidence(self, limit: int = 2) -> tuple[Evidence, ...]:
        """The most telling sentences: where it acts first, then where it is named."""
        picked = list(self.strong[:limit])
        for s in self.sentences:
            if len(picked) >= limit:
                break
            if s not in picked:
                picked.append(s)
        return tuple(Evidence(s.source, s.index, s.text) for s in picked)


# Styles kept before a person named by one name alone: a ruler's, a cleric's, a peer's ("Pope
# Francis", "Sheikh Hasina", "Lord Beckett"; not an office's: "President Biden" is "Biden").
_STYLES = frozenset(
    "pope king queen prince princess sheikh sheikha emir lord lady dame cardinal".split()  # noqa: SIM905
)


@lru_cache(maxsize=1)
def person_nouns() -> frozenset[str]:
    """Nouns for a person ("tourist", "mother", "nurse"), from data/actors.json."""
    return frozenset(load("actors.json")["person_nouns"])


# Verbs that report speech: their subject is a person or a body speaking.
SAYING = frozenset(
    re.findall(
        r"\w+",
        "say says said tell tells told add adds added report reports reported claim claims "
        "claimed confirm confirms confirmed note notes noted",
    )
)


def hyphenated_start(doc: Any, i: int) -> int:
    """Where the hyphenated word that token ``i`` ends begins: "Bouches-du-Rhône" for
    "Rhône" (pieces glued by hyphens, no spaces)."""
    while (
        i >= 2
        and doc[i - 1].text == "-"
        and not doc[i - 1].whitespace_
        and not doc[i - 2].whitespace_
        and doc[i - 2].is_alpha
    ):
        i -= 2
    return i


def hyphenated_end(doc: Any, end: int) -> int:
    """Where the hyphenated word that ends before ``end`` runs on to: past "-sur-Mer" of
    "Boulogne-sur-Mer" for "Boulogne" (pieces glued by hyphens, no spaces); ``end`` itself
    where no hyphen is glued on."""
    while (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].is_alpha
    ):
        end += 2
    return end


def is_name_word(token: Any, tags: Collection[str] = ("NNP",)) -> bool:
    """An untagged word written as a name: "Zaw", "Tanka" (not "The", a title or a number);
    ``tags``: the parts of speech the tagger may have given it."""
    return (
        token.tag_ in tags
        and token.ent_iob_ == "O"
        and token.text[:1].isupper()
        and token.text[1:].islower()
        and token.is_alpha
        and token.lower_.rstrip(".") not in TITLES
        and not token.is_stop
    )


# Where a name is what a verb or preposition acts on.
_HELD = ("dobj", "pobj")


def untagged_names(doc: Any) -> list[Any]:
    """Names of two to four words that NER did not tag, marked as people by what the
    sentence does with them: "Tanka Maya Sitoula, a 40-year-old mother", "Alessandro Amato
    of the INGV said", "Governor Dikko Radda visited", "Police arrested Ruhul Kabir Rizvi,
    a senior BNP leader,". Unfamiliar naming traditions are where NER misses most. A body's
    name so placed is a body's, run on over its "of" ("The Regional Municipality of Wood
    Buffalo said", "The Jamaica Anti-Doping Commission said")."""
    from .place_mentions import ends_as_a_body  # both modules read this one
    from .spans import of_words_after

    out = []
    for token in doc:
        if not is_name_word(token) or token.dep_ not in ("nsubj", "nsubjpass", "appos", *_HELD):
            continue
        if token.dep_ in _HELD and not _a_person_described(token):
            continue  # "Police arrested Ruhul Kabir Rizvi, a senior BNP leader,": an object
            # is a person only where the text says so beside it
        start = token.i
        while start > 0 and token.i - start < 3 and is_name_word(doc[start - 1]):
            start -= 1
        while (
            start > 1
            and doc[start - 1].text in ("-", "\u2010")
            and not doc[start - 1].whitespace_
            and not doc[start - 2].whitespace_
            and doc[start - 2].text[:1].isupper()
        ):  # "Jamaica Anti-Doping Commission": the name runs on past a hyphenated word
            start -= 2
            while start > 0 and token.i - start < 6 and is_name_word(doc[start - 1]):
                start -= 1
        one_word = all(not doc[i].whitespace_ for i in range(start, token.i))  # "Waker-Uz-Zaman"
        if (
            one_word
            and start > 0
            and doc[start - 1].text[:1].isupper()
            and doc[start - 1].lower_.rstrip(".") in TITLES
            and doc[start - 1].ent_iob_ == "O"
            and not (
                start > 1
                and doc[start - 2].dep_ == "compound"
                and doc[start - 2].head.i == token.i
                and doc[start - 2].text[:1].isupper()
            )
        ):
            start -= 1  # "Lord Reed, the court's president, said": a surname after a title
            # that opens the name (not "Health" inside "Public Health Wales")
        if token.i == start or any(
            doc[i].dep_ != "compound" and doc[i].text not in ("-", "\u2010")
            for i in range(start, token.i)
        ):
            continue
        end = token.i + 1
        if a_portfolio(doc, end):
            continue  # "Climate Crisis and Civil Protection Minister Vassilis Kikilias said"
        if (
            doc[start].lower_ in PEERAGE
            and end + 1 < len(doc)
            and doc[end].lower_ == "of"
            and doc[end + 1].text[:1].isupper()
            and doc[end + 1].is_alpha
        ):
            end += 2  # "Lord Nicholls of Birkenhead": a peer's name runs on to his place
        said = token.dep_ == "nsubj" and _speaks(token.head)
        described = any(
            c.dep_ == "appos" and (c.lower_ in person_nouns() or aged(c)) for c in token.children
        )  # "Tanka Maya Sitoula, a 40-year-old mother", "…, both dock workers"
        paired = any(c.dep_ == "conj" and c.ent_type_ == "PERSON" for c in token.children)
        # "The interior minister, Laurent Nunez, said": beside a post
        posted = token.dep_ == "appos" and (
            token.head.lower_ in TITLES | person_nouns() or _a_posts_place(token.head)
        )
        # "Katsina Governor Dikko Radda visited": an office written as a title before the
        # subject of a verb in running text (not a title-case heading: "… Ivan Braiker Chief
        # Strategy Officer |")
        titled = (
            doc[start - 1].text[:1].isupper()
            and doc[start - 1].lower_.rstrip(".") in TITLES
            and doc[start - 1].ent_iob_ == "O"
            and token.dep_ in ("nsubj", "nsubjpass")
            and token.head.pos_ in ("VERB", "AUX")
            and token.head.text.islower()
            and not any(doc[i].lower_ in person_nouns() for i in range(start, end))
            if start > 0 and token.i > start
            else False
        )
        # paired: "Kyaw Min and Aung Ko Naing were held"; aged: "Jamal Reed, 34, was charged"
        held = token.dep_ in _HELD  # an object described as a person (checked above)
        if said or described or paired or posted or titled or held or age_follows(doc, token.i + 1):
            span = doc[start:end]
            if ends_as_a_body(span.text):
                span = doc[start : of_words_after(doc, span)]  # "The Regional Municipality
                span.label_ = "ORG"  # of Wood Buffalo said": a body, its name whole
                out.append(span)
                continue
            span.label_ = "PERSON"
            out.append(span)
    return out


def _a_posts_place(word: Any) -> bool:
    """The word is the named place or body of a post ("its envoy in Libya", "the president
    of Ghana"), to which the parse hung the name that follows it: "Its envoy in Libya, Tamer
    Ramadan, warned" (the name is the envoy's)."""
    prep = word.head
    return (
        word.dep_ == "pobj"
        and word.ent_type_ in ("GPE", "LOC", "ORG", "NORP")
        and prep.lower_ in ("in", "of", "to", "at", "for")
        and prep.head.lower_ in TITLES | person_nouns()
    )


def _a_person_described(token: Any) -> bool:
    """The name has beside it what only a person is: an office or a person's noun ("…, a
    senior BNP leader,", "…, the party's spokesman,") or an age ("…, 34,"); an owner may be
    a firm."""
    return age_follows(token.doc, token.i + 1) or any(
        c.dep_ == "appos"
        and c.lower_ not in ("owner", "owners")
        and (c.lower_ in TITLES or c.lower_ in person_nouns() or aged(c))
        for c in token.children
    )


def _speaks(verb: Any) -> bool:
    """A verb of speaking out: "said", "warned", "urged", "called for" (not "called" a
    name)."""
    if verb.lower_ in _SPEAKING_OUT:
        return True
    return verb.lower_ in ("call", "calls", "called") and any(
        c.lower_ == "for" for c in verb.children
    )


_SPEAKING_OUT = (
    SAYING
    | REPORTING
    | frozenset("urge urges urged demand demands demanded condemn condemns condemned".split())  # noqa: SIM905
)


def a_portfolio(doc: Any, end: int) -> bool:
    """Capitalised words ending at ``end`` begin a minister's portfolio: "and", more
    capitalised words, then a title before a person ("Climate Crisis" of "Climate Crisis and
    Civil Protection Minister Vassilis Kikilias")."""
    i = end
    if i >= len(doc) or doc[i].lower_ not in ("and", "&"):
        return False
    i += 1
    while i < len(doc) and doc[i].text[:1].isupper() and doc[i].ent_type_ != "PERSON":
        if (
            doc[i].lower_.rstrip(".") in TITLES
            and i + 1 < len(doc)
            and doc[i + 1].ent_type_ == "PERSON"
        ):
            return True
        i += 1
    return False


# Titles of peers, whose names run on to a place: "Lord Walker of Gestingthorpe".
PEERAGE = frozenset(
    "lord lady baron baroness earl duke duchess viscount bishop".split()  # noqa: SIM905
)


# What a body is called beside its acronym: "the UN peacekeeping mission, MONUSCO,".
BODY_NOUNS = BUSINESSES | frozenset(
    """mission agency association organisation organization movement party militia group
    force body operation federation union council commission authority partnership
    consortium venture""".split()  # noqa: SIM905
)


# Possessive pronouns: "his Lamborghini", "its Health Emergency Preparedness".
POSSESSIVE_PRONOUNS = frozenset("his her its their our my your".split())  # noqa: SIM905


def untagged_bodies(doc: Any) -> list[Any]:
    """Acronyms NER left untagged that the sentence says are bodies: "The UN peacekeeping
    mission, MONUSCO, said", "CODECO, a loose association of Lendu militias, says", "Israel's
    military agency COGAT", "the SNAI prison agency said"; and a
    one-word name NER left untagged that speaks with a "which" clause on it, or described
    as a body: "Synnovis, which processes blood tests for NHS trusts, said" (no person is a
    "which"), "Synnovis, a partnership between SYNLAB and two NHS trusts, said"; a name of
    digits and letters beside a body's noun, which NER may read as a number: "Genetic
    testing company 23andMe said"."""
    out = []
    for token in doc:
        beside = [c for c in token.children if c.dep_ == "appos"]
        if token.dep_ == "appos":
            beside.append(token.head)
        if (
            named_with_digits(token.text)
            and token.ent_type_ in ("", "CARDINAL")
            and any(b.lower_ in BODY_NOUNS for b in beside)
        ):
            span = doc[token.i : token.i + 1]  # "Genetic testing company 23andMe said"
            span.label_ = "ORG"
            out.append(span)
            continue
        if (
            camel_cased(token.text)
            and token.ent_iob_ == "O"
            and any(b.lower_ in BODY_NOUNS or _a_business(b) for b in beside)
        ):
            span = doc[token.i : token.i + 1]  # "Rival carriers easyJet and Ryanair also fell"
            span.label_ = "ORG"
            out.append(span)
            continue
        if (named := _a_body_named_in_words(token, beside)) is not None:
            out.append(named)  # "Students for Fair Admissions, the group that brought …"
            continue
        if (members := _a_members_body(token)) is not None:
            out.append(members)  # "The Prison Officers' Association said" (NER: nothing)
            continue
        if (glued := _a_glued_name_speaks(token)) is not None:
            out.append(glued)  # "UKHospitality Cymru said"
            continue
        if (service := _a_nations_service(token)) is not None:
            out.append(service)  # "Public Health Wales has confirmed …"
            continue
        if (utility := _a_utilitys_name(token)) is not None:
            out.append(utility)  # "Thames Water has been given permission to borrow"
            continue
        if (club := _a_bodys_officer(token)) is not None:
            out.append(club)  # "Fenerbahce coach Jose Mourinho praised …"
            continue
        if _an_acronyms_officer(token):
            span = doc[token.i : token.i + 1]  # "PSNI Chief Constable Jon Boutcher said"
            span.label_ = "ORG"
            out.append(span)
            continue
        if token.ent_iob_ != "O" or not token.is_alpha or token.pos_ != "PROPN":
            continue
        if _after_its_trade(token):
            span = doc[token.i : token.i + 1]  # "State-owned gas firm Gazprom is expected"
            span.label_ = "ORG"
            out.append(span)
            continue
        acronym = token.is_upper and 3 <= len(token) <= 8
        titles = [c for c in token.children if c.dep_ == "compound" and c.i < token.i]
        if (
            acronym and any(b.lower_ in BODY_NOUNS for b in [*beside, _qualified(token), *titles])
        ) or (
            is_name_word(token, ("NNP", "NNPS"))
            and token.dep_ == "nsubj"
            and token.head.lower_ in SAYING
            and not _in_a_longer_name(token)
            and (
                which_on(token)
                or any(b.lower_ in BODY_NOUNS for b in beside)
                or _said_it(token.head)
            )
        ):
            span = doc[token.i : token.i + 1]
            span.label_ = "ORG"
            out.append(span)
    return out


def _a_bodys_officer(token: Any) -> Any | None:
    """A name NER left untagged (or took for a person's) that qualifies the post of the
    person named after it: "Fenerbahce coach Jose Mourinho", "Halden spokesman Tom Reed"
    name a club and a firm, whose officers they are. Not a title ("Labour leader"), a
    common noun opening the sentence ("Club captain …") or a given name ("Sarah" of "Sarah
    and spokesman …"); the span, else None."""
    post = token.head
    if (
        token.dep_ != "compound"
        or post.i != token.i + 1
        or post.lower_ not in _OFFICERS
        or not post.is_lower
        or token.ent_type_ not in ("", "PERSON")
        or not (token.is_alpha and token.text[:1].isupper() and token.pos_ == "PROPN")
        or token.lower_ in TITLES
        or token.lower_ in given_name_sexes()
        or (token.i == 0 and token.lower_ in BODY_NOUNS | _OPENING_BODIES)
    ):
        return None
    person = post.head
    if person.ent_type_ != "PERSON" or post.dep_ != "compound" or person.i <= post.i:
        return None
    doc = token.doc
    start = token.i
    while (
        start > 0
        and doc[start - 1].dep_ == "compound"
        and doc[start - 1].ent_type_ in ("", "PERSON")
        and doc[start - 1].pos_ == "PROPN"
        and doc[start - 1].is_alpha
        and doc[start - 1].lower_ not in TITLES
    ):
        start -= 1
    if any(
        doc[i].ent_iob_ == "B" and doc[i].ent_type_ == "PERSON" for i in range(start + 1, post.i)
    ):
        return None  # the person's own name begins before the post
    span = doc[start : post.i]
    span.label_ = "ORG"
    return span


def _an_acronyms_officer(token: Any) -> bool:
    """An acronym NER left untagged before the title of the person named after it: "PSNI
    Chief Constable Jon Boutcher said", "CMA Chief Executive Sarah Cardell": the body whose
    officer they are."""
    doc = token.doc
    if not (
        token.ent_iob_ == "O"
        and token.is_upper
        and token.is_alpha
        and 2 <= len(token) <= 8
        and token.pos_ == "PROPN"
        and token.i + 2 < len(doc)
        and (token.i == 0 or doc[token.i - 1].pos_ not in ("PROPN", "ADJ"))  # the whole
        # name: not "SPCA" of "Scottish SPCA Chief Inspector …"
    ):
        return False
    title = doc[token.i + 1]
    if not (title.text[:1].isupper() and title.lower_.rstrip(".") in TITLES):
        return False
    return any(
        doc[i].ent_type_ == "PERSON" and doc[i].lower_.rstrip(".") not in TITLES
        for i in range(token.i + 2, min(len(doc), token.i + 5))
    )


# Posts a person holds in a club, a firm or a body, written after its name and before
# theirs: "Fenerbahce coach Jose Mourinho".
_OFFICERS = frozenset(
    """spokesman spokeswoman spokesperson coach manager boss captain chairman chairwoman
    owner founder striker goalkeeper midfielder defender winger forward""".split()  # noqa: SIM905
)
# Common nouns for bodies that open a sentence capitalised: "Club captain Ben Ames said".
_OPENING_BODIES = frozenset("club team police party government union league".split())  # noqa: SIM905


def _a_utilitys_name(token: Any) -> Any | None:
    """A name NER left untagged that ends in the trade of a utility or a carrier, the name's
    own capitalised last word: "Thames Water", "Anglian Water", "British Gas", "Scottish
    Power"; the span, else None."""
    doc = token.doc
    if (
        token.text not in UTILITY_WORDS
        or token.ent_iob_ != "O"
        or token.i == 0
        or token.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj")
    ):
        return None
    start = token.i
    while start > 0 and token.i - start < 2 and is_name_word(doc[start - 1]):
        start -= 1
    if start == token.i or any(doc[i].ent_type_ for i in range(start, token.i)):
        return None
    span = doc[start : token.i + 1]
    span.label_ = "ORG"
    return span


# A public service named for the nation it serves: "Transport Scotland", "Police Scotland",
# "Public Health Wales", "Natural England" (not "Bear Scotland", a firm).
A_NATIONS_SERVICE = re.compile(
    r"^(the )?(Police|Transport|Public Health|Health|Education|Environment|Historic|Natural|"
    r"Sport|NHS|Forestry|Revenue|Skills|Food Standards|Social Care|Care Inspectorate) "
    r"(Scotland|Wales|England|Northern Ireland|Ireland)$"
)


def _a_nations_service(token: Any) -> Any | None:
    """A public service NER left untagged, named for the nation it serves, ending at
    ``token``: "Public Health Wales has confirmed 58 cases" (a body, not a Mr Wales titled
    "Health"); the span, else None."""
    doc = token.doc
    if token.ent_iob_ != "O" or token.text not in _NATIONS_SERVED or token.i == 0:
        return None
    for start in range(max(0, token.i - 3), token.i):
        span = doc[start : token.i + 1]
        if A_NATIONS_SERVICE.match(span.text) and not any(t.ent_type_ for t in span):
            span.label_ = "ORG"
            return span
    return None


# The nations a public service is named for, as its name's last word.
_NATIONS_SERVED = frozenset("Scotland Wales England Ireland".split())  # noqa: SIM905


# The last words of utilities' and carriers' names: "Thames Water", "British Gas".
UTILITY_WORDS = frozenset(
    "Water Gas Power Energy Electric Electricity Airways Rail Railways Telecom Mobile".split()  # noqa: SIM905
)


def _a_glued_name_speaks(token: Any) -> Any | None:
    """A name NER left untagged that opens with an acronym glued to a word, no person's
    name ("UKHospitality"), and speaks, with the name words after it: "UKHospitality Cymru
    said" is a body."""
    if token.ent_iob_ != "O" or not _GLUED_ACRONYM.match(token.text):
        return None
    doc, end = token.doc, token.i
    while (
        end + 1 < len(doc)
        and doc[end].dep_ == "compound"
        and doc[end].head.i == end + 1
        and doc[end + 1].text[:1].isupper()
        and doc[end + 1].ent_iob_ == "O"
    ):
        end += 1
    head = doc[end]
    if head.dep_ != "nsubj" or head.head.lower_ not in SAYING:
        return None
    span = doc[token.i : end + 1]
    span.label_ = "ORG"
    return span


# An acronym glued to a capitalised word: "UKHospitality", "HSBCBank" (not "McDonald").
_GLUED_ACRONYM = re.compile(r"[A-Z]{2,}[A-Z][a-z]{2,}$")


def _qualified(token: Any) -> Any:
    """The noun a chain of qualifiers ends on: "agency" of "SNAI" in "the SNAI prison agency
    said" (the token itself where it qualifies none)."""
    while token.dep_ == "compound" and token.head.i > token.i:
        token = token.head
    return token


def _a_members_body(token: Any) -> Any | None:
    """A body named for its members with a possessive, NER left untagged: "the Prison
    Officers' Association", "the Farmers' Union of Wales" (its capitalised words, the
    possessive among them, ending in the word for such a body)."""
    if token.text not in _MEMBERS_BODIES or token.ent_iob_ != "O" or token.i < 2:
        return None
    doc = token.doc
    start, owned = token.i, False
    while start > 0:
        word = doc[start - 1]
        if word.tag_ == "POS" and start > 1 and doc[start - 2].text[:1].isupper():
            owned = True
        elif not (
            word.is_alpha and word.text[:1].isupper() and word.ent_iob_ == "O"
        ) or word.lower_ in ("the", "a", "an"):
            break
        start -= 1
        if word.is_sent_start:
            break
    if not owned or doc[start].tag_ == "POS" or token.i - start < 2:
        return None
    span = doc[start : token.i + 1]
    span.label_ = "ORG"
    return span


# The last word of a body named for its members: "the Prison Officers' Association".
_MEMBERS_BODIES = frozenset(
    "Association Union Federation Society Institute League Alliance Guild Council".split()  # noqa: SIM905
)


def _a_body_named_in_words(token: Any, beside: list[Any]) -> Any | None:
    """A name of capitalised words joined by "for" or "of", NER left untagged, that a body's
    noun stands beside: "Students for Fair Admissions, the group that brought the cases,"
    (its first word a plural, no person's name)."""
    doc = token.doc
    if (
        token.ent_iob_ != "O"
        or not token.text[:1].isupper()
        or not any(b.lower_ in BODY_NOUNS for b in beside)
    ):
        return None
    prep = next((c for c in token.children if c.dep_ == "prep" and c.i == token.i + 1), None)
    if prep is None or prep.lower_ not in ("for", "of"):
        return None
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None:
        return None
    words = doc[prep.i + 1 : obj.i + 1]
    if not all(t.text[:1].isupper() and t.ent_iob_ == "O" for t in words):
        return None
    span = doc[token.i : obj.i + 1]
    span.label_ = "ORG"
    return span


# A name written in lower case with a capital inside: "easyJet", "eBay".
_CAMEL_CASE = re.compile(r"[a-z]{1,5}[A-Z][a-z]+[A-Za-z]*")


def camel_cased(text: str) -> bool:
    """A name written in lower case with a capital inside: "easyJet", "eBay"."""
    return _CAMEL_CASE.fullmatch(text) is not None


# A name written with digits and letters together: "23andMe", "3M", "7-Eleven" (NER may
# read it as a number).
_DIGITS_AND_LETTERS = re.compile(r"^(?=.*\d)(?=.*[A-Za-z]{2})[\dA-Za-z][\dA-Za-z-]*$")


def _after_its_trade(token: Any) -> bool:
    """A one-word name written straight after a word for a business in lower case that
    qualifies it, no other name beside it: "gas firm Gazprom", "lender Halifax"; or after
    such a word, or "Rival", capitalised to open the sentence: "Rival Tesco, the market
    leader, is due to report"."""
    doc = token.doc
    before = doc[token.i - 1] if token.i > 0 else None
    if before is None:
        return False
    # each parse is one sentence: its first word is capitalised whatever it is
    opening = before.i == 0 and before.lower_ in BEFORE_A_FIRM
    others = [
        c
        for c in token.children
        if c.dep_ in ("compound", "conj") and c.pos_ == "PROPN" and c.i != before.i
    ]
    return (
        (before.is_lower or opening)
        and before.lower_ in BEFORE_A_FIRM
        and before.dep_ == "compound"
        and before.head.i == token.i
        and is_name_word(token, ("NNP", "NNPS"))
        and (not _in_a_longer_name(token) or (opening and not others))
        and not (token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN")
    )


# Words for what a firm is, or is to another, written straight before its one-word name.
BEFORE_A_FIRM = TRADES | BUSINESSES | _RIVALS


def _in_a_longer_name(token: Any) -> bool:
    """The word is one of a name of several: "West" of "Cheshire West and Chester Council"
    (a proper noun before it, or one joined to it)."""
    doc = token.doc
    return (token.i > 0 and doc[token.i - 1].pos_ == "PROPN") or any(
        c.dep_ in ("compound", "conj") and c.pos_ == "PROPN" for c in token.children
    )


def _said_it(verb: Any) -> bool:
    """What the speaker said has "it" for its subject, doing something: "Barclays also said
    it would buy back shares" (a person says "he" or "she"; a body, "it"). Not "it" of a
    state or an event, which anyone may say: "Khumalo said it was unfair", "… it seemed
    late", "… it happened at night"."""
    return any(
        c.dep_ == "ccomp"
        and c.lower_ not in _IT_OF_ANYONE
        and any(s.dep_ in ("nsubj", "nsubjpass") and s.lower_ == "it" for s in c.children)
        for c in verb.children
    )


# Verbs "it" is the subject of when anyone speaks of a state or an event, in every form
# (the pipeline has no lemmatizer).
_IT_OF_ANYONE = frozenset(
    """be is was were are been being seem seems seemed appear appears appeared happen
    happens happened look looks looked feel feels felt mean means meant matter matters
    mattered take takes took taken make makes made come comes came go goes went gone get
    gets got become becomes became remain remains remained""".split()  # noqa: SIM905
)


def which_on(token: Any, pronoun: str = "which") -> bool:
    """A relative clause opened by "which" is on the word: a thing or a body, not a person
    (``pronoun`` "who": a person)."""
    return any(
        c.dep_ == "relcl" and any(t.lower_ == pronoun and t.head.i == c.i for t in c.children)
        for c in token.children
    )


_AGE = re.compile(r"^\d{1,3}$")


def age_follows(doc: Any, i: int) -> bool:
    """An age between commas follows: "Jamal Reed, 34, was charged" names a person."""
    return (
        i + 2 < len(doc)
        and doc[i].text == ","
        and bool(_AGE.match(doc[i + 1].text))
        and 0 < int(doc[i + 1].text) <= 110
        and doc[i + 2].text in (",", ")")
    )


def aged(head: Any) -> bool:
    """The noun has an age written before it: "a 40-year-old mother", "a 55-year old man"."""
    words = [t.lower_ for t in head.doc[max(0, head.i - 9) : head.i]]
    return any(
        (_AGE.match(w) and words[i + 1 : i + 4] in (["-", "year", "-"], ["-", "year", "old"]))
        or (_AGE.match(w) and words[i + 1 : i + 3] == ["year", "old"])
        for i, w in enumerate(words)
    )


def split_at_rank(doc: Any, ent: Any) -> list[Any]:
    """An organisation span that runs on into a person named by rank: "Cottonwood Police Sgt
    Jeremy Daniels" is the Cottonwood Police and Jeremy Daniels."""
    if ent.label_ == "ORG" and len(ent) > 1 and doc[ent.end - 1].lower_.rstrip(".") in RANKS:
        body = doc[ent.start : ent.end - 1]  # "Army Spc" before the person "Caleb Barnes"
        body.label_ = "ORG"
        return [body]
    if ent.label_ != "ORG" or len(ent) < 3:
        return [ent]
    for i in range(ent.start + 1, ent.end - 1):
        if doc[i].lower_.rstrip(".") in RANKS and all(
            t.tag_ == "NNP" and t.text[:1].isupper() and t.lower_ not in TITLES
            for t in doc[i + 1 : ent.end]
        ):
            body, person = doc[ent.start : i], doc[i + 1 : ent.end]
            body.label_, person.label_ = "ORG", "PERSON"
            return [body, person]
    return [ent]


def dateline(ent: Any) -> bool:
    """The name opens the sentence in capitals before a comma or dash: "NIAMEY, 9 June —",
    "KASSALA —", where the story was filed, not an actor or a place of it. Not an acronym
    the sentence goes on to describe: "CODECO, a loose association of militias, says"."""
    doc, surface = ent.doc, ent.text
    return (
        ent.start == 0
        and surface.isupper()
        and len(surface) > 4
        and ent.end < len(doc)
        and doc[ent.end].text in (",", "(", "\u2014", "-")
        and not any(c.dep_ == "appos" and c.tag_ in ("NN", "NNS") for c in ent.root.children)
    )


def in_business(token: Any) -> bool:
    """The name has a business noun or a body's beside it: "Ozcare, Australia's largest
    insurer", "Synnovis, a partnership between …", "Indian Railways, one of the world's
    largest rail networks," (a common noun: the chairman named beside "Saudi National Bank"
    is in no business noun's apposition)."""
    return (
        any(
            c.dep_ == "appos"
            and (_a_business(c) or _a_bodys_noun(c) or _one_of_the_businesses(c))
            and not _titles_the_name_after_it(c)
            for c in token.children
        )
        or (token.dep_ == "appos" and (_a_business(token.head) or _a_bodys_noun(token.head)))
        or _described_after_a_comma(token)
        or (token.dep_ == "conj" and token.head.dep_ == "appos" and in_business(token.head))
    )  # "discounters Aldi and Lidl": the list the business noun names


def _titles_the_name_after_it(noun: Any) -> bool:
    """The business noun has a name of its own set off after it: "a mine west of
    Johannesburg, the operator, Sibanye-Stillwater, said" (the parse hangs "the operator" on
    Johannesburg): it is the title of the name after it, not of the one before."""
    return noun.is_lower and any(
        c.dep_ == "appos" and c.i > noun.i and c.pos_ == "PROPN" for c in noun.children
    )


def _described_after_a_comma(token: Any) -> bool:
    """What the name is, written after it between a comma and an article, where the parser
    missed the apposition in a long sentence: "The attack hit Synnovis, a partnership
    between …, which processes blood tests for …" (the parse: "partnership" a subject)."""
    doc = token.doc
    at = token.i + 1
    if at + 2 >= len(doc) or doc[at].text != "," or doc[at + 1].lower_ not in ("a", "an"):
        return False
    head = None
    for word in doc[at + 2 : at + 6]:
        if word.tag_ in ("NN", "NNS"):
            head = word  # the last noun of the run: "a union official" is an official
        elif head is not None or word.tag_ not in ("JJ", "JJS", "RBS", "VBN", "HYPH"):
            break
    return head is not None and (_a_business(head) or _a_bodys_noun(head))


# Nouns for a body that a person may not be too (not "a party to the case", "a force for
# good", "a body", "a group").
_ONLY_BODIES = BODY_NOUNS - {"party", "body", "force", "group"} | frozenset(
    "centre center institute foundation bureau watchdog regulator".split()  # noqa: SIM905
)  # "Action Fraud, the national reporting centre," (NER: a person)


def _a_bodys_noun(noun: Any) -> bool:
    """ "Synnovis, a partnership between a private firm and two NHS trusts,": what only a
    body is."""
    return noun.is_lower and noun.lower_ in _ONLY_BODIES


def _a_business(noun: Any) -> bool:
    word = noun.lower_
    return noun.is_lower and (
        word in BUSINESSES or (word.endswith("s") and word[:-1] in BUSINESSES)
    )


def _one_of_the_businesses(one: Any) -> bool:
    """ "one of the world's largest rail networks": one of some businesses."""
    return one.lower_ == "one" and any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(o.dep_ == "pobj" and _a_business(o) for o in c.children)
        for c in one.children
    )


def business_names(parsed: Sequence[Any]) -> frozenset[str]:
    """Keys of the names the text says are businesses ("Ozcare, Australia's largest
    insurer"; "retailer Argos") or bodies with officers ("Halden spokesman Tom Reed"):
    organisations, whatever NER took them for."""
    out = set()
    for p in parsed:
        doc = p.doc
        for e in doc.ents:
            if in_business(e.root) or (
                e.start > 0 and doc[e.start - 1].lower_ in BUSINESSES_BEFORE
            ):
                out.add(key(e.text))
            elif (named := without_trade(e)) is not e:  # "Brewer Halden Group"
                out.add(key(named.text))
        out.update(key(t.text) for t in doc if is_name_word(t) and in_business(t))
        out.update(key(b.text) for t in doc if (b := _a_bodys_officer(t)) is not None)
        # "Fenerbahce coach Jose Mourinho": a body with a coach, so "beaten by Fenerbahce"
        # (NER: a person) is that body too
    return frozenset(out)


class WrittenNames:
    """Names as written, to find again in any sentence: every whole-word occurrence of each,
    overlapping ones included ("Labour" inside "Labour Party"), in the names' order.

    Each name is looked for only in sentences that have its first word, so a long text with
    many names costs one pass over each sentence's words, not one search per name."""

    def __init__(self, names: Sequence[str]) -> None:
        self.names = tuple(names)
        self._patterns = [re.compile(rf"(?<![\w-]){re.escape(n)}(?![\w-])") for n in self.names]
        self._by_word: dict[str, list[int]] = {}
        self._always: list[int] = []  # names that do not start with a word character
        for i, name in enumerate(self.names):
            first = re.match(r"\w+", name)
            if first is None:
                self._always.append(i)
            else:
                self._by_word.setdefault(first.group(), []).append(i)

    def find(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of each occurrence in ``text``, name by name."""
        if not self.names:
            return []
        words = set(re.findall(r"\w+", text))
        candidates = sorted(
            {i for w in words for i in self._by_word.get(w, ())}.union(self._always)
        )
        return [m.span() for i in candidates for m in self._patterns[i].finditer(text)]

    def untagged(self, doc: Any, taken: Collection[int]) -> list[Any]:
        """Spans of a sentence that repeat one of the names where NER tagged nothing (and
        no token is in ``taken``), labelled ORG: NER is not consistent from one sentence to
        the next ("Shares in Medibank fell" tags it, "Medibank, Australia's largest health
        insurer, said" does not)."""
        out = []
        for start, end in self.find(doc.text):
            span = doc.char_span(start, end)
            if span is None or any(t.i in taken or t.ent_iob_ != "O" for t in span):
                continue
            span.label_ = "ORG"
            out.append(span)
        return sorted(out, key=lambda span: span.start)
