"""Many inputs -> one brief each: planned, run on worker processes or Dask, written atomically."""

from __future__ import annotations

import glob
import hashlib
import json
import logging
import os
import pickle
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from .errors import BriefingError, OptionError
from .ingest import is_url, read_bytes, read_source, source_from_bytes
from .model import Options
from .output import refuse_input, write_atomic
from .pipeline import brief_from_sources
from .render import render_files

log = logging.getLogger("briefing")

EXTENSIONS = {"md": "md", "html": "html", "json": "json", "pdf": "pdf"}
MANIFEST = ".briefing-manifest.json"
FAILURES = "failures.jsonl"
_BRIEF = "\0brief"  # a worker's Brief, pickled, among its files (no file can have this name)


@dataclass(frozen=True)
class Job:
    """One input (or, with grouping, several about one event) and the file its brief goes to."""

    input: str
    output: Path
    also: tuple[str, ...] = ()  # further inputs in the same brief (--group)

    @property
    def inputs(self) -> tuple[str, ...]:
        """Every input of the brief, the one it is named after first."""
        return (self.input, *self.also)


@dataclass(frozen=True)
class Outcome:
    """What became of one job."""

    job: Job
    status: str  # made | skipped | failed
    error: str = ""
    sha256: str = ""
    brief: bytes = b""  # the Brief, pickled, when the batch also writes a wiki


@dataclass(frozen=True)
class BatchResult:
    """Counts and failures of a batch run."""

    made: int
    skipped: int
    failed: tuple[Outcome, ...]

    @property
    def ok(self) -> bool:
        """True when every input gave a brief (or was already up to date)."""
        return not self.failed


def expand_inputs(patterns: Sequence[str]) -> list[str]:
    """Directories (their files, recursively), globs and plain paths -> input paths, in order."""
    found: list[str] = []
    for pattern in patterns:
        if is_url(pattern):
            found.append(pattern)
        elif os.path.isdir(pattern):
            found.extend(
                str(p)
                for p in sorted(Path(pattern).rglob("*"))
                # hidden files and folders inside it are skipped; "../inbox" itself is not
                if p.is_file()
                and not any(part.startswith(".") for part in p.relative_to(pattern).parts)
            )
        elif glob.has_magic(pattern):
            matches = sorted(p for p in glob.glob(pattern, recursive=True) if os.path.isfile(p))
            if not matches:
                raise OptionError(f"{pattern} matches no files — check the pattern")
            found.extend(matches)
        else:
            found.append(pattern)  # a missing file is reported as that input's failure
    return list(dict.fromkeys(found))  # each input once, first place kept


def plan(inputs: Sequence[str | Sequence[str]], out_dir: Path, fmt: str) -> list[Job]:
    """Name each brief after its (first) input's stem; repeats get -2, -3... and a warning."""
    ext = EXTENSIONS[fmt]
    jobs: list[Job] = []
    used: set[str] = {FAILURES}
    for item in inputs:
        location, *also = [item] if isinstance(item, str) else list(item)
        stem = Path(location.rstrip("/")).stem or "brief"
        name, n = f"{stem}.{ext}", 1
        while name in used:
            n += 1
            name = f"{stem}-{n}.{ext}"
        if n > 1:
            log.warning("%s shares its name with an earlier input: its brief is %s", location, name)
        used.add(name)
        jobs.append(Job(location, out_dir / name, tuple(also)))
    return jobs


def render_one(
    locations: Sequence[str],
    fmt: str,
    options: Options,
    name: str,
    raws: Sequence[bytes | None] | None = None,
    keep_brief: bool = False,
) -> tuple[list[tuple[str, bytes]], str]:
    """Read the inputs of one brief (or use their bytes) and render it.

    Returns the files to write, by name (the brief ``name``, and for Markdown its locator
    map), and the sha256 that identifies the inputs (of the one input, or of their hashes).
    """
    sources = []
    for i, location in enumerate(locations, 1):
        raw = raws[i - 1] if raws else None
        if raw is None:
            source = read_source(
                location, f"s{i}", input_format=options.input_format, max_bytes=options.max_bytes
            )
        else:
            source = source_from_bytes(
                raw, f"s{i}", location=location, name=location, input_format=options.input_format
            )
        sources.append(source)
    brief = brief_from_sources(sources, options)
    files = [(path.name, data) for path, data in render_files(brief, fmt, options, Path(name))]
    if keep_brief:  # for the wiki, written by the main process once every brief is in
        files.append((_BRIEF, pickle.dumps(brief)))
    return files, _identity([s.sha256 for s in sources])


def _identity(hashes: Sequence[str]) -> str:
    """The hash recorded for --resume: the input's own, or one over a group's."""
    if len(hashes) == 1:
        return hashes[0]
    return hashlib.sha256(" ".join(hashes).encode()).hexdigest()


