"""`briefing serve`: the JSON API against a real server on a free loopback port."""

from __future__ import annotations

import contextlib
import io
import json
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing.cli import cli

from .conftest import CASE, DATA, FIXED_DATE

httpx = pytest.importorskip("httpx")
pytestmark = [pytest.mark.model, pytest.mark.server]
MAX_BYTES = 300_000
CANARY = "CANARY-77e1-do-not-leak"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Served:
    """A `briefing serve` process on loopback, stopped by the test that started it."""

    def __init__(self, data: Path, *extra: str) -> None:
        self.data = data
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        briefing = Path(sys.executable).with_name("briefing")
        command = [str(briefing), "serve", "--port", str(self.port), "--data", str(data)]
        self.process = subprocess.Popen(
            [*command, *extra], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        headers = {"Authorization": f"Bearer {extra[1]}"} if "--token" in extra else {}
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{self.url}/api/health", headers=headers).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.3)
        self.stop()
        raise AssertionError("briefing serve did not become healthy within 120 s")

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    served = Served(tmp_path_factory.mktemp("data"), "--max-bytes", str(MAX_BYTES), "-w", "2")
    yield served
    served.stop()


@pytest.fixture
def client(server: Served) -> Iterator[object]:
    with httpx.Client(base_url=server.url, timeout=60) as http:
        yield http


def make(client, **fields: object):  # type: ignore[no-untyped-def]
    return client.post("/api/briefs", json={"date": FIXED_DATE, **fields})


def test_text_in_briefing1_json_out_same_as_the_cli(client, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    article = CASE["sahel-border-attack.txt"]
    answer = make(client, text=article.read_text())
    assert answer.status_code == 201
    made = answer.json()
    assert set(made) == {"id", "brief"} and made["brief"]["schema"] == "briefing/1"
    target = tmp_path / "cli.json"
    CliRunner().invoke(
        cli,
        ["make", str(article), "-f", "json", "-o", str(target), "--date", FIXED_DATE],
        catch_exceptions=False,
    )
    cli_brief = json.loads(target.read_text())
    for brief in (made["brief"], cli_brief):
        for source in brief["sources"]:
            source.pop("location")  # "pasted text" here, the path there
    assert made["brief"] == cli_brief


def test_sections_options_through_the_api(client) -> None:  # type: ignore[no-untyped-def]
    text = CASE["sahel-border-attack.txt"].read_text()
    made = make(client, text=text, max_figures=2, hide=["timeline"]).json()["brief"]
    assert len(made["figures"]) == 2 and made["timeline"] == []
    assert made["figures"][0]["as_written"] == "at least 11"
    refused = make(client, text=text, hide=["map"])
    assert refused.status_code == 400 and "hide takes section names" in refused.json()["error"]


def test_every_format_list_and_delete(client) -> None:  # type: ignore[no-untyped-def]
    import pypdf

    made = make(client, text=CASE["garrison-standoff.txt"].read_text(), title="Al-Tanf").json()
    brief_id = made["id"]
    assert client.get(f"/api/briefs/{brief_id}").json() == made["brief"]
    assert client.get(f"/api/briefs/{brief_id}.json").json() == made["brief"]
    markdown = client.get(f"/api/briefs/{brief_id}.md")
    assert markdown.headers["content-type"].startswith("text/markdown")
    # one file that stands alone: the map inlined, not a link to a file only the zip holds
    assert "# Al-Tanf" in markdown.text and f"({brief_id}-map.svg)" not in markdown.text
    assert "![Locator map](data:image/svg+xml;base64," in markdown.text
    assert client.get(f"/api/briefs/{brief_id}-map.svg").text.startswith("<svg")
    page = client.get(f"/api/briefs/{brief_id}.html")
    assert "script-src" not in page.headers["content-security-policy"]
    assert "default-src 'none'" in page.headers["content-security-policy"]
    pdf = client.get(f"/api/briefs/{brief_id}.pdf")
    assert pdf.headers["content-type"] == "application/pdf"
    assert len(pypdf.PdfReader(io.BytesIO(pdf.content)).pages) == 1
    import zipfile

    names = zipfile.ZipFile(
        io.BytesIO(client.get(f"/api/briefs/{brief_id}.zip").content)
    ).namelist()
    assert names == [f"brief-{brief_id}.md", f"{brief_id}-map.svg"]
    with zipfile.ZipFile(io.BytesIO(client.get(f"/api/briefs/{brief_id}.zip").content)) as z:
        assert f"({brief_id}-map.svg)" in z.read(f"brief-{brief_id}.md").decode()
    listed = client.get("/api/briefs").json()
    assert listed[0]["id"] == brief_id and listed[0]["title"] == "Al-Tanf"
    assert client.delete(f"/api/briefs/{brief_id}").status_code == 204
    gone = client.get(f"/api/briefs/{brief_id}.pdf")
    assert gone.status_code == 404 and gone.json()["error"].startswith(f"no brief {brief_id}")


def test_several_files_make_one_multi_source_brief(client) -> None:  # type: ignore[no-untyped-def]
    files = [
        ("files", ("a-wire.txt", CASE["sahel-border-attack.txt"].read_bytes(), "text/plain")),
        ("files", ("storm.md", CASE["cyclone-port.md"].read_bytes(), "text/markdown")),
    ]
    answer = client.post("/api/briefs", files=files, data={"sentences": "6", "paper": "letter"})
    assert answer.status_code == 201, answer.text
    brief = answer.json()["brief"]
    assert [s["location"] for s in brief["sources"]] == ["a-wire.txt", "storm.md"]


@pytest.mark.parametrize(
    ("request_kwargs", "status", "message"),
    [
        (
            {"json": {"text": "   "}},
            400,
            "pasted text is empty — give a file that contains article text",
        ),
        (
            {"files": [("files", ("x.bin", bytes(range(256)) * 8, "application/octet-stream"))]},
            400,
            "x.bin looks binary, not text",
        ),
        (
            {"json": {"text": "word " * (MAX_BYTES // 4)}},
            413,
            "text is over the 300,000-byte limit",
        ),
        (
            {"files": [("files", ("big.txt", b"word " * (MAX_BYTES // 4), "text/plain"))]},
            413,
            "big.txt is over the 300,000-byte limit",
        ),
        (  # the page's form: a paste past the limit is 413 with our line, not the parser's
            {"data": {"text": "word " * (MAX_BYTES // 4)}, "files": [("files", ("", b"", ""))]},
            413,
            "text is over the 300,000-byte limit",
        ),
        ({"json": {}}, 400, "no input given"),
        ({"json": {"text": ["Rain fell.", "Ships waited."]}}, 400, "text must be a string"),
        (
            {
                "content": b'{"text": "\\ud800 Rain fell."}',
                "headers": {"content-type": "application/json"},
            },
            400,
            "text is not valid Unicode",
        ),
        (
            {"json": {"text": "Rain fell.", "date": "9999-12-31T23:59:59-12:00"}},
            400,
            "is out of range",
        ),
        ({"json": {"text": "Rain fell.", "sentences": 0}}, 400, "sentences is out of range"),
        (
            {"json": {"text": "Rain fell.", "algorithm": "magic"}},
            400,
            "algorithm 'magic' is not known",
        ),
        ({"json": {"url": "http://127.0.0.1:9/x"}}, 400, "points to a private or local address"),
        ({"json": {"url": "http://224.0.0.1/x"}}, 400, "points to a private or local address"),
        ({"json": {"url": "http://240.0.0.9/x"}}, 400, "points to a private or local address"),
        ({"json": {"url": "file:///etc/passwd"}}, 400, "is not an http(s) URL"),
        (
            {"content": b"not json", "headers": {"content-type": "application/json"}},
            400,
            "not JSON",
        ),
    ],
)
def test_refused_inputs_give_the_cli_message_and_store_nothing(  # type: ignore[no-untyped-def]
    client, request_kwargs: dict, status: int, message: str
) -> None:
    before = client.get("/api/briefs").json()
    answer = client.post("/api/briefs", **request_kwargs)
    assert answer.status_code == status
    error = answer.json()["error"]
    assert message in error and "Traceback" not in error and "\n" not in error
    assert client.get("/api/briefs").json() == before


def test_cross_site_posts_and_deletes_are_refused(client) -> None:  # type: ignore[no-untyped-def]
    evil = {"Origin": "http://evil.example"}
    post = client.post("/api/briefs", json={"text": "Rain fell on the port."}, headers=evil)
    assert post.status_code == 403 and "cross-site" in post.json()["error"]
    made = make(client, text="Rain fell on the port. The port closed.").json()
    delete = client.delete(f"/api/briefs/{made['id']}", headers={"Sec-Fetch-Site": "cross-site"})
    assert delete.status_code == 403
    page = client.get("/")
    policy = page.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy


def test_a_request_for_another_host_name_or_scheme_is_refused(client, server: Served) -> None:  # type: ignore[no-untyped-def]
    """DNS rebinding: a page on another site whose name resolves to this machine reaches it
    with its own Host header; the history must stay out of its reach."""
    rebound = {"Host": "rebind.attacker.example"}
    listing = client.get("/api/briefs", headers=rebound)
    assert listing.status_code == 400 and "--allow-host" in listing.json()["error"]
    assert listing.headers["x-content-type-options"] == "nosniff"
    post = client.post("/api/briefs", json={"text": "Rain fell on the port."}, headers=rebound)
    assert post.status_code == 400
    assert (
        client.get("/api/briefs", headers={"Host": f"localhost:{server.port}"}).status_code == 200
    )
    other_scheme = {"Origin": f"https://127.0.0.1:{server.port}"}
    post = client.post("/api/briefs", json={"text": "Rain fell on the port."}, headers=other_scheme)
    assert post.status_code == 403


def test_the_history_is_the_owners_and_a_delete_leaves_no_text(tmp_path: Path) -> None:
    data = tmp_path / "data"
    served = Served(data)
    try:
        made = httpx.post(
            f"{served.url}/api/briefs",
            json={"text": f"Rain closed the port of {CANARY}. Ships waited offshore."},
            timeout=60,
        ).json()
        assert data.stat().st_mode & 0o777 == 0o700
        files = list(data.glob("briefs.sqlite3*"))
        assert files and all(f.stat().st_mode & 0o777 == 0o600 for f in files)
        assert httpx.delete(f"{served.url}/api/briefs/{made['id']}").status_code == 204
        wal = data / "briefs.sqlite3-wal"
        assert not wal.exists() or wal.stat().st_size == 0  # checkpointed at once
        stored = b"".join(f.read_bytes() for f in data.glob("briefs.sqlite3*"))
        assert CANARY.encode() not in stored  # overwritten (secure_delete), not just unlinked
    finally:
        served.stop()


def test_openapi_description(client) -> None:  # type: ignore[no-untyped-def]
    spec = client.get("/openapi.json").json()
    assert {"/api/briefs", "/api/briefs/{name}", "/api/health"} <= set(spec["paths"])
    assert client.get("/docs").status_code == 404  # no CDN-hosted docs page


@pytest.mark.pdf
def test_hostile_article_through_the_server_fetches_and_reads_nothing(  # type: ignore[no-untyped-def]
    client, tmp_path: Path, http_server
) -> None:
    canary = tmp_path / "canary.txt"
    canary.write_text(CANARY)
    port = http_server.url.rsplit(":", 1)[1]
    page = (DATA / "hostile" / "hostile.html").read_text()
    page = page.replace("PORT", port).replace("CANARY", str(canary))
    answer = client.post(
        "/api/briefs", files=[("files", ("hostile.html", page.encode(), "text/html"))]
    )
    assert answer.status_code == 201, answer.text
    brief_id = answer.json()["id"]
    outputs = [
        client.get(f"/api/briefs/{brief_id}.{ext}").content
        for ext in ("json", "md", "html", "pdf", "zip")
    ]
    assert http_server.requests == []
    assert all(CANARY.encode() not in data for data in outputs)
    html = outputs[2].decode()
    assert "<script" not in html and "<iframe" not in html and "{{ 7*7 }}" in html


def test_twenty_concurrent_briefs_each_get_their_own(client, server: Served) -> None:  # type: ignore[no-untyped-def]
    base = CASE["sahel-border-attack.txt"].read_text()
    results: dict[int, object] = {}

    def one(i: int) -> None:
        with httpx.Client(base_url=server.url, timeout=120) as own:
            results[i] = own.post(
                "/api/briefs", json={"text": base, "title": f"Brief number {i}", "date": FIXED_DATE}
            )

    threads = [threading.Thread(target=one, args=(i,)) for i in range(20)]
    for thread in threads:
        thread.start()
    time.sleep(0.5)
    started = time.monotonic()
    assert client.get("/").status_code == 200  # the page answers while briefs are made
    page_seconds = time.monotonic() - started
    for thread in threads:
        thread.join(timeout=180)
    assert sorted(results) == list(range(20))
    for i, answer in results.items():
        assert answer.status_code == 201  # type: ignore[attr-defined]
        assert answer.json()["brief"]["title"] == f"Brief number {i}"  # type: ignore[attr-defined]
    assert page_seconds < 5


def test_token_is_required_off_loopback_and_checked(tmp_path: Path) -> None:
    refused = CliRunner().invoke(cli, ["serve", "--host", "0.0.0.0"], env={"BRIEFING_TOKEN": ""})
    assert refused.exit_code == 2
    assert "Error: --host 0.0.0.0 is not loopback" in refused.stderr
    assert "set --token (or BRIEFING_TOKEN) too" in refused.stderr
    weak = CliRunner().invoke(cli, ["serve", "--token", " " * 20])
    assert weak.exit_code == 2 and "at least 16 characters and no spaces" in weak.stderr
    token = "s3cret-token-for-tests"
    served = Served(tmp_path / "data", "--token", token)
    try:
        assert httpx.get(f"{served.url}/api/briefs").status_code == 401
        assert (
            httpx.get(
                f"{served.url}/api/briefs", headers={"Authorization": "Bearer nope"}
            ).status_code
            == 401
        )
        good = {"Authorization": f"Bearer {token}"}
        assert httpx.get(f"{served.url}/api/briefs", headers=good).json() == []
        assert httpx.get(f"{served.url}/api/briefs?token={token}").status_code == 401
        link = httpx.get(f"{served.url}/?token={token}")  # the printed link, once
        assert link.status_code == 303 and link.headers["location"] == "/"
        assert link.cookies["briefing_token"] == token
        with httpx.Client(base_url=served.url, cookies=link.cookies) as browser:
            assert browser.get("/").status_code == 200
            assert browser.get("/api/briefs").json() == []
        assert httpx.get(f"{served.url}/?token=wrong-token-wrong-token").status_code == 401
    finally:
        served.stop()


def test_history_survives_a_restart(tmp_path: Path) -> None:
    data = tmp_path / "data"
    first = Served(data)
    try:
        made = httpx.post(
            f"{first.url}/api/briefs",
            json={"text": "Rain closed the port. Ships waited."},
            timeout=60,
        ).json()
    finally:
        first.stop()
    second = Served(data)
    try:
        assert [b["id"] for b in httpx.get(f"{second.url}/api/briefs").json()] == [made["id"]]
    finally:
        second.stop()
    assert os.path.exists(data / "briefs.sqlite3")


def test_pdf_is_laid_out_from_the_stored_brief_not_made_again(  # type: ignore[no-untyped-def]
    client, server: Served, tmp_path: Path
) -> None:
    """The PDF comes from the brief as made: with its inputs gone from the history (the
    pipeline could not run again), it is still there, and asked for five times at once it
    is laid out once."""
    import sqlite3

    made = client.post("/api/briefs", json={"text": CASE["cyclone-port.md"].read_text()}).json()
    data = Path(server.data) / "briefs.sqlite3"
    with sqlite3.connect(data) as db:
        db.execute("DELETE FROM inputs WHERE brief_id = ?", (made["id"],))
    answers: list[int] = []

    def fetch() -> None:
        answers.append(
            httpx.get(f"{server.url}/api/briefs/{made['id']}.pdf", timeout=60).status_code
        )

    threads = [threading.Thread(target=fetch) for _ in range(5)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=90)
    assert answers == [200] * 5
    pdf = client.get(f"/api/briefs/{made['id']}.pdf")
    assert pdf.content.startswith(b"%PDF-")
    from pypdf import PdfReader

    assert "Beira" in PdfReader(io.BytesIO(pdf.content)).pages[0].extract_text()


def test_a_short_brief_is_not_queued_behind_a_long_one(tmp_path: Path) -> None:
    """With the default workers, a normal article sent while a long paste is being briefed
    comes back before the long one does."""
    served = Served(tmp_path / "data", "--max-bytes", "3000000")
    try:
        long_text = (CASE["sahel-border-attack.txt"].read_text() + "\n\n") * 120
        finished: dict[str, float] = {}

        def long_brief() -> None:
            httpx.post(f"{served.url}/api/briefs", json={"text": long_text}, timeout=600)
            finished["long"] = time.monotonic()

        worker = threading.Thread(target=long_brief)
        worker.start()
        time.sleep(1.0)
        short = httpx.post(
            f"{served.url}/api/briefs",
            json={"text": CASE["cyclone-port.md"].read_text()},
            timeout=600,
        )
        finished["short"] = time.monotonic()
        assert short.status_code == 201
        worker.join(timeout=600)
        assert finished["short"] < finished["long"]
    finally:
        served.stop()


def _wait_for(check, seconds: float = 90):  # type: ignore[no-untyped-def]
    """Poll ``check`` (bounded) until it returns something true; that value."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        found = check()
        if found:
            return found
        time.sleep(0.1)
    raise AssertionError(f"not within {seconds} s")


def _job(url: str, job_id: str) -> dict | None:  # type: ignore[type-arg]
    answer = httpx.get(f"{url}/api/jobs/{job_id}", timeout=10)
    return answer.json() if answer.status_code == 200 else None


def test_a_long_brief_shows_its_progress_and_can_be_cancelled(tmp_path: Path) -> None:
    """One worker: a long paste reports its stage and how far its parse is, a short brief
    behind it shows its place in the queue; both can be cancelled (409, nothing kept), and
    the next brief is made by the worker started in the cancelled one's place."""
    served = Served(tmp_path / "data", "--max-bytes", "3000000", "-w", "1")
    try:
        long_text = (CASE["sahel-border-attack.txt"].read_text() + "\n\n") * 150
        answers: dict[str, httpx.Response] = {}

        def post(name: str, text: str) -> None:
            answers[name] = httpx.post(
                f"{served.url}/api/briefs", json={"text": text, "job": name}, timeout=300
            )

        long = threading.Thread(target=post, args=("long-brief-1", long_text))
        long.start()
        parsing = _wait_for(
            lambda: (
                (j := _job(served.url, "long-brief-1"))
                and j["stage"] == "parsing sentences"
                and (j["fraction"] or 0) > 0
                and j
            )
        )
        assert parsing["state"] == "running" and parsing["fraction"] < 1
        short = threading.Thread(
            target=post, args=("short-brief-1", CASE["cyclone-port.md"].read_text())
        )
        short.start()
        queued = _wait_for(lambda: _job(served.url, "short-brief-1"))
        assert (queued["state"], queued["position"]) == ("queued", 0)
        listed = httpx.get(f"{served.url}/api/jobs", timeout=10).json()
        assert {j["id"] for j in listed} == {"long-brief-1", "short-brief-1"}
        again = httpx.post(
            f"{served.url}/api/briefs", json={"text": "x", "job": "short-brief-1"}, timeout=10
        )
        assert again.status_code == 409  # an id already running is not taken twice
        for name in ("short-brief-1", "long-brief-1"):
            assert httpx.delete(f"{served.url}/api/jobs/{name}", timeout=10).status_code == 204
        long.join(timeout=60)
        short.join(timeout=60)
        for name in ("short-brief-1", "long-brief-1"):
            assert answers[name].status_code == 409
            assert answers[name].json()["error"].startswith("cancelled after")
        assert httpx.get(f"{served.url}/api/briefs", timeout=10).json() == []
        assert httpx.get(f"{served.url}/api/jobs", timeout=10).json() == []
        assert httpx.delete(f"{served.url}/api/jobs/long-brief-1", timeout=10).status_code == 404
        after = httpx.post(
            f"{served.url}/api/briefs",
            json={"text": CASE["cyclone-port.md"].read_text()},
            timeout=120,
        )
        assert after.status_code == 201
        bad = httpx.post(f"{served.url}/api/briefs", json={"text": "x", "job": "no spaces!"})
        assert bad.status_code == 400 and "job must be" in bad.json()["error"]
    finally:
        served.stop()


@pytest.mark.parametrize(
    ("limit", "status", "says"),
    [
        (("--job-seconds", "1"), 503, "--job-seconds"),
        (("--job-memory", "100"), 413, "--job-memory"),  # the model alone is ~300 MB
    ],
)
def test_a_brief_past_its_time_or_memory_is_stopped_and_told_why(
    tmp_path: Path, limit: tuple[str, str], status: int, says: str
) -> None:
    served = Served(tmp_path / "data", "--max-bytes", "3000000", "-w", "1", *limit)
    try:
        long_text = (CASE["sahel-border-attack.txt"].read_text() + "\n\n") * 60
        answer = httpx.post(f"{served.url}/api/briefs", json={"text": long_text}, timeout=120)
        assert answer.status_code == status
        assert says in answer.json()["error"] and "stopped" in answer.json()["error"]
        assert answer.headers["x-content-type-options"] == "nosniff"
        assert httpx.get(f"{served.url}/api/briefs", timeout=10).json() == []
    finally:
        served.stop()


def _descendants(pid: int) -> set[int]:
    """Every live process under ``pid`` (from /proc)."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            fields = stat.rsplit(")", 1)[1].split()
            if fields[0] != "Z":
                parents[int(entry.name)] = int(fields[1])
    found, frontier = set(), {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_no_worker_outlives_a_killed_server_even_mid_brief(tmp_path: Path) -> None:
    import signal

    served = Served(tmp_path / "data", "--max-bytes", "3000000", "-w", "2")
    try:
        helpers = _descendants(served.process.pid)
        assert len(helpers) >= 3  # the forkserver and two workers
        long_text = (CASE["sahel-border-attack.txt"].read_text() + "\n\n") * 150

        def post() -> None:
            # the server is killed mid-brief: no answer is the point
            with contextlib.suppress(httpx.TransportError):
                httpx.post(
                    f"{served.url}/api/briefs",
                    json={"text": long_text, "job": "killed-mid-brief"},
                    timeout=120,
                )

        threading.Thread(target=post, daemon=True).start()
        _wait_for(lambda: (j := _job(served.url, "killed-mid-brief")) and j["state"] == "running")
        os.kill(served.process.pid, signal.SIGKILL)
        served.process.wait()
        deadline = time.monotonic() + 20
        alive = helpers
        while alive and time.monotonic() < deadline:
            alive = {pid for pid in helpers if Path(f"/proc/{pid}").exists()}
            alive = {p for p in alive if (Path(f"/proc/{p}/stat").read_text().split()[2]) != "Z"}
            time.sleep(0.2)
        assert not alive
    finally:
        served.stop()
