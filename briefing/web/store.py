"""The history of briefs made by the server: one SQLite file in the data folder."""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from ..model import Options

_SCHEMA = """
CREATE TABLE IF NOT EXISTS briefs (
    id TEXT PRIMARY KEY,
    created TEXT NOT NULL,
    title TEXT NOT NULL,
    generated TEXT NOT NULL,
    bluf TEXT NOT NULL,
    brief_json TEXT NOT NULL,
    markdown TEXT NOT NULL,
    map_svg TEXT NOT NULL,
    html TEXT NOT NULL,
    options TEXT NOT NULL,
    pdf BLOB,
    model BLOB
);
CREATE TABLE IF NOT EXISTS inputs (
    brief_id TEXT NOT NULL REFERENCES briefs(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (brief_id, position)
);
"""


@dataclass(frozen=True)
class Stored:
    """One brief in the history."""

    id: str
    created: str
    title: str
    generated: str
    bluf: str
    brief_json: str
    markdown: str
    map_svg: str
    html: str
    options: Options


class Store:
    """Briefs and their inputs in ``data/briefs.sqlite3`` (kept across restarts)."""

    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        folder.chmod(0o700)  # the history holds pasted text: the owner's only
        self.path = folder / "briefs.sqlite3"
        self._lock = threading.Lock()  # one connection, used by one thread at a time
        old = os.umask(0o077)  # the database, its WAL and shared-memory files: 0600
        try:
            self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA foreign_keys=ON")
            self._db.execute("PRAGMA secure_delete=ON")  # deleted text is overwritten
            self._db.executescript(_SCHEMA)
            columns = {row[1] for row in self._db.execute("PRAGMA table_info(briefs)")}
            if "model" not in columns:  # a history made by an earlier version
                self._db.execute("ALTER TABLE briefs ADD COLUMN model BLOB")
        finally:
            os.umask(old)
        for path in folder.glob("briefs.sqlite3*"):
            path.chmod(0o600)  # a database made by an earlier version

    def add(
        self,
        brief_id: str,
        made: dict[str, Any],
        inputs: list[tuple[str, bytes]],
        options: Options,
        created: datetime,
    ) -> None:
        """Keep a brief, its inputs and options, and the brief itself (its model, pickled by
        the worker) from which its PDF is laid out when asked for."""
        with self._lock:
            self._db.execute("BEGIN")
            self._db.execute(
                "INSERT INTO briefs (id, created, title, generated, bluf, brief_json, markdown, "
                "map_svg, html, options, model) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (
                    brief_id,
                    created.strftime("%Y-%m-%dT%H:%M:%SZ"),
                    made["title"],
                    made["generated"],
                    made["bluf"],
                    made["json"],
                    made["markdown"],
                    made["map"],
                    made["html"],
                    json.dumps(_options_data(options)),
                    made.get("model"),
                ),
            )
            self._db.executemany(
                "INSERT INTO inputs VALUES (?,?,?,?)",
                [(brief_id, i, name, data) for i, (name, data) in enumerate(inputs)],
            )
            self._db.execute("COMMIT")

    def get(self, brief_id: str) -> Stored | None:
        """A brief by id, or None."""
        with self._lock:
            row = self._read(
                "SELECT id, created, title, generated, bluf, brief_json, markdown, map_svg, html, "
                "options FROM briefs WHERE id = ?",
                (brief_id,),
            ).fetchone()
        if row is None:
            return None
        ident, created, title, generated, bluf, brief_json, markdown, map_svg, html, opts = row
        return Stored(
            ident,
            created,
            title,
            generated,
            bluf,
            brief_json,
            markdown,
            map_svg,
            html,
            _options_from(json.loads(opts)),
        )

    def inputs(self, brief_id: str) -> list[tuple[str, bytes]]:
        """The inputs a brief was made from, in order."""
        with self._lock:
            rows = self._read(
                "SELECT name, data FROM inputs WHERE brief_id = ? ORDER BY position", (brief_id,)
            ).fetchall()
        return [(name, bytes(data)) for name, data in rows]

    def model(self, brief_id: str) -> bytes | None:
        """The brief itself, pickled by the worker that made it (None before this version)."""
        with self._lock:
            row = self._read("SELECT model FROM briefs WHERE id = ?", (brief_id,)).fetchone()
        return bytes(row[0]) if row and row[0] is not None else None

    def pdf(self, brief_id: str) -> bytes | None:
        """The PDF made before, if any."""
        with self._lock:
            row = self._read("SELECT pdf FROM briefs WHERE id = ?", (brief_id,)).fetchone()
        return bytes(row[0]) if row and row[0] is not None else None

    def keep_pdf(self, brief_id: str, pdf: bytes) -> None:
        """Remember a brief's PDF so it is made once."""
        with self._lock:
            self._db.execute("UPDATE briefs SET pdf = ? WHERE id = ?", (pdf, brief_id))

    def list(self) -> list[dict[str, Any]]:
        """Every brief, newest first: id, title, generated, created, bluf."""
        with self._lock:
            rows = self._read(
                "SELECT id, title, generated, created, bluf FROM briefs ORDER BY rowid DESC"
            ).fetchall()
        keys = ("id", "title", "generated", "created", "bluf")
        return [dict(zip(keys, row, strict=True)) for row in rows]

    def delete(self, brief_id: str) -> bool:
        """Forget a brief and its inputs; False when there was none."""
        with self._lock:
            cursor = self._db.execute("DELETE FROM briefs WHERE id = ?", (brief_id,))
            # the deleted text must not linger in the write-ahead log until a later checkpoint
            self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return cursor.rowcount > 0

    def close(self) -> None:
        """Close the database."""
        with self._lock:
            self._db.close()

    def _read(self, query: str, parameters: tuple[Any, ...] = ()) -> sqlite3.Cursor:
        return self._db.execute(query, parameters)


def _options_data(options: Options) -> dict[str, Any]:
    data = asdict(options)
    data["date"] = options.date.isoformat() if options.date else None
    data["template_dir"] = str(options.template_dir) if options.template_dir else None
    return data


def _options_from(data: dict[str, Any]) -> Options:
    if data.get("date"):
        data["date"] = datetime.fromisoformat(data["date"])
    if data.get("template_dir"):
        data["template_dir"] = Path(data["template_dir"])
    return Options(**data)