# What a worker sends back: ("ok", files, input sha256) or ("error", message, "").
_Result = tuple[str, list[tuple[str, bytes]] | str, str]


def _work(
    locations: Sequence[str],
    fmt: str,
    options: Options,
    name: str,
    raws: Sequence[bytes | None] | None = None,
    keep_brief: bool = False,
) -> _Result:
    """The task a worker runs: never raises, so one bad input cannot stop the batch."""
    try:
        files, sha = render_one(locations, fmt, options, name, raws, keep_brief)
        return "ok", files, sha
    except BriefingError as error:
        return "error", str(error), ""
    except Exception as error:  # a bug on one input must not lose the other briefs
        return "error", f"internal error ({type(error).__name__}: {error}) — please report it", ""


def _start_worker(model: str, owner: int) -> None:
    """A pool worker's start-up: it ends when the process ``owner`` running the batch ends,
    and loads what every brief needs."""
    from .lifeline import exit_with

    exit_with(owner)
    _warm(model)


def _warm(model: str) -> None:
    """Load the spaCy pipeline and gazetteer once per process."""
    from .extract import load_pipeline
    from .extract.gazetteer import gazetteer

    logging.getLogger("briefing").setLevel(logging.ERROR)  # drops are reported per brief
    load_pipeline(model)
    gazetteer()


def run_batch(
    patterns: Sequence[str],
    out_dir: Path,
    fmt: str,
    options: Options,
    *,
    workers: int = 1,
    scheduler: str | None = None,
    resume: bool = False,
    group: bool = False,
    progress: Callable[[int, int], None] | None = None,
    wiki: Path | None = None,
    links: str = "markdown",
    say: Callable[[str], None] | None = None,
) -> BatchResult:
    """Make one brief per input (or per event, with ``group``); failures.jsonl always written.

    ``wiki``: also put every brief made into that wiki folder (one lock; the wiki orders
    them itself, so input order does not matter); ``say`` hears what the wiki kept.
    """
    if fmt not in EXTENSIONS:
        raise OptionError(f"unknown format {fmt!r} — choose one of: {', '.join(EXTENSIONS)}")
    inputs = expand_inputs(patterns)
    if not inputs:
        raise OptionError("no inputs found — name files, folders or glob patterns")
    out_dir.mkdir(parents=True, exist_ok=True)
    outcomes: list[Outcome] = []
    if group:
        from .cluster import group_by_event

        groups, unreadable = group_by_event(inputs, options)
        jobs = plan(groups, out_dir, fmt)
        outcomes = [Outcome(Job(loc, out_dir / FAILURES), "failed", err) for loc, err in unreadable]
    else:
        jobs = plan(inputs, out_dir, fmt)
    manifest = _read_manifest(out_dir)
    key = options_key(fmt, options)
    todo = []
    for job in jobs:
        if resume and _up_to_date(job, manifest, key):
            outcomes.append(Outcome(job, "skipped"))
        else:
            todo.append(job)
    total = len(jobs) + sum(o.job.output.name == FAILURES for o in outcomes)
    done = len(outcomes)
    if progress:
        progress(done, total)
    for outcome in _execute(todo, fmt, options, workers, scheduler, keep_brief=wiki is not None):
        if outcome.status == "made":
            manifest[outcome.job.output.name] = {
                "input": outcome.job.input,
                "inputs": list(outcome.job.inputs),
                "sha256": outcome.sha256,
                "options": key,
            }
        outcomes.append(outcome)
        done += 1
        if progress:
            progress(done, total)
    order = {location: i for i, location in enumerate(inputs)}
    if wiki is not None:
        from .wiki import write_wiki_many

        made = sorted(
            (o for o in outcomes if o.brief), key=lambda o: order.get(o.job.input, len(order))
        )
        write_wiki_many(
            [pickle.loads(o.brief) for o in made],
            wiki,
            links=links,
            template_dir=options.template_dir,
            say=say,
        )
    failed = tuple(o for o in outcomes if o.status == "failed")
    failed = tuple(sorted(failed, key=lambda o: order.get(o.job.input, len(order))))
    lines = "".join(
        json.dumps({"input": o.job.input, "error": o.error}, ensure_ascii=False) + "\n"
        for o in failed
    )
    write_atomic(out_dir / FAILURES, lines.encode())
    write_atomic(
        out_dir / MANIFEST, (json.dumps(manifest, indent=1, sort_keys=True) + "\n").encode()
    )
    return BatchResult(
        made=sum(o.status == "made" for o in outcomes),
        skipped=sum(o.status == "skipped" for o in outcomes),
        failed=failed,
    )


