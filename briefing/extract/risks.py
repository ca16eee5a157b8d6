"""Parsed sentences -> risks: forward-looking dangers, with the source's own likelihood words."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import replace
from functools import lru_cache
from typing import Any, NamedTuple

from ..data import load
from ..model import Evidence, Risk
from .grouping import title_sex
from .lexicon import lexicon
from .names import (
    BODY_NOUNS,
    DATELINE,
    REPORTING,
    SAYING,
    TITLES,
    given_name_sexes,
    person_nouns,
)
from .nlp import CONTENT_STOP, FORMS_OF_BE, Parsed, content_words
from .place_mentions import ends_as_a_body

# Words that name a danger, a threat, a harm or trouble to come.
_DANGER = re.compile(
    r"\b(threat\w*|risk\w*|danger\w*|fear\w*|warn\w*|escalat\w*|attack\w*|strik(e|es|ing)|"
    r"clash\w*|violen\w*|war|wars|conflict\w*|crisis|crises|collapse\w*|default\w*|"
    r"walkouts?|stoppages?|"
    r"shortage\w*|famine|outbreak\w*|epidemic\w*|unrest|retaliat\w*|offensive|bomb\w*|"
    r"kill\w*|dead|death\w*|casualt\w*|injur\w*|wound\w*|displace\w*|flood\w*|evacuat\w*|"
    r"sanction\w*|insurgen\w*|instabilit\w*|tension\w*|concern\w*|alarm\w*|vulnerab\w*|"
    r"disrupt\w*|blockade\w*|seiz\w*|hostage\w*|explos\w*|missile\w*|drone\w*|"
    r"worsen\w*|worse|surge\w*|recruit\w*|abuse\w*|ambush\w*|raid\w*|terror\w*|extremis\w*|"
    r"execut(ed|ion|ions)|shoot\w*|gunfire|fraud\w*|rigg\w*|corrupt\w*|scandal\w*|"
    r"failure\w*|fail(s|ed)?|burden\w*|debt\w*|arrears|recession|loss(es)?|damag\w*|"
    r"destr(oy|oyed|uction)|devastat\w*|disaster\w*|emergenc\w*|catastroph\w*|chaos|"
    r"turmoil|furore|protest\w*|riot\w*|exodus|fled|flee\w*|refugee\w*|detain\w*|"
    r"detention|unlawful|illegal\w*|breach\w*|cyber\w*|hack\w*|radicali[sz]\w*|"
    r"persecut\w*|blocked|ban(ned|s)?|opposition|rebellion|criticis\w*|"
    r"penalty(?! spot| kick| area| box| shoot)|"  # a fine, not a football match's penalty
    r"allegation\w*|accus\w*|trouble\w*|dispute\w*|hung|exit|targets?|targeting|"
    r"propaganda|scrutiny|tough\w*|difficult\w*|challeng\w*|pressur\w*|strain\w*|"
    r"withh[eo]ld\w*|shortfall\w*|struggl\w*|setback\w*|costs?|costly|"
    # crime and the courts: charges still to be tried are a danger to come
    r"charg(ed|es)|convict\w*|sentenc\w*|prosecut\w*|homicide|murder\w*|kidnap\w*|"
    r"abduct\w*|rape\w*|assault\w*|behead\w*|lawsuit\w*|jail\w*|prison|"
    # health: disease and its spread
    r"quarantin\w*|plague|infect\w*|virus\w*|disease\w*|pandemic\w*|contagio\w*|"
    r"transmi\w*|cholera|symptom\w*|"
    # livelihoods and order
    r"unemploy\w*|jobless\w*|layoffs?|inflation|poverty|hunger|insecurity|deficit\w*|"
    r"shutdowns?|shuts down|cuts|"
    r"morale|anger|outrage\w*|withdraw\w*|pull(ing)? out|"
    # harm to people, named without a crime or a war
    r"harm\w*|hurt\w*|suffer\w*|endanger\w*|jeopardi[sz]\w*|imperil\w*|peril\w*|hazard\w*|"
    r"undermin\w*|victim\w*|starv\w*|depriv\w*|malnutrition|malnourish\w*|overwhelm\w*|"
    r"overcrowd\w*|molest\w*|deadly|fatal\w*|die|dies|died|dying|sick\w*|illness\w*|mortality|"
    r"(?<=could be |might be )affected|(?<=may be )affected|"  # harm to come, not "affected areas"
    # what someone is said to face, whatever it is: "could face a suspension"
    r"(?<=could )face|(?<=might )face|(?<=may )face|(?<=will )face|(?<=would )face|"
    # a species or a way of life lost
    r"extinct\w*|(?<=could )disappear|(?<=might )disappear|"
    # natural hazards (the kinds disaster databases such as EM-DAT list)
    r"earthquakes?|quakes?|tremors?|aftershocks?|tsunamis?|eruptions?|volcan\w*|landslides?|"
    r"mudslides?|avalanches?|storms?|hurricanes?|typhoons?|cyclones?|tornado\w*|droughts?|"
    r"wildfires?|blazes?|heatwaves?|"
    # pests and blights that destroy crops
    r"locusts?|pests?|infestations?|swarms?|blights?|"
    # industrial accidents: fire (not the service that fights it), smoke and what escapes
    r"fires?(?!\s+(?:and\s+rescue|services?|brigades?|departments?|crews?|chiefs?|stations?|"
    r"officers?|engines?|fighters?|safety|authorit\w+|marshals?))|smoke|fumes|toxic\w*|"
    r"pollut\w*|contaminat\w*|leaks?|leaking|spill\w*|poison\w*|"
    r"radiation|radioactiv\w*|irritat\w*|"
    # economic trouble
    r"slump\w*|downturn\w*|bankrupt\w*|insolven\w*|plung\w*|crash\w*|slowdown\w*|"
    # force, coercion and its instruments
    r"weapons?|nuclear|gunm[ae]n|militants?|militias?|jihad\w*|rebels?|coups?|invasion\w*|invad\w*|"
    r"gangs?|gangsters?|bandits?|banditry|cartels?|pira(tes?|cy)|ransoms?|extort\w*|"
    r"loot\w*|arson\w*|smuggl\w*|traffick\w*|espionage|coerc\w*|intimidat\w*|retribution|"
    r"reprisals?|crackdowns?|repress\w*|use of force|punish\w*)\b",
    re.IGNORECASE,
)
# The source's own likelihood wording -> ICD 203 term. Explicit probability words win over
# modal hedges, which win over plain futures and warnings.
# A risk and the words that rate it: "the risk … is assessed as", "assesses the risk … as";
# "the risk … was" (then the rating: high, moderate, low).
_RISK_NOUN = r"(risk|threat|danger|likelihood|probability)s?\b[\w\s,'-]{0,60}?\b"
_RATING_VERB = r"(assessed|rated|judged|considered|seen|put)"
_RATED_AS = (
    rf"({_RISK_NOUN}(is |are |was |were |remains? |remained )?{_RATING_VERB}|(assess|rat|judg|"
    r"consider|put)\w* (the |its |their )?(risk|threat)s?\b[\w\s,'-]{0,60}?)"
)
_RATED_IS = rf"{_RISK_NOUN}({_RATING_VERB} as|is|are|was|were|remains?|remained)"
# "the risk of escalation is", "the risk to ships linked to Israel or Britain remained": a
# risk, what it is of or to, and the verb that rates it.
_RATED_RISK = (
    r"(risk|threat|danger|chance|likelihood|probability)s?( (of|to|for) [\w\s,'-]{1,60}?)? "
    r"(is|are|was|were|remains?|remained)"
)
_LIKELIHOOD: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(rf"\b({pattern})\b", re.IGNORECASE), term)
    for pattern, term in (
        # "cannot rule out", "did not rule out": not ruled out, so it may happen
        (r"(cannot|can't|can not|not|never) (be )?rul(e|ed) out", "roughly even chance"),
        (r"no chance|ruled out", "almost no chance"),
        # "the risk of escalation is high", "the threat remains low": the source's own rating
        (
            rf"{_RATED_RISK} (very |extremely )?(low|small|slight|remote)",
            "unlikely",
        ),
        (
            rf"{_RATED_RISK} (very |extremely )?(high|real|serious|"
            r"significant|growing|great|considerable)",
            "likely",
        ),
        # a risk rated in words: "WHO assesses the risk … as high", "is assessed as low"
        (_RATED_AS + r" as (very )?(high|elevated|significant)", "likely"),
        (_RATED_IS + r" (moderate|medium)", "roughly even chance"),
        (_RATED_IS + r" (very |extremely )?(low|minimal|negligible|slight)", "unlikely"),
        # "a significant likelihood of an eruption", "a low probability of a tsunami"
        (
            r"(high|significant|real|strong|serious|considerable|great|growing) "
            r"(likelihood|probability|chance|possibility)",
            "likely",
        ),
        (r"(low|small|slight|slim) (likelihood|probability|chance|possibility)", "unlikely"),
        (r"very unlikely|highly unlikely|remote (chance|possibility)|impossible", "very unlikely"),
        (r"unlikely|doubt\w*|improbable", "unlikely"),
        (r"almost certain(ly)?|inevitabl[ey]|certain(ly)? to", "almost certain"),
        (r"very likely|highly likely|high risk|expected to|poised to", "very likely"),
        (r"(?<!more )(?<!less )likely|probabl[ey]|set to", "likely"),  # not "more likely"
        (
            r"may|might|could|possibl[ey]|risk of|fears?|feared|potential\w*|concern\w*",
            "roughly even chance",
        ),
        (r"will|continu\w*|ongoing|threaten\w*|warn\w*|imminent", "likely"),
    )
)
_EXPLICIT = re.compile(
    r"\b(likely|unlikely|probabl[ey]|almost certain\w*|expected to|risk of)\b", re.I
)
_FORWARD = re.compile(
    r"\b(will|would|could|may|might|can|threaten\w*|warn\w*|risk\w*|fear\w*|expect\w*|"
    r"likely|unlikely|possible|potential\w*|continu\w*|ongoing|prevent\w*|plan\w*|"
    r"rule out|prepar\w*|poised|set to|escalat\w*|imminent|future|next|coming|"
    r"avert\w*|(?:is|was|are|were) due|upcoming|schedul\w*)\b",
    re.IGNORECASE,
)
_MAX_EVIDENCE = 4  # evidence sentences per risk
_SAME_RISK = 0.1  # content-word overlap that makes two sentences one risk
_MIN_WORDS = 6


# Anchors that put a sentence's events in the past: "in 1944", "in the 14th century".
_PAST = re.compile(
    r"\b((in|since|during|by|until) (the )?(1[0-9]{3}|20[0-2][0-9])s?|centur(y|ies)|"
    r"(years|decades) ago|histor\w*|first (appeared|coined|emerged))\b",
    re.IGNORECASE,
)
_MODAL = re.compile(r"\b(will|would|could|may|might|can|should|must|'ll)\b", re.IGNORECASE)
# Dangers under way or still to be resolved: "a rising toll", "a suspect at large".
_ONGOING = re.compile(
    r"\b(continu\w*|ongoing|still|remain\w*|rising|grow\w*|increas\w*|mount\w*|spread\w*|"
    r"at large|on the run|missing|yet to|persist\w*|deepen\w*|widen\w*|wors\w*)\b",
    re.IGNORECASE,
)
# A danger said not to be there: "no immediate reports of injuries", "without casualties".
# Within three words; five (reaching "no reports of injuries or damage") cost the check half
# a right risk.
# "Nobody was hurt", "None of the hikers was seriously hurt": the same, by whom it spares.
_DENIED = re.compile(
    r"\b(?:no|without|nobody)(?:\W+\w+){0,3}\W+$|\bnone of(?:\W+\w+){0,4}\W+$", re.IGNORECASE
)
# ... or further, after "no sign" in the same clause: "There was no indication the outage
# was caused by a cyber attack".
_NO_SIGN = re.compile(
    r"\bno (?:immediate |clear )?(?:indication|evidence|sign|signs|suggestion)\b[^,;:]*$",
    re.IGNORECASE,
)
# Names of bodies and laws, whose words before the last name no danger: the "Centers for
# Disease Control", the "Fire and Disaster Management Agency", the "Dangerous Dogs Act" (not
# "Volcanologists", NER's one-word organisation).
_BODIES = frozenset(("ORG", "LAW"))
_QUOTE = re.compile("[\"\u201c\u201d\u2018\u2019']")
# "the dead" named as people ("paid to the families of each of the dead", "mourned the
# dead"): those a harm already took, no danger in what the sentence says of them.
_THE_DEAD = re.compile(r"\bthe\W+$", re.IGNORECASE)

RISK_FEATURES = (
    "dangers",  # distinct danger words, at most 3
    "forward",  # a forward-looking cue: will, could, warn, threaten, plan …
    "explicit",  # the source rates it: likely, unlikely, expected to, risk of
    "actor",  # a named person, organisation, place or group
    "lead",  # 1 / (1 + index / 5): news puts what matters first
    "modal",  # will, would, could, may, might, can, should, must
    "ongoing",  # still, continuing, rising, spreading, at large …
    "past",  # anchored in the past: "in 1944", "centuries", "years ago"
    "past_tense",  # the main verb is in the past tense and nothing looks forward
    "quoted",  # quotation marks: someone's own words
)


def risk_features(p: Parsed) -> tuple[float, ...] | None:
    """What makes a sentence a risk, in RISK_FEATURES order; None when it names no danger."""
    text = p.sentence.text
    if len(text.split()) < _MIN_WORDS:
        return None
    named = [(e.start_char, e.end_char) for e in p.doc.ents if e.label_ in _BODIES and len(e) > 1]
    dangers = {
        m.group(0).lower()
        for m in _DANGER.finditer(text)
        if not (_DENIED.search(text[: m.start()]) or _NO_SIGN.search(text[: m.start()]))
        and not (m.group(0).lower() == "dead" and _THE_DEAD.search(text[: m.start()]))
        and not any(a <= m.start() and m.end() < b for a, b in named)
    }
    if not dangers:
        return None
    forward = any(  # "the National Disaster Risk Reduction … Authority": a name, no look ahead
        not any(a <= m.start() and m.end() < b for a, b in named) for m in _FORWARD.finditer(text)
    )
    root = next((t for t in p.doc if t.dep_ == "ROOT"), None)
    past_tense = root is not None and root.tag_ in ("VBD", "VBN") and not forward
    return (
        float(min(len(dangers), 3)),
        float(forward),
        float(bool(_EXPLICIT.search(text))),
        float(_has_actor(p)),
        1.0 / (1 + p.sentence.index / 5),
        float(bool(_MODAL.search(text))),
        float(bool(_ONGOING.search(text))),
        float(bool(_PAST.search(text))),
        float(past_tense),
        float(bool(_QUOTE.search(text))),
    )


class RiskModel(NamedTuple):
    """The fitted numbers (data/risks.json): RISK_FEATURES weights, the score a sentence
    needs, and the last rank at which a past event named in passing — one sentence that
    neither looks ahead nor says the danger goes on, no other sentence returning to its
    facts — is still listed."""

    weights: tuple[float, ...]
    threshold: float
    lone: int


@lru_cache(maxsize=1)
def risk_model() -> RiskModel:
    """The risk model from data/risks.json."""
    data = load("risks.json")
    if tuple(data["features"]) != RISK_FEATURES:
        raise ValueError("data/risks.json does not match RISK_FEATURES — refit it")
    return RiskModel(
        tuple(float(w) for w in data["weights"]), float(data["threshold"]), int(data["lone"])
    )


def find_risks(parsed: Sequence[Parsed], model: RiskModel | None = None) -> tuple[Risk, ...]:
    """Sentences that state a danger (above all a forward-looking one), strongest first.

    A sentence's score is a weighted sum of RISK_FEATURES; sentences about the same danger
    make one risk, which also cites the sentences that carry its facts. The numbers are data
    (data/risks.json, fitted by tools/fit_risks.py; ``model`` overrides them)."""
    factors, threshold, lone = model or risk_model()
    risks: list[Risk] = []
    named: dict[str, set[str]] = {}  # each source's people named so far (their last words)
    for p in parsed:
        people = named.setdefault(p.sentence.source, set())
        before = frozenset(people)
        people.update(e[-1].lower_ for e in p.doc.ents if e.label_ == "PERSON")
        features = risk_features(p)
        if features is None:
            continue
        score = sum(w * f for w, f in zip(factors, features, strict=True))
        if score < threshold:
            continue
        text = p.sentence.text
        cue, likelihood = _likelihood(p.doc, text)
        evidence = Evidence(p.sentence.source, p.sentence.index, text)
        statement = _statement(p.doc, text, before)
        risks.append(Risk(statement, likelihood, cue, round(score, 3), (evidence,)))
    supported = _supported(_group(sorted(risks, key=lambda r: -r.score)), parsed)
    return tuple(r for i, r in enumerate(supported) if i < lone or not _in_passing(r))


# A danger named as one is a danger to come, whatever the tense: "There is a real danger of
# an explosion".
_A_DANGER_NAMED = re.compile(r"\b(dangers?|threats?)\s+(of|to|that)\b", re.IGNORECASE)


def _in_passing(risk: Risk) -> bool:
    """A past event named once: one sentence, none returning to its facts, nothing in it
    looking ahead or going on ("The men were arrested in March after a raid"). A risk is a
    danger to come or under way (a warning said once is still one); such an event is listed
    only among the strongest."""
    text = risk.evidence[0].text
    return len(risk.evidence) == 1 and not (
        _FORWARD.search(text) or _ONGOING.search(text) or _A_DANGER_NAMED.search(text)
    )


def _group(candidates: Sequence[Risk]) -> tuple[Risk, ...]:
    """Sentences about the same danger become one risk with several evidence sentences,
    stated by the strongest that rates the danger (_stated_by)."""
    groups: list[Risk] = []
    members: list[list[Risk]] = []
    words: list[set[str]] = []
    for risk in candidates:
        content = _content(risk.evidence[0].text)
        home = next(
            (
                i
                for i, w in enumerate(words)
                if len(groups[i].evidence) < _MAX_EVIDENCE and _overlap(w, content) >= _SAME_RISK
            ),
            None,
        )
        if home is None:
            groups.append(risk)
            members.append([risk])
            words.append(content)
        else:
            lead = groups[home]
            groups[home] = replace(
                lead,
                score=lead.score + 0.25 * risk.score,
                evidence=(*lead.evidence, *risk.evidence),
            )
            members[home].append(risk)
            words[home] |= content
    stated = [_stated_by(g, m) for g, m in zip(groups, members, strict=True)]
    return tuple(sorted(stated, key=lambda r: -r.score))


# Likelihood cues that look ahead: a modal, a warning, a rating, a risk rated ("the risk to
# ships remained high"); "possibly returning", "who feared retaliation" rate no danger to come.
_LOOKS_AHEAD = re.compile(
    r"\b(will|would|could|may|might|can|should|must|'ll|warn\w*|threaten\w*|likely|"
    r"unlikely|expected to|set to|poised to|risks?|threats?|dangers?|imminent)\b",
    re.IGNORECASE,
)


def _looks_ahead(risk: Risk) -> bool:
    """The risk's cue looks ahead, or is a fear of what a modal says may come ("amid fears
    that more of the structure could fall"; not "residents who feared retaliation")."""
    if _LOOKS_AHEAD.search(risk.cue):
        return True
    if not _FEAR.fullmatch(risk.cue):
        return False
    feared = re.search(rf"\b{re.escape(risk.cue)}\s+that\b(.*)", risk.evidence[0].text, re.I)
    return feared is not None and _MODAL.search(feared.group(1)) is not None


