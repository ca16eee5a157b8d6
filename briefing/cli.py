"""The command line: a thin click layer over the library (the only module importing click)."""

from __future__ import annotations

import json
import logging
import os
import sys
import time
import warnings
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

import click

from . import __version__
from .errors import BriefingError
from .ingest import FORMATS as INPUT_FORMATS
from .model import DEFAULT_CLASSIFICATION, DEFAULT_MODEL, Options
from .output import write_atomic
from .pipeline import brief_from_sources, read_sources, summarise_docs
from .render import render_html, render_json, render_markdown, render_pdf
from .segment import segment
from .summarise import ALGORITHMS, DEFAULT_ALGORITHM

F = TypeVar("F", bound=Callable[..., Any])
FORMATS = {"pdf": "pdf", "md": "md", "markdown": "md", "html": "html", "json": "json"}
LANGUAGES = ("english", "french", "german", "italian", "portuguese", "spanish")


class _Stderr(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        click.echo(f"Warning: {record.getMessage()}", err=True)


def _setup_logging(verbose: bool) -> None:
    logger = logging.getLogger("briefing")
    logger.handlers[:] = [_Stderr()]
    logger.setLevel(logging.INFO if verbose else logging.WARNING)
    logger.propagate = False
    # Library chatter (WeasyPrint, spaCy, Python warnings) only with -v.
    for name in ("weasyprint", "fontTools", "spacy"):
        logging.getLogger(name).setLevel(logging.WARNING if verbose else logging.CRITICAL)
    if not verbose:
        warnings.simplefilter("ignore")


def _parse_date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> datetime | None:
    if value is None:
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise click.BadParameter(
            f"{value!r} is not an ISO 8601 date — write e.g. 2026-06-09 or 2026-06-09T14:30Z"
        ) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _run(action: Callable[[], None]) -> None:
    """Turn library errors into one-line click errors; bugs keep their traceback."""
    try:
        action()
    except BriefingError as error:
        raise click.ClickException(str(error)) from None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="briefing")
@click.option("-v", "--verbose", is_flag=True, help="Show progress and library warnings.")
def cli(verbose: bool) -> None:
    """Turn news and report articles into a one-page situation brief."""
    _setup_logging(verbose)


