"""The web app and JSON API: routes as thin over the library as cli.py is (FastAPI on uvicorn).

The routes are module-level functions (``router``) over ``app.state.server`` (a ``Server``:
settings, history, workers); ``create_app`` puts them together.

The pipeline runs in worker processes (the model loaded once in each at start), never on
the event loop, so the page stays responsive while briefs are made. Every response carries
a Content-Security-Policy; posts and deletes from another site are refused; with a token,
every API request must carry it.
"""

from __future__ import annotations

import asyncio
import base64
import hmac
import io
import ipaddress
import json
import logging
import os
import secrets
import zipfile
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2
from fastapi import APIRouter, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.formparsers import MultiPartException

from .. import __version__
from ..errors import (
    BriefingError,
    JobCancelledError,
    MemoryLimitError,
    OptionError,
    StoppedError,
    TimeLimitError,
    TooLargeError,
)
from ..ingest import MAX_BYTES, is_url
from ..model import DEFAULT_CLASSIFICATION, Options
from ..settings import from_fields
from ..summarise import ALGORITHMS, DEFAULT_ALGORITHM
from .store import Store
from .workers import Job, Limits, Workers

log = logging.getLogger("briefing")

# The page and its own files only; brief previews get a stricter policy of their own.
PAGE_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "frame-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'self'"
)
# A brief's HTML: its inline CSS and SVG, no script of any kind, nothing fetched.
BRIEF_POLICY = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
    "form-action 'none'; frame-ancestors 'self'"
)
# Request fields that must be JSON strings when given ("text": [...] is no article).
_TEXT_FIELDS = ("text", "url", "title", "classification", "algorithm", "paper", "date", "job")
_MEDIA = {
    "json": "application/json",
    "md": "text/markdown; charset=utf-8",
    "html": "text/html; charset=utf-8",
    "pdf": "application/pdf",
    "zip": "application/zip",
}


LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")
# More than one worker, so a short brief never waits behind a long one; at most four (each
# holds the model: about 300 MB).
DEFAULT_WORKERS = max(2, min(os.cpu_count() or 1, 4))
MIN_TOKEN = 16  # characters, none of them spaces


def token_problem(token: str) -> str | None:
    """Why a token is too weak to guard the history, or None."""
    if len(token) < MIN_TOKEN or any(c.isspace() for c in token):
        return f"a token needs at least {MIN_TOKEN} characters and no spaces"
    return None


@dataclass(frozen=True)
class Settings:
    """How a server runs: where it keeps briefs, what it accepts, how many workers."""

    data: Path
    token: str | None = None
    max_bytes: int = MAX_BYTES
    workers: int = DEFAULT_WORKERS
    allow_private_urls: bool = False
    model: str = Options.model
    # Host names a request may be addressed to (DNS rebinding: a page on another site whose
    # name resolves to this machine must not reach the history). An IP literal is allowed
    # too when the server listens on every address.
    hosts: tuple[str, ...] = LOOPBACK_HOSTS
    any_ip: bool = False
    # A job is stopped past these (None: no limit), and the user told why.
    job_seconds: float | None = Limits.seconds
    job_memory_mb: int | None = Limits.memory_mb


