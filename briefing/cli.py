"""The command line: a thin click layer over the library (the only module importing click)."""

from __future__ import annotations

import json
import logging
import os
import sys
import time
import warnings
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

import click

from . import __version__
from .errors import BriefingError, OptionError
from .model import SECTIONS, Block, Options, Segmented
from .output import refuse_existing, refuse_input, write_atomic
from .pipeline import make_brief, read_sources, summarise_docs
from .render import render_bytes, render_files
from .segment import segment
from .settings import SETTING, SETTINGS, parse_date
from .summarise import ALGORITHMS
from .summarise import explain as explain_scores

F = TypeVar("F", bound=Callable[..., Any])
FORMATS = {"pdf": "pdf", "md": "md", "markdown": "md", "html": "html", "json": "json"}


class _Stderr(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        label = "Warning" if record.levelno >= logging.WARNING else "Note"
        click.echo(f"{label}: {record.getMessage()}", err=True)


VERBOSE_HELP = (
    "Show what was dropped or shortened to fit the page, what each step did, and library "
    "warnings (before or after the command: briefing -v make, briefing make -v)."
)


def _setup_logging(verbose: bool) -> None:
    logger = logging.getLogger("briefing")
    logger.handlers[:] = [_Stderr()]
    logger.setLevel(logging.INFO if verbose else logging.WARNING)
    logger.propagate = False
    # Library chatter (WeasyPrint, spaCy, Python warnings) only with -v.
    for name in ("weasyprint", "fontTools", "spacy", "distributed"):
        logging.getLogger(name).setLevel(logging.WARNING if verbose else logging.CRITICAL)
    if not verbose:
        warnings.simplefilter("ignore")


def _parse_date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> datetime | None:
    if value is None:
        return None
    try:
        return parse_date(value)
    except OptionError as error:
        raise click.BadParameter(str(error).removeprefix("date ")) from None


def _run(action: Callable[[], None]) -> None:
    """Turn library errors into one-line click errors; bugs keep their traceback."""
    try:
        action()
    except BriefingError as error:
        raise click.ClickException(str(error)) from None


def _options(settings: dict[str, Any]) -> Options:
    """Click parameters named like Options fields -> Options (unset ones keep defaults)."""
    given = {k: v for k, v in settings.items() if v is not None}
    hide = list(given.pop("hide", ()))
    for section in ("figures", "timeline"):
        if given.pop(f"no_{section}", False):
            hide.append(section)
    given["hide"] = tuple(s for s in SECTIONS if s in hide)
    return Options(**given)


def _apply(func: F, *decorators: Callable[[F], F]) -> F:
    for decorator in reversed(decorators):
        func = decorator(func)
    return func


def _option(name: str) -> Callable[[F], F]:
    """The click option of one setting (settings.py), as the web app reads the same field."""
    setting = SETTING[name]
    kinds: dict[str, Any] = {
        "int": click.IntRange(min=setting.minimum),
        "ratio": click.FloatRange(0, 1, min_open=True),
        "choice": click.Choice(list(setting.choices)),
        "sections": click.Choice(list(setting.choices)),
        "path": click.Path(file_okay=False, path_type=Path),
    }
    return click.option(
        *(d for d in (setting.short, setting.flag) if d),
        type=kinds.get(setting.kind),
        default=setting.default,
        show_default=setting.default not in (None, ()),
        multiple=setting.kind == "sections",
        callback=_parse_date if setting.kind == "date" else None,
        help=setting.help,
    )


_SUMMARY = ("algorithm", "sentences", "ratio", "language")


def _summary_options(func: F) -> F:
    return _apply(func, *(_option(name) for name in _SUMMARY))


def _brief_options(func: F) -> F:
    return _apply(
        func,
        *(_option(s.name) for s in SETTINGS if s.name != "title"),
        click.option(
            "--no-figures", is_flag=True, help="Leave out the key figures (--hide figures)."
        ),
        click.option(
            "--no-timeline", is_flag=True, help="Leave out the timeline (--hide timeline)."
        ),
    )


def _wiki_options(func: F) -> F:
    return _apply(
        func,
        click.option(
            "--wiki",
            type=click.Path(file_okay=False, path_type=Path),
            help="Write into this wiki folder: a brief page, actor and place pages, indexes.",
        ),
        click.option(
            "--links",
            type=click.Choice(["markdown", "obsidian", "gollum", "wiki"]),
            default="markdown",
            show_default=True,
            help="Wiki links: relative .md links (MkDocs, GitLab, Gitea, GitHub repos), "
            "obsidian [[page|shown]] (wiki is its old name) or gollum [[shown|page]] "
            "(GitHub and GitLab wikis; also writes Home.md).",
        ),
    )


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="briefing")
@click.option("-v", "--verbose", is_flag=True, help=VERBOSE_HELP)
def cli(verbose: bool) -> None:
    """Turn news and report articles into a one-page situation brief."""
    _setup_logging(verbose)


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
@_option("title")
@_brief_options
@click.option("--no-clobber", is_flag=True, help="Refuse to replace an existing output file.")
@_wiki_options
def make(
    inputs: tuple[str, ...],
    fmt: str,
    output: str | None,
    no_clobber: bool,
    wiki: Path | None,
    links: str,
    **settings: Any,
) -> None:
    """Make one brief from one or more articles (- reads stdin, URLs are fetched).

    \b
    briefing make article.txt                    # -> out/article.pdf
    briefing make article.txt -f md -o wiki/brief.md
    briefing make a.txt b.md --title "Eastern Syria, 9 June"
    cat article.txt | briefing make - -f md -o -
    briefing make article.txt --wiki team-wiki/      # a page in a wiki, linked to its actors
    """
    fmt = FORMATS[fmt]
    options = _options(settings)
    target = output or str(Path("out") / f"{_stem(inputs[0])}.{fmt}")
    if wiki is not None:
        _check_wiki(fmt, output)

    def action() -> None:
        brief = make_brief(inputs, options)
        destination = target
        if output is None and _unnamed(inputs[0]):  # stdin or a URL: named by its title
            from .wiki import slugify

            destination = str(Path("out") / f"{slugify(brief.title)}.{fmt}")
        if wiki is not None:
            from .wiki import write_wiki

            page = write_wiki(brief, wiki, links=links, template_dir=options.template_dir, say=_say)
            click.echo(f"Wrote {page} (and the wiki's actor, place and index pages)", err=True)
            return
        if destination == "-":
            write_atomic(destination, render_bytes(brief, fmt, options))
            return
        files = render_files(brief, fmt, options, Path(destination))
        for path, _ in files:
            refuse_input(path, inputs)
            if no_clobber:
                refuse_existing(path)
        for path, data in files:
            write_atomic(path, data)
        click.echo(f"Wrote {', '.join(str(path) for path, _ in reversed(files))}", err=True)

    _run(action)


