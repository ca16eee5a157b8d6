"""Whole commands as a user runs them: seconds and peak memory of each process, with ratios.

    .venv/bin/python benchmarks/commands.py [--repeat 3] [--skip-sumy]

Rows (each the best of --repeat runs, peak RSS of that process):
- sumy's own LexRank on ~3,000 sentences (LexRankSummarizer with its NLTK stemmer and stop
  words, fed the sentences briefing reads from the file, so that both choose among the same
  sentences; sumy's own tokenizer needs NLTK data it would download), against
  `briefing summarise -a lexrank -n 10` on the same file: the speed-up and whether both
  pick the same sentences;
- `briefing summarise` on ~35,000 sentences;
- WeasyPrint's floor (import it, lay out and write the brief's own one-page HTML) against
  `briefing make -f pdf` on the bundled example; `briefing make -f md` on it.

Articles come from ../shared/eval/summaries/cnndm-dev.jsonl, or our own fixtures joined
when ../shared is absent. Targets (issue: interactive speed): summarise ≥ 50× sumy on ~3,000
sentences, ≤ 10 s and ≤ 1 GB on ~35,000; PDF ≤ 3× WeasyPrint's floor; Markdown ≤ 1.5 s.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval" / "summaries" / "cnndm-dev.jsonl"
EXAMPLE = ROOT / "examples" / "sahel-border-attack.txt"
BRIEFING = Path(sys.executable).with_name("briefing")

SUMY_LEXRANK = """
import sys
from sumy.nlp.stemmers import Stemmer
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.utils import get_stop_words
from briefing.ingest import read_source
from briefing.segment import OfflineTokenizer, segment
from briefing.sumy_algorithms import _sumy_document
doc = segment(read_source(sys.argv[1], "s1"))
document = _sumy_document(doc, OfflineTokenizer("english"))
summarizer = LexRankSummarizer(Stemmer("english"))
summarizer.stop_words = get_stop_words("english")
for sentence in summarizer(document, 10):
    print(sentence)
"""

WEASYPRINT_FLOOR = """
import sys
import weasyprint
html = open(sys.argv[1], encoding="utf-8").read()
weasyprint.HTML(string=html).write_pdf(sys.argv[2])
"""


def articles() -> list[str]:
    if EVAL.exists():
        return [json.loads(line)["text"] for line in EVAL.read_text().splitlines()]
    cases = sorted((ROOT / "tests" / "data" / "cases").glob("*.txt"))
    return [p.read_text() for p in cases]


def text_of(sentences: int) -> str:
    """Articles joined, one paragraph each, until they hold about this many sentences."""
    from briefing.ingest import source_from_bytes
    from briefing.segment import segment

    parts, count, pool = [], 0, articles()
    while count < sentences:
        text = pool[len(parts) % len(pool)]
        parts.append(text)
        count += len(segment(source_from_bytes(text.encode(), "s1")).sentences)
    return "\n\n".join(parts)


def run(command: list[str], repeat: int) -> tuple[float, float, str]:
    """Best wall time of ``repeat`` runs, its peak RSS in MB, and its stdout."""
    best = (float("inf"), 0.0, "")
    for _ in range(repeat):
        with tempfile.TemporaryFile() as out:
            start = time.perf_counter()
            process = subprocess.Popen(command, stdout=out, stderr=subprocess.DEVNULL)
            _, status, usage = os.wait4(process.pid, 0)
            elapsed = time.perf_counter() - start
            if os.waitstatus_to_exitcode(status) != 0:
                raise SystemExit(f"failed: {' '.join(command)}")
            out.seek(0)
            if elapsed < best[0]:
                best = (elapsed, usage.ru_maxrss / 1024, out.read().decode())
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--skip-sumy", action="store_true", help="leave out the 60 s sumy run")
    args = parser.parse_args()
    rows: list[tuple[str, float, float, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        short, long = folder / "3k.txt", folder / "35k.txt"
        short.write_text(text_of(3000))
        long.write_text(text_of(35000))
        summarise = [str(BRIEFING), "summarise", "-a", "lexrank", "-n", "10"]
        ours = run([*summarise, str(short)], args.repeat)
        if args.skip_sumy:
            rows.append(("briefing summarise 3k.txt -a lexrank -n 10", ours[0], ours[1], ""))
        else:
            theirs = run([sys.executable, "-c", SUMY_LEXRANK, str(short)], 1)
            same = [" ".join(s.split()) for s in theirs[2].splitlines()] == [
                " ".join(s.split()) for s in ours[2].splitlines()
            ]
            rows.append(("sumy LexRank, 3k.txt, 10 sentences", theirs[0], theirs[1], ""))
            rows.append(
                (
                    "briefing summarise 3k.txt -a lexrank -n 10",
                    ours[0],
                    ours[1],
                    f"{theirs[0] / ours[0]:.0f}× faster than sumy; same selection: "
                    f"{'yes' if same else 'NO'}",
                )
            )
        big = run([*summarise, str(long)], 1)
        rows.append(("briefing summarise 35k.txt -a lexrank -n 10", big[0], big[1], ""))
        date = ["--date", "2026-06-09T14:30:00Z"]
        html = folder / "brief.html"
        run([str(BRIEFING), "make", str(EXAMPLE), "-f", "html", "-o", str(html), *date], 1)
        floor = run(
            [sys.executable, "-c", WEASYPRINT_FLOOR, str(html), str(folder / "f.pdf")],
            args.repeat,
        )
        rows.append(("WeasyPrint floor (import, lay out, write)", floor[0], floor[1], ""))
        pdf = run(
            [str(BRIEFING), "make", str(EXAMPLE), "-f", "pdf", "-o", str(folder / "x.pdf"), *date],
            args.repeat,
        )
        rows.append(
            (
                f"briefing make {EXAMPLE.name} -f pdf",
                pdf[0],
                pdf[1],
                f"{pdf[0] / floor[0]:.1f}× WeasyPrint's floor",
            )
        )
        md = run(
            [str(BRIEFING), "make", str(EXAMPLE), "-f", "md", "-o", str(folder / "x.md"), *date],
            args.repeat,
        )
        rows.append((f"briefing make {EXAMPLE.name} -f md", md[0], md[1], ""))
    print("| command | seconds | peak MB | ratio |")
    print("|---|---:|---:|---|")
    for name, seconds, peak, ratio in rows:
        print(f"| {name} | {seconds:.2f} | {peak:.0f} | {ratio} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
