"""Every option that shapes a brief, defined once: its name, default, help and how a value
is read and checked. The CLI builds its click options from it (cli.py) and the web app reads
request fields with it (web/app.py), so an option means the same in both.

An option's name is its ``Options`` field; the CLI spells it ``--max-actors`` and the API
``max_actors``. ``api=False`` options (the model, a template folder, the input format and
size limit) are the server operator's, not a request's.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import UTC, datetime
from typing import Any

from .errors import OptionError
from .ingest import FORMATS as INPUT_FORMATS
from .ingest.language import LANGUAGES as LANGUAGE_NAMES
from .model import DEFAULT_CLASSIFICATION, DEFAULT_MODEL, SECTIONS, Options
from .summarise import ALGORITHMS, DEFAULT_ALGORITHM

LANGUAGES = ("auto", *sorted(set(LANGUAGE_NAMES.values())))
_TEXT_LIMIT = 300  # characters of a title or banner taken from a request


@dataclass(frozen=True)
class Setting:
    """One option. ``kind``: text, int (a whole number >= ``minimum``), ratio (0 < x <= 1),
    choice (one of ``choices``), sections (any of ``choices``, repeatable), date (ISO 8601)
    or path (a folder)."""

    name: str
    help: str
    kind: str = "text"
    default: Any = None
    choices: tuple[str, ...] = ()
    minimum: int = 0
    short: str | None = None
    api: bool = True

    @property
    def flag(self) -> str:
        return "--" + self.name.replace("_", "-")

    def read(self, value: Any) -> Any:
        """A value from a request (JSON or a form field) as the option takes it; an
        OptionError that says what to fix."""
        if self.kind == "int":
            if isinstance(value, bool) or not isinstance(value, int | str):
                raise OptionError(f"{self.name} must be a whole number — fix it")
            try:
                number = int(value)
            except ValueError:
                raise OptionError(f"{self.name} must be a whole number — fix it") from None
            if number < self.minimum:
                raise OptionError(
                    f"{self.name} is out of range — give {self.minimum} or a larger number"
                )
            return number
        if self.kind == "ratio":
            try:
                ratio = float(value)
            except (TypeError, ValueError):
                raise OptionError(f"{self.name} must be a number — e.g. 0.2") from None
            if not 0 < ratio <= 1:
                raise OptionError(f"{self.name} is out of range — give a fraction above 0, up to 1")
            return ratio
        if self.kind == "choice":
            if value not in self.choices:
                raise OptionError(
                    f"{self.name} {value!r} is not known — choose one of: "
                    + ", ".join(self.choices)
                )
            return value
        if self.kind == "sections":
            given = [value] if isinstance(value, str) else value
            if not isinstance(given, list) or any(v not in self.choices for v in given):
                raise OptionError(
                    f"{self.name} takes section names — choose from: {', '.join(self.choices)}"
                )
            return tuple(s for s in self.choices if s in given)
        if self.kind == "date":
            return parse_date(str(value), self.name)
        if not isinstance(value, str):
            raise OptionError(f"{self.name} must be a string — send it as text")
        return value[:_TEXT_LIMIT]


def parse_date(text: str, name: str = "date") -> datetime:
    """An ISO 8601 date or date-time (UTC unless it says otherwise)."""
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise OptionError(
            f"{name} {text!r} is not an ISO 8601 date — write e.g. 2026-06-09 or 2026-06-09T14:30Z"
        ) from None
    moment = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    try:
        moment.astimezone(UTC)  # 9999-12-31T23:59:59-12:00 is past the last year
    except (OverflowError, ValueError):
        raise OptionError(
            f"{name} {text!r} is out of range — give a date between 1 and 9998"
        ) from None
    return moment


def _most(section: str, what: str, fate: str) -> Setting:
    return Setting(
        f"max_{section}",
        f"How many {what} the brief lists, the surest first (on the PDF, those that do not "
        f"fit the page are {fate}).",
        kind="int",
        default=getattr(Options, f"max_{section}"),
    )


SETTINGS: tuple[Setting, ...] = (
    Setting("title", "Brief title. [default: the article's headline or file name]"),
    Setting("classification", "Banner text, top and bottom.", default=DEFAULT_CLASSIFICATION),
    Setting(
        "date",
        "Date-time of the brief (ISO 8601, UTC unless given); also SOURCE_DATE_EPOCH.",
        kind="date",
    ),
    Setting("paper", "PDF paper size.", kind="choice", default="a4", choices=("a4", "letter")),
    Setting(
        "algorithm",
        "Summariser (see `briefing algorithms`).",
        kind="choice",
        default=DEFAULT_ALGORITHM,
        choices=tuple(ALGORITHMS),
        short="-a",
    ),
    Setting(
        "sentences",
        f"Number of summary sentences. [default: {Options.sentences}]",
        kind="int",
        minimum=1,
        short="-n",
    ),
    Setting(
        "ratio",
        "Keep this fraction of each source's sentences instead of --sentences.",
        kind="ratio",
    ),
    Setting(
        "language",
        "Language of the articles (sentence splitting, stemming, stop words); auto: "
        "detected per article.",
        kind="choice",
        default="auto",
        choices=LANGUAGES,
    ),
    Setting(
        "model",
        "Installed spaCy pipeline used for actors and locations.",
        default=DEFAULT_MODEL,
        api=False,
    ),
    Setting(
        "template_dir",
        "Folder whose templates override the built-in ones by name.",
        kind="path",
        api=False,
    ),
    Setting(
        "input_format",
        "Input format (auto: sniffed from the content, then the suffix).",
        kind="choice",
        default="auto",
        choices=tuple(INPUT_FORMATS),
        api=False,
    ),
    Setting(
        "max_bytes",
        "Refuse inputs larger than this.",
        kind="int",
        default=Options.max_bytes,
        minimum=1,
        api=False,
    ),
    Setting(
        "read_words",
        "Read the lists (actors, locations, risks, figures, timeline) from at most this "
        "many words of a very long text: its opening, key points and most central "
        "sentences, with a note on the brief. 0: read all of it.",
        kind="int",
        default=Options.read_words,
        api=False,
    ),
    _most("actors", "actors", "named in a line"),
    _most("locations", "locations", "named in a line"),
    _most("risks", "risks", "left out, with a warning"),
    _most("figures", "key figures (killed, displaced, money ...)", "left out, with a warning"),
    _most("timeline", "timeline entries (shown in time order)", "left out, with a warning"),
    Setting(
        "hide",
        "Leave a section out of the brief (repeatable): " + ", ".join(SECTIONS) + ".",
        kind="sections",
        default=(),
        choices=SECTIONS,
    ),
)
SETTING = {s.name: s for s in SETTINGS}
assert set(SETTING) <= {f.name for f in fields(Options)}, "every setting is an Options field"


def from_fields(given: Mapping[str, Any]) -> Options:
    """A request's option fields (JSON or form) read and checked as ``SETTINGS`` says;
    fields left out or empty keep the CLI's defaults. Other fields are not options."""
    values = {
        s.name: s.read(given[s.name])
        for s in SETTINGS
        if s.api and given.get(s.name) not in (None, "", [])
    }
    return Options(**values)
