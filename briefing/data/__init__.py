"""Place and actor data shipped with briefing (see README: Licences and data)."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any


@lru_cache(maxsize=16)
def load(name: str) -> dict[str, Any]:
    """One of the JSON files of this package, parsed once per process."""
    data: dict[str, Any] = json.loads(
        resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
    )
    return data