def _say(message: str) -> None:
    """What a wiki run kept or left alone, one line on stderr."""
    click.echo(f"briefing: {message}", err=True)


def _check_wiki(fmt: str, output: str | None) -> None:
    """--wiki writes Markdown pages of its own: -o and other formats do not go with it."""
    context = click.get_current_context()
    if output is not None:
        raise click.UsageError("--wiki and -o cannot be used together — choose one")
    explicit = context.get_parameter_source("fmt") is not click.core.ParameterSource.DEFAULT
    if explicit and fmt != "md":
        raise click.UsageError("--wiki writes Markdown pages — drop -f or use -f md")


def _unnamed(location: str) -> bool:
    """stdin or a URL: an input whose name gives no file name."""
    return location == "-" or "://" in location


def _stem(location: str) -> str:
    return "brief" if _unnamed(location) else Path(location).stem or "brief"


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
@click.option(
    "--order",
    type=click.Choice(["document", "rank"]),
    default="document",
    show_default=True,
    help="Order of the chosen sentences.",
)
@click.option(
    "--explain",
    is_flag=True,
    help='Show every sentence\'s score and rank (jsonl: an "explain" list).',
)
def summarise(
    inputs: tuple[str, ...], fmt: str, order: str, explain: bool, **settings: Any
) -> None:
    """Print the key sentences of each input (document order unless --order rank)."""
    options = _options(settings)

    def action() -> None:
        for i, location in enumerate(inputs, 1):
            (source,) = read_sources([location])
            doc = segment(replace(source, id=f"s{i}"), options.language)
            (summary,) = summarise_docs([doc], options)
            chosen = sorted(
                summary.sentences,
                key=(lambda s: s.rank) if order == "rank" else (lambda s: s.sentence.index),
            )
            picked = {s.sentence.index for s in chosen}
            # Every sentence's score only when asked: it rates the document a second time.
            every = (
                explain_scores(doc, options.algorithm, language=options.language, count=len(chosen))
                if explain
                else ()
            )
            if fmt == "text" and explain:
                _print_explanation(location, every, picked)
                _print_left_out(doc)
            elif fmt == "text":
                for s in chosen:
                    click.echo(s.sentence.text)
            else:
                line: dict[str, Any] = {
                    "source": location,
                    "id": doc.source.id,
                    "algorithm": options.algorithm,
                    "sentences": [s.sentence.text for s in chosen],
                    "scores": [s.score for s in chosen],
                    "ranks": [s.rank for s in chosen],
                    "indices": [s.sentence.index for s in chosen],
                }
                if explain:
                    line["explain"] = [
                        {
                            "sentence": s.sentence.index,
                            "score": s.score,
                            "rank": s.rank,
                            "chosen": s.sentence.index in picked,
                        }
                        for s in every
                    ]
                    line["left_out"] = [
                        {"kind": b.kind, "why": b.why, "text": _block_text(doc, b)}
                        for b in doc.left_out
                    ]
                click.echo(json.dumps(line, ensure_ascii=False))

    _run(action)


