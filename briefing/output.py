"""Write results safely: to a temporary file beside the target, renamed into place on success."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from .errors import OutputError


def refuse_input(path: Path, inputs: Sequence[str]) -> None:
    """Never write a brief over one of its own inputs."""
    if not path.exists():
        return
    for location in inputs:
        is_file = location != "-" and "://" not in location and Path(location).exists()
        if is_file and path.resolve() == Path(location).resolve():
            raise OutputError(
                f"{path} is also an input: writing there would destroy it — choose another -o"
            )


def refuse_existing(path: Path) -> None:
    """The --no-clobber check: an existing file is never replaced."""
    if path.exists():
        raise OutputError(f"{path} already exists — remove it or drop --no-clobber")


def write_atomic(target: str | Path, data: bytes, *, no_clobber: bool = False) -> None:
    """Write ``data`` to ``target`` (``-`` = stdout); the old file survives any failure."""
    if str(target) == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    path = Path(target)
    if path.is_dir():
        raise OutputError(f"{path} is a directory — give a file name with -o")
    if no_clobber:
        refuse_existing(path)
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as error:
        raise OutputError(
            f"cannot write to {folder} ({error.strerror}) — choose another folder with -o"
        ) from None
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.chmod(temp, 0o644)
        if no_clobber:
            # link() fails if the target appeared meanwhile: never replace it.
            os.link(temp, path)
            os.unlink(temp)
        else:
            os.replace(temp, path)
    except FileExistsError:
        os.unlink(temp)
        raise OutputError(f"{path} already exists — remove it or drop --no-clobber") from None
    except OSError as error:
        Path(temp).unlink(missing_ok=True)
        raise OutputError(f"cannot write {path} ({error.strerror}) — check the folder") from None