def _summary_options(func: F) -> F:
    func = click.option(
        "--language",
        type=click.Choice(LANGUAGES),
        default="english",
        show_default=True,
        help="Language of the articles (sentence splitting, stemming, stop words).",
    )(func)
    func = click.option(
        "--ratio",
        type=click.FloatRange(0, 1, min_open=True),
        default=None,
        help="Keep this fraction of each source's sentences instead of --sentences.",
    )(func)
    func = click.option(
        "-n",
        "--sentences",
        type=click.IntRange(min=1),
        default=None,
        help="Number of summary sentences.",
    )(func)
    func = click.option(
        "-a",
        "--algorithm",
        type=click.Choice(list(ALGORITHMS)),
        default=DEFAULT_ALGORITHM,
        show_default=True,
        help="Summariser (see `briefing algorithms`).",
    )(func)
    return func


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(list(FORMATS)),
    default="pdf",
    show_default=True,
    help="Output format.",
)
@click.option("-o", "--output", help="Output file, or - for stdout. [default: out/<input>.<ext>]")
@click.option("--title", help="Brief title. [default: the article's headline or file name]")
@click.option(
    "--classification",
    default=DEFAULT_CLASSIFICATION,
    show_default=True,
    help="Banner text, top and bottom.",
)
@click.option(
    "--date",
    callback=_parse_date,
    help="Date-time of the brief (ISO 8601, UTC unless given); also SOURCE_DATE_EPOCH.",
)
@click.option("--paper", type=click.Choice(["a4", "letter"]), default="a4", show_default=True)
@_summary_options
@click.option(
    "--model",
    default=DEFAULT_MODEL,
    show_default=True,
    help="Installed spaCy pipeline used for actors and locations.",
)
@click.option(
    "--template-dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder whose templates override the built-in ones by name.",
)
@click.option(
    "--input-format",
    type=click.Choice(INPUT_FORMATS),
    default="auto",
    show_default=True,
    help="Input format (auto: sniffed from the content, then the suffix).",
)
@click.option(
    "--max-bytes",
    type=click.IntRange(min=1),
    default=Options.max_bytes,
    show_default=True,
    help="Refuse inputs larger than this.",
)
@click.option("--no-clobber", is_flag=True, help="Refuse to replace an existing output file.")
def make(
    inputs: tuple[str, ...],
    fmt: str,
    output: str | None,
    title: str | None,
    classification: str,
    date: datetime | None,
    paper: str,
    algorithm: str,
    sentences: int | None,
    ratio: float | None,
    language: str,
    model: str,
    template_dir: Path | None,
    input_format: str,
    max_bytes: int,
    no_clobber: bool,
) -> None:
    """Make one brief from one or more articles (- reads stdin).

    \b
    briefing make article.txt                    # -> out/article.pdf
    briefing make article.txt -f md -o wiki/brief.md
    briefing make a.txt b.md --title "Eastern Syria, 9 June"
    cat article.txt | briefing make - -f md -o -
    """
    fmt = FORMATS[fmt]
    options = Options(
        algorithm=algorithm,
        ratio=ratio,
        language=language,
        model=model,
        title=title,
        classification=classification,
        date=date,
        paper=paper,
        template_dir=template_dir,
        input_format=input_format,
        max_bytes=max_bytes,
    )
    if sentences is not None:
        options = replace(options, sentences=sentences)
    target = output or str(Path("out") / f"{_stem(inputs[0])}.{fmt}")

    def action() -> None:
        sources = read_sources(inputs, input_format=input_format, max_bytes=max_bytes)
        brief = brief_from_sources(sources, options)
        if fmt == "pdf":
            data = render_pdf(brief, paper=paper, template_dir=template_dir) or b""
        elif fmt == "md":
            data = render_markdown(brief, template_dir).encode("utf-8")
        elif fmt == "html":
            data = render_html(brief, template_dir).encode("utf-8")
        else:
            data = render_json(brief).encode("utf-8")
        write_atomic(target, data, no_clobber=no_clobber)
        if target != "-":
            click.echo(f"Wrote {target}", err=True)

    _run(action)


def _stem(location: str) -> str:
    return "brief" if location == "-" else Path(location).stem or "brief"


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@_summary_options
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "jsonl"]),
    default="text",
    show_default=True,
    help="text: one sentence a line; jsonl: one object per input.",
)
def summarise(
    inputs: tuple[str, ...],
    algorithm: str,
    sentences: int | None,
    ratio: float | None,
    language: str,
    fmt: str,
) -> None:
    """Print the key sentences of each input, in document order."""
    options = Options(algorithm=algorithm, sentences=sentences or 5, ratio=ratio, language=language)

    def action() -> None:
        for i, location in enumerate(inputs, 1):
            (source,) = read_sources([location])
            source = replace(source, id=f"s{i}")
            doc = segment(source, language)
            (summary,) = summarise_docs([doc], options)
            chosen = [s.sentence.text for s in summary.sentences]
            if fmt == "jsonl":
                click.echo(
                    json.dumps(
                        {
                            "source": location,
                            "id": source.id,
                            "algorithm": algorithm,
                            "sentences": chosen,
                            "scores": [s.score for s in summary.sentences],
                            "indices": [s.sentence.index for s in summary.sentences],
                        },
                        ensure_ascii=False,
                    )
                )
            else:
                for text in chosen:
                    click.echo(text)

    _run(action)


