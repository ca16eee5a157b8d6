"""Letters to an advice column: the people who write them, named by their signatures.

An advice column ("Dear Abby", "Ask Amy") prints readers' letters signed with a line in
capitals ("-- FEELING LIKE SECOND RATE") and answers each by that name ("DEAR FEELING:").
The writer is the person the letter is about, whom no other name in the text stands for:
an actor by the signature, the answer's salutation one of its forms."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..ingest.structure import SIGNED
from .names import Mentions, key
from .nlp import Parsed

# A signature closing a letter: a dash, then two or more words in capitals, and nothing after
# (as ingest keeps a signature line with the body).
_SIGNATURE = re.compile(rf"(?:^|\s){SIGNED}\s*$")
# The answer's salutation: "DEAR FEELING:", "DEAR CONCERNED SISTER:".
_SALUTATION = re.compile(r"^DEAR ([A-Z][A-Z0-9'\u2019.,&\- ]*[A-Z0-9]):")


def letter_writers(parsed: Sequence[Parsed], order: dict[str, int]) -> dict[str, Mentions]:
    """The signatures of the text's letters, each a person (by key(signature)), with the
    answers' salutations that open with the signature's first words ("DEAR BEATEN UP" of
    "BEATEN UP IN CALIFORNIA") as its other form. A text with no salutation answering a
    signature has no letters: a dash and capitals alone may be a byline or a credit."""
    signed: dict[str, Mentions] = {}
    for p in parsed:
        found = _SIGNATURE.search(p.sentence.text)
        if found is None:
            continue
        signature = found.group(1)
        pos = order.setdefault(p.sentence.source, len(order))
        signed.setdefault(key(signature), Mentions("person")).add(signature, p.sentence, pos, True)
    answered: set[str] = set()
    for p in parsed:
        found = _SALUTATION.match(p.sentence.text)
        if found is None:
            continue
        words = key(found.group(1)).split()
        writer = next(
            (k for k in signed if k.split()[: len(words)] == words and k not in answered),
            None,
        )
        if writer is not None:
            answered.add(writer)
            pos = order.setdefault(p.sentence.source, len(order))
            signature = next(iter(signed[writer].forms))  # the answer names the writer:
            signed[writer].add(signature, p.sentence, pos, titled=f"DEAR {found.group(1)}")
    return {k: m for k, m in signed.items() if k in answered}
