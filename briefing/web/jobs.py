"""What the server's worker processes run: the pipeline and the renderers, nothing web."""

from __future__ import annotations

import logging
import pickle
from collections.abc import Callable, Sequence
from typing import Any

from ..errors import BriefingError
from ..ingest import source_from_bytes
from ..locator import locator_svg
from ..model import Brief, Options, Progress, Source
from ..pipeline import brief_from_sources
from ..render import Layout, render_html, render_json, render_markdown, render_pdf

Inputs = Sequence[tuple[str, bytes]]  # (name, raw bytes) per source, in order


def warm(model: str, server: int) -> None:
    """Worker start-up: the spaCy pipeline and the gazetteer, loaded once per process; the
    worker ends when the server process ``server`` ends."""
    from ..extract import load_pipeline
    from ..lifeline import exit_with

    exit_with(server)
    from ..extract.gazetteer import gazetteer

    logging.getLogger("briefing").setLevel(logging.ERROR)
    load_pipeline(model)
    gazetteer()
    import weasyprint  # the first PDF then pays for its layout only

    weasyprint.HTML(string="<p>warm</p>").render()


def serve(conn: Any, model: str, server: int) -> None:
    """A worker's life (workers.py starts it): warm up, say "ready", then run each job the
    server sends, telling it the job's progress and its result or BriefingError."""
    try:
        warm(model, server)
    except BaseException as error:
        conn.send(("failed", repr(error)))
        raise
    conn.send(("ready",))

    def progress(stage: str, fraction: float | None) -> None:
        conn.send(("progress", stage, fraction))

    while True:
        try:
            name, args = conn.recv()
        except EOFError:  # the server closed the pipe: it is stopping
            return
        try:
            conn.send(("done", _FUNCTIONS[name](*args, progress=progress)))
        except BriefingError as error:
            conn.send(("error", error))
        except Exception as error:  # a bug: the server logs it and answers 500
            logging.getLogger("briefing.web").exception("job %s failed", name)
            conn.send(("failed", repr(error)))


def ready(progress: Progress | None = None) -> bool:
    """A no-op task: answered once the worker's start-up (warm) is done."""
    return True


def make(
    inputs: Inputs, options: Options, map_name: str, progress: Progress | None = None
) -> dict[str, Any]:
    """One brief in every text format, and the brief itself (pickled) for its PDF later.

    Raises the BriefingError that refused its input (it crosses the process boundary)."""
    if progress is not None:
        progress("reading the sources", None)
    brief = brief_from_sources(_sources(inputs, options), options, progress)
    if progress is not None:
        progress("writing the brief's formats", None)
    svg = locator_svg(brief.locations)
    return {
        "title": brief.title,
        "generated": brief.generated.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "bluf": " ".join(p.text for p in brief.bluf),
        "json": render_json(brief),
        "markdown": render_markdown(
            brief, options.template_dir, map_image=map_name if svg else None
        ),
        "map": svg or "",
        "html": render_html(brief, options.template_dir, Layout(options.paper, screen=True)),
        "model": pickle.dumps(brief, protocol=pickle.HIGHEST_PROTOCOL),
    }


def pdf_of(model: bytes, options: Options, progress: Progress | None = None) -> bytes:
    """The one-page PDF of a brief already made (its pickled model, as ``make`` kept it in
    the server's own database): layout only, the pipeline is not run again."""
    brief = pickle.loads(model)  # written by make() into the owner-only (0600) history
    return _pdf(brief, options)


def make_pdf(inputs: Inputs, options: Options, progress: Progress | None = None) -> bytes:
    """The PDF of a brief kept by an earlier version (no model stored): made again from its
    inputs and options, its date fixed."""
    return _pdf(brief_from_sources(_sources(inputs, options), options, progress), options)


def _pdf(brief: Brief, options: Options) -> bytes:
    return render_pdf(brief, paper=options.paper, template_dir=options.template_dir) or b""


def _sources(inputs: Inputs, options: Options) -> list[Source]:
    return [
        source_from_bytes(raw, f"s{i}", location=name, name=name, input_format=options.input_format)
        for i, (name, raw) in enumerate(inputs, 1)
    ]


_FUNCTIONS: dict[str, Callable[..., Any]] = {
    "ready": ready,
    "make": make,
    "pdf_of": pdf_of,
    "make_pdf": make_pdf,
}
