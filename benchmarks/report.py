"""A 33-page PDF report (tests/report_pdf.py: title page, contents, numbered headings,
running heads) briefed as a user would: `briefing make report.pdf -f md`, wall time of the
whole command, and the library's time once the model is loaded, by stage.

    .venv/bin/python benchmarks/report.py [--fields 8]

Target (issue #23): the brief made in under 10 s, its BLUF and key points free of headings
and contents entries (checked here too).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.report_pdf import report_pdf  # noqa: E402  (the tests' own report)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fields", type=int, default=8, help="field paragraphs per subsection")
    args = parser.parse_args()
    from pypdf import PdfReader

    from briefing import Options
    from briefing.extract import load_pipeline
    from briefing.ingest import read_source
    from briefing.pipeline import brief_from_sources

    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "report.pdf"
        pdf.write_bytes(report_pdf(args.fields))
        pages = len(PdfReader(str(pdf)).pages)
        start = time.perf_counter()
        subprocess.run(
            [
                str(Path(sys.executable).with_name("briefing")),
                "make",
                str(pdf),
                "-f",
                "md",
                "-o",
                str(Path(tmp) / "brief.md"),
            ],
            check=True,
            capture_output=True,
        )
        command = time.perf_counter() - start
        load_pipeline(Options().model)
        start = time.perf_counter()
        source = read_source(str(pdf), "s1")
        read = time.perf_counter() - start
        start = time.perf_counter()
        brief = brief_from_sources([source], Options())
        made = time.perf_counter() - start
    texts = [p.text for p in (*brief.bluf, *brief.key_points)]
    clean = all(
        "...." not in t and "Contents" not in t and not t[:2].rstrip(".").isdigit() for t in texts
    )
    print(f"{pages}-page PDF report")
    print("| measure | value | target |")
    print("|---|---:|---|")
    print(f"| `briefing make report.pdf -f md`, whole command | {command:.1f} s | < 10 s |")
    print(f"| reading the PDF (PDFium, headings, contents) | {read:.1f} s | |")
    print(f"| the brief from the text, model loaded | {made:.1f} s | |")
    print(
        f"| BLUF and key points free of headings and contents | {'yes' if clean else 'NO'} | yes |"
    )
    print(f"BLUF: {brief.bluf[0].text}")
    return 0 if clean else 1


if __name__ == "__main__":
    sys.exit(main())