_FEAR = re.compile(r"fears?|feared|fearing", re.I)


def _stated_by(group: Risk, members: Sequence[Risk]) -> Risk:
    """A risk is a danger to come: where its strongest sentence tells what happened, rating
    nothing ("the attack was detected on Friday"), and another says what may come ("other
    water companies could be targeted"), the risk is stated in that one's words, with its
    likelihood, and cites it first. Which sentences it cites, and its score, stay."""
    if group.likelihood is not None:
        return group  # its strongest sentence rates the danger itself
    rated = next((m for m in members if m.likelihood and _looks_ahead(m)), None)
    if rated is None:
        return group
    first = rated.evidence[0]
    return replace(
        group,
        text=rated.text,
        likelihood=rated.likelihood,
        cue=rated.cue,
        evidence=(first, *(e for e in group.evidence if e != first)),
    )


# A sentence that shares this many content words with a risk's sentences (two of them not
# part of a name) carries the same facts: "Engineers warned the Kessel Dam could fail if the
# reservoir keeps rising" and "The Kessel Dam reservoir was 40 cm below the crest, the
# engineers measured". Set by reading what it attaches, not fitted: a looser rule always
# scores better on the eval and says less to the reader.
_SUPPORT_WORDS = 3
_SUPPORT_COMMON = 2


