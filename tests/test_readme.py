"""The README's Python code runs as printed: each ```python block, as a script, in a folder
holding a copy of examples/ (what a new user has after cloning)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BLOCKS = re.findall(r"```python\n(.*?)```", (ROOT / "README.md").read_text(), re.S)
pytestmark = pytest.mark.model


def test_readme_has_python_blocks() -> None:
    assert BLOCKS, "the README lost its Python API example"


@pytest.mark.parametrize("number", range(len(BLOCKS)))
def test_readme_python_block_runs_as_printed(number: int, tmp_path: Path) -> None:
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    script = tmp_path / "example.py"
    script.write_text(BLOCKS[number])
    run = subprocess.run(
        [sys.executable, str(script)], cwd=tmp_path, capture_output=True, text=True, timeout=600
    )
    assert run.returncode == 0, run.stderr[-2000:]
    if 'render_pdf(brief, "out/brief.pdf")' in BLOCKS[number]:
        assert (tmp_path / "out" / "brief.pdf").read_bytes().startswith(b"%PDF-")
    if "run_batch(" in BLOCKS[number]:
        assert len(list((tmp_path / "briefs").glob("*.md"))) == len(
            list((tmp_path / "examples").iterdir())
        )
