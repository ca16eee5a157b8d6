"""The web app in-process (FastAPI's TestClient over create_app, real workers): the routes
as functions over app.state, checked without a server process. tests/test_web.py drives a
real `briefing serve` on a loopback port."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefing.web.app import LOOPBACK_HOSTS, Server, Settings, create_app

from .conftest import CASE, FIXED_DATE

testclient = pytest.importorskip("fastapi.testclient")
pytestmark = [pytest.mark.model, pytest.mark.server]


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    settings = Settings(
        data=tmp_path_factory.mktemp("data"), workers=1, hosts=(*LOOPBACK_HOSTS, "testserver")
    )
    app = create_app(settings)
    with testclient.TestClient(app) as http:
        deadline = time.monotonic() + 120
        while http.get("/api/health").status_code != 200:
            assert time.monotonic() < deadline, "workers did not warm up within 120 s"
            time.sleep(0.2)
        yield http
    assert not app.state.server.workers._all  # every worker ended with the app


def test_the_app_keeps_its_state_on_app_state(client) -> None:  # type: ignore[no-untyped-def]
    server = client.app.state.server
    assert isinstance(server, Server) and server.ready and server.workers.count == 1


def test_a_brief_made_listed_read_and_deleted(client) -> None:  # type: ignore[no-untyped-def]
    made = client.post(
        "/api/briefs", json={"text": CASE["cyclone-port.md"].read_text(), "date": FIXED_DATE}
    )
    assert made.status_code == 201 and made.headers["location"].endswith(made.json()["id"])
    brief_id = made.json()["id"]
    assert client.get(f"/api/briefs/{brief_id}").json() == made.json()["brief"]
    assert [b["id"] for b in client.get("/api/briefs").json()] == [brief_id]
    assert client.get(f"/api/briefs/{brief_id}.md").text.startswith("**UNCLASSIFIED")
    assert client.get(f"/api/briefs/{brief_id}.pdf").content.startswith(b"%PDF-")
    assert client.delete(f"/api/briefs/{brief_id}").status_code == 204
    assert client.get(f"/api/briefs/{brief_id}").status_code == 404


@pytest.mark.parametrize(
    ("method", "path", "body", "status", "says"),
    [
        ("get", "/api/briefs/nope", None, 404, "no brief nope"),
        ("get", "/api/jobs/nope", None, 404, "no job nope running"),
        ("delete", "/api/jobs/nope", None, 404, "no job nope running"),
        ("post", "/api/briefs", {"text": "Rain.", "max_risks": -1}, 400, "max_risks is out of"),
        ("post", "/api/briefs", {"text": "Rain.", "job": "x"}, 400, "job must be 8 to 64"),
        ("post", "/api/briefs", {"text": "Rain.", "job": 12345678}, 400, "job must be a string"),
    ],
)
def test_refusals_are_json_lines_with_the_security_headers(  # type: ignore[no-untyped-def]
    client, method: str, path: str, body: dict | None, status: int, says: str
) -> None:
    answer = getattr(client, method)(path, **({"json": body} if body is not None else {}))
    assert answer.status_code == status and says in answer.json()["error"]
    assert answer.headers["x-content-type-options"] == "nosniff"
    assert "default-src" in answer.headers["content-security-policy"]


def test_another_host_name_is_refused(client) -> None:  # type: ignore[no-untyped-def]
    answer = client.get("/api/briefs", headers={"Host": "rebind.attacker.example"})
    assert answer.status_code == 400 and "--allow-host" in answer.json()["error"]


def test_the_page_renders_its_options_from_the_defaults(client) -> None:  # type: ignore[no-untyped-def]
    page = client.get("/")
    assert page.status_code == 200 and 'id="cancel"' in page.text
    assert "script-src 'self'" in page.headers["content-security-policy"]


def test_health_says_loading_before_the_workers_are_ready(tmp_path: Path) -> None:
    app = create_app(Settings(data=tmp_path, workers=1, hosts=("testserver",)))
    with testclient.TestClient(app) as http:
        first = http.get("/api/health")  # asked at once: the model takes seconds to load
        assert (first.status_code, first.json()) == (503, {"status": "loading"})


def test_a_pdf_is_laid_out_ahead_only_when_no_request_waits(tmp_path: Path) -> None:
    """A worker freed while a request waits goes to the request: the 20-PDF benchmark went
    from 5.8 s to 12.5 s when layouts ahead took freed workers from queued requests."""
    import asyncio

    from briefing import Options
    from briefing.web.workers import Job

    async def check() -> None:
        server = Server(Settings(data=tmp_path, workers=2))
        try:
            server.workers.busy = 1
            server.workers._waiting.append(Job(id="queued-request"))
            server.unlaid = [("brief1", Options())]
            server.lay_out_when_idle()
            assert server.background is None and server.unlaid  # one running + one waiting
            server.workers._waiting.clear()
            server.lay_out_when_idle()  # one worker free, nobody waiting: lay out ahead
            assert server.background is not None and not server.unlaid
            server.background.cancel()
        finally:
            server.store.close()

    asyncio.run(check())
