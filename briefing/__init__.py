"""briefing: news and report articles -> a one-page situation brief (PDF, Markdown, HTML, JSON).

import briefing
brief = briefing.make_brief(["article.txt"], briefing.Options(algorithm="lead"))
briefing.render_pdf(brief, "out/article.pdf")
print(briefing.render_markdown(brief))
"""

from importlib.metadata import PackageNotFoundError, version

from .errors import BriefingError, InputError, ModelError, OptionError, OutputError, TemplateError
from .model import (
    Actor,
    Brief,
    Evidence,
    KeyPoint,
    Location,
    Options,
    Risk,
    Sentence,
    Source,
)
from .pipeline import brief_from_sources, make_brief, read_sources, summarise_text
from .render import render_html, render_json, render_markdown, render_pdf, to_dict
from .segment import segment
from .summarise import ALGORITHMS, summarise

try:
    __version__ = version("briefing")
except PackageNotFoundError:  # running from a source tree without installing
    __version__ = "0.0.0"

__all__ = [
    "ALGORITHMS",
    "Actor",
    "Brief",
    "BriefingError",
    "Evidence",
    "InputError",
    "KeyPoint",
    "Location",
    "ModelError",
    "OptionError",
    "Options",
    "OutputError",
    "Risk",
    "Sentence",
    "Source",
    "TemplateError",
    "__version__",
    "brief_from_sources",
    "make_brief",
    "read_sources",
    "render_html",
    "render_json",
    "render_markdown",
    "render_pdf",
    "segment",
    "summarise",
    "summarise_text",
    "to_dict",
]
