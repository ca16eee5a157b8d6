"""Shared fixtures: our own example articles and a CLI runner."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

DATA = Path(__file__).parent / "data"
CASES = sorted(
    p
    for p in (DATA / "cases").iterdir()
    if p.suffix in (".txt", ".md", ".html") and ".golden" not in p.name
)
CASE = {p.name: p for p in CASES}
FIXED_DATE = "2026-06-09T14:30:00Z"


@pytest.fixture
def article() -> Path:
    """A realistic 450-word conflict article (fictional events, written for these tests)."""
    return DATA / "cases" / "sahel-border-attack.txt"


@pytest.fixture
def markdown_article() -> Path:
    """A Markdown article about a cyclone (fictional, written for these tests)."""
    return DATA / "cases" / "cyclone-port.md"


@pytest.fixture
def runner() -> CliRunner:
    """A click runner that keeps stderr apart from stdout."""
    return CliRunner()


@pytest.fixture(autouse=True)
def _no_source_date(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)


class _Server:
    """A loopback HTTP server that serves given pages and records every request."""

    def __init__(self) -> None:
        import http.server
        import threading

        self.pages: dict[str, tuple[str, bytes]] = {}
        self.requests: list[str] = []
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                server.requests.append(self.path)
                kind, body = server.pages.get(self.path, ("text/plain", b""))
                self.send_response(200 if self.path in server.pages else 404)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def http_server():
    """A local HTTP server (loopback only) for URL input and no-fetch tests."""
    server = _Server()
    yield server
    server.close()
