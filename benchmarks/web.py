"""`briefing serve` under load, on loopback only: request-to-response latency and 20 at once.

    .venv/bin/python benchmarks/web.py [--rounds 20] [--workers 2]

Starts a server on a free loopback port (its own data folder, removed afterwards), waits
for /api/health, then times, after one warm-up brief:
- a Markdown/JSON brief of a ~600-word article (POST /api/briefs, then GET .md);
- a PDF brief (POST, then GET .pdf: the PDF is made on that request);
- 20 concurrent POSTs, each checked to come back with its own title, while the page is
  fetched meanwhile (how long the page takes while the workers are busy).
Targets (issue: local web app): Markdown/JSON ≤ 0.5 s, PDF ≤ 1.5 s (p50), all 20 right.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.test_web import Served  # noqa: E402  (the tests' own server fixture)

EVAL = ROOT.parent / "shared" / "eval" / "articles" / "dev"


def article() -> str:
    """A ~600-word article: an eval one when there, else our example."""
    for path in sorted(EVAL.glob("*.txt")):
        text = path.read_text()
        if 550 <= len(text.split()) <= 700:
            return text
    return (ROOT / "examples" / "sahel-border-attack.txt").read_text()


def percentiles(values: list[float]) -> tuple[float, float]:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered), p95


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    text = article()
    with tempfile.TemporaryDirectory() as tmp:
        served = Served(Path(tmp) / "data", "-w", str(args.workers))
        try:
            with httpx.Client(base_url=served.url, timeout=120) as client:
                client.post("/api/briefs", json={"text": text})  # warm-up
                markdown, pdf = [], []
                for i in range(args.rounds):
                    start = time.perf_counter()
                    made = client.post("/api/briefs", json={"text": text, "title": f"md {i}"})
                    client.get(f"/api/briefs/{made.json()['id']}.md").raise_for_status()
                    markdown.append(time.perf_counter() - start)
                    start = time.perf_counter()
                    made = client.post("/api/briefs", json={"text": text, "title": f"pdf {i}"})
                    client.get(f"/api/briefs/{made.json()['id']}.pdf").raise_for_status()
                    pdf.append(time.perf_counter() - start)
                right, took, page = concurrent(served.url, text)
        finally:
            served.stop()
    print(f"{len(text.split())}-word article, {args.workers} workers, {args.rounds} rounds\n")
    print("| request | p50 s | p95 s | target |")
    print("|---|---:|---:|---|")
    for name, times, target in (
        ("Markdown/JSON brief (POST + GET .md)", markdown, "≤ 0.5"),
        ("PDF brief (POST + GET .pdf)", pdf, "≤ 1.5"),
    ):
        p50, p95 = percentiles(times)
        print(f"| {name} | {p50:.2f} | {p95:.2f} | {target} |")
    print(
        f"\n20 concurrent POSTs: {right}/20 came back with their own brief, all in "
        f"{took:.1f} s; the page answered in {page:.2f} s meanwhile"
    )
    return 0 if right == 20 else 1


def concurrent(url: str, text: str) -> tuple[int, float, float]:
    answers: dict[int, httpx.Response] = {}

    def one(i: int) -> None:
        with httpx.Client(base_url=url, timeout=300) as own:
            answers[i] = own.post("/api/briefs", json={"text": text, "title": f"Brief {i}"})

    threads = [threading.Thread(target=one, args=(i,)) for i in range(20)]
    start = time.perf_counter()
    for thread in threads:
        thread.start()
    time.sleep(0.3)
    page_start = time.perf_counter()
    httpx.get(url + "/", timeout=60).raise_for_status()
    page = time.perf_counter() - page_start
    for thread in threads:
        thread.join()
    took = time.perf_counter() - start
    right = sum(
        a.status_code == 201 and json.loads(a.text)["brief"]["title"] == f"Brief {i}"
        for i, a in answers.items()
    )
    return right, took, page


if __name__ == "__main__":
    sys.exit(main())