def _print_explanation(location: str, every: Sequence[Any], chosen: set[int]) -> None:
    click.echo(f"# {location}: chosen (*), rank, score, sentence id, sentence")
    for s in every:
        mark = "*" if s.sentence.index in chosen else " "
        text = s.sentence.text if len(s.sentence.text) <= 100 else s.sentence.text[:99] + "…"
        click.echo(f"{mark} {s.rank:>4} {s.score:>10.6f}  {s.sentence.ref:<7} {text}")


def _block_text(doc: Segmented, block: Block) -> str:
    return " ".join(doc.source.text[block.start : block.end].split())


def _print_left_out(doc: Segmented) -> None:
    """The lines that are not sentences of the article, and why (headline, dateline, ...)."""
    if not doc.left_out:
        return
    click.echo(f"# left out of the sentences ({len(doc.left_out)}): kind, why, line")
    for block in doc.left_out:
        text = _block_text(doc, block)
        text = text if len(text) <= 80 else text[:79] + "…"
        click.echo(f"- {block.kind:<10} {block.why}: {text}")


@cli.command("eval")
@click.argument("data", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "-a",
    "--algorithm",
    "algorithms",
    multiple=True,
    type=click.Choice(list(ALGORITHMS)),
    help="Algorithm to score (repeat for several). [default: all]",
)
@click.option(
    "-k", type=click.IntRange(min=1), default=3, show_default=True, help="Sentences per summary."
)
def evaluate_command(data: Path, algorithms: tuple[str, ...], k: int) -> None:
    """ROUGE F1 of summarisers on a JSONL file of {id, text, summary}, with Lead-k."""
    from .evaluate import evaluate, read_rows

    def action() -> None:
        rows = read_rows(data)
        chosen = list(algorithms) or list(ALGORITHMS)
        with click.progressbar(length=len(rows), label="Scoring", file=sys.stderr) as bar:
            scores = evaluate(rows, chosen, k, progress=bar.update)
        click.echo(f"{len(rows)} articles from {data.name}, k = {k}, ROUGE F1 x100 (stemmed)\n")
        click.echo("| algorithm | R1 | R2 | RL | RLsum |")
        click.echo("|---|---:|---:|---:|---:|")
        for s in scores:
            name = f"Lead-{k}" if s.algorithm == "lead" else s.algorithm
            click.echo(
                f"| {name} | {s.rouge1:.2f} | {s.rouge2:.2f} | {s.rougeL:.2f} | {s.rougeLsum:.2f} |"
            )

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
    help="Worker processes. [default: 1, or the CPU count with --scheduler local]",
)
@click.option("--scheduler", help="Run on Dask: 'local' (a LocalCluster) or tcp://HOST:PORT.")
@click.option("--resume", is_flag=True, help="Skip inputs whose brief is already up to date.")
@click.option(
    "--group",
    is_flag=True,
    help="One brief per event: articles about the same event become one multi-source brief.",
)
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary line.")
@_wiki_options
@_brief_options
def batch(
    inputs: tuple[str, ...],
    out_dir: Path,
    fmt: str,
    workers: int | None,
    scheduler: str | None,
    resume: bool,
    group: bool,
    quiet: bool,
    wiki: Path | None,
    links: str,
    **settings: Any,
) -> None:
    """Make one brief per input (files, folders or globs) into a folder.

    \b
    briefing batch inbox/ -o briefs/ -f md --workers 2
    briefing batch 'archive/**/*.txt' -o briefs/ --resume
    briefing batch inbox/ -o briefs/ --scheduler local --workers 4
    briefing batch inbox/ -o briefs/ --wiki team-wiki/   # every brief into the wiki too

    Exit status 0 when every input gave a brief, 1 when any failed (see failures.jsonl).
    """
    from .batch import run_batch

    options = _options(settings)
    if workers is None:
        workers = (os.cpu_count() or 1) if scheduler == "local" else 1
    bar = _Progress() if not quiet and sys.stderr.isatty() else None

    def action() -> None:
        result = run_batch(
            inputs,
            out_dir,
            fmt,
            options,
            workers=workers,
            scheduler=scheduler,
            resume=resume,
            group=group,
            progress=bar,
            wiki=wiki,
            links=links,
            say=_say,
        )
        if bar:
            bar.finish()
        if not quiet:
            counts = f"{result.made} made, {result.skipped} skipped, {len(result.failed)} failed"
            where = f" — see {out_dir / 'failures.jsonl'}" if result.failed else ""
            click.echo(counts + where, err=True)
        if not result.ok:
            raise SystemExit(1)

    _run(action)


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.option(
    "--data",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("briefing-data"),
    show_default=True,
    help="Folder for the history of briefs (an SQLite file).",
)
@click.option(
    "--token",
    envvar="BRIEFING_TOKEN",
    help="Every request must carry it (Authorization: Bearer …); needed off loopback.",
)
@click.option(
    "--max-bytes",
    type=click.IntRange(min=1),
    default=Options.max_bytes,
    show_default=True,
    help="Refuse uploads larger than this.",
)
@click.option(
    "-w",
    "--workers",
    type=click.IntRange(min=1),
    default=None,
    help="Worker processes that make briefs (each loads the model once; about 300 MB). "
    "[default: the CPU count, between 2 and 4]",
)
@click.option(
    "--job-seconds",
    type=click.FloatRange(min=0),
    default=600,
    show_default=True,
    help="Stop a brief still being made after this many seconds (0: no limit).",
)
@click.option(
    "--job-memory",
    type=click.IntRange(min=0),
    default=2048,
    show_default=True,
    help="Stop a brief whose worker grows past this many MB, model included (0: no limit).",
)
@click.option(
    "--allow-private-urls",
    is_flag=True,
    help="Let URL inputs reach loopback, private and link-local addresses.",
)
@click.option(
    "--allow-host",
    "allow_hosts",
    multiple=True,
    metavar="NAME",
    help="A host name requests may be addressed to, besides the listening address "
    "(repeatable; e.g. the machine's name on the network).",
)
def serve(
    host: str,
    port: int,
    data: Path,
    token: str | None,
    max_bytes: int,
    workers: int | None,
    job_seconds: float,
    job_memory: int,
    allow_private_urls: bool,
    allow_hosts: tuple[str, ...],
) -> None:
    """Start the web app and JSON API (http://127.0.0.1:8000 by default).

    \b
    briefing serve                                   # loopback only, no token needed
    briefing serve --data ~/briefs --port 8080
    BRIEFING_TOKEN=s3cret briefing serve --host 0.0.0.0   # other machines: token required
    """
    token = token or None  # an empty BRIEFING_TOKEN is no token
    if not _loopback(host) and not token:
        raise click.UsageError(
            f"--host {host} is not loopback: other machines could use it — "
            "set --token (or BRIEFING_TOKEN) too"
        )
    import uvicorn

    from .web.app import DEFAULT_WORKERS, LOOPBACK_HOSTS, Settings, create_app, token_problem

    if token is not None and (problem := token_problem(token)):
        raise click.UsageError(
            f"--token: {problem} — e.g. python -c 'import secrets; print(secrets.token_urlsafe())'"
        )
    settings = Settings(
        data=data,
        token=token,
        max_bytes=max_bytes,
        workers=workers or DEFAULT_WORKERS,
        job_seconds=job_seconds or None,
        job_memory_mb=job_memory or None,
        allow_private_urls=allow_private_urls,
        hosts=tuple(
            dict.fromkeys(h.lower().strip("[]") for h in (*LOOPBACK_HOSTS, host, *allow_hosts))
        ),
        any_ip=host in ("0.0.0.0", "::"),
    )
    where = f"[{host}]" if ":" in host else host
    suffix = f"/?token={token}" if token else "/"
    click.echo(f"briefing serve: http://{where}:{port}{suffix} (data in {data})", err=True)
    uvicorn.run(create_app(settings), host=host, port=port, log_level="warning")


def _loopback(host: str) -> bool:
    import ipaddress

    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


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
        """End the progress line."""
        click.echo("", err=True)


def _verbose(_ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if value:
        _setup_logging(True)


# -v after the command too (briefing make -v …), as users type it.
for _command in cli.commands.values():
    _command.params.append(
        click.Option(
            ["-v", "--verbose"],
            is_flag=True,
            expose_value=False,
            callback=_verbose,
            help=VERBOSE_HELP,
        )
    )