class _Refused(Exception):
    """An input or option the API refuses: status and the one-line message."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


class Server:
    """What the routes work over (``app.state.server``): the settings, the history, the
    workers, the page templates, and the PDFs laid out ahead of their download."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.store = Store(settings.data)
        self.workers = Workers(
            settings.workers, settings.model, Limits(settings.job_seconds, settings.job_memory_mb)
        )
        self.ready = False
        self.unlaid: list[tuple[str, Options]] = []  # PDFs not made yet, newest last
        self.laying: dict[str, asyncio.Future[bytes]] = {}  # PDFs being laid out, by brief
        self.background: asyncio.Future[None] | None = None  # the one laid out ahead
        self.pages = jinja2.Environment(
            loader=jinja2.PackageLoader("briefing.web", "templates"),
            autoescape=True,
            undefined=jinja2.StrictUndefined,
        )

    async def run(self, function: str, *args: Any, job: Job | None = None) -> Any:
        try:
            return await self.workers.run(function, *args, job=job)
        finally:
            self.lay_out_when_idle()

    def lay_out_when_idle(self) -> None:
        """While a worker is free, lay out the newest brief's PDF ahead of its download, one
        at a time, so briefs asked for never wait behind more than one layout."""
        # (queued jobs count: a worker just freed goes to a waiting request, not to a PDF
        # laid out ahead)
        if self.background is not None or self.workers.load >= self.settings.workers:
            return
        while self.unlaid:
            brief_id, options = self.unlaid.pop()
            if brief_id not in self.laying:
                self.background = asyncio.ensure_future(self._ahead(brief_id, options))
                return

    async def _ahead(self, brief_id: str, options: Options) -> None:
        try:
            await self.pdf_once(brief_id, options)
        except Exception:  # asked for later, the error is answered then
            log.debug("PDF of %s not laid out ahead", brief_id, exc_info=True)
        finally:
            self.background = None
            self.lay_out_when_idle()

    async def pdf_once(self, brief_id: str, options: Options) -> bytes:
        """A brief's PDF, laid out once from the stored brief however many ask at once."""
        laying = self.laying
        if brief_id not in laying:
            laying[brief_id] = asyncio.ensure_future(self._lay_out(brief_id, options))
            laying[brief_id].add_done_callback(lambda _f: laying.pop(brief_id, None))
        try:
            return await asyncio.shield(laying[brief_id])
        except BriefingError as error:
            raise _Refused(_status(error), str(error)) from None

    async def _lay_out(self, brief_id: str, options: Options) -> bytes:
        store = self.store
        model = await asyncio.to_thread(store.model, brief_id)
        if model is not None:
            pdf: bytes = await self.run("pdf_of", model, options)
        else:  # kept by a version that stored no model: made again from its inputs
            inputs = await asyncio.to_thread(store.inputs, brief_id)
            pdf = await self.run("make_pdf", inputs, options)
        await asyncio.to_thread(store.keep_pdf, brief_id, pdf)
        return pdf


def create_app(settings: Settings) -> FastAPI:
    """The ASGI app: the page, its static files and the /api routes (``router``)."""
    app = FastAPI(
        title="briefing",
        version=__version__,
        description="Situation briefs from articles: the same briefing/1 JSON as the CLI.",
        docs_url=None,  # the interactive docs load scripts from a CDN: not here
        redoc_url=None,
        lifespan=_lifespan,
    )
    app.state.server = Server(settings)
    static = resources.files("briefing.web").joinpath("static")
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    app.middleware("http")(guard)
    app.add_exception_handler(Exception, failed)
    app.add_exception_handler(_Refused, refused)  # type: ignore[arg-type]
    app.add_exception_handler(RequestValidationError, invalid)  # type: ignore[arg-type]
    app.add_exception_handler(StarletteHTTPException, http_error)  # type: ignore[arg-type]
    app.include_router(router)
    return app


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    """Workers started (the model loaded in each) in the background; stopped with the app."""
    server: Server = app.state.server

    async def warm_up() -> None:
        await server.workers.start()
        server.ready = True

    warming = asyncio.create_task(warm_up())
    try:
        yield
    finally:
        warming.cancel()
        await server.workers.close()
        server.store.close()


def _server(request: Request) -> Server:
    server: Server = request.app.state.server
    return server