def _supported(risks: Sequence[Risk], parsed: Sequence[Parsed]) -> tuple[Risk, ...]:
    """Each risk, strongest first, also cites the sentences that carry its facts without a
    danger word of their own (a reader checks a risk against them, as annotators cite them),
    up to _MAX_EVIDENCE. A sentence that states a danger of its own is never another's."""
    words = {_ref(p): content_words(p) for p in parsed}
    taken = {(e.source, e.sentence) for r in risks for e in r.evidence}
    by_ref = {_ref(p): p for p in parsed if _ref(p) not in taken}  # free sentences
    having: dict[tuple[str, bool], list[tuple[str, int]]] = {}  # word -> free sentences
    for ref in by_ref:
        for word in words[ref]:
            having.setdefault(word, []).append(ref)
    out = []
    for risk in risks:
        if len(risk.evidence) >= _MAX_EVIDENCE:
            out.append(risk)
            continue
        own = {w for e in risk.evidence for w, _ in words[(e.source, e.sentence)]}
        shared: Counter[tuple[str, int]] = Counter()  # words in common, all and not names
        common: Counter[tuple[str, int]] = Counter()
        for w in own:
            for name in (False, True):
                for ref in having.get((w, name), ()):
                    if ref in by_ref:
                        shared[ref] += 1
                        common[ref] += not name
        found = sorted(
            (
                ref
                for ref, n in shared.items()
                if n >= _SUPPORT_WORDS and common[ref] >= _SUPPORT_COMMON
            ),
            key=lambda ref: (-shared[ref], ref),
        )[: _MAX_EVIDENCE - len(risk.evidence)]
        more = tuple(Evidence(ref[0], ref[1], by_ref.pop(ref).sentence.text) for ref in found)
        out.append(replace(risk, evidence=risk.evidence + more))
    return tuple(out)


