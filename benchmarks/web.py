"""`briefing serve` under load, on loopback only: request-to-response latency and 20 at once.

    .venv/bin/python benchmarks/web.py [--rounds 20] [--workers 2]

Starts a server on a free loopback port (its own data folder, removed afterwards), waits
for /api/health, then times, after one warm-up brief:
- a Markdown/JSON brief of a ~600-word article (POST /api/briefs, then GET .md);
- a PDF brief (POST, then GET .pdf: the PDF is made on that request);
- 20 concurrent POSTs, each checked to come back with its own title, while the page is
  fetched meanwhile (how long the page takes while the workers are busy).
Targets (issue: local web app): Markdown/JSON ≤ 0.5 s, PDF ≤ 1.5 s (p50), all 20 right.

Then, with `--big` (issue #22's targets), with the server's default workers:
- a 2 MB paste (the eval articles one after another), and a ~600-word article sent 2 s
  later: the article's brief within 2 s, the 2 MB brief within 30 s, the worker's memory
  under 1 GB (peak resident size);
- the PDF of the 2 MB brief once made: within 1.5 s (laid out from the stored brief);
- 20 concurrent PDF requests of 20 different briefs: all answered within 6 s.
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


def two_megabytes(fallback: str) -> str:
    """About 2 MB of distinct text: the eval articles one after another (again from the
    first once all are used), else ``fallback`` repeated."""
    texts = [p.read_text() for p in sorted(EVAL.glob("*.txt"))] or [fallback]
    parts: list[str] = []
    while sum(len(p) + 2 for p in parts) < 2_000_000:
        parts.append(texts[len(parts) % len(texts)])
    return "\n\n".join(parts)


def percentiles(values: list[float]) -> tuple[float, float]:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered), p95


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--big", action="store_true", help="also the 2 MB and PDF targets")
    args = parser.parse_args()
    text = article()
    if args.big:
        return big(text)
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


def big(text: str) -> int:
    """Issue #22's targets: no head-of-line blocking, PDF from the stored brief."""
    with tempfile.TemporaryDirectory() as tmp:
        served = Served(Path(tmp) / "data", "--max-bytes", "3000000")
        peak = {"rss": 0}
        done = threading.Event()

        def watch() -> None:  # the server's worker processes' resident memory, sampled
            while not done.is_set():
                peak["rss"] = max(peak["rss"], max(_rss(served.process.pid) or [0]))
                time.sleep(0.2)

        try:
            watcher = threading.Thread(target=watch)
            watcher.start()
            huge = two_megabytes(text)
            timing: dict[str, float] = {}
            ids: dict[str, str] = {}

            def long_one() -> None:
                start = time.perf_counter()
                made = httpx.post(f"{served.url}/api/briefs", json={"text": huge}, timeout=900)
                timing["big"] = time.perf_counter() - start
                ids["big"] = made.json()["id"]

            worker = threading.Thread(target=long_one)
            worker.start()
            time.sleep(2)
            start = time.perf_counter()
            httpx.post(f"{served.url}/api/briefs", json={"text": text}, timeout=900)
            timing["short"] = time.perf_counter() - start
            worker.join()
            start = time.perf_counter()
            httpx.get(f"{served.url}/api/briefs/{ids['big']}.pdf", timeout=120).raise_for_status()
            timing["big pdf"] = time.perf_counter() - start
            made = [
                httpx.post(
                    f"{served.url}/api/briefs", json={"text": text, "title": f"P{i}"}, timeout=120
                ).json()["id"]
                for i in range(20)
            ]
            answers: list[int] = []

            def pdf(brief_id: str) -> None:
                got = httpx.get(f"{served.url}/api/briefs/{brief_id}.pdf", timeout=120)
                answers.append(got.status_code)

            threads = [threading.Thread(target=pdf, args=(b,)) for b in made]
            start = time.perf_counter()
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            timing["20 pdfs"] = time.perf_counter() - start
        finally:
            done.set()
            served.stop()
    print(f"2 MB paste ({len(huge.encode()):,} bytes) and a {len(text.split())}-word article")
    print("\n| measure | value | target |\n|---|---:|---|")
    print(f"| article sent 2 s after the 2 MB paste: brief in | {timing['short']:.1f} s | ≤ 2 s |")
    print(f"| 2 MB brief made in | {timing['big']:.1f} s | ≤ 30 s |")
    print(f"| worker peak resident memory | {peak['rss'] / 1e6:.0f} MB | < 1,000 MB |")
    print(f"| PDF of the 2 MB brief, once made | {timing['big pdf']:.2f} s | ≤ 1.5 s |")
    print(
        f"| 20 concurrent PDFs of 20 briefs, all answered in | {timing['20 pdfs']:.1f} s | ≤ 6 s |"
    )
    return 0 if answers == [200] * 20 else 1


def _rss(server: int) -> list[int]:
    """Resident bytes of each process under ``server`` (its workers), from /proc."""
    sizes = []
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            fields = dict(
                line.split(":", 1) for line in status.read_text().splitlines() if ":" in line
            )
            if int(fields["PPid"]) in (server,) or _ancestor(int(fields["PPid"]), server):
                sizes.append(int(fields["VmRSS"].split()[0]) * 1024)
        except (OSError, KeyError, ValueError):
            continue
    return sizes


def _ancestor(pid: int, server: int) -> bool:
    for _ in range(4):
        if pid == server:
            return True
        try:
            pid = int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            return False
    return pid == server


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
