"""A weighing of cues fitted on the dev gold: a logistic model whose weights are data."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from ..data import load


@dataclass(frozen=True)
class LogisticModel:
    """Weights of named features, an intercept and the probability an item must reach."""

    weights: tuple[float, ...]
    intercept: float
    threshold: float

    def probability(self, features: Sequence[float]) -> float:
        z = self.intercept + sum(w * f for w, f in zip(self.weights, features, strict=True))
        return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


def load_model(name: str, features: Sequence[str]) -> LogisticModel:
    """The model in data/``name`` (keys features, weights, intercept, threshold), its weights
    in the order of ``features``; a feature the file does not name weighs 0."""
    data = load(name)
    named = dict(zip(data["features"], data["weights"], strict=True))
    return LogisticModel(
        tuple(float(named.get(f, 0.0)) for f in features),
        float(data["intercept"]),
        float(data["threshold"]),
    )