def _ref(p: Parsed) -> tuple[str, int]:
    return p.sentence.source, p.sentence.index


def _content(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]{4,}", text.lower()) if w not in CONTENT_STOP}


def _overlap(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def _has_actor(p: Parsed) -> bool:
    return any(e.label_ in ("PERSON", "ORG", "GPE", "NORP") for e in p.doc.ents)


# A rating its sentence negates ("was not likely", "is not expected to", "not impossible")
# says the opposite; a modal's negation is part of the danger ("the dam may not hold") and
# keeps its term, so only the rating words are here.
_NEGATED = {
    "almost certain": "roughly even chance",
    "very likely": "unlikely",
    "likely": "unlikely",
    "unlikely": "roughly even chance",
    "very unlikely": "unlikely",
    "almost no chance": "roughly even chance",  # "could not be ruled out": it could happen
}
# Verbs whose clause the speaker denies: "Greece has denied it will fail to pay" (the
# pipeline has no lemmatizer: word forms by their stems).
_DENYING = re.compile(r"(den(y|ies|ied|ying)|dismiss\w*|reject\w*|refut\w*|rebuff\w*)$")
_MODALS = frozenset("will would could may might can shall should must".split())  # noqa: SIM905
# Verbs whose clause is what someone wishes for, not what they expect: "I hope the
# government will act" rates nothing.
_WISHING = re.compile(r"(hop(e|es|ed|ing)|wish\w*|pray\w*|want\w*|urg(e|es|ed|ing)|trust(s|ed)?)$")
_HEADED = frozenset({"aux", "auxpass", "neg", "advmod", "acomp", "xcomp", "prt"})


def _reporting(clause: Any) -> list[Any]:
    """The words that report or embed a clause ("OCHA warned the fighting could …", "fears
    that …"): up its chain of clausal complements, never out of a relative clause (the
    "fraud, which the society says it will refund" rates the refund, not the fraud) nor out
    of a clause of time or reason ("he died … before he could testify")."""
    out = []
    while clause.dep_ in ("ccomp", "xcomp", "advcl", "conj", "parataxis") and clause.head != clause:
        if clause.dep_ == "advcl" and any(c.dep_ == "mark" for c in clause.children):
            break  # "he died … before he could testify": a time or a reason, not a report
        clause = clause.head
        out.append(clause)
    return out


def _likelihood(doc: Any, text: str) -> tuple[str, str | None]:
    """The source's own likelihood words for the danger its sentence names, and their ICD 203
    term; ("", None) where the sentence states none.

    A cue counts only where it bears on a danger word (the danger is in the clause the cue
    belongs to or in what reports that clause, or the cue is the danger word: "fears", "the
    risk of"), so "… which the
    society says it will refund" rates nothing; a modal counts only as a modal ("in May" is
    no hedge); a negated rating or a denied clause is read the other way round."""
    stated = _stated_probability(text)
    if stated is not None:
        return stated
    dangers = {t.i for t in doc if _DANGER.fullmatch(t.text) or _harm_to_come(t)}
    for pattern, term in _LIKELIHOOD:
        for match in pattern.finditer(text):
            span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if span is None:
                continue
            token = span.root
            if not _rates(token):
                continue
            clause = token.head if token.dep_ in _HEADED else token
            if not (
                token.i in dangers
                or dangers & _own_words(clause)
                or dangers & {t.i for t in _reporting(clause)}
            ):
                continue
            cue = match.group(0)
            negation = next(
                (c for t in (token, clause) for c in t.children if c.dep_ == "neg"), None
            )
            if negation is not None and term in _NEGATED:
                term = _NEGATED[term]
                if 0 < span.start - negation.i <= 3:  # "not impossible", "not expected to"
                    cue = doc[negation.i : span.end].text
            if token.lower_ in _MODALS and any(
                _WISHING.match(a.lower_) and a.pos_ == "VERB" for a in clause.ancestors
            ):
                continue  # "I hope now that the government will act": a wish
            denier = next((a for a in clause.ancestors if _DENYING.match(a.lower_)), None)
            if denier is not None and term in ("likely", "very likely", "almost certain"):
                term, cue = "unlikely", f"{denier.text} \u2026 {cue}"  # "denied … will"
            return cue, term
    return "", None


# A probability stated as a number, before or after its noun: "a 70% chance of a quake",
# "put the chance of such a quake in the next 30 years at about 70 to 80 percent".
_PERCENT = r"(\d{1,2}(?:\.\d+)?)(?:\s*(?:to|-|\u2013)\s*(\d{1,3}(?:\.\d+)?))?\s*(?:%|per ?cent)"
_CHANCE = r"(?:chance|probability|likelihood|odds)"
_STATED = (
    re.compile(rf"\b{_PERCENT}\s+{_CHANCE}\b", re.IGNORECASE),
    re.compile(
        rf"\b{_CHANCE}\b[^.;]{{0,80}}?\b(?:at|of|is|was)\s+(?:about |around |roughly |some |"
        rf"nearly |almost |an estimated )?{_PERCENT}",
        re.IGNORECASE,
    ),
)
# ICD 203's terms by the probability each covers, up to its upper bound (percent).
_ICD_BANDS = (
    (5, "almost no chance"),
    (20, "very unlikely"),
    (45, "unlikely"),
    (55, "roughly even chance"),
    (80, "likely"),
    (95, "very likely"),
    (100, "almost certain"),
)


def _stated_probability(text: str) -> tuple[str, str] | None:
    """A probability the source states as a number, and its ICD 203 term by the band its
    value (a range's middle) falls in: "about 70 to 80 percent" is likely."""
    for pattern in _STATED:
        match = pattern.search(text)
        if match is None:
            continue
        low = float(match.group(1))
        high = float(match.group(2)) if match.group(2) else low
        if not 0 <= low <= high <= 100:
            continue
        value = (low + high) / 2
        return match.group(0), next(term for bound, term in _ICD_BANDS if value <= bound)
    return None


def _harm_to_come(token: Any) -> bool:
    """ "could be affected", "could face", "might disappear": the danger _DANGER finds only
    in its phrase (the word alone is no danger: "affected areas", "faced questions")."""
    if token.lower_ not in _IN_ITS_PHRASE:
        return False
    phrase = token.doc[max(0, token.i - 2) : token.i + 1]
    return any(
        m.end() == len(phrase.text) and m.group(0).lower() == token.lower_
        for m in _DANGER.finditer(phrase.text)
    )


# Words _DANGER finds only after the words before them (see _harm_to_come).
_IN_ITS_PHRASE = frozenset(("affected", "face", "disappear"))


def _own_words(clause: Any) -> set[int]:
    """The clause's words without the relative clauses in it: "We will not tolerate
    activities that threaten our security" rates the tolerating, not the threat."""
    relatives = [r for r in clause.subtree if r.dep_ == "relcl" and r is not clause]
    inner = {t.i for r in relatives for t in r.subtree}
    return {t.i for t in clause.subtree} - inner


def _rates(cue: Any) -> bool:
    """Whether a likelihood word is used as one, by its part of speech and role: the month
    "May" or a "will" that is a noun rates nothing, nor do "ignored warnings", "threatening
    texts", "extort money by threatening drivers", "accused of threatening staff", injuries
    "not thought to be life-threatening" (how grave, no warning), "the law
    concerning fair trials" (a preposition), "concerned parents", "a public health
    emergency of international concern" (a kind of emergency) or a word in capitals
    ("DEAR CONCERNED SISTER:"), nor "a tsunami warning" (parsed as a participle with
    nothing to say); "warned" and "are concerned that" do."""
    word = cue.lower_
    if cue.is_upper and len(word) > 3:
        return False  # "DEAR CONCERNED SISTER:": a heading or a salutation, not a rating
    if word in _MODALS:
        return bool(cue.tag_ == "MD")
    if word.startswith(("warn", "threaten")):
        return (
            cue.pos_ == "VERB"
            and not (cue.i > 0 and cue.doc[cue.i - 1].text == "-")  # "life-threatening"
            and not (  # "issued a tsunami warning for its islands": a warning's name
                cue.dep_ == "acl"
                and cue.head.i == cue.i - 1
                and bool(_DANGER.fullmatch(cue.head.text))
            )
            and cue.dep_ != "amod"
            and not (cue.tag_ == "VBG" and cue.dep_ == "pcomp")
            and not (cue.tag_ == "VBG" and cue.dep_ == "acl" and not list(cue.children))
        )
    if word.startswith("continu") and cue.tag_ in ("VBD", "VBN"):
        return False  # "its 911 service had continued to work throughout": what went on,
        # no forecast ("fighting continues", "will continue" do rate it)
    if word.startswith("concern"):
        return (
            cue.dep_ not in ("amod", "prep")
            and not (cue.tag_ == "VBG" and cue.dep_ == "acl")
            and not (cue.dep_ == "pobj" and cue.head.lower_ == "of")
        )  # "an emergency of international concern", "a matter of concern": what kind
    return True


_SUBJECTS = frozenset(["nsubj", "nsubjpass", "expl", "csubj"])
# A conjunction that joins a sentence to the one before it: a risk stated alone drops it.
_JOINED = re.compile(r"(And|But|Yet|However,|Meanwhile,)\s+(?=[A-Za-z])")


# Words that open an indirect question: "did not say who carried out the attack".
_ASKING = frozenset("who whom whose what which where when why how whether if".split())  # noqa: SIM905


def _reported_clauses(verb: Any) -> list[Any]:
    """The clauses a reporting verb reports, as spans. A reported clause has its subject:
    "claimed responsibility, but militants … are active" (the parse's clause without
    "militants") is not what was said; where the parse cut one clause in two ("that
    government plans to withdraw …" + "would make it harder …"), the two are one. A passive
    reporting verb reports no infinitive: "The bombers are believed to have fled" is said of
    the bombers, whole."""
    doc = verb.doc
    out: list[Any] = []
    previous = None
    passive = any(c.dep_ == "nsubjpass" for c in verb.children)
    if any(c.dep_ == "neg" for c in verb.children):
        return out  # "He did not say who carried out the attack": nothing said
    for c in verb.children:
        if (reread := _misread_clause(c)) is not None:
            out.append(reread)
            previous = reread
            continue
        if c.dep_ not in ("ccomp", "xcomp") or (c.dep_ == "xcomp" and passive):
            continue  # "The bombers are believed to have fled": the bombers' predicate
        if c.dep_ == "xcomp" and c.pos_ in ("NOUN", "PROPN", "NUM"):
            continue  # "warned of a considerable avalanche risk, level three on a five-point
            # scale" (parse: "level" the verb's complement): a noun set off, no clause
        if c.left_edge.lower_ in _ASKING and c.left_edge.head.i == c.i:
            continue  # "asked who carried out the attack", "whether it would reopen": a
            # question, no statement (not "warned if IS was defeated, fighters would …")
        end = c.right_edge.i + 1
        speakers = _speakers_verb(c)
        if speakers is not None:
            end = speakers.left_edge.i  # "said the damage was estimated at … and asked the
            # government to …": the asking is the speaker's, not the damage's
        while end - 1 > c.i and doc[end - 1].dep_ == "cc":
            end -= 1  # "it would appeal against the ruling and [warned …]": not the "and"
        span = doc[c.left_edge.i : end]
        if c.dep_ == "xcomp" or any(s.dep_ in _SUBJECTS for s in c.children):
            out.append(span)
        elif previous is not None and previous.end == span.start and previous in out:
            out[out.index(previous)] = span = doc[previous.start : span.end]
        previous = span
    return out


def _misread_clause(child: Any) -> Any | None:
    """A clause opened by "that" whose verb the parse read as something else: "warned that
    disruption could last weeks" (parse: "could last" an adjective of "weeks", hung on
    "warned" as a time) — the words from "that" on, where "that" marks a verb with its
    subject and an auxiliary inside the child's words."""
    if child.dep_ in ("ccomp", "xcomp", "conj", "advcl") or child.i <= child.head.i:
        return None
    first = child.left_edge
    if first.lower_ != "that" or first.dep_ != "mark" or first.head.i > child.right_edge.i:
        return None
    verb = first.head
    if not (
        any(c.dep_ in _SUBJECTS for c in verb.children)
        and any(c.dep_ == "aux" for c in verb.children)
    ):
        return None
    return child.doc[first.i : child.right_edge.i + 1]


def _speakers_verb(clause: Any) -> Any | None:
    """A verb joined to a reported clause, with no subject, that the speaker did: the parse
    hangs it on the clause, but a thing "estimated at 75 billion rupees" asks no one, and
    smoke that "could irritate the eyes" advises no one, nor do strikes that "killed three
    people and vowed that …" vow — a verb of speaking, advising or vowing (one reporting a
    clause of its own is the speaker's second statement: see _second_statements), or one
    acting on an object of its own after a passive clause."""
    passive = any(c.dep_ == "nsubjpass" for c in clause.children)
    return next(
        (
            c
            for c in clause.children
            if c.dep_ == "conj"
            and c.pos_ == "VERB"
            and not any(s.dep_ in _SUBJECTS for s in c.children)
            and not any(a.dep_ == "auxpass" for a in c.children)
            and (
                c.lower_ in _SPEAKING
                or c.lower_ in _VOWING
                or (passive and any(o.dep_ == "dobj" for o in c.children))
            )
        ),
        None,
    )


def _second_statements(verbs: Sequence[Any]) -> list[Any]:
    """The speaker's verbs the parse hung on a clause they report ("said the strikes killed
    three people and vowed that the group would continue its attacks": "vowed" joined to
    "killed"), which report clauses of their own."""
    return [
        second
        for v in verbs
        for span in _reported_clauses(v)
        if (second := _speakers_verb(span.root)) is not None
        and any(o.dep_ == "ccomp" for o in second.children)
    ]


# Verbs of promising or threatening, which report what the speaker means to do.
_VOWING = frozenset("vowed pledged promised threatened swore".split())  # noqa: SIM905
# What a speaker does besides saying: "… and advised people to stay indoors".
_SPEAKING = SAYING | frozenset(
    "advised urged warned asked insisted stressed appealed called".split()  # noqa: SIM905
)


_WARNING = re.compile(r"(warn|caution)(s|ed|ing)?$")


def _statement(doc: Any, text: str, people_before: Collection[str] = (), limit: int = 240) -> str:
    """A short statement of the risk: the reported clause, with who said it in brackets.

    "UNHCR warned that the violence could force thousands from their homes." becomes
    "The violence could force thousands from their homes (UNHCR)". Sentences that do not
    report speech stay as they are, cut at a word boundary when very long.
    ``people_before``: the last words of the people the text named before the sentence.
    """
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    warns = (
        [c for c in root.children if c.dep_ == "conj" and _WARNING.match(c.lower_)]
        if root is not None and root.lower_ not in REPORTING
        else []
    )  # "The Kremlin called the plan 'theft' and warned that Russia would retaliate": the
    # warning reports what the sentence says of the risk, whatever the first verb does
    if root is not None and (root.lower_ in REPORTING or warns):
        # "said the rise was hard but warned that it could not balance its budget": of the
        # clauses reported, the one that looks forward states the risk
        verbs = (warns or [root]) + [
            c
            for c in root.children
            if (c.dep_ == "conj" and c.lower_ in REPORTING and c not in warns)
            or _reporting_participle(c)
        ]  # "warned its citizens to avoid crowded places, saying further attacks were possible"
        verbs += _second_statements(verbs)
        clauses = [span for v in verbs for span in _reported_clauses(v)]
        # "said he was confident the men would be brought out, but warned that the mountain
        # was unstable": what is warned of is the risk, before what merely looks ahead
        warned = [  # warned that …, not warned someone to do something (advice)
            span
            for v in verbs
            if _WARNING.match(v.lower_)
            for span in _reported_clauses(v)
            if span.root.dep_ == "ccomp" or span[0].lower_ == "that"
        ]
        feared = [] if warned else _feared(doc)
        # '"We're not out of the woods yet," Honsal said, warning residents to expect
        # aftershocks': whom one warns to do something is advice, kept whole where it is all
        # that is reported, but a quotation beside it is the statement
        stated = [c for c in clauses if not _advice(c)] or clauses
        clause = next(
            (c for c in [*warned, *feared, *stated] if c in warned or _FORWARD.search(c.text)),
            stated[0] if stated else None,
        )
        # the speaker of the verb reporting the clause: "Officials have reported cases, and
        # the WHO warned that …" is the WHO's warning (a verb with no subject of its own
        # shares the sentence's)
        said_by = next((v for v in verbs if clause in _reported_clauses(v)), root)
        speaker = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        own = next((c for c in said_by.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if own is not None and own.pos_ != "PRON":  # "Mayer said …, but he said that …":
            speaker = own  # still Mayer
        elif own is not None and said_by in warns:
            speaker = None  # "Rescuers were still digging …, and he warned …": not theirs
        if clause is not None and clause in feared:
            speaker = None  # "…, officials said, raising concerns that the virus could
            # spread": the finding raises the concern, not the officials
        if (
            speaker is not None
            and clause is not None
            and speaker.left_edge.i == clause.end
            and any(c.dep_ == "nummod" for c in speaker.children)
        ):
            clause = None  # "… killed at least 53 people, …, witnesses said", parsed with
            # the people (the verb's object, straight after it) as the speaker: kept whole
        if clause is not None and _advice(clause):
            clause = None  # "warned the United States not to play with fire": whom it
            # warns is the subject the infinitive lacks; kept whole
        if clause is not None:
            span = clause
            when = _when_said(span)
            words = [
                t
                for t in span
                if not (t.i == span.start and _introduces(t, span))
                and t.i not in when
                and not _a_second_that(t, span)
            ]
            reported = _balanced(
                "".join(t.text_with_ws for t in words).strip(" ,;:\"'\u201c\u201d")
            )
            if len(reported.split()) >= 5:
                who = _speaker(doc, speaker) if speaker is not None else ""
                who = who if who.lower() not in ("he", "she", "they", "it", "we", "i") else ""
                # "it", "they", "he", "she": the speaker; "we" and "I" are not the speaker's name
                pronoun = re.match(r"(it|they|he|she)\s", reported, re.IGNORECASE)
                owner = re.match(r"(its|their|his|her)\s", reported, re.IGNORECASE)
                # "The judge told Pike that she had failed": "she" may be whom he told, so
                # the sentence stays whole
                told = any(c.dep_ in ("dobj", "dative") for c in root.children)
                # "Judge Rhys Talbot said she had betrayed …" after "Margaret Thornbury
                # admitted …": "he"/"she" may be someone named before, so it stays whole
                told = told or bool(
                    pronoun
                    and speaker is not None
                    and not _is_the_speaker(pronoun[1], speaker, people_before)
                )
                # "The WMO said it may be the longest-lived cyclone": "it" is what "is", and
                # the speaker is not a cyclone; only a pronoun that does things stands for it
                if pronoun and words and words[0].head.lower_ in FORMS_OF_BE:
                    pronoun = None
                if speaker is not None and speaker.i > span.start:
                    # "She used the cash …, prosecutor James Orton said": a pronoun before its
                    # speaker is someone named earlier, not the speaker
                    pronoun = owner = None
                if told and (pronoun or owner):
                    text = doc.text
                elif who and pronoun and _may_stand_for(pronoun[1], speaker):
                    # "The coalition said it had struck ..." -> "The coalition had struck ..."
                    # ("Muto warned that it could damage investment": "it" is no person)
                    text = who[:1].upper() + who[1:] + " " + reported[pronoun.end() :]
                elif who and owner and "(" not in who and _may_own(owner[1], speaker, who):
                    # "The army said its forces had ..." -> "The army's forces had ..."
                    text = who[:1].upper() + who[1:] + "'s " + reported[owner.end() :]
                else:
                    short = re.search(r"\(([^()]+)\)", who)  # "the UN refugee agency (UNHCR)"
                    who = short.group(1) if short else re.sub(r"^[Tt]he ", "", who)
                    if who:  # "… cut to fortnightly. (Mark Tully)": the full stop goes
                        reported = re.sub(r"(?<=[a-z\"\u201d'])\.$", "", reported)
                    text = reported[:1].upper() + reported[1:] + (f" ({who})" if who else "")
    text = DATELINE.sub("", text.strip()).strip("\"'\u201c\u201d")
    if joined := _JOINED.match(text):  # "But the gunman's trail continued": standing alone
        text = text[joined.end() :][:1].upper() + text[joined.end() + 1 :]
    if len(text) <= limit:
        return text
    return text[: text.rfind(" ", 0, limit)].rstrip(",;:") + "\u2026"


def _a_second_that(token: Any, span: Any) -> bool:
    """The "that" opening a second reported clause joined to the first: "said some of the
    victims died in their cabins and that the manifest listed only 205 passengers" states
    "… died in their cabins and the manifest listed …"."""
    clause = token.head
    return (
        token.dep_ == "mark"
        and token.lower_ == "that"
        and clause.dep_ == "conj"
        and clause.head.i == span.root.i
    )


def _feared(doc: Any) -> list[Any]:
    """Clauses a noun of fear or concern opens, with their subject and a modal, where what
    happened raises the fear: "raising concerns that the virus could spread more widely" ->
    "that the virus could spread …"."""
    out = []
    for verb in doc:
        if (
            verb.dep_ not in ("acl", "ccomp")
            or verb.head.lower_ not in _FEARS
            or verb.head.pos_ != "NOUN"  # not "Farmers' groups fear that …": theirs
            or verb.head.dep_ != "dobj"
            or verb.head.head.tag_ != "VBG"  # raised by what happened ("raising concerns
            # that …"), not "There is a real concern that this could …": the speaker's
        ):
            continue
        mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "that"), None)
        if (
            mark is not None
            and any(c.dep_ in _SUBJECTS for c in verb.children)
            and any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
        ):
            out.append(doc[mark.i : verb.right_edge.i + 1])
    return out


# Nouns of fear or concern whose "that" clause names the danger.
_FEARS = frozenset(
    "concern concerns fear fears worry worries alarm warning warnings risk".split()  # noqa: SIM905
)


def _introduces(token: Any, clause: Any) -> bool:
    """The word only introduces the reported clause ("said that …", "asked if …"); an "if"
    of a condition within it stays ("warned: 'If you choose to stay, you are going to
    die'")."""
    if token.lower_ == "that":
        return True
    return token.lower_ == "if" and token.head.i == clause.root.i


def _is_the_speaker(pronoun: str, speaker: Any, people_before: Collection[str]) -> bool:
    """Whether "he" or "she" opening the reported clause is the speaker: of the speaker's
    sex where the text shows it ("Mr Sharon said he …", "her husband said he …"), else only
    where no one else was named before ("Judge Rhys Talbot said she had betrayed …" may be
    of the accused). Other pronouns: see _may_stand_for."""
    pronoun = pronoun.lower()
    if pronoun not in _SEX_OF:
        return True
    if any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in speaker.children):
        return False  # "Her family said she died peacefully": "she" is whose family it is
    heads = [speaker, *(c for c in speaker.children if c.dep_ in ("compound", "appos"))]
    sex = next(
        (x for t in heads if (x := _SEX_OF.get(t.lower_) or title_sex(t.text)) is not None),
        None,
    )
    if sex is None:  # "Judge Rhys Talbot": the given name's usual sex
        given = next((t for t in speaker.subtree if t.ent_type_ == "PERSON"), None)
        sex = given_name_sexes().get(given.lower_) if given is not None else None
    if sex is not None:
        return sex == _SEX_OF[pronoun]
    return not set(people_before) - {t.lower_ for t in speaker.subtree}


