"""Summariser speed and memory: sumy's LexRank/TextRank against briefing's sparse ones.

    .venv/bin/python benchmarks/speed.py [--sizes 1000 3000 30000] [--sumy-max 3000]

Documents are CNN/Daily Mail articles from ../shared/eval joined until they reach each
size (in sentences), or the two example articles repeated when ../shared is absent. Each
run happens in a fresh process so its peak memory (max RSS) is its own; time is sumy's
summariser call alone (its tokens built beforehand) against briefing's whole summarise()
(tokenising and stemming included), both with the same stemmer and stop words, k = 5.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval" / "summaries" / "cnndm-dev.jsonl"


def corpus_text() -> str:
    if EVAL.exists():
        return "\n\n".join(json.loads(line)["text"] for line in EVAL.read_text().splitlines())
    return "\n\n".join(
        p.read_text() for p in sorted((ROOT / "tests/data/cases").glob("*.[tm]*[td]"))
    )


def _measure(algorithm: str, implementation: str, size: int, queue: multiprocessing.Queue) -> None:
    from sumy.summarizers.kl import KLSummarizer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.lsa import LsaSummarizer
    from sumy.summarizers.reduction import ReductionSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer

    from briefing.ingest import source_from_bytes
    from briefing.segment import OfflineTokenizer, segment
    from briefing.summarise import _stemmer_and_stop_words, summarise
    from briefing.sumy_algorithms import _sumy_document

    text = corpus_text()
    while text.count(".") < size * 1.3:
        text = text + "\n\n" + text
    doc = segment(source_from_bytes(text.encode(), "s1"))
    doc = type(doc)(doc.source, doc.sentences[:size])
    stem, stop_words = _stemmer_and_stop_words("english")
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    if implementation == "briefing":
        # briefing's own path: tokenising, stemming and rating, all inside the timing.
        start = time.perf_counter()
        summary = summarise(doc, algorithm, sentences=5, language="english")
        elapsed = time.perf_counter() - start
        chosen = [s.sentence.text for s in summary.sentences]
    else:
        classes = {
            "lexrank": LexRankSummarizer,
            "textrank": TextRankSummarizer,
            "reduction": ReductionSummarizer,
            "lsa": LsaSummarizer,
            "kl": KLSummarizer,
        }
        document = _sumy_document(doc, OfflineTokenizer("english"))
        summarizer = classes[algorithm](stem)
        summarizer.stop_words = stop_words
        for sentence in document.sentences:
            _ = sentence.words  # tokenise up front: sumy is timed on its summarizer alone
        start = time.perf_counter()
        chosen = [str(s) for s in summarizer(document, 5)]
        elapsed = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    queue.put((elapsed, peak / 1024, (peak - before) / 1024, len(doc.sentences), chosen))


def measure(algorithm: str, implementation: str, size: int) -> tuple:
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    process = context.Process(target=_measure, args=(algorithm, implementation, size, queue))
    process.start()
    result = queue.get()
    process.join()
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 3000, 30000])
    parser.add_argument("--sumy-max", type=int, default=3000, help="largest size run on sumy")
    parser.add_argument(
        "--algorithms",
        nargs="+",
        default=["lexrank", "textrank", "reduction", "lsa"],
        choices=["lexrank", "textrank", "reduction", "lsa", "kl"],
    )
    args = parser.parse_args()
    print(
        "| algorithm | sentences | sumy s | briefing s | speed-up | sumy peak MB | "
        "briefing peak MB | same selection |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---|")
    for algorithm in args.algorithms:
        for size in args.sizes:
            ours = measure(algorithm, "briefing", size)
            theirs = measure(algorithm, "sumy", size) if size <= args.sumy_max else None
            if theirs:
                print(
                    f"| {algorithm} | {ours[3]} | {theirs[0]:.2f} | {ours[0]:.3f} | "
                    f"{theirs[0] / ours[0]:.0f}× | {theirs[1]:.0f} | {ours[1]:.0f} | "
                    f"{'yes' if theirs[4] == ours[4] else 'NO'} |"
                )
            else:
                print(
                    f"| {algorithm} | {ours[3]} | — | {ours[0]:.3f} | — | — | {ours[1]:.0f} | — |"
                )
            sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
