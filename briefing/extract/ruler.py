"""The pipeline's attribute ruler (tag -> part of speech, morphology, exceptions), applied by
lookup instead of spaCy's general Matcher.

en_core_web_sm's attribute ruler holds about 180 patterns, all but 8 of one token each; the
general Matcher tries every pattern at every token, which cost about an eighth of extraction
time. Here each one-token pattern is filed under the value one of its attributes must have
(its lower-case form, else its tag, its dependency label or whether it is a space), so a
token is checked only against the patterns filed under its own values; the few longer
patterns keep a Matcher of their own. Matches are applied in the ruler's order (later rules
win), exactly as spaCy's AttributeRuler does: tests/test_extract.py checks the parse against
a plain ``spacy.load`` token by token.
"""

from __future__ import annotations

from typing import Any

# The token attributes the patterns test, as the Matcher reads them.
_READ = {
    "LOWER": lambda t: t.lower_,
    "TAG": lambda t: t.tag_,
    "DEP": lambda t: t.dep_,
    "IS_SPACE": lambda t: t.is_space,
}
_FILED_BY = ("LOWER", "TAG", "DEP", "IS_SPACE")  # the attribute a pattern is filed under


class FastAttributeRuler:
    """A drop-in for spaCy's AttributeRuler component with the same patterns and order."""

    def __init__(self, ruler: Any) -> None:
        from spacy.matcher import Matcher

        self.attrs = ruler.attrs
        self.indices = ruler.indices
        self.filed: dict[tuple[str, Any], list[tuple[int, dict[str, frozenset[Any]]]]] = {}
        self.longer = Matcher(ruler.vocab)
        for order in range(len(ruler.attrs)):
            _, patterns = ruler.matcher.get(ruler.vocab.strings[str(order)])
            for pattern in patterns:
                wanted = _wanted(pattern)
                if wanted is None:  # longer, or a regular expression: spaCy's Matcher
                    self.longer.add(str(order), [pattern])
                    continue
                by = next(name for name in _FILED_BY if name in wanted)
                for value in wanted[by]:
                    self.filed.setdefault((by, value), []).append((order, wanted))

    def __call__(self, doc: Any) -> Any:
        from spacy.tokens._retokenize import set_token_attrs

        matches: list[tuple[int, int, int]] = []  # (order, start, end)
        for token in doc:
            read = {name: get(token) for name, get in _READ.items()}
            for name in _FILED_BY:
                for order, wanted in self.filed.get((name, read[name]), ()):
                    if all(read[n] in values for n, values in wanted.items()):
                        matches.append((order, token.i, token.i + 1))
        for match_id, start, end in self.longer(doc):
            matches.append((int(doc.vocab.strings[match_id]), start, end))
        for order, start, end in sorted(matches):
            set_token_attrs(doc[start:end][self.indices[order]], self.attrs[order])
        return doc


def _wanted(pattern: list[dict[str, Any]]) -> dict[str, frozenset[Any]] | None:
    """A one-token pattern as the values each attribute may take (one, or an {"IN": [...]}
    set); None for a pattern this lookup does not read (longer, or a regular expression)."""
    if len(pattern) != 1 or not set(pattern[0]) <= set(_READ):
        return None
    wanted = {}
    for name, value in pattern[0].items():
        if isinstance(value, dict):
            if set(value) != {"IN"}:
                return None
            wanted[name] = frozenset(value["IN"])
        else:
            wanted[name] = frozenset([value])
    return wanted


_FACTORY = "briefing_fast_attribute_ruler"


def use_fast_ruler(nlp: Any) -> None:
    """Put a FastAttributeRuler in the place of the pipeline's attribute ruler, if it has
    one (by spaCy's own add_pipe and remove_pipe)."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    from spacy.language import Language

    if not Language.has_factory(_FACTORY):

        @Language.factory(_FACTORY)
        def _make(nlp: Any, name: str) -> FastAttributeRuler:
            return FastAttributeRuler(nlp.get_pipe("attribute_ruler"))

    nlp.add_pipe(_FACTORY, after="attribute_ruler")
    nlp.remove_pipe("attribute_ruler")