# Words that show a person's sex, beside the honorifics (grouping.title_sex).
_MALE = "he husband man father son brother boy king"
_FEMALE = "she wife woman mother daughter sister girl queen"
_SEX_OF = dict.fromkeys(_MALE.split(), "m") | dict.fromkeys(_FEMALE.split(), "f")


def _may_stand_for(pronoun: str, speaker: Any) -> bool:
    """Whether the pronoun can stand for the speaker: "it" for no person and no plural
    ("Engineers had warned that it would need repairs": the bridge). (Not "he" for no
    body: NER takes one-word surnames for bodies, "Volker said that he …".)"""
    if pronoun.lower() != "it":
        return True
    return not (
        speaker.ent_type_ == "PERSON"
        or speaker.lower_ in TITLES | person_nouns()
        or speaker.tag_ in ("NNS", "NNPS")
    )


def _advice(clause: Any) -> bool:
    """The clause is what someone is told to do: an infinitive whose verb has an object
    ("warned the United States not to play with fire", "warning residents to expect
    aftershocks")."""
    return clause.root.dep_ == "xcomp" and any(
        c.dep_ in ("dobj", "dative") for c in clause.root.head.children
    )


def _may_own(pronoun: str, speaker: Any, who: str) -> bool:
    """Whether "his" or "her" can stand for the speaker: a person may own, a body or a
    place may not ("North Wales Police said his death was not suspicious": the dead
    man's, not the police's). "its" and "their" stand for anyone."""
    if pronoun.lower() not in ("his", "her"):
        return True
    return not (
        speaker.ent_type_ in ("GPE", "NORP", "LOC")
        or speaker.tag_ in ("NNS", "NNPS")
        or speaker.lower_ in BODY_NOUNS
        or lexicon().group_heads.get(speaker.lower_)
        in ("government", "organisation", "armed_group")
        or ends_as_a_body(who)
    )


