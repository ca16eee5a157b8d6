"""Parsed sentences -> risks: forward-looking dangers, with the source's own likelihood words."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Evidence, Risk
from .nlp import Parsed

# Words that name a danger, threat or escalation.
_DANGER = re.compile(
    r"\b(threat\w*|risk\w*|danger\w*|fear\w*|warn\w*|escalat\w*|attack\w*|strik(e|es|ing)|"
    r"clash\w*|violen\w*|war|conflict|crisis|collapse\w*|default\w*|shortage\w*|famine|"
    r"outbreak\w*|spread\w*|unrest|retaliat\w*|offensive|bomb\w*|kill\w*|casualt\w*|"
    r"displace\w*|flood\w*|evacuat\w*|sanction\w*|insurgen\w*|instabilit\w*|tension\w*|"
    r"concern\w*|alarm\w*|vulnerab\w*|disrupt\w*|shut\w*|cut off|blockade\w*|seiz\w*|"
    r"hostage\w*|explos\w*|missile\w*|drone\w*|prevent\w*|deter\w*|worsen\w*|surge\w*|"
    r"recruit\w*|abuse\w*|ambush\w*|raid\w*)\b",
    re.IGNORECASE,
)
# The source's own likelihood wording -> ICD 203 term. Explicit probability words win over
# modal hedges, which win over plain futures and warnings.
_LIKELIHOOD: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(rf"\b({pattern})\b", re.IGNORECASE), term)
    for pattern, term in (
        (r"no chance|ruled out", "almost no chance"),
        (r"very unlikely|highly unlikely|remote (chance|possibility)", "very unlikely"),
        (r"unlikely|doubt\w*|improbable", "unlikely"),
        (r"almost certain(ly)?|inevitabl[ey]|certain(ly)? to", "almost certain"),
        (r"very likely|highly likely|high risk|expected to|poised to", "very likely"),
        (r"likely|probabl[ey]|set to", "likely"),
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
    r"prepar\w*|poised|set to|escalat\w*|imminent|future|next|coming)\b",
    re.IGNORECASE,
)
_MIN_SCORE = 2.0


def find_risks(parsed: Sequence[Parsed]) -> tuple[Risk, ...]:
    """Sentences that state a forward-looking danger, strongest first, near-duplicates merged."""
    risks: list[Risk] = []
    for p in parsed:
        text = p.sentence.text
        dangers = {m.group(0).lower() for m in _DANGER.finditer(text)}
        forward = _FORWARD.findall(text)
        if not dangers or not forward:
            continue
        score = (
            len(dangers)
            + 0.5 * min(len(forward), 3)
            + 0.5 * _has_actor(p)
            + bool(_EXPLICIT.search(text))
        )
        if score < _MIN_SCORE:
            continue
        cue, likelihood = _likelihood(text)
        evidence = Evidence(p.sentence.source, p.sentence.index, text)
        duplicate = next((r for r in risks if _similar(r.text, text)), None)
        if duplicate is not None:
            risks[risks.index(duplicate)] = Risk(
                duplicate.text,
                duplicate.likelihood,
                duplicate.cue,
                duplicate.score + 0.5,
                (*duplicate.evidence, evidence),
            )
            continue
        risks.append(Risk(_statement(text), likelihood, cue, round(score, 3), (evidence,)))
    return tuple(sorted(risks, key=lambda r: -r.score))


def _has_actor(p: Parsed) -> bool:
    return any(e.label_ in ("PERSON", "ORG", "GPE", "NORP") for e in p.doc.ents)


def _likelihood(text: str) -> tuple[str, str]:
    for pattern, term in _LIKELIHOOD:
        match = pattern.search(text)
        if match:
            return match.group(0), term
    return "", "roughly even chance"


def _statement(text: str, limit: int = 240) -> str:
    """The sentence as a statement, cut at a word boundary when very long."""
    text = text.strip().strip("\"'\u201c\u201d")
    if len(text) <= limit:
        return text
    return text[: text.rfind(" ", 0, limit)].rstrip(",;:") + "\u2026"


def _similar(a: str, b: str) -> bool:
    wa, wb = set(re.findall(r"\w+", a.lower())), set(re.findall(r"\w+", b.lower()))
    return bool(wa and wb) and len(wa & wb) / len(wa | wb) >= 0.6
