"""One options schema (briefing/settings.py) for the CLI and the web app: same names,
defaults, values and refusals in both."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import click
import pytest

from briefing import OptionError, Options
from briefing.cli import _options, cli
from briefing.settings import SETTINGS, from_fields

GIVEN: dict[str, tuple[list[str], Any]] = {  # CLI words, the same value as a request sends it
    "title": (["--title", "Tillaberi"], "Tillaberi"),
    "classification": (["--classification", "RESTRICTED"], "RESTRICTED"),
    "date": (["--date", "2026-06-09T14:30Z"], "2026-06-09T14:30:00Z"),
    "paper": (["--paper", "letter"], "letter"),
    "algorithm": (["-a", "lexrank"], "lexrank"),
    "sentences": (["-n", "7"], 7),
    "ratio": (["--ratio", "0.25"], "0.25"),
    "language": (["--language", "german"], "german"),
    "max_actors": (["--max-actors", "3"], "3"),
    "max_locations": (["--max-locations", "0"], 0),
    "max_risks": (["--max-risks", "2"], 2),
    "max_figures": (["--max-figures", "4"], "4"),
    "max_timeline": (["--max-timeline", "5"], 5),
    "hide": (["--hide", "risks", "--hide", "figures"], ["risks", "figures"]),
}


def _cli_options(words: list[str]) -> Options:
    make = cli.commands["make"]
    with make.make_context("make", ["in.txt", *words]) as context:
        params = {
            k: v
            for k, v in context.params.items()
            if k not in ("inputs", "fmt", "output", "no_clobber", "wiki", "links")
        }
    return _options(params)


def test_every_request_setting_reads_as_the_cli_option_does() -> None:
    api = [s.name for s in SETTINGS if s.api]
    assert set(GIVEN) == set(api)  # a new setting needs a line here
    for name, (words, value) in GIVEN.items():
        assert getattr(from_fields({name: value}), name) == getattr(_cli_options(words), name)
    assert from_fields({}) == _cli_options([]) == Options(hide=())
    assert from_fields({"date": "2026-06-09"}).date == datetime(2026, 6, 9, tzinfo=UTC)


@pytest.mark.parametrize(
    ("fields", "says", "words"),
    [
        ({"sentences": "0"}, "sentences is out of range", ["-n", "0"]),
        ({"max_actors": "many"}, "max_actors must be a whole number", ["--max-actors", "x"]),
        ({"max_actors": True}, "max_actors must be a whole number", None),
        ({"ratio": "2"}, "ratio is out of range", ["--ratio", "2"]),
        ({"paper": "a3"}, "paper 'a3' is not known — choose one of: a4, letter", ["--paper", "a3"]),
        ({"algorithm": "magic"}, "algorithm 'magic' is not known", ["-a", "magic"]),
        ({"hide": ["map"]}, "hide takes section names", ["--hide", "map"]),
        ({"date": "9 June"}, "is not an ISO 8601 date", ["--date", "9 June"]),
        ({"date": "9999-12-31T23:59:59-12:00"}, "is out of range", None),
        ({"title": ["a", "list"]}, "title must be a string", None),
    ],
)
def test_a_bad_value_is_refused_by_both_saying_what_to_fix(
    fields: dict[str, Any], says: str, words: list[str] | None
) -> None:
    with pytest.raises(OptionError, match=says.replace("(", r"\(")):
        from_fields(fields)
    if words is not None:
        with pytest.raises(click.BadParameter):
            _cli_options(words)


def test_operator_settings_are_not_taken_from_a_request() -> None:
    taken = from_fields({"model": "evil", "template_dir": "/etc", "max_bytes": 10**12})
    assert taken == Options()