@cli.command()
def algorithms() -> None:
    """List the summarisation algorithms."""
    width = max(map(len, ALGORITHMS))
    for name, description in ALGORITHMS.items():
        click.echo(f"{name:<{width}}  {description}")


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "-o",
    "--output-dir",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    required=True,
    help="Folder for the briefs, failures.jsonl and the manifest.",
)
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(["md", "pdf", "html", "json"]),
    default="md",
    show_default=True,
    help="Output format.",
)
@click.option(
    "-w",
    "--workers",
    type=click.IntRange(min=1),
    default=None,
    help="Worker processes. [default: 1, or the CPU count with --scheduler local]",
)
@click.option("--scheduler", help="Run on Dask: 'local' (a LocalCluster) or tcp://HOST:PORT.")
@click.option("--resume", is_flag=True, help="Skip inputs whose brief is already up to date.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary line.")
@click.option("--date", callback=_parse_date, help="Date-time of the briefs (ISO 8601).")
@click.option("--classification", default=DEFAULT_CLASSIFICATION, show_default=True)
@_summary_options
@click.option("--model", default=DEFAULT_MODEL, show_default=True)
@click.option("--template-dir", type=click.Path(file_okay=False, path_type=Path))
@click.option("--input-format", type=click.Choice(INPUT_FORMATS), default="auto", show_default=True)
@click.option(
    "--max-bytes", type=click.IntRange(min=1), default=Options.max_bytes, show_default=True
)
def batch(
    inputs: tuple[str, ...],
    out_dir: Path,
    fmt: str,
    workers: int | None,
    scheduler: str | None,
    resume: bool,
    quiet: bool,
    date: datetime | None,
    classification: str,
    algorithm: str,
    sentences: int | None,
    ratio: float | None,
    language: str,
    model: str,
    template_dir: Path | None,
    input_format: str,
    max_bytes: int,
) -> None:
    """Make one brief per input (files, folders or globs) into a folder.

    \b
    briefing batch inbox/ -o briefs/ -f md --workers 2
    briefing batch 'archive/**/*.txt' -o briefs/ --resume
    briefing batch inbox/ -o briefs/ --scheduler local --workers 4

    Exit status 0 when every input gave a brief, 1 when any failed (see failures.jsonl).
    """
    from .batch import run_batch

    options = Options(
        algorithm=algorithm,
        ratio=ratio,
        language=language,
        model=model,
        date=date,
        classification=classification,
        template_dir=template_dir,
        input_format=input_format,
        max_bytes=max_bytes,
    )
    if sentences is not None:
        options = replace(options, sentences=sentences)
    if workers is None:
        workers = (os.cpu_count() or 1) if scheduler == "local" else 1
    show = not quiet and sys.stderr.isatty()
    bar = _Progress() if show else None

    def action() -> None:
        result = run_batch(
            inputs,
            out_dir,
            fmt,
            options,
            workers=workers,
            scheduler=scheduler,
            resume=resume,
            progress=bar,
        )
        if bar:
            bar.finish()
        if not quiet:
            click.echo(
                f"{result.made} made, {result.skipped} skipped, {len(result.failed)} failed"
                f" — see {out_dir / 'failures.jsonl'}"
                if result.failed
                else f"{result.made} made, {result.skipped} skipped, 0 failed",
                err=True,
            )
        if not result.ok:
            raise SystemExit(1)

    _run(action)


class _Progress:
    """A one-line progress bar on stderr: count, rate and time left."""

    def __init__(self) -> None:
        self.start = time.monotonic()

    def __call__(self, done: int, total: int) -> None:
        elapsed = max(time.monotonic() - self.start, 1e-6)
        rate = done / elapsed
        left = (total - done) / rate if rate > 0 else 0.0
        width = 24
        filled = int(width * done / total) if total else width
        click.echo(
            f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total}  "
            f"{rate:5.1f}/s  ETA {int(left) // 60}:{int(left) % 60:02d} ",
            err=True,
            nl=False,
        )

    def finish(self) -> None:
        click.echo("", err=True)