async def guard(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
    """Token, same-origin posts and the security headers, for every request."""
    settings = _server(request).settings
    path = request.url.path
    if not _host_allowed(request.headers.get("host", ""), settings):
        return _secured(
            _error(400, "this server answers only to its own address — see --allow-host")
        )
    guarded = path.startswith("/api/") or path == "/"
    if settings.token and path == "/" and "token" in request.query_params:
        # the token from the printed link, once: kept as a cookie, then a clean address
        if not hmac.compare_digest(request.query_params["token"].encode(), settings.token.encode()):
            return _secured(_error(401, "that token is not this server's"))
        response = RedirectResponse("/", status_code=303)
        response.set_cookie("briefing_token", settings.token, httponly=True, samesite="strict")
        return _secured(response)
    if settings.token and guarded and not _authorised(request, settings.token):
        return _secured(_error(401, "a token is needed — send Authorization: Bearer <token>"))
    if request.method in ("POST", "PUT", "PATCH", "DELETE") and _cross_site(request):
        return _secured(_error(403, "cross-site request refused — use the page briefing serves"))
    return _secured(await call_next(request), path)


async def failed(_request: Request, error: Exception) -> Response:
    logging.getLogger("briefing.web").exception("request failed", exc_info=error)
    return _secured(_error(500, "the server failed on this request — it is logged; retry"))


async def refused(_request: Request, error: _Refused) -> Response:
    return _error(error.status, error.message)


async def invalid(_request: Request, error: RequestValidationError) -> Response:
    first = error.errors()[0] if error.errors() else {}
    where = ".".join(str(p) for p in first.get("loc", ()) if p != "body")
    return _error(400, f"{where or 'request'}: {first.get('msg', 'invalid')} — fix it")


async def http_error(_request: Request, error: StarletteHTTPException) -> Response:
    return _error(error.status_code, str(error.detail))


router = APIRouter()


@router.get("/", response_class=HTMLResponse, include_in_schema=False)
async def page(request: Request) -> HTMLResponse:
    html = (
        _server(request)
        .pages.get_template("index.html.j2")
        .render(
            algorithms=ALGORITHMS,
            default_algorithm=DEFAULT_ALGORITHM,
            classification=DEFAULT_CLASSIFICATION,
            options=Options(),
            max_bytes=_server(request).settings.max_bytes,
            version=__version__,
        )
    )
    return HTMLResponse(html)


@router.get("/api/health", summary="200 once the model is loaded (503 before)")
async def health(request: Request) -> Response:
    if not _server(request).ready:
        return JSONResponse({"status": "loading"}, status_code=503)
    return JSONResponse({"status": "ok", "version": __version__})


@router.post(
    "/api/briefs",
    status_code=201,
    summary="Make a brief from text, a URL or files (JSON or multipart form)",
)
async def create(request: Request) -> JSONResponse:
    server = _server(request)
    settings, workers = server.settings, server.workers
    fields, inputs = await _read_request(request, settings.max_bytes)
    options = _options(fields)
    job = Job(id=_job_id(fields.get("job"), workers))
    workers.jobs[job.id] = job  # visible (and cancellable) from here on
    try:
        if fields.get("url"):
            url = str(fields["url"])
            job.stage = "fetching the page"
            inputs.append((url, await asyncio.to_thread(_fetch, url, settings)))
        if fields.get("text"):
            inputs.insert(0, ("pasted text", str(fields["text"]).encode("utf-8")))
        if not inputs:
            raise _Refused(400, "no input given — paste text, give a URL or add files")
        brief_id = secrets.token_hex(6)
        created = datetime.now(UTC).replace(microsecond=0)
        # The date is fixed now, so the PDF made later from the same inputs is the same.
        options = replace(options, date=options.date or created)
        made = await server.run("make", inputs, options, f"{brief_id}-map.svg", job=job)
    except BriefingError as error:
        raise _Refused(_status(error), str(error)) from None
    finally:
        workers.jobs.pop(job.id, None)
    await asyncio.to_thread(server.store.add, brief_id, made, inputs, options, created)
    server.unlaid = [*server.unlaid[-50:], (brief_id, options)]
    server.lay_out_when_idle()
    return JSONResponse(
        {"id": brief_id, "brief": json.loads(made["json"])},
        status_code=201,
        headers={"Location": f"/api/briefs/{brief_id}"},
    )


@router.get("/api/briefs", summary="Every brief made, newest first")
async def listing(request: Request) -> JSONResponse:
    return JSONResponse(await asyncio.to_thread(_server(request).store.list))


@router.get(
    "/api/briefs/{name}",
    summary="A brief as JSON (<id> or <id>.json), PDF, Markdown, HTML, its map, or a zip",
)
async def brief_file(request: Request, name: str) -> Response:
    server = _server(request)
    store = server.store
    brief_id, _, ext = name.partition(".")
    if brief_id.endswith("-map") and ext == "svg":
        stored = store.get(brief_id[: -len("-map")])
        if stored is None or not stored.map_svg:
            raise _Refused(404, f"no map for {name} — check the id")
        return Response(stored.map_svg, media_type="image/svg+xml")
    stored = store.get(brief_id)
    if stored is None:
        raise _Refused(404, f"no brief {brief_id} — list them with GET /api/briefs")
    ext = ext or "json"
    download = {"Content-Disposition": f'inline; filename="brief-{brief_id}.{ext}"'}
    if ext == "json":
        return Response(stored.brief_json, media_type=_MEDIA["json"])
    if ext == "md":
        return Response(_standalone(stored), media_type=_MEDIA["md"], headers=download)
    if ext == "html":
        return Response(stored.html, media_type=_MEDIA["html"])
    if ext == "zip":
        return Response(_zip(stored), media_type=_MEDIA["zip"], headers=download)
    if ext == "pdf":
        pdf = await asyncio.to_thread(store.pdf, brief_id)
        if pdf is None:
            pdf = await server.pdf_once(brief_id, stored.options)
        return Response(pdf, media_type=_MEDIA["pdf"], headers=download)
    raise _Refused(404, f"no format {ext!r} — use .json, .pdf, .md, .html or .zip")


@router.delete("/api/briefs/{brief_id}", status_code=204, summary="Forget a brief")
async def delete(request: Request, brief_id: str) -> Response:
    server = _server(request)
    server.unlaid = [u for u in server.unlaid if u[0] != brief_id]  # nothing to lay out
    if not await asyncio.to_thread(server.store.delete, brief_id):
        raise _Refused(404, f"no brief {brief_id} — list them with GET /api/briefs")
    return Response(status_code=204)


@router.get("/api/jobs", summary="Briefs being made: queued first-come, then running")
async def running(request: Request) -> JSONResponse:
    workers = _server(request).workers
    return JSONResponse([job.about(workers.position(job)) for job in list(workers.jobs.values())])


@router.get("/api/jobs/{job_id}", summary="How far a brief being made has got")
async def progress(request: Request, job_id: str) -> JSONResponse:
    workers = _server(request).workers
    job = workers.jobs.get(job_id)
    if job is None:
        raise _Refused(404, f"no job {job_id} running — it has finished or never started")
    return JSONResponse(job.about(workers.position(job)))


@router.delete("/api/jobs/{job_id}", status_code=204, summary="Cancel a brief being made")
async def cancel(request: Request, job_id: str) -> Response:
    if not _server(request).workers.cancel(job_id):
        raise _Refused(404, f"no job {job_id} running — it has finished or never started")
    return Response(status_code=204)


async def _read_request(
    request: Request, max_bytes: int
) -> tuple[dict[str, Any], list[tuple[str, bytes]]]:
    """The option fields and the uploaded files of a JSON or multipart request."""
    length = request.headers.get("content-length")
    if length and length.isdigit() and int(length) > 10 * max_bytes + 1_000_000:
        raise _Refused(413, f"the request is over the {10 * max_bytes:,}-byte limit — send less")
    kind = request.headers.get("content-type", "")
    inputs: list[tuple[str, bytes]] = []
    if kind.startswith("application/json"):
        try:
            body = await request.json()
        except ValueError:
            raise _Refused(400, "the request body is not JSON — send a JSON object") from None
        if not isinstance(body, dict):
            raise _Refused(400, 'the request body is not a JSON object — send {"text": ...}')
        for key in _TEXT_FIELDS:
            if body.get(key) is not None and not isinstance(body[key], str):
                raise _Refused(400, f"{key} must be a string — send it as JSON text")
        for key, value in body.items():
            if isinstance(value, str):
                try:
                    value.encode("utf-8")
                except UnicodeEncodeError:
                    raise _Refused(
                        400, f"{key} is not valid Unicode (a lone surrogate) — send UTF-8 text"
                    ) from None
        text = body.get("text")
        if isinstance(text, str) and len(text.encode("utf-8")) > max_bytes:
            raise _Refused(413, f"text is over the {max_bytes:,}-byte limit — send less")
        return body, inputs
    if not kind.startswith("multipart/form-data"):
        raise _Refused(400, "send JSON or a multipart form — see GET /openapi.json")
    try:
        form = await request.form(max_part_size=max_bytes + 1)
    except (MultiPartException, StarletteHTTPException) as error:
        # Starlette's parser says only in words that a field was past max_part_size
        reason = str(getattr(error, "detail", error))
        if "maximum size" in reason:  # the pasted text, past --max-bytes
            raise _Refused(413, f"text is over the {max_bytes:,}-byte limit — send less") from None
        raise _Refused(400, f"the form could not be read ({reason}) — send it again") from None
    fields: dict[str, Any] = {}
    for key, value in form.multi_items():
        if isinstance(value, UploadFile):
            if key != "files":
                continue
            data = await value.read(max_bytes + 1)
            if len(data) > max_bytes:
                raise _Refused(
                    413, f"{value.filename} is over the {max_bytes:,}-byte limit — split it"
                )
            if data:
                inputs.append((Path(value.filename or "upload").name, data))
            elif value.filename:
                raise _Refused(
                    400, f"{value.filename} is empty — give a file that contains article text"
                )
        elif value != "":
            fields[key] = value
    return fields, inputs


def _options(fields: dict[str, Any]) -> Options:
    """The CLI's options from request fields, read by the same schema (settings.py)."""
    try:
        return from_fields(fields)
    except OptionError as error:
        raise _Refused(400, str(error)) from None


def _fetch(url: str, settings: Settings) -> bytes:
    """A URL's bytes, by the CLI's fetcher, refusing private addresses unless allowed."""
    from ..ingest.url import fetch

    if not is_url(url):
        raise _Refused(400, f"{url} is not an http(s) URL — give a web address")
    try:
        raw, _ = fetch(url, max_bytes=settings.max_bytes, allow_private=settings.allow_private_urls)
    except BriefingError as error:
        raise _Refused(_status(error), str(error)) from None
    return raw


_STATUS = (
    (TooLargeError, 413),
    (MemoryLimitError, 413),
    (JobCancelledError, 409),
    (TimeLimitError, 503),
    (StoppedError, 500),
)
_JOB_ID = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_")


def _status(error: BriefingError) -> int:
    """An error's HTTP status, by its class: 400 for a refused input or option."""
    return next((status for kind, status in _STATUS if isinstance(error, kind)), 400)


def _job_id(given: Any, workers: Workers) -> str:
    """The id a client chose for its request ("job"), to follow and cancel it by; else one
    made here. 8 to 64 letters, digits, - or _, not one already running."""
    if given in (None, ""):
        return secrets.token_hex(8)
    if not isinstance(given, str) or not 8 <= len(given) <= 64 or not set(given) <= _JOB_ID:
        raise _Refused(400, "job must be 8 to 64 letters, digits, - or _ — e.g. a random UUID")
    if given in workers.jobs:
        raise _Refused(409, f"job {given} is already running — choose a new id")
    return given


def _secured(response: Response, path: str = "/") -> Response:
    """The security headers every answer carries, refusals included."""
    policy = BRIEF_POLICY if path.endswith(".html") else PAGE_POLICY
    response.headers.setdefault("Content-Security-Policy", policy)
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["X-Frame-Options"] = "SAMEORIGIN"
    return response


def _authorised(request: Request, token: str) -> bool:
    """The token as a Bearer header or the page's cookie; never from the address (it would
    stay in the history and logs)."""
    header = request.headers.get("authorization", "")
    given = header[7:] if header.lower().startswith("bearer ") else ""
    given = given or request.cookies.get("briefing_token", "")
    return bool(given) and hmac.compare_digest(given.encode(), token.encode())


def _host_allowed(host: str, settings: Settings) -> bool:
    """The Host header names this server: one of its names, or an IP literal when it
    listens on every address."""
    name = host.rsplit(":", 1)[0] if host.count(":") == 1 or "]" in host else host
    name = name.strip("[]").lower()
    if name in settings.hosts:
        return True
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return settings.any_ip


def _cross_site(request: Request) -> bool:
    """A browser's post from another site: its Origin (or Sec-Fetch-Site) says so; the
    Origin must match this server's scheme as well as its host."""
    if request.headers.get("sec-fetch-site") == "cross-site":
        return True
    origin = request.headers.get("origin")
    if not origin or origin == "null":
        return origin == "null"
    host = request.headers.get("host", "")
    return origin != f"{request.url.scheme}://{host}"


def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status)


def _standalone(stored: Any) -> str:
    """The Markdown brief as one file: its locator map inlined (a data: URI) instead of a
    link to a file that only the zip holds."""
    if not stored.map_svg:
        return str(stored.markdown)
    inline = "data:image/svg+xml;base64," + base64.b64encode(stored.map_svg.encode()).decode()
    return str(stored.markdown).replace(f"]({stored.id}-map.svg)", f"]({inline})")


def _zip(stored: Any) -> bytes:
    """The Markdown brief with its locator map beside it, as a wiki would hold them."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(f"brief-{stored.id}.md", stored.markdown)
        if stored.map_svg:
            archive.writestr(f"{stored.id}-map.svg", stored.map_svg)
    return buffer.getvalue()