def options_key(fmt: str, options: Options) -> str:
    """A fingerprint of everything that shapes a brief, so --resume redoes changed ones."""
    fields = {k: str(v) for k, v in asdict(replace(options, template_dir=None)).items()}
    if options.template_dir is not None:
        for path in sorted(Path(options.template_dir).glob("*")):
            if path.is_file():
                fields[f"template:{path.name}"] = hashlib.sha256(path.read_bytes()).hexdigest()
    text = json.dumps({"format": fmt, **fields}, sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def _up_to_date(job: Job, manifest: dict[str, dict[str, Any]], key: str) -> bool:
    entry = manifest.get(job.output.name)
    if not entry or not job.output.exists() or entry.get("options") != key:
        return False
    if entry.get("inputs", [entry.get("input")]) != list(job.inputs):
        return False
    if any(is_url(loc) for loc in job.inputs):
        return False
    try:
        hashes = [hashlib.sha256(Path(loc).read_bytes()).hexdigest() for loc in job.inputs]
    except OSError:
        return False
    return _identity(hashes) == entry.get("sha256")


def _read_manifest(out_dir: Path) -> dict[str, dict[str, Any]]:
    try:
        data = json.loads((out_dir / MANIFEST).read_text())
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _execute(
    jobs: Sequence[Job],
    fmt: str,
    options: Options,
    workers: int,
    scheduler: str | None,
    *,
    keep_brief: bool = False,
) -> Iterator[Outcome]:
    if not jobs:
        return
    if scheduler is not None:
        results: Iterable[tuple[Job, _Result]] = _on_dask(
            jobs, fmt, options, workers, scheduler, keep_brief
        )
    elif workers <= 1:
        _warm(options.model)
        results = (
            (job, _work(job.inputs, fmt, options, job.output.name, None, keep_brief))
            for job in jobs
        )
    else:
        results = _on_processes(jobs, fmt, options, workers, keep_brief)
    for job, (status, payload, sha) in results:
        if status == "ok" and not isinstance(payload, str):
            brief = b"".join(data for name, data in payload if name == _BRIEF)
            files = [(name, data) for name, data in payload if name != _BRIEF]
            try:
                for name, _ in files:  # check every file before writing any
                    refuse_input(job.output.with_name(name), job.inputs)
                for name, data in files:
                    write_atomic(job.output.with_name(name), data)
            except BriefingError as error:
                yield Outcome(job, "failed", str(error))
                continue
            yield Outcome(job, "made", sha256=sha, brief=brief)
        else:
            yield Outcome(job, "failed", str(payload))


def _on_processes(
    jobs: Sequence[Job], fmt: str, options: Options, workers: int, keep_brief: bool = False
) -> Iterator[tuple[Job, _Result]]:
    import multiprocessing

    context = multiprocessing.get_context("spawn" if os.name != "posix" else "forkserver")
    with ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=_start_worker,
        initargs=(options.model, os.getpid()),
    ) as pool:
        futures = {
            pool.submit(_work, job.inputs, fmt, options, job.output.name, None, keep_brief): job
            for job in jobs
        }
        for future in as_completed(futures):
            yield futures[future], future.result()


def _on_dask(
    jobs: Sequence[Job],
    fmt: str,
    options: Options,
    workers: int,
    scheduler: str,
    keep_brief: bool = False,
) -> Iterator[tuple[Job, _Result]]:
    try:
        from distributed import Client, LocalCluster
        from distributed import as_completed as dask_completed
    except ImportError:
        raise OptionError(
            "--scheduler needs Dask — install it with `pip install 'briefing[dask]'`"
        ) from None
    cluster = None
    if scheduler == "local":
        cluster = LocalCluster(
            n_workers=max(1, workers),
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
        )
        client = Client(cluster)
    elif scheduler.startswith("tcp://"):
        try:
            client = Client(scheduler, timeout=20)
        except OSError as error:
            raise OptionError(
                f"cannot reach the Dask scheduler at {scheduler} ({error}) — check the address"
            ) from None
    else:
        raise OptionError(f"scheduler {scheduler!r} is not 'local' or tcp://HOST:PORT — fix it")
    try:
        # Each worker loads the model once: the loaders are cached per process.
        # Inputs are read here and shipped, so workers need no access to this filesystem.
        futures = {}
        for i, job in enumerate(jobs):
            try:
                raws = [
                    None if is_url(loc) else read_bytes(loc, options.max_bytes)
                    for loc in job.inputs
                ]
            except BriefingError as error:
                yield job, ("error", str(error), "")
                continue
            future = client.submit(
                _work,
                job.inputs,
                fmt,
                options,
                job.output.name,
                raws,
                keep_brief,
                key=f"brief-{i}",
                pure=False,
            )
            futures[future] = job
        for future in dask_completed(futures):
            yield futures[future], future.result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