def _reporting_participle(token: Any) -> bool:
    """ "…, saying further attacks were possible", "…, adding that …": a reporting verb's
    participle that reports more of what was said."""
    stem = token.lower_[:-3] if token.lower_.endswith("ing") else ""
    return (
        token.dep_ in ("advcl", "xcomp", "conj")
        and token.tag_ == "VBG"
        and (stem in REPORTING or stem + "e" in REPORTING)
    )


def _balanced(text: str) -> str:
    """The clause with a quotation it opens closed: 'the rise was "the hardest decision'."""
    if text.count('"') % 2:
        return text + '"'
    if text.count("\u201c") > text.count("\u201d"):
        return text + "\u201d"
    return text


def _when_said(span: Any) -> set[int]:
    """A date the parse put at the head of the reported clause, which says when it was said:
    "Microsoft said on Wednesday it would cut 10,000 jobs" reports "it would cut …"."""
    first = span[0]
    if first.dep_ != "prep" or first.head.i == first.i:
        return set()
    words = list(first.subtree)
    if not all(t.ent_type_ in ("DATE", "TIME") for t in words[1:]):
        return set()
    after = words[-1].i + 1
    if after >= span.end or span.doc[after].pos_ != "PRON":
        return set()  # "on Friday the army will …": the date may be the event's own
    return {t.i for t in words}


def _inside_a_word(token: Any) -> bool:
    """A hyphen with no space either side: part of a word ("Start-ups"), not a break."""
    doc = token.doc
    return (
        token.text in ("-", "\u2010")
        and token.i > 0
        and not doc[token.i - 1].whitespace_
        and not token.whitespace_
    )


def _speaker(doc: Any, speaker: Any) -> str:
    """Who said it, without what the sentence adds about them: "Tionge Mwale", not "Tionge
    Mwale, a nurse at the clinic,"; "Warsame", not "Warsame, who fled …". An acronym in
    brackets stays: "the World Food Programme (WFP)" is shortened to "WFP" later."""
    whole = doc[speaker.left_edge.i : speaker.right_edge.i + 1].text
    if re.search(r"\([^()]+\)", whole):
        return whole
    named = next(
        (c for c in speaker.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None
    )
    if named is not None and speaker.ent_type_ != "PERSON":
        # "The agency's director, Dr Lena Froy,": the person named, not the role
        return doc[named.left_edge.i : named.i + 1].text.strip(" ,")
    left_out = {
        t.i
        for child in speaker.children
        if child.dep_ in ("appos", "relcl", "acl", "punct") and not _inside_a_word(child)
        for t in child.subtree
    }
    words = [t for t in speaker.subtree if t.i not in left_out]
    # a word whose comma was left out keeps a space: "Human rights groups including …"
    who = "".join(
        t.text + (" " if t.whitespace_ or (t.i + 1 in left_out and t is not words[-1]) else "")
        for t in words
    ).strip(" ,;:")
    start = speaker.left_edge.i
    body = next((e for e in doc.ents if e.end == start), None) if who[:1].islower() else None
    if body is not None and body.label_ in ("ORG", "NORP", "GPE"):
        # "UNTU general secretary Cleopatra Mtebe said", the parse leaving "UNTU" out of the
        # subject: the title with its body, not cut short
        return f"{body.text} {who}"
    return who
